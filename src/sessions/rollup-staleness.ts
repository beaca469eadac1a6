import { sql } from 'kysely';
import type { DatabaseHandle } from '../db/open-database.ts';

/**
 * The writers' half of the stats rollup (src/history/stats-rollup.ts says
 * what it holds): a write that reaches back before a refresh's horizon marks
 * the rollup stale from the earliest time it touched. Kept apart from the
 * rollup's reads so the hook loads only this.
 */
export const ROLLUP_MARGIN_SECONDS = 3600;

/**
 * Writers that pass the time they touch skip the marking when it is this
 * recent: a refresh that cannot see their write places its horizon earlier
 * (ROLLUP_MARGIN_SECONDS before a "now" that is at most a hook's run later).
 */
const UNMARKED_RECENT_SECONDS = ROLLUP_MARGIN_SECONDS / 2;

/**
 * Tells readers that sessions at or after `time` may differ from what the
 * rollup holds. Call it after the write has committed: a refresh that
 * computed without seeing the write either finds the mark when it stores its
 * rows (and keeps it) or is followed by it. One statement on a one-row table;
 * a database not migrated to the rollup yet (the Perl tool's) has nothing to mark.
 */
export async function markRollupStale(handle: DatabaseHandle, time: number): Promise<void> {
  try {
    await handle.db
      .updateTable('stats_rollup_state')
      .set({
        stale_from: sql`case when stale_from is null or stale_from > ${time} then ${time} else stale_from end`,
        stale_marks: sql`stale_marks + 1`,
      })
      .where('id', '=', 1)
      .execute();
  } catch (error) {
    if (!handle.adapter.isMissingTable(error)) throw error;
  }
}

/**
 * For writers of sessions (the hook, status runs, prune): only a time old
 * enough to fall before some horizon costs the statement. `times` empty: nothing written.
 */
export async function markRollupStaleIfOld(handle: DatabaseHandle, times: number[]): Promise<void> {
  if (times.length === 0) return;
  const earliest = times.reduce((a, b) => Math.min(a, b));
  if (earliest < Date.now() / 1000 - UNMARKED_RECENT_SECONDS) await markRollupStale(handle, earliest);
}
