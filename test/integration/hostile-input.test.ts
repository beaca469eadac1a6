import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Backend } from '../../src/db/backend.ts';
import type { DatabaseHandle } from '../../src/db/open-database.ts';
import { hostileCases, hostileEnv } from '../helpers/hostile-env.ts';
import { runBin, type BinResult } from '../helpers/run-bin.ts';
import { describeEachBackend, emptyTables, migratedDatabase, type TestDatabase } from '../helpers/test-database.ts';

async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}

describeEachBackend('hostile hook input', (backend: Backend) => {
  let database: TestDatabase | undefined;
  let handle: DatabaseHandle;

  before(async (t) => {
    database = await migratedDatabase(backend, t as never);
    if (!database) return;
    handle = await database.open();
  });
  after(() => database?.drop());

  const rowCount = async () =>
    Number((await handle.db.selectFrom('session').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n) +
    Number((await handle.db.selectFrom('instance').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('refuses every malformed variable with exit 100, one line naming it, and nothing written', async (t) => {
    if (!database) return t.skip();
    const args = database.args;
    const results = await inBatches(hostileCases, 6, async (hostile) => ({ hostile, result: await runBin(args, hostileEnv(hostile)) }));
    const wrong = results.filter(
      ({ hostile, result }) =>
        result.code !== 100 || !result.stderr.includes(hostile.variable) || result.stderr.split('\n').length !== 2 || result.stdout !== '',
    );
    assert.deepEqual(wrong.map(({ hostile, result }) => `${hostile.label}: ${result.code} ${result.stderr}`), []);
    assert.equal(await rowCount(), 0);
  });

  it('follows -z (exit 0) and -q (silent, same code) for refused input', async (t) => {
    if (!database) return t.skip();
    const bad = hostileEnv(hostileCases[0]!);
    const expect = async (args: string[], code: number, stderrEmpty: boolean) => {
      const result: BinResult = await runBin([...database!.args, ...args], bad);
      assert.equal(result.code, code, args.join(' '));
      assert.equal(result.stderr === '', stderrEmpty, args.join(' '));
    };
    await expect(['-z'], 0, false);
    await expect(['-q'], 100, true);
    await expect(['-qz'], 0, true);
    await expect(['--quiet', '--zero'], 0, true);
    await expect(['--no-such-option'], 100, false);
    await expect(['--no-such-option', '-z'], 0, false);
    await expect(['-n', 'x'.repeat(65)], 100, false);
    await expect(['-r', 'x'.repeat(11)], 100, false);
    await expect(['-o', '65536'], 100, false);
    assert.equal(await rowCount(), 0);
  });

  it('stores CNs that look like SQL, wildcards and escapes literally', async (t) => {
    if (!database) return t.skip();
    const names = ["x'); DROP TABLE session; --", 'a%b_c', 'back\\slash', '"quoted"', 'zoë 日本', "o'brien"];
    for (const [i, cn] of names.entries()) {
      const env = hostileEnv({ label: cn, overrides: { common_name: cn, trusted_port: String(1000 + i) }, variable: '' });
      const connected = await runBin(database.args, env);
      assert.equal(connected.code, 0, connected.stderr);
      const disconnected = await runBin(database.args, { ...env, script_type: 'client-disconnect' });
      assert.equal(disconnected.code, 0, disconnected.stderr);
    }
    const stored = await handle.db.selectFrom('session').select(['cn', 'disconnect_time']).orderBy('src_port').execute();
    assert.deepEqual(stored.map((row) => row.cn), names);
    assert.ok(stored.every((row) => row.disconnect_time !== null));
    await emptyTables(handle);
  });
});
