import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { sql } from 'kysely';
import type { Backend } from '../../src/db/backend.ts';
import type { DatabaseHandle } from '../../src/db/open-database.ts';
import { fixtureEnv, fixturesDir, runBin } from '../helpers/run-bin.ts';
import { describeEachBackend, emptyTables, migratedDatabase, type TestDatabase } from '../helpers/test-database.ts';

interface Run {
  /** Fixture run directory under test/fixtures. */
  dir: string;
  status: string;
  version: string;
}

const runs: Run[] = [
  { dir: 'openvpn-2.6/udp-status-v3', status: 'status-v3-connected.log', version: '3' },
  { dir: 'openvpn-2.6/tcp-status-v2', status: 'status-v2-connected.log', version: '2' },
  { dir: 'openvpn-2.6/udp-status-v3', status: 'mgmt-status-v2-connected.txt', version: '2' },
  { dir: 'openvpn-2.7/udp-ipv6-mixed-status-v3', status: 'status-v3-connected.log', version: '3' },
  { dir: 'openvpn-2.7/tcp-ipv6-mixed-status-v2', status: 'status-v2-connected.log', version: '2' },
  { dir: 'openvpn-2.7/tcp-status-v2', status: 'mgmt-status-v3-connected.txt', version: '3' },
  { dir: 'openvpn-2.6/udp-status-v3', status: 'mgmt-status-v1-connected.txt', version: '1' },
];

/** A trigger that makes every INSERT into session fail, and what removes it again. */
const refuseInserts: Record<Backend, { create: string[]; drop: string[] }> = {
  sqlite: {
    create: [`create trigger refuse_session_insert before insert on session begin select raise(abort, 'refused by the test'); end`],
    drop: ['drop trigger refuse_session_insert'],
  },
  postgres: {
    create: [
      `create function refuse_session_insert() returns trigger language plpgsql as $$ begin raise exception 'refused by the test'; end $$`,
      'create trigger refuse_session_insert before insert on session for each row execute function refuse_session_insert()',
    ],
    drop: ['drop trigger refuse_session_insert on session', 'drop function refuse_session_insert()'],
  },
  mysql: {
    create: [`create trigger refuse_session_insert before insert on session for each row signal sqlstate '45000' set message_text = 'refused by the test'`],
    drop: ['drop trigger refuse_session_insert'],
  },
};

const statusPath = (run: Run) => `${fixturesDir}${run.dir}/status-snapshots/${run.status}`;

/** The client lines of a v2/v3 fixture, read independently of the parser under test. */
function expectedCounters(run: Run): Map<string, { bytesIn: string; bytesOut: string }> {
  const text = readFileSync(statusPath(run), 'utf8');
  const expected = new Map<string, { bytesIn: string; bytesOut: string }>();
  if (run.version === '1') {
    for (const line of text.split(/\r?\n/)) {
      const match = /^(.+),[^,]*:\d+,(\d+),(\d+),\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.exec(line);
      if (match) expected.set(match[1]!, { bytesIn: match[2]!, bytesOut: match[3]! });
    }
    return expected;
  }
  const separator = run.version === '3' ? '\t' : ',';
  for (const line of text.split(/\r?\n/)) {
    if (!line.startsWith(`CLIENT_LIST${separator}`)) continue;
    const fields = line.split(separator);
    // Count from the right: a comma in a CN shifts the left side of a v2 line.
    const right = fields.slice(-9);
    const cn = fields.slice(1, fields.length - 11).join(separator);
    expected.set(cn, { bytesIn: right[1]!, bytesOut: right[2]! });
  }
  return expected;
}

function connectEnvs(run: Run) {
  const dir = `${fixturesDir}${run.dir}/env/`;
  return readdirSync(dir)
    .filter((name) => name.startsWith('client-connect-') && name.endsWith('.env'))
    .map((name) => fixtureEnv(`${run.dir}/env/${name}`));
}

describeEachBackend('status processing', (backend: Backend) => {
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

  async function connectAll(run: Run, extra: string[] = []) {
    for (const env of connectEnvs(run)) {
      const result = await runBin([...args, ...extra], env);
      assert.equal(result.code, 0, result.stderr);
    }
  }

  async function rows() {
    const all = await handle.db.selectFrom('session').selectAll().orderBy('id').execute();
    return all.map((row) => ({
      cn: row.cn,
      srcPort: Number(row.src_port),
      connectTime: Number(row.connect_time),
      duration: row.duration === null ? null : Number(row.duration),
      bytesIn: row.bytes_in === null ? null : String(row.bytes_in),
      bytesOut: row.bytes_out === null ? null : String(row.bytes_out),
      disconnectTime: row.disconnect_time === null ? null : Number(row.disconnect_time),
      endReason: row.end_reason,
    }));
  }

  for (const run of runs) {
    it(`updates every connected client from ${run.dir}/${run.status} (v${run.version})`, async (t) => {
      if (!database) return t.skip();
      await emptyTables(handle);
      await connectAll(run);
      const extra = run.version === '1' ? ['--status-tz', 'UTC'] : [];
      const result = await runBin([...args, '-S', statusPath(run), '-V', run.version, '-I', ...extra]);
      assert.equal(result.code, 0, result.stderr);
      const expected = expectedCounters(run);
      assert.ok(expected.size >= 2);
      const updated = (await rows()).filter((row) => expected.has(row.cn));
      assert.equal(updated.length, expected.size, 'every listed client matched a session');
      for (const row of updated) {
        assert.deepEqual({ bytesIn: row.bytesIn, bytesOut: row.bytesOut }, expected.get(row.cn), row.cn);
        assert.ok(row.duration !== null && row.duration >= 0 && row.disconnectTime === null);
      }
    });
  }

  it('accepts every line of a modern (2.4+) status, where the Perl tool rejected them all', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const run = runs[0]!;
    await connectAll(run);
    const result = await runBin([...args, '-S', statusPath(run), '-N']);
    assert.deepEqual([result.code, result.stderr], [0, '']);
    assert.ok((await rows()).every((row) => row.bytesIn !== null));
  });

  it('reads standard input with -S and an empty name', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const run = runs[1]!;
    await connectAll(run);
    const result = await runBin([...args, '-S', '', '-V', '2'], {}, readFileSync(statusPath(run), 'utf8'));
    assert.deepEqual([result.code, result.stderr], [0, '']);
    assert.equal((await rows()).filter((row) => row.bytesIn !== null).length, expectedCounters(run).size);
  });

  it('counts unmatched lines in the exit code, explains them with -I, creates them with -C', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const run = runs[0]!;
    const envs = connectEnvs(run);
    for (const env of envs.slice(0, 2)) assert.equal((await runBin(args, env)).code, 0);
    const missing = expectedCounters(run).size - 2;
    const plain = await runBin([...args, '-S', statusPath(run)]);
    assert.deepEqual([plain.code, plain.stderr], [missing, '']);
    const explained = await runBin([...args, '-S', statusPath(run), '-I', '-I']);
    assert.equal(explained.code, missing);
    assert.equal(explained.stderr.match(/rejected: no session matches/g)?.length, missing);
    assert.match(explained.stderr, /CLIENT_LIST\\t/);
    assert.equal((await runBin([...args, '-S', statusPath(run), '-z'])).code, 0);
    const needSuccess = await runBin([...args, '-S', statusPath(run), '-N']);
    assert.equal(needSuccess.code, 100);
    assert.match(needSuccess.stderr, /nothing committed/);
    const created = await runBin([...args, '-S', statusPath(run), '-C']);
    assert.deepEqual([created.code, created.stderr], [0, '']);
    assert.equal((await rows()).length, expectedCounters(run).size);
  });

  it('with -N commits nothing when one line is rejected', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const run = runs[0]!;
    await connectAll(run);
    const text = readFileSync(statusPath(run), 'utf8').replace(/\nCLIENT_LIST\tclient01\t[^\n]*/, (line) => line.replace('\t7816\t', '\t7816x\t'));
    const file = join(mkdtempSync(join(tmpdir(), 'odl-status-')), 'status.log');
    writeFileSync(file, text);
    const result = await runBin([...args, '-S', file, '-N']);
    assert.equal(result.code, 100);
    assert.ok((await rows()).every((row) => row.bytesIn === null), 'nothing was written');
    const lenient = await runBin([...args, '-S', file, '-I']);
    assert.equal(lenient.code, 1);
    assert.match(lenient.stderr, /Bytes Received/);
  });

  it('a failure after the counters were written leaves them as they were: the whole status is one transaction', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const run = runs[0]!;
    for (const env of connectEnvs(run).slice(0, 2)) assert.equal((await runBin(args, env)).code, 0);
    // -C inserts the clients without a session after the two sessions' counters were updated; the insert fails.
    for (const statement of refuseInserts[backend].create) await sql.raw(statement).execute(handle.db);
    try {
      const result = await runBin([...args, '-S', statusPath(run), '-C']);
      assert.notEqual(result.code, 0);
      assert.match(result.stderr, /refused by the test/);
    } finally {
      for (const statement of refuseInserts[backend].drop) await sql.raw(statement).execute(handle.db);
    }
    const sessions = await rows();
    assert.equal(sessions.length, 2);
    assert.ok(sessions.every((row) => row.bytesIn === null && row.duration === null), 'no counter was written');
    const created = await runBin([...args, '-S', statusPath(run), '-C']);
    assert.deepEqual([created.code, created.stderr], [0, '']);
    assert.ok((await rows()).every((row) => row.bytesIn !== null), 'the same status applies once the inserts work');
  });

  it('caps the exit code at 99 rejected lines', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    await connectAll(runs[0]!);
    const lines = ['TITLE\tOpenVPN 2.6.14', 'TIME\t2026-11-23 10:56:45\t1795431405',
      'HEADER\tCLIENT_LIST\tCommon Name\tReal Address\tVirtual Address\tVirtual IPv6 Address\tBytes Received\tBytes Sent\tConnected Since\tConnected Since (time_t)\tUsername\tClient ID\tPeer ID\tData Channel Cipher'];
    for (let i = 0; i < 120; i++) lines.push(`CLIENT_LIST\tghost${i}\t127.0.0.1:${1000 + i}\t10.99.1.${i}\t\t1\t2\t2026-11-23 10:56:43\t1795431403\tUNDEF\t${i}\t${i}\tAES-256-GCM`);
    lines.push('END', '');
    const file = join(mkdtempSync(join(tmpdir(), 'odl-status-')), 'status.log');
    writeFileSync(file, lines.join('\n'));
    assert.equal((await runBin([...args, '-S', file])).code, 99);
  });

  it('refuses an incomplete file and a status that is too old without touching the database', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const run = runs[0]!;
    await connectAll(run);
    const text = readFileSync(statusPath(run), 'utf8');
    const file = join(mkdtempSync(join(tmpdir(), 'odl-status-')), 'status.log');
    writeFileSync(file, text.slice(0, text.indexOf('\nEND')));
    const truncated = await runBin([...args, '-S', file]);
    assert.equal(truncated.code, 100);
    assert.match(truncated.stderr, /incomplete/);
    const unreachable = ['-b', 'Pg', '-H', '127.0.0.1', '-t', '1', '-d', 'none'];
    const old = await runBin([...unreachable, '-S', statusPath(run), '-A', '60']);
    assert.equal(old.code, 100);
    assert.match(old.stderr, /more than --status-age 60; nothing changed/);
    const wrongVersion = await runBin([...args, '-S', statusPath(run), '-V', '2']);
    assert.equal(wrongVersion.code, 100);
    assert.ok((await rows()).every((row) => row.bytesIn === null));
  });

  it('keeps duplicate-cn sessions apart', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const base = { script_type: 'client-connect', common_name: 'shared', trusted_ip: '127.0.0.1', time_unix: '1795431403' };
    for (const [port, vpn] of [['5001', '10.99.0.2'], ['5002', '10.99.0.3']] as const) {
      assert.equal((await runBin(args, { ...base, trusted_port: port, ifconfig_pool_remote_ip: vpn })).code, 0);
    }
    const file = join(mkdtempSync(join(tmpdir(), 'odl-status-')), 'status.log');
    writeFileSync(file, [
      'TITLE,OpenVPN 2.6.14', 'TIME,2026-11-23 10:56:45,1795431405',
      'HEADER,CLIENT_LIST,Common Name,Real Address,Virtual Address,Virtual IPv6 Address,Bytes Received,Bytes Sent,Connected Since,Connected Since (time_t),Username,Client ID,Peer ID,Data Channel Cipher',
      'CLIENT_LIST,shared,127.0.0.1:5002,10.99.0.3,,222,2222,2026-11-23 10:56:43,1795431403,UNDEF,1,1,AES-256-GCM',
      'CLIENT_LIST,shared,127.0.0.1:5001,10.99.0.2,,111,1111,2026-11-23 10:56:43,1795431403,UNDEF,0,0,AES-256-GCM',
      'END', ''].join('\r\n'));
    assert.deepEqual((await runBin([...args, '-S', file, '-V', '2'])).code, 0);
    assert.deepEqual((await rows()).map((row) => [row.srcPort, row.bytesIn, row.bytesOut]), [[5001, '111', '1111'], [5002, '222', '2222']]);
  });

  it('closes sessions missing from the status at their last known moment, marked stale', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const run = runs[0]!;
    await connectAll(run);
    assert.equal((await runBin([...args, '-S', statusPath(run)])).code, 0);
    const afterDisconnect = `${fixturesDir}${run.dir}/status-snapshots/status-v3-after-disconnect.log`;
    const kept = await runBin([...args, '-S', afterDisconnect, '--close-missing']);
    assert.equal(kept.code, 0, kept.stderr);
    assert.ok((await rows()).every((row) => row.disconnectTime === null), 'the grace period protects young sessions');
    const closed = await runBin([...args, '-S', afterDisconnect, '--close-missing', '--stale-grace', '0']);
    assert.equal(closed.code, 0, closed.stderr);
    const after = await rows();
    const stale = after.filter((row) => row.endReason === 'stale');
    assert.equal(stale.length, after.length - 1, 'all but the one client still listed');
    for (const row of stale) assert.equal(row.disconnectTime, row.connectTime + (row.duration ?? 0));
    const survivor = after.find((row) => row.endReason === null);
    assert.equal(survivor?.disconnectTime, null);
    // As an OpenVPN `up` script: OpenVPN appends the device, MTUs, addresses and `init`.
    const allOpen = await runBin(['close-stale', ...args, '--all-open', 'tun0', '1500', '1553', '10.8.0.1', '255.255.255.0', 'init']);
    assert.deepEqual([allOpen.code, allOpen.stdout.trim().endsWith('closed 1 stale session(s)')], [0, true]);
  });

  it('close-stale compares with a status file and leaves other instances alone', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const run = runs[0]!;
    await connectAll(run);
    await connectAll(run, ['-n', 'other']);
    const afterDisconnect = `${fixturesDir}${run.dir}/status-snapshots/status-v3-after-disconnect.log`;
    const result = await runBin(['close-stale', ...args, '-S', afterDisconnect, '--stale-grace', '0']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /closed 5 stale session\(s\)/);
    const open = (await rows()).filter((row) => row.disconnectTime === null);
    assert.equal(open.length, 1 + connectEnvs(run).length);
    assert.equal((await runBin(['close-stale', ...args])).code, 100, 'a source is required');
  });

  it('asks a running server over the management interface', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const run = runs[0]!;
    await connectAll(run);
    const answer = readFileSync(`${fixturesDir}${run.dir}/status-snapshots/mgmt-status-v3-connected.txt`, 'utf8');
    const server: Server = createServer((socket) => {
      socket.write('ENTER PASSWORD:');
      socket.on('data', (data) => {
        const text = data.toString();
        if (text.includes('letmein')) socket.write('SUCCESS: password is correct\r\n>INFO:OpenVPN Management Interface Version 5\r\n');
        if (text.startsWith('status')) socket.write(answer.replace(/\r?\n/g, '\r\n'));
        if (text.startsWith('quit')) socket.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as { port: number }).port;
      const passwordFile = join(mkdtempSync(join(tmpdir(), 'odl-mgmt-')), 'pw');
      writeFileSync(passwordFile, 'letmein\n');
      const result = await runBin([...args, '--management', `127.0.0.1:${port}`, '--management-password-file', passwordFile]);
      assert.deepEqual([result.code, result.stderr], [0, '']);
      assert.equal((await rows()).filter((row) => row.bytesIn !== null).length, expectedCounters({ ...run, status: 'mgmt-status-v3-connected.txt' }).size);
    } finally {
      server.close();
    }
  });
});
