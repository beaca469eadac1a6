import type BetterSqlite3 from 'better-sqlite3';
import type { Dialect } from 'kysely';
import type { ConnectionOptions } from '../connection-options.ts';
import { errorCode } from '../../common/errors.ts';

export interface OpenedDialect {
  dialect: Dialect;
  /** The connection under SQLite's dialect, for a statement prepared once and run per row (Kysely prepares each anew). */
  sqlite: BetterSqlite3.Database | null;
}

export interface OpenOptions {
  /** migrate may create a SQLite file; everything else expects the database to exist. */
  create: boolean;
}

/** Everything that differs between the backends, apart from SQL text (see dialect-sql.ts). */
export interface BackendAdapter {
  /** Loads the driver (lazily: only the backend in use pays for its import). */
  createDialect(options: ConnectionOptions, open: OpenOptions): Promise<OpenedDialect>;
  /** Serialization failures, deadlocks, lock timeouts, busy files: worth another try. */
  isTransientError(error: unknown): boolean;
  /**
   * Connecting timed out, or the connection broke: a server or CPU too busy
   * for a moment explains it, so it is worth another connection (a refused
   * port, an unknown host or bad credentials are not).
   */
  isConnectFailure(error: unknown): boolean;
  /** The statement names a table this database does not have (a schema older than the code). */
  isMissingTable(error: unknown): boolean;
  /**
   * The database is there but `migrate` never ran on it (no tables, or older ones), or for SQLite the
   * file does not exist yet: waiting will not help, migrate will.
   */
  isMissingSchema(error: unknown, options: ConnectionOptions): boolean;

  /** The statement names a column this database does not have (a schema older than the code). */
  isMissingColumn(error: unknown): boolean;
  /** A one-line explanation of a driver error the operator can act on, if there is one. */
  explainError(error: unknown, options: ConnectionOptions): string | undefined;
}

/** What a driver error on a database without (or with an older) openvpn-db-log schema says: `database` names it. */
export function oldSchemaMessage(database: string, driverMessage: string): string {
  return `${database} has no or an old openvpn-db-log schema (${driverMessage}): run \`openvpn-db-log migrate\` with the same database options`;
}

/** Socket errors of a server that is not there, or not speaking the protocol: refused, reset, closed or unresolvable. */
export const unreachableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * The schema checks of a server backend, whose driver has one error code for a table and one
 * for a column that a statement names and the database lacks.
 */
export function schemaChecks(missingTable: string, missingColumn: string) {
  return {
    isMissingTable: (error: unknown) => errorCode(error) === missingTable,
    isMissingSchema: (error: unknown) => {
      const code = errorCode(error);
      return code === missingTable || code === missingColumn;
    },
    isMissingColumn: (error: unknown) => errorCode(error) === missingColumn,
  };
}
