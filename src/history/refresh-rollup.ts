import type { Db } from '../db/database.ts';
import type { DatabaseHandle } from '../db/open-database.ts';
import { UserError } from '../common/errors.ts';
import { type PeriodKind, periodKinds, periodStart } from './periods.ts';
import { type ResolvedFilter, parseSessionFilter, resolveSessionFilter } from './session-filter.ts';
import { splitHalves } from './byte-halves.ts';
import { inScanSnapshot, statsIn } from './stats-query.ts';
import { ROLLUP_MARGIN_SECONDS } from '../sessions/rollup-staleness.ts';
import {
  type RollupPeriod,
  type SessionCounters,
  loadRollupPeriods,
  loadRollupState,
  loadSessionCounters,
} from './stats-rollup.ts';

export interface RollupRefresh {
  horizon: number;
  /** Periods computed from the sessions this time, per kind; the others were kept. */
  computed: Record<PeriodKind, number>;
  stored: Record<PeriodKind, number>;
  openSessions: number;
}

const ROWS_PER_INSERT = 500;
const IDS_PER_INSERT = 1000;

/**
 * Brings the stats rollup (see stats-rollup.ts) up to `now` minus the margin.
 * Computes in one read-only snapshot, holding no lock however long that
 * takes, and only from the first period a write since the last refresh may
 * have changed (all of history with `rebuild`); then stores everything in
 * one short transaction. A mark made meanwhile is kept; another refresh
 * stored meanwhile makes this one store nothing.
 */
export async function refreshStatsRollup(
  handle: DatabaseHandle,
  options: { now: number; rebuild: boolean },
): Promise<RollupRefresh> {
  const horizon = options.now - ROLLUP_MARGIN_SECONDS;
  const computed = await inScanSnapshot(handle.db, handle.backend, async (trx) => {
    const state = await loadRollupState(trx);
    if (state === undefined) {
      throw new UserError(
        'table stats_rollup_state has lost its row (id 1): put it back with `INSERT INTO stats_rollup_state (id, stale_marks) VALUES (1, 0)`',
      );
    }
    const previous = options.rebuild || state.horizon === null ? null : { horizon: state.horizon, staleFrom: state.staleFrom };
    const everything = parseSessionFilter({}, { now: options.now, zone: 'utc' });
    const resolved = await resolveSessionFilter(trx, handle.backend, everything);
    // Open sessions that connected before the horizon: their counters stay out of the stored sums.
    const openNow = await loadSessionCounters(trx, { openAtRefresh: false, before: horizon });
    // Open at the last refresh and closed now: the periods kept from then lack their final counters.
    const closedSince = previous === null ? [] : await loadSessionCounters(trx, { openAtRefresh: true, closedNow: true });
    const periods = {} as Record<PeriodKind, RollupPeriod[]>;
    const counts = {} as Record<PeriodKind, number>;
    for (const kind of periodKinds) {
      const from =
        previous === null
          ? null
          : periodStart(kind, Math.min(previous.horizon, previous.staleFrom ?? Number.POSITIVE_INFINITY, horizon), 'utc');
      const kept = from === null ? [] : await loadRollupPeriods(trx, kind, from);
      addCounters(kind, kept, closedSince.filter((s) => from !== null && s.connectTime < from), 1n);
      const fresh = await computePeriods(trx, resolved, kind, from, horizon);
      addCounters(kind, fresh, openNow.filter((s) => from === null || s.connectTime >= from), -1n);
      periods[kind] = [...kept, ...fresh];
      counts[kind] = fresh.length;
    }
    return { state, periods, counts, openNow };
  });
  await handle.db.transaction().execute(async (trx) => {
    // The lock first: a writer marking the rollup stale now waits for this transaction.
    await trx.updateTable('stats_rollup_state').set({ stale_marks: (eb) => eb.ref('stale_marks') }).where('id', '=', 1).execute();
    const current = await loadRollupState(trx);
    if (current === undefined || current.horizon !== computed.state.horizon) {
      throw new UserError('another refresh-stats stored its rollup meanwhile; nothing stored, run it again');
    }
    const marked = current.staleMarks !== computed.state.staleMarks;
    await trx.deleteFrom('stats_rollup').execute();
    for (const kind of periodKinds) await storePeriods(trx, kind, computed.periods[kind]);
    await trx.deleteFrom('stats_rollup_open').execute();
    const ids = computed.openNow.map((s) => ({ session_id: s.id }));
    for (let start = 0; start < ids.length; start += IDS_PER_INSERT) {
      await trx.insertInto('stats_rollup_open').values(ids.slice(start, start + IDS_PER_INSERT)).execute();
    }
    await trx
      .updateTable('stats_rollup_state')
      .set({ horizon, stale_from: marked ? current.staleFrom : null })
      .where('id', '=', 1)
      .execute();
  });
  return {
    horizon,
    computed: computed.counts,
    stored: { day: computed.periods.day.length, week: computed.periods.week.length, month: computed.periods.month.length },
    openSessions: computed.openNow.length,
  };
}

async function computePeriods(
  db: Db,
  resolved: ResolvedFilter,
  kind: PeriodKind,
  from: number | null,
  horizon: number,
): Promise<RollupPeriod[]> {
  const rows = await statsIn(db, resolved, kind, 'utc', { from, to: horizon });
  // A period with no connects and nobody connected adds nothing, stored or not.
  return rows.flatMap((row) =>
    'period' in row && (row.sessions > 0 || row.peak > 0) ? [{ ...row, start: row.period.start, end: row.period.end }] : [],
  );
}

/** Adds (sign 1) or takes out (sign -1) sessions' counters from the periods they connected in. */
function addCounters(kind: PeriodKind, periods: RollupPeriod[], sessions: SessionCounters[], sign: 1n | -1n): void {
  const byStart = new Map(periods.map((period) => [period.start, period]));
  for (const session of sessions) {
    const period = byStart.get(periodStart(kind, session.connectTime, 'utc'));
    if (period === undefined) throw new Error(`stats rollup: no ${kind} holds the session connected at ${session.connectTime}`);
    period.duration += Number(sign) * session.duration;
    period.bytesIn += sign * session.bytesIn;
    period.bytesOut += sign * session.bytesOut;
  }
}

async function storePeriods(db: Db, kind: PeriodKind, periods: RollupPeriod[]): Promise<void> {
  const rows = periods.map((period) => {
    const bytesIn = splitHalves(period.bytesIn);
    const bytesOut = splitHalves(period.bytesOut);
    return {
      kind,
      period_start: period.start,
      period_end: period.end,
      sessions: period.sessions,
      users: period.users,
      duration: period.duration,
      bytes_in_high: bytesIn.high,
      bytes_in_low: bytesIn.low,
      bytes_out_high: bytesOut.high,
      bytes_out_low: bytesOut.low,
      peak: period.peak,
    };
  });
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await db.insertInto('stats_rollup').values(rows.slice(start, start + ROWS_PER_INSERT)).execute();
  }
}
