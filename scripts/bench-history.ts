// Benchmark of the history queries and the HTML report: builds a session table of realistic shape
// (1 000 000 sessions over two years by default) on each backend of the test
// servers, then times each query with a warm cache, in process (no Node
// start-up), as the CLI runs it: filter resolution, query, rows to JSON.
//
//   npm run bench:history -- [sqlite] [postgres] [mysql] [--sessions N] [--runs N] [--keep]
//
// --keep leaves the databases in place (and says where) for EXPLAIN.
// Then it builds the stats rollup (refresh-stats) as of a week ago and as of
// now, timing each refresh and the unfiltered stats that read it.
//
// Not a test: figures depend on the machine. Record them in docs/performance.md.
import { Writable } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { Migrator, sql } from 'kysely';
import { migrations } from '../migrations/index.ts';
import { listingWriter } from '../src/cli/format/listing.ts';
import { Output } from '../src/cli/format/output.ts';
import { reportPage } from '../src/cli/format/report-page.ts';
import { sessionListing } from '../src/cli/format/session-listing.ts';
import { statsListing } from '../src/cli/format/stats-listing.ts';
import { parseSessionFilter, type RawSessionFilter, resolveSessionFilter } from '../src/history/session-filter.ts';
import { listSessions } from '../src/history/session-query.ts';
import { refreshStatsRollup } from '../src/history/refresh-rollup.ts';
import { sessionStats, type StatsGrouping } from '../src/history/stats-query.ts';
import { gatherReport } from '../src/report/report-data.ts';
import { type Backend, backends } from '../src/db/backend.ts';
import { type DatabaseHandle, openDatabase } from '../src/db/open-database.ts';
import { createTestDatabase } from '../test/helpers/test-database.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(name);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const sessionCount = option('--sessions', 1_000_000);
const runs = option('--runs', 7);
const chosen = backends.filter((backend) => args.includes(backend));
const selected: readonly Backend[] = chosen.length > 0 ? chosen : backends;

const DAY = 86400;
const USERS = 2000;
const now = Math.floor(Date.now() / 1000 / 3600) * 3600;
const yesterday1403 = Math.floor(now / DAY) * DAY - DAY + 14 * 3600 + 3 * 60;
const oneYearAgo = now - 365 * DAY;

interface Query {
  title: string;
  run: (handle: DatabaseHandle) => Promise<number>;
}

const queries: Query[] = [
  listing('sessions --cn user0042 --limit 20', { cn: ['user0042'] }, 20),
  listing('sessions --at <yesterday 14:03>', { at: String(yesterday1403) }, 100),
  listing('sessions --at <one year ago>', { at: String(oneYearAgo) }, 100),
  listing('sessions --active', { active: true }, 100),
  listing('sessions (newest 100)', {}, 100),
  listing('sessions --ip 198.51.100.0/24 --limit 20', { ip: ['198.51.100.0/24'] }, 20),
  stats('stats --by month (no rollup)', {}, 'month', false),
  stats('stats --by day --since -30d', { since: '-30d' }, 'day'),
  stats('stats --by cn --since -30d', { since: '-30d' }, 'cn'),
  stats('stats --by month --cn user0042', { cn: ['user0042'] }, 'month'),
  report('report --html (last 30 days)', {}),
  report('report --html --cn-like user00%', { cnLike: ['user00%'] }),
];

/** The whole report but the file write: filter, every query, the HTML string. Rows: the page's size in KiB. */
function report(title: string, raw: RawSessionFilter): Query {
  return {
    title,
    async run(handle) {
      const since = now - 30 * DAY;
      const filter = parseSessionFilter({ ...raw, since: String(since), until: String(now) }, { now, zone: 'utc' });
      const resolved = await resolveSessionFilter(handle.db, handle.backend, filter);
      const data = await gatherReport(handle.db, { resolved, zone: 'utc', since, until: now, expectedCountries: null, top: 15, openLimit: 200 });
      const html = reportPage(data, { generatedAt: now, version: 'bench', filterText: [] });
      return Math.round(html.length / 1024);
    },
  };
}

function listing(title: string, raw: RawSessionFilter, limit: number): Query {
  return {
    title,
    async run(handle) {
      const resolved = await resolveSessionFilter(handle.db, handle.backend, parseSessionFilter(raw, { now, zone: 'utc' }));
      const writer = listingWriter('json', sessionListing('utc'), new Output(discard()), { color: false });
      let rows = 0;
      for await (const page of listSessions(handle.db, resolved, { limit })) {
        rows += page.length;
        await writer.add(page);
      }
      await writer.end();
      return rows;
    },
  };
}

/** Unfiltered stats over all history, which read the rollup once one is built. */
const rollupQueries: Query[] = [
  stats('stats --by month', {}, 'month'),
  stats('stats --by week', {}, 'week'),
  stats('stats --by day', {}, 'day'),
];

function stats(title: string, raw: RawSessionFilter, grouping: StatsGrouping, rollups = true): Query {
  return {
    title,
    async run(handle) {
      const resolved = await resolveSessionFilter(handle.db, handle.backend, parseSessionFilter(raw, { now, zone: 'utc' }));
      const rows = await sessionStats(handle.db, resolved, grouping, 'utc', { rollups });
      const writer = listingWriter('json', statsListing(grouping, 'utc'), new Output(discard()), { color: false });
      await writer.add(rows);
      await writer.end();
      return rows.length;
    },
  };
}

function discard(): Writable {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}

/** mulberry32: the same sessions on every backend and every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Connect times uniform over two years, in id order as a live server logs
 * them; lengths mostly an hour or a working day, a few for days; sessions
 * still running at `now` are open.
 */
function* sessionRows(count: number) {
  const next = random(42);
  const span = 730 * DAY;
  const connects = Array.from({ length: count }, () => now - Math.floor(next() * span)).sort((a, b) => a - b);
  const exp = (mean: number) => Math.floor(-Math.log(1 - next()) * mean);
  for (let i = 0; i < count; i++) {
    const connect = connects[i] ?? now;
    const kind = next();
    const length = kind < 0.7 ? exp(3600) : kind < 0.95 ? exp(6 * 3600) : DAY + Math.floor(next() * 6 * DAY);
    const open = connect + length > now;
    const user = Math.floor(next() ** 2 * USERS);
    const net = ['203.0.113', '198.51.100', '192.0.2'][i % 3];
    yield {
      instance_id: 1,
      connect_time: connect,
      src_ip: `${net}.${1 + Math.floor(next() * 254)}`,
      src_port: 1024 + (i % 60000),
      cn: `user${String(user).padStart(4, '0')}`,
      vpn_ip4: `10.8.${Math.floor(i / 250) % 256}.${2 + (i % 250)}`,
      vpn_ip6: null,
      disconnect_time: open ? null : connect + length,
      duration: open ? null : length,
      bytes_in: open ? null : BigInt(Math.floor(length * next() * 40_000)),
      bytes_out: open ? null : BigInt(Math.floor(length * next() * 8_000)),
    };
  }
}

async function seed(handle: DatabaseHandle): Promise<void> {
  const migrator = new Migrator({ db: handle.db, provider: { getMigrations: async () => migrations(handle.backend) } });
  await migrator.migrateTo('002-session-end-reason');
  await handle.db.insertInto('instance').values({ name: 'bench', protocol: 'udp', port: 1194 }).execute();
  const started = performance.now();
  let batch = [];
  for (const row of sessionRows(sessionCount)) {
    batch.push(row);
    if (batch.length === 1000) {
      await handle.db.insertInto('session').values(batch).execute();
      batch = [];
    }
  }
  if (batch.length > 0) await handle.db.insertInto('session').values(batch).execute();
  const inserted = performance.now();
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
  const indexed = performance.now();
  console.log(
    `  ${sessionCount} sessions inserted in ${seconds(inserted - started)}, migration 003 (indexes) took ${seconds(indexed - inserted)}`,
  );
  // What autovacuum / InnoDB's persistent statistics do on a live server; SQLite has no automatic ANALYZE.
  if (handle.backend === 'postgres') await sql`vacuum analyze session`.execute(handle.db);
  if (handle.backend === 'mysql') await sql`analyze table session`.execute(handle.db);
}

async function time(handle: DatabaseHandle, query: Query): Promise<void> {
  let rows = await query.run(handle);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    rows = await query.run(handle);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const ms = (value: number | undefined) => `${(value ?? 0).toFixed(1)} ms`.padStart(9);
  console.log(`  ${query.title.padEnd(44)} ${String(rows).padStart(5)} ${ms(times[Math.floor(times.length / 2)])} ${ms(times[0])}`);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

for (const backend of selected) {
  const database = await createTestDatabase(backend);
  if (!database) continue;
  const handle = await openDatabase({ ...database.connection, timeoutSeconds: 600 }, { create: true });
  try {
    console.log(`${backend}:`);
    await seed(handle);
    console.log(`  ${'query'.padEnd(44)} ${'rows'.padStart(5)} ${'median'.padStart(9)} ${'min'.padStart(9)}`);
    for (const query of queries) await time(handle, query);
    for (const [label, at] of [['a week ago', now - 7 * DAY], ['now', now]] as const) {
      const started = performance.now();
      const refresh = await refreshStatsRollup(handle, { now: at, rebuild: false });
      const computed = `${refresh.computed.day} days, ${refresh.computed.week} weeks, ${refresh.computed.month} months computed`;
      console.log(`  refresh-stats as of ${label}: ${seconds(performance.now() - started)} (${computed})`);
      for (const query of rollupQueries) await time(handle, { ...query, title: `${query.title} (rollup as of ${label})` });
    }
  } finally {
    await handle.db.destroy();
    if (args.includes('--keep')) console.log(`  kept: ${database.url}`);
    else await database.drop();
  }
}
