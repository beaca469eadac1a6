// npm run bench:status — applies generated status files of 10 000 and 100 000
// clients to databases holding as many open sessions, through the built CLI,
// and prints the seconds per backend. Figures, not assertions.
//
// PERL_TOOL=/path/to/openvpn-db-log.pl also times the Perl tool on the same
// database contents and the same clients, in the same run. It reads a client
// line's fields from the right-hand end, so it only understands the OpenVPN
// 2.3 layout: that file is generated as well, and ours is timed on it too.
// BENCH_SIZES, BENCH_BACKENDS and BENCH_RUNS (default 3) choose what runs.
//
// Each tool applies two status files in turn: the first update of sessions
// just inserted (the worst case: their pages are full, so PostgreSQL cannot
// update them in place), then the next minute's, as a timer applies them all
// day (steady).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Backend } from '../src/db/backend.ts';
import { toBigInt, toNumber } from '../src/db/int8.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { type TestDatabase, allBackends } from '../test/helpers/test-database.ts';
import { binPath } from '../test/helpers/run-bin.ts';
import { connectTime, seededDatabase, since, srcIp, srcPort, vpnIp } from './bench-seed.ts';

const sizes = (process.env['BENCH_SIZES'] ?? '10000,100000').split(',').map(Number);
const backends = (process.env['BENCH_BACKENDS']?.split(',') ?? allBackends) as Backend[];
const runs = Number(process.env['BENCH_RUNS'] ?? 3);
const perlTool = process.env['PERL_TOOL'];
/** Without PERL_TOOL: the Perl tool's 10 000-client figures from the issue, taken on a faster day (docs/performance.md). */
const referencePerlSeconds: Record<Backend, number> = { sqlite: 1.28, postgres: 3.57, mysql: 3.59 };
const perlBackend: Record<Backend, string> = { sqlite: 'SQLite', postgres: 'Pg', mysql: 'mysql' };
type Phase = 'first' | 'steady';
const phases: Phase[] = ['first', 'steady'];
/** The steady status comes a minute later, every client having moved some traffic. */
const statusTime = (phase: Phase) => connectTime + 3600 + (phase === 'steady' ? 60 : 0);
const received = (i: number, phase: Phase) => i * 7 + (phase === 'steady' ? 1000 : 0);
const sent = (i: number, phase: Phase) => i * 11 + (phase === 'steady' ? 2000 : 0);

type Layout = '2.6' | '2.3';
const layouts: Record<Layout, { title: string; header: string[]; line(i: number, phase: Phase): string[] }> = {
  '2.6': {
    title: 'OpenVPN 2.6.14 x86_64-pc-linux-gnu',
    header: ['Common Name', 'Real Address', 'Virtual Address', 'Virtual IPv6 Address', 'Bytes Received', 'Bytes Sent', 'Connected Since',
      'Connected Since (time_t)', 'Username', 'Client ID', 'Peer ID', 'Data Channel Cipher'],
    line: (i, phase) => [`user${i}`, `${srcIp(i)}:${srcPort(i)}`, vpnIp(i), '', `${received(i, phase)}`, `${sent(i, phase)}`, '2026-09-21 11:53:20', `${since(i)}`, 'UNDEF',
      `${i}`, `${i}`, 'AES-256-GCM'],
  },
  '2.3': {
    title: 'OpenVPN 2.3.18 x86_64-pc-linux-gnu',
    header: ['Common Name', 'Real Address', 'Virtual Address', 'Bytes Received', 'Bytes Sent', 'Connected Since', 'Connected Since (time_t)', 'Username'],
    line: (i, phase) => [`user${i}`, `${srcIp(i)}:${srcPort(i)}`, vpnIp(i), `${received(i, phase)}`, `${sent(i, phase)}`, '2026-09-21 11:53:20', `${since(i)}`, 'UNDEF'],
  },
};

const dir = mkdtempSync(join(tmpdir(), 'odl-bench-'));
function statusFile(clients: number, layout: Layout, phase: Phase): string {
  const { title, header, line } = layouts[layout];
  const lines = [`TITLE\t${title}`, `TIME\t2026-09-21 12:53:20\t${statusTime(phase)}`, ['HEADER', 'CLIENT_LIST', ...header].join('\t')];
  for (let i = 0; i < clients; i++) lines.push(['CLIENT_LIST', ...line(i, phase)].join('\t'));
  lines.push('GLOBAL_STATS\tMax bcast/mcast queue length\t0', 'END', '');
  const file = join(dir, `status-${clients}-${layout}-${phase}.log`);
  writeFileSync(file, lines.join('\n'));
  return file;
}

/** Sessions now holding exactly the counters and duration the status reports: a run that updated nothing proves nothing. */
async function correctRows(database: TestDatabase, phase: Phase): Promise<number> {
  // A connection only for the check: each tool runs with the database to itself.
  const handle = await openDatabase(database.connection);
  const rows = await handle.db.selectFrom('session').select(['cn', 'duration', 'bytes_in', 'bytes_out']).where('disconnect_time', 'is', null).execute();
  await handle.db.destroy();
  return rows.filter((row) => {
    const i = Number(row.cn.slice('user'.length));
    return row.bytes_in !== null && toBigInt(row.bytes_in) === BigInt(received(i, phase)) &&
      row.bytes_out !== null && toBigInt(row.bytes_out) === BigInt(sent(i, phase)) &&
      row.duration !== null && toNumber(row.duration) === statusTime(phase) - since(i);
  }).length;
}

function timed(command: string, args: string[]): { seconds: number; status: number | string | null; stderr: string } {
  const started = process.hrtime.bigint();
  // A tool that reports every line must not be killed for it (spawnSync's default is 1 MiB of output).
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.error) throw result.error;
  return { seconds, status: result.status ?? result.signal, stderr: result.stderr };
}

interface Tool {
  name: string;
  layout: Layout;
  command(backend: Backend, args: string[], file: string): [string, string[]];
}
const tools: Tool[] = [
  { name: 'ours', layout: '2.6', command: (_, args, file) => [binPath, [...args, '-S', file, '-I']] },
  { name: 'ours', layout: '2.3', command: (_, args, file) => [binPath, [...args, '-S', file, '-I']] },
];
if (perlTool) {
  // Same flags as ours except the backend, whose DBI driver name the Perl tool takes verbatim.
  tools.push({
    name: 'perl',
    layout: '2.3',
    command: (backend, args, file) => {
      const rest = [...args];
      rest.splice(rest.indexOf('-b'), 2);
      return ['perl', [perlTool, '-b', perlBackend[backend], ...rest, '-S', file]];
    },
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const nodeStart = Array.from({ length: 10 }, () => timed(process.execPath, ['-e', '0']).seconds);
const results: { backend: Backend; size: number; phase: Phase; tool: string; layout: Layout; seconds: number[] }[] = [];
for (const size of sizes) {
  const files = (layout: Layout, phase: Phase) => statusFile(size, layout, phase);
  const written = Object.fromEntries(
    (['2.6', '2.3'] as const).map((layout) => [layout, { first: files(layout, 'first'), steady: files(layout, 'steady') }]),
  ) as Record<Layout, Record<Phase, string>>;
  for (const backend of backends) {
    const byTool = tools.map((tool) => ({ ...tool, seconds: { first: [] as number[], steady: [] as number[] } }));
    // Interleaved, every run on a freshly seeded database: a slow moment of the machine hits all tools alike.
    for (let run = 0; run < runs; run++) {
      for (const tool of byTool) {
        const database = await seededDatabase(backend, size);
        try {
          for (const phase of phases) {
            const [command, args] = tool.command(backend, database.args, written[tool.layout][phase]);
            const result = timed(command, args);
            const what = `${tool.name} (${tool.layout} layout, ${phase}) on ${backend}`;
            if (result.status !== 0) throw new Error(`${what} exited ${result.status}: ${result.stderr}`);
            const correct = await correctRows(database, phase);
            if (correct !== size) throw new Error(`${what} left ${size - correct} of ${size} sessions not updated`);
            tool.seconds[phase].push(result.seconds);
          }
        } finally {
          await database.drop();
        }
      }
    }
    for (const phase of phases) {
      for (const tool of byTool) results.push({ backend, size, phase, tool: tool.name, layout: tool.layout, seconds: tool.seconds[phase] });
    }
  }
}

const seconds = (values: number[]) => `${median(values).toFixed(2)} (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)})`;
console.log(`node -e 0: ${(median(nodeStart) * 1000).toFixed(0)} ms (median of ${nodeStart.length}); ${runs} run(s) each, median (min–max) seconds`);
console.log('backend   clients  update  tool  layout  seconds             perl-tool            speed-up');
for (const result of results) {
  const perl = perlTool
    ? results.find((r) => r.backend === result.backend && r.size === result.size && r.phase === result.phase && r.tool === 'perl')!.seconds
    : [referencePerlSeconds[result.backend] * (result.size / 10_000)];
  const perlText = perlTool ? seconds(perl) : `${median(perl).toFixed(2)}*`;
  const speedUp = result.tool === 'perl' ? '' : `${(median(perl) / median(result.seconds)).toFixed(1)}×`;
  console.log(`${result.backend.padEnd(9)} ${String(result.size).padStart(7)}  ${result.phase.padEnd(6)}  ${result.tool.padEnd(4)}  ${result.layout.padEnd(6)}  ${seconds(result.seconds).padEnd(18)}  ${perlText.padEnd(19)}  ${speedUp}`);
}
if (!perlTool) {
  console.log('* not measured (set PERL_TOOL=/path/to/openvpn-db-log.pl): the figures the issue quotes, taken on a faster day,');
  console.log('  1.28 s (SQLite), 3.57 s (PostgreSQL), 3.59 s (MariaDB) for 10 000 clients; scaled linearly for 100 000');
}
