// npm run bench:status — applies generated status files of 10 000 and 100 000
// clients to databases holding as many open sessions, through the built CLI,
// and prints the seconds per backend. Figures, not assertions.
//
// PERL_TOOL=/path/to/openvpn-db-log.pl also times the Perl tool on the same
// database contents and the same clients, in the same run. It reads a client
// line's fields from the right-hand end, so it only understands the OpenVPN
// 2.3 layout: that file is generated as well, and ours is timed on it too.
// BENCH_SIZES, BENCH_BACKENDS and BENCH_RUNS (default 3) choose what runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Backend } from '../src/db/backend.ts';
import { toBigInt, toNumber } from '../src/db/int8.ts';
import { allBackends, createTestDatabase } from '../test/helpers/test-database.ts';
import { binPath } from '../test/helpers/run-bin.ts';

const sizes = (process.env['BENCH_SIZES'] ?? '10000,100000').split(',').map(Number);
const backends = (process.env['BENCH_BACKENDS']?.split(',') ?? allBackends) as Backend[];
const runs = Number(process.env['BENCH_RUNS'] ?? 3);
const perlTool = process.env['PERL_TOOL'];
/** Without PERL_TOOL: the Perl tool's 10 000-client figures from the issue, taken on a faster day (docs/performance.md). */
const referencePerlSeconds: Record<Backend, number> = { sqlite: 1.28, postgres: 3.57, mysql: 3.59 };
const perlBackend: Record<Backend, string> = { sqlite: 'SQLite', postgres: 'Pg', mysql: 'mysql' };
const connectTime = 1_790_000_000;
const statusTime = connectTime + 3600;

function vpnIp(i: number) {
  return `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
}
function srcIp(i: number) {
  return `198.18.${(i >> 8) & 255}.${i & 255}`;
}
const srcPort = (i: number) => 10000 + (i % 50000);
const since = (i: number) => connectTime + (i % 60);

type Layout = '2.6' | '2.3';
const layouts: Record<Layout, { title: string; header: string[]; line(i: number): string[] }> = {
  '2.6': {
    title: 'OpenVPN 2.6.14 x86_64-pc-linux-gnu',
    header: ['Common Name', 'Real Address', 'Virtual Address', 'Virtual IPv6 Address', 'Bytes Received', 'Bytes Sent', 'Connected Since',
      'Connected Since (time_t)', 'Username', 'Client ID', 'Peer ID', 'Data Channel Cipher'],
    line: (i) => [`user${i}`, `${srcIp(i)}:${srcPort(i)}`, vpnIp(i), '', `${i * 7}`, `${i * 11}`, '2026-09-21 11:53:20', `${since(i)}`, 'UNDEF',
      `${i}`, `${i}`, 'AES-256-GCM'],
  },
  '2.3': {
    title: 'OpenVPN 2.3.18 x86_64-pc-linux-gnu',
    header: ['Common Name', 'Real Address', 'Virtual Address', 'Bytes Received', 'Bytes Sent', 'Connected Since', 'Connected Since (time_t)', 'Username'],
    line: (i) => [`user${i}`, `${srcIp(i)}:${srcPort(i)}`, vpnIp(i), `${i * 7}`, `${i * 11}`, '2026-09-21 11:53:20', `${since(i)}`, 'UNDEF'],
  },
};

const dir = mkdtempSync(join(tmpdir(), 'odl-bench-'));
function statusFile(clients: number, layout: Layout): string {
  const { title, header, line } = layouts[layout];
  const lines = [`TITLE\t${title}`, `TIME\t2026-09-21 12:53:20\t${statusTime}`, ['HEADER', 'CLIENT_LIST', ...header].join('\t')];
  for (let i = 0; i < clients; i++) lines.push(['CLIENT_LIST', ...line(i)].join('\t'));
  lines.push('GLOBAL_STATS\tMax bcast/mcast queue length\t0', 'END', '');
  const file = join(dir, `status-${clients}-${layout}.log`);
  writeFileSync(file, lines.join('\n'));
  return file;
}

/** A fresh database of `size` open sessions, counters unset, matching the generated clients. */
async function seededDatabase(backend: Backend, size: number) {
  const database = await createTestDatabase(backend);
  if (!database) throw new Error(`${backend} is not reachable`);
  const migrated = spawnSync(binPath, ['migrate', ...database.args], { encoding: 'utf8' });
  if (migrated.status !== 0) throw new Error(`migrate failed: ${migrated.stderr}`);
  const handle = await database.open();
  // The default instance (no -n/-r/-o), which both tools look up; MySQL has no RETURNING, so it is read back.
  await handle.db.insertInto('instance').values({ name: '', port: 0, protocol: '' }).execute();
  const { id: instanceId } = await handle.db.selectFrom('instance').select('id').executeTakeFirstOrThrow();
  for (let start = 0; start < size; start += 2000) {
    const chunk = Array.from({ length: Math.min(2000, size - start) }, (_, k) => {
      const i = start + k;
      return { instance_id: instanceId, connect_time: since(i), src_ip: srcIp(i), src_port: srcPort(i), cn: `user${i}`, vpn_ip4: vpnIp(i) };
    });
    await handle.db.insertInto('session').values(chunk).execute();
  }
  return { database, handle };
}

/** Sessions now holding exactly the counters and duration the status reports: a run that updated nothing proves nothing. */
async function correctRows(handle: Awaited<ReturnType<typeof seededDatabase>>['handle']): Promise<number> {
  const rows = await handle.db.selectFrom('session').select(['cn', 'duration', 'bytes_in', 'bytes_out']).where('disconnect_time', 'is', null).execute();
  return rows.filter((row) => {
    const i = Number(row.cn.slice('user'.length));
    return row.bytes_in !== null && toBigInt(row.bytes_in) === BigInt(i * 7) && row.bytes_out !== null && toBigInt(row.bytes_out) === BigInt(i * 11) &&
      row.duration !== null && toNumber(row.duration) === statusTime - since(i);
  }).length;
}

function timed(command: string, args: string[]): { seconds: number; status: number | null; stderr: string } {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.error) throw result.error;
  return { seconds, status: result.status, stderr: result.stderr };
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
const results: { backend: Backend; size: number; tool: string; layout: Layout; seconds: number[] }[] = [];
for (const size of sizes) {
  const files = { '2.6': statusFile(size, '2.6'), '2.3': statusFile(size, '2.3') };
  for (const backend of backends) {
    const byTool = tools.map((tool) => ({ ...tool, seconds: [] as number[] }));
    // Interleaved, every run on a freshly seeded database: a slow moment of the machine hits all tools alike.
    for (let run = 0; run < runs; run++) {
      for (const tool of byTool) {
        const { database, handle } = await seededDatabase(backend, size);
        try {
          const [command, args] = tool.command(backend, database.args, files[tool.layout]);
          const result = timed(command, args);
          if (result.status !== 0) throw new Error(`${tool.name} (${tool.layout} layout) on ${backend} exited ${result.status}: ${result.stderr}`);
          const correct = await correctRows(handle);
          if (correct !== size) throw new Error(`${tool.name} (${tool.layout} layout) on ${backend} left ${size - correct} of ${size} sessions not updated`);
          tool.seconds.push(result.seconds);
        } finally {
          await database.drop();
        }
      }
    }
    for (const tool of byTool) results.push({ backend, size, tool: tool.name, layout: tool.layout, seconds: tool.seconds });
  }
}

const seconds = (values: number[]) => `${median(values).toFixed(2)} (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)})`;
console.log(`node -e 0: ${(median(nodeStart) * 1000).toFixed(0)} ms (median of ${nodeStart.length}); ${runs} run(s) each, median (min–max) seconds`);
console.log('backend   clients  tool  layout  seconds             perl-tool            speed-up');
for (const result of results) {
  const perl = perlTool
    ? results.find((r) => r.backend === result.backend && r.size === result.size && r.tool === 'perl')!.seconds
    : [referencePerlSeconds[result.backend] * (result.size / 10_000)];
  const perlText = perlTool ? seconds(perl) : `${median(perl).toFixed(2)}*`;
  const speedUp = result.tool === 'perl' ? '' : `${(median(perl) / median(result.seconds)).toFixed(1)}×`;
  console.log(`${result.backend.padEnd(9)} ${String(result.size).padStart(7)}  ${result.tool.padEnd(4)}  ${result.layout.padEnd(6)}  ${seconds(result.seconds).padEnd(18)}  ${perlText.padEnd(19)}  ${speedUp}`);
}
if (!perlTool) {
  console.log('* not measured (set PERL_TOOL=/path/to/openvpn-db-log.pl): the figures the issue quotes, taken on a faster day,');
  console.log('  1.28 s (SQLite), 3.57 s (PostgreSQL), 3.59 s (MariaDB) for 10 000 clients; scaled linearly for 100 000');
}
