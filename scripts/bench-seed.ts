// The clients of bench:status and bench:watch, and a database holding their
// open sessions: both benchmarks apply status files to the same contents.
import { spawnSync } from 'node:child_process';
import type { Backend } from '../src/db/backend.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { binPath } from '../test/helpers/run-bin.ts';
import { createTestDatabase, type TestDatabase } from '../test/helpers/test-database.ts';

export const connectTime = 1_790_000_000;
export const vpnIp = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
export const srcIp = (i: number) => `198.18.${(i >> 8) & 255}.${i & 255}`;
export const srcPort = (i: number) => 10000 + (i % 50000);
export const since = (i: number) => connectTime + (i % 60);

/** A fresh database of `size` open sessions, counters unset, matching the generated clients. */
export async function seededDatabase(backend: Backend, size: number): Promise<TestDatabase> {
  const database = await createTestDatabase(backend);
  if (!database) throw new Error(`${backend} is not reachable`);
  const migrated = spawnSync(binPath, ['migrate', ...database.args], { encoding: 'utf8' });
  if (migrated.status !== 0) throw new Error(`migrate failed: ${migrated.stderr}`);
  const handle = await openDatabase(database.connection);
  // The default instance (no -n/-r/-o), which both tools look up; MySQL has no RETURNING, so it is read back.
  await handle.db.insertInto('instance').values({ name: '', port: 0, protocol: '' }).execute();
  const { id: instanceId } = await handle.db.selectFrom('instance').select('id').executeTakeFirstOrThrow();
  for (let start = 0; start < size; start += 2000) {
    const chunk = Array.from({ length: Math.min(2000, size - start) }, (_, k) => {
      const i = start + k;
      return { instance_id: instanceId, connect_time: since(i), src_ip: srcIp(i), src_port: srcPort(i), cn: `user${i}`, vpn_ip4: vpnIp(i) };
    });
    await handle.db.insertInto('session').values(chunk).execute();
  }
  await handle.db.destroy();
  return database;
}
