import { type Kysely, sql } from 'kysely';
import type { Backend } from '../db/backend.ts';
import type { Database, Db } from '../db/database.ts';
import { toNullableNumber, toNumber } from '../db/int8.ts';
import type { Instance } from '../common/session.ts';
import { type Period, periodsCovering } from '../history/periods.ts';
import { type ResolvedFilter, sessionCondition } from '../history/session-filter.ts';
import { type HistorySession, listSessions } from '../history/session-query.ts';
import { type StatsRow, type StatsTotals, boundaries, bucketIndex, inScanSnapshot, statsIn } from '../history/stats-query.ts';
import type { Zone } from '../history/time-spec.ts';

/**
 * Tables and columns later migrations add (006: session.country, 007:
 * auth_event). The report reads them only after the probe found them, so it
 * runs on a database at any schema version.
 */
interface OptionalTables {
  session: { country: string | null };
  auth_event: {
    id: bigint | number | string;
    instance_id: bigint | number | string;
    event_time: bigint | number | string;
    outcome: 'success' | 'failure';
    reason: string | null;
    cn: string | null;
    user_name: string | null;
    src_ip: string | null;
    src_port: number | bigint | null;
  };
}
type ProbedDb = Kysely<Database & OptionalTables>;

export interface ReportRequest {
  resolved: ResolvedFilter;
  zone: Zone;
  /** The period shown: [since, until]; the filter's own bounds when given. */
  since: number;
  until: number;
  /** Countries (ISO alpha-2, upper case) logins are expected from; null: each user's usual country. */
  expectedCountries: string[] | null;
  /** Rows in each top-users table. */
  top: number;
  /** Open sessions listed (all are counted). */
  openLimit: number;
}

export interface DayRow {
  period: Period;
  sessions: number;
  users: number;
  peak: number;
  bytesIn: bigint;
  bytesOut: bigint;
  duration: number;
}

export interface InstanceRow {
  instance: Instance | null;
  instanceId: bigint;
  totals: StatsTotals;
}

export interface CountryRow {
  /** null: no country stored (private address, unknown, or logged before the column existed). */
  country: string | null;
  sessions: number;
  users: number;
}

export interface UnexpectedLogin {
  cn: string;
  country: string;
  logins: number;
  lastConnect: number;
  /** What the login was compared with: the expected list, or the user's usual country. */
  expected: string[];
}

export interface CountryData {
  countries: CountryRow[];
  unexpected: UnexpectedLogin[];
  /** How `unexpected` was decided. */
  rule: 'expected-list' | 'usual-country';
}

export interface AuthDay {
  period: Period;
  failures: number;
  successes: number;
}

export interface AuthSource {
  srcIp: string | null;
  failures: number;
  /** Distinct user names or common names tried. */
  names: number;
  lastTime: number;
}

export interface AuthData {
  days: AuthDay[];
  sources: AuthSource[];
  failures: number;
  successes: number;
}

export interface ReportData {
  backend: Backend;
  zone: Zone;
  since: number;
  until: number;
  /** Totals over the matching sessions, as `stats` counts them (per cn rows summed). */
  totals: StatsTotals;
  /** Every day of the period, and earlier days whose sessions reach into it. */
  days: DayRow[];
  /** The rows of `stats --by day` for the same filter: days with sessions. */
  statsDays: StatsRow[];
  topByTime: StatsRow[];
  topByTraffic: StatsRow[];
  instances: InstanceRow[];
  open: HistorySession[];
  /** null: the database has no session.country column. */
  countries: CountryData | null;
  /** null: the database has no auth_event table. */
  auth: AuthData | null;
}

/**
 * Everything the report shows, read in one snapshot with the `stats` queries
 * (so its numbers are the ones `stats` prints for the same filter), plus the
 * country and authentication sections where the schema has them.
 */
export async function gatherReport(db: Db, request: ReportRequest): Promise<ReportData> {
  const schema = await probeSchema(db);
  const { resolved, zone } = request;
  return inScanSnapshot(db, resolved.backend, async (trx) => {
    const byDay = await statsIn(trx, resolved, 'day', zone, null);
    const byCn = (await statsIn(trx, resolved, 'cn', zone, null)).filter((row) => row.sessions > 0);
    const byInstance = (await statsIn(trx, resolved, 'instance', zone, null)).filter((row) => row.sessions > 0);
    const days = await dayAxis(trx, request, byDay);
    const totals = sumTotals(byCn, byDay);
    const open: HistorySession[] = [];
    const openFilter = { ...resolved, filter: { ...resolved.filter, active: true } };
    for await (const page of listSessions(trx, openFilter, { limit: request.openLimit })) open.push(...page);
    const probed = trx as unknown as ProbedDb;
    return {
      backend: resolved.backend,
      zone,
      since: request.since,
      until: request.until,
      totals,
      days,
      statsDays: byDay.filter((row) => row.sessions > 0),
      topByTime: topBy(byCn, (row) => BigInt(row.duration), request.top),
      topByTraffic: topBy(byCn, (row) => row.bytesIn + row.bytesOut, request.top),
      instances: instanceRows(resolved, byInstance),
      open,
      countries: schema.country ? await countryData(probed, request) : null,
      auth: schema.authEvent ? await authData(probed, request) : null,
    };
  });
}

/**
 * One look at the catalog: whether migration 006's column and 007's table
 * exist. Kysely's introspection knows each backend's catalog, so no dialect
 * SQL is needed here, and no failed statement can abort a transaction.
 */
async function probeSchema(db: Db): Promise<{ country: boolean; authEvent: boolean }> {
  const tables = await db.introspection.getTables();
  const session = tables.find((table) => table.name === 'session');
  return {
    country: session?.columns.some((column) => column.name === 'country') ?? false,
    authEvent: tables.some((table) => table.name === 'auth_event'),
  };
}

function sumTotals(byCn: StatsRow[], byDay: StatsRow[]): StatsTotals {
  const totals: StatsTotals = { sessions: 0, users: byCn.length, active: 0, duration: 0, bytesIn: 0n, bytesOut: 0n, peak: 0 };
  for (const row of byCn) {
    totals.sessions += row.sessions;
    totals.active += row.active;
    totals.duration += row.duration;
    totals.bytesIn += row.bytesIn;
    totals.bytesOut += row.bytesOut;
  }
  // Each instant lies in one day, and a day's peak includes those connected when it began.
  for (const row of byDay) totals.peak = Math.max(totals.peak, row.peak);
  return totals;
}

/**
 * The days to draw: each day of [since, until], and any earlier day in which
 * matching sessions connected. `stats --by day` ends with the last connect;
 * after it nobody connects, so a later day's peak is the number connected
 * when it begins, counted here.
 */
async function dayAxis(db: Db, request: ReportRequest, byDay: StatsRow[]): Promise<DayRow[]> {
  const counted = new Map<number, StatsRow>();
  for (const row of byDay) if ('period' in row) counted.set(row.period.start, row);
  const firstWithSessions = byDay.find((row) => row.sessions > 0);
  const from = Math.min(request.since, firstWithSessions && 'period' in firstWithSessions ? firstWithSessions.period.start : request.since);
  const lastCounted = byDay.at(-1);
  const countedUntil = lastCounted && 'period' in lastCounted ? lastCounted.period.end : Number.NEGATIVE_INFINITY;
  const rows: DayRow[] = [];
  for (const period of periodsCovering('day', from, request.until, request.zone)) {
    const row = counted.get(period.start);
    if (row !== undefined) {
      rows.push({ period, ...pickDay(row) });
      continue;
    }
    const peak = period.start >= countedUntil && byDay.length > 0 ? await connectedAt(db, request.resolved, period.start) : 0;
    rows.push({ period, sessions: 0, users: 0, peak, bytesIn: 0n, bytesOut: 0n, duration: 0 });
  }
  return rows;
}

function pickDay(row: StatsRow): Omit<DayRow, 'period'> {
  return { sessions: row.sessions, users: row.users, peak: row.peak, bytesIn: row.bytesIn, bytesOut: row.bytesOut, duration: row.duration };
}

/** Matching sessions connected at an instant, by the rule of --at. */
async function connectedAt(db: Db, resolved: ResolvedFilter, at: number): Promise<number> {
  const row = await db
    .selectFrom('session')
    .select((eb) => eb.fn.countAll<string | number | bigint>().as('n'))
    .where((eb) => sessionCondition(eb, resolved))
    .where('connect_time', '<=', at)
    .where((eb) => eb.or([eb('disconnect_time', '>=', at), eb('disconnect_time', 'is', null)]))
    .executeTakeFirstOrThrow();
  return toNumber(row.n);
}

function topBy(rows: StatsRow[], key: (row: StatsRow) => bigint, count: number): StatsRow[] {
  return rows
    .filter((row) => key(row) > 0n)
    .sort((a, b) => {
      const difference = key(b) - key(a);
      return difference > 0n ? 1 : difference < 0n ? -1 : 0;
    })
    .slice(0, count);
}

/** Every instance the filter admits, with its totals (zero when none of its sessions match). */
function instanceRows(resolved: ResolvedFilter, byInstance: StatsRow[]): InstanceRow[] {
  const rows = new Map<string, InstanceRow>();
  const admitted = resolved.instanceIds === null ? null : new Set(resolved.instanceIds.map(String));
  for (const [id, instance] of resolved.instances) {
    if (admitted !== null && !admitted.has(id)) continue;
    rows.set(id, { instance, instanceId: BigInt(id), totals: emptyTotals() });
  }
  for (const row of byInstance) {
    if (row.grouping !== 'instance') continue;
    const { grouping: _grouping, instance, instanceId, ...totals } = row;
    rows.set(String(instanceId), { instance, instanceId, totals });
  }
  return [...rows.values()].sort((a, b) => instanceOrder(a.instance, b.instance));
}

/** By name, protocol and port, as `stats --by instance` lists them; a deleted instance last. */
function instanceOrder(a: Instance | null, b: Instance | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const text = (x: string, y: string) => Buffer.compare(Buffer.from(x, 'utf8'), Buffer.from(y, 'utf8'));
  return text(a.name, b.name) || text(a.protocol, b.protocol) || a.port - b.port;
}

function emptyTotals(): StatsTotals {
  return { sessions: 0, users: 0, active: 0, duration: 0, bytesIn: 0n, bytesOut: 0n, peak: 0 };
}

type Int = string | number | bigint;

async function countryData(db: ProbedDb, request: ReportRequest): Promise<CountryData> {
  const { resolved } = request;
  const matching = db.selectFrom('session').where((eb) => sessionCondition(eb as never, resolved));
  const countries = await matching
    .select((eb) => ['country', eb.fn.countAll<Int>().as('sessions'), eb.fn.count<Int>('cn').distinct().as('users')])
    .groupBy('country')
    .execute();
  const perUser = await matching
    .where('country', 'is not', null)
    .select((eb) => ['cn', 'country', eb.fn.countAll<Int>().as('logins'), eb.fn.max('connect_time').as('last')])
    .groupBy(['cn', 'country'])
    .execute();
  const rows: CountryRow[] = countries
    .map((row) => ({ country: row.country, sessions: toNumber(row.sessions), users: toNumber(row.users) }))
    .sort((a, b) => b.sessions - a.sessions || (a.country ?? '~').localeCompare(b.country ?? '~'));
  const logins = perUser.map((row) => ({
    cn: row.cn,
    country: row.country ?? '',
    logins: toNumber(row.logins),
    lastConnect: toNumber(row.last),
  }));
  const expected = request.expectedCountries;
  const unexpected = expected === null ? awayFromUsual(logins) : logins.filter((login) => !expected.includes(login.country)).map((login) => ({ ...login, expected }));
  unexpected.sort((a, b) => b.lastConnect - a.lastConnect || a.cn.localeCompare(b.cn));
  return { countries: rows, unexpected, rule: expected === null ? 'usual-country' : 'expected-list' };
}

/**
 * Without a list of expected countries, a user's usual country is the one
 * most of their logins of the period came from; logins from elsewhere are
 * unexpected. A user seen in one country only has nothing unexpected.
 */
function awayFromUsual(logins: Omit<UnexpectedLogin, 'expected'>[]): UnexpectedLogin[] {
  const byUser = new Map<string, Omit<UnexpectedLogin, 'expected'>[]>();
  for (const login of logins) byUser.set(login.cn, [...(byUser.get(login.cn) ?? []), login]);
  const unexpected: UnexpectedLogin[] = [];
  for (const countries of byUser.values()) {
    if (countries.length < 2) continue;
    const usual = countries.reduce((best, login) =>
      login.logins > best.logins || (login.logins === best.logins && login.country < best.country) ? login : best,
    );
    for (const login of countries) if (login !== usual) unexpected.push({ ...login, expected: [usual.country] });
  }
  return unexpected;
}

/**
 * Authentication events of the period, per day of `zone` (the same calendar
 * and bucketing as stats), and the sources with the most failures. Session
 * filters other than the period and the instance do not apply to them.
 */
async function authData(db: ProbedDb, request: ReportRequest): Promise<AuthData> {
  const periods = periodsCovering('day', request.since, request.until, request.zone);
  const start = periods[0]?.start ?? request.since;
  const end = periods.at(-1)?.end ?? request.until + 1;
  const ids = request.resolved.instanceIds;
  const events = db
    .selectFrom('auth_event')
    .where('event_time', '>=', start)
    .where('event_time', '<', end)
    .$if(ids !== null, (query) => query.where((eb) => (ids !== null && ids.length > 0 ? eb('instance_id', 'in', ids) : eb.or([]))));
  const perDay = await events
    .select((eb) => [sql<Int>`${bucketIndex('event_time', boundaries(periods))}`.as('g'), 'outcome', eb.fn.countAll<Int>().as('n')])
    .groupBy(['g', 'outcome'])
    .execute();
  const days: AuthDay[] = periods.map((period) => ({ period, failures: 0, successes: 0 }));
  let failures = 0;
  let successes = 0;
  for (const row of perDay) {
    const day = days[toNumber(row.g)];
    const n = toNumber(row.n);
    if (day === undefined) continue;
    if (row.outcome === 'failure') {
      day.failures += n;
      failures += n;
    } else {
      day.successes += n;
      successes += n;
    }
  }
  const sources = await events
    .where('outcome', '=', 'failure')
    .select((eb) => [
      'src_ip',
      eb.fn.countAll<Int>().as('failures'),
      eb.fn.count<Int>(sql`coalesce(user_name, cn)`).distinct().as('names'),
      eb.fn.max('event_time').as('last'),
    ])
    .groupBy('src_ip')
    .orderBy('failures', 'desc')
    .orderBy('src_ip')
    .limit(request.top)
    .execute();
  return {
    days,
    failures,
    successes,
    sources: sources.map((row) => ({
      srcIp: row.src_ip,
      failures: toNumber(row.failures),
      names: toNumber(row.names),
      lastTime: toNullableNumber(row.last) ?? 0,
    })),
  };
}
