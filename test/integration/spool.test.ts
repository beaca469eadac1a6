import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import type { Backend } from '../../src/db/backend.ts';
import { describeTarget } from '../../src/db/connection-options.ts';
import { ensureSpoolDir, writeEventFile } from '../../src/spool/spool-dir.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/open-database.ts';
import { hostileEnv } from '../helpers/hostile-env.ts';
import { binPath, runBin } from '../helpers/run-bin.ts';
import {
  failedFiles,
  freePort,
  runningDrainer,
  runSpoolHook,
  spooledEventNames,
  startRelay,
  stopDrainer,
  waitFor,
} from '../helpers/spool.ts';
import { describeEachBackend, emptyTables, migratedDatabase, rowCounts, type TestDatabase } from '../helpers/test-database.ts';

const SESSIONS = 250;

const connectEnv = (i: number): Record<string, string> => ({
  script_type: 'client-connect',
  common_name: `user${i}`,
  trusted_ip: '198.51.100.7',
  trusted_port: String(20000 + i),
  time_unix: String(1790000000 + (i % 7)),
  ifconfig_pool_remote_ip: `10.8.${i >> 8}.${i & 255}`,
  client_connect_config_file: '/tmp/openvpn_cc_spool_test.tmp',
});

const disconnectEnv = (i: number): Record<string, string> => ({
  ...connectEnv(i),
  script_type: 'client-disconnect',
  time_duration: String(100 + i),
  bytes_received: String(1000 + i),
  bytes_sent: String(2000 + i),
});

/** Sessions as cn → [disconnect time, duration, bytes in, bytes out]. */
async function closedSessions(handle: DatabaseHandle) {
  const rows = await handle.db.selectFrom('session').selectAll().execute();
  return new Map(
    rows.map((row) => [
      row.cn,
      [row.disconnect_time === null ? null : Number(row.disconnect_time), Number(row.duration), String(row.bytes_in), String(row.bytes_out)],
    ]),
  );
}

function expectedSession(i: number) {
  return [1790000000 + (i % 7) + 100 + i, 100 + i, String(1000 + i), String(2000 + i)];
}

/** Runs `work` for 0..count-1 with at most `parallel` at a time. */
async function inParallel(count: number, parallel: number, work: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

describeEachBackend('spool and drain', (backend: Backend) => {
  let database: TestDatabase | undefined;
  let handle: DatabaseHandle;
  let args: string[];
  const root = mkdtempSync(join(tmpdir(), 'odl-spool-'));
  const spools: string[] = [];
  const freshSpool = () => {
    const dir = join(root, `spool-${spools.length + 1}`);
    spools.push(dir);
    return dir;
  };

  before(async (t) => {
    database = await migratedDatabase(backend, t as never);
    if (!database) return;
    args = database.args;
    handle = await database.open();
  });
  after(async () => {
    await Promise.all(spools.map(stopDrainer));
    await database?.drop();
    rmSync(root, { recursive: true, force: true });
  });

  it('spools with --spool, exits 0, and the drainer it starts applies connect and disconnect', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const dir = join(freshSpool(), 'created-by-hook');
    for (const env of [connectEnv(1), disconnectEnv(1)]) {
      const result = await runBin([...args, '-n', 'vpn1', '--spool', dir, env['client_connect_config_file'] ?? ''], env);
      assert.deepEqual([result.code, result.stderr], [0, '']);
      await waitFor('the drainer to empty the spool', () => spooledEventNames(dir).length === 0 && !runningDrainer(dir));
    }
    assert.equal(statSync(dir).mode & 0o777, 0o700);
    assert.deepEqual(await closedSessions(handle), new Map([['user1', expectedSession(1)]]));
    const [instance] = await handle.db.selectFrom('instance').selectAll().execute();
    assert.equal(instance?.name, 'vpn1');
  });

  it('refuses a bad environment at once, as the synchronous hook does, and spools nothing', async (t) => {
    if (!database) return t.skip();
    const dir = freshSpool();
    const result = await runBin([...args, '--spool', dir], { ...connectEnv(1), trusted_port: '70000' });
    assert.equal(result.code, 100);
    assert.equal(result.stderr, 'openvpn-db-log: invalid trusted_port="70000": expected a port number 0-65535\n');
    assert.deepEqual(spooledEventNames(dir), []);
    const both = await runBin([...args, '--spool', dir, '-f'], connectEnv(1));
    assert.equal(both.code, 100);
    assert.match(both.stderr, /expected at most one of -f, --defer and --spool/);
  });

  it(`applies ${SESSIONS * 2} events spooled by concurrent hooks while the database was down, each once and in order`, async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const dir = freshSpool();
    // Down: SQLite's file does not exist yet; the servers are behind a port nobody listens on yet.
    const port = await freePort();
    const sqliteFile = join(root, 'later.sqlite');
    const downArgs =
      backend === 'sqlite' ? ['-b', 'SQLite', '-d', sqliteFile] : args.map((arg, i) => (args[i - 1] === '-t' ? String(port) : arg));
    const hookArgs = ['--spool', dir, '-n', 'storm', '--timeout', '2', ...downArgs];
    // Every fifth session through the Node hook, the others through the shell hook; connect before disconnect.
    const results: Array<{ code: number | null; stderr: string }> = [];
    await inParallel(SESSIONS, 12, async (i) => {
      for (const env of [connectEnv(i), disconnectEnv(i)]) {
        results.push(i % 5 === 0 ? await runBin(hookArgs, env) : await runSpoolHook(hookArgs, env));
      }
    });
    assert.deepEqual(
      results.filter((result) => result.code !== 0 || result.stderr !== ''),
      [],
    );
    assert.equal(spooledEventNames(dir).length, SESSIONS * 2, 'nothing reached the database');
    const drainer = runningDrainer(dir);
    assert.ok(drainer, 'a hook started a drainer, which waits for the database');
    assert.deepEqual(failedFiles(dir), []);

    // Back: the drainer retries on its own; SIGUSR1 only spares the test its back-off.
    let relay: { close(): Promise<void> } | undefined;
    let target = handle;
    if (backend === 'sqlite') {
      assert.equal((await runBin(['migrate', '-b', 'SQLite', '-d', sqliteFile])).code, 0);
      target = await openDatabase({ ...database.connection, database: sqliteFile });
    } else {
      relay = await startRelay(port, Number(args[args.indexOf('-t') + 1]));
    }
    try {
      process.kill(drainer, 'SIGUSR1');
      await waitFor('the drainer to apply everything', () => spooledEventNames(dir).length === 0 && !runningDrainer(dir), 120_000);
      assert.deepEqual(failedFiles(dir), []);
      assert.deepEqual(await rowCounts(target), { sessions: SESSIONS, instances: 1 });
      const sessions = await closedSessions(target);
      for (let i = 0; i < SESSIONS; i++) assert.deepEqual(sessions.get(`user${i}`), expectedSession(i), `user${i}`);
    } finally {
      await relay?.close();
      if (target !== handle) await target.db.destroy();
    }
  });

  it('drain keeps what it cannot apply in failed/ with the reason, and applies a replayed event once', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const dir = freshSpool();
    mkdirSync(dir, { mode: 0o700 });
    // A live drain.pid (this process): the hooks leave the work to the drain below.
    writeFileSync(join(dir, 'drain.pid'), `${process.pid}\n`);
    const spool = async (env: Record<string, string>, extra: string[] = []) =>
      assert.equal((await runSpoolHook(['--spool', dir, ...extra, ...args], env)).code, 0);
    await spool(connectEnv(1));
    const [connectFile] = spooledEventNames(dir);
    assert.ok(connectFile);
    const replay = readFileSync(join(dir, connectFile));
    await spool(disconnectEnv(2)); // no session 2, no -C: refused
    await spool(disconnectEnv(3), ['-C']); // created by -C
    await spool(hostileEnv({ label: '', overrides: { common_name: 'x\ny' }, variable: '' }));
    await spool({ ...connectEnv(4), time_unix: 'soon' });
    writeFileSync(join(dir, '000000000001-1-1.event'), 'not an event\nend\n', { mode: 0o600 });

    rmSync(join(dir, 'drain.pid'));
    const drained = await runBin(['drain', '--spool', dir, ...args]);
    assert.equal(drained.code, 4, `exit code: events moved to failed/; ${drained.stderr}`);
    assert.equal(drained.stdout, `${dir}: applied 2 event(s) to ${describeTarget(database.connection)}, moved 4 to ${dir}/failed/\n`);
    assert.equal(drained.stderr.split('\n').filter(Boolean).length, 4, 'one line per moved event');
    assert.deepEqual(spooledEventNames(dir), []);
    const failed = failedFiles(dir);
    assert.equal(failed.length, 8);
    const reasons = failed.filter((name) => name.endsWith('.reason')).map((name) => readFileSync(join(dir, 'failed', name), 'utf8'));
    for (const expected of [
      /undecodable event file: first line "not an event"/,
      /no open session matches client-disconnect of common_name="user2"/,
      /invalid common_name="x\\ny"/,
      /invalid time_unix="soon"/,
    ]) {
      assert.equal(reasons.filter((reason) => expected.test(reason)).length, 1, String(expected));
    }
    assert.deepEqual(await rowCounts(handle), { sessions: 2, instances: 1 });

    // Drained but not yet removed when the drainer died: applied again, harmlessly.
    writeFileSync(join(dir, connectFile), replay, { mode: 0o600 });
    const again = await runBin(['drain', '--spool', dir, ...args]);
    assert.deepEqual([again.code, again.stderr], [0, '']);
    assert.match(again.stdout, /applied 1 event\(s\)/);
    assert.deepEqual(await rowCounts(handle), { sessions: 2, instances: 1 });
    assert.equal(failedFiles(dir).length, 8);
  });

  it('drain --watch applies events as they arrive, holds the lock, and stops on SIGTERM', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const dir = freshSpool();
    const watcher = spawn(binPath, ['drain', '--watch', '--spool', dir, ...args], { env: {}, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    watcher.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    watcher.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => watcher.on('exit', resolve));
    try {
      await waitFor('the watcher to take the lock', () => runningDrainer(dir) === watcher.pid);
      const second = await runBin(['drain', '--spool', dir, ...args]);
      assert.equal(second.code, 0);
      assert.match(second.stderr, /another drain is running on this spool directory/);

      for (const env of [connectEnv(7), disconnectEnv(7)]) {
        assert.equal((await runSpoolHook(['--spool', dir, ...args], env)).code, 0);
      }
      await waitFor('the watcher to apply both events', async () => (await closedSessions(handle)).get('user7')?.[0] != null);
      assert.deepEqual(spooledEventNames(dir), []);
    } finally {
      watcher.kill('SIGTERM');
    }
    assert.equal(await exited, 0, output);
    assert.equal(existsSync(join(dir, 'drain.pid')), false);
  });

  it('orders by arrival even when events arrived out of name order (modification time first)', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const dir = freshSpool();
    mkdirSync(dir, { mode: 0o700 });
    writeFileSync(join(dir, 'drain.pid'), `${process.pid}\n`);
    await runSpoolHook(['--spool', dir, ...args], disconnectEnv(9));
    await runSpoolHook(['--spool', dir, ...args], connectEnv(9));
    // A reboot restarted the uptime in the names: the disconnect's name sorts first, its time does not.
    const [first, second] = spooledEventNames(dir).sort();
    assert.ok(first && second);
    const disconnectName = readFileSync(join(dir, first), 'utf8').includes('client-disconnect') ? first : second;
    const connectName = disconnectName === first ? second : first;
    copyFileSync(join(dir, disconnectName), join(dir, `000000000000-3-1.event`));
    rmSync(join(dir, disconnectName));
    const now = Date.now() / 1000;
    utimesSync(join(dir, connectName), now - 20, now - 20);
    utimesSync(join(dir, '000000000000-3-1.event'), now - 10, now - 10);
    rmSync(join(dir, 'drain.pid'));
    const drained = await runBin(['drain', '--spool', dir, ...args]);
    assert.deepEqual([drained.code, drained.stderr], [0, '']);
    assert.deepEqual((await closedSessions(handle)).get('user9'), expectedSession(9));
  });
});

it('refuses a deferred client only after the hook that announced it is reaped (OpenVPN takes a 0 read earlier as admission), and no later client waits for that hook', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'odl-defer-refusal-'));
  const deferredFile = join(dir, 'openvpn_ccr.tmp');
  const laterDeferredFile = join(dir, 'openvpn_ccr_later.tmp');
  writeFileSync(deferredFile, '2');
  writeFileSync(laterDeferredFile, '2');
  // Stands in for the hook OpenVPN has not reaped yet (Node reaps it once it exits, as OpenVPN does).
  const hook = spawn('sleep', ['60'], { stdio: 'ignore' });
  const hookGone = new Promise((resolve) => hook.on('exit', resolve));
  const reapedHook = spawn('true', { stdio: 'ignore' });
  await new Promise((resolve) => reapedHook.on('exit', resolve));
  const spool = join(dir, 'spool');
  ensureSpoolDir(spool);
  const spoolConnect = (i: number, file: string, hookPid: number) =>
    writeEventFile(spool, {
      instanceName: '',
      instanceProto: '',
      instancePort: '0',
      updateCreate: false,
      env: connectEnv(i),
      deferral: { file, admitOnFailure: false, hookPid },
    });
  spoolConnect(1, deferredFile, hook.pid!);
  spoolConnect(2, laterDeferredFile, reapedHook.pid!);
  const down = ['--url', 'postgres://postgres@127.0.0.1:1/nowhere', '--timeout', '1'];
  const drainer = spawn(binPath, ['drain', '--watch', '--spool', spool, ...down], { env: {}, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  drainer.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const drainerGone = new Promise((resolve) => drainer.on('exit', resolve));
  try {
    await waitFor('the drainer to find the database down', () => /127\.0\.0\.1:1/.test(stderr), 20_000);
    await waitFor('the refusal of the client whose hook is reaped', () => readFileSync(laterDeferredFile, 'latin1') === '0', 10_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(readFileSync(deferredFile, 'latin1'), '2', `answered while the hook still runs; drainer said: ${stderr}`);
    hook.kill();
    await hookGone;
    await waitFor('the refusal', () => readFileSync(deferredFile, 'latin1') === '0', 10_000);
    assert.deepEqual(spooledEventNames(spool), [], 'the refused connect is dropped');
  } finally {
    hook.kill();
    drainer.kill('SIGTERM');
    await drainerGone;
    rmSync(dir, { recursive: true, force: true });
  }
});
