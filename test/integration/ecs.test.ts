import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '../../src/db/open-database.ts';
import { seedHistory, seeded, newestFirst } from '../helpers/history-seed.ts';
import { binPath, fixturesDir, runBin } from '../helpers/run-bin.ts';
import { describeEachBackend, migratedDatabase, type TestDatabase } from '../helpers/test-database.ts';

const rejectLog = (version: string) => `${fixturesDir}openvpn-${version}/extra-reject-alice/server.log`;
const cnLimitsLog = `${fixturesDir}openvpn-2.7/extra-cn-limits/server.log`;
const ndjson = (text: string) => text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, any>);

describe('ecs: server log lines to ECS NDJSON', () => {
  for (const version of ['2.6', '2.7']) {
    it(`OpenVPN ${version}: one event per line in input order; the refused alice is an AUTH_FAILED failure from 127.0.0.1`, async () => {
      const lines = readFileSync(rejectLog(version), 'utf8').split('\n').filter(Boolean);
      const result = await runBin(['ecs', rejectLog(version)]);
      assert.deepEqual([result.code, result.stderr], [0, '']);
      const events = ndjson(result.stdout);
      assert.deepEqual(events.map((event) => event['message']), lines);
      const failures = events.filter((event) => event['event'].outcome === 'failure');
      assert.ok(failures.length > 0);
      for (const event of failures) {
        assert.deepEqual(event['event'], { category: ['authentication'], type: ['start'], outcome: 'failure', reason: 'AUTH_FAILED' });
        assert.equal(event['user'].name, 'alice');
        assert.equal(event['client'].ip, '127.0.0.1');
      }
    });
  }

  it("reads standard input with '-' and with no FILE", async () => {
    const input = "2026-11-23 10:58:09 alice/127.0.0.1:43274 SENT CONTROL [alice]: 'AUTH_FAILED' (status=1)\nbare message\n";
    for (const args of [['ecs', '-'], ['ecs']]) {
      const result = await runBin(args, {}, input);
      assert.equal(result.code, 0);
      assert.deepEqual(ndjson(result.stdout).map((event) => event['@timestamp'] ?? null), ['2026-11-23T10:58:09Z', null]);
    }
  });

  it('invalid UTF-8 and a megabyte of garbage give events and one warning line, no crash', async () => {
    const garbage = Buffer.alloc(1 << 20, 0x41);
    const input = Buffer.concat([Buffer.from('2026-11-23 10:58:07 bad \xff\xfe bytes\n', 'latin1'), garbage, Buffer.from('\nlast line')]);
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(binPath, ['ecs', '-'], { env: {}, stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end(input);
    });
    assert.equal(result.code, 0);
    const events = ndjson(result.stdout);
    assert.equal(events.length, 3);
    assert.equal(events[0]!['message'], '2026-11-23 10:58:07 bad \uFFFD\uFFFD bytes');
    assert.equal(events[1]!['message'].length, 65536);
    assert.equal(events[2]!['message'], 'last line');
    assert.deepEqual(result.stderr.split('\n').filter(Boolean), [
      'openvpn-db-log: line 2 of standard input: 1048576 bytes, cut to the first 65536',
    ]);
  });

  it('--follow keeps reading as the file grows and after it is rotated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'odl-follow-'));
    const file = join(dir, 'server.log');
    writeFileSync(file, '2026-11-23 10:00:00 first\n');
    const child = spawn(binPath, ['ecs', '--follow', file], { env: {}, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const seen = (count: number) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (stdout.split('\n').filter(Boolean).length >= count) {
            child.stdout.off('data', check);
            resolve();
          }
        };
        child.stdout.on('data', check);
        check();
      });
    try {
      await seen(1);
      appendFileSync(file, '2026-11-23 10:00:01 grown\n');
      await seen(2);
      appendFileSync(file, '2026-11-23 10:00:02 written just before rotation\n');
      renameSync(file, `${file}.1`);
      writeFileSync(file, '2026-11-23 10:00:03 after rotation\n');
      await seen(4);
      child.kill('SIGTERM');
      const code = await new Promise((resolve) => child.on('close', resolve));
      assert.equal(code, 0);
      assert.deepEqual(
        ndjson(stdout).map((event) => event['event'].reason),
        ['first', 'grown', 'written just before rotation', 'after rotation'],
      );
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--follow needs a file: one line naming the option', async () => {
    const result = await runBin(['ecs', '--follow', '-'], {}, '');
    assert.equal(result.code, 100);
    assert.match(result.stderr, /^openvpn-db-log: --follow needs a FILE/);
  });
});

describeEachBackend('ecs --store, auth-events, stats --failed-logins', (backend) => {
  let database: TestDatabase | undefined;
  let handle: DatabaseHandle;
  before(async (t) => {
    database = await migratedDatabase(backend, t as never);
    if (!database) return;
    handle = await database.open();
  });
  after(async () => database?.drop());

  it('stores each login outcome once: the same log again (through standard input) adds nothing, and the process ends', async (t) => {
    if (!database) return t.skip();
    const first = await runBin(['ecs', '--store', '-n', 'office', ...database.args, rejectLog('2.6')]);
    assert.deepEqual([first.code, first.stderr, first.stdout], [0, '', '140 lines, 5 login outcomes, 4 new rows in auth_event\n']);
    const again = await runBin(['ecs', '--store', '-n', 'office', ...database.args, '-'], {}, readFileSync(rejectLog('2.6'), 'utf8'));
    assert.deepEqual([again.code, again.stderr, again.stdout], [0, '', '140 lines, 5 login outcomes, 0 new rows in auth_event\n']);
    const cnLimits = await runBin(['ecs', '--store', '-n', 'office', ...database.args, cnLimitsLog]);
    assert.equal(cnLimits.code, 0, cnLimits.stderr);
    const rows = await handle.db.selectFrom('auth_event').select(['outcome', 'cn', 'src_ip', 'reason']).where('outcome', '=', 'failure').orderBy('id').execute();
    assert.deepEqual(rows.slice(0, 1), [{ outcome: 'failure', cn: 'alice', src_ip: '127.0.0.1', reason: 'AUTH_FAILED' }]);
    // A refused certificate is one failure: VERIFY ERROR, not also the handshake failure that follows it.
    assert.equal(rows.length, 1 + 4);
    assert.ok(rows.slice(1).every((row) => row.cn?.startsWith('zoë-x') && row.reason?.startsWith('VERIFY ERROR')));
  });

  it('auth-events lists them newest first with the filters and formats of sessions', async (t) => {
    if (!database) return t.skip();
    const failures = await runBin(['auth-events', ...database.args, '--outcome', 'failure', '--cn', 'alice', '--format', 'json']);
    assert.equal(failures.code, 0, failures.stderr);
    const listed = JSON.parse(failures.stdout) as Record<string, unknown>[];
    assert.deepEqual(
      listed.map(({ id: _id, ...rest }) => rest),
      [{ time: '2026-11-23T10:58:09Z', outcome: 'failure', cn: 'alice', user_name: null, src_ip: '127.0.0.1', src_port: 43274, reason: 'AUTH_FAILED', instance: 'office' }],
    );
    const all = ndjson((await runBin(['auth-events', ...database.args, '--limit', '0', '--format', 'ndjson'])).stdout);
    const stored = Number((await handle.db.selectFrom('auth_event').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    assert.ok(stored > 5);
    assert.equal(all.length, stored);
    const times = all.map((event) => event['time'] as string);
    assert.deepEqual(times, [...times].sort().reverse());
    const window = ndjson((await runBin(['auth-events', ...database.args, '--since', '2026-11-23T11:00:00Z', '--until', '2026-11-23T11:16:10Z', '--format', 'ndjson'])).stdout);
    assert.ok(window.length > 0 && window.every((event) => event['time'] >= '2026-11-23T11:00:00Z' && event['time'] <= '2026-11-23T11:16:10Z'));
    assert.equal(ndjson((await runBin(['auth-events', ...database.args, '--ip', '127.0.0.0/8', '--limit', '0', '--format', 'ndjson'])).stdout).length, stored);
    assert.equal((await runBin(['auth-events', ...database.args, '--ip', '192.0.2.1', '--format', 'ndjson'])).stdout, '');
    const csv = (await runBin(['auth-events', ...database.args, '--cn', 'alice', '--outcome', 'failure', '--format', 'csv'])).stdout.split('\r\n');
    assert.equal(csv[0], 'id,time,outcome,cn,user_name,src_ip,src_port,reason,instance');
    const table = await runBin(['auth-events', ...database.args, '--limit', '2']);
    assert.match(table.stdout, /^TIME +OUTCOME +CN +USER +SOURCE +REASON\n/);
  });

  it('stats --failed-logins counts per name, source and UTC day', async (t) => {
    if (!database) return t.skip();
    const byName = JSON.parse((await runBin(['stats', '--failed-logins', ...database.args, '--format', 'json'])).stdout);
    assert.deepEqual(
      byName.map((row: Record<string, unknown>) => [row['cn'], row['failures'], row['sources']]),
      [[readFileSync(cnLimitsLog, 'utf8').match(/CN=(zoë-x+)/)![1], 4, 1], ['alice', 1, 1]],
    );
    const bySource = JSON.parse((await runBin(['stats', '--failed-logins', '--by', 'ip', ...database.args, '--format', 'json'])).stdout);
    assert.deepEqual(bySource.map((row: Record<string, unknown>) => [row['src_ip'], row['failures'], row['names']]), [['127.0.0.1', 5, 2]]);
    const byDay = JSON.parse((await runBin(['stats', '--failed-logins', '--by', 'day', ...database.args, '--format', 'json'])).stdout);
    assert.deepEqual(byDay.map((row: Record<string, unknown>) => [row['day'], row['failures']]), [['2026-11-23', 5]]);
    const wrong = await runBin(['stats', '--by', 'ip', ...database.args]);
    assert.equal(wrong.code, 100);
    const inapplicable = await runBin(['stats', '--failed-logins', '--active', ...database.args]);
    assert.match(inapplicable.stderr, /--active does not apply to --failed-logins/);
  });
});

describeEachBackend('export --format ecs', (backend) => {
  let database: TestDatabase | undefined;
  let handle: DatabaseHandle;
  before(async (t) => {
    database = await migratedDatabase(backend, t as never);
    if (!database) return;
    handle = await database.open();
    await seedHistory(database.args, handle);
  });
  after(async () => database?.drop());

  it('every session, newest first, as an ECS start or end event', async (t) => {
    if (!database) return t.skip();
    const result = await runBin(['export', '--format', 'ecs', ...database.args]);
    assert.deepEqual([result.code, result.stderr], [0, '']);
    const events = ndjson(result.stdout);
    assert.deepEqual(events.map((event) => Number(event['openvpn'].session.id)), newestFirst);
    const alice = events.find((event) => event['openvpn'].session.id === String(seeded.s1.id))!;
    assert.deepEqual(alice['event'].category, ['session', 'network']);
    assert.deepEqual(alice['event'].type, ['end']);
    assert.equal(alice['event'].kind, 'event');
    assert.equal(alice['event'].duration, 7200 * 1e9);
    assert.equal(alice['@timestamp'], '2021-11-01T00:00:00Z');
    assert.deepEqual(alice['client'], { ip: '203.0.113.5', port: 51234, address: '203.0.113.5', nat: { ip: '10.8.0.6' }, bytes: 1288490188 });
    assert.deepEqual(alice['user'], { name: 'alice' });
    assert.deepEqual(alice['network'], { bytes: 1288490188 + 84410368 });
    assert.equal(alice['source'], undefined);
    const bob = events.find((event) => event['openvpn'].session.id === String(seeded.s2.id))!;
    assert.deepEqual([bob['event'].type, bob['event'].duration], [['start'], undefined]);
  });

  it('takes the session filters, and the country once session.country exists', async (t) => {
    if (!database) return t.skip();
    const columns = (await handle.db.introspection.getTables()).find((table) => table.name === 'session')!.columns;
    if (!columns.some((column) => column.name === 'country')) {
      await handle.db.schema.alterTable('session').addColumn('country', 'varchar(2)').execute();
    }
    await (handle.db as any).updateTable('session').set({ country: 'NL' }).where('id', '=', seeded.s1.id).execute();
    const result = await runBin(['export', ...database.args, '--cn', 'alice']);
    const events = ndjson(result.stdout);
    assert.deepEqual(events.map((event) => event['user'].name), ['alice', 'alice']);
    const s1 = events.find((event) => event['openvpn'].session.id === String(seeded.s1.id))!;
    assert.deepEqual(s1['source'].geo, { country_iso_code: 'NL' });
  });
});
