// @graphy/content.xml.scribe ships no types; filmgraph uses its stream factory only.
declare module '@graphy/content.xml.scribe' {
  import type { Transform } from 'node:stream';
  const scribe: (config?: { prefixes?: Record<string, string> }) => Transform;
  export default scribe;
}
