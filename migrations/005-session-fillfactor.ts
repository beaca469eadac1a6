import { type Kysely, type Migration, sql } from 'kysely';
import type { Backend } from '../src/db/backend.ts';

/**
 * PostgreSQL only: pages of session keep 30 % free. A status run rewrites
 * the counters of every open session each minute; on a full page the new
 * row version goes elsewhere and every one of the table's five indexes gets
 * an entry for it, and the old ones wait for VACUUM. With room on the page
 * the update stays on it (HOT): no index entries, and the next update reuses
 * the space. Measured with `npm run bench:status` (docs/performance.md):
 * 100 000 open sessions updated in 2.1–2.3 s instead of 3.9–4.1 s. The
 * price is a table about 40 % larger than packed. Existing pages keep
 * their layout; new ones, where sessions are logged, get the free space.
 * SQLite and InnoDB have no such setting.
 */
export function sessionFillfactor(backend: Backend): Migration {
  return {
    async up(db: Kysely<any>) {
      if (backend === 'postgres') await sql`alter table session set (fillfactor = 70)`.execute(db);
    },
  };
}
