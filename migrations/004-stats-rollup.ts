import { type Kysely, type Migration, sql } from 'kysely';
import type { Backend } from '../src/db/backend.ts';

/**
 * Precomputed per-period totals for `stats --by day|week|month`, so a
 * question over years of sessions reads a few hundred rows instead of every
 * session (see src/history/stats-rollup.ts for what they hold and when
 * they are exact). `refresh-stats` fills them; until it has run once, stats
 * computes everything from the sessions as before.
 * - stats_rollup: one row per kind and UTC period, up to the horizon; byte
 *   totals in 32-bit halves, as a period of counters near 2^63 exceeds 64 bits;
 * - stats_rollup_open: the sessions still open at the last refresh, whose
 *   counters were left out of the rows;
 * - stats_rollup_state: its single row holds the horizon and, after writes
 *   the rows did not see, the earliest time they touched and how many marked
 *   it. Writers lock it to mark the rollup stale, so it is created here, not
 *   on first use.
 */
export function statsRollup(backend: Backend): Migration {
  const tableOptions = backend === 'mysql' ? sql`engine = InnoDB default charset = utf8mb4` : sql``;
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('stats_rollup')
        .addColumn('kind', sql`varchar(8)`, (col) => col.notNull())
        .addColumn('period_start', sql`bigint`, (col) => col.notNull())
        .addColumn('period_end', sql`bigint`, (col) => col.notNull())
        .addColumn('sessions', sql`bigint`, (col) => col.notNull())
        .addColumn('users', sql`bigint`, (col) => col.notNull())
        .addColumn('duration', sql`bigint`, (col) => col.notNull())
        .addColumn('bytes_in_high', sql`bigint`, (col) => col.notNull())
        .addColumn('bytes_in_low', sql`bigint`, (col) => col.notNull())
        .addColumn('bytes_out_high', sql`bigint`, (col) => col.notNull())
        .addColumn('bytes_out_low', sql`bigint`, (col) => col.notNull())
        .addColumn('peak', sql`bigint`, (col) => col.notNull())
        .addPrimaryKeyConstraint('stats_rollup_pkey', ['kind', 'period_start'])
        .modifyEnd(tableOptions)
        .execute();
      await db.schema
        .createTable('stats_rollup_open')
        .addColumn('session_id', sql`bigint`, (col) => col.notNull().primaryKey())
        .modifyEnd(tableOptions)
        .execute();
      await db.schema
        .createTable('stats_rollup_state')
        .addColumn('id', sql`integer`, (col) => col.notNull().primaryKey())
        .addColumn('horizon', sql`bigint`)
        .addColumn('stale_from', sql`bigint`)
        .addColumn('stale_marks', sql`bigint`, (col) => col.notNull().defaultTo(0))
        .modifyEnd(tableOptions)
        .execute();
      await db.insertInto('stats_rollup_state').values({ id: 1, horizon: null, stale_from: null, stale_marks: 0 }).execute();
    },
  };
}
