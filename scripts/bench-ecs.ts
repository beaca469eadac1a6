// npm run bench:ecs — lines per second through `ecs` (target: ≥ 100 000 on
// this machine) and through `ecs --store` per backend.
//
//   npm run bench:ecs -- [--lines N] [sqlite] [postgres] [mysql]
//
// The input is the real OpenVPN 2.6 and 2.7 server logs of test/fixtures,
// repeated with the client ports and seconds varied, so `--store` writes new
// rows rather than finding each one again. Both measure the built binary:
// CPU seconds (user + system, from the child's rusage) beside wall time and
// the load average, since the machine is shared. Figures, not assertions.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Backend, backends } from '../src/db/backend.ts';
import { binPath } from '../test/helpers/run-bin.ts';
import { createTestDatabase } from '../test/helpers/test-database.ts';

const args = process.argv.slice(2);
const linesIndex = args.indexOf('--lines');
const total = linesIndex >= 0 ? Number(args[linesIndex + 1]) : 1_000_000;
const chosen = backends.filter((backend) => args.includes(backend));
const selected: readonly Backend[] = chosen.length > 0 ? chosen : backends;
const TARGET = 100_000;

const fixtures = join(import.meta.dirname, '..', 'test', 'fixtures');
const sample: string[] = [];
for (const version of ['openvpn-2.6', 'openvpn-2.7']) {
  for (const run of readdirSync(join(fixtures, version), { withFileTypes: true })) {
    if (run.isDirectory()) sample.push(...readFileSync(join(fixtures, version, run.name, 'server.log'), 'utf8').split('\n').filter(Boolean));
  }
}

const work = mkdtempSync(join(tmpdir(), 'odl-bench-ecs-'));
const logFile = join(work, 'server.log');
const out: string[] = [];
for (let i = 0; i < total; i++) {
  const round = Math.floor(i / sample.length);
  const line = sample[i % sample.length]!;
  // Another second and another client port each round: distinct login outcomes.
  out.push(
    line
      .replace(/^(\d{4}-\d\d-\d\d \d\d:\d\d:)(\d\d)/, (_, head: string) => `${head}${String(round % 60).padStart(2, '0')}`)
      .replace(/:(\d{5}) /, (_, port: string) => `:${((Number(port) + round) % 64512) + 1024} `),
  );
}
writeFileSync(logFile, `${out.join('\n')}\n`);
console.log(`${total} lines (${sample.length} real lines repeated), load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

function timed(label: string, argv: string[]): void {
  const started = process.hrtime.bigint();
  const result = spawnSync(`/usr/bin/time`, ['-f', '%U %S %M', process.execPath, binPath, ...argv], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const lastLine = result.stderr.trim().split('\n').at(-1) ?? '';
  const [user, system, maxKb] = lastLine.split(' ').map(Number);
  if (result.status !== 0 || user === undefined || system === undefined) {
    console.log(`${label}: failed (${result.status}): ${result.stderr.trim()}`);
    return;
  }
  const cpu = user + system;
  const perCpu = Math.round(total / cpu);
  const verdict = perCpu >= TARGET ? 'meets' : 'MISSES';
  console.log(
    `${label}: ${perCpu.toLocaleString('en')} lines per CPU-second (${cpu.toFixed(2)} s CPU), ${Math.round(total / wall).toLocaleString('en')} per wall second, peak RSS ${Math.round((maxKb ?? 0) / 1024)} MB — target ≥ ${TARGET.toLocaleString('en')}: ${verdict}; load ${loadavg()[0]!.toFixed(2)}`,
  );
}

timed('ecs FILE > /dev/null', ['ecs', logFile]);
for (const backend of selected) {
  const database = await createTestDatabase(backend);
  if (database === undefined) continue;
  try {
    spawnSync(process.execPath, [binPath, 'migrate', ...database.args], { stdio: 'ignore' });
    timed(`ecs --store (${backend})`, ['ecs', '--store', '-q', ...database.args, logFile]);
  } finally {
    await database.drop();
  }
}
rmSync(work, { recursive: true, force: true });
