import type { Db } from '../db/database.ts';
import { toBigInt, toNullableNumber, toNumber } from '../db/int8.ts';
import { joinHalves } from './byte-halves.ts';
import type { PeriodKind } from './periods.ts';
import type { StatsTotals } from './stats-query.ts';

/**
 * The stats rollup: per-period totals of unfiltered UTC `stats`, so that the
 * questions over all history read a few hundred rows, not every session.
 *
 * What a refresh at `horizon` stores, per kind and period up to the one
 * holding the horizon: the totals of the sessions that connected before the
 * horizon, and the peak over the instants before it (sessions open then
 * counted as connected throughout). The counters of those open sessions
 * still change, so they are left out of the sums and their ids kept in
 * stats_rollup_open: a reader adds their current values. Everything from the
 * horizon on is computed from the sessions when read.
 *
 * That is exact as long as nothing before the horizon changes later. What
 * the hook and status runs normally write does not: new sessions connect
 * after it (the horizon trails the refresh by ROLLUP_MARGIN_SECONDS), and
 * sessions open at the refresh end after it. Every write that can reach
 * back (a session logged late with an old connect time, a close at a past
 * last-alive time, a prune) calls markRollupStale with the earliest time it
 * touched (src/sessions/rollup-staleness.ts); readers then take the rows
 * only for the periods before it.
 * Changes made by hand to old sessions are not seen: run
 * `refresh-stats --rebuild` after them.
 */
export interface RollupState {
  /** null: never refreshed. */
  horizon: number | null;
  staleFrom: number | null;
  staleMarks: bigint;
}

export interface RollupPeriod extends StatsTotals {
  start: number;
  end: number;
}

/** A session's counters as they are now (NULL as 0), by its connect time. */
export interface SessionCounters {
  id: bigint;
  connectTime: number;
  open: boolean;
  duration: number;
  bytesIn: bigint;
  bytesOut: bigint;
}

/** undefined: the table has lost its row, and the rollup cannot be trusted or refreshed. */
export async function loadRollupState(db: Db): Promise<RollupState | undefined> {
  const row = await db.selectFrom('stats_rollup_state').selectAll().where('id', '=', 1).executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    horizon: toNullableNumber(row.horizon),
    staleFrom: toNullableNumber(row.stale_from),
    staleMarks: toBigInt(row.stale_marks),
  };
}

export async function loadRollupPeriods(db: Db, kind: PeriodKind, before: number): Promise<RollupPeriod[]> {
  const rows = await db
    .selectFrom('stats_rollup')
    .selectAll()
    .where('kind', '=', kind)
    .where('period_start', '<', before)
    .orderBy('period_start')
    .execute();
  return rows.map((row) => ({
    start: toNumber(row.period_start),
    end: toNumber(row.period_end),
    sessions: toNumber(row.sessions),
    users: toNumber(row.users),
    active: 0,
    duration: toNumber(row.duration),
    bytesIn: joinHalves(row.bytes_in_high, row.bytes_in_low),
    bytesOut: joinHalves(row.bytes_out_high, row.bytes_out_low),
    peak: toNumber(row.peak),
  }));
}

/**
 * Sessions and their counters now: those open at the last refresh
 * (`openAtRefresh`), or those open now; connected before `before`.
 */
export async function loadSessionCounters(
  db: Db,
  which: { openAtRefresh: boolean; closedNow?: boolean; before?: number },
): Promise<SessionCounters[]> {
  let query = db.selectFrom('session').select(['id', 'connect_time', 'disconnect_time', 'duration', 'bytes_in', 'bytes_out']);
  // IN, not a join: SQLite without statistics would drive a join from session's connect_time index.
  if (which.openAtRefresh) query = query.where('id', 'in', (eb) => eb.selectFrom('stats_rollup_open').select('session_id'));
  else query = query.where('disconnect_time', 'is', null);
  if (which.closedNow) query = query.where('disconnect_time', 'is not', null);
  if (which.before !== undefined) query = query.where('connect_time', '<', which.before);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: toBigInt(row.id),
    connectTime: toNumber(row.connect_time),
    open: row.disconnect_time === null,
    duration: row.duration === null ? 0 : toNumber(row.duration),
    bytesIn: row.bytes_in === null ? 0n : toBigInt(row.bytes_in),
    bytesOut: row.bytes_out === null ? 0n : toBigInt(row.bytes_out),
  }));
}
