import { type Kysely, type Migration, sql } from 'kysely';

/**
 * The country of each session's source address (ISO 3166-1 alpha-2), looked
 * up at connect or by geo-backfill. NULL: a private or unknown address, or a
 * session logged before this column. No index: the history queries select by
 * time first, and a country filter then reads few rows.
 */
export const sessionCountry: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('session').addColumn('country', sql`char(2)`).execute();
  },
};
