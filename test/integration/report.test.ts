import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import type { Backend } from '../../src/db/backend.ts';
import type { DatabaseHandle } from '../../src/db/open-database.ts';
import { seeded, seedHistory } from '../helpers/history-seed.ts';
import { insertAuthEvents, parseExact, reportData, setCountry } from '../helpers/report-page.ts';
import { runBin } from '../helpers/run-bin.ts';
import { describeEachBackend, migratedDatabase, type TestDatabase } from '../helpers/test-database.ts';

type Row = Record<string, unknown>;

const PERIOD = ['--since', '2021-10-01', '--until', '2021-11-30'];
const at = (iso: string) => Date.parse(iso) / 1000;

describeEachBackend('report --html', (backend: Backend) => {
  let database: TestDatabase | undefined;
  let handle: DatabaseHandle;
  const dir = mkdtempSync(join(tmpdir(), 'odl-report-'));

  before(async (t) => {
    database = await migratedDatabase(backend, t as never);
    if (!database) return;
    handle = await database.open();
    await seedHistory(database.args, handle);
  });
  after(async () => {
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function run(args: string[], env: Record<string, string> = {}) {
    assert.ok(database);
    const result = await runBin([...args, ...database.args], env);
    assert.deepEqual([result.code, result.stderr], [0, ''], args.join(' '));
    return result.stdout;
  }

  async function report(args: string[], env: Record<string, string> = {}): Promise<{ html: string; data: Row }> {
    const file = join(dir, 'report.html');
    assert.equal(await run(['report', '--html', file, ...args], env), '');
    const html = readFileSync(file, 'utf8');
    return { html, data: reportData(html) };
  }

  async function stats(args: string[], env: Record<string, string> = {}): Promise<Row[]> {
    return parseExact(await run(['stats', '--format', 'json', ...args], env)) as Row[];
  }

  /** What the report must say, computed from `stats` output alone. */
  async function expectedFromStats(args: string[], env: Record<string, string> = {}) {
    const byCn = await stats(['--by', 'cn', ...args], env);
    const big = (row: Row, key: string) => BigInt(row[key] as string | number);
    const sum = (key: string) => byCn.reduce((total, row) => total + big(row, key), 0n);
    const days = await stats(['--by', 'day', ...args], env);
    const top = (key: (row: Row) => bigint) =>
      byCn
        .filter((row) => key(row) > 0n)
        .sort((a, b) => (key(b) > key(a) ? 1 : key(b) < key(a) ? -1 : 0))
        .slice(0, 15);
    return {
      totals: {
        sessions: Number(sum('sessions')),
        users: byCn.length,
        active: Number(sum('active')),
        duration: Number(sum('duration')),
        bytes_in: sum('bytes_in'),
        bytes_out: sum('bytes_out'),
        peak: Math.max(0, ...days.map((row) => Number(row['peak']))),
      },
      days,
      top_by_time: top((row) => big(row, 'duration')),
      top_by_traffic: top((row) => big(row, 'bytes_in') + big(row, 'bytes_out')),
      instances: await stats(['--by', 'instance', ...args], env),
    };
  }

  function comparable(data: Row) {
    // Counters as digits on both sides: stats' big sums were parsed as strings, small ones as numbers.
    const exact = (value: unknown) =>
      JSON.parse(JSON.stringify(value, (_key, item) => (typeof item === 'bigint' || typeof item === 'number' ? String(item) : item)));
    // stats lists instances with sessions only, the report every instance.
    const instances = (data['instances'] as Row[]).filter((row) => Number(row['sessions']) > 0);
    return exact({
      totals: data['totals'],
      days: data['days'],
      top_by_time: data['top_by_time'],
      top_by_traffic: data['top_by_traffic'],
      instances,
    });
  }

  for (const [title, args, env] of [
    ['the whole seed', PERIOD, {}],
    ['filtered by --cn-like and --instance-proto', [...PERIOD, '--cn-like', 'al%', '--instance-proto', 'udp'], {}],
    ['a shorter period', ['--since', '2021-11-02T00:00:00Z', '--until', '2021-11-04T21:00:00Z'], {}],
    ['--local days (Europe/Berlin)', [...PERIOD, '--local'], { TZ: 'Europe/Berlin' }],
  ] as const) {
    it(`agrees with stats for the same filter: ${title}`, async (t) => {
      if (!database) return t.skip();
      const { data } = await report([...args], env);
      const expected = await expectedFromStats([...args], env);
      assert.ok(expected.days.length > 0);
      assert.deepEqual(comparable(data), comparable(expected as never));
    });
  }

  it('draws every day of the period, with the peaks of days without connects', async (t) => {
    if (!database) return t.skip();
    const { html } = await report(['--since', '2021-11-01', '--until', '2021-11-10']);
    const sessionsChart = /<figure class="chart" id="chart-sessions">[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    const rows = [...sessionsChart.matchAll(/<tr><th scope="row">(\d{4}-\d\d-\d\d)<\/th><td>([\d,]+)<\/td><td>([\d,]+)<\/td><td>([\d,]+)<\/td><\/tr>/g)];
    // 2021-10-15 (dave's open session) starts the axis; the 6th has no connect, yet bob and dave are still connected.
    assert.equal(rows[0]?.[1], '2021-10-15');
    assert.equal(rows.at(-1)?.[1], '2021-11-10');
    const sixth = rows.find((row) => row[1] === '2021-11-06');
    assert.deepEqual(sixth?.slice(2), ['0', '0', '2']);
    const tenth = rows.find((row) => row[1] === '2021-11-10');
    assert.deepEqual(tenth?.slice(2), ['0', '0', '2']);
    assert.match(html, /<svg viewBox="0 0 960 280" role="img" aria-labelledby="chart-sessions-title chart-sessions-desc"/);
    assert.match(html, /<svg viewBox="0 0 960 280" role="img" aria-labelledby="chart-traffic-title chart-traffic-desc"/);
  });

  it('lists the open sessions and every instance', async (t) => {
    if (!database) return t.skip();
    const { data, html } = await report(PERIOD);
    assert.deepEqual(
      (data['open'] as Row[]).map((row) => row['id']),
      [seeded.s2.id, seeded.s8.id],
    );
    const instances = (data['instances'] as Row[]).map((row) => row['instance']);
    assert.equal(instances.length, 3);
    assert.match(html, /office\/udp\/1194/);
    assert.match(html, /lab\/tcp\/443/);
  });

  it('says there is no country or authentication data while none is stored, then shows both', async (t) => {
    if (!database) return t.skip();
    const before = await report(PERIOD);
    assert.match(before.html, /No country data yet: no session of this period has a country/);
    assert.match(before.html, /No authentication events stored yet/);

    const countries: [number, string][] = [
      [seeded.s1.id, 'FI'],
      [seeded.s3.id, 'FI'],
      [seeded.s2.id, 'DE'],
      [seeded.s10.id, 'FI'],
      [seeded.s11.id, 'RU'],
      [seeded.s5.id, 'JP'],
    ];
    for (const [id, country] of countries) await setCountry(handle, id, country);
    const event = (time: string, outcome: 'success' | 'failure', srcIp: string, name: string, key: string) => ({
      instance_id: 1,
      event_time: at(time),
      outcome,
      reason: outcome === 'failure' ? 'AUTH_FAILED' : null,
      cn: null,
      user_name: name,
      src_ip: srcIp,
      src_port: 50000,
      line_key: key,
    });
    await insertAuthEvents(handle, [
      event('2021-11-02T03:00:00Z', 'failure', '192.0.2.66', 'root', 'k1'),
      event('2021-11-02T03:00:05Z', 'failure', '192.0.2.66', 'admin', 'k2'),
      event('2021-11-02T03:00:09Z', 'failure', '192.0.2.66', 'root', 'k3'),
      event('2021-11-03T12:00:00Z', 'failure', '198.51.100.4', 'mallory', 'k4'),
      event('2021-11-02T08:00:00Z', 'success', '203.0.113.5', 'alice', 'k5'),
      event('2021-11-02T09:00:00Z', 'success', '203.0.113.5', 'alice', 'k6'),
      event('2021-12-05T00:00:00Z', 'failure', '192.0.2.99', 'root', 'k7'),
    ]);

    const { data, html } = await report(PERIOD);
    const shown = data['countries'] as Row;
    assert.deepEqual(shown['by_country'], [
      { country: null, sessions: 6, users: 6 },
      { country: 'FI', sessions: 3, users: 2 },
      { country: 'DE', sessions: 1, users: 1 },
      { country: 'JP', sessions: 1, users: 1 },
      { country: 'RU', sessions: 1, users: 1 },
    ]);
    assert.equal(shown['rule'], 'usual-country');
    assert.deepEqual(
      (shown['unexpected'] as Row[]).map((row) => [row['cn'], row['country'], row['expected']]),
      [['frank', 'RU', ['FI']]],
    );
    assert.match(html, /Finland \(FI\)/);
    const listed = (await report([...PERIOD, '--expect-country', 'fi,SE'])).data['countries'] as Row;
    assert.deepEqual(
      (listed['unexpected'] as Row[]).map((row) => [row['cn'], row['country']]).sort(),
      [['Zoë, "QA"', 'JP'], ['bob', 'DE'], ['frank', 'RU']],
    );

    const auth = data['auth'] as Row;
    assert.equal(auth['failures'], 4);
    assert.equal(auth['successes'], 2);
    const days = (auth['days'] as Row[]).filter((row) => Number(row['failures']) + Number(row['successes']) > 0);
    assert.deepEqual(days, [
      { period: '2021-11-02', failures: 3, successes: 2 },
      { period: '2021-11-03', failures: 1, successes: 0 },
    ]);
    assert.deepEqual(auth['sources'], [
      { src_ip: '192.0.2.66', failures: 3, names: 2, last_time: '2021-11-02T03:00:09Z' },
      { src_ip: '198.51.100.4', failures: 1, names: 1, last_time: '2021-11-03T12:00:00Z' },
    ]);
    assert.match(html, /aria-labelledby="chart-auth-title chart-auth-desc"/);
    // Authentication events follow the instance filter: instance 2 has none.
    const office = await report([...PERIOD, '--instance', 'office']);
    assert.match(office.html, /No authentication events stored yet for this period/);
  });

  it('escapes hostile common names and instance names everywhere', async (t) => {
    if (!database) return t.skip();
    const cn = `<script>alert("x")</script> & 'O''Brien' 😀 李雷`;
    const instanceName = '<img src=x onerror=alert(1)>';
    await handle.db.insertInto('instance').values({ name: instanceName, protocol: 'udp', port: 1 }).execute();
    const instance = await handle.db.selectFrom('instance').select('id').where('port', '=', 1).executeTakeFirstOrThrow();
    await handle.db
      .insertInto('session')
      .values({
        instance_id: instance.id,
        connect_time: at('2021-11-20T10:00:00Z'),
        src_ip: '192.0.2.200',
        src_port: 1,
        cn,
        vpn_ip4: '10.8.0.200',
        vpn_ip6: null,
        disconnect_time: null,
        duration: 999_999,
        bytes_in: 10n ** 12n,
        bytes_out: 1n,
      })
      .execute();
    const { html, data } = await report(PERIOD);
    assert.doesNotMatch(html, /<script>alert/);
    assert.doesNotMatch(html, /<img src=x/);
    assert.equal(html.match(/<script/g)?.length, 1, 'only the data script');
    assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;O&#39;&#39;Brien&#39; 😀 李雷'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.equal((data['top_by_time'] as Row[])[0]?.['cn'], cn);
    assert.ok((data['top_by_traffic'] as Row[]).some((row) => row['cn'] === cn));
    assert.ok((data['open'] as Row[]).some((row) => row['cn'] === cn));
  });

  it('writes to standard output with --html - and refuses bad options with exit code 100', async (t) => {
    if (!database) return t.skip();
    const page = await run(['report', '--html', '-', ...PERIOD]);
    assert.match(page, /^<!DOCTYPE html>/);
    const bad = await runBin(['report', '--html', join(dir, 'x.html'), '--expect-country', 'Finland', ...database.args]);
    assert.deepEqual([bad.code, bad.stderr.trim()], [100, 'openvpn-db-log: invalid --expect-country "FINLAND": expected ISO 3166-1 alpha-2 codes such as FI,SE']);
    const unwritable = await runBin(['report', '--html', join(dir, 'missing', 'x.html'), ...database.args]);
    assert.equal(unwritable.code, 100);
    assert.match(unwritable.stderr, /cannot write --html ".*missing\/x.html": ENOENT/);
  });
});

describeEachBackend('report --html on an empty database', (backend: Backend) => {
  let database: TestDatabase | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'odl-report-empty-'));

  before(async (t) => {
    database = await migratedDatabase(backend, t as never);
    if (!database) return;
  });
  after(async () => {
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says nothing is logged yet, with the default period of 30 days', async (t) => {
    if (!database) return t.skip();
    const file = join(dir, 'empty.html');
    const result = await runBin(['report', '--html', file, ...database.args]);
    assert.deepEqual([result.code, result.stderr, result.stdout], [0, '', '']);
    const html = readFileSync(file, 'utf8');
    assert.match(html, /Nothing is logged yet/);
    assert.doesNotMatch(html, /<svg/);
    const data = reportData(html);
    assert.deepEqual(data['days'], []);
    assert.equal((data['totals'] as Row)['sessions'], 0);
    const days = (Date.parse(String(data['until'])) - Date.parse(String(data['since']))) / 86_400_000;
    assert.equal(days, 30);
  });
});
