// Writes dist/main.cjs.cache, V8's code cache for the bundle (why: src/cli/start.ts).
// A cache holds the functions compiled by the time it is made, so this process
// first runs what a hook runs: a client-connect with a country lookup and a
// client-disconnect, synchronous, on a scratch SQLite file. Run by the build,
// with the Node that will run the hooks.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'odl-code-cache-'));
const database = join(scratch, 'sessions.sqlite');
try {
  // Migrating in another process keeps the migrations' code, which no hook runs, out of the cache.
  const migrated = spawnSync(process.execPath, [join(dist, '../bin/openvpn-db-log'), 'migrate', '-q', '-d', database], { encoding: 'utf8' });
  if (migrated.status !== 0) throw new Error(`migrate for the training hook failed: ${migrated.stderr}`);

  const { loadBundle } = createRequire(import.meta.url)(join(dist, 'start.cjs'));
  const { bundle, script } = loadBundle(dist);
  const session = {
    common_name: 'code-cache',
    trusted_ip: '193.166.3.1',
    trusted_port: '51000',
    ifconfig_pool_remote_ip: '10.8.0.6',
    time_unix: String(Math.floor(Date.now() / 1000)),
  };
  for (const [scriptType, extra] of [
    ['client-connect', {}],
    ['client-disconnect', { time_duration: '60', bytes_received: '1000', bytes_sent: '2000' }],
  ]) {
    Object.assign(process.env, session, extra, { script_type: scriptType });
    await bundle.main(['-d', database, join(scratch, 'connect.conf')]);
    if (process.exitCode) throw new Error(`the training ${scriptType} exited ${process.exitCode}`);
  }
  writeFileSync(join(dist, 'main.cjs.cache'), script.createCachedData());
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
