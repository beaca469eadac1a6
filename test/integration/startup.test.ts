/**
 * What the built hook loads: only the driver of the backend in use. Every
 * module it requires costs OpenVPN time while all clients wait.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Backend } from '../../src/db/backend.ts';
import { aliceConnectEnv, binPath } from '../helpers/run-bin.ts';
import { describeEachBackend, migratedDatabase, type TestDatabase } from '../helpers/test-database.ts';

const driverPackages: Record<Backend, string> = { sqlite: 'better-sqlite3', postgres: 'pg', mysql: 'mysql2' };

/**
 * Node built-in modules that cost a hook milliseconds to load and that it has
 * no use for: node:crypto (a synchronous SQLite hook hashes nothing
 * cryptographically), and the fetch machinery (undici, http, http2, zlib) that
 * pg pulls in on Node 20 unless src/db/dialects/postgres.ts prevents it.
 */
const fetchMachinery = ['internal/deps/undici/undici', 'http', 'http2', 'zlib', 'worker_threads'];
const expensiveBuiltins: Record<Backend, string[]> = {
  sqlite: ['crypto', ...fetchMachinery],
  postgres: fetchMachinery,
  mysql: fetchMachinery,
};

const connectEnv = { ...aliceConnectEnv };

const work = mkdtempSync(join(tmpdir(), 'odl-startup-'));
/** Preloaded into the hook: prints every CommonJS module and Node built-in module it loaded, once it exits. */
const recorder = join(work, 'record-modules.cjs');
writeFileSync(
  recorder,
  `const before = new Set(process.moduleLoadList);
process.on('exit', () => {
  const builtins = process.moduleLoadList.filter((entry) => !before.has(entry) && entry.startsWith('NativeModule ')).map((entry) => entry.slice(13));
  process.stderr.write(JSON.stringify({ modules: Object.keys(require.cache), builtins }) + '\\n');
});
`,
);
after(() => rmSync(work, { recursive: true, force: true }));

/** The npm packages (node_modules/NAME) and the Node built-in modules a hook run loaded. */
function loadedPackages(args: string[], env: Record<string, string>): Promise<{ code: number | null; packages: Set<string>; builtins: Set<string> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', recorder, binPath, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const loaded = JSON.parse(stderr.trim().split('\n').at(-1) ?? '{}') as { modules?: string[]; builtins?: string[] };
      const packages = new Set((loaded.modules ?? []).flatMap((path) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1] ?? []));
      resolve({ code, packages, builtins: new Set(loaded.builtins) });
    });
  });
}

describeEachBackend('hook start-up', (backend: Backend) => {
  let database: TestDatabase | undefined;
  before(async (t) => {
    database = await migratedDatabase(backend, t as never);
  });
  after(async () => database?.drop());

  it(`loads ${driverPackages[backend]} and no other driver`, async (t) => {
    if (!database) return t.skip();
    const { code, packages, builtins } = await loadedPackages([...database.args, join(work, 'cc.conf')], connectEnv);
    assert.equal(code, 0);
    for (const [other, driver] of Object.entries(driverPackages)) {
      assert.equal(packages.has(driver), other === backend, `${driver} loaded: ${[...packages].join(', ')}`);
    }
    assert.equal(packages.has('commander'), false, 'commander is bundled, not required from node_modules');
    const unwanted = [...builtins].filter((name) => expensiveBuiltins[backend].includes(name));
    assert.deepEqual(unwanted, [], `built-in modules a ${backend} hook has no use for`);
  });
});

it('a refused environment loads no driver at all', async () => {
  const { code, packages } = await loadedPackages(['-b', 'Pg', '-d', 'vpn'], { ...connectEnv, time_unix: 'abc' });
  assert.equal(code, 100);
  assert.deepEqual([...packages].filter((name) => Object.values(driverPackages).includes(name)), []);
});

describe('the code cache of the bundle', () => {
  const dist = join(dirname(binPath), '../dist');
  const copy = join(work, 'dist');
  before(() => {
    mkdirSync(copy);
    for (const file of ['start.cjs', 'main.cjs', 'main.cjs.cache']) copyFileSync(join(dist, file), join(copy, file));
  });

  /** How V8 took the cache when the copied bundle loaded (undefined: none offered), and what `--version` printed. */
  function load(): { rejected: boolean | undefined; printed: string } {
    const probe = `const { bundle, script } = require(${JSON.stringify(join(copy, 'start.cjs'))}).loadBundle(${JSON.stringify(copy)});
      bundle.main(['--version']).then(() => console.log(JSON.stringify(script.cachedDataRejected ?? null)));`;
    const result = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const [printed = '', rejected = ''] = result.stdout.trim().split('\n');
    return { rejected: JSON.parse(rejected) ?? undefined, printed };
  }

  it('is made by the build for this Node and accepted', () => {
    assert.deepEqual(load(), { rejected: false, printed: JSON.parse(readFileSync('package.json', 'utf8')).version });
  });

  it('is not offered when it is older than the bundle', () => {
    const now = Date.now() / 1000;
    utimesSync(join(copy, 'main.cjs.cache'), now - 60, now - 60);
    utimesSync(join(copy, 'main.cjs'), now, now);
    assert.equal(load().rejected, undefined);
  });

  it('is refused by V8 when it belongs to another bundle, and the bundle still runs', () => {
    writeFileSync(join(copy, 'main.cjs.cache'), Buffer.alloc(4096, 7));
    assert.deepEqual(load(), { rejected: true, printed: JSON.parse(readFileSync('package.json', 'utf8')).version });
  });
});
