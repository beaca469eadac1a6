import { type Expression, type RawBuilder, sql } from 'kysely';
import type { Backend } from '../../db/backend.ts';
import type { Db } from '../../db/database.ts';
import { toBigInt, toNumber } from '../../db/int8.ts';
import type { Instance } from '../session.ts';
import { type Period, type PeriodKind, periodKinds, periodsCovering } from './periods.ts';
import { type ResolvedFilter, sessionCondition } from './session-filter.ts';
import type { Zone } from './time-spec.ts';

export const statsGroupings = ['cn', 'day', 'week', 'month', 'instance'] as const;
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
    | { grouping: PeriodKind; period: Period }
  );

/**
 * Totals per common name, instance or calendar period (a session counts in
 * the period it connected in, periods in `zone`). Sums of byte counters are
 * taken in two 32-bit halves: SQLite's sum() raises on a 64-bit overflow,
 * and the halves add up exactly on every backend. All statements read one
 * snapshot, so sessions closing meanwhile cannot make totals and peaks disagree.
 */
export async function sessionStats(
  db: Db,
  resolved: ResolvedFilter,
  grouping: StatsGrouping,
  zone: Zone,
): Promise<StatsRow[]> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      await prepareForScans(trx, resolved.backend);
      return statsIn(trx, resolved, grouping, zone);
    });
}

/**
 * Whole-table aggregates and the peak sweep (two sorted rows per session)
 * are what the server defaults are worst at. PostgreSQL's JIT spends longer
 * compiling the period CASE than running it (`--by day --since -30d` over 1M
 * sessions: 1.3 s compiling, 0.2 s running); MariaDB's 16 MB temporary tables
 * and 2 MB sort buffer send the sweep of 1M sessions to disk (18 s against
 * 4 s). The settings last only as long as this transaction or connection.
 */
async function prepareForScans(db: Db, backend: Backend): Promise<void> {
  switch (backend) {
    case 'postgres':
      await sql`set local jit = off`.execute(db);
      return;
    case 'mysql':
      await sql`set session tmp_table_size = 268435456, max_heap_table_size = 268435456, sort_buffer_size = 67108864`.execute(db);
      return;
    case 'sqlite':
      return;
    default:
      return backend satisfies never;
  }
}

async function statsIn(db: Db, resolved: ResolvedFilter, grouping: StatsGrouping, zone: Zone): Promise<StatsRow[]> {
  const periods = isPeriod(grouping) ? await periodsOfHistory(db, grouping, zone, resolved.filter.until) : [];
  if (isPeriod(grouping) && periods.length === 0) return [];
  const connectKey: Expression<unknown> =
    grouping === 'cn'
      ? groupingColumn(resolved, 'cn')
      : grouping === 'instance'
        ? groupingColumn(resolved, 'instance_id')
        : bucketIndex('connect_time', boundaries(periods));
  const matches = db
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
  const totals = await db
    .selectFrom(matches.as('s'))
    .select((eb) => [
      'g',
      eb.fn.countAll<Int>().as('sessions'),
      // Per cn it is 1: the DISTINCT would only cost a sort.
      grouping === 'cn' ? sql<Int>`1`.as('users') : eb.fn.count<Int>('cn').distinct().as('users'),
      eb.fn.sum<Count>(sql`case when disconnect_time is null then 1 else 0 end`).as('active'),
      eb.fn.sum<Count>(sql`coalesce(duration, 0)`).as('duration'),
      eb.fn.sum<Count>(sql`bytes_in >> 32`).as('in_high'),
      eb.fn.sum<Count>(sql`bytes_in & 4294967295`).as('in_low'),
      eb.fn.sum<Count>(sql`bytes_out >> 32`).as('out_high'),
      eb.fn.sum<Count>(sql`bytes_out & 4294967295`).as('out_low'),
    ])
    .groupBy('g')
    .execute();
  const peaks = await peakQuery(db, resolved, grouping, periods);
  const rows = totals.map((row): StatsRow => {
    const key = String(row.g);
    const counts: StatsTotals = {
      sessions: toNumber(row.sessions),
      users: toNumber(row.users),
      active: toNumber(row.active ?? 0),
      duration: toNumber(row.duration ?? 0),
      bytesIn: joinHalves(row.in_high, row.in_low),
      bytesOut: joinHalves(row.out_high, row.out_low),
      peak: peaks.get(key) ?? 0,
    };
    if (grouping === 'cn') return { ...counts, grouping, cn: key };
    if (grouping === 'instance') {
      return { ...counts, grouping, instanceId: BigInt(key), instance: resolved.instances.get(key) ?? null };
    }
    const period = periods[Number(key)];
    if (period === undefined) throw new Error(`stats: connect time outside the periods (bucket ${key})`);
    return { ...counts, grouping, period };
  });
  return rows.sort(compareRows);
}

type Int = string | number | bigint;
/** What sum() and max() return: NULL over no rows. */
type Count = Int | null;

function joinHalves(high: Count, low: Count): bigint {
  return (toBigInt(high ?? 0) << 32n) + toBigInt(low ?? 0);
}

/**
 * A column to group or partition by. On SQLite it gets a unary plus: given
 * an index that starts with the column (cn), SQLite without statistics reads
 * the whole table in that index's order to skip the sort, a random row
 * access per session, instead of using the filter's index and sorting the few
 * matches.
 */
function groupingColumn(resolved: ResolvedFilter, column: 'cn' | 'instance_id'): Expression<unknown> {
  return resolved.backend === 'sqlite' ? sql`+${sql.ref(column)}` : sql.ref(column);
}

function isPeriod(grouping: StatsGrouping): grouping is PeriodKind {
  return (periodKinds as readonly string[]).includes(grouping);
}

/**
 * The periods from the first logged connect to the last (or --until). Taken
 * from the whole table, not the matches: without a WHERE both ends are one
 * index lookup on every backend, while a filtered min() can make a planner
 * walk the connect_time index through all of history. Periods without
 * matches cost a comparison in the CASE, and produce no row.
 */
async function periodsOfHistory(db: Db, kind: PeriodKind, zone: Zone, until: number | null): Promise<Period[]> {
  // Two statements: SQLite answers min() from an index only when it is the only aggregate.
  const first = await db.selectFrom('session').select((eb) => eb.fn.min('connect_time').as('time')).executeTakeFirst();
  const last = await db.selectFrom('session').select((eb) => eb.fn.max('connect_time').as('time')).executeTakeFirst();
  if (first?.time === null || first?.time === undefined || last?.time === null || last?.time === undefined) return [];
  const end = Math.min(toNumber(last.time), until ?? Number.POSITIVE_INFINITY);
  return periodsCovering(kind, toNumber(first.time), end, zone);
}

function boundaries(periods: Period[]): number[] {
  return [...periods.map((period) => period.start), periods.at(-1)?.end ?? 0];
}

/**
 * The index of the period holding `column`: -1 before the first boundary,
 * periods.length from the last one on. A CASE nested as a binary search, so
 * each row costs log2(periods) comparisons, and the calendar (months, weeks,
 * DST days in --local) is computed once, here, identically for every backend.
 */
function bucketIndex(column: string, bounds: number[]): RawBuilder<number> {
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
 */
async function peakQuery(
  db: Db,
  resolved: ResolvedFilter,
  grouping: StatsGrouping,
  periods: Period[],
): Promise<Map<string, number>> {
  const partition: Expression<unknown> =
    grouping === 'cn'
      ? groupingColumn(resolved, 'cn')
      : grouping === 'instance'
        ? groupingColumn(resolved, 'instance_id')
        : sql.lit(0);
  const group: Expression<unknown> = isPeriod(grouping) ? bucketIndex('t', boundaries(periods)) : sql.ref('p');
  const rows = await db
    .with('matches', (db) =>
      db
        .selectFrom('session')
        .where((eb) => sessionCondition(eb, resolved))
        .select([sql<string>`${partition}`.as('p'), 'connect_time', 'disconnect_time']),
    )
    .with('events', (db) =>
      db
        .selectFrom('matches')
        .select(['p', sql<number>`connect_time`.as('t'), sql<number>`1`.as('delta')])
        .unionAll(
          db
            .selectFrom('matches')
            .where('disconnect_time', 'is not', null)
            .select(['p', sql<number>`disconnect_time`.as('t'), sql<number>`-1`.as('delta')]),
        ),
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
  if ('period' in a && 'period' in b) return a.period.start - b.period.start;
  return 0;
}

/** Code point order, as the databases' binary collations sort UTF-8; JavaScript's < compares UTF-16 units. */
function compareCodePoints(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
