import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Backend } from '../../src/db/backend.ts';
import type { DatabaseHandle } from '../../src/db/open-database.ts';
import { seedHistory, useEverydayCounters } from '../helpers/history-seed.ts';
import { runBin } from '../helpers/run-bin.ts';
import { allBackends, migratedDatabase, type TestDatabase } from '../helpers/test-database.ts';

const queriesDoc = readFileSync(new URL('../../docs/queries.md', import.meta.url), 'utf8');

/** Every fenced block whose first line is `-- cookbook: NAME (dialect)`. */
function cookbook(): Map<string, Map<Backend, string>> {
  const recipes = new Map<string, Map<Backend, string>>();
  for (const [, body = ''] of queriesDoc.matchAll(/^```sql\n([\s\S]*?)^```$/gm)) {
    const header = /^-- cookbook: (\S+) \((sqlite|postgres|mysql)\)\n/.exec(body);
    if (!header?.[1] || !header[2]) continue;
    const byDialect = recipes.get(header[1]) ?? new Map<Backend, string>();
    byDialect.set(header[2] as Backend, body);
    recipes.set(header[1], byDialect);
  }
  return recipes;
}

/** The documented command examples: `$ [TZ=zone] openvpn-db-log ARGS` and the output under it. */
function examples(): { env: Record<string, string>; args: string[]; output: string }[] {
  const found = [];
  for (const [, body = ''] of queriesDoc.matchAll(/^```console\n([\s\S]*?)^```$/gm)) {
    const [command = '', ...output] = body.split('\n');
    const parsed = /^\$ (?:TZ=(\S+) )?openvpn-db-log (.*)$/.exec(command);
    assert.ok(parsed?.[2], `example without a command: ${command}`);
    found.push({ env: parsed[1] ? { TZ: parsed[1] } : {}, args: shellWords(parsed[2]), output: output.join('\n') });
  }
  return found;
}

/** Enough of sh for the examples: words, and 'single-quoted' ones. */
function shellWords(text: string): string[] {
  return [...text.matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? '');
}

/** Rows with driver differences (bigint, numeric strings, Buffers) taken out. */
async function runSql(handle: DatabaseHandle, text: string): Promise<Record<string, string | null>[]> {
  const result = await sql.raw(text.trim().replace(/;$/, '')).execute(handle.db);
  return (result.rows as Record<string, unknown>[]).map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === null ? null : String(value)])),
  );
}

async function cliJson(database: TestDatabase, args: string[]): Promise<Record<string, unknown>[]> {
  const result = await runBin([...args, '--format', 'json', ...database.args]);
  assert.deepEqual([result.code, result.stderr], [0, ''], args.join(' '));
  return JSON.parse(result.stdout) as Record<string, unknown>[];
}

describe('docs/queries.md', () => {
  const databases: TestDatabase[] = [];
  const handles = new Map<Backend, DatabaseHandle>();

  before(async (t) => {
    for (const backend of allBackends) {
      const database = await migratedDatabase(backend, t as never);
      if (!database) continue;
      databases.push(database);
      const handle = await database.open();
      await seedHistory(database.args, handle);
      await useEverydayCounters(handle);
      handles.set(backend, handle);
    }
  });
  after(() => Promise.all(databases.map((database) => database.drop())));

  it('has each cookbook recipe for every dialect', () => {
    const recipes = cookbook();
    assert.deepEqual([...recipes.keys()].sort(), ['active-sessions', 'concurrency-peak', 'monthly-traffic', 'vpn-ip-at-time']);
    for (const [name, byDialect] of recipes) assert.deepEqual([...byDialect.keys()].sort(), ['mysql', 'postgres', 'sqlite'], name);
  });

  it('cookbook: the same rows on every backend', async (t) => {
    if (handles.size === 0) return t.skip();
    for (const [name, byDialect] of cookbook()) {
      const answers = [];
      for (const [backend, handle] of handles) answers.push(await runSql(handle, byDialect.get(backend) ?? ''));
      for (const answer of answers) assert.deepEqual(answer, answers[0], name);
      assert.ok((answers[0] ?? []).length > 0, `${name} found nothing`);
    }
  });

  for (const backend of allBackends) {
    it(`cookbook agrees with the CLI [${backend}]`, async (t) => {
      const handle = handles.get(backend);
      const database = databases.find((candidate) => candidate.backend === backend);
      if (!handle || !database) return t.skip(`${backend} is not reachable`);
      const recipe = (name: string) => runSql(handle, cookbook().get(name)?.get(backend) ?? '');

      const active = await recipe('active-sessions');
      const activeIds = (await cliJson(database, ['sessions', '--active'])).map((s) => String(s['id']));
      assert.deepEqual(active.map((row) => row['id']), activeIds);
      assert.deepEqual(active[0], {
        id: '2',
        instance: 'office',
        cn: 'bob',
        src_ip: '2001:db8::17',
        src_port: '40000',
        vpn_ip4: '10.8.0.7',
        vpn_ip6: 'fd00::1000',
        connected_utc: '2021-11-01 08:00:00',
      });

      const holders = await recipe('vpn-ip-at-time');
      const cliHolders = await cliJson(database, ['sessions', '--vpn-ip', '10.8.0.6', '--at', '2021-11-08T00:00:00Z']);
      assert.deepEqual(holders.map((row) => [row['id'], row['cn']]), cliHolders.map((s) => [String(s['id']), s['cn']]));

      // Monthly traffic counts sessions by connect month, as stats --by month does.
      const monthly = await recipe('monthly-traffic');
      for (const cn of new Set(monthly.map((row) => row['cn'] ?? ''))) {
        const stats = await cliJson(database, ['stats', '--by', 'month', '--cn', cn]);
        const mine = monthly.filter((row) => row['cn'] === cn);
        assert.deepEqual(
          mine.map((row) => [row['month'], row['sessions'], row['seconds'], row['bytes_in'], row['bytes_out']]),
          stats.map((row) => [row['period'], String(row['sessions']), String(row['duration']), String(row['bytes_in']), String(row['bytes_out'])]),
          cn,
        );
      }

      const [peak] = await recipe('concurrency-peak');
      const days = await cliJson(database, ['stats', '--by', 'day']);
      assert.equal(peak?.['peak'], String(Math.max(...days.map((row) => Number(row['peak'])))));
      const atPeak = await cliJson(database, ['sessions', '--at', `${(peak?.['first_reached_utc'] ?? '').replace(' ', 'T')}Z`]);
      assert.equal(String(atPeak.length), peak?.['peak']);
    });
  }

  it('shows the output the commands really print', async (t) => {
    const sqlite = databases.find((database) => database.backend === 'sqlite');
    if (!sqlite) return t.skip();
    const documented = examples();
    assert.ok(documented.length >= 8);
    for (const { env, args, output } of documented) {
      const result = await runBin([...args, ...sqlite.args], env);
      assert.equal(result.stderr, '', args.join(' '));
      assert.equal(result.stdout.replaceAll('\r\n', '\n'), output, `openvpn-db-log ${args.join(' ')}`);
    }
  });
});
