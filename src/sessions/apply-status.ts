import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { type CounterUpdate, ignoringDuplicates, updateCounters } from '../db/dialect-sql.ts';
import { toBigInt, toNumber } from '../db/int8.ts';
import type { DatabaseHandle } from '../db/open-database.ts';
import { UserError } from '../common/errors.ts';
import { MAX_DURATION } from '../openvpn/hook-event.ts';
import type { Instance } from '../common/session.ts';
import { describeInstance, ensureInstanceId, findInstanceId } from './session-log.ts';
import { markRollupStaleIfOld } from './rollup-staleness.ts';
import type { RejectedStatusLine, StatusClient, StatusSnapshot } from '../openvpn/status-client.ts';

export interface ApplyStatusOptions {
  /** -N: any rejected line and nothing is committed. */
  needSuccess: boolean;
  /** -C: insert sessions the hook never logged. */
  createMissing: boolean;
  /** --close-missing: close open sessions the status no longer lists. */
  closeMissing: boolean;
  /** Sessions younger than this (relative to the status time) are never closed as stale. */
  staleGraceSeconds: number;
  /** A resident process keeps the open sessions between updates (watch); without it they are read each time. */
  openSessions?: OpenSessionSource;
  /** Fill the result's `outcomes` (status -I prints them): an object per line, which watch has no use for. */
  outcomes?: boolean;
}

/** Where applyStatus gets the open sessions from, and what it tells that source once the update committed. */
export interface OpenSessionSource {
  /** A matcher over the instance's open sessions, none of them taken; read inside the update's transaction. */
  load(db: Db, instanceId: bigint): Promise<SessionMatcher>;
  committed(change: { updated: SessionUpdate[]; closed: OpenSession[]; result: ApplyStatusResult }): void;
}

/** New counters of a session `load` returned, with that very session: the source takes them over without a search. */
export interface SessionUpdate extends CounterUpdate {
  session: OpenSession;
}

/**
 * What became of a status line; every line of the input is in exactly one
 * bucket ('other': title, time, headers, routes, statistics, END and after).
 */
export type StatusBucket =
  | 'updated'
  | 'unchanged'
  | 'created'
  | 'reopened'
  | 'closed already'
  | 'closed later'
  | 'skipped'
  | 'rejected'
  | 'other';

export interface StatusLineOutcome {
  lineNumber: number;
  line: string;
  bucket: StatusBucket;
  /** Why, for the buckets that need saying (skipped, rejected, closed already/later, reopened). */
  reason?: string;
}

export interface ApplyStatusResult {
  updated: number;
  unchanged: number;
  created: number;
  /** Open sessions closed as stale (--close-missing); not status lines. */
  closed: number;
  /** Lines of a session closed as stale whose client this newer status lists: open again, with its counters. */
  reopened: number;
  /** Lines of a session a real disconnect closed at or before the status time: the row stays as the disconnect left it. */
  closedAlready: number;
  /** Lines of a session a real disconnect closed after the status time (the status was written first): row unchanged. */
  closedLater: number;
  /** Client lines without a common name yet (UNDEF): still authenticating, not an error. */
  skipped: RejectedStatusLine[];
  rejected: RejectedStatusLine[];
  /** The status's other lines: lineCount less client and rejected lines. */
  other: number;
  /**
   * With the `outcomes` option, one entry per client line and per rejected line, in no particular order; `other`
   * lines are not listed. Without it, null.
   */
  outcomes: StatusLineOutcome[] | null;
}

/** An open session as loaded for matching. */
export interface OpenSession {
  id: bigint;
  connectTime: number;
  srcIp: string;
  srcPort: number;
  cn: string;
  vpnIp4: string | null;
  duration: number | null;
  bytesIn: bigint | null;
  bytesOut: bigint | null;
  /** Matched to a client line already: with duplicate-cn, each session is taken at most once. */
  taken: boolean;
}

/** A closed session a client line may still name. */
interface ClosedSession extends OpenSession {
  disconnectTime: number;
  /** null: a real disconnect (also on a Perl tool table, which has no end_reason). */
  endReason: string | null;
}

/** Sessions closed per statement: one bound parameter each, well under every server's limit. */
const CHUNK = 5000;
/** Rows per INSERT of -C: ten parameters a row must stay under SQLite's 32 766 bound parameters. */
const INSERT_CHUNK = 1000;

/**
 * Where a status line becomes a row. Loads the instance's open sessions once,
 * matches every client line in memory, and writes the partial updates (and,
 * with -C, the missing sessions; with --close-missing, the stale closes) in
 * one transaction: the table is either unchanged or fully updated.
 */
export async function applyStatus(
  handle: DatabaseHandle,
  instance: Instance,
  snapshot: StatusSnapshot,
  options: ApplyStatusOptions,
): Promise<ApplyStatusResult> {
  const instanceId = options.createMissing
    ? await ensureInstanceId(handle, instance)
    : await findInstanceId(handle.db, instance);
  if (instanceId === null) {
    throw new UserError(`instance ${describeInstance(instance)} has no sessions in this database (-C creates it)`);
  }
  const applied = await handle.db.transaction().execute(async (trx) => {
    const matcher = options.openSessions
      ? await options.openSessions.load(trx, instanceId)
      : new SessionMatcher(await loadOpenSessions(trx, instanceId));
    const result: ApplyStatusResult = {
      updated: 0,
      unchanged: 0,
      created: 0,
      closed: 0,
      reopened: 0,
      closedAlready: 0,
      closedLater: 0,
      skipped: [],
      rejected: [...snapshot.rejected],
      other: 0,
      outcomes: options.outcomes === true ? snapshot.rejected.map((line) => ({ ...line, bucket: 'rejected' })) : null,
    };
    const outcomes = result.outcomes;
    const outcome = (client: StatusClient, bucket: StatusBucket, reason?: string) => {
      if (outcomes !== null) outcomes.push({ lineNumber: client.lineNumber, line: client.line, bucket, ...(reason === undefined ? {} : { reason }) });
    };
    const reject = (client: StatusClient, reason: string) => {
      result.rejected.push(rejection(client, reason));
      outcome(client, 'rejected', reason);
    };
    const updates: SessionUpdate[] = [];
    const unmatched: StatusClient[] = [];
    for (const client of snapshot.clients) {
      if (client.commonName === null) {
        result.skipped.push(rejection(client, 'no common name yet (UNDEF)'));
        outcome(client, 'skipped', 'no common name yet (UNDEF)');
        continue;
      }
      const duration = snapshot.time - client.connectedSince;
      if (duration < 0 || duration > MAX_DURATION) {
        reject(client, `connected since ${client.connectedSince}, after the status time ${snapshot.time}`);
        continue;
      }
      const session = matcher.take(client, client.commonName);
      if (session === undefined) {
        unmatched.push(client);
        continue;
      }
      if (session.duration === duration && session.bytesIn === client.bytesReceived && session.bytesOut === client.bytesSent) {
        result.unchanged++;
        outcome(client, 'unchanged');
        continue;
      }
      updates.push({ id: session.id, duration, bytesIn: client.bytesReceived, bytesOut: client.bytesSent, session });
      outcome(client, 'updated');
    }
    // Lines naming a closed session: routine when the status was written before the disconnect was logged.
    const closedMatcher = new SessionMatcher(await loadClosedSessions(trx, instanceId, unmatched));
    const missing: StatusClient[] = [];
    const reopening: CounterUpdate[] = [];
    const reopenedAt: number[] = [];
    for (const client of unmatched) {
      const session = closedMatcher.take(client, client.commonName ?? '');
      if (session === undefined) {
        if (options.createMissing) {
          missing.push(client);
          outcome(client, 'created');
        } else {
          reject(client, 'no session matches this client (-C creates it)');
        }
      } else if (session.endReason === 'stale' && session.disconnectTime < snapshot.time) {
        result.reopened++;
        reopenedAt.push(session.disconnectTime);
        reopening.push({ id: session.id, duration: snapshot.time - client.connectedSince, bytesIn: client.bytesReceived, bytesOut: client.bytesSent });
        outcome(client, 'reopened', `closed as stale at ${session.disconnectTime}, listed at ${snapshot.time}: open again`);
      } else if (session.endReason === 'stale') {
        result.unchanged++;
        outcome(client, 'unchanged');
      } else if (session.disconnectTime <= snapshot.time) {
        result.closedAlready++;
        outcome(client, 'closed already', `disconnected at ${session.disconnectTime}, status time ${snapshot.time}`);
      } else {
        result.closedLater++;
        outcome(client, 'closed later', `disconnected at ${session.disconnectTime}, after the status time ${snapshot.time}`);
      }
    }
    if (options.needSuccess && result.rejected.length > 0) {
      const first = result.rejected[0]!;
      throw new UserError(
        `${result.rejected.length} status line(s) rejected with -N, nothing committed; line ${first.lineNumber}: ${first.reason}`,
      );
    }
    await updateCounters(handle, trx, updates);
    result.updated = updates.length;
    await reopenSessions(trx, reopening);
    result.created = await insertMissing(handle, trx, instanceId, snapshot.time, missing);
    const stale = options.closeMissing ? staleSessions(matcher, snapshot.time - options.staleGraceSeconds) : [];
    result.closed = await closeSessions(trx, stale);
    result.other = snapshot.lineCount - snapshot.clients.length - snapshot.rejected.length;
    return {
      result,
      updates,
      stale,
      touched: [...missing.map((client) => client.connectedSince), ...stale.map(lastAlive), ...reopenedAt],
    };
  });
  options.openSessions?.committed({ updated: applied.updates, closed: applied.stale, result: applied.result });
  await markRollupStaleIfOld(handle, applied.touched);
  return applied.result;
}

/**
 * close-stale: close open sessions of the instance that the status does not
 * list (or all of them), at the last moment each was known alive.
 */
export async function closeStale(
  handle: DatabaseHandle,
  instance: Instance,
  scope: { snapshot: StatusSnapshot; staleGraceSeconds: number } | 'all-open',
): Promise<number> {
  const instanceId = await findInstanceId(handle.db, instance);
  if (instanceId === null) return 0;
  const closing = await handle.db.transaction().execute(async (trx) => {
    const open = await loadOpenSessions(trx, instanceId);
    let stale = open;
    if (scope !== 'all-open') {
      const matcher = new SessionMatcher(open);
      for (const client of scope.snapshot.clients) {
        if (client.commonName !== null) matcher.take(client, client.commonName);
      }
      stale = staleSessions(matcher, scope.snapshot.time - scope.staleGraceSeconds);
    }
    return { sessions: stale, closed: await closeSessions(trx, stale) };
  });
  await markRollupStaleIfOld(handle, closing.sessions.map(lastAlive));
  return closing.closed;
}

/** Open sessions the status does not list, old enough not to be still authenticating. */
function staleSessions(matcher: SessionMatcher, cutoff: number): OpenSession[] {
  return matcher.unmatched().filter((s) => s.connectTime < cutoff);
}

/** The last moment a session was known alive is its connect time plus its last known duration. */
function lastAlive(session: OpenSession): number {
  return session.connectTime + (session.duration ?? 0);
}

/** `newerThan`: only sessions with a larger id (those inserted since a resident process last looked). */
export async function loadOpenSessions(db: Db, instanceId: bigint, newerThan?: bigint): Promise<OpenSession[]> {
  const rows = await db
    .selectFrom('session')
    .select(['id', 'connect_time', 'src_ip', 'src_port', 'cn', 'vpn_ip4', 'duration', 'bytes_in', 'bytes_out'])
    .where('instance_id', '=', instanceId)
    .where('disconnect_time', 'is', null)
    .$if(newerThan !== undefined, (query) => query.where('id', '>', newerThan!))
    .orderBy('id', 'desc')
    .execute();
  return rows.map(sessionOf);
}

function sessionOf(row: {
  id: bigint | number | string;
  connect_time: bigint | number | string;
  src_ip: string;
  src_port: number | bigint;
  cn: string;
  vpn_ip4: string | null;
  duration: number | bigint | null;
  bytes_in: bigint | number | string | null;
  bytes_out: bigint | number | string | null;
}): OpenSession {
  return {
    id: toBigInt(row.id),
    connectTime: toNumber(row.connect_time),
    srcIp: row.src_ip,
    srcPort: toNumber(row.src_port),
    cn: row.cn,
    vpnIp4: row.vpn_ip4,
    duration: row.duration === null ? null : toNumber(row.duration),
    bytesIn: row.bytes_in === null ? null : toBigInt(row.bytes_in),
    bytesOut: row.bytes_out === null ? null : toBigInt(row.bytes_out),
    taken: false,
  };
}

/**
 * The closed sessions of the instance that started when one of `clients` did.
 * All columns: a table the Perl tool made has no end_reason.
 */
async function loadClosedSessions(db: Db, instanceId: bigint, clients: StatusClient[]): Promise<ClosedSession[]> {
  const times = [...new Set(clients.map((client) => client.connectedSince))];
  const sessions: ClosedSession[] = [];
  for (let start = 0; start < times.length; start += CHUNK) {
    const rows = await db
      .selectFrom('session')
      .selectAll()
      .where('instance_id', '=', instanceId)
      .where('connect_time', 'in', times.slice(start, start + CHUNK))
      .where('disconnect_time', 'is not', null)
      .orderBy('id', 'desc')
      .execute();
    for (const row of rows) {
      sessions.push({
        ...sessionOf(row),
        disconnectTime: toNumber(row.disconnect_time ?? 0),
        endReason: (row as { end_reason?: string | null }).end_reason ?? null,
      });
    }
  }
  return sessions.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** Sessions closed as stale that a newer status lists: open again with the status's counters. */
async function reopenSessions(db: Db, sessions: CounterUpdate[]): Promise<void> {
  for (const session of sessions) {
    await db
      .updateTable('session')
      .set({ disconnect_time: null, end_reason: null, duration: session.duration, bytes_in: session.bytesIn, bytes_out: session.bytesOut })
      .where('id', '=', session.id)
      .where('end_reason', '=', 'stale')
      .execute();
  }
}

/**
 * Matches client lines to open sessions: same CN and connect time, then the
 * source address and port and VPN IPv4 where the line has them. With
 * duplicate-cn several sessions share a CN; each is taken at most once.
 */
export class SessionMatcher<S extends OpenSession = OpenSession> {
  /**
   * By CN, not by a key joining CN and connect time: that would be a new string to build and hash for every line,
   * where the sessions' CNs, kept by a resident process, hash once. A CN shared by many clients (duplicate-cn)
   * is indexed by connect time as well, so that a line looks only at the sessions of its own second.
   */
  readonly #byCn: Map<string, S[] | Map<number, S[]>>;
  readonly #all: S[];

  /** `sessions` newest first: with two candidates, the newer session is the one a client line means. */
  constructor(sessions: S[]) {
    this.#all = sessions;
    const byCn = new Map<string, S[]>();
    for (const session of sessions) {
      const list = byCn.get(session.cn);
      if (list) list.push(session);
      else byCn.set(session.cn, [session]);
    }
    this.#byCn = byCn;
    for (const [cn, list] of byCn) if (list.length > SHARED_CN) this.#byCn.set(cn, byConnectTime(list));
  }

  take(client: StatusClient, cn: string): S | undefined {
    const entry = this.#byCn.get(cn);
    const list = entry instanceof Map ? entry.get(client.connectedSince) : entry;
    if (list === undefined) return undefined;
    for (const s of list) {
      if (
        !s.taken &&
        s.connectTime === client.connectedSince &&
        sameHost(s.srcIp, client.srcIp) &&
        (client.srcPort === null || s.srcPort === client.srcPort) &&
        (client.vpnIp4 === null || s.vpnIp4 === client.vpnIp4)
      ) {
        s.taken = true;
        return s;
      }
    }
    return undefined;
  }

  unmatched(): S[] {
    return this.#all.filter((s) => !s.taken);
  }
}

/** Open sessions of one CN beyond which a line no longer scans them all. */
const SHARED_CN = 16;

/** `sessions` keep their order within each connect time. */
function byConnectTime<S extends OpenSession>(sessions: S[]): Map<number, S[]> {
  const byTime = new Map<number, S[]>();
  for (const session of sessions) {
    const list = byTime.get(session.connectTime);
    if (list) list.push(session);
    else byTime.set(session.connectTime, [session]);
  }
  return byTime;
}

/** A dual-stack socket reports IPv4 peers as ::ffff:a.b.c.d where the hook saw a.b.c.d. */
function sameHost(a: string, b: string): boolean {
  return a === b || a.replace(/^::ffff:(?=\d+\.)/, '') === b.replace(/^::ffff:(?=\d+\.)/, '');
}

function rejection(client: StatusClient, reason: string): RejectedStatusLine {
  return { lineNumber: client.lineNumber, line: client.line, reason };
}

async function insertMissing(
  handle: DatabaseHandle,
  db: Db,
  instanceId: bigint,
  statusTime: number,
  clients: StatusClient[],
): Promise<number> {
  let created = 0;
  for (let start = 0; start < clients.length; start += INSERT_CHUNK) {
    const rows = clients.slice(start, start + INSERT_CHUNK).map((client) => ({
      instance_id: instanceId,
      connect_time: client.connectedSince,
      src_ip: client.srcIp,
      src_port: client.srcPort ?? 0,
      cn: client.commonName ?? '',
      vpn_ip4: client.vpnIp4,
      vpn_ip6: client.vpnIp6,
      duration: statusTime - client.connectedSince,
      bytes_in: client.bytesReceived,
      bytes_out: client.bytesSent,
    }));
    const result = await ignoringDuplicates(handle.backend, db.insertInto('session').values(rows)).executeTakeFirst();
    created += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return created;
}

/** Closes sessions at their lastAlive time, as SQL computes it. */
async function closeSessions(db: Db, sessions: OpenSession[]): Promise<number> {
  const ids = sessions.map((s) => s.id);
  let closed = 0;
  for (let start = 0; start < ids.length; start += CHUNK) {
    const result = await db
      .updateTable('session')
      .set({
        disconnect_time: sql<number>`connect_time + coalesce(duration, 0)`,
        duration: sql<number>`coalesce(duration, 0)`,
        end_reason: 'stale',
      })
      .where('id', 'in', ids.slice(start, start + CHUNK))
      .where('disconnect_time', 'is', null)
      .executeTakeFirst();
    closed += Number(result.numUpdatedRows);
  }
  return closed;
}
