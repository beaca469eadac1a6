import type { Kysely, Migration } from 'kysely';

/**
 * Indexes for the history commands (sessions, stats, prune):
 * - cn + connect_time: one user's sessions, newest first, without a sort;
 * - connect_time: the newest sessions, --until and the range of stats periods;
 * - disconnect_time + connect_time: open sessions sort first (NULL) and come out
 *   newest first; closed ones answer --at/--since and prune by their end. One
 *   composite index rather than a partial one because MariaDB has no partial indexes.
 * Building them on a big table blocks writes for a while (seconds per million
 * sessions): migrate when few clients connect.
 */
export const historyIndexes: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.createIndex('session_cn_connect_time').on('session').columns(['cn', 'connect_time']).execute();
    await db.schema.createIndex('session_connect_time').on('session').column('connect_time').execute();
    await db.schema
      .createIndex('session_disconnect_time')
      .on('session')
      .columns(['disconnect_time', 'connect_time'])
      .execute();
  },
};
