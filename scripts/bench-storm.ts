// npm run bench:storm — a reconnect storm: CLIENTS (default 200) client-connect
// hooks started at the same moment, then as many client-disconnects, per
// backend and hook mode, with default options. Prints the seconds from the
// first hook to the last stored connect (and disconnect), how many sessions
// were stored exactly, how many hooks failed, and the peak number of the
// tool's processes. Figures, not assertions.
//
// PERL_TOOL=/path/to/openvpn-db-log.pl runs the Perl tool the same way in
// the same run (synchronous and -f; it has no --defer), on a database our
// `migrate` made, which it shares with us.
// BENCH_BACKENDS, BENCH_MODES (sync,fork,defer) and CLIENTS choose what runs.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stormClient, stormDisconnect } from '../test/helpers/storm-clients.ts';
import type { Backend } from '../src/db/backend.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { type TestDatabase, allBackends, createTestDatabase } from '../test/helpers/test-database.ts';
import { binPath, runBin } from '../test/helpers/run-bin.ts';

type Mode = 'sync' | 'fork' | 'defer';
const clients = Number(process.env['CLIENTS'] ?? 200);
const backends = (process.env['BENCH_BACKENDS']?.split(',') ?? allBackends) as Backend[];
const modes = (process.env['BENCH_MODES']?.split(',') ?? ['sync', 'fork', 'defer']) as Mode[];
const perlTool = process.env['PERL_TOOL'];
const perlBackend: Record<Backend, string> = { sqlite: 'SQLite', postgres: 'Pg', mysql: 'mysql' };
const modeFlags: Record<Mode, string[]> = { sync: [], fork: ['-f'], defer: ['--defer'] };
/** How long a run may take to store everything before it is reported as incomplete. */
const LANDING_MS = 300_000;

const client = stormClient;
const disconnect = stormDisconnect;

interface Tool {
  name: string;
  mode: Mode;
  command(database: TestDatabase): [string, string[]];
}

function perlArgs(database: TestDatabase): string[] {
  const { connection } = database;
  if (connection.backend === 'sqlite') return ['-b', 'SQLite', '--dsn', `dbname=${connection.database}`];
  return ['-b', perlBackend[connection.backend], '-d', connection.database ?? '', '-H', connection.host ?? '', '-t', String(connection.port), '-u', connection.user ?? ''];
}

const tools: Tool[] = modes.map((mode) => ({ name: 'ours', mode, command: (database) => [binPath, [...database.args, ...modeFlags[mode]]] }));
if (perlTool) {
  for (const mode of modes.filter((m) => m !== 'defer')) {
    tools.push({ name: 'perl', mode, command: (database) => ['perl', [perlTool, ...perlArgs(database), ...modeFlags[mode]]] });
  }
}

function run(command: string, args: string[], env: Record<string, string>): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: 'ignore' });
    child.on('error', () => resolve(null)).on('close', resolve);
  });
}

/** Peak processes whose command line names `marker` (ours: the bin; Perl's: the script). */
function countProcesses(marker: string) {
  let peak = 0;
  const sample = () => {
    let count = 0;
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        if (readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes(marker)) count++;
      } catch {
        // Ended meanwhile.
      }
    }
    peak = Math.max(peak, count);
  };
  const timer = setInterval(sample, 100);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

async function stored(database: TestDatabase, closed: boolean): Promise<number> {
  const handle = await openDatabase(database.connection);
  try {
    const rows = await handle.db.selectFrom('session').select(['cn', 'duration', 'bytes_in', 'bytes_out', 'disconnect_time']).execute();
    return rows.filter((row) => {
      if (!closed) return true;
      const i = Number(row.cn.slice('storm-'.length));
      return Number(row.duration) === 4000 + i && String(row.bytes_in) === String(1_000_000 + i) && String(row.bytes_out) === String(2_000_000 + i);
    }).length;
  } finally {
    await handle.db.destroy();
  }
}

/** Seconds until `count` rows are there, or null when they never all came within LANDING_MS (or the work stopped). */
async function landed(database: TestDatabase, closed: boolean, started: bigint): Promise<{ seconds: number | null; rows: number }> {
  let rows = 0;
  let lastChange = Date.now();
  const deadline = Date.now() + LANDING_MS;
  for (;;) {
    const now = await stored(database, closed);
    if (now !== rows) lastChange = Date.now();
    rows = now;
    if (rows >= clients) return { seconds: Number(process.hrtime.bigint() - started) / 1e9, rows };
    // Nothing new for 30 s: what is missing was lost, not late.
    if (Date.now() > deadline || Date.now() - lastChange > 30_000) return { seconds: null, rows };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Result {
  backend: Backend;
  tool: Tool;
  phase: 'connect' | 'disconnect';
  seconds: number | null;
  rows: number;
  failedHooks: number;
  peak: number;
}
const results: Result[] = [];

for (const backend of backends) {
  for (const tool of tools) {
    const database = await createTestDatabase(backend);
    if (!database) throw new Error(`${backend} is not reachable`);
    try {
      const migrated = await runBin(['migrate', ...database.args]);
      if (migrated.code !== 0) throw new Error(`migrate failed: ${migrated.stderr}`);
      const deferDir = mkdtempSync(join(tmpdir(), 'odl-bench-storm-'));
      const [command, args] = tool.command(database);
      for (const phase of ['connect', 'disconnect'] as const) {
        const stopCounting = countProcesses(tool.name === 'perl' ? (perlTool ?? '') : binPath);
        const started = process.hrtime.bigint();
        const codes = await Promise.all(
          Array.from({ length: clients }, (_, i) => {
            if (phase === 'disconnect') return run(command, args, disconnect(i));
            const env: Record<string, string> = { script_type: 'client-connect', ...client(i) };
            if (tool.mode === 'defer') {
              env['client_connect_deferred_file'] = join(deferDir, `cc-${i}`);
              writeFileSync(env['client_connect_deferred_file'], '');
            }
            return run(command, args, env);
          }),
        );
        const { seconds, rows } = await landed(database, phase === 'disconnect', started);
        results.push({ backend, tool, phase, seconds, rows, failedHooks: codes.filter((code) => code !== 0).length, peak: stopCounting() });
        const last = results.at(-1)!;
        console.error(`${backend} ${tool.name} ${tool.mode} ${phase}: ${seconds?.toFixed(2) ?? 'incomplete'} s, ${rows}/${clients} stored, ${last.failedHooks} hooks failed, peak ${last.peak} processes`);
        if (rows < clients && phase === 'connect') break;
      }
    } finally {
      await database.drop();
    }
  }
}

console.log(`${clients} hooks at once per phase, default options; seconds from the first hook to the last stored row`);
console.log('backend   tool  mode   phase       seconds      stored   failed hooks  peak processes  perl (same mode)');
for (const result of results) {
  const perl = results.find((r) => r.backend === result.backend && r.tool.name === 'perl' && r.tool.mode === result.tool.mode && r.phase === result.phase);
  const seconds = (r: Result) => (r.seconds === null ? 'incomplete' : r.seconds.toFixed(2));
  const perlText = result.tool.name === 'perl' || !perl ? '' : `${seconds(perl)} s, ${perl.rows}/${clients} stored`;
  console.log(
    `${result.backend.padEnd(9)} ${result.tool.name.padEnd(5)} ${result.tool.mode.padEnd(6)} ${result.phase.padEnd(10)}  ${seconds(result).padStart(10)}  ${`${result.rows}/${clients}`.padStart(8)}  ${String(result.failedHooks).padStart(12)}  ${String(result.peak).padStart(14)}  ${perlText}`,
  );
}
