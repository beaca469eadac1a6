import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { decodeEvent, type SpooledEvent } from '../../src/spool/event-file.ts';
import { acquireDrainLock } from '../../src/spool/drain-lock.ts';
import {
  ensureSpoolDir,
  listEvents,
  moveToFailed,
  removePidFile,
  writeEventFile,
  writePidFile,
} from '../../src/spool/spool-dir.ts';

const spoolHook = fileURLToPath(new URL('../../bin/openvpn-db-log-spool', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'odl-spool-unit-'));
after(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;
const freshDir = () => join(root, `spool-${++dirs}`);

const connect: SpooledEvent = {
  instanceName: 'vpn1',
  instanceProto: 'udp',
  instancePort: '1194',
  updateCreate: false,
  env: { script_type: 'client-connect', common_name: 'alice', trusted_ip: '198.51.100.7', trusted_port: '40001', time_unix: '1790000000' },
};

/** Values a shell could mangle: quotes, globs, $, backslashes, newlines, UTF-8, leading dashes. */
const hostileValues = [
  "o'brien",
  'comma,user',
  'zoë',
  'a"b`c$(id)$HOME*?[x]',
  'back\\slash\\n',
  'two\nlines',
  '-n',
  ' spaced  ',
  '',
  '%s%d\\x41',
];

describe('spool directory', () => {
  it('creates the directory 0700 and the event 0600, leaving no temporary file', () => {
    const dir = join(freshDir(), 'nested');
    const path = writeEventFile(dir, connect);
    assert.equal(statSync(dir).mode & 0o777, 0o700);
    assert.equal(statSync(path).mode & 0o777, 0o600);
    assert.deepEqual(readdirSync(dir), [path.slice(dir.length + 1)]);
    assert.match(path, /\/\d{12}-1-\d+\.event$/);
    assert.deepEqual(decodeEvent(readFileSync(path, 'utf8')), connect);
  });

  it('never replaces an event of the same name', () => {
    const dir = freshDir();
    const paths = Array.from({ length: 5 }, () => writeEventFile(dir, connect));
    assert.equal(new Set(paths).size, 5);
    assert.equal(listEvents(dir).length, 5);
  });

  it('lists events by modification time, then name, ignoring other files', () => {
    const dir = freshDir();
    const first = writeEventFile(dir, { ...connect, env: { ...connect.env, script_type: 'client-disconnect' } });
    const second = writeEventFile(dir, connect);
    utimesSync(first, 1_700_000_000, 1_700_000_100);
    utimesSync(second, 1_700_000_000, 1_700_000_050);
    writeFileSync(join(dir, '.123-1-1.tmp'), '');
    writeFileSync(join(dir, 'notes.txt'), '');
    assert.deepEqual(
      listEvents(dir).map((file) => file.path),
      [second, first],
    );
    utimesSync(first, 1_700_000_000, 1_700_000_050);
    const sameTime = listEvents(dir).map((file) => file.name);
    assert.deepEqual(sameTime, [...sameTime].sort(), 'name breaks ties: uptime, then connect before disconnect');
  });

  it('moves a refused event to failed/ with the reason beside it', () => {
    const dir = freshDir();
    writeEventFile(dir, connect);
    const [file] = listEvents(dir);
    assert.ok(file);
    const target = moveToFailed(file, dir, 'invalid common_name="": expected a name');
    assert.deepEqual(listEvents(dir), []);
    assert.equal(statSync(join(dir, 'failed')).mode & 0o777, 0o700);
    assert.match(readFileSync(`${target}.reason`, 'utf8'), /^\d{4}-\d\d-\d\dT.* invalid common_name="": expected a name\n$/);
  });

  it('writes drain.pid for this process and removes only its own', () => {
    const dir = freshDir();
    ensureSpoolDir(dir);
    writePidFile(dir);
    assert.equal(readFileSync(join(dir, 'drain.pid'), 'latin1'), `${process.pid}\n`);
    removePidFile(dir);
    assert.ok(!existsSync(join(dir, 'drain.pid')));
    const other = spawnSync('/bin/true').pid;
    writeFileSync(join(dir, 'drain.pid'), `${other}\n`);
    removePidFile(dir);
    assert.ok(existsSync(join(dir, 'drain.pid')), 'another process owns it');
  });

  it('lets one drainer at a time hold the lock, and frees it when its process dies', async () => {
    const dir = freshDir();
    writeEventFile(dir, connect);
    const first = await acquireDrainLock(dir);
    assert.ok(first);
    assert.equal(await acquireDrainLock(dir), null);
    await first.release();
    const again = await acquireDrainLock(dir);
    assert.ok(again);
    await again.release();

    const holder = spawn(
      process.execPath,
      ['--import', 'tsx', '-e', `import('${join(process.cwd(), 'src/spool/drain-lock.ts')}').then(async (m) => { await m.acquireDrainLock(${JSON.stringify(dir)}); console.log('held'); setInterval(() => {}, 1000); })`],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise((resolve) => holder.stdout.once('data', resolve));
    assert.equal(await acquireDrainLock(dir), null);
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    const afterDeath = await acquireDrainLock(dir);
    assert.ok(afterDeath, 'the kernel released the dead holder’s lock');
    await afterDeath.release();
  });

  it('hands the lock to a child through a descriptor: held while either holds it, free when both let go', async () => {
    const dir = freshDir();
    ensureSpoolDir(dir);
    const lock = await acquireDrainLock(dir);
    assert.ok(lock);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '-e', `import('${join(process.cwd(), 'src/spool/drain-lock.ts')}').then(async (m) => { await m.adoptDrainLock(3); console.log('adopted'); process.stdin.once('data', () => process.exit(0)); })`],
      { stdio: ['pipe', 'pipe', 'inherit', lock.fd] },
    );
    const { stdin, stdout } = child;
    assert.ok(stdin && stdout);
    await new Promise((resolve) => stdout.once('data', resolve));
    await lock.release();
    assert.equal(await acquireDrainLock(dir), null, 'the child holds it after the parent let go');
    stdin.write('\n');
    await new Promise((resolve) => child.once('exit', resolve));
    const free = await acquireDrainLock(dir);
    assert.ok(free, 'free once the child ended');
    await free.release();
  });
});

describe('bin/openvpn-db-log-spool', () => {
  const shells = ['/bin/sh', '/bin/dash', '/bin/bash', '/bin/busybox'].filter((shell) => existsSync(shell));
  // A copy beside a stand-in openvpn-db-log that only records how the drainer was started.
  const binDir = join(root, 'bin');
  const hook = join(binDir, 'openvpn-db-log-spool');
  const started = join(root, 'drainer-started');
  before(() => {
    mkdirSync(binDir);
    copyFileSync(spoolHook, hook);
    writeFileSync(join(binDir, 'openvpn-db-log'), `#!/bin/sh\nprintf '%s\\n' "$OPENVPN_DB_LOG_FORKED" "$@" >${started}.tmp\n/bin/mv ${started}.tmp ${started}\n`, {
      mode: 0o755,
    });
  });

  function runShellHook(shell: string, dir: string, args: string[], env: Record<string, string>) {
    return spawnSync(shell, [hook, '--spool', dir, ...args, '/tmp/openvpn_cc_x.tmp'], { env, encoding: 'utf8' });
  }

  /** A spool directory whose drain.pid names a live process (this one): the hook starts no drainer. */
  function busySpool(): string {
    const dir = freshDir();
    mkdirSync(dir, { mode: 0o700 });
    writeFileSync(join(dir, 'drain.pid'), `${process.pid}\n`);
    return dir;
  }

  for (const shell of shells) {
    it(`writes byte for byte what the Node hook writes (${shell})`, () => {
      for (const value of hostileValues) {
        const env = { ...connect.env, common_name: value, ifconfig_pool_remote_ip6: value };
        const shellDir = busySpool();
        const result = runShellHook(shell, shellDir, ['-n', value, '--instance-proto=tcp', '-o', '443', '-C'], env);
        assert.deepEqual([result.status, result.stderr], [0, ''], shell);
        const nodeDir = freshDir();
        writeEventFile(nodeDir, { instanceName: value, instanceProto: 'tcp', instancePort: '443', updateCreate: true, env });
        const [shellFile] = listEvents(shellDir);
        const [nodeFile] = listEvents(nodeDir);
        assert.ok(shellFile && nodeFile);
        assert.equal(readFileSync(shellFile.path, 'utf8'), readFileSync(nodeFile.path, 'utf8'), JSON.stringify(value));
        assert.equal(statSync(shellFile.path).mode & 0o777, 0o600);
        assert.match(shellFile.name, /^\d{12}-1-\d+\.event$/);
      }
      assert.equal(existsSync(started), false, 'no drainer while drain.pid names a live process');
    });
  }

  it('never overwrites an existing event of the same name', async () => {
    const dir = busySpool();
    // exec keeps the pid, so the names the hook will try can be taken before it runs.
    const child = spawn('/bin/sh', ['-c', 'read go; exec /bin/sh "$0" "$@"', hook, '--spool', dir], {
      env: connect.env,
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    const now = Number(readFileSync('/proc/uptime', 'latin1').split(' ')[0]?.replace('.', ''));
    const taken = Array.from({ length: 1000 }, (_, i) => join(dir, `${String(now + i).padStart(12, '0')}-1-${child.pid}.event`));
    for (const path of taken) writeFileSync(path, 'taken');
    child.stdin.end('go\n');
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const code = await new Promise((resolve) => child.once('close', resolve));
    assert.deepEqual([code, stderr], [0, '']);
    for (const path of taken) assert.equal(readFileSync(path, 'utf8'), 'taken');
    const written = listEvents(dir).filter((file) => !taken.includes(file.path));
    assert.equal(written.length, 1);
    assert.match(written[0]?.name ?? '', new RegExp(`-1-${child.pid}-1\\.event$`));
  });

  it('creates the spool directory 0700 and starts the drainer with its own arguments', async () => {
    const dir = join(freshDir(), 'new');
    const result = runShellHook('/bin/sh', dir, ['-n', 'vpn1', '-b', 'SQLite', '-d', '/var/lib/x.sqlite'], connect.env);
    assert.deepEqual([result.status, result.stderr], [0, '']);
    assert.equal(statSync(dir).mode & 0o777, 0o700);
    assert.equal(listEvents(dir).length, 1);
    const deadline = Date.now() + 10_000;
    while (!existsSync(started) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(readFileSync(started, 'utf8').split('\n'), [
      'drain',
      '--spool',
      dir,
      '-n',
      'vpn1',
      '-b',
      'SQLite',
      '-d',
      '/var/lib/x.sqlite',
      '/tmp/openvpn_cc_x.tmp',
      '',
    ]);
    rmSync(started);
  });

  it('fails with exit 100 and one line when it cannot write, or 0 with -z', () => {
    const file = join(busySpool(), 'not-a-directory');
    writeFileSync(file, '');
    const failed = runShellHook('/bin/sh', join(file, 'spool'), [], connect.env);
    assert.equal(failed.status, 100);
    assert.match(failed.stderr, /^openvpn-db-log-spool: cannot create an event file in spool directory .*\n$/);
    const zero = runShellHook('/bin/sh', join(file, 'spool'), ['-z', '-q'], connect.env);
    assert.deepEqual([zero.status, zero.stderr], [0, '']);
    const missing = spawnSync('/bin/sh', [hook], { env: connect.env, encoding: 'utf8' });
    assert.equal(missing.status, 100);
    assert.equal(missing.stderr, 'openvpn-db-log-spool: missing --spool DIR: expected the spool directory\n');
  });
});
