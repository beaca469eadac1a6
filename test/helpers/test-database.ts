import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, type TestContext } from 'node:test';
import type { Backend } from '../../src/db/backend.ts';
import type { ConnectionOptions } from '../../src/db/connection-options.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/open-database.ts';
import { runBin } from './run-bin.ts';

/** A freshly created, uniquely named database on one backend, dropped by `drop()`. */
export interface TestDatabase {
  backend: Backend;
  name: string;
  /** Command-line options that select this database. */
  args: string[];
  /** The same database as a URL (no password: the test servers trust localhost). */
  url: string;
  connection: ConnectionOptions;
  /** Opens a Kysely handle for assertions; closed by drop(). */
  open(): Promise<DatabaseHandle>;
  drop(): Promise<void>;
}

const PG = { host: '127.0.0.1', port: 5432, user: 'postgres', adminDatabase: 'test' };
const MYSQL = { host: '127.0.0.1', port: 3306, user: 'root' };

function baseConnection(backend: Backend, database: string, host?: string, port?: number, user?: string): ConnectionOptions {
  return { backend, database, host, port, user, password: undefined, driverOptions: {}, timeoutSeconds: 10 };
}

const factories: Record<Backend, (name: string) => Promise<Omit<TestDatabase, 'open' | 'drop'> & { dropDatabase(): Promise<void> }>> = {
  async sqlite(name) {
    const dir = mkdtempSync(join(tmpdir(), 'odl-test-'));
    const file = join(dir, `${name}.sqlite`);
    return {
      backend: 'sqlite',
      name: file,
      args: ['-b', 'SQLite', '-d', file],
      url: `sqlite:${file}`,
      connection: baseConnection('sqlite', file),
      async dropDatabase() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
  async postgres(name) {
    const { default: pg } = await import('pg');
    const admin = async (statement: string) => {
      const client = new pg.Client({ ...PG, database: PG.adminDatabase, connectionTimeoutMillis: 5000 });
      await client.connect();
      try {
        await client.query(statement);
      } finally {
        await client.end();
      }
    };
    await admin(`CREATE DATABASE ${name}`);
    return {
      backend: 'postgres',
      name,
      args: ['-b', 'Pg', '-H', PG.host, '-t', String(PG.port), '-u', PG.user, '-d', name],
      url: `postgres://${PG.user}@${PG.host}:${PG.port}/${name}`,
      connection: baseConnection('postgres', name, PG.host, PG.port, PG.user),
      dropDatabase: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  },
  async mysql(name) {
    const { default: mysql } = await import('mysql2/promise');
    const admin = async (statement: string) => {
      const connection = await mysql.createConnection({ ...MYSQL, connectTimeout: 5000 });
      try {
        await connection.query(statement);
      } finally {
        await connection.end();
      }
    };
    await admin(`CREATE DATABASE ${name} CHARACTER SET utf8mb4`);
    return {
      backend: 'mysql',
      name,
      args: ['-b', 'mysql', '-H', MYSQL.host, '-t', String(MYSQL.port), '-u', MYSQL.user, '-d', name],
      url: `mysql://${MYSQL.user}@${MYSQL.host}:${MYSQL.port}/${name}`,
      connection: baseConnection('mysql', name, MYSQL.host, MYSQL.port, MYSQL.user),
      dropDatabase: () => admin(`DROP DATABASE IF EXISTS ${name}`),
    };
  },
};

export const allBackends: Backend[] = ['sqlite', 'postgres', 'mysql'];

/**
 * Creates a database; when its server cannot be reached the test is skipped,
 * except under CI=true, where an unreachable backend is a failure.
 */
export async function createTestDatabase(backend: Backend, t?: TestContext): Promise<TestDatabase | undefined> {
  const name = `odl_${randomBytes(6).toString('hex')}`;
  let created: Awaited<ReturnType<(typeof factories)[Backend]>>;
  try {
    created = await factories[backend](name);
  } catch (error) {
    if (process.env['CI'] === 'true' || !t) throw error;
    t.skip(`${backend} is not reachable: ${(error as Error).message}`);
    return undefined;
  }
  const handles: DatabaseHandle[] = [];
  return {
    ...created,
    async open() {
      const handle = await openDatabase(created.connection);
      handles.push(handle);
      return handle;
    },
    async drop() {
      await Promise.all(handles.map((handle) => handle.db.destroy()));
      await created.dropDatabase();
    },
  };
}

/**
 * A test database with the schema applied by the built CLI's `migrate`, as an operator applies it;
 * undefined where createTestDatabase skips. One that fails to migrate is dropped: the caller never sees it.
 */
export async function migratedDatabase(backend: Backend, t?: TestContext): Promise<TestDatabase | undefined> {
  const database = await createTestDatabase(backend, t);
  if (!database) return undefined;
  const migrated = await runBin(['migrate', ...database.args]);
  if (migrated.code !== 0) await database.drop();
  assert.equal(migrated.code, 0, migrated.stderr);
  return database;
}

/** One describe block per backend, so every behaviour runs on SQLite, PostgreSQL and MariaDB. */
export function describeEachBackend(title: string, suite: (backend: Backend) => void): void {
  for (const backend of allBackends) describe(`${title} [${backend}]`, () => suite(backend));
}

/** Rows in the two tables: what a hook wrote, or that it wrote nothing. */
export async function rowCounts(handle: DatabaseHandle): Promise<{ sessions: number; instances: number }> {
  const count = async (table: 'session' | 'instance') =>
    Number((await handle.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return { sessions: await count('session'), instances: await count('instance') };
}

/** Empties both tables, for the next test of a suite that shares one database. */
export async function emptyTables(handle: DatabaseHandle): Promise<void> {
  await handle.db.deleteFrom('session').execute();
  await handle.db.deleteFrom('instance').execute();
}
