/**
 * Smoke test for the OpenVPN e2e lab harness (openvpn-lab.ts): real OpenVPN
 * server + clients on loopback, tunnels inside private network namespaces,
 * the plain env-dump hook (helpers/dump-env.sh), and a hookCommand that
 * refuses one CN.
 *
 * Needs root, openvpn >= 2.6, /dev/net/tun and `ip netns`. Without them it is
 * skipped -- except with CI=true, where it fails with the reason.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { LAB_HELPERS_DIR, labAvailable, startLab } from './openvpn-lab.ts';
import type { HookCall, Lab, LabResources } from './openvpn-lab.ts';

const availability = labAvailable();
const unavailable = availability.ok ? undefined : availability.reason;

if (unavailable !== undefined && process.env.CI === 'true') {
  test('OpenVPN lab is available (required in CI)', () => {
    assert.fail(`OpenVPN lab not available: ${unavailable}`);
  });
}
const opts = unavailable === undefined ? { timeout: 60_000 } : { skip: `OpenVPN lab not available: ${unavailable}` };

// --- host namespace checks --------------------------------------------------

function ip(...args: string[]): string {
  return execFileSync('ip', args, { encoding: 'utf8', timeout: 10_000 });
}

/** routes (all tables, v4+v6) and addresses of the host namespace */
function hostNetwork(): string {
  return [ip('-4', 'route', 'show', 'table', 'all'), ip('-6', 'route', 'show', 'table', 'all'), ip('-o', 'addr', 'show')].join('\n--\n');
}

function assertHostUntouched(lab: Lab, before: string): void {
  const now = hostNetwork();
  assert.equal(now, before, 'host routes/addresses changed');
  const net3 = lab.subnet.ipv4Network.replace(/\.0$/, '.');
  assert.ok(!now.includes(net3), `lab subnet ${net3}x visible in the host namespace`);
  assert.ok(!now.includes(lab.subnet.ipv6Network), `lab subnet ${lab.subnet.ipv6Network} visible in the host namespace`);
}

function assertCleanedUp(res: LabResources, dir: string, before: string): void {
  const netnsList = ip('netns', 'list');
  for (const ns of res.netns) {
    assert.ok(!fs.existsSync(`/run/netns/${ns}`), `netns ${ns} still exists`);
    assert.ok(!netnsList.includes(ns), `netns ${ns} still listed`);
  }
  const links = ip('-o', 'link', 'show');
  for (const dev of res.devices) {
    assert.ok(!fs.existsSync(`/sys/class/net/${dev}`), `device ${dev} still exists`);
    assert.ok(!links.includes(dev), `device ${dev} still listed`);
  }
  assert.ok(!links.includes(`tl${res.id}`), 'a lab tun device remains');
  for (const pid of res.pids) {
    assert.throws(() => process.kill(pid, 0), { code: 'ESRCH' }, `process ${pid} still alive`);
  }
  assert.ok(!fs.existsSync(dir), `lab dir ${dir} still exists`);
  assert.equal(hostNetwork(), before, 'host routes/addresses changed');
}

// --- hook call helpers --------------------------------------------------------

const callsOf = (calls: HookCall[], cn: string, type: HookCall['scriptType']) =>
  calls.filter((c) => c.env.common_name === cn && c.scriptType === type);

function assertSaneConnectEnv(lab: Lab, c: HookCall, cn: string): void {
  assert.equal(c.env.common_name, cn);
  assert.equal(c.env.X509_0_CN, cn);
  assert.equal(c.env.trusted_ip, '127.0.0.1');
  assert.match(c.env.trusted_port ?? '', /^\d+$/);
  assert.ok(Number(c.env.trusted_port) > 0 && Number(c.env.trusted_port) < 65536);
  assert.ok(lab.subnet.containsIpv4(c.env.ifconfig_pool_remote_ip ?? ''), `pool ip ${c.env.ifconfig_pool_remote_ip} not in ${lab.subnet.ipv4Network}/24`);
  assert.ok((c.env.ifconfig_pool_remote_ip6 ?? '').startsWith(lab.subnet.ipv6Network.replace(/::$/, ':')), `pool ip6 ${c.env.ifconfig_pool_remote_ip6}`);
  assert.match(c.env.time_unix ?? '', /^\d+$/);
  assert.equal(c.env.PATH, undefined, 'OpenVPN passes no PATH');
  assert.equal(c.env.PWD, undefined, 'the wrapper must not add PWD');
}

async function waitForFile(file: string, pred: (text: string) => boolean, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    try {
      text = fs.readFileSync(file, 'utf8');
      if (pred(text)) return text;
    } catch {
      /* not yet written */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`${path.basename(file)} did not reach the expected state within ${timeoutMs} ms:\n${text}`);
}

// --- tests --------------------------------------------------------------------

test('UDP lab, status v3: two clients, traffic, one disconnect, clean teardown', opts, async () => {
  const before = hostNetwork();
  const lab = await startLab({ proto: 'udp', statusVersion: 3 });
  const res = lab.resources();
  const dir = lab.dir;
  let finalRes = res;
  try {
    assert.ok(lab.serverPid > 0);
    const [c1, c2] = await Promise.all([lab.startClient({ cn: 'client01' }), lab.startClient({ cn: "o'brien" })]);
    finalRes = lab.resources();
    assert.equal(finalRes.netns.length, 3);
    for (const ns of finalRes.netns) assert.ok(fs.existsSync(`/run/netns/${ns}`));
    // the tunnel lives only inside the namespaces
    assertHostUntouched(lab, before);
    assert.match(ip('-n', c1.netns, '-o', 'addr', 'show', 'dev', c1.device), new RegExp(lab.subnet.ipv4Network.replace(/\.0$/, '\\.')));

    await c1.pushTraffic(64 * 1024);
    await c2.pushTraffic(32 * 1024);
    await c2.pushTraffic(4 * 1024, { ipv6: true });

    const connected = lab.hookCalls();
    assert.equal(callsOf(connected, 'client01', 'client-connect').length, 1);
    assert.equal(callsOf(connected, "o'brien", 'client-connect').length, 1);

    await c2.stop();
    assert.ok(!fs.existsSync(`/run/netns/${c2.netns}`), 'client netns removed on client stop');
    const calls = await lab.waitForHookCalls((cs) => callsOf(cs, "o'brien", 'client-disconnect').length === 1, 20_000);

    const [conn] = callsOf(calls, "o'brien", 'client-connect');
    const [disc] = callsOf(calls, "o'brien", 'client-disconnect');
    assert.ok(conn && disc);
    assertSaneConnectEnv(lab, conn, "o'brien");
    assertSaneConnectEnv(lab, disc, "o'brien");
    assert.equal(conn.exitCode, 0);
    assert.equal(disc.exitCode, 0);
    assert.ok(calls.indexOf(conn) < calls.indexOf(disc));
    assert.equal(disc.env.trusted_port, conn.env.trusted_port);
    assert.equal(disc.env.ifconfig_pool_remote_ip, conn.env.ifconfig_pool_remote_ip);
    assert.equal(disc.env.time_unix, conn.env.time_unix, 'time_unix at disconnect is the connect time');
    // client-connect gets the dynamic config file as its only extra argument
    assert.deepEqual(conn.argv, [conn.env.client_connect_config_file]);
    assert.deepEqual(disc.argv, []);
    assert.equal(conn.env.bytes_received, undefined);
    assert.ok(Number(disc.env.bytes_received) > 32 * 1024, `bytes_received ${disc.env.bytes_received}`);
    assert.ok(Number(disc.env.bytes_sent) > 32 * 1024, `bytes_sent ${disc.env.bytes_sent}`);
    assert.match(disc.env.time_duration ?? '', /^\d+$/);
    assert.ok(Number(disc.env.time_duration) >= 0);
    assert.ok(disc.startedAtMs >= conn.endedAtMs);

    // status file (v3, tab separated) lists the remaining client only
    const status = await waitForFile(
      lab.statusFile,
      (t) => /^CLIENT_LIST\tclient01\t127\.0\.0\.1:\d+\t/m.test(t) && !t.includes("o'brien"),
      10_000,
    );
    assert.match(status, /^TITLE\tOpenVPN 2\.\d+/m);
    // management interface answers too
    const mgmt = await lab.managementCommand('status 3');
    assert.match(mgmt, /^CLIENT_LIST\tclient01\t/m);
    assert.ok(!mgmt.includes("o'brien"));

    assertHostUntouched(lab, before);
  } finally {
    await lab.stop();
  }
  assertCleanedUp(finalRes, dir, before);
});

test('TCP lab, status v2: hookCommand refuses one CN, sees the exact env; kill -9 + restart', opts, async () => {
  const before = hostNetwork();
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ovpn-lab-hookcmd-'));
  const lab = await startLab({
    proto: 'tcp',
    statusVersion: 2,
    managementPassword: 'lab-s3cret',
    hookCommand: `/bin/sh ${path.join(LAB_HELPERS_DIR, 'exit-for-cn.sh')} ${outDir} alice 1`,
  });
  const dir = lab.dir;
  let res = lab.resources();
  try {
    const c1 = await lab.startClient({ cn: 'client01' });
    await assert.rejects(lab.startClient({ cn: 'alice', timeoutMs: 15_000 }), /AUTH_FAILED/);
    res = lab.resources();
    const calls = await lab.waitForHookCalls((cs) => callsOf(cs, 'alice', 'client-disconnect').length === 1, 10_000);

    const [ok] = callsOf(calls, 'client01', 'client-connect');
    const [refused] = callsOf(calls, 'alice', 'client-connect');
    assert.ok(ok && refused);
    assertSaneConnectEnv(lab, ok, 'client01');
    assert.equal(ok.exitCode, 0);
    assert.equal(refused.exitCode, 1);
    assert.match(lab.serverLog(), /alice\/127\.0\.0\.1:\d+ WARNING: Failed running command \(--client-connect\)/);
    await c1.pushTraffic(8 * 1024);

    // the hookCommand saw exactly OpenVPN's environment and OpenVPN's arguments
    const seen = fs
      .readdirSync(outDir)
      .filter((f) => f.endsWith('.env'))
      .sort()
      .map((f) => {
        const env: Record<string, string> = {};
        for (const e of fs.readFileSync(path.join(outDir, f), 'utf8').split('\0').filter(Boolean)) {
          const i = e.indexOf('=');
          env[e.slice(0, i)] = e.slice(i + 1);
        }
        const argv = fs.readFileSync(path.join(outDir, f.replace(/\.env$/, '.argv')), 'utf8').split('\0');
        argv.pop();
        return { env, argv };
      });
    assert.equal(seen.length, calls.length);
    calls.forEach((c, i) => {
      assert.deepEqual(seen[i]?.env, c.env);
      assert.deepEqual(seen[i]?.argv, c.argv);
    });

    // status v2 via the password-protected management interface
    const mgmt = await lab.managementCommand('status 2');
    assert.match(mgmt, /^CLIENT_LIST,client01,127\.0\.0\.1:\d+,/m);
    assert.ok(!/^CLIENT_LIST,alice,/m.test(mgmt));

    // crash: no client-disconnect for the killed session; the client reconnects to the new server
    const oldPid = lab.serverPid;
    await lab.kill9();
    await lab.restartServer();
    assert.notEqual(lab.serverPid, oldPid);
    const after = await lab.waitForHookCalls((cs) => callsOf(cs, 'client01', 'client-connect').length === 2, 15_000);
    assert.equal(callsOf(after, 'client01', 'client-disconnect').length, 0);
    assertHostUntouched(lab, before);
  } finally {
    await lab.stop();
    fs.rmSync(outDir, { recursive: true, force: true });
  }
  assertCleanedUp(res, dir, before);
});

test('IPv6 transport (::1) and tricky CNs', opts, async (t) => {
  if (!/inet6 ::1\//.test(ip('-6', 'addr', 'show', 'dev', 'lo'))) {
    t.skip('no ::1 on lo');
    return;
  }
  const before = hostNetwork();
  const lab = await startLab({ proto: 'udp', transport: 'ipv6', statusVersion: 2 });
  const dir = lab.dir;
  let res = lab.resources();
  const cns = ['zoë', 'comma,user', `c64-${'abcdefghij'.repeat(6)}`];
  try {
    await assert.rejects(lab.startClient({ cn: 'x', ipv6Transport: false }), /IPv4 transport/);
    const clients = await Promise.all(cns.map((cn) => lab.startClient({ cn })));
    res = lab.resources();
    await clients[0]!.pushTraffic(2048);
    const calls = await lab.waitForHookCalls((cs) => cs.filter((c) => c.scriptType === 'client-connect').length === cns.length, 5_000);
    for (const cn of cns) {
      const [c] = callsOf(calls, cn, 'client-connect');
      assert.ok(c, `client-connect for ${cn}`);
      assert.equal(c.env.X509_0_CN, cn);
      assert.equal(c.env.trusted_ip6, '::1');
      assert.equal(c.env.trusted_ip, undefined);
      assert.ok(lab.subnet.containsIpv4(c.env.ifconfig_pool_remote_ip ?? ''));
    }
    assertHostUntouched(lab, before);
  } finally {
    await lab.stop();
  }
  assertCleanedUp(res, dir, before);
});
