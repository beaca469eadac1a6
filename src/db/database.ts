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
}

export type EndReason = 'stale';

export interface InstanceTable {
  id: Generated<bigint | number | string>;
  name: string;
  port: Int4;
  protocol: string;
}

export interface Database {
  session: SessionTable;
  instance: InstanceTable;
}

export type Db = Kysely<Database>;
