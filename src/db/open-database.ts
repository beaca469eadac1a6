import type BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import { UserError } from '../common/errors.ts';
import type { Backend } from './backend.ts';
import type { ConnectionOptions } from './connection-options.ts';
import type { Db } from './database.ts';
import type { BackendAdapter, OpenOptions } from './dialects/backend-adapter.ts';
import { mysqlAdapter } from './dialects/mysql.ts';
import { postgresAdapter } from './dialects/postgres.ts';
import { sqliteAdapter } from './dialects/sqlite.ts';

export interface DatabaseHandle {
  db: Db;
  backend: Backend;
  options: ConnectionOptions;
  adapter: BackendAdapter;
  /** SQLite only: the connection Kysely runs on, for statements it would prepare anew each time (see dialect-sql.ts). */
  sqlite: BetterSqlite3.Database | null;
}

export function adapterFor(backend: Backend): BackendAdapter {
  switch (backend) {
    case 'sqlite':
      return sqliteAdapter;
    case 'postgres':
      return postgresAdapter;
    case 'mysql':
      return mysqlAdapter;
    default:
      return backend satisfies never;
  }
}

/**
 * Opens the database, runs `work`, and always closes the connection again,
 * so a failed hook never leaves a socket keeping the process alive. Driver
 * errors the operator can fix come out as one-line UserErrors.
 */
export async function usingDatabase<T>(
  options: ConnectionOptions,
  work: (handle: DatabaseHandle) => Promise<T>,
  open: OpenOptions = { create: false },
): Promise<T> {
  let handle: DatabaseHandle | undefined;
  try {
    handle = await openDatabase(options, open);
    return await work(handle);
  } catch (error) {
    throw explainError(options, error);
  } finally {
    await handle?.db.destroy();
  }
}

/** The caller owns the connection: `handle.db.destroy()` when done (usingDatabase does it for you). */
export async function openDatabase(options: ConnectionOptions, open: OpenOptions = { create: false }) {
  const adapter = adapterFor(options.backend);
  const { dialect, sqlite } = await adapter.createDialect(options, open);
  const db: Db = new Kysely({ dialect });
  return { db, backend: options.backend, options, adapter, sqlite } satisfies DatabaseHandle;
}

function explainError(options: ConnectionOptions, error: unknown): unknown {
  if (error instanceof UserError) return error;
  const explained = adapterFor(options.backend).explainError(error, options);
  return explained ? new UserError(explained) : error;
}

const MAX_ATTEMPTS = 8;
const MAX_BACKOFF_MS = 1000;
/** Connections tried in all: with --timeout each, a server that never answers fails a hook after 3 × --timeout. */
export const CONNECT_ATTEMPTS = 3;

/**
 * Retries `work` after deadlocks, serialization failures and busy files, a
 * bounded number of times and never past --timeout: a lock that outlasts one
 * attempt's wait is no reason to make OpenVPN wait several times as long.
 * A connection that timed out or broke gets a new one, CONNECT_ATTEMPTS in
 * all: in a reconnect storm the first may have waited for the CPU, not for
 * the server.
 */
export async function withRetries<T>(handle: DatabaseHandle, work: () => Promise<T>): Promise<T> {
  let deadline = Date.now() + handle.options.timeoutSeconds * 1000;
  let connections = 1;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      // Random backoff spreads a storm of hooks that all failed at the same moment.
      const backoffMs = Math.min(MAX_BACKOFF_MS, 25 * 2 ** attempt) * Math.random();
      const reconnect = connections < CONNECT_ATTEMPTS && handle.adapter.isConnectFailure(error);
      const retry = reconnect || (attempt < MAX_ATTEMPTS && Date.now() + backoffMs < deadline && handle.adapter.isTransientError(error));
      if (!retry) throw error;
      await new Promise((resolve) => setTimeout(resolve, backoffMs));
      if (reconnect) {
        connections++;
        deadline = Date.now() + handle.options.timeoutSeconds * 1000;
      }
    }
  }
}
