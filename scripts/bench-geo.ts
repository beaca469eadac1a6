// npm run bench:geo — what the country lookup adds to a client-connect (target: under 3 ms).
//
//   npm run bench:geo -- [--runs N] [--callgrind] [--callgrind-runs N]
//
// 1. In one process, the per-hook work alone: open the embedded database, look
//    one address up, close it; beside the way of reading the whole file into
//    maxmind's Reader (what an earlier version did at every hook).
// 2. hyperfine: the synchronous SQLite hook with a public source address, with
//    --no-geoip and with the lookup (IPv4, IPv6); the difference is the cost.
//    2b. the same pairs run alternately: the mean paired difference and its 95 % interval.
// 3. --callgrind: instructions of the same hook runs under valgrind (independent of the machine's load).
// Figures, not assertions: record them in docs/performance.md with the load printed here.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import maxmind from 'maxmind';
import { CountryLookup } from '../src/geo/country-lookup.ts';
import { embeddedGeoipPath } from '../src/geo/embedded.ts';
import { countryOfRecord } from '../src/geo/mmdb-country.ts';
import { binPath } from '../test/helpers/run-bin.ts';

const args = process.argv.slice(2);
const runsIndex = args.indexOf('--runs');
const runs = runsIndex >= 0 ? Number(args[runsIndex + 1]) : 30;
const path = embeddedGeoipPath();
const work = mkdtempSync(join(tmpdir(), 'odl-bench-geo-'));
const callgrindIndex = args.indexOf('--callgrind-runs');
const CALLGRIND_RUNS = callgrindIndex >= 0 ? Number(args[callgrindIndex + 1]) : 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const load = () => `load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;

function timeLoop(name: string, iterations: number, work: (i: number) => unknown): void {
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = process.hrtime.bigint();
    work(i);
    samples.push(Number(process.hrtime.bigint() - started) / 1e3);
  }
  samples.sort((a, b) => a - b);
  const median = samples[samples.length >> 1]!;
  const best = samples[0]!;
  console.log(`${name.padEnd(58)} median ${median.toFixed(0).padStart(6)} µs  best ${best.toFixed(0).padStart(6)} µs`);
}

const addresses = ['193.166.3.1', '8.8.8.8', '2001:708::1', '81.201.1.1', '2a00:1450:4001::1'];
console.log(`\n1. one lookup as a hook does it (${load()})`);
timeLoop('open + pread the path + close (this version)', 300, (i) => {
  const lookup = new CountryLookup(path, (message) => {
    throw new Error(message);
  });
  lookup.country(addresses[i % addresses.length]!);
  lookup.close();
});
timeLoop('readFileSync + maxmind.Reader + get (the whole file)', 60, (i) =>
  countryOfRecord(new maxmind.Reader(readFileSync(path)).get(addresses[i % addresses.length]!)),
);

try {
  const db = join(work, 'bench.db');
  const migrated = spawnSync(binPath, ['migrate', '-d', db], { encoding: 'utf8' });
  if (migrated.status !== 0) throw new Error(`migrate: ${migrated.stderr}`);
  const hook = (ip: string, extra: string[]) =>
    [
      'env', '-i', 'script_type=client-connect', 'time_unix=1790000000', `trusted_${ip.includes(':') ? 'ip6' : 'ip'}=${ip}`,
      'trusted_port=40001', 'common_name=bench', binPath, '-d', db, ...extra,
    ];
  // Pairs: the same source address without and with the lookup (IPv6 sources cost the hook more either way).
  const cases: [string, string[]][] = [
    ['sqlite, 193.166.3.1, --no-geoip', hook('193.166.3.1', ['--no-geoip'])],
    ['sqlite, 193.166.3.1, country lookup', hook('193.166.3.1', [])],
    ['sqlite, 2001:708::1, --no-geoip', hook('2001:708::1', ['--no-geoip'])],
    ['sqlite, 2001:708::1, country lookup', hook('2001:708::1', [])],
  ];
  const baseOf = (i: number) => i - (i % 2);
  for (const [name, command] of cases) {
    const once = spawnSync(command[0]!, command.slice(1), { encoding: 'utf8' });
    if (once.status !== 0 || once.stderr !== '') throw new Error(`${name}: ${once.stderr}`);
  }

  console.log(`\n2. the hook process, ${runs} runs each with hyperfine (${load()})`);
  const exportFile = join(work, 'hyperfine.json');
  const quoted = (command: string[]) => command.map((word) => `'${word.replaceAll("'", `'\\''`)}'`).join(' ');
  const result = spawnSync(
    'hyperfine',
    ['-N', '--warmup', '3', '--runs', String(runs), '--export-json', exportFile, ...cases.flatMap(([name, command]) => ['-n', name, quoted(command)])],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (result.status !== 0) throw new Error('hyperfine failed (is it installed?)');
  const { results } = JSON.parse(readFileSync(exportFile, 'utf8')) as { results: { mean: number; median: number; min: number }[] };
  cases.forEach(([name], i) => {
    const r = results[i]!;
    const base = results[baseOf(i)]!;
    const added = i % 2 === 0 ? '' : `  adds ${((r.median - base.median) * 1000).toFixed(2)} ms (median), ${((r.min - base.min) * 1000).toFixed(2)} ms (best)`;
    console.log(`${name.padEnd(48)} median ${(r.median * 1000).toFixed(1)} ms  best ${(r.min * 1000).toFixed(1)} ms${added}`);
  });
  console.log(`(${load()})`);

  // hyperfine runs all of one command, then all of the next: a load that drifts
  // during the run lands on one side. Alternating the two in pairs (the order
  // swapped every pair) lets the drift fall on both, and the mean of the paired
  // differences with its 95 % interval says whether the lookup's cost is under 3 ms.
  console.log(`\n2b. the same pairs alternated, ${runs} pairs each (${load()})`);
  const wallMs = (command: string[]) => {
    const started = process.hrtime.bigint();
    const run = spawnSync(command[0]!, command.slice(1), { stdio: 'ignore' });
    if (run.status !== 0) throw new Error(`${command.join(' ')} exited ${run.status}`);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  for (let i = 0; i < cases.length; i += 2) {
    const [[, without], [name, withLookup]] = [cases[i]!, cases[i + 1]!];
    const differences = Array.from({ length: runs }, (_, pair) => {
      if (pair % 2 === 0) {
        const base = wallMs(without);
        return wallMs(withLookup) - base;
      }
      const looked = wallMs(withLookup);
      return looked - wallMs(without);
    });
    const mean = differences.reduce((sum, d) => sum + d, 0) / runs;
    const sd = Math.sqrt(differences.reduce((sum, d) => sum + (d - mean) ** 2, 0) / (runs - 1));
    const margin = (1.96 * sd) / Math.sqrt(runs);
    console.log(
      `${name.padEnd(48)} adds ${mean.toFixed(2)} ms ± ${margin.toFixed(2)} (95 %), median of the differences ${median(differences).toFixed(2)} ms`,
    );
  }
  console.log(`(${load()})`);

  if (args.includes('--callgrind')) {
    console.log(`\n3. instructions under valgrind --tool=callgrind (median of ${CALLGRIND_RUNS} runs each; single runs vary by a few %)`);
    const counts = cases.map(([name, command]) => median(Array.from({ length: CALLGRIND_RUNS }, () => {
      const run = spawnSync(
        command[0]!,
        [...command.slice(1, 7), 'valgrind', '--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...command.slice(7)],
        { encoding: 'utf8' },
      );
      const match = /Collected : (\d+)/.exec(run.stderr);
      if (!match) throw new Error(`${name}: no callgrind total in ${run.stderr.slice(-400)}`);
      return Number(match[1]);
    })));
    cases.forEach(([name], i) => {
      const base = counts[baseOf(i)]!;
      const added = i % 2 === 0 ? '' : `  adds ${((counts[i]! - base) / 1e6).toFixed(1)} M (${(((counts[i]! - base) / base) * 100).toFixed(1)} %)`;
      console.log(`${name.padEnd(48)} ${(counts[i]! / 1e6).toFixed(1).padStart(8)} M instructions${added}`);
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
