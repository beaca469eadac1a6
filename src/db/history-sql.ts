import { type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Backend } from './backend.ts';
import type { Database, Db } from './database.ts';

type SessionExpressions = ExpressionBuilder<Database, 'session'>;
type AddressColumn = 'src_ip' | 'vpn_ip4' | 'vpn_ip6';

/**
 * What the history queries (sessions, stats, the rollup) write differently
 * per backend. A Record over Backend, so a backend added without its entry
 * does not compile.
 */
export interface HistoryDialect {
  /**
   * `column` inside `cidr`, where the column has an address type that can
   * decide it (PostgreSQL's inet); null where addresses are text and the
   * caller must match stored values instead.
   */
  networkContains(column: AddressColumn, cidr: string): Expression<SqlBool> | null;
  /** A case-sensitive LIKE on cn. */
  cnLike(eb: SessionExpressions, pattern: string): Expression<SqlBool>;
  /** bytes_in + bytes_out without overflow: each may be up to 2^63-1. */
  totalBytes(): RawBuilder<unknown>;
  /** A column to group or partition by, written so the planner uses the filter's index. */
  groupingColumn(column: 'cn' | 'instance_id'): Expression<unknown>;
  /**
   * Whether a window bounded on both sides is better asked as a set of ids
   * read from the disconnect_time + connect_time index alone.
   */
  boundedWindowAsIdSet: boolean;
  /** Settings for the whole-table scans of stats and the rollup, for the current transaction or connection. */
  prepareForScans(db: Db): Promise<void>;
}

const likeOnCn = (eb: SessionExpressions, pattern: string) => eb('cn', 'like', pattern);

export const historyDialects: Record<Backend, HistoryDialect> = {
  postgres: {
    networkContains: (column, cidr) => sql<SqlBool>`${sql.ref(column)} <<= ${cidr}::cidr`,
    // LIKE is case-sensitive in PostgreSQL.
    cnLike: likeOnCn,
    // bigint + bigint would raise on overflow; numeric does not.
    totalBytes: () => sql`(coalesce(bytes_in, 0)::numeric + coalesce(bytes_out, 0))`,
    groupingColumn: (column) => sql.ref(column),
    boundedWindowAsIdSet: false,
    /**
     * PostgreSQL's JIT spends longer compiling the period CASE than running it
     * (`--by day --since -30d` over 1M sessions: 1.3 s compiling, 0.2 s running).
     */
    async prepareForScans(db) {
      await sql`set local jit = off`.execute(db);
    },
  },
  mysql: {
    networkContains: () => null,
    // cn has a binary collation: LIKE is case-sensitive.
    cnLike: likeOnCn,
    // The counters are unsigned, so the sum fits.
    totalBytes: () => sql`(coalesce(bytes_in, 0) + coalesce(bytes_out, 0))`,
    groupingColumn: (column) => sql.ref(column),
    boundedWindowAsIdSet: false,
    /**
     * MariaDB's 16 MB temporary tables and 2 MB sort buffer send the peak
     * sweep of 1M sessions to disk (18 s against 4 s).
     */
    async prepareForScans(db) {
      await sql`set session tmp_table_size = 268435456, max_heap_table_size = 268435456, sort_buffer_size = 67108864`.execute(db);
    },
  },
  sqlite: {
    networkContains: () => null,
    // SQLite's LIKE ignores case; GLOB does not.
    cnLike: (_eb, pattern) => sql<SqlBool>`${sql.ref('cn')} glob ${likeToGlob(pattern)}`,
    // An overflowing integer sum turns into a (larger) real.
    totalBytes: () => sql`(coalesce(bytes_in, 0) + coalesce(bytes_out, 0))`,
    /**
     * The unary plus hides the column from the planner: given an index that
     * starts with it (cn), SQLite without statistics reads the whole table in
     * that index's order to skip the sort, a random row access per session,
     * instead of using the filter's index and sorting the few matches.
     */
    groupingColumn: (column) => sql`+${sql.ref(column)}`,
    /**
     * Without statistics SQLite would walk the connect_time index back from
     * `until` through all of history, or fetch every row that ended after
     * `since` before testing its connect time (--at a year back over 1M
     * sessions: 220 ms, against 17 ms as an id set).
     */
    boundedWindowAsIdSet: true,
    async prepareForScans() {},
  },
};

function likeToGlob(pattern: string): string {
  let glob = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] ?? '';
    if (char === '\\') glob += globLiteral(pattern[++i] ?? '');
    else if (char === '%') glob += '*';
    else if (char === '_') glob += '?';
    else glob += globLiteral(char);
  }
  return glob;
}

function globLiteral(char: string): string {
  return char === '*' || char === '?' || char === '[' ? `[${char}]` : char;
}
