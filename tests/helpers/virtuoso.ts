// A throw-away OpenLink Virtuoso for the remote-store tests: its own temporary folder, an ini
// written here (both ports on 127.0.0.1, free ones), a writer account that may only update, and a
// clean shutdown. The Debian service needs systemd, so virtuoso-t runs in the foreground as our
// child. A missing virtuoso-t fails the test (requireTool), never skips it.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { requireTool } from './requireTool.ts';
import { tempDataset, type TempDataset } from './tempDataset.ts';
import { defaultLocations } from '../../src/store/dataFiles.ts';

const run = promisify(execFile);

export interface VirtuosoSettings {
  /** [SPARQL] ResultSetMaxRows: results longer than this are cut (and marked X-SPARQL-MaxRows). */
  resultSetMaxRows?: number;
  /**
   * [Parameters] MaxSortedTopRows: a sorted query whose OFFSET + LIMIT passes it is refused (SR353);
   * 10,000 when not given, Virtuoso's default.
   */
  maxSortedTopRows?: number;
}

export interface RunningVirtuoso {
  /** The anonymous, read-only SPARQL endpoint. */
  queryEndpoint: string;
  /** SPARQL Update (and queries) for authenticated users, Digest only. */
  updateEndpoint: string;
  /** Graph Store Protocol for authenticated users, Digest only. */
  graphStoreEndpoint: string;
  /** An account granted SPARQL_UPDATE and nothing more. */
  writer: { user: string; password: string };
  resultSetMaxRows: number;
  /** Its folder, listed in DirsAllowed: files for its bulk loader go here. */
  folder: string;
  /** Runs SQL as dba through isql-vt; returns its output. */
  sql(statements: string): Promise<string>;
  /** Shuts the server down and removes its folder. */
  stop(): Promise<void>;
}

export const DEFAULT_RESULT_SET_MAX_ROWS = 10_000;

export const SHIPPED_PAGE = 'pages/de-rouille-et-d-os-2012.trig';
export const SHIPPED_CURATED = 'curated/de-rouille-et-d-os-2012.trig';

/**
 * The shipped data less its one xsd:duration, which Virtuoso 7.2 changes ("PT120M" becomes
 * "7200.0", see tests/cli/load.test.ts): with it, what is read back would differ by that literal,
 * for a reason that is the server's.
 */
export function shippedDataWithoutDuration(): TempDataset {
  const { dataDir } = defaultLocations();
  const page = readFileSync(join(dataDir, SHIPPED_PAGE), 'utf8');
  const withoutDuration = page.replace(/^\s*schema:duration "PT120M"\^\^xsd:duration;\n/m, '');
  if (withoutDuration === page) throw new Error(`${SHIPPED_PAGE} no longer states the duration these tests leave out`);
  return tempDataset({ [SHIPPED_PAGE]: withoutDuration, [SHIPPED_CURATED]: readFileSync(join(dataDir, SHIPPED_CURATED), 'utf8') });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function iniText(folder: string, sqlPort: number, httpPort: number, settings: VirtuosoSettings & { resultSetMaxRows: number }): string {
  const file = (name: string) => join(folder, name);
  return `[Database]
DatabaseFile       = ${file('virtuoso.db')}
ErrorLogFile       = ${file('virtuoso.log')}
LockFile           = ${file('virtuoso.lck')}
TransactionFile    = ${file('virtuoso.trx')}
xa_persistent_file = ${file('virtuoso.pxa')}
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = ${file('virtuoso-temp.db')}
TransactionFile    = ${file('virtuoso-temp.trx')}
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort           = 127.0.0.1:${sqlPort}
DisableUnixSocket    = 1
DisableTcpSocket     = 0
MaxClientConnections = 10
CheckpointInterval   = 60
CaseMode             = 2
DirsAllowed          = ., ${folder}
NumberOfBuffers      = 10000
MaxDirtyBuffers      = 6000
ThreadsPerQuery      = 2
${settings.maxSortedTopRows === undefined ? '' : `MaxSortedTopRows     = ${settings.maxSortedTopRows}\n`}
[HTTPServer]
ServerPort           = 127.0.0.1:${httpPort}
ServerRoot           = ${folder}
MaxClientConnections = 10
ServerThreads        = 10
EnabledDavVSP        = 0
HTTPProxyEnabled     = 0
Charset              = UTF-8

[SPARQL]
ResultSetMaxRows           = ${settings.resultSetMaxRows}
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime      = 60
`;
}

async function answersSparql(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(`${endpoint}?query=${encodeURIComponent('ASK {}')}`, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts a fresh Virtuoso and waits until /sparql answers (3 to 6 s here, more on a busy machine). */
export async function startVirtuoso(options: VirtuosoSettings = {}): Promise<RunningVirtuoso> {
  const server = requireTool('virtuoso-t', 'virtuoso-opensource');
  const isql = requireTool('isql-vt', 'virtuoso-opensource');
  const settings = { ...options, resultSetMaxRows: options.resultSetMaxRows ?? DEFAULT_RESULT_SET_MAX_ROWS };
  const folder = mkdtempSync(join(tmpdir(), 'filmgraph-virtuoso-'));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  const iniFile = join(folder, 'virtuoso.ini');
  writeFileSync(iniFile, iniText(folder, sqlPort, httpPort, settings));
  const child = spawn(server, ['+foreground', '+configfile', iniFile], { cwd: folder, stdio: 'ignore' });
  // Should the test process end without stop() (a crash, a killed worker), take the server and
  // its folder along rather than leave them behind.
  const cleanUpAtExit = () => {
    child.kill('SIGKILL');
    rmSync(folder, { recursive: true, force: true });
  };
  process.once('exit', cleanUpAtExit);
  const base = `http://127.0.0.1:${httpPort}`;
  const log = () => {
    try {
      return readFileSync(join(folder, 'virtuoso.log'), 'utf8').split('\n').slice(-15).join('\n');
    } catch {
      return '(no log)';
    }
  };
  const sql = async (statements: string) =>
    (await run(isql, [`127.0.0.1:${sqlPort}`, 'dba', 'dba', `exec=${statements}`], { timeout: 30_000 })).stdout;
  const stop = async () => {
    process.off('exit', cleanUpAtExit);
    if (child.exitCode === null && child.signalCode === null) {
      await sql('shutdown;').catch(() => undefined);
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited(child);
      clearTimeout(timer);
    }
    rmSync(folder, { recursive: true, force: true });
  };

  // Under vitest's hook time-out (60 s), so this message, with the log, is what one sees.
  const deadline = Date.now() + 45_000;
  while (!(await answersSparql(`${base}/sparql`))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      const why = child.exitCode !== null ? `exited with code ${child.exitCode}` : 'did not answer /sparql within 45 s';
      const tail = log();
      await stop();
      throw new Error(`virtuoso-t ${why}; the end of its log:\n${tail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  // The writer may update and nothing else; the anonymous SPARQL user keeps read-only rights.
  const writer = { user: 'filmgraph_writer', password: `pw-${process.pid}-${httpPort}` };
  await sql(`DB.DBA.USER_CREATE('${writer.user}', '${writer.password}'); GRANT SPARQL_UPDATE TO "${writer.user}";`);
  return {
    queryEndpoint: `${base}/sparql`,
    updateEndpoint: `${base}/sparql-auth`,
    graphStoreEndpoint: `${base}/sparql-graph-crud-auth`,
    writer,
    resultSetMaxRows: settings.resultSetMaxRows,
    folder,
    sql,
    stop,
  };
}
