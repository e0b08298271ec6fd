// The query page's editor: YASGUI (served from this server, see routes/assets.ts), pointed at
// this endpoint only, with one tab per named query. Settings come from the page's JSON data block.
/* global Yasgui */
(function () {
  const holder = document.getElementById('yasgui');
  const configElement = document.getElementById('fg-sparql-config');
  if (!holder || !configElement || typeof Yasgui === 'undefined') return;
  const config = JSON.parse(configElement.textContent);
  const yasgui = new Yasgui(holder, {
    requestConfig: { endpoint: config.endpoint, method: 'POST' },
    // Only this endpoint: no list of outside endpoints to pick from.
    endpointCatalogueOptions: { getData: () => [{ endpoint: config.endpoint }] },
    copyEndpointOnNewTab: true,
    // No state from an earlier visit: the named queries are the tabs.
    persistenceId: null,
    autoAddOnInit: false,
    // No autocompletion that would ask an outside service (classes and properties from LOV).
    yasqe: { autocompleters: ['variables', 'prefixes'] },
  });
  config.queries.forEach((q, i) => {
    yasgui.addTab(i === 0, { ...Yasgui.Tab.getDefaults(), name: q.name, yasqe: { value: q.query }, requestConfig: { endpoint: config.endpoint } });
  });
  // The plain form stays for browsers without JavaScript; with the editor it is redundant.
  const form = document.querySelector('.sparql-form');
  if (form) form.hidden = true;
})();
