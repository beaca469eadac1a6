import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { sql } from 'kysely';
import type { Backend } from '../../src/db/backend.ts';
import type { DatabaseHandle } from '../../src/db/open-database.ts';
import { fixturesDir, runBin } from '../helpers/run-bin.ts';
import { waitFor } from '../helpers/spool.ts';
import { describeEachBackend, emptyTables, migratedDatabase, type TestDatabase } from '../helpers/test-database.ts';

const testMmdb = `${fixturesDir}geo/test-country.mmdb`;

const connect = (cn: string, ip: string, time: number, extra: Record<string, string> = {}): Record<string, string> => ({
  script_type: 'client-connect',
  common_name: cn,
  ...(ip.includes(':') ? { trusted_ip6: ip } : { trusted_ip: ip }),
  trusted_port: '40001',
  time_unix: String(time),
  ...extra,
});

async function countries(handle: DatabaseHandle): Promise<Record<string, string | null>> {
  const rows = await handle.db.selectFrom('session').select(['cn', 'country']).execute();
  return Object.fromEntries(rows.map((row) => [row.cn, row.country]));
}

describeEachBackend('country per session', (backend: Backend) => {
  let database: TestDatabase | undefined;
  let handle: DatabaseHandle;
  let dir: string;
  let recorder: string;
  let hanger: string;

  before(async (t) => {
    database = await migratedDatabase(backend, t as never);
    if (!database) return;
    handle = await database.open();
    dir = mkdtempSync(join(tmpdir(), 'odl-geo-'));
    recorder = join(dir, 'record-alert');
    // What an alert script sees: its arguments and the OVPNLOG_ variables, written in one rename.
    writeFileSync(recorder, '#!/bin/sh\nout="$1"; shift\n{ printf "arg=%s\\n" "$@"; /usr/bin/env | /bin/grep ^OVPNLOG_ | /usr/bin/sort; } >"$out.tmp" && /bin/mv "$out.tmp" "$out"\n');
    hanger = join(dir, 'hang');
    writeFileSync(hanger, '#!/bin/sh\necho $$ >"$1.tmp" && /bin/mv "$1.tmp" "$1"\nexec /bin/sleep 300\n');
    chmodSync(recorder, 0o755);
    chmodSync(hanger, 0o755);
  });

  after(async () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    await database?.drop();
  });

  it('stores the country of IPv4 and IPv6 sources from a MaxMind-layout database, and none for reserved ones', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const geoip = [...database.args, '--geoip', testMmdb];
    for (const [cn, ip] of [['fi4', '193.166.3.1'], ['us4', '8.8.8.8'], ['se6', '2a00:1450:4001::1'], ['mapped', '::ffff:81.201.1.1'], ['doc', '192.0.2.5'], ['private', '10.1.2.3'], ['unknown', '1.1.1.1']] as const) {
      const result = await runBin(geoip, connect(cn, ip, 1790000000));
      assert.deepEqual([result.code, result.stderr], [0, ''], cn);
    }
    // 192.0.2.0/24 has a record in the test database: documentation addresses are never looked up.
    assert.deepEqual(await countries(handle), { fi4: 'FI', us4: 'US', se6: 'SE', mapped: 'DE', doc: null, private: null, unknown: null });
  });

  it('uses the embedded DB-IP database by default, and --no-geoip stores nothing', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    assert.equal((await runBin(database.args, connect('funet6', '2001:708::1', 1790000000))).code, 0);
    assert.equal((await runBin(database.args, connect('funet4', '193.166.3.1', 1790000000))).code, 0);
    assert.equal((await runBin([...database.args, '--no-geoip'], connect('off', '193.166.3.1', 1790000001))).code, 0);
    assert.deepEqual(await countries(handle), { funet6: 'FI', funet4: 'FI', off: null });
  });

  it('logs the session with one warning when the database file is missing or not an MMDB', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const missing = await runBin([...database.args, '--geoip', join(dir, 'nope.mmdb')], connect('a', '193.166.3.1', 1790000000));
    assert.equal(missing.code, 0);
    assert.equal(missing.stderr.trim().split('\n').length, 1, missing.stderr);
    assert.match(missing.stderr, /cannot open GeoIP database --geoip .*nope\.mmdb .*expected a readable MMDB file/);
    const notMmdb = await runBin([...database.args, '--geoip', recorder], connect('b', '193.166.3.1', 1790000001));
    assert.equal(notMmdb.code, 0);
    assert.match(notMmdb.stderr, /not an MMDB file/);
    assert.deepEqual(await countries(handle), { a: null, b: null });
  });

  it('runs --on-unexpected-country for a known country not in --expect-country, with the login in its environment', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const out = join(dir, 'alert out');
    const args = (file: string) => [...database!.args, '-n', 'vpn1', '-r', 'udp', '-o', '1194', '--geoip', testMmdb, '--expect-country', 'fi,DE', '--on-unexpected-country', `${recorder} '${file}' "two words"`];
    const expected = await runBin(args(`${out}.fi`), connect('home', '193.166.3.1', 1790000000));
    const unknown = await runBin(args(`${out}.unknown`), connect('nowhere', '1.1.1.1', 1790000001));
    const away = await runBin(args(out), connect('traveller', '2a00:1450::7', 1790000002));
    for (const result of [expected, unknown, away]) assert.deepEqual([result.code, result.stderr], [0, '']);
    await waitFor('the alert command', () => existsSync(out));
    assert.equal(
      readFileSync(out, 'utf8'),
      [
        'arg=two words',
        'OVPNLOG_CN=traveller',
        'OVPNLOG_COUNTRY=SE',
        'OVPNLOG_EXPECTED=FI,DE',
        'OVPNLOG_INSTANCE=vpn1/udp/1194',
        'OVPNLOG_IP=2a00:1450::7',
        'OVPNLOG_PORT=40001',
        'OVPNLOG_TIME=1790000002',
        '',
      ].join('\n'),
    );
    // The alerts that should not exist had as long to appear as the one that did, and more.
    assert.deepEqual([existsSync(`${out}.fi`), existsSync(`${out}.unknown`)], [false, false]);
    assert.deepEqual(await countries(handle), { home: 'FI', nowhere: null, traveller: 'SE' });
  });

  it('never holds or fails the connect: a hanging command, a missing one', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const pidFile = join(dir, 'hang.pid');
    const hanging = await runBin(
      [...database.args, '--geoip', testMmdb, '--expect-country', 'FI', '--on-unexpected-country', `${hanger} ${pidFile}`],
      connect('hung', '8.8.8.8', 1790000000),
    );
    // runBin resolves when the hook has exited and closed its output: the alert still runs on its own.
    assert.deepEqual([hanging.code, hanging.stderr], [0, '']);
    await waitFor('the hanging alert', () => existsSync(pidFile));
    const pid = Number(readFileSync(pidFile, 'utf8'));
    try {
      assert.doesNotThrow(() => process.kill(pid, 0), 'the alert command is still running after the hook exited');
    } finally {
      process.kill(pid, 'SIGTERM');
    }
    const missing = await runBin(
      [...database.args, '--geoip', testMmdb, '--expect-country', 'FI', '--on-unexpected-country', join(dir, 'no-such-program')],
      connect('missing', '8.8.8.8', 1790000001),
    );
    assert.equal(missing.code, 0);
    assert.match(missing.stderr, /cannot run --on-unexpected-country .*no-such-program.*expected an executable program/);
    assert.deepEqual(await countries(handle), { hung: 'US', missing: 'US' });
  });

  it('looks up and alerts in --spool (the drainer) and --defer (the worker) modes', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const spool = join(dir, 'spool');
    const geo = ['--geoip', testMmdb, '--expect-country', 'FI'];
    const spooled = await runBin(
      [...database.args, ...geo, '--on-unexpected-country', `${recorder} ${join(dir, 'spool-alert')}`, '--spool', spool],
      connect('spooled', '8.8.8.8', 1790000000),
    );
    assert.deepEqual([spooled.code, spooled.stderr], [0, '']);
    const deferredFile = join(dir, 'deferred');
    const deferred = await runBin(
      [...database.args, ...geo, '--on-unexpected-country', `${recorder} ${join(dir, 'defer-alert')}`, '--defer'],
      connect('deferred', '81.201.1.1', 1790000001, { client_connect_deferred_file: deferredFile }),
    );
    assert.deepEqual([deferred.code, deferred.stderr], [0, '']);
    await waitFor('both sessions', async () => Object.keys(await countries(handle)).length === 2);
    await waitFor('both alerts', () => existsSync(join(dir, 'spool-alert')) && existsSync(join(dir, 'defer-alert')));
    assert.match(readFileSync(join(dir, 'spool-alert'), 'utf8'), /OVPNLOG_CN=spooled\nOVPNLOG_COUNTRY=US\n/);
    assert.match(readFileSync(join(dir, 'defer-alert'), 'utf8'), /OVPNLOG_CN=deferred\nOVPNLOG_COUNTRY=DE\n/);
    // The worker answers OpenVPN after its row committed.
    await waitFor('the deferred answer', () => readFileSync(deferredFile, 'utf8') === '1');
    assert.deepEqual(await countries(handle), { spooled: 'US', deferred: 'DE' });
  });

  it('--expect-country-file: each common name its own list, * for any country and for the names not listed', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const file = join(dir, 'expected countries');
    writeFileSync(file, ['# where each user logs in from', 'alice FI,SE', '"bob smith"  SE ; moved to Sweden', 'carol *', '* DE', ''].join('\n'));
    const alert = (cn: string) => join(dir, `per-cn-alert ${cn}`);
    // The embedded database (no --geoip): FUNET's 193.166.3.1 is in Finland, the country --expect-country allows.
    const login = (cn: string, time: number) =>
      runBin(
        [...database!.args, '--expect-country', 'FI', '--expect-country-file', file, '--on-unexpected-country', `${recorder} '${alert(cn)}'`],
        connect(cn, '193.166.3.1', time),
      );
    const results = [await login('alice', 1790000000), await login('carol', 1790000001), await login('bob smith', 1790000002), await login('dave', 1790000003)];
    for (const result of results) assert.deepEqual([result.code, result.stderr], [0, '']);
    await waitFor('the alerts', () => existsSync(alert('bob smith')) && existsSync(alert('dave')));
    assert.match(readFileSync(alert('bob smith'), 'utf8'), /\nOVPNLOG_CN=bob smith\nOVPNLOG_COUNTRY=FI\nOVPNLOG_EXPECTED=SE\n/);
    // The * line, not --expect-country, applies to a name the file does not list.
    assert.match(readFileSync(alert('dave'), 'utf8'), /\nOVPNLOG_CN=dave\nOVPNLOG_COUNTRY=FI\nOVPNLOG_EXPECTED=DE\n/);
    assert.deepEqual([existsSync(alert('alice')), existsSync(alert('carol'))], [false, false]);
    assert.deepEqual(await countries(handle), { alice: 'FI', carol: 'FI', 'bob smith': 'FI', dave: 'FI' });
  });

  it('--expect-country-file in --spool and --defer modes, --expect-country for the names it does not list', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const file = join(dir, 'expected-by-drainers');
    writeFileSync(file, 'erin SE\ngina NO\n');
    // One drainer writes the connects of several hooks with the first one's command line: the alert file is named by the login.
    const byCn = join(dir, 'record-alert-by-cn');
    writeFileSync(byCn, `#!/bin/sh\nexec ${recorder} "$1-$OVPNLOG_CN"\n`);
    chmodSync(byCn, 0o755);
    const alert = (cn: string) => join(dir, `drained-alert-${cn}`);
    const geo = ['--expect-country', 'FI', '--expect-country-file', file, '--on-unexpected-country', `${byCn} ${join(dir, 'drained-alert')}`];
    const spool = join(dir, 'per-cn-spool');
    for (const [cn, time] of [['frank', 1790000000], ['erin', 1790000001]] as const) {
      const spooled = await runBin([...database.args, ...geo, '--spool', spool], connect(cn, '193.166.3.1', time));
      assert.deepEqual([spooled.code, spooled.stderr], [0, '']);
    }
    const deferredFile = join(dir, 'per-cn-deferred');
    const deferred = await runBin(
      [...database.args, ...geo, '--defer'],
      connect('gina', '193.166.3.1', 1790000002, { client_connect_deferred_file: deferredFile }),
    );
    assert.deepEqual([deferred.code, deferred.stderr], [0, '']);
    await waitFor('the sessions', async () => Object.keys(await countries(handle)).length === 3);
    await waitFor('the alerts', () => existsSync(alert('erin')) && existsSync(alert('gina')));
    assert.match(readFileSync(alert('erin'), 'utf8'), /\nOVPNLOG_CN=erin\nOVPNLOG_COUNTRY=FI\nOVPNLOG_EXPECTED=SE\n/);
    assert.match(readFileSync(alert('gina'), 'utf8'), /\nOVPNLOG_CN=gina\nOVPNLOG_COUNTRY=FI\nOVPNLOG_EXPECTED=NO\n/);
    // frank, not listed, is from the country --expect-country allows.
    assert.equal(existsSync(alert('frank')), false);
    await waitFor('the deferred answer', () => readFileSync(deferredFile, 'utf8') === '1');
    assert.deepEqual(await countries(handle), { frank: 'FI', erin: 'FI', gina: 'FI' });
  });

  it('an unreadable or invalid --expect-country-file costs a warning, not the connect, and --expect-country still checks', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const bad = join(dir, 'bad-expected');
    writeFileSync(bad, 'alice FI\nbob\n');
    const alert = (cn: string) => join(dir, `fallback-alert-${cn}`);
    const login = (file: string, cn: string, ip: string, time: number) =>
      runBin(
        [...database!.args, '--expect-country', 'SE', '--expect-country-file', file, '--on-unexpected-country', `${recorder} ${alert(cn)}`],
        connect(cn, ip, time),
      );
    // An unknown country is never checked, so the file is not even read.
    const inside = await login(join(dir, 'no-such-file'), 'inside', '10.0.0.1', 1790000000);
    assert.deepEqual([inside.code, inside.stderr], [0, '']);
    const missing = await login(join(dir, 'no-such-file'), 'missing', '193.166.3.1', 1790000001);
    assert.equal(missing.code, 0);
    assert.match(missing.stderr, /^openvpn-db-log: cannot read --expect-country-file ".*no-such-file" \(ENOENT\): expected a readable file of common names and their countries; the login of "missing" was checked against --expect-country SE\n$/);
    const invalid = await login(bad, 'alice', '193.166.3.1', 1790000002);
    assert.equal(invalid.code, 0);
    assert.match(invalid.stderr, /^openvpn-db-log: invalid --expect-country-file ".*bad-expected" line 2 "bob": expected a common name .*; the login of "alice" was checked against --expect-country SE\n$/);
    await waitFor('the alerts of --expect-country', () => existsSync(alert('missing')) && existsSync(alert('alice')));
    assert.match(readFileSync(alert('missing'), 'utf8'), /\nOVPNLOG_CN=missing\nOVPNLOG_COUNTRY=FI\nOVPNLOG_EXPECTED=SE\n/);
    assert.match(readFileSync(alert('alice'), 'utf8'), /\nOVPNLOG_CN=alice\nOVPNLOG_COUNTRY=FI\nOVPNLOG_EXPECTED=SE\n/);
    assert.deepEqual(await countries(handle), { inside: null, missing: 'FI', alice: 'FI' });
  });

  it('filters sessions by --country/--not-country, groups stats by country, and geo-backfill fills older sessions', async (t) => {
    if (!database) return t.skip();
    await emptyTables(handle);
    const geoip = [...database.args, '--geoip', testMmdb];
    await runBin(geoip, connect('fi', '193.166.3.1', 1790000000));
    await runBin(geoip, connect('fi2', '2001:708::5', 1790000001));
    await runBin(geoip, connect('us', '8.8.8.8', 1790000002));
    await runBin(geoip, connect('none', '10.0.0.1', 1790000003));
    // Logged without a lookup, as before migration 006.
    await runBin([...database.args, '--no-geoip'], connect('old-se', '2a00:1450::9', 1790000004));
    await runBin([...database.args, '--no-geoip'], connect('old-fi', '193.166.9.9', 1790000005));

    const cns = async (...args: string[]) => {
      const result = await runBin(['sessions', ...database!.args, '--format', 'json', ...args]);
      assert.equal(result.code, 0, result.stderr);
      return (JSON.parse(result.stdout) as { cn: string; country: string | null }[]).map((s) => `${s.cn}:${s.country}`).sort();
    };
    assert.deepEqual(await cns('--country', 'fi'), ['fi2:FI', 'fi:FI']);
    assert.deepEqual(await cns('--country', 'FI', '--country', 'US'), ['fi2:FI', 'fi:FI', 'us:US']);
    assert.deepEqual(await cns('--not-country', 'FI'), ['none:null', 'old-fi:null', 'old-se:null', 'us:US']);
    const csv = await runBin(['sessions', ...database.args, '--format', 'csv', '--cn', 'us']);
    assert.match(csv.stdout, /,state,country\r\n.*,active,US\r\n$/);

    const stats = async () => {
      const result = await runBin(['stats', ...database!.args, '--by', 'country', '--format', 'json']);
      assert.equal(result.code, 0, result.stderr);
      return (JSON.parse(result.stdout) as { country: string | null; sessions: number }[]).map((r) => [r.country, r.sessions]);
    };
    assert.deepEqual(await stats(), [['FI', 2], ['US', 1], [null, 3]]);

    const backfill = await runBin(['geo-backfill', ...database.args, '--geoip', testMmdb, '--cn', 'old-se']);
    assert.equal(backfill.code, 0, backfill.stderr);
    assert.match(backfill.stdout, /1 of 1 session\(s\) without a country now have one/);
    const all = await runBin(['geo-backfill', ...database.args, '--geoip', testMmdb]);
    assert.match(all.stdout, /1 of 2 session\(s\)/);
    assert.deepEqual(await stats(), [['FI', 3], ['SE', 1], ['US', 1], [null, 1]]);

    // The report's country section: the countries the hook stored, the login from outside the list, DB-IP's link.
    const report = await runBin(['report', ...database.args, '--html', '-', '--since', '2026-09-01', '--until', '2026-10-01', '--expect-country', 'FI']);
    assert.equal(report.code, 0, report.stderr);
    const section = /<section aria-labelledby="countries-heading">.*?<\/section>/s.exec(report.stdout)?.[0] ?? '';
    for (const text of ['Finland (FI)', 'Sweden (SE)', 'United States (US)', '<a href="https://db-ip.com">IP Geolocation by DB-IP</a>']) {
      assert.ok(section.includes(text), `the country section shows ${text}`);
    }
    assert.match(section, /Logins from unexpected countries.*<th scope="row" class="name">us<\/th><td>United States \(US\)/s);

    const bad = await runBin(['sessions', ...database.args, '--country', 'FIN']);
    assert.equal(bad.code, 100);
    assert.match(bad.stderr, /invalid --country "FIN": expected a two-letter country code/);
  });

  it('keeps logging connects to a database without the country column (the Perl tool\'s, before migrate)', async (t) => {
    if (!database) return t.skip();
    const other = await migratedDatabase(backend, t);
    if (!other) return;
    try {
      const old = await other.open();
      await sql`alter table session drop column country`.execute(old.db);
      const hook = await runBin([...other.args, '--geoip', testMmdb], connect('perl-era', '193.166.3.1', 1790000000));
      assert.deepEqual([hook.code, hook.stderr], [0, '']);
      const spool = join(dir, 'old-spool');
      const spooled = await runBin([...other.args, '--geoip', testMmdb, '--spool', spool], connect('perl-spool', '8.8.8.8', 1790000001));
      assert.equal(spooled.code, 0);
      await waitFor('the spooled connect', async () => (await old.db.selectFrom('session').select('cn').execute()).length === 2);
    } finally {
      await other.drop();
    }
  });

  it('refuses contradictory or malformed geo options in one line', async (t) => {
    if (!database) return t.skip();
    const cases: [string[], RegExp][] = [
      [['--expect-country', 'FI,Finland'], /invalid --expect-country "FI,Finland": expected two-letter country codes/],
      [['--on-unexpected-country', '/bin/true'], /--on-unexpected-country without --expect-country/],
      [['--no-geoip', '--expect-country', 'FI'], /--no-geoip --expect-country/],
      [['--expect-country', 'FI', '--on-unexpected-country', '"unclosed'], /invalid --on-unexpected-country .*quote is not closed/],
      [['--expect-country-file', ''], /invalid --expect-country-file "": expected a file of common names and their countries/],
      [['--no-geoip', '--expect-country-file', join(dir, 'any')], /invalid options --no-geoip --expect-country-file: expected a country database/],
    ];
    for (const [args, message] of cases) {
      const result = await runBin([...database.args, ...args], connect('x', '193.166.3.1', 1790000000));
      assert.equal(result.code, 100, args.join(' '));
      assert.match(result.stderr, message);
      assert.equal(result.stderr.trim().split('\n').length, 1);
    }
  });
});
