import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Backend } from '../db/backend.ts';
import type { Database, Db } from '../db/database.ts';
import { historyDialects } from '../db/history-sql.ts';
import { toBigInt, toNumber } from '../db/int8.ts';
import { UserError, showValue } from '../common/errors.ts';
import type { Instance } from '../common/session.ts';
import { type IpNetwork, ipv4Patterns, ipv6TextPrefix, isHost, networkContains, parseIpNetwork } from '../common/ip.ts';
import { type TimeContext, parseTimeSpec } from './time-spec.ts';
import { requirePort } from '../common/port.ts';

/** The filter options of `sessions` and `stats`, as commander hands them over. */
export interface RawSessionFilter {
  cn?: string[];
  cnLike?: string[];
  ip?: string[];
  vpnIp?: string[];
  active?: boolean;
  at?: string;
  since?: string;
  until?: string;
  instance?: string;
  instanceProto?: string;
  instancePort?: string;
  minBytes?: string;
  country?: string[];
  notCountry?: string[];
}

/**
 * Which sessions to look at. Options of different kinds must all hold; the
 * values of one repeated option are alternatives.
 *
 * Time rule: a session is connected from connect_time to disconnect_time,
 * both included; an open one from connect_time up to now. It matches
 * since/until when that span overlaps [since, until]; --at T is since = until = T.
 */
export interface SessionFilter {
  cns: string[];
  cnPatterns: string[];
  srcIps: IpNetwork[];
  vpnIps: IpNetwork[];
  active: boolean;
  since: number | null;
  until: number | null;
  instance: Partial<Instance> | null;
  minBytes: bigint | null;
  /** ISO 3166-1 alpha-2 codes, upper case: sessions from one of these (needs migration 006). */
  countries: string[];
  /** Sessions from none of these; a session without a country is from none of them. */
  notCountries: string[];
  /** The command's now: open sessions are connected up to here. */
  now: number;
}

const MAX_INT64 = 2n ** 63n - 1n;

export function parseSessionFilter(raw: RawSessionFilter, context: TimeContext): SessionFilter {
  const time = (option: string, text: string | undefined) =>
    text === undefined ? null : parseTimeSpec(text, option, context);
  const at = time('--at', raw.at);
  const since = pickLater(time('--since', raw.since), at);
  const until = pickEarlier(time('--until', raw.until), at);
  return {
    cns: raw.cn ?? [],
    cnPatterns: (raw.cnLike ?? []).map(checkLikePattern),
    srcIps: (raw.ip ?? []).map((text) => parseIpNetwork(text, '--ip')),
    vpnIps: (raw.vpnIp ?? []).map((text) => parseIpNetwork(text, '--vpn-ip')),
    active: raw.active === true,
    since,
    until,
    instance: instanceFilter(raw),
    minBytes: raw.minBytes === undefined ? null : parseByteCount(raw.minBytes, '--min-bytes'),
    countries: (raw.country ?? []).map((code) => countryCode(code, '--country')),
    notCountries: (raw.notCountry ?? []).map((code) => countryCode(code, '--not-country')),
    now: context.now,
  };
}

function countryCode(text: string, option: string): string {
  if (!/^[A-Za-z]{2}$/.test(text)) {
    throw new UserError(`invalid ${option} ${showValue(text)}: expected a two-letter country code (ISO 3166-1 alpha-2) such as FI`);
  }
  return text.toUpperCase();
}

function pickLater(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

function pickEarlier(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

function checkLikePattern(pattern: string): string {
  if (pattern === '' || /(^|[^\\])(\\\\)*\\$/.test(pattern)) {
    throw new UserError(
      `invalid --cn-like ${showValue(pattern)}: expected a LIKE pattern (% any text, _ one character, \\ escapes) not ending in a lone \\`,
    );
  }
  return pattern;
}

/**
 * --instance-proto '' and --instance-port 0 are the hook's defaults, which
 * commander fills in from the main command, so they mean "any".
 */
function instanceFilter(raw: RawSessionFilter): Partial<Instance> | null {
  const filter: Partial<Instance> = {};
  if (raw.instance !== undefined) filter.name = raw.instance;
  if (raw.instanceProto !== undefined && raw.instanceProto !== '') filter.protocol = raw.instanceProto;
  if (raw.instancePort !== undefined && raw.instancePort !== '0') {
    filter.port = requirePort(raw.instancePort, '--instance-port', 1);
  }
  return Object.keys(filter).length > 0 ? filter : null;
}

const BYTE_UNITS: Record<string, bigint> = {
  '': 1n,
  k: 1024n,
  kib: 1024n,
  m: 1024n ** 2n,
  mib: 1024n ** 2n,
  g: 1024n ** 3n,
  gib: 1024n ** 3n,
  t: 1024n ** 4n,
  tib: 1024n ** 4n,
  p: 1024n ** 5n,
  pib: 1024n ** 5n,
};

/** A byte count: digits, optionally with a binary unit (K, M, G, T, P or KiB … PiB). */
function parseByteCount(text: string, option: string): bigint {
  const match = /^(\d{1,19})\s*([a-z]*)$/i.exec(text.trim());
  const unit = match ? BYTE_UNITS[(match[2] ?? '').toLowerCase()] : undefined;
  const value = match?.[1] && unit !== undefined ? BigInt(match[1]) * unit : null;
  if (value === null || value > MAX_INT64) {
    throw new UserError(
      `invalid ${option} ${showValue(text)}: expected a byte count up to ${MAX_INT64}, optionally with K, M, G, T or P (powers of 1024)`,
    );
  }
  return value;
}

type IpColumn = 'src_ip' | 'vpn_ip4' | 'vpn_ip6';

/** Stored addresses to match exactly, LIKE patterns, or a condition the database decides (PostgreSQL's inet). */
type IpTerm =
  | { column: IpColumn; values: string[] }
  | { column: IpColumn; patterns: string[] }
  | { column: IpColumn; condition: Expression<SqlBool> };

/** A filter with everything looked up that SQL alone cannot decide the same way on every backend. */
export interface ResolvedFilter {
  filter: SessionFilter;
  backend: Backend;
  instances: Map<string, Instance>;
  /** null: any instance. */
  instanceIds: bigint[] | null;
  /** One list per IP option; each list is a disjunction. */
  ipTerms: IpTerm[][];
}

/**
 * Instances are matched here, exactly (MySQL would compare names without
 * case). On SQLite and MySQL addresses are text: an IPv4 network becomes LIKE
 * patterns, an IPv6 one (where :: makes prefixes unreliable) the list of
 * stored addresses in it, found by a prefix scan and decided by
 * networkContains. PostgreSQL's inet decides the same with <<=.
 */
export async function resolveSessionFilter(db: Db, backend: Backend, filter: SessionFilter): Promise<ResolvedFilter> {
  const instances = await loadInstances(db);
  const wanted = filter.instance;
  const instanceIds =
    wanted === null
      ? null
      : [...instances]
          .filter(
            ([, instance]) =>
              (wanted.name === undefined || wanted.name === instance.name) &&
              (wanted.protocol === undefined || wanted.protocol === instance.protocol) &&
              (wanted.port === undefined || wanted.port === instance.port),
          )
          .map(([id]) => BigInt(id));
  const ipTerms: IpTerm[][] = [];
  if (filter.srcIps.length > 0) {
    ipTerms.push(await Promise.all(filter.srcIps.map((network) => ipTerm(db, backend, 'src_ip', network))));
  }
  if (filter.vpnIps.length > 0) {
    const vpnColumn = (network: IpNetwork) => (network.family === 4 ? 'vpn_ip4' : 'vpn_ip6');
    ipTerms.push(await Promise.all(filter.vpnIps.map((network) => ipTerm(db, backend, vpnColumn(network), network))));
  }
  return { filter, backend, instances, instanceIds, ipTerms };
}

async function loadInstances(db: Db): Promise<Map<string, Instance>> {
  const rows = await db.selectFrom('instance').select(['id', 'name', 'protocol', 'port']).execute();
  return new Map(
    rows.map((row) => [
      toBigInt(row.id).toString(),
      { name: row.name, protocol: row.protocol, port: toNumber(row.port) },
    ]),
  );
}

async function ipTerm(db: Db, backend: Backend, column: IpColumn, network: IpNetwork): Promise<IpTerm> {
  const condition = historyDialects[backend].networkContains(column, `${network.address}/${network.prefix}`);
  if (condition !== null) return { column, condition };
  if (isHost(network)) return { column, values: [network.address] };
  if (network.family === 4) return { column, patterns: ipv4Patterns(network) };
  const prefix = ipv6TextPrefix(network);
  let query = db.selectFrom('session').select(column).distinct().where(column, 'is not', null);
  if (prefix !== '') query = query.where(column, 'like', `${prefix}%`);
  const stored = await query.execute();
  const values = stored.map((row) => row[column]).filter((value): value is string => value !== null);
  return { column, values: values.filter((value) => networkContains(network, value)) };
}

type SessionExpressions = ExpressionBuilder<Database, 'session'>;

/** The filter as a WHERE condition on the session table. */
export function sessionCondition(eb: SessionExpressions, resolved: ResolvedFilter): Expression<SqlBool> {
  const { filter, backend } = resolved;
  const conditions: Expression<SqlBool>[] = [];
  if (filter.cns.length > 0 || filter.cnPatterns.length > 0) {
    conditions.push(
      eb.or([
        ...(filter.cns.length > 0 ? [eb('cn', 'in', filter.cns)] : []),
        ...filter.cnPatterns.map((pattern) => historyDialects[backend].cnLike(eb, pattern)),
      ]),
    );
  }
  if (resolved.instanceIds !== null) {
    conditions.push(resolved.instanceIds.length > 0 ? eb('instance_id', 'in', resolved.instanceIds) : never(eb));
  }
  for (const terms of resolved.ipTerms) {
    conditions.push(eb.or(terms.map((term) => ipCondition(eb, term))));
  }
  if (filter.active) conditions.push(eb('disconnect_time', 'is', null));
  if (filter.countries.length > 0) conditions.push(eb('country', 'in', filter.countries));
  if (filter.notCountries.length > 0) {
    conditions.push(eb.or([eb('country', 'is', null), eb('country', 'not in', filter.notCountries)]));
  }
  const window = timeWindow(eb, resolved);
  if (window !== null) conditions.push(window);
  if (filter.minBytes !== null) conditions.push(sql<SqlBool>`${historyDialects[backend].totalBytes()} >= ${filter.minBytes}`);
  return eb.and(conditions);
}

/**
 * The time rule: connect_time <= until, and disconnect_time >= since or still
 * open (only when since is not in the future).
 * A bounded window (--at, or --since with --until) becomes a set of ids where
 * the dialect says so (HistoryDialect.boundedWindowAsIdSet).
 */
function timeWindow(eb: SessionExpressions, resolved: ResolvedFilter): Expression<SqlBool> | null {
  const { since, until, now } = resolved.filter;
  if (since === null && until === null) return null;
  const openCounts = since === null || since <= now;
  if (historyDialects[resolved.backend].boundedWindowAsIdSet && since !== null && until !== null) {
    const closed = eb
      .selectFrom('session')
      .select('id')
      .where('disconnect_time', '>=', since)
      .where('connect_time', '<=', until);
    const open = eb
      .selectFrom('session')
      .select('id')
      .where('disconnect_time', 'is', null)
      .where('connect_time', '<=', until);
    return eb('id', 'in', openCounts ? closed.unionAll(open) : closed);
  }
  const conditions: Expression<SqlBool>[] = [];
  if (until !== null) conditions.push(eb('connect_time', '<=', until));
  if (since !== null) {
    const endsLater = eb('disconnect_time', '>=', since);
    conditions.push(openCounts ? eb.or([endsLater, eb('disconnect_time', 'is', null)]) : endsLater);
  }
  return eb.and(conditions);
}

function never(eb: SessionExpressions): Expression<SqlBool> {
  return eb.or([]);
}

function ipCondition(eb: SessionExpressions, term: IpTerm): Expression<SqlBool> {
  if ('condition' in term) return term.condition;
  if ('patterns' in term) return eb.or(term.patterns.map((pattern) => eb(term.column, 'like', pattern)));
  if (term.values.length === 0) return never(eb);
  // Literals, not parameters: a wide network may hold more addresses than a statement takes parameters.
  return eb(term.column, 'in', term.values.map((value) => sql.lit(value)));
}
