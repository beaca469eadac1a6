import { type ExpressionBuilder, type Expression, type SqlBool, sql } from 'kysely';
import { UserError, showValue } from '../common/errors.ts';
import { type IpNetwork, ipv4Patterns, ipv6TextPrefix, isHost, networkContains, parseIpNetwork } from '../common/ip.ts';
import type { Database, Db } from '../db/database.ts';
import { toNumber, toNullableNumber } from '../db/int8.ts';
import { type TimeContext, parseTimeSpec } from './time-spec.ts';

export interface RawAuthEventFilter {
  cn?: string[];
  ip?: string[];
  since?: string;
  until?: string;
  outcome?: string;
  instance?: string;
}

export interface AuthEventFilter {
  /** Matches the common name or the user name. */
  names: string[];
  srcIps: IpNetwork[];
  since: number | null;
  until: number | null;
  outcome: 'success' | 'failure' | null;
  instance: string | null;
}

export function parseAuthEventFilter(raw: RawAuthEventFilter, context: TimeContext): AuthEventFilter {
  const outcome = raw.outcome ?? null;
  if (outcome !== null && outcome !== 'success' && outcome !== 'failure') {
    throw new UserError(`invalid --outcome ${showValue(outcome)}: expected success or failure`);
  }
  return {
    names: raw.cn ?? [],
    srcIps: (raw.ip ?? []).map((text) => parseIpNetwork(text, '--ip')),
    since: raw.since === undefined ? null : parseTimeSpec(raw.since, '--since', context),
    until: raw.until === undefined ? null : parseTimeSpec(raw.until, '--until', context),
    outcome,
    instance: raw.instance ?? null,
  };
}

export interface AuthEvent {
  id: bigint;
  time: number;
  outcome: 'success' | 'failure';
  reason: string | null;
  cn: string | null;
  userName: string | null;
  srcIp: string | null;
  srcPort: number | null;
  instance: string | null;
}

type AuthExpressions = ExpressionBuilder<Database, 'auth_event'>;

/**
 * Networks become conditions the three backends agree on (src_ip is text on
 * all of them): one address compares equal, IPv4 networks are LIKE patterns,
 * IPv6 networks the stored addresses under the prefix, checked here.
 */
async function ipValues(db: Db, network: IpNetwork): Promise<{ values: string[] } | { patterns: string[] }> {
  if (isHost(network)) return { values: [network.address] };
  if (network.family === 4) return { patterns: ipv4Patterns(network) };
  const prefix = ipv6TextPrefix(network);
  let query = db.selectFrom('auth_event').select('src_ip').distinct().where('src_ip', 'like', '%:%');
  if (prefix !== '') query = query.where('src_ip', 'like', `${prefix}%`);
  const stored = (await query.execute()).map((row) => row.src_ip).filter((ip): ip is string => ip !== null);
  return { values: stored.filter((ip) => networkContains(network, ip)) };
}

export interface ResolvedAuthFilter {
  filter: AuthEventFilter;
  ipTerms: ({ values: string[] } | { patterns: string[] })[];
  instanceIds: (bigint | number | string)[] | null;
}

export async function resolveAuthEventFilter(db: Db, filter: AuthEventFilter): Promise<ResolvedAuthFilter> {
  const ipTerms = await Promise.all(filter.srcIps.map((network) => ipValues(db, network)));
  const instanceIds =
    filter.instance === null
      ? null
      : (await db.selectFrom('instance').select('id').where('name', '=', filter.instance).execute()).map((row) => row.id);
  return { filter, ipTerms, instanceIds };
}

export function authEventCondition(eb: AuthExpressions, resolved: ResolvedAuthFilter): Expression<SqlBool> {
  const { filter } = resolved;
  const conditions: Expression<SqlBool>[] = [];
  if (filter.names.length > 0) conditions.push(eb.or([eb('cn', 'in', filter.names), eb('user_name', 'in', filter.names)]));
  if (resolved.ipTerms.length > 0) {
    conditions.push(
      eb.or(
        resolved.ipTerms.map((term) =>
          'patterns' in term
            ? eb.or(term.patterns.map((pattern) => eb('src_ip', 'like', pattern)))
            : term.values.length > 0
              ? eb('src_ip', 'in', term.values)
              : eb.or([]),
        ),
      ),
    );
  }
  if (filter.since !== null) conditions.push(eb('event_time', '>=', filter.since));
  if (filter.until !== null) conditions.push(eb('event_time', '<=', filter.until));
  if (filter.outcome !== null) conditions.push(eb('outcome', '=', filter.outcome));
  if (resolved.instanceIds !== null) {
    conditions.push(resolved.instanceIds.length > 0 ? eb('instance_id', 'in', resolved.instanceIds) : eb.or([]));
  }
  return eb.and(conditions);
}

const PAGE = 1000;

/** Newest first, in pages of a keyset (time, id): memory stays flat however many rows match. */
export async function* listAuthEvents(db: Db, resolved: ResolvedAuthFilter, options: { limit: number | null }): AsyncGenerator<AuthEvent[]> {
  let remaining = options.limit ?? Number.POSITIVE_INFINITY;
  let after: { time: number; id: bigint } | null = null;
  while (remaining > 0) {
    const cursor: { time: number; id: bigint } | null = after;
    const rows = await db
      .selectFrom('auth_event')
      .leftJoin('instance', 'instance.id', 'auth_event.instance_id')
      .select([
        'auth_event.id',
        'auth_event.event_time',
        'auth_event.outcome',
        'auth_event.reason',
        'auth_event.cn',
        'auth_event.user_name',
        'auth_event.src_ip',
        'auth_event.src_port',
        'instance.name as instance_name',
      ])
      .where((eb) => authEventCondition(eb as unknown as AuthExpressions, resolved))
      .$if(cursor !== null, (query) =>
        query.where((eb) =>
          eb.or([
            eb('auth_event.event_time', '<', cursor!.time),
            eb.and([eb('auth_event.event_time', '=', cursor!.time), eb('auth_event.id', '<', cursor!.id.toString())]),
          ]),
        ),
      )
      .orderBy('auth_event.event_time', 'desc')
      .orderBy('auth_event.id', 'desc')
      .limit(Math.min(PAGE, remaining))
      .execute();
    if (rows.length === 0) return;
    const page: AuthEvent[] = rows.map((row) => ({
      id: BigInt(row.id),
      time: toNumber(row.event_time),
      outcome: row.outcome,
      reason: row.reason,
      cn: row.cn,
      userName: row.user_name,
      srcIp: row.src_ip,
      srcPort: toNullableNumber(row.src_port),
      instance: row.instance_name ?? null,
    }));
    yield page;
    remaining -= page.length;
    const last: AuthEvent = page.at(-1)!;
    after = { time: last.time, id: last.id };
    if (rows.length < PAGE) return;
  }
}

export interface FailedLoginCount {
  /** The name (common name, else user name), source address or day start (unix seconds). */
  key: string | null;
  failures: number;
  sources: number;
  names: number;
  first: number;
  last: number;
}

/** Failures per name, per source address, or per UTC day. */
export async function countFailedLogins(db: Db, resolved: ResolvedAuthFilter, by: 'name' | 'ip' | 'day'): Promise<FailedLoginCount[]> {
  const key =
    by === 'name' ? sql<string | null>`coalesce(user_name, cn)` : by === 'ip' ? sql<string | null>`src_ip` : sql<string>`event_time - (event_time % 86400)`;
  const rows = await db
    .selectFrom('auth_event')
    .where((eb) => authEventCondition(eb, resolved))
    .where('outcome', '=', 'failure')
    .select((eb) => [
      key.as('k'),
      eb.fn.countAll<string | number | bigint>().as('failures'),
      eb.fn.count<string | number | bigint>('src_ip').distinct().as('sources'),
      eb.fn.count<string | number | bigint>(sql`coalesce(user_name, cn)`).distinct().as('names'),
      eb.fn.min('event_time').as('first'),
      eb.fn.max('event_time').as('last'),
    ])
    .groupBy(key)
    .orderBy(by === 'day' ? sql`1` : sql`2 desc`)
    .$if(by !== 'day', (query) => query.orderBy(sql`1`))
    .execute();
  return rows.map((row) => ({
    key: row.k === null ? null : String(row.k),
    failures: toNumber(row.failures),
    sources: toNumber(row.sources),
    names: toNumber(row.names),
    first: toNumber(row.first),
    last: toNumber(row.last),
  }));
}
