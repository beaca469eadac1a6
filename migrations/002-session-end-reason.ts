import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Records why a session ended when it was not a real client-disconnect:
 * 'stale' for sessions closed by close-stale or --close-missing after a crash.
 * NULL keeps meaning what it meant for the Perl tool: open, or disconnected.
 */
export const sessionEndReason: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('session').addColumn('end_reason', sql`varchar(16)`).execute();
  },
};
