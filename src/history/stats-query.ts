import { type Expression, type RawBuilder, sql } from 'kysely';
import type { Backend } from '../db/backend.ts';
import type { Db } from '../db/database.ts';
import { historyDialects } from '../db/history-sql.ts';
import { highHalf, joinHalves, lowHalf } from './byte-halves.ts';
import { toNumber } from '../db/int8.ts';
import type { Instance } from '../common/session.ts';
import { type Period, type PeriodKind, periodKinds, periodStart, periodStartingAt, periodsCovering } from './periods.ts';
import { type ResolvedFilter, type SessionFilter, sessionCondition } from './session-filter.ts';
import { loadRollupPeriods, loadRollupState, loadSessionCounters } from './stats-rollup.ts';
import type { Zone } from './time-spec.ts';

export const statsGroupings = ['cn', 'day', 'week', 'month', 'instance', 'country'] as const;
export type StatsGrouping = (typeof statsGroupings)[number];

export interface StatsTotals {
  sessions: number;
  /** Distinct common names. */
  users: number;
  /** Sessions not disconnected yet. */
  active: number;
  /** Sum of the sessions' logged durations (open ones: as of their last update), in seconds. */
  duration: number;
  bytesIn: bigint;
  bytesOut: bigint;
  /** The most sessions of the group connected at one instant (see peakQuery). */
  peak: number;
}

export type StatsRow = StatsTotals &
  (
    | { grouping: 'cn'; cn: string }
    | { grouping: 'instance'; instance: Instance | null; instanceId: bigint }
    /** country null: sessions without one (private or unknown address, or logged before migration 006). */
    | { grouping: 'country'; country: string | null }
    | { grouping: PeriodKind; period: Period }
  );

/**
 * Totals per common name, instance or calendar period (a session counts in
 * the period it connected in, periods in `zone`). Sums of byte counters are
 * taken in two 32-bit halves: SQLite's sum() raises on a 64-bit overflow,
 * and the halves add up exactly on every backend. All statements read one
 * snapshot, so sessions closing meanwhile cannot make totals and peaks disagree.
 * Unfiltered UTC periods come from the rollup where `refresh-stats` has built
 * one (`rollups: false` computes them from the sessions; both give the same).
 */
export async function sessionStats(
  db: Db,
  resolved: ResolvedFilter,
  grouping: StatsGrouping,
  zone: Zone,
  options: { rollups?: boolean } = {},
): Promise<StatsRow[]> {
  return inScanSnapshot(db, resolved.backend, async (trx) => {
    if (isPeriod(grouping) && zone === 'utc' && isUnfiltered(resolved.filter) && options.rollups !== false) {
      const rows = await statsFromRollup(trx, resolved, grouping);
      if (rows !== null) return rows.filter((row) => row.sessions > 0);
    }
    const rows = await statsIn(trx, resolved, grouping, zone, null);
    return rows.filter((row) => row.sessions > 0);
  });
}

function isUnfiltered(filter: SessionFilter): boolean {
  return (
    filter.cns.length === 0 &&
    filter.cnPatterns.length === 0 &&
    filter.srcIps.length === 0 &&
    filter.vpnIps.length === 0 &&
    !filter.active &&
    filter.since === null &&
    filter.until === null &&
    filter.instance === null &&
    filter.minBytes === null &&
    filter.countries.length === 0 &&
    filter.notCountries.length === 0
  );
}

type PeriodRow = StatsRow & { grouping: PeriodKind };

/**
 * The rollup's periods, completed: the current counters of the sessions that
 * were open at the refresh, and everything from the horizon on (from the
 * first stale period, if a write reached back) computed from the sessions.
 * The period holding the horizon has connects on both sides of it: sums
 * add, peaks are the higher of the two sides, and a user counts once.
 * null: no rollup yet, or one that does not fit together.
 */
async function statsFromRollup(db: Db, resolved: ResolvedFilter, kind: PeriodKind): Promise<PeriodRow[] | null> {
  const state = await loadRollupState(db);
  if (state?.horizon == null) return null;
  const from =
    state.staleFrom !== null && state.staleFrom < state.horizon ? periodStart(kind, state.staleFrom, 'utc') : state.horizon;
  const rows = new Map<number, PeriodRow>();
  for (const stored of await loadRollupPeriods(db, kind, from)) {
    const { start, end, ...totals } = stored;
    rows.set(start, { ...totals, grouping: kind, period: periodStartingAt(kind, start, 'utc') });
  }
  for (const session of await loadSessionCounters(db, { openAtRefresh: true, before: from })) {
    const row = rows.get(periodStart(kind, session.connectTime, 'utc'));
    if (row === undefined) return null;
    row.duration += session.duration;
    row.bytesIn += session.bytesIn;
    row.bytesOut += session.bytesOut;
    if (session.open) row.active++;
  }
  for (const live of await statsIn(db, resolved, kind, 'utc', { from, to: null })) {
    if (live.grouping !== kind) continue;
    const stored = rows.get(live.period.start);
    if (stored === undefined) {
      rows.set(live.period.start, live);
      continue;
    }
    const newUsers = live.sessions === 0 ? 0 : await usersFirstSeenFrom(db, live.period, from);
    rows.set(live.period.start, {
      ...stored,
      sessions: stored.sessions + live.sessions,
      users: stored.users + newUsers,
      active: stored.active + live.active,
      duration: stored.duration + live.duration,
      bytesIn: stored.bytesIn + live.bytesIn,
      bytesOut: stored.bytesOut + live.bytesOut,
      peak: Math.max(stored.peak, live.peak),
    });
  }
  return [...rows.values()].sort((a, b) => a.period.start - b.period.start);
}

/** Common names that connect in [from, period end) and not in [period start, from). */
async function usersFirstSeenFrom(db: Db, period: Period, from: number): Promise<number> {
  const row = await db
    .selectFrom('session as l')
    .select((eb) => eb.fn.count<Int>('l.cn').distinct().as('users'))
    .where('l.connect_time', '>=', from)
    .where('l.connect_time', '<', period.end)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('session as r')
            .select(sql`1`.as('one'))
            .whereRef('r.cn', '=', 'l.cn')
            .where('r.connect_time', '>=', period.start)
            .where('r.connect_time', '<', from),
        ),
      ),
    )
    .executeTakeFirstOrThrow();
  return toNumber(row.users);
}

/**
 * Runs `work` in one read-only snapshot, so that sessions changing meanwhile cannot make its
 * statements disagree, with the session prepared for whole-table aggregates and the peak
 * sweep, which the server defaults are worst at.
 */
export function inScanSnapshot<T>(db: Db, backend: Backend, work: (trx: Db) => Promise<T>): Promise<T> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      await historyDialects[backend].prepareForScans(trx);
      return work(trx);
    });
}

/**
 * Connects and instants in [from, to): the part of history a rollup does not
 * hold (to = null), or the part a refresh adds to it. Only for unfiltered periods.
 */
export interface StatsWindow {
  from: number | null;
  to: number | null;
}

/**
 * The stats computed from the sessions. Period groupings get a row for every
 * period from the first connect (or the window's start) to the last (or
 * --until, or the window's end), sessions or not: a rollup needs the peaks of
 * periods without connects.
 */
export async function statsIn(
  db: Db,
  resolved: ResolvedFilter,
  grouping: StatsGrouping,
  zone: Zone,
  window: StatsWindow | null,
): Promise<StatsRow[]> {
  const periods = isPeriod(grouping) ? await periodsOfHistory(db, grouping, zone, resolved.filter.until, window) : [];
  if (isPeriod(grouping) && periods.length === 0) return [];
  const connectKey: Expression<unknown> = isPeriod(grouping)
    ? bucketIndex('connect_time', boundaries(periods))
    : partitionKey(resolved, grouping);
  let matches = db
    .selectFrom('session')
    .where((eb) => sessionCondition(eb, resolved))
    .select([
      sql<string | number | bigint>`${connectKey}`.as('g'),
      'cn',
      'disconnect_time',
      'duration',
      'bytes_in',
      'bytes_out',
    ]);
  if (window?.from != null) matches = matches.where('connect_time', '>=', window.from);
  if (window?.to != null) matches = matches.where('connect_time', '<', window.to);
  const totals = await db
    .selectFrom(matches.as('s'))
    .select((eb) => [
      'g',
      eb.fn.countAll<Int>().as('sessions'),
      // Per cn it is 1: the DISTINCT would only cost a sort.
      grouping === 'cn' ? sql<Int>`1`.as('users') : eb.fn.count<Int>('cn').distinct().as('users'),
      eb.fn.sum<Count>(sql`case when disconnect_time is null then 1 else 0 end`).as('active'),
      eb.fn.sum<Count>(sql`coalesce(duration, 0)`).as('duration'),
      eb.fn.sum<Count>(highHalf('bytes_in')).as('in_high'),
      eb.fn.sum<Count>(lowHalf('bytes_in')).as('in_low'),
      eb.fn.sum<Count>(highHalf('bytes_out')).as('out_high'),
      eb.fn.sum<Count>(lowHalf('bytes_out')).as('out_low'),
    ])
    .groupBy('g')
    .execute();
  const peaks = await peakQuery(db, resolved, grouping, periods, window);
  const counted = new Map(
    totals.map((row): [string, StatsTotals] => [
      String(row.g),
      {
        sessions: toNumber(row.sessions),
        users: toNumber(row.users),
        active: toNumber(row.active ?? 0),
        duration: toNumber(row.duration ?? 0),
        bytesIn: joinHalves(row.in_high, row.in_low),
        bytesOut: joinHalves(row.out_high, row.out_low),
        peak: peaks.get(String(row.g)) ?? 0,
      },
    ]),
  );
  if (isPeriod(grouping)) {
    return periods.map((period, index) => ({
      ...(counted.get(String(index)) ?? { ...emptyTotals(), peak: peaks.get(String(index)) ?? 0 }),
      grouping,
      period,
    }));
  }
  const rows = [...counted].map(([key, counts]): StatsRow => {
    if (grouping === 'cn') return { ...counts, grouping, cn: key };
    if (grouping === 'country') return { ...counts, grouping, country: key === '' ? null : key };
    return { ...counts, grouping, instanceId: BigInt(key), instance: resolved.instances.get(key) ?? null };
  });
  return rows.sort(compareRows);
}

function emptyTotals(): StatsTotals {
  return { sessions: 0, users: 0, active: 0, duration: 0, bytesIn: 0n, bytesOut: 0n, peak: 0 };
}

type Int = string | number | bigint;
/** What sum() and max() return: NULL over no rows. */
type Count = Int | null;

function groupingColumn(resolved: ResolvedFilter, column: 'cn' | 'instance_id'): Expression<unknown> {
  return historyDialects[resolved.backend].groupingColumn(column);
}

/** The key of a grouping that is not a period; sessions without a country group under ''. */
function partitionKey(resolved: ResolvedFilter, grouping: Exclude<StatsGrouping, PeriodKind>): Expression<unknown> {
  switch (grouping) {
    case 'cn':
      return groupingColumn(resolved, 'cn');
    case 'instance':
      return groupingColumn(resolved, 'instance_id');
    case 'country':
      return sql`coalesce(country, '')`;
    default:
      return grouping satisfies never;
  }
}

function isPeriod(grouping: StatsGrouping): grouping is PeriodKind {
  return (periodKinds as readonly string[]).includes(grouping);
}

/**
 * The periods from the first logged connect to the last (or --until). Taken
 * from the whole table, not the matches: without a WHERE both ends are one
 * index lookup on every backend, while a filtered min() can make a planner
 * walk the connect_time index through all of history. Periods without
 * matches cost a comparison in the CASE. A window's periods are those it
 * overlaps; the one holding its start always, for the instants it adds.
 */
async function periodsOfHistory(
  db: Db,
  kind: PeriodKind,
  zone: Zone,
  until: number | null,
  window: StatsWindow | null,
): Promise<Period[]> {
  // Two statements: SQLite answers min() from an index only when it is the only aggregate.
  const first = await db.selectFrom('session').select((eb) => eb.fn.min('connect_time').as('time')).executeTakeFirst();
  const last = await db.selectFrom('session').select((eb) => eb.fn.max('connect_time').as('time')).executeTakeFirst();
  if (first?.time === null || first?.time === undefined || last?.time === null || last?.time === undefined) return [];
  if (window === null) {
    const end = Math.min(toNumber(last.time), until ?? Number.POSITIVE_INFINITY);
    return periodsCovering(kind, toNumber(first.time), end, zone);
  }
  const start = window.from ?? toNumber(first.time);
  const end = window.to === null ? Math.max(start, toNumber(last.time)) : window.to - 1;
  return periodsCovering(kind, start, end, zone);
}

export function boundaries(periods: Period[]): number[] {
  return [...periods.map((period) => period.start), periods.at(-1)?.end ?? 0];
}

/**
 * The index of the period holding `column`: -1 before the first boundary,
 * periods.length from the last one on. A CASE nested as a binary search, so
 * each row costs log2(periods) comparisons, and the calendar (months, weeks,
 * DST days in --local) is computed once, here, identically for every backend.
 */
export function bucketIndex(column: string, bounds: number[]): RawBuilder<number> {
  const ref = sql.ref(column);
  const search = (low: number, high: number): RawBuilder<number> => {
    if (low === high) return sql<number>`${sql.lit(low - 1)}`;
    const middle = (low + high) >> 1;
    return sql<number>`case when ${ref} < ${sql.lit(bounds[middle] ?? 0)} then ${search(low, middle)} else ${search(middle + 1, high)} end`;
  };
  return search(0, bounds.length);
}

/**
 * Peak concurrency, by a sweep over connect (+1) and disconnect (-1) events
 * in window functions. Connects sort before disconnects of the same second,
 * so a session counts at both its connect and its disconnect second, the
 * rule of --at; open sessions never leave. After the last event of a
 * second, the running sum is the number connected at that instant.
 *
 * Per common name or instance: the maximum within the partition. Per period:
 * the maximum over the period's events, or what was connected when it began
 * (the sum of all earlier events), whichever is higher. Only the filtered
 * sessions take part.
 *
 * A window takes the sessions connected at some instant of [from, to) and
 * drops the events from `to` on. Their connects before `from` still count
 * into the period holding `from`, but while they add up, the running sum
 * stays at or below the number connected at `from`, itself an instant of
 * the window: the maximum is unchanged.
 */
async function peakQuery(
  db: Db,
  resolved: ResolvedFilter,
  grouping: StatsGrouping,
  periods: Period[],
  window: StatsWindow | null,
): Promise<Map<string, number>> {
  const partition: Expression<unknown> = isPeriod(grouping) ? sql.lit(0) : partitionKey(resolved, grouping);
  const group: Expression<unknown> = isPeriod(grouping) ? bucketIndex('t', boundaries(periods)) : sql.ref('p');
  const rows = await db
    .with('matches', (db) => {
      let matches = db
        .selectFrom('session')
        .where((eb) => sessionCondition(eb, resolved))
        .select([sql<string>`${partition}`.as('p'), 'connect_time', 'disconnect_time']);
      // Sessions that ended before the window are connected at none of its instants.
      const from = window?.from;
      if (from != null) matches = matches.where((eb) => eb.or([eb('disconnect_time', '>=', from), eb('disconnect_time', 'is', null)]));
      if (window?.to != null) matches = matches.where('connect_time', '<', window.to);
      return matches;
    })
    .with('events', (db) =>
      db
        .selectFrom('matches')
        .select(['p', sql<number>`connect_time`.as('t'), sql<number>`1`.as('delta')])
        .unionAll(() => {
          let disconnects = db.selectFrom('matches').where('disconnect_time', 'is not', null);
          if (window?.to != null) disconnects = disconnects.where('disconnect_time', '<', window.to);
          return disconnects.select(['p', sql<number>`disconnect_time`.as('t'), sql<number>`-1`.as('delta')]);
        }),
    )
    .with('running', (db) =>
      db
        .selectFrom('events')
        .select((eb) => [
          'p',
          't',
          'delta',
          eb.fn
            .sum<Count>('delta')
            .over((over) => over.partitionBy('p').orderBy('t').orderBy('delta', 'desc'))
            .as('n'),
        ]),
    )
    .with('grouped', (db) =>
      db.selectFrom('running').select([sql<string | number>`${group}`.as('g'), 'n', 'delta']),
    )
    .selectFrom('grouped')
    .select((eb) => ['g', eb.fn.max('n').as('peak'), eb.fn.sum<Count>('delta').as('net')])
    .groupBy('g')
    .execute();
  const peaks = new Map(rows.map((row) => [String(row.g), toNumber(row.peak ?? 0)]));
  if (!isPeriod(grouping)) return peaks;
  const nets = new Map(rows.map((row) => [String(row.g), toNumber(row.net ?? 0)]));
  let connected = nets.get('-1') ?? 0;
  for (let index = 0; index < periods.length; index++) {
    const key = String(index);
    peaks.set(key, Math.max(peaks.get(key) ?? 0, connected));
    connected += nets.get(key) ?? 0;
  }
  return peaks;
}

function compareRows(a: StatsRow, b: StatsRow): number {
  if (a.grouping === 'cn' && b.grouping === 'cn') return compareCodePoints(a.cn, b.cn);
  if (a.grouping === 'instance' && b.grouping === 'instance') {
    const x = a.instance;
    const y = b.instance;
    if (x === null || y === null) return x === y ? Number(a.instanceId - b.instanceId) : x === null ? 1 : -1;
    return compareCodePoints(x.name, y.name) || compareCodePoints(x.protocol, y.protocol) || x.port - y.port;
  }
  if (a.grouping === 'country' && b.grouping === 'country') {
    return a.country === b.country ? 0 : a.country === null ? 1 : b.country === null ? -1 : compareCodePoints(a.country, b.country);
  }
  if ('period' in a && 'period' in b) return a.period.start - b.period.start;
  return 0;
}

/** Code point order, as the databases' binary collations sort UTF-8; JavaScript's < compares UTF-16 units. */
function compareCodePoints(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
