import { Kysely } from 'kysely';
import { UserError } from '../core/errors.ts';
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
  const adapter = adapterFor(options.backend);
  let db: Db | undefined;
  try {
    db = new Kysely({ dialect: await adapter.createDialect(options, open) });
    return await work({ db, backend: options.backend, options, adapter });
  } catch (error) {
    if (error instanceof UserError) throw error;
    const explained = adapter.explainError(error, options);
    throw explained ? new UserError(explained) : error;
  } finally {
    await db?.destroy();
  }
}

const MAX_ATTEMPTS = 5;

/** Retries `work` after deadlocks, serialization failures and busy files, a bounded number of times. */
export async function withRetries<T>(handle: DatabaseHandle, work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !handle.adapter.isTransientError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt * Math.random()));
    }
  }
}
