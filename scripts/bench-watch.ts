// npm run bench:watch — the resident mode (`watch -S FILE`) against the one-shot
// status command (`-S FILE`) on databases of 10 000 and 100 000 open sessions,
// and against the Perl tool when PERL_TOOL=/path/to/openvpn-db-log.pl is set
// (same database contents, same clients, same run). Figures, not assertions.
//
// A steady update is the next minute's file: every client moved some traffic.
// For watch it is timed from the file's rename to the update's log line (what a
// timer would spend is the one-shot command's whole run). The next rewrite comes
// BENCH_PAUSE_MS (default 1000) after an update's log line: OpenVPN rewrites its
// status at most once a second, and watch collects the update's garbage in that
// quiet time. RSS of the watch process is read at the end of each pause and
// printed after the 10th and the last (BENCH_UPDATES, default 100) update, with
// its lowest and highest from the 10th on. BENCH_SIZES, BENCH_BACKENDS choose what runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Backend } from '../src/db/backend.ts';
import { toBigInt } from '../src/db/int8.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { allBackends, type TestDatabase } from '../test/helpers/test-database.ts';
import { binPath } from '../test/helpers/run-bin.ts';
import { startWatch } from '../test/helpers/watch-process.ts';
import { connectTime, seededDatabase, since, srcIp, srcPort, vpnIp } from './bench-seed.ts';

const sizes = (process.env['BENCH_SIZES'] ?? '10000,100000').split(',').map(Number);
const backends = (process.env['BENCH_BACKENDS']?.split(',') ?? allBackends) as Backend[];
const updates = Number(process.env['BENCH_UPDATES'] ?? 100);
const perlTool = process.env['PERL_TOOL'];
const pauseMs = Number(process.env['BENCH_PAUSE_MS'] ?? 1000);
const perlBackend: Record<Backend, string> = { sqlite: 'SQLite', postgres: 'Pg', mysql: 'mysql' };
/** Without PERL_TOOL: the Perl tool's 10 000-client figures from issue 3 (docs/performance.md), scaled linearly. */
const referencePerlSeconds: Record<Backend, number> = { sqlite: 1.28, postgres: 3.57, mysql: 3.59 };
const targets: Record<Backend, Record<number, number>> = {
  sqlite: { 10_000: 5, 100_000: 15 },
  postgres: { 10_000: 10, 100_000: 15 },
  mysql: { 10_000: 10, 100_000: 15 },
};

/** Update k (0 = the first after seeding) comes k minutes later, every client having moved k * 1000 bytes more. */
const statusTime = (k: number) => connectTime + 3600 + 60 * k;
const received = (i: number, k: number) => i * 7 + 1000 * k;

const dir = mkdtempSync(join(tmpdir(), 'odl-bench-watch-'));

/** OpenVPN 2.3's client line layout: the one the Perl tool understands, and ours reads too. */
function statusText(clients: number, k: number): string {
  const lines = [
    'TITLE\tOpenVPN 2.3.18 x86_64-pc-linux-gnu',
    `TIME\t2026-09-21 12:53:20\t${statusTime(k)}`,
    'HEADER\tCLIENT_LIST\tCommon Name\tReal Address\tVirtual Address\tBytes Received\tBytes Sent\tConnected Since\tConnected Since (time_t)\tUsername',
  ];
  for (let i = 0; i < clients; i++) {
    lines.push(`CLIENT_LIST\tuser${i}\t${srcIp(i)}:${srcPort(i)}\t${vpnIp(i)}\t${received(i, k)}\t${i * 11 + 1000 * k}\t2026-09-21 11:53:20\t${since(i)}\tUNDEF`);
  }
  lines.push('GLOBAL_STATS\tMax bcast/mcast queue length\t0', 'END', '');
  return lines.join('\n');
}

/** Sessions holding exactly update k's counters: a run that updated nothing proves nothing. */
async function correctRows(database: TestDatabase, k: number): Promise<number> {
  const handle = await openDatabase(database.connection);
  const rows = await handle.db.selectFrom('session').select(['cn', 'bytes_in']).where('disconnect_time', 'is', null).execute();
  await handle.db.destroy();
  return rows.filter((row) => row.bytes_in !== null && toBigInt(row.bytes_in) === BigInt(received(Number(row.cn.slice(4)), k))).length;
}

function timed(command: string, args: string[]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return seconds;
}

function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? NaN) / 1024;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

interface Row {
  backend: Backend;
  size: number;
  watch: number[];
  oneShot: number;
  perl: number | null;
  rss10: number;
  rssLast: number;
  /** After each update from the 10th on. */
  rssRange: [number, number];
  load: string;
}
const rows: Row[] = [];
console.log(`${cpus().length} CPUs; ${updates} watch updates per size and backend`);
for (const size of sizes) {
  const files = Array.from({ length: updates + 3 }, (_, k) => {
    const file = join(dir, `status-${size}-${k}.log`);
    writeFileSync(file, statusText(size, k));
    return file;
  });
  for (const backend of backends) {
    const startLoad = load();
    const database = await seededDatabase(backend, size);
    try {
      // The first update of fresh rows, then `updates` steady ones.
      const live = join(dir, `live-${size}.status`);
      renameSync(files[0]!, live);
      writeFileSync(files[0]!, statusText(size, 0));
      const watch = startWatch([...database.args, '-S', live, '--interval', '3600', '-I', '--timeout', '60']);
      const updateLine = /TIME \d+: \d+ updated/;
      await watch.waitForLines(updateLine, 1, `the first update of ${size} on ${backend}`, 600_000);
      const seconds: number[] = [];
      const rssFrom10: number[] = [];
      for (let k = 1; k <= updates; k++) {
        const next = join(dir, `next-${size}.status`);
        writeFileSync(next, readFileSync(files[k]!));
        const started = process.hrtime.bigint();
        renameSync(next, live);
        await watch.waitForLines(updateLine, k + 1, `update ${k} of ${size} on ${backend}`, 600_000);
        seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
        await new Promise((resolve) => setTimeout(resolve, pauseMs));
        if (k >= 10) rssFrom10.push(rssMiB(watch.child.pid!));
      }
      const rss10 = rssFrom10[0] ?? NaN;
      const rssLast = rssFrom10.at(-1) ?? NaN;
      const code = await watch.stop();
      if (code !== 0) throw new Error(`watch exited ${code}`);
      const correct = await correctRows(database, updates);
      if (correct !== size) throw new Error(`watch left ${size - correct} of ${size} sessions not updated on ${backend}`);
      // The one-shot command and the Perl tool, each on the next minute's file, on the same database.
      const oneShot = timed(binPath, [...database.args, '-S', files[updates + 1]!]);
      if ((await correctRows(database, updates + 1)) !== size) throw new Error(`the one-shot command did not update all sessions on ${backend}`);
      let perl: number | null = null;
      if (perlTool) {
        const args = [...database.args];
        args.splice(args.indexOf('-b'), 2);
        perl = timed('perl', [perlTool, '-b', perlBackend[backend], ...args, '-S', files[updates + 2]!]);
        if ((await correctRows(database, updates + 2)) !== size) throw new Error(`the Perl tool did not update all sessions on ${backend}`);
      }
      const rssRange: [number, number] = [Math.min(...rssFrom10), Math.max(...rssFrom10)];
      rows.push({ backend, size, watch: seconds, oneShot, perl, rss10, rssLast, rssRange, load: `${startLoad} → ${load()}` });
    } finally {
      await database.drop();
    }
  }
}

rmSync(dir, { recursive: true, force: true });

console.log('backend   clients  watch steady s (median, min–max)  one-shot s  perl s     watch vs perl (target)  vs one-shot  RSS MiB 10th → last               (10th–last range)  load (1/5/15 min)');
for (const row of rows) {
  const perl = row.perl ?? referencePerlSeconds[row.backend] * (row.size / 10_000);
  const speedUp = perl / median(row.watch);
  const growth = ((row.rssLast - row.rss10) / row.rss10) * 100;
  console.log(
    `${row.backend.padEnd(9)} ${String(row.size).padStart(7)}  ` +
      `${`${median(row.watch).toFixed(3)} (${Math.min(...row.watch).toFixed(3)}–${Math.max(...row.watch).toFixed(3)})`.padEnd(32)}  ` +
      `${row.oneShot.toFixed(2).padStart(10)}  ${`${perl.toFixed(2)}${row.perl === null ? '*' : ''}`.padStart(7)}    ` +
      `${`${speedUp.toFixed(1)}× (≥ ${targets[row.backend][row.size] ?? 15}×)`.padEnd(22)}  ${`${(row.oneShot / median(row.watch)).toFixed(1)}×`.padStart(11)}  ` +
      `${row.rss10.toFixed(0)} → ${row.rssLast.toFixed(0)} (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} %, < 10 %)`.padEnd(32) +
      `   ${`(${row.rssRange[0].toFixed(0)}–${row.rssRange[1].toFixed(0)})`.padEnd(16)}   ${row.load}`,
  );
}
if (!perlTool) {
  console.log('* not measured (set PERL_TOOL=/path/to/openvpn-db-log.pl): issue 3\'s figures for 10 000 clients, scaled linearly');
}
