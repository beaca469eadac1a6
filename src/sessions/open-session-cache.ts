import type { Db } from '../db/database.ts';
import { toBigInt } from '../db/int8.ts';
import {
  type ApplyStatusResult,
  loadOpenSessions,
  type OpenSession,
  type OpenSessionSource,
  SessionMatcher,
  type SessionUpdate,
} from './apply-status.ts';

/** Ids per "still open?" query: one bound parameter each, well under every server's limit. */
const CHECK_CHUNK = 5000;
/**
 * Updates between full reloads. PostgreSQL and MariaDB hand out ids before
 * commit, so a hook's session may commit after one with a larger id was seen
 * and be skipped by the "newer than" read; a full reload now and then finds it.
 */
const FULL_RELOAD_EVERY = 360;

/**
 * The open sessions of one instance, kept between status updates by a resident
 * process (watch), so a steady update reads only what changed: sessions hooks
 * opened since (ids above the largest seen) and whether the ones the last
 * status no longer listed are still open. Anything unexpected (an update that
 * failed, a client line without its session) makes the next load a full one.
 */
export class OpenSessionCache implements OpenSessionSource {
  /** Newest first, as SessionMatcher wants them. */
  #sessions: OpenSession[] = [];
  #instanceId: bigint | null = null;
  #newest = 0n;
  #updatesSinceReload = 0;
  #fullReload = true;
  /** Built over `#sessions` when first needed after they changed: a steady update reuses it. */
  #matcher: SessionMatcher | null = null;

  /** After a failed update or a reconnect: what the database holds may differ from what we remember. */
  invalidate(): void {
    this.#fullReload = true;
  }

  get size(): number {
    return this.#sessions.length;
  }

  async load(db: Db, instanceId: bigint): Promise<SessionMatcher> {
    if (this.#fullReload || this.#instanceId !== instanceId || this.#updatesSinceReload >= FULL_RELOAD_EVERY) {
      this.#sessions = await loadOpenSessions(db, instanceId);
      this.#matcher = null;
      this.#instanceId = instanceId;
      this.#updatesSinceReload = 0;
      this.#fullReload = false;
    } else {
      const unmatched = this.#sessions.filter((s) => !s.taken);
      const closed = await closedOf(db, unmatched);
      const added = await loadOpenSessions(db, instanceId, this.#newest);
      if (closed.size > 0) this.#sessions = this.#sessions.filter((s) => !closed.has(s.id));
      if (added.length > 0) this.#sessions = added.concat(this.#sessions);
      if (closed.size > 0 || added.length > 0) this.#matcher = null;
      for (const session of this.#sessions) session.taken = false;
    }
    for (const session of this.#sessions) if (session.id > this.#newest) this.#newest = session.id;
    this.#updatesSinceReload++;
    this.#matcher ??= new SessionMatcher(this.#sessions);
    return this.#matcher;
  }

  /**
   * The matcher marked what it took; the counters written become what we
   * compare against next time. A client line that found no session may mean
   * a session we skipped, and a reopened session (closed as stale, listed
   * again) is open once more: read them all next time.
   */
  committed(change: { updated: SessionUpdate[]; closed: OpenSession[]; result: ApplyStatusResult }): void {
    if (change.result.created > 0 || change.result.reopened > 0 || change.result.rejected.length > 0) this.#fullReload = true;
    for (const update of change.updated) {
      update.session.duration = update.duration;
      update.session.bytesIn = update.bytesIn;
      update.session.bytesOut = update.bytesOut;
    }
    if (change.closed.length > 0) {
      const closed = new Set(change.closed.map((s) => s.id));
      this.#sessions = this.#sessions.filter((s) => !closed.has(s.id));
      this.#matcher = null;
    }
  }
}

/** Of these sessions, the ids a hook (or anyone) closed since they were read. */
async function closedOf(db: Db, sessions: OpenSession[]): Promise<Set<bigint>> {
  const closed = new Set(sessions.map((s) => s.id));
  const ids = [...closed];
  for (let start = 0; start < ids.length; start += CHECK_CHUNK) {
    const open = await db
      .selectFrom('session')
      .select('id')
      .where('id', 'in', ids.slice(start, start + CHECK_CHUNK))
      .where('disconnect_time', 'is', null)
      .execute();
    for (const row of open) closed.delete(toBigInt(row.id));
  }
  return closed;
}
