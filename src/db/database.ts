import type { ColumnType, Generated, Kysely } from 'kysely';

/**
 * A 64-bit integer as the drivers hand it over: better-sqlite3 gives bigint
 * (safe integers on), pg and mysql2 give decimal strings. Convert with int8.ts.
 */
export type Int8 = ColumnType<bigint | number | string, bigint | number | string, bigint | number | string>;

/** A 16/32-bit integer: a number from pg and mysql2, a bigint from better-sqlite3 (safe integers on). */
export type Int4 = ColumnType<number | bigint, number, number>;

/** The Perl tool's session table, plus how the session ended. */
export interface SessionTable {
  id: Generated<bigint | number | string>;
  instance_id: Int8;
  connect_time: Int8;
  src_ip: string;
  src_port: Int4;
  cn: string;
  vpn_ip4: string | null;
  vpn_ip6: string | null;
  disconnect_time: ColumnType<bigint | number | string | null, bigint | number | string | null | undefined>;
  duration: ColumnType<number | bigint | null, number | null | undefined, number | null>;
  bytes_in: ColumnType<bigint | number | string | null, bigint | number | string | null | undefined>;
  bytes_out: ColumnType<bigint | number | string | null, bigint | number | string | null | undefined>;
  /** NULL: open or really disconnected; 'stale': closed because OpenVPN no longer knew it. */
  end_reason: ColumnType<EndReason | null, EndReason | null | undefined, EndReason | null>;
  /** ISO 3166-1 alpha-2 of the source address at connect (migration 006); NULL: private, unknown or not looked up. */
  country: ColumnType<string | null, string | null | undefined, string | null>;
}

export type EndReason = 'stale';

export interface InstanceTable {
  id: Generated<bigint | number | string>;
  name: string;
  port: Int4;
  protocol: string;
}

/** Totals of one UTC period, as of the rollup's horizon (see history/stats-rollup.ts). */
export interface StatsRollupTable {
  kind: 'day' | 'week' | 'month';
  period_start: Int8;
  period_end: Int8;
  sessions: Int8;
  users: Int8;
  /** Durations and byte counters of the sessions closed by the horizon; open ones are added when read. */
  duration: Int8;
  /** Byte totals as total >> 32 and total & 0xffffffff: a period's total can exceed 64 bits. */
  bytes_in_high: Int8;
  bytes_in_low: Int8;
  bytes_out_high: Int8;
  bytes_out_low: Int8;
  peak: Int8;
}

/** Sessions open at the last refresh. */
export interface StatsRollupOpenTable {
  session_id: Int8;
}

/** One row, id 1. */
export interface StatsRollupStateTable {
  id: number;
  /** Rows cover connects and instants before this; NULL: never refreshed. */
  horizon: ColumnType<bigint | number | string | null, bigint | number | string | null, bigint | number | string | null>;
  /** The earliest time a write since the refresh touched; the rows are exact only before it. */
  stale_from: ColumnType<bigint | number | string | null, bigint | number | string | null, bigint | number | string | null>;
  /** Counts the marks, so a refresh can tell whether one came while it computed. */
  stale_marks: Int8;
}

/** A login outcome read from the server log (migration 007). */
export interface AuthEventTable {
  id: Generated<bigint | number | string>;
  instance_id: Int8;
  event_time: Int8;
  outcome: 'success' | 'failure';
  reason: string | null;
  cn: string | null;
  user_name: string | null;
  src_ip: string | null;
  src_port: Int4 | null;
  line_key: string;
}

export interface Database {
  session: SessionTable;
  instance: InstanceTable;
  stats_rollup: StatsRollupTable;
  stats_rollup_open: StatsRollupOpenTable;
  stats_rollup_state: StatsRollupStateTable;
  auth_event: AuthEventTable;
}

export type Db = Kysely<Database>;
