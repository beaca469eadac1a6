import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseSessionFilter, resolveSessionFilter } from '../../src/history/session-filter.ts';
import { listSessions } from '../../src/history/session-query.ts';
import { pruneSessions } from '../../src/history/prune.ts';
import type { Backend } from '../../src/db/backend.ts';
import type { DatabaseHandle } from '../../src/db/open-database.ts';
import { BEYOND_DOUBLE, MAX_COUNTER, newestFirst, seeded, seedHistory } from '../helpers/history-seed.ts';
import { runBin } from '../helpers/run-bin.ts';
import { allBackends, describeEachBackend, migratedDatabase, type TestDatabase } from '../helpers/test-database.ts';

interface SessionJson {
  id: number;
  cn: string;
  state: string;
  [key: string]: unknown;
}

/** Big integers as their digits, so a test sees exactly what was printed. */
function parseExact(text: string): unknown {
  return JSON.parse(text.replace(/(?<=[:\[,])(-?\d{16,})(?=[,}\]])/g, '"$1"'));
}

describeEachBackend('history', (backend: Backend) => {
  let database: TestDatabase | undefined;
  let handle: DatabaseHandle;

  before(async (t) => {
    database = await migratedDatabase(backend, t as never);
    if (!database) return;
    handle = await database.open();
    await seedHistory(database.args, handle);
  });
  after(() => database?.drop());

  async function run(args: string[], env: Record<string, string> = {}) {
    assert.ok(database);
    const result = await runBin([...args, ...database.args], env);
    assert.deepEqual([result.code, result.stderr], [0, ''], args.join(' '));
    return result.stdout;
  }

  async function ids(...args: string[]): Promise<number[]> {
    const stdout = await run(['sessions', '--format', 'json', '--limit', '0', ...args]);
    return (JSON.parse(stdout) as SessionJson[]).map((session) => session.id);
  }

  async function stats(...args: string[]): Promise<Record<string, unknown>[]> {
    return parseExact(await run(['stats', '--format', 'json', ...args])) as Record<string, unknown>[];
  }

  it('lists sessions newest first, 100 by default, --limit N or 0 for all', async (t) => {
    if (!database) return t.skip();
    assert.deepEqual(await ids(), newestFirst);
    const table = await run(['sessions']);
    assert.equal(table.trimEnd().split('\n').length, 1 + newestFirst.length);
    assert.deepEqual(await ids('--limit', '3'), newestFirst.slice(0, 3));
  });

  it('pages through long results without repeating or skipping a session', async (t) => {
    if (!database) return t.skip();
    const resolved = await resolveSessionFilter(handle.db, backend, parseSessionFilter({}, { now: 2e9, zone: 'utc' }));
    const paged: number[] = [];
    for await (const page of listSessions(handle.db, resolved, { limit: null, pageSize: 2 })) {
      assert.ok(page.length <= 2);
      paged.push(...page.map((session) => Number(session.id)));
    }
    assert.deepEqual(paged, newestFirst);
    const limited: number[] = [];
    for await (const page of listSessions(handle.db, resolved, { limit: 5, pageSize: 2 })) limited.push(...page.map((s) => Number(s.id)));
    assert.deepEqual(limited, newestFirst.slice(0, 5));
  });

  it('prints every field exactly: counters beyond 2^53 and 2^63-1, NULLs, states, instances', async (t) => {
    if (!database) return t.skip();
    const sessions = parseExact(await run(['sessions', '--format', 'json', '--limit', '0'])) as SessionJson[];
    const byId = new Map(sessions.map((session) => [session.id, session]));
    assert.deepEqual(byId.get(3), {
      id: 3,
      instance: { name: 'office', proto: 'udp', port: 1194 },
      cn: 'alice',
      src_ip: '203.0.113.5',
      src_port: 51300,
      vpn_ip4: '10.8.0.6',
      vpn_ip6: null,
      connect_time: '2021-11-01T00:00:00Z',
      disconnect_time: '2021-11-01T01:00:00Z',
      duration: 3600,
      bytes_in: String(BEYOND_DOUBLE),
      bytes_out: String(MAX_COUNTER),
      state: 'closed',
      country: null,
    });
    assert.deepEqual(byId.get(2), {
      id: 2,
      instance: { name: 'office', proto: 'udp', port: 1194 },
      cn: 'bob',
      src_ip: '2001:db8::17',
      src_port: 40000,
      vpn_ip4: '10.8.0.7',
      vpn_ip6: 'fd00::1000',
      connect_time: '2021-11-01T08:00:00Z',
      disconnect_time: null,
      duration: null,
      bytes_in: null,
      bytes_out: null,
      state: 'active',
      country: null,
    });
    assert.deepEqual([byId.get(5)?.['state'], byId.get(5)?.['cn'], byId.get(5)?.['instance']], ['stale', 'Zoë, "QA"', { name: 'lab', proto: 'tcp', port: 443 }]);
    assert.deepEqual([byId.get(7)?.['duration'], byId.get(7)?.['bytes_in'], byId.get(7)?.['state']], [null, null, 'closed']);
    assert.equal(byId.get(4)?.['src_ip'], '::ffff:198.51.100.9');
    const csv = await run(['sessions', '--format', 'csv', '--cn', 'alice', '--instance', 'office']);
    assert.equal(
      csv,
      'id,instance_name,instance_proto,instance_port,cn,src_ip,src_port,vpn_ip4,vpn_ip6,connect_time,disconnect_time,duration,bytes_in,bytes_out,state,country\r\n' +
        `3,office,udp,1194,alice,203.0.113.5,51300,10.8.0.6,,2021-11-01T00:00:00Z,2021-11-01T01:00:00Z,3600,${BEYOND_DOUBLE},${MAX_COUNTER},closed,\r\n`,
    );
    const ndjson = await run(['sessions', '--format', 'ndjson', '--cn', 'Zoë, "QA"']);
    assert.match(ndjson, /^\{"id":5,.*"bytes_in":9223372036854775807,"bytes_out":1,"state":"stale","country":null\}\n$/);
  });

  it('--cn is exact and repeatable; --cn-like is a case-sensitive LIKE on every backend', async (t) => {
    if (!database) return t.skip();
    assert.deepEqual(await ids('--cn', 'alice'), [3, 1]);
    assert.deepEqual(await ids('--cn', 'alice', '--cn', 'ALICE'), [6, 3, 1]);
    assert.deepEqual(await ids('--cn', 'Alice'), []);
    assert.deepEqual(await ids('--cn-like', 'al%'), [7, 3, 1]);
    assert.deepEqual(await ids('--cn-like', 'al_ce'), [7, 3, 1]);
    assert.deepEqual(await ids('--cn-like', 'al\\_ce'), [7]);
    assert.deepEqual(await ids('--cn-like', 'Zo_,%'), [5], '_ is one character, ë included');
    assert.deepEqual(await ids('--cn-like', '%"QA"'), [5]);
    assert.deepEqual(await ids('--cn-like', 'g*'), [], '* and ? are literal, even on SQLite');
    assert.deepEqual(await ids('--cn', 'gina', '--cn-like', 'fr%'), [12, 11, 10]);
  });

  it('--ip takes an address or a network, never mixing IPv4 with IPv4-mapped IPv6', async (t) => {
    if (!database) return t.skip();
    assert.deepEqual(await ids('--ip', '203.0.113.5'), [3, 1]);
    assert.deepEqual(await ids('--ip', '203.0.113.0/24'), [6, 12, 3, 1]);
    assert.deepEqual(await ids('--ip', '203.0.113.200/24'), [6, 12, 3, 1], 'host bits are cleared');
    assert.deepEqual(await ids('--ip', '203.0.113.0/28'), [12, 3, 1]);
    assert.deepEqual(await ids('--ip', '198.51.100.0/24'), [11, 10, 5, 9]);
    assert.deepEqual(await ids('--ip', '::ffff:198.51.100.0/120'), [4]);
    assert.deepEqual(await ids('--ip', '::ffff:198.51.100.9'), [4]);
    assert.deepEqual(await ids('--ip', '2001:db8::/32'), [2]);
    assert.deepEqual(await ids('--ip', '2001:0DB8:0::17'), [2]);
    assert.deepEqual(await ids('--ip', '0.0.0.0/0'), [6, 12, 11, 10, 7, 5, 3, 1, 8, 9]);
    assert.deepEqual(await ids('--ip', '192.0.2.0/24', '--ip', '2001:db8::/32'), [7, 2, 8]);
  });

  it('--vpn-ip matches the IPv4 or the IPv6 VPN address', async (t) => {
    if (!database) return t.skip();
    assert.deepEqual(await ids('--vpn-ip', '10.8.0.6'), [6, 3, 1]);
    assert.deepEqual(await ids('--vpn-ip', 'fd00::/16'), [5, 2]);
    assert.deepEqual(await ids('--vpn-ip', 'fd00::2:1'), [5]);
    assert.deepEqual(await ids('--vpn-ip', '10.8.0.8/29', '--vpn-ip', 'fd00::1000'), [12, 11, 10, 4, 2]);
  });

  it('--at T: connected from connect_time to disconnect_time, both included; open ones until now', async (t) => {
    if (!database) return t.skip();
    assert.deepEqual(await ids('--at', '2021-11-01T00:00:00Z'), [3, 1, 8]);
    assert.deepEqual(await ids('--at', '2021-11-01T00:00:01Z'), [3, 8]);
    assert.deepEqual(await ids('--at', '2021-10-31T23:59:59Z'), [1, 8]);
    assert.deepEqual(await ids('--at', '2021-11-02T10:00:00Z'), [4, 5, 2, 8], 'a zero-length session counts at its second');
    assert.deepEqual(await ids('--at', '2021-11-01T01:00:00+01:00'), [3, 1, 8], 'offsets are honoured');
    assert.deepEqual(await ids('--at', String(seeded.s9.connect)), [9]);
    assert.deepEqual(await ids('--at', '+1000d'), [], 'open sessions are not known to be connected in the future');
    assert.deepEqual(await ids('--at', 'now'), [2, 8]);
    assert.deepEqual(await ids('--vpn-ip', '10.8.0.6', '--at', '2021-11-08T00:00:00Z'), [6], 'who had 10.8.0.6 then');
  });

  it('--since/--until select sessions overlapping the window; --active the open ones', async (t) => {
    if (!database) return t.skip();
    assert.deepEqual(await ids('--since', '2021-11-05', '--until', '2021-11-06'), [12, 2, 8]);
    assert.deepEqual(await ids('--since', '2021-11-07T00:00:00Z'), [6, 2, 8]);
    assert.deepEqual(await ids('--until', '2021-10-01T00:00:00Z'), [9]);
    assert.deepEqual(await ids('--since', '2021-11-05', '--until', '2021-11-06', '--at', '2021-11-05T10:30:00Z'), [12, 2, 8]);
    assert.deepEqual(await ids('--active'), [2, 8]);
    assert.deepEqual(await ids('--active', '--until', '2021-10-31'), [8]);
  });

  it('--instance, --instance-proto and --instance-port narrow by instance', async (t) => {
    if (!database) return t.skip();
    assert.deepEqual(await ids('--instance', 'office'), [2, 3, 8]);
    assert.deepEqual(await ids('--instance', 'office', '--instance-port', '1194', '--instance-proto', 'udp'), [2, 3, 8]);
    assert.deepEqual(await ids('--instance', 'office', '--instance-port', '1195'), []);
    assert.deepEqual(await ids('--instance', 'OFFICE'), [], 'names compare exactly, also on MySQL');
    assert.deepEqual(await ids('--instance-proto', 'tcp'), [5]);
    assert.deepEqual(await ids('--instance', ''), [6, 12, 11, 10, 7, 4, 1, 9]);
  });

  it('--min-bytes compares in plus out without overflowing', async (t) => {
    if (!database) return t.skip();
    assert.deepEqual(await ids('--min-bytes', String(MAX_COUNTER)), [5, 3]);
    assert.deepEqual(await ids('--min-bytes', '1G'), [5, 3, 1]);
    assert.deepEqual(await ids('--min-bytes', '300'), [6, 5, 3, 1]);
    assert.deepEqual(await ids('--min-bytes', '301'), [5, 3, 1]);
    assert.deepEqual(await ids('--min-bytes', '0').then((found) => found.length), newestFirst.length);
  });

  it('--local prints local times and reads times without an offset as local', async (t) => {
    if (!database) return t.skip();
    const out = await run(['sessions', '--format', 'csv', '--local', '--cn', 'alice', '--at', '2021-11-01T01:00'], { TZ: 'Europe/Berlin' });
    assert.match(out, /\r\n3,office,udp,1194,alice,.*,2021-11-01T01:00:00\+01:00,2021-11-01T02:00:00\+01:00,/);
    assert.match(out, /\r\n1,"","",0,alice,.*,2021-10-31T23:00:00\+01:00,2021-11-01T01:00:00\+01:00,/);
  });

  it('stats --by cn: totals per user, sums beyond 2^64 exact, peak concurrency per user', async (t) => {
    if (!database) return t.skip();
    const rows = await stats('--by', 'cn');
    assert.deepEqual(
      rows.map((row) => row['cn']),
      ['ALICE', 'Zoë, "QA"', 'al_ce', 'alice', 'bob', 'carol', 'dave', 'eve', 'frank', 'gina'],
      'code point order on every backend',
    );
    const alice = rows.find((row) => row['cn'] === 'alice');
    assert.deepEqual(alice, {
      cn: 'alice',
      sessions: 2,
      active: 0,
      duration: 10800,
      bytes_in: String(1288490188n + BEYOND_DOUBLE),
      bytes_out: String(84410368n + MAX_COUNTER),
      peak: 2,
    });
    assert.deepEqual(rows.find((row) => row['cn'] === 'frank'), { cn: 'frank', sessions: 2, active: 0, duration: 28798, bytes_in: 10, bytes_out: 10, peak: 2 });
    assert.deepEqual(rows.find((row) => row['cn'] === 'bob'), { cn: 'bob', sessions: 1, active: 1, duration: 0, bytes_in: 0, bytes_out: 0, peak: 1 });
    const both = await stats('--by', 'month', '--cn', 'Zoë, "QA"', '--cn', 'alice');
    assert.equal(both.at(-1)?.['bytes_in'], String(MAX_COUNTER + BEYOND_DOUBLE));
    assert.equal(both.at(-1)?.['bytes_out'], String(MAX_COUNTER + 1n));
  });

  it('stats --by month/week/day: periods by connect time, peak including sessions carried over', async (t) => {
    if (!database) return t.skip();
    const months = await stats('--by', 'month');
    assert.deepEqual(months, [
      { period: '2021-09', start: '2021-09-01T00:00:00Z', end: '2021-10-01T00:00:00Z', sessions: 1, users: 1, active: 0, duration: 1, bytes_in: 1, bytes_out: 1, peak: 1 },
      { period: '2021-10', start: '2021-10-01T00:00:00Z', end: '2021-11-01T00:00:00Z', sessions: 2, users: 2, active: 1, duration: 93600, bytes_in: 1288490198, bytes_out: 84410388, peak: 2 },
      {
        period: '2021-11',
        start: '2021-11-01T00:00:00Z',
        end: '2021-12-01T00:00:00Z',
        sessions: 9,
        users: 8,
        active: 1,
        duration: 50398,
        bytes_in: String(BEYOND_DOUBLE + MAX_COUNTER + 117n),
        bytes_out: String(MAX_COUNTER + 218n),
        peak: 4,
      },
    ]);
    const days = new Map((await stats('--by', 'day')).map((row) => [row['period'], row]));
    assert.deepEqual([days.get('2021-11-04')?.['sessions'], days.get('2021-11-04')?.['peak']], [2, 4]);
    // frank left at 23:59:59 the day before: only the open sessions and gina are connected on the 5th.
    assert.deepEqual([days.get('2021-11-05')?.['sessions'], days.get('2021-11-05')?.['peak']], [1, 3]);
    assert.equal(days.get('2021-11-06'), undefined, 'periods without a connect are left out');
    const weeks = await stats('--by', 'week');
    assert.deepEqual(weeks.map((row) => [row['period'], row['sessions']]), [['2021-W39', 1], ['2021-W41', 1], ['2021-W43', 1], ['2021-W44', 9]]);
    assert.deepEqual([weeks[3]?.['start'], weeks[3]?.['end']], ['2021-11-01T00:00:00Z', '2021-11-08T00:00:00Z']);
  });

  it('stats peak equals the largest `sessions --at T` count', async (t) => {
    if (!database) return t.skip();
    const months = await stats('--by', 'month', '--since', '2021-11-01', '--until', '2021-11-30');
    const november = months.find((row) => row['period'] === '2021-11');
    const atPeak = await ids('--at', '2021-11-02T10:00:00Z');
    assert.equal(november?.['peak'], atPeak.length);
  });

  it('stats --local counts in local periods (Europe/Berlin: the 31st ends an hour later in UTC)', async (t) => {
    if (!database) return t.skip();
    const run2 = async (...args: string[]) =>
      parseExact(await run(['stats', '--format', 'json', '--local', ...args], { TZ: 'Europe/Berlin' })) as Record<string, unknown>[];
    const months = await run2('--by', 'month');
    assert.deepEqual(months.map((row) => [row['period'], row['sessions'], row['start']]), [
      ['2021-10', 3, '2021-10-01T00:00:00+02:00'],
      ['2021-11', 9, '2021-11-01T00:00:00+01:00'],
    ]);
    const weeks = await run2('--by', 'week', '--cn', 'ALICE');
    assert.deepEqual(weeks.map((row) => row['period']), ['2021-W45'], 'Sunday 23:30 UTC is Monday in Berlin');
    const day = (await run2('--by', 'day', '--since', '2021-10-31', '--until', '2021-10-31T23:59:59'))[0];
    assert.deepEqual([day?.['period'], day?.['start'], day?.['end']], ['2021-10-15', '2021-10-15T00:00:00+02:00', '2021-10-16T00:00:00+02:00']);
  });

  it('stats --by instance: one row per instance, default first', async (t) => {
    if (!database) return t.skip();
    const rows = await stats('--by', 'instance');
    assert.deepEqual(
      rows.map((row) => [row['instance'], row['sessions'], row['users'], row['active'], row['peak']]),
      [
        [{ name: '', proto: '', port: 0 }, 8, 7, 0, 2],
        [{ name: 'lab', proto: 'tcp', port: 443 }, 1, 1, 0, 1],
        [{ name: 'office', proto: 'udp', port: 1194 }, 3, 3, 2, 2],
      ],
    );
    const table = await run(['stats', '--by', 'instance']);
    assert.match(table, /^INSTANCE +SESSIONS +USERS +ACTIVE +TIME +IN +OUT +PEAK\n\(default\) +8 +7 +0 /);
  });

  it('stats with nothing matching prints an empty listing', async (t) => {
    if (!database) return t.skip();
    assert.equal(await run(['stats', '--by', 'month', '--format', 'json', '--cn', 'nobody']), '[]\n');
    assert.equal(await run(['stats', '--by', 'cn', '--format', 'csv', '--cn', 'nobody']), 'cn,sessions,active,duration,bytes_in,bytes_out,peak\r\n');
  });

  it('refuses bad values with one line and exit code 100 (0 with -z)', async (t) => {
    if (!database) return t.skip();
    const cases: [string[], RegExp][] = [
      [['sessions', '--at', 'yesterday'], /^openvpn-db-log: invalid --at "yesterday": expected ISO 8601/],
      [['sessions', '--since', '2021-02-30'], /^openvpn-db-log: invalid --since "2021-02-30": expected ISO 8601/],
      [['sessions', '--ip', '10.0.0.0/33'], /^openvpn-db-log: invalid --ip "10.0.0.0\/33": expected an IPv4 or IPv6 address/],
      [['sessions', '--vpn-ip', 'fd00::g'], /^openvpn-db-log: invalid --vpn-ip "fd00::g"/],
      [['sessions', '--limit', 'ten'], /^openvpn-db-log: invalid --limit "ten": expected a number of sessions, 0 for all/],
      [['sessions', '--min-bytes', '1X'], /^openvpn-db-log: invalid --min-bytes "1X": expected a byte count/],
      [['sessions', '--cn-like', 'abc\\'], /^openvpn-db-log: invalid --cn-like "abc\\\\": expected a LIKE pattern/],
      [['sessions', '--instance-port', '70000'], /^openvpn-db-log: invalid --instance-port "70000"/],
      [['sessions', '--format', 'xml'], /^openvpn-db-log: option '--format <format>' argument 'xml' is invalid/],
      [['stats', '--by', 'year'], /^openvpn-db-log: option '--by <group>' argument 'year' is invalid/],
      [['prune'], /^openvpn-db-log: required option '--older-than <duration>' not specified/],
      [['prune', '--older-than', '6mo'], /^openvpn-db-log: invalid --older-than "6mo": expected a duration such as 180d/],
    ];
    for (const [args, message] of cases) {
      const result = await runBin([...args, ...(database?.args ?? [])]);
      assert.equal(result.code, 100, args.join(' '));
      assert.match(result.stderr, message);
      assert.equal(result.stderr.split('\n').length, 2, result.stderr);
      assert.equal(result.stdout, '');
    }
    assert.equal((await runBin(['sessions', '--at', 'yesterday', '-z', ...(database?.args ?? [])])).code, 0);
  });

  it('prune deletes closed sessions that ended before the cutoff, in batches, never open ones', async (t) => {
    if (!database) return t.skip();
    assert.match(await run(['prune', '--older-than', '36500d']), /: deleted 0 sessions that ended before /);
    assert.match(await run(['prune', '--older-than', '1d', '--dry-run']), /: would delete 10 sessions that ended before /);
    assert.deepEqual(await ids(), newestFirst, 'a dry run deletes nothing');
    // Batches of 3 over the 5 sessions that ended before 2021-11-03 (the stale one included).
    assert.equal(await pruneSessions(handle, Date.parse('2021-11-03T00:00:00Z') / 1000, { batchSize: 3 }), 5);
    assert.deepEqual(await ids(), [6, 12, 11, 10, 7, 2, 8]);
    assert.match(await run(['prune', '--older-than', '1d']), /: deleted 5 sessions that ended before /);
    assert.deepEqual(await ids(), [2, 8]);
  });
});

/** The queries of the cross-backend comparison: every filter, grouping and format at least once. */
const comparisons: { args: string[]; env?: Record<string, string> }[] = [
  { args: ['sessions', '--limit', '0'] },
  { args: ['sessions', '--format', 'json', '--limit', '0'] },
  { args: ['sessions', '--format', 'csv', '--limit', '0'] },
  { args: ['sessions', '--format', 'ndjson', '--limit', '0', '--local'], env: { TZ: 'America/New_York' } },
  { args: ['sessions', '--format', 'json', '--cn', 'alice', '--cn-like', '%"QA"', '--cn-like', 'al\\_ce'] },
  { args: ['sessions', '--format', 'json', '--ip', '198.51.100.0/23', '--ip', '::ffff:0:0/96'] },
  { args: ['sessions', '--format', 'json', '--vpn-ip', '10.8.0.0/28', '--vpn-ip', 'fd00::/64'] },
  { args: ['sessions', '--format', 'json', '--at', '2021-11-01T00:00:00Z'] },
  { args: ['sessions', '--format', 'json', '--since', '2021-11-02', '--until', '2021-11-04T20:00:00Z', '--min-bytes', '1'] },
  { args: ['sessions', '--format', 'json', '--active', '--instance', 'office'] },
  { args: ['sessions', '--format', 'json', '--limit', '4', '--instance-proto', 'udp'] },
  { args: ['stats', '--by', 'cn'] },
  { args: ['stats', '--by', 'cn', '--format', 'json', '--since', '2021-11-01'] },
  { args: ['stats', '--by', 'day', '--format', 'csv'] },
  { args: ['stats', '--by', 'week', '--format', 'json', '--local'], env: { TZ: 'Europe/Berlin' } },
  { args: ['stats', '--by', 'month', '--format', 'json', '--ip', '203.0.113.0/24'] },
  { args: ['stats', '--by', 'month', '--format', 'ndjson', '--local', '--at', '2021-11-02T10:00'], env: { TZ: 'Asia/Kathmandu' } },
  { args: ['stats', '--by', 'instance', '--format', 'json', '--min-bytes', '2'] },
];

describe('history: the same answers on SQLite, PostgreSQL and MariaDB', () => {
  const databases: TestDatabase[] = [];

  before(async (t) => {
    for (const backend of allBackends) {
      const database = await migratedDatabase(backend, t as never);
      if (!database) continue;
      databases.push(database);
      await seedHistory(database.args, await database.open());
    }
  });
  after(() => Promise.all(databases.map((database) => database.drop())));

  for (const { args, env } of comparisons) {
    it(args.join(' '), async (t) => {
      if (databases.length < 2) return t.skip('fewer than two backends reachable');
      const outputs = await Promise.all(
        databases.map(async (database) => {
          const result = await runBin([...args, ...database.args], env);
          assert.deepEqual([result.code, result.stderr], [0, ''], database.backend);
          return result.stdout;
        }),
      );
      assert.ok((outputs[0] ?? '').length > 0);
      for (const [index, output] of outputs.entries()) {
        assert.equal(output, outputs[0], `${databases[index]?.backend} differs from ${databases[0]?.backend}`);
      }
    });
  }
});

