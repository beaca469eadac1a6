import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { stormClient, stormConnectTime, stormDisconnect } from '../helpers/storm-clients.ts';
import type { Backend } from '../../src/db/backend.ts';
import type { DatabaseHandle } from '../../src/db/open-database.ts';
import { binPath, runBin } from '../helpers/run-bin.ts';
import { createTestDatabase, describeEachBackend, migratedDatabase } from '../helpers/test-database.ts';

/**
 * A reconnect storm as issue 12 found it: every hook at once, default
 * options (no --timeout), in each hook mode. Nothing may be lost, every hook
 * exits 0, every deferred client is admitted.
 */
const CLIENTS = 200;
const connectTime = stormConnectTime;
type StormMode = 'sync' | 'fork' | 'defer';
const modeFlags: Record<StormMode, string[]> = { sync: [], fork: ['-f'], defer: ['--defer'] };
/** Writes of the -f and --defer modes land after the hooks exit: how long the test waits for them. */
const LANDING_MS = 180_000;

const client = stormClient;
const disconnect = stormDisconnect;

function statusFor(count: number): string {
  const lines = [
    'TITLE\tOpenVPN 2.6.14',
    `TIME\t2026-11-23 11:56:43\t${connectTime + 3600}`,
    'HEADER\tCLIENT_LIST\tCommon Name\tReal Address\tVirtual Address\tVirtual IPv6 Address\tBytes Received\tBytes Sent\tConnected Since\tConnected Since (time_t)\tUsername\tClient ID\tPeer ID\tData Channel Cipher',
  ];
  for (let i = 0; i < count; i++) {
    const c = client(i);
    lines.push(`CLIENT_LIST\t${c.common_name}\t${c.trusted_ip}:${c.trusted_port}\t${c.ifconfig_pool_remote_ip}\t\t${i}\t${i}\t2026-11-23 10:56:43\t${c.time_unix}\tUNDEF\t${i}\t${i}\tAES-256-GCM`);
  }
  lines.push('END', '');
  const file = join(mkdtempSync(join(tmpdir(), 'odl-storm-')), 'status.log');
  writeFileSync(file, lines.join('\n'));
  return file;
}

/** Inodes of the bound drain-lock sockets (drain-lock.ts): Linux lists abstract names with a leading @. */
function drainLockInodes(): Set<string> {
  const inodes = new Set<string>();
  for (const line of readFileSync('/proc/net/unix', 'latin1').split('\n')) {
    const fields = line.trim().split(/\s+/);
    const [inode, path] = [fields[6], fields[7]];
    if (inode && path?.startsWith('@openvpn-db-log-drain:')) inodes.add(inode);
  }
  return inodes;
}

function holdsDrainLock(pid: string, lockInodes: Set<string>): boolean {
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    const target = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
    if (target && lockInodes.has(target)) return true;
  }
  return false;
}

/**
 * Samples this tool's processes while a storm runs: all of them, the
 * detached drainers among them (the hooks' own processes are the test's), and
 * the drainers holding the drain lock. A drainer that let go of the lock and
 * its connection is still a process for the milliseconds of its exit, and may
 * meet its successor: that is two processes, never two drainers at work.
 */
function countProcesses(databaseName: string) {
  const peak = { all: 0, drainers: 0, lockHolders: 0 };
  const sample = () => {
    let all = 0;
    let drainers = 0;
    let lockHolders = 0;
    const lockInodes = drainLockInodes();
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'latin1');
        if (!commandLine.includes(binPath)) continue;
        all++;
        // Only the drainers of this test's database: one of an earlier test may still be ending.
        if (!commandLine.includes(databaseName) || !readFileSync(`/proc/${pid}/environ`, 'latin1').includes('OPENVPN_DB_LOG_FORKED=drain')) continue;
        drainers++;
        if (holdsDrainLock(pid, lockInodes)) lockHolders++;
      } catch {
        // It ended meanwhile.
      }
    }
    peak.all = Math.max(peak.all, all);
    peak.drainers = Math.max(peak.drainers, drainers);
    peak.lockHolders = Math.max(peak.lockHolders, lockHolders);
  };
  const timer = setInterval(sample, 100);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

async function waitFor(what: string, done: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + LANDING_MS;
  while (!(await done())) {
    assert.ok(Date.now() < deadline, `waited ${LANDING_MS / 1000} s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function sessions(handle: DatabaseHandle, instanceName: string) {
  return handle.db
    .selectFrom('session')
    .innerJoin('instance', 'instance.id', 'session.instance_id')
    .where('instance.name', '=', instanceName)
    .selectAll('session')
    .execute();
}

/** Every session of `instanceName`, each closed with the values of its own disconnect. */
async function assertClosedExactly(handle: DatabaseHandle, instanceName: string, count: number): Promise<void> {
  const rows = await sessions(handle, instanceName);
  assert.equal(rows.length, count, `${instanceName}: one row per client`);
  const wrong = rows.filter((row) => {
    const i = Number(row.cn.slice('storm-'.length));
    return (
      Number(row.duration) !== 4000 + i ||
      Number(row.disconnect_time) !== Number(client(i).time_unix) + 4000 + i ||
      String(row.bytes_in) !== String(1_000_000 + i) ||
      String(row.bytes_out) !== String(2_000_000 + i)
    );
  });
  assert.deepEqual(wrong.map((row) => row.cn), [], 'every session closed with its own disconnect values');
}

describeEachBackend('reconnect storm', (backend: Backend) => {
  for (const mode of Object.keys(modeFlags) as StormMode[]) {
    it(`${CLIENTS} simultaneous first connects, then ${CLIENTS} disconnects racing a status update, default timeouts, ${mode} hooks`, { timeout: 600_000 }, async (t) => {
      const database = await createTestDatabase(backend, t);
      if (!database) return;
      const deferDir = mkdtempSync(join(tmpdir(), 'odl-storm-defer-'));
      const deferredFile = (i: number) => join(deferDir, `cc-${i}.tmp`);
      const processes = countProcesses(database.name);
      try {
        assert.equal((await runBin(['migrate', ...database.args])).code, 0);
        const args = [...database.args, '-n', 'storm', ...modeFlags[mode]];
        const indexes = Array.from({ length: CLIENTS }, (_, i) => i);
        const handle = await database.open();

        const connects = await Promise.all(
          indexes.map((i) => {
            if (mode !== 'defer') return runBin(args, { script_type: 'client-connect', ...client(i) });
            // OpenVPN creates the file, empty, before it runs the hook.
            writeFileSync(deferredFile(i), '');
            return runBin(args, { script_type: 'client-connect', ...client(i), client_connect_deferred_file: deferredFile(i) });
          }),
        );
        assert.deepEqual(connects.filter((r) => r.code !== 0).map((r) => r.stderr), [], 'every connect hook exits 0');
        if (mode === 'defer') {
          await waitFor('every deferred client to be answered', async () =>
            indexes.every((i) => readFileSync(deferredFile(i), 'latin1') !== '2'),
          );
          assert.deepEqual(indexes.filter((i) => readFileSync(deferredFile(i), 'latin1') !== '1'), [], 'every deferred client admitted');
        }
        await waitFor('every connect to be stored', async () => (await sessions(handle, 'storm')).length >= CLIENTS);

        const status = runBin([...database.args, '-n', 'storm', '-S', statusFor(CLIENTS)]);
        const disconnects = await Promise.all(indexes.map((i) => runBin(args, disconnect(i))));
        assert.deepEqual(disconnects.filter((r) => r.code !== 0).map((r) => r.stderr), [], 'every disconnect hook exits 0');
        const statusResult = await status;
        assert.notEqual(statusResult.code, 100, statusResult.stderr);
        await waitFor('every disconnect to be stored', async () =>
          (await sessions(handle, 'storm')).every((row) => row.duration !== null && Number(row.duration) >= 4000),
        );

        assert.equal((await handle.db.selectFrom('instance').select('id').execute()).length, 1);
        await assertClosedExactly(handle, 'storm', CLIENTS);
        const peak = processes.stop();
        t.diagnostic(`peak processes of openvpn-db-log: ${peak.all}, of which detached drainers: ${peak.drainers}, holding the drain lock: ${peak.lockHolders}`);
        assert.ok(peak.lockHolders <= 1, `at most one drainer at work per database, saw ${peak.lockHolders} holding the drain lock`);
        if (mode !== 'sync') assert.ok(peak.lockHolders === 1, 'the sampling saw the drainer holding its lock');
      } finally {
        processes.stop();
        await database.drop();
      }
    });
  }

  it(`two instances storm one database at once: ${CLIENTS / 2} clients each, every session under its own instance`, { timeout: 600_000 }, async (t) => {
    const database = await migratedDatabase(backend, t);
    if (!database) return;
    try {
      const instances = [
        { name: 'vpn-udp', args: [...database.args, '-n', 'vpn-udp', '-r', 'udp', '-o', '1194'] },
        { name: 'vpn-tcp', args: [...database.args, '-n', 'vpn-tcp', '-r', 'tcp', '-o', '443', '-f'] },
      ];
      const indexes = Array.from({ length: CLIENTS / 2 }, (_, i) => i);
      const everyHook = (env: (i: number) => Record<string, string>) =>
        Promise.all(instances.flatMap((instance) => indexes.map((i) => runBin(instance.args, env(i)))));
      const connects = await everyHook((i) => ({ script_type: 'client-connect', ...client(i) }));
      assert.deepEqual(connects.filter((r) => r.code !== 0).map((r) => r.stderr), [], 'every connect hook exits 0');
      const handle = await database.open();
      await waitFor('every connect to be stored', async () => (await sessions(handle, 'vpn-tcp')).length >= CLIENTS / 2);
      const disconnects = await everyHook(disconnect);
      assert.deepEqual(disconnects.filter((r) => r.code !== 0).map((r) => r.stderr), [], 'every disconnect hook exits 0');
      await waitFor('every disconnect to be stored', async () =>
        (await sessions(handle, 'vpn-tcp')).every((row) => row.duration !== null && Number(row.duration) >= 4000),
      );
      assert.deepEqual(
        (await handle.db.selectFrom('instance').select(['name', 'protocol', 'port']).orderBy('name').execute()).map((row) => [row.name, row.protocol, Number(row.port)]),
        [['vpn-tcp', 'tcp', 443], ['vpn-udp', 'udp', 1194]],
      );
      for (const instance of instances) await assertClosedExactly(handle, instance.name, CLIENTS / 2);
    } finally {
      await database.drop();
    }
  });
});
