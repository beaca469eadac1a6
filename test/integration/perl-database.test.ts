import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { sql } from 'kysely';
import type { Backend } from '../../src/db/backend.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import { runBin } from '../helpers/run-bin.ts';
import { createTestDatabase, describeEachBackend } from '../helpers/test-database.ts';

const perlSchema: Record<Backend, string> = { sqlite: 'sqlite.sql', postgres: 'pg.sql', mysql: 'mysql.sql' };

describeEachBackend('database made by the Perl tool', (backend: Backend) => {
  it('keeps working with the hook, and migrate adopts it without touching its rows', async (t) => {
    const database = await createTestDatabase(backend, t);
    if (!database) return;
    try {
      const perl = await openDatabase(database.connection, { create: true });
      const text = readFileSync(new URL(`../fixtures/perl-schema/${perlSchema[backend]}`, import.meta.url), 'utf8');
      for (const statement of text.replace(/--[^\n]*/g, '').split(';').map((s) => s.trim()).filter(Boolean)) {
        await sql.raw(statement).execute(perl.db);
      }
      await sql`insert into instance (name, port, protocol) values ('perl', 1194, 'udp')`.execute(perl.db);
      await sql`insert into session (instance_id, connect_time, src_ip, src_port, cn, vpn_ip4, disconnect_time, duration, bytes_in, bytes_out)
        values (1, 1600000000, '192.0.2.1', 5000, 'old-user', '10.8.0.9', 1600000100, 100, 1, 2),
               (1, 1600000500, '192.0.2.2', 5001, 'still-open', '10.8.0.10', null, null, null, null)`.execute(perl.db);
      const before = await perl.db.selectFrom('session').selectAll().orderBy('id').execute();
      await perl.db.destroy();

      const perlArgs = [...database.args, '-n', 'perl', '-r', 'udp', '-o', '1194'];
      const close = {
        script_type: 'client-disconnect', common_name: 'still-open', trusted_ip: '192.0.2.2', trusted_port: '5001',
        time_unix: '1600000500', ifconfig_pool_remote_ip: '10.8.0.10', time_duration: '60', bytes_received: '7', bytes_sent: '8',
      };
      if (backend !== 'sqlite') {
        const closed = await runBin(perlArgs, close);
        assert.deepEqual([closed.code, closed.stderr], [0, ''], 'the hook works on the Perl tables before any migration');
      }

      const migrated = await runBin(['migrate', ...database.args]);
      assert.equal(migrated.code, 0, migrated.stderr);
      const handle = await database.open();
      const after = await handle.db.selectFrom('session').selectAll().orderBy('id').execute();
      const perlColumns = (rows: Record<string, unknown>[]) =>
        rows.map(({ id, instance_id, connect_time, src_ip, src_port, cn, vpn_ip4 }) =>
          JSON.stringify([id, instance_id, connect_time, src_ip, src_port, cn, vpn_ip4].map(String)));
      assert.deepEqual(perlColumns(after), perlColumns(before));
      assert.ok('vpn_ip6' in after[0]! && 'end_reason' in after[0]!, 'adoption adds the newer columns');

      if (backend === 'sqlite') assert.equal((await runBin(perlArgs, close)).code, 0);
      const connect = { ...close, script_type: 'client-connect', common_name: 'new-user', time_unix: '1700000000' };
      assert.equal((await runBin(perlArgs, connect)).code, 0);
      const rows = await handle.db.selectFrom('session').select(['cn', 'instance_id', 'duration']).orderBy('id').execute();
      assert.deepEqual(
        rows.map((row) => [row.cn, Number(row.instance_id), row.duration === null ? null : Number(row.duration)]),
        [['old-user', 1, 100], ['still-open', 1, 60], ['new-user', 1, null]],
      );
    } finally {
      await database.drop();
    }
  });
});
