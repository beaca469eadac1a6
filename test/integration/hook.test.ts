import assert from 'node:assert/strict';
import { chmodSync, writeFileSync } from 'node:fs';
import { after, before, it } from 'node:test';
import type { Backend } from '../../src/db/backend.ts';
import type { DatabaseHandle } from '../../src/db/open-database.ts';
import { describeEachBackend, emptyTables, migratedDatabase, rowCounts, type TestDatabase } from '../helpers/test-database.ts';
import { aliceConnectEnv, fixtureEnv, runBin } from '../helpers/run-bin.ts';

const udp = 'openvpn-2.6/udp-status-v3/env';
const ipv6 = 'openvpn-2.7/udp-ipv6-mixed-status-v3/env';

/** Every column a test compares, with driver differences (bigint, strings) taken out. */
async function sessionRows(handle: DatabaseHandle) {
  const rows = await handle.db.selectFrom('session').selectAll().orderBy('id').execute();
  return rows.map((row) => ({
    instance_id: Number(row.instance_id),
    connect_time: Number(row.connect_time),
    src_ip: row.src_ip,
    src_port: Number(row.src_port),
    cn: row.cn,
    vpn_ip4: row.vpn_ip4,
    vpn_ip6: row.vpn_ip6,
    disconnect_time: row.disconnect_time === null ? null : Number(row.disconnect_time),
    duration: row.duration === null ? null : Number(row.duration),
    bytes_in: row.bytes_in === null ? null : String(row.bytes_in),
    bytes_out: row.bytes_out === null ? null : String(row.bytes_out),
  }));
}

const connectEnv = (overrides: Record<string, string | undefined> = {}) =>
  withOverrides(
    { ...aliceConnectEnv, ifconfig_pool_remote_ip6: 'fd00::1000' },
    overrides,
  );

const disconnectEnv = (overrides: Record<string, string | undefined> = {}) =>
  connectEnv({
    script_type: 'client-disconnect',
    time_duration: '3600',
    bytes_received: '123456',
    bytes_sent: '654321',
    ...overrides,
  });

function withOverrides(base: Record<string, string>, overrides: Record<string, string | undefined>) {
  const env = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

describeEachBackend('hook', (backend: Backend) => {
  let database: TestDatabase | undefined;
  let handle: DatabaseHandle;
  let args: string[];

  before(async (t) => {
    database = await migratedDatabase(backend, t as never);
    if (!database) return;
    args = database.args;
    handle = await database.open();
  });
  after(() => database?.drop());

  it('logs a real OpenVPN connect and disconnect, accepting the trailing config-file argument', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const connect = fixtureEnv(`${udp}/client-connect-client01-1.env`);
    const disconnect = fixtureEnv(`${udp}/client-disconnect-client01-1.env`);
    assert.equal(connect['PATH'], undefined, 'OpenVPN passes no PATH');
    const first = await runBin([...args, connect['client_connect_config_file'] ?? '/tmp/cc.tmp'], connect);
    assert.deepEqual([first.code, first.stderr], [0, '']);
    let [row] = await sessionRows(handle);
    assert.deepEqual(row, {
      instance_id: row?.instance_id,
      connect_time: Number(connect['time_unix']),
      src_ip: '127.0.0.1',
      src_port: Number(connect['trusted_port']),
      cn: 'client01',
      vpn_ip4: connect['ifconfig_pool_remote_ip'],
      vpn_ip6: connect['ifconfig_pool_remote_ip6'],
      disconnect_time: null,
      duration: null,
      bytes_in: null,
      bytes_out: null,
    });
    const second = await runBin(args, disconnect);
    assert.deepEqual([second.code, second.stderr], [0, '']);
    [row] = await sessionRows(handle);
    assert.equal(row?.disconnect_time, Number(disconnect['time_unix']) + Number(disconnect['time_duration']));
    assert.equal(row?.duration, Number(disconnect['time_duration']));
    assert.equal(row?.bytes_in, disconnect['bytes_received']);
    assert.equal(row?.bytes_out, disconnect['bytes_sent']);
  });

  it('logs an IPv6 client from trusted_ip6', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const connect = fixtureEnv(`${ipv6}/client-connect-alice-1.env`);
    assert.equal(connect['trusted_ip'], undefined);
    assert.equal((await runBin(args, connect)).code, 0);
    assert.equal((await runBin(args, fixtureEnv(`${ipv6}/client-disconnect-alice-1.env`))).code, 0);
    const [row] = await sessionRows(handle);
    assert.equal(row?.src_ip, '::1');
    assert.equal(row?.src_port, Number(connect['trusted_port']));
    assert.notEqual(row?.disconnect_time, null);
  });

  it('stores the same canonical text for IPv6 on every backend', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const env = connectEnv({ trusted_ip: undefined, trusted_ip6: '2001:DB8:0:0::7', ifconfig_pool_remote_ip6: 'FD00:0:0::10' });
    assert.equal((await runBin(args, env)).code, 0);
    const [row] = await sessionRows(handle);
    assert.deepEqual([row?.src_ip, row?.vpn_ip6], ['2001:db8::7', 'fd00::10']);
    assert.equal((await runBin(args, disconnectEnv({ trusted_ip: undefined, trusted_ip6: '2001:db8::7' }))).code, 0);
  });

  for (const [label, pool] of [
    ['unset', undefined],
    ['empty', ''],
  ] as const) {
    it(`stores NULL for a ${label} pool address and still matches the disconnect`, async (t) => {
      if (!database) return t.skip();
      await emptyTables(handle);
      const overrides = { ifconfig_pool_remote_ip: pool, ifconfig_pool_remote_ip6: pool };
      assert.equal((await runBin(args, connectEnv(overrides))).code, 0);
      assert.equal((await runBin(args, disconnectEnv(overrides))).code, 0);
      const [row] = await sessionRows(handle);
      assert.deepEqual([row?.vpn_ip4, row?.vpn_ip6, row?.duration], [null, null, 3600]);
    });
  }

  it('does not duplicate a replayed connect and accepts a replayed disconnect', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    for (let i = 0; i < 2; i++) assert.equal((await runBin(args, connectEnv())).code, 0);
    for (let i = 0; i < 2; i++) assert.equal((await runBin(args, disconnectEnv())).code, 0);
    assert.deepEqual(await rowCounts(handle), { sessions: 1, instances: 1 });
    const changed = await runBin(args, disconnectEnv({ bytes_sent: '1' }));
    assert.equal(changed.code, 100);
    assert.match(changed.stderr, /already closed by another disconnect .*; kept it/);
  });

  it('refuses a disconnect without a session, and creates it with -C', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const refused = await runBin(args, disconnectEnv());
    assert.equal(refused.code, 100);
    assert.match(refused.stderr, /^openvpn-db-log: no open session matches client-disconnect of common_name="alice"/);
    assert.equal(refused.stderr.split('\n').length, 2, 'one line');
    assert.deepEqual(await rowCounts(handle), { sessions: 0, instances: 0 });
    const created = await runBin([...args, '-C'], disconnectEnv());
    assert.deepEqual([created.code, created.stderr], [0, '']);
    const [row] = await sessionRows(handle);
    assert.deepEqual([row?.disconnect_time, row?.duration, row?.bytes_in], [1790003600, 3600, '123456']);
  });

  it('updates an open session with db-update and creates a missing one with -C', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const update = (extra: Record<string, string | undefined>) =>
      connectEnv({ script_type: 'db-update', bytes_received: '10', bytes_sent: '20', time_update: '1790000100', ...extra });
    assert.equal((await runBin(args, update({}))).code, 100, 'no session yet');
    assert.equal((await runBin([...args, '-C'], update({}))).code, 0);
    assert.equal((await runBin(args, update({ time_update: '1790000200', bytes_sent: '99' }))).code, 0);
    let [row] = await sessionRows(handle);
    assert.deepEqual([row?.duration, row?.bytes_in, row?.bytes_out, row?.disconnect_time], [200, '10', '99', null]);
    const backwards = await runBin(args, update({ time_update: '1789999999' }));
    assert.equal(backwards.code, 100);
    assert.match(backwards.stderr, /time_update=1789999999/);
    assert.equal((await runBin(args, disconnectEnv())).code, 0);
    assert.equal((await runBin(args, update({}))).code, 100, 'a closed session is not updated');
    [row] = await sessionRows(handle);
    assert.equal(row?.duration, 3600);
  });

  it('keeps instances apart and reuses one row per name/proto/port', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const udpArgs = [...args, '-n', 'vpn1', '-r', 'udp', '-o', '1194'];
    assert.equal((await runBin(udpArgs, connectEnv())).code, 0);
    assert.equal((await runBin(udpArgs, connectEnv({ common_name: 'bob' }))).code, 0);
    assert.equal((await runBin([...args, '-n', 'vpn1', '-r', 'tcp', '-o', '443'], connectEnv())).code, 0);
    assert.deepEqual(await rowCounts(handle), { sessions: 3, instances: 2 });
    assert.equal((await runBin(args, disconnectEnv())).code, 100, 'the default instance has no such session');
    assert.equal((await runBin(udpArgs, disconnectEnv())).code, 0);
  });

  it('takes 50 simultaneous first connects without losing one', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        runBin([...args, '-n', 'storm'], connectEnv({ common_name: `user${i}`, trusted_port: String(20000 + i) })),
      ),
    );
    assert.deepEqual(
      results.filter((r) => r.code !== 0).map((r) => r.stderr),
      [],
    );
    assert.deepEqual(await rowCounts(handle), { sessions: 50, instances: 1 });
  });

  it('reads the database from a URL, --dsn and a credentials file', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    assert.equal((await runBin(['--url', database.url], connectEnv({ common_name: 'by-url' }))).code, 0);
    assert.equal((await runBin([], { ...connectEnv({ common_name: 'by-env-url' }), OPENVPN_DB_LOG_URL: database.url })).code, 0);
    const dsnArgs = backend === 'sqlite' ? ['-b', 'sqlite', '--dsn', `database=${database.name}`] : dsnFor(database);
    assert.equal((await runBin(dsnArgs, connectEnv({ common_name: 'by-dsn' }))).code, 0);
    assert.equal((await runBin([...args, '--env', 'TZ=UTC'], connectEnv({ common_name: 'with-env' }))).code, 0);
    if (backend !== 'sqlite') {
      const credentials = `${process.env['TMPDIR'] ?? '/tmp'}/odl-creds-${database.name}`;
      const user = backend === 'postgres' ? 'postgres' : 'root';
      writeFileSync(credentials, `${user}\n\n`, { mode: 0o644 });
      chmodSync(credentials, 0o644);
      const withCreds = await runBin([...withoutUser(args), '-c', credentials], connectEnv({ common_name: 'by-creds' }));
      assert.equal(withCreds.code, 0, withCreds.stderr);
      assert.match(withCreds.stderr, /readable by group or others/);
    }
    const names = (await handle.db.selectFrom('session').select('cn').orderBy('cn').execute()).map((r) => r.cn);
    const expected = ['by-dsn', 'by-env-url', 'by-url', 'with-env', ...(backend === 'sqlite' ? [] : ['by-creds'])].sort();
    assert.deepEqual(names, expected);
  });

  it('never prints the password of a URL', async (t) => {
    if (!database) return t.skip();
    const url = database.url.replace('://', '://someone:s3cret-pw@').replace(/\/[^/]*$/, '/no_such_db_odl');
    const result = await runBin(['--url', url, '--timeout', '3'], connectEnv());
    if (backend === 'sqlite') return;
    assert.equal(result.code, 100);
    assert.doesNotMatch(result.stderr, /s3cret-pw/);
  });

  it('with -f answers 0 at once and logs in the background', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const result = await runBin([...args, '-f'], connectEnv({ common_name: 'forked' }));
    assert.deepEqual([result.code, result.stderr], [0, '']);
    const deadline = Date.now() + 15_000;
    while ((await rowCounts(handle)).sessions === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(await rowCounts(handle), { sessions: 1, instances: 1 });
    const invalid = await runBin([...args, '-f'], connectEnv({ time_unix: 'soon' }));
    assert.equal(invalid.code, 100, 'environment checks happen before forking');
  });
});

function dsnFor(database: TestDatabase): string[] {
  const { connection } = database;
  return [
    '-b', connection.backend === 'postgres' ? 'postgresql' : 'MariaDB',
    '--dsn', `host=${connection.host}`,
    '--dsn', `port=${connection.port}`,
    '--dsn', `database=${connection.database}`,
    '-u', connection.user ?? '',
  ];
}

function withoutUser(args: string[]): string[] {
  const index = args.indexOf('-u');
  return index < 0 ? args : [...args.slice(0, index), ...args.slice(index + 2)];
}
