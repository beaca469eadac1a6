import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, it } from 'node:test';
import type { Backend } from '../../src/db/backend.ts';
import type { DatabaseHandle } from '../../src/db/open-database.ts';
import { Drainer } from '../../src/spool/drainer.ts';
import { binPath, runBin } from '../helpers/run-bin.ts';
import { failedFiles, runSpoolHook, spooledEventNames } from '../helpers/spool.ts';
import { createTestDatabase, describeEachBackend, emptyTables, migratedDatabase, type TestDatabase } from '../helpers/test-database.ts';

/** A status written a minute ago, set before each test: recent enough for the documented `-A 300`. */
let STATUS_TIME = 0;
let CONNECT_TIME = 0;
beforeEach(() => {
  STATUS_TIME = Math.floor(Date.now() / 1000) - 60;
  CONNECT_TIME = STATUS_TIME - 3600;
});

const connectEnv = (cn: string, port: number, connectTime?: number): Record<string, string> => ({
  script_type: 'client-connect',
  common_name: cn,
  trusted_ip: '127.0.0.1',
  trusted_port: String(port),
  time_unix: String(connectTime ?? CONNECT_TIME),
  ifconfig_pool_remote_ip: `10.8.0.${port % 250}`,
});

const disconnectEnv = (cn: string, port: number, duration: number, bytes: [number, number]): Record<string, string> => ({
  ...connectEnv(cn, port),
  script_type: 'client-disconnect',
  time_duration: String(duration),
  bytes_received: String(bytes[0]),
  bytes_sent: String(bytes[1]),
});

interface Listed {
  cn: string;
  port: number;
  bytes: [number, number];
  connectTime?: number;
}

/** A version 2 status (OpenVPN 2.6 layout) at `time` listing `clients`. */
function statusV2(time: number, clients: Listed[]): string {
  const lines = [
    'TITLE,OpenVPN 2.6.14 x86_64-pc-linux-gnu',
    `TIME,${new Date(time * 1000).toISOString().slice(0, 19).replace('T', ' ')},${time}`,
    'HEADER,CLIENT_LIST,Common Name,Real Address,Virtual Address,Virtual IPv6 Address,Bytes Received,Bytes Sent,Connected Since,Connected Since (time_t),Username,Client ID,Peer ID,Data Channel Cipher',
    ...clients.map(
      (c, i) =>
        `CLIENT_LIST,${c.cn},127.0.0.1:${c.port},10.8.0.${c.port % 250},,${c.bytes[0]},${c.bytes[1]},x,${c.connectTime ?? CONNECT_TIME},UNDEF,${i},${i},AES-256-GCM`,
    ),
    'HEADER,ROUTING_TABLE,Virtual Address,Common Name,Real Address,Last Ref,Last Ref (time_t)',
    'GLOBAL_STATS,Max bcast/mcast queue length,0',
    'END',
  ];
  return `${lines.join('\n')}\n`;
}

/** OpenVPN's default format (status-version 1), dates in UTC. */
function statusV1(time: number, clients: Listed[]): string {
  const date = (t: number) => new Date(t * 1000).toISOString().slice(0, 19).replace('T', ' ');
  return [
    'OpenVPN CLIENT LIST',
    `Updated,${date(time)}`,
    'Common Name,Real Address,Bytes Received,Bytes Sent,Connected Since',
    ...clients.map((c) => `${c.cn},127.0.0.1:${c.port},${c.bytes[0]},${c.bytes[1]},${date(c.connectTime ?? CONNECT_TIME)}`),
    'ROUTING TABLE',
    'Virtual Address,Common Name,Real Address,Last Ref',
    ...clients.map((c) => `10.8.0.${c.port % 250},${c.cn},127.0.0.1:${c.port},${date(time)}`),
    'GLOBAL STATS',
    'Max bcast/mcast queue length,0',
    'END',
    '',
  ].join('\n');
}

describeEachBackend('drainer without a schema', (backend: Backend) => {
  it('logs once per back-off step, not once per try', async (t) => {
    const empty = await createTestDatabase(backend, t);
    if (!empty) return;
    const root = mkdtempSync(join(tmpdir(), 'odl-reconcile-'));
    try {
      const dir = join(root, 'spool');
      mkdirSync(dir, { mode: 0o700 });
      writeFileSync(join(dir, 'drain.pid'), `${process.pid}\n`);
      assert.equal((await runSpoolHook(['--spool', dir, ...empty.args], connectEnv('early', 48000))).code, 0);
      rmSync(join(dir, 'drain.pid'));
      const connection = backend === 'sqlite' ? { ...empty.connection, database: join(root, 'none.sqlite') } : empty.connection;
      const lines: string[] = [];
      const drainer = new Drainer(dir, connection, false, (line) => lines.push(line), 3600);
      const running = drainer.run();
      // SIGUSR1 cuts each back-off short: many more tries than the six back-off steps.
      for (let i = 0; i < 40; i++) {
        await new Promise((resolve) => setTimeout(resolve, 40));
        process.emit('SIGUSR1');
      }
      process.emit('SIGTERM');
      const report = await running;
      assert.equal(report.gaveUp, false);
      assert.deepEqual(
        lines.map((line) => /next try in (\d+) s/.exec(line)?.[1]),
        ['1', '2', '4', '8', '16', '30'],
        lines.join('\n'),
      );
      assert.equal(spooledEventNames(dir).length, 1);
    } finally {
      await empty.drop();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describeEachBackend('status updates, stale closes and late disconnects', (backend: Backend) => {
  let database: TestDatabase | undefined;
  let handle: DatabaseHandle;
  let args: string[];
  const root = mkdtempSync(join(tmpdir(), 'odl-reconcile-'));
  let files = 0;
  const file = (text: string) => {
    const path = join(root, `status-${++files}.log`);
    writeFileSync(path, text);
    return path;
  };

  before(async (t) => {
    database = await migratedDatabase(backend, t as never);
    if (!database) return;
    args = database.args;
    handle = await database.open();
  });
  after(async () => {
    await database?.drop();
    rmSync(root, { recursive: true, force: true });
  });

  async function row(cn: string) {
    const found = await handle.db.selectFrom('session').selectAll().where('cn', '=', cn).executeTakeFirstOrThrow();
    return {
      disconnect: found.disconnect_time === null ? null : Number(found.disconnect_time),
      duration: found.duration === null ? null : Number(found.duration),
      bytesIn: found.bytes_in === null ? null : String(found.bytes_in),
      bytesOut: found.bytes_out === null ? null : String(found.bytes_out),
      endReason: found.end_reason,
    };
  }

  /** The spool hook with a live drain.pid (this process): the event waits, as during a database outage. */
  async function spoolWithoutDrainer(dir: string, env: Record<string, string>) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(join(dir, 'drain.pid'), `${process.pid}\n`);
    assert.equal((await runSpoolHook(['--spool', dir, ...args], env)).code, 0);
    rmSync(join(dir, 'drain.pid'));
  }

  it('replays the outage: a disconnect drained after the status timer closed its session as stale replaces the estimate', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const dir = join(root, 'outage');
    assert.equal((await runBin(args, connectEnv('late', 41000))).code, 0);
    assert.equal((await runBin(args, connectEnv('stays', 41001))).code, 0);
    // The documented timer, while the client is connected.
    const timer = [...args, '-A', '300', '--close-missing'];
    const listed = await runBin([...timer, '-S', file(statusV2(STATUS_TIME - 30, [{ cn: 'late', port: 41000, bytes: [10, 20] }, { cn: 'stays', port: 41001, bytes: [1, 2] }]))]);
    assert.deepEqual([listed.code, listed.stderr], [0, '']);
    // The client disconnects while the database is down: the event waits in the spool.
    await spoolWithoutDrainer(dir, disconnectEnv('late', 41000, 3590, [5000, 6000]));
    // The next status no longer lists it: the timer closes it as stale, at its last known moment.
    const closing = await runBin([...timer, '-S', file(statusV2(STATUS_TIME, [{ cn: 'stays', port: 41001, bytes: [3, 4] }]))]);
    assert.deepEqual([closing.code, closing.stderr], [0, '']);
    assert.deepEqual(await row('late'), { disconnect: CONNECT_TIME + 3570, duration: 3570, bytesIn: '10', bytesOut: '20', endReason: 'stale' });
    // The database is back: the real disconnect wins.
    const drained = await runBin(['drain', '--spool', dir, ...args]);
    assert.deepEqual([drained.code, drained.stderr], [0, '']);
    assert.match(drained.stdout, /applied 1 event\(s\)/);
    assert.deepEqual(failedFiles(dir), []);
    assert.deepEqual(spooledEventNames(dir), []);
    assert.deepEqual(await row('late'), { disconnect: CONNECT_TIME + 3590, duration: 3590, bytesIn: '5000', bytesOut: '6000', endReason: null });
    // A synchronous hook does the same for a session closed by --close-missing.
    const allOpen = await runBin(['close-stale', ...args, '--all-open']);
    assert.equal(allOpen.code, 0, allOpen.stderr);
    assert.equal((await row('stays')).endReason, 'stale');
    const hook = await runBin(args, disconnectEnv('stays', 41001, 3700, [7, 8]));
    assert.deepEqual([hook.code, hook.stderr], [0, '']);
    assert.deepEqual(await row('stays'), { disconnect: CONNECT_TIME + 3700, duration: 3700, bytesIn: '7', bytesOut: '8', endReason: null });
  });

  it('keeps the first of two real disconnects with other values: one line, the hook exits 100, drain moves nothing to failed/', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    assert.equal((await runBin(args, connectEnv('twice', 42000))).code, 0);
    assert.equal((await runBin(args, disconnectEnv('twice', 42000, 100, [1, 2]))).code, 0);
    const first = await row('twice');
    const hook = await runBin(args, disconnectEnv('twice', 42000, 200, [3, 4]));
    assert.equal(hook.code, 100);
    assert.match(hook.stderr, /^openvpn-db-log: the session of common_name="twice" .* is already closed by another disconnect .*; kept it, this one .* is ignored\n$/);
    assert.deepEqual(await row('twice'), first);

    const dir = join(root, 'conflict');
    await spoolWithoutDrainer(dir, disconnectEnv('twice', 42000, 300, [5, 6]));
    const drained = await runBin(['drain', '--spool', dir, ...args]);
    assert.equal(drained.code, 0, drained.stderr);
    assert.equal(drained.stderr.split('\n').filter(Boolean).length, 1, drained.stderr);
    assert.match(drained.stderr, /already closed by another disconnect/);
    assert.match(drained.stdout, /applied 0 event\(s\) .*, ignored 1 conflicting disconnect\(s\)\n$/);
    assert.deepEqual(failedFiles(dir), []);
    assert.deepEqual(spooledEventNames(dir), []);
    assert.deepEqual(await row('twice'), first);
    // The same disconnect again is a replay, not a conflict.
    assert.deepEqual((await runBin(args, disconnectEnv('twice', 42000, 100, [1, 2]))).code, 0);
  });

  it('a db-update of a session closed as stale opens it again when it was alive past the estimate', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    assert.equal((await runBin(args, connectEnv('alive', 43000))).code, 0);
    assert.equal((await runBin(['close-stale', ...args, '--all-open'])).code, 0);
    const update = { ...connectEnv('alive', 43000), script_type: 'db-update', time_update: String(CONNECT_TIME + 50), bytes_received: '9', bytes_sent: '10' };
    assert.deepEqual((await runBin(args, update)).code, 0);
    assert.deepEqual(await row('alive'), { disconnect: null, duration: 50, bytesIn: '9', bytesOut: '10', endReason: null });
  });

  it('counts every status line in one bucket: closed already and closed later are no failure, rejected only matches nothing', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    for (const [cn, port] of [['open', 44000], ['gone-before', 44001], ['gone-after', 44002], ['stale', 44003]] as const) {
      assert.equal((await runBin(args, connectEnv(cn, port))).code, 0);
    }
    assert.equal((await runBin(args, disconnectEnv('gone-before', 44001, 3600, [50, 60]))).code, 0); // at the status time
    assert.equal((await runBin(args, disconnectEnv('gone-after', 44002, 3605, [70, 80]))).code, 0); // after it
    // 'stale' closed as stale at its connect time (no status ever reached it).
    const staleClose = await runBin([...args, '-S', file(statusV2(STATUS_TIME - 100, [{ cn: 'open', port: 44000, bytes: [1, 1] }])), '--close-missing']);
    assert.equal(staleClose.code, 0, staleClose.stderr);
    const before = { goneBefore: await row('gone-before'), goneAfter: await row('gone-after') };
    const clients: Listed[] = [
      { cn: 'open', port: 44000, bytes: [11, 12] },
      { cn: 'gone-before', port: 44001, bytes: [13, 14] },
      { cn: 'gone-after', port: 44002, bytes: [15, 16] },
      { cn: 'stale', port: 44003, bytes: [17, 18] },
      { cn: 'nobody', port: 44004, bytes: [19, 20] },
      { cn: 'UNDEF', port: 44005, bytes: [0, 0] },
    ];
    const status = file(statusV2(STATUS_TIME, clients));
    const result = await runBin([...args, '-S', status, '-I', '-I']);
    assert.equal(result.code, 1, 'one rejected line');
    const buckets = new Map([...result.stderr.matchAll(/^openvpn-db-log: line (\d+) ([a-z ]+?)(?::|\n|$)/gm)].map((m) => [Number(m[1]), m[2]]));
    assert.deepEqual(
      [...buckets.entries()],
      [
        [1, 'other'], [2, 'other'], [3, 'other'],
        [4, 'updated'], [5, 'closed already'], [6, 'closed later'], [7, 'reopened'], [8, 'rejected'], [9, 'skipped'],
        [10, 'other'], [11, 'other'], [12, 'other'],
      ],
    );
    assert.match(result.stderr, /line 8 rejected: no session matches this client \(-C creates it\)/);
    const once = await runBin([...args, '-S', status, '-I']);
    assert.deepEqual(
      [...once.stderr.matchAll(/^openvpn-db-log: line (\d+) ([a-z ]+?)(?::|\n|$)/gm)].map((m) => `${m[1]} ${m[2]}`),
      ['5 closed already', '6 closed later', '8 rejected', '9 skipped'],
      'once: the lines that did not simply update',
    );
    assert.match(
      result.stderr,
      new RegExp(`status ${STATUS_TIME}: 12 lines: 1 updated, 0 unchanged, 0 created, 1 reopened, 1 closed already, 1 closed later, 1 skipped, 1 rejected, 6 other; 0 open session\\(s\\) closed as stale\\n$`),
    );
    assert.deepEqual({ goneBefore: await row('gone-before'), goneAfter: await row('gone-after') }, before, 'closed rows stay as their disconnect left them');
    assert.deepEqual(await row('stale'), { disconnect: null, duration: 3600, bytesIn: '17', bytesOut: '18', endReason: null });
    // -C creates only what matches nothing; the closed sessions are counted, not dropped.
    const created = await runBin([...args, '-S', status, '-C', '-I']);
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stderr, /: 12 lines: 0 updated, 2 unchanged, 1 created, 0 reopened, 1 closed already, 1 closed later, 1 skipped, 0 rejected, 6 other;/);
    assert.deepEqual({ goneBefore: await row('gone-before'), goneAfter: await row('gone-after') }, before);
    // -N fails only for rejected lines.
    const needSuccess = await runBin([...args, '-S', file(statusV2(STATUS_TIME, clients.filter((c) => c.cn !== 'nobody'))), '-N']);
    assert.deepEqual([needSuccess.code, needSuccess.stderr], [0, '']);
  });

  it("the documented timer line works with OpenVPN's default status format (version 1, detected) and exits 0 on routine timing", async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    for (const [cn, port] of [['v1-open', 45000], ['v1-gone', 45001]] as const) {
      assert.equal((await runBin(args, connectEnv(cn, port))).code, 0);
    }
    // The status was written before v1-gone disconnected, and is read after its disconnect was logged.
    assert.equal((await runBin(args, disconnectEnv('v1-gone', 45001, 3605, [1, 2]))).code, 0);
    const text = statusV1(STATUS_TIME, [{ cn: 'v1-open', port: 45000, bytes: [30, 40] }, { cn: 'v1-gone', port: 45001, bytes: [5, 6] }]);
    const timer = await runBin([...args, '--status-tz', 'UTC', '-S', file(text), '-A', '300', '--close-missing']);
    assert.deepEqual([timer.code, timer.stderr], [0, '']);
    assert.deepEqual(await row('v1-open'), { disconnect: null, duration: 3600, bytesIn: '30', bytesOut: '40', endReason: null });
    const wrong = await runBin([...args, '--status-tz', 'UTC', '-S', file(text), '-V', '3']);
    assert.equal(wrong.code, 100);
    assert.match(wrong.stderr, /status version 3 \(tab-separated\) was requested, but the input looks like version 1/);
  });

  it('drain exits with the number of events it moved to failed/, and the documented recovery applies them', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const dir = join(root, 'recovery');
    // Its connect was lost (logged nowhere): refused, kept in failed/.
    await spoolWithoutDrainer(dir, disconnectEnv('lost-connect', 46000, 100, [1, 2]));
    const drained = await runBin(['drain', '--spool', dir, ...args]);
    assert.equal(drained.code, 1, drained.stderr);
    assert.match(drained.stdout, /applied 0 event\(s\) .*, moved 1 to .*\/failed\/\n$/);
    assert.equal(failedFiles(dir).length, 2);
    // What an older version left there: a late disconnect refused as "already closed with other values".
    assert.equal((await runBin(args, connectEnv('was-stale', 46001))).code, 0);
    assert.equal((await runBin(['close-stale', ...args, '--all-open'])).code, 0);
    await spoolWithoutDrainer(dir, disconnectEnv('was-stale', 46001, 500, [3, 4]));
    const [late] = spooledEventNames(dir);
    assert.ok(late);
    copyFileSync(join(dir, late), join(dir, 'failed', late));
    writeFileSync(join(dir, 'failed', `${late}.reason`), 'the session of common_name="was-stale" … is already closed with other values\n');
    rmSync(join(dir, late));

    // The cause is fixed (the connect is logged now), then the procedure of docs/deployment.md, word for word.
    assert.equal((await runBin(args, connectEnv('lost-connect', 46000))).code, 0);
    const procedure = readFileSync(new URL('../../docs/deployment.md', import.meta.url), 'utf8').match(/<!-- recovery -->\n```sh\n([^`]*)```/)?.[1];
    assert.ok(procedure, 'docs/deployment.md has the recovery procedure');
    const script = procedure
      .replaceAll('/var/spool/openvpn-db-log', dir)
      .replaceAll('/opt/openvpn-db-log/bin/openvpn-db-log', binPath)
      .replaceAll('--url sqlite:/var/lib/openvpn-db-log/openvpn-db-log.sqlite', args.map((arg) => `'${arg}'`).join(' '))
      .replaceAll('sudo -u nobody ', '');
    const output = execFileSync('/bin/sh', ['-e', '-c', script], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin' } });
    assert.match(output, /applied 2 event\(s\)/);
    assert.deepEqual(failedFiles(dir), []);
    assert.deepEqual(spooledEventNames(dir), []);
    assert.deepEqual(await row('lost-connect'), { disconnect: CONNECT_TIME + 100, duration: 100, bytesIn: '1', bytesOut: '2', endReason: null });
    assert.deepEqual(await row('was-stale'), { disconnect: CONNECT_TIME + 500, duration: 500, bytesIn: '3', bytesOut: '4', endReason: null });
  });

  it('a drainer without a schema says so once per back-off step, gives up after --schema-wait with exit 100, and keeps the events', async (t) => {
    if (!database) return t.skip();
    const empty = await createTestDatabase(backend, t);
    if (!empty) return;
    try {
      const dir = join(root, 'no-schema');
      const emptyArgs = backend === 'sqlite' ? ['-b', 'SQLite', '-d', join(root, 'never-migrated.sqlite')] : empty.args;
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      writeFileSync(join(dir, 'drain.pid'), `${process.pid}\n`);
      assert.equal((await runSpoolHook(['--spool', dir, ...emptyArgs], connectEnv('early', 47000))).code, 0);
      rmSync(join(dir, 'drain.pid'));
      const drained = await runBin(['drain', '--spool', dir, '--schema-wait', '4', ...emptyArgs]);
      assert.equal(drained.code, 100, drained.stderr);
      const lines = drained.stderr.split('\n').filter(Boolean);
      assert.ok(lines.length >= 2 && lines.slice(0, -1).every((line) => /no or an old openvpn-db-log schema|does not exist.*next try in \d+ s, giving up in \d+ s \(--schema-wait 4\)$/.test(line)), drained.stderr);
      assert.match(lines.at(-1) ?? '', /gave up after \d+ s \(--schema-wait 4\) without an openvpn-db-log schema: 1 event\(s\) stay in .*; run `openvpn-db-log migrate`, then drain again$/);
      assert.equal(spooledEventNames(dir).length, 1);
      assert.deepEqual(failedFiles(dir), []);
      // Migrated, the same drain applies it.
      assert.equal((await runBin(['migrate', ...emptyArgs])).code, 0);
      const again = await runBin(['drain', '--spool', dir, ...emptyArgs]);
      assert.deepEqual([again.code, again.stderr], [0, '']);
      assert.deepEqual(spooledEventNames(dir), []);
    } finally {
      await empty.drop();
    }
  });
});
