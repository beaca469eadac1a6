// npm run bench:hook — how long OpenVPN waits for one client-connect, per hook
// mode and backend, beside `node -e 0` measured in the same run. Uses
// hyperfine when it is installed, else a timing loop of its own.
//
//   npm run bench:hook -- [--runs N] [sqlite] [postgres] [mysql]
//
// Each run is a real hook process under `env -i` with a captured OpenVPN
// environment. The synchronous runs replay one connect event: the same
// statements as a new one (instance lookup, insert-or-ignore), without
// growing the table. Figures, not assertions: record them in docs/performance.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Backend, backends } from '../src/db/backend.ts';
import { binPath, fixtureEnv } from '../test/helpers/run-bin.ts';
import { createTestDatabase, type TestDatabase } from '../test/helpers/test-database.ts';

const args = process.argv.slice(2);
const runsIndex = args.indexOf('--runs');
const runs = runsIndex >= 0 ? Number(args[runsIndex + 1]) : 50;
const chosen = backends.filter((backend) => args.includes(backend));
const selected: readonly Backend[] = chosen.length > 0 ? chosen : backends;
const spoolBin = fileURLToPath(new URL('../bin/openvpn-db-log-spool', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'odl-bench-hook-'));

const connectEnv = fixtureEnv('openvpn-2.6/udp-status-v3/env/client-connect-client01-1.env');
const envWords = (extra: Record<string, string> = {}) =>
  Object.entries({ ...connectEnv, ...extra }).map(([key, value]) => shellQuote(`${key}=${value}`));

function shellQuote(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

interface Case {
  name: string;
  command: string;
}

/** The way OpenVPN runs a hook: only its own variables, the config file path appended. */
function hookCase(name: string, hookArgs: string[], extraEnv: Record<string, string> = {}): Case {
  const configFile = join(work, 'client-connect.conf');
  return {
    name,
    command: ['env', '-i', ...envWords(extraEnv), binPath, ...hookArgs.map(shellQuote), configFile].join(' '),
  };
}

function hasHyperfine(): boolean {
  return spawnSync('hyperfine', ['--version']).status === 0;
}

/** Mean and standard deviation in milliseconds. */
interface Timing {
  meanMs: number;
  stddevMs: number;
}

function measureWithHyperfine(cases: Case[]): Timing[] {
  const exportFile = join(work, 'hyperfine.json');
  const result = spawnSync(
    'hyperfine',
    ['-N', '--warmup', '5', '--runs', String(runs), '--export-json', exportFile, ...cases.flatMap((c) => ['-n', c.name, c.command])],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (result.status !== 0) throw new Error('hyperfine failed');
  const { results } = JSON.parse(readFileSync(exportFile, 'utf8')) as { results: { mean: number; stddev: number }[] };
  return results.map((r) => ({ meanMs: r.mean * 1000, stddevMs: r.stddev * 1000 }));
}

function measureWithLoop(cases: Case[]): Timing[] {
  return cases.map((c) => {
    const samples: number[] = [];
    for (let i = 0; i < runs + 5; i++) {
      const started = process.hrtime.bigint();
      const result = spawnSync('/bin/sh', ['-c', c.command], { stdio: 'ignore' });
      if (result.status !== 0) throw new Error(`${c.name} failed`);
      if (i >= 5) samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    const meanMs = samples.reduce((a, b) => a + b, 0) / samples.length;
    const stddevMs = Math.sqrt(samples.reduce((a, b) => a + (b - meanMs) ** 2, 0) / samples.length);
    return { meanMs, stddevMs };
  });
}

/** Every case must work once before it is timed: a failing hook is fast and would flatter the figures. */
function checkOnce(c: Case): void {
  const result = spawnSync('/bin/sh', ['-c', c.command], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${c.name} exited ${result.status}: ${result.stderr}`);
}

const databases: TestDatabase[] = [];
let drainer: ReturnType<typeof spawnSync> | undefined;
try {
  // The same empty environment as the hooks: an inherited NODE_EXTRA_CA_CERTS, say, costs every Node start
  // tens of milliseconds and would flatter the ratios.
  const cases: Case[] = [{ name: 'node -e 0', command: `env -i ${process.execPath} -e 0` }];
  for (const backend of selected) {
    const database = await createTestDatabase(backend);
    if (!database) continue;
    databases.push(database);
    const migrated = spawnSync(binPath, ['migrate', ...database.args], { encoding: 'utf8' });
    if (migrated.status !== 0) throw new Error(`migrate ${backend}: ${migrated.stderr}`);
    cases.push(hookCase(`client-connect, ${backend}`, database.args));
  }
  const sqlite = databases.find((d) => d.backend === 'sqlite');
  if (sqlite) {
    // The floor of any SQLite hook: the driver alone opens the file and sets WAL, with no bundle, Kysely or our code.
    const driverOnly = join(work, 'better-sqlite3-only.cjs');
    writeFileSync(
      driverOnly,
      `const Database = require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))});
const db = new Database(${JSON.stringify(sqlite.connection.database)});
db.pragma('journal_mode = WAL');
db.close();
`,
    );
    cases.splice(1, 0, { name: 'better-sqlite3 only: open, WAL, close', command: `env -i ${process.execPath} ${shellQuote(driverOnly)}` });
    // The captured connect comes from 127.0.0.1, which has no country: these two look one up, and skip it.
    cases.push(hookCase('client-connect, sqlite, country of 193.166.3.1', sqlite.args, { trusted_ip: '193.166.3.1' }));
    cases.push(hookCase('client-connect, sqlite, 193.166.3.1 --no-geoip', ['--no-geoip', ...sqlite.args], { trusted_ip: '193.166.3.1' }));
    cases.push(hookCase('client-connect -f, sqlite', ['-f', ...sqlite.args]));
    const deferredFile = join(work, 'deferred');
    writeFileSync(deferredFile, '');
    cases.push(hookCase('client-connect --defer, sqlite', ['--defer', ...sqlite.args], { client_connect_deferred_file: deferredFile }));
    // A drainer already running, as in steady state: the hooks only write their event files.
    const spool = join(work, 'spool');
    drainer = spawnSync('/bin/sh', ['-c', `${shellQuote(binPath)} drain --watch --spool ${shellQuote(spool)} ${sqlite.args.map(shellQuote).join(' ')} >/dev/null 2>&1 & echo $!`], { encoding: 'utf8' });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    cases.push(hookCase('client-connect --spool (node)', ['--spool', spool, ...sqlite.args]));
    cases.push({
      name: 'client-connect bin/openvpn-db-log-spool (sh)',
      command: ['env', '-i', ...envWords(), spoolBin, '--spool', shellQuote(spool), ...sqlite.args.map(shellQuote), join(work, 'cc.conf')].join(' '),
    });
  }
  for (const c of cases) checkOnce(c);

  const useHyperfine = hasHyperfine();
  const tool = useHyperfine ? 'hyperfine' : 'a Node timing loop';
  const timings = useHyperfine ? measureWithHyperfine(cases) : measureWithLoop(cases);
  const baseline = timings[0]!.meanMs;
  console.log(`\n${runs} runs each, measured with ${tool}; Node ${process.version}\n`);
  console.log(`${'hook'.padEnd(46)} ${'mean'.padStart(9)} ${'± σ'.padStart(8)}  × node -e 0`);
  cases.forEach((c, i) => {
    const { meanMs, stddevMs } = timings[i]!;
    console.log(`${c.name.padEnd(46)} ${`${meanMs.toFixed(1)} ms`.padStart(9)} ${`${stddevMs.toFixed(1)}`.padStart(8)}  ${(meanMs / baseline).toFixed(2)}`);
  });
} finally {
  const pid = Number(String(drainer?.stdout ?? '').trim());
  if (pid > 0) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  for (const database of databases) await database.drop();
  rmSync(work, { recursive: true, force: true });
}
