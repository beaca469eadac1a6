import { toBigInt, toNumber } from '../db/int8.ts';
import { type DatabaseHandle, withRetries } from '../db/open-database.ts';
import { markRollupStale } from '../sessions/rollup-staleness.ts';

const BATCH_SIZE = 2000;

/** Closed sessions (stale ones included) that ended before `cutoff`. */
export async function countPrunable(handle: DatabaseHandle, cutoff: number): Promise<number> {
  const row = await handle.db
    .selectFrom('session')
    .select((eb) => eb.fn.countAll<string | number | bigint>().as('count'))
    .where('disconnect_time', '<', cutoff)
    .executeTakeFirstOrThrow();
  return toNumber(row.count);
}

/**
 * Deletes closed sessions that ended before `cutoff`, a batch at a time, each
 * batch its own short transaction: hooks logging meanwhile wait for one
 * batch at most, never for the whole prune. Open sessions are never touched.
 * The stats rollup still counts the deleted sessions until refresh-stats runs;
 * meanwhile stats computes the periods they were in from the sessions.
 */
export async function pruneSessions(
  handle: DatabaseHandle,
  cutoff: number,
  options: { batchSize?: number } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? BATCH_SIZE;
  let deleted = 0;
  for (;;) {
    // Ids first: MySQL has no LIMIT in an IN subquery, PostgreSQL none on DELETE.
    const batch = await handle.db
      .selectFrom('session')
      .select(['id', 'connect_time'])
      .where('disconnect_time', '<', cutoff)
      .limit(batchSize)
      .execute();
    if (batch.length === 0) return deleted;
    const ids = batch.map((row) => toBigInt(row.id));
    const result = await withRetries(handle, () =>
      handle.db.deleteFrom('session').where('id', 'in', ids).where('disconnect_time', '<', cutoff).executeTakeFirst(),
    );
    deleted += Number(result.numDeletedRows);
    await markRollupStale(handle, batch.map((row) => toNumber(row.connect_time)).reduce((a, b) => Math.min(a, b)));
    if (batch.length < batchSize) return deleted;
  }
}
