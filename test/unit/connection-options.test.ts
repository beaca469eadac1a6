import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { UserError } from '../../src/common/errors.ts';
import { parseBackend } from '../../src/db/backend.ts';
import { maskUrl } from '../../src/common/errors.ts';
import { DEFAULT_SQLITE_PATH, describeTarget, resolveConnection } from '../../src/db/connection-options.ts';

const noWarn = () => assert.fail('unexpected warning');

describe('parseBackend', () => {
  it('accepts the Perl DBI names in any case and the usual aliases', () => {
    const names = { SQLite: 'sqlite', sqlite: 'sqlite', Pg: 'postgres', PG: 'postgres', postgres: 'postgres', PostgreSQL: 'postgres', mysql: 'mysql', MySQL: 'mysql', mariadb: 'mysql' };
    for (const [name, backend] of Object.entries(names)) assert.equal(parseBackend(name), backend);
    assert.throws(() => parseBackend('oracle'), /invalid backend "oracle"/);
  });
});

describe('resolveConnection', () => {
  it('defaults to the embedded SQLite file', () => {
    const options = resolveConnection({}, {}, noWarn);
    assert.deepEqual([options.backend, options.database, options.timeoutSeconds], ['sqlite', DEFAULT_SQLITE_PATH, 5]);
  });

  it('reads URLs, with explicit flags overriding their parts', () => {
    const pg = resolveConnection({ url: 'postgres://vpn:p%40ss@db.example:6543/vpnlog?sslmode=require' }, {}, noWarn);
    assert.deepEqual(
      [pg.backend, pg.host, pg.port, pg.user, pg.password, pg.database, pg.driverOptions],
      ['postgres', 'db.example', 6543, 'vpn', 'p@ss', 'vpnlog', { sslmode: 'require' }],
    );
    const overridden = resolveConnection({ url: 'mysql://root@127.0.0.1/a', database: 'b', port: '3307' }, {}, noWarn);
    assert.deepEqual([overridden.backend, overridden.database, overridden.port], ['mysql', 'b', 3307]);
    assert.equal(resolveConnection({ url: 'sqlite:/var/x.sqlite' }, {}, noWarn).database, '/var/x.sqlite');
    assert.equal(resolveConnection({ url: 'sqlite:///var/x.sqlite' }, {}, noWarn).database, '/var/x.sqlite');
  });

  it('uses OPENVPN_DB_LOG_URL only when no backend or database is given', () => {
    const env = { OPENVPN_DB_LOG_URL: 'mariadb://root@127.0.0.1/vpn' };
    assert.equal(resolveConnection({}, env, noWarn).backend, 'mysql');
    assert.equal(resolveConnection({ backend: 'SQLite' }, env, noWarn).backend, 'sqlite');
  });

  it('takes --dsn keys like the Perl tool, driver options passed on', () => {
    const options = resolveConnection({ backend: 'Pg', dsn: ['database=vpn', 'host=10.0.0.5', 'port=5433', 'sslmode=verify-full'] }, {}, noWarn);
    assert.deepEqual([options.database, options.host, options.port, options.driverOptions], ['vpn', '10.0.0.5', 5433, { sslmode: 'verify-full' }]);
    assert.throws(() => resolveConnection({ dsn: ['password=x'] }, {}, noWarn), UserError);
    assert.throws(() => resolveConnection({ dsn: ['novalue'] }, {}, noWarn), /expected key=value/);
  });

  it('reads a credentials file and warns when others can read it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'odl-')), 'creds');
    writeFileSync(file, 'vpnlog\nsecret\n', { mode: 0o600 });
    const options = resolveConnection({ backend: 'mysql', credentials: file }, {}, noWarn);
    assert.deepEqual([options.user, options.password], ['vpnlog', 'secret']);
    writeFileSync(file, 'only-user', { mode: 0o600 });
    assert.throws(() => resolveConnection({ credentials: file }, {}, noWarn), /line 2/);
    const warnings: string[] = [];
    const open = join(mkdtempSync(join(tmpdir(), 'odl-')), 'creds');
    writeFileSync(open, 'u\np\n', { mode: 0o644 });
    resolveConnection({ credentials: open }, {}, (message) => warnings.push(message));
    assert.match(warnings.join(), /readable by group or others/);
  });

  it('rejects bad ports and timeouts with one line', () => {
    assert.throws(() => resolveConnection({ port: '70000' }, {}, noWarn), /invalid --port "70000"/);
    assert.throws(() => resolveConnection({ timeout: '0' }, {}, noWarn), /invalid --timeout/);
  });

  it('never shows a password', () => {
    const options = resolveConnection({ url: 'postgres://vpn:hunter2@db/vpn' }, {}, noWarn);
    assert.doesNotMatch(describeTarget(options), /hunter2/);
    assert.equal(maskUrl('cannot use postgres://vpn:hunter2@db/vpn'), 'cannot use postgres://vpn:***@db/vpn');
  });
});
