import type { Backend } from '../../src/db/backend.ts';
import { freePort, startRelay } from './spool.ts';
import type { TestDatabase } from './test-database.ts';

/** A way to make the database unreachable and back while watch runs. */
export async function databaseOutage(backend: Backend, database: TestDatabase) {
  if (backend === 'sqlite') {
    // No network in between: another process holds the write lock longer than --timeout.
    const { default: Sqlite } = await import('better-sqlite3');
    let locker: InstanceType<typeof Sqlite> | null = null;
    return {
      args: database.args,
      async begin() {
        locker = new Sqlite(database.name);
        locker.exec('begin exclusive');
      },
      async end() {
        if (!locker?.open) return;
        if (locker.inTransaction) locker.exec('commit');
        locker.close();
        locker = null;
      },
    };
  }
  const port = await freePort();
  const target = database.connection.port ?? (backend === 'postgres' ? 5432 : 3306);
  let relay: Awaited<ReturnType<typeof startRelay>> | null = await startRelay(port, target);
  const args = database.args.map((arg, i, all) => (all[i - 1] === '-t' || all[i - 1] === '--port' ? String(port) : arg));
  if (!args.includes(String(port))) args.push('-t', String(port));
  return {
    args,
    async begin() {
      await relay?.close();
      relay = null;
    },
    /** Back again; called once more when the test ends, which then closes the relay for good. */
    async end() {
      if (relay) {
        await relay.close();
        relay = null;
      } else {
        relay = await startRelay(port, target);
      }
    },
  };
}
