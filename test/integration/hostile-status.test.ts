/**
 * Hostile and malformed status files through the built CLI (-S FILE), on
 * every backend: whatever the file holds, the run ends with exit 100 and one
 * line, and the database is exactly as before. Also CRLF files, a 10 MB
 * client line among good ones, and 100 000 clients in one file on SQLite.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Backend } from '../../src/db/backend.ts';
import type { DatabaseHandle } from '../../src/db/open-database.ts';
import { binPath, fixtureEnv, fixturesDir, runBin } from '../helpers/run-bin.ts';
import { describeEachBackend, migratedDatabase, type TestDatabase } from '../helpers/test-database.ts';

const SAFETY_MS = 60_000;

interface BoundedResult {
  code: number | null;
  stdout: string;
  stderr: string;
  hung: boolean;
}

/** The built CLI with exactly `env`, SIGKILLed if it outlives the safety limit: a hang fails, never stalls. */
function runBounded(args: string[], env: Record<string, string> = {}): Promise<BoundedResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(binPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let hung = false;
    const safety = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, SAFETY_MS);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => {
      clearTimeout(safety);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(safety);
      resolve({ code, stdout, stderr, hung });
    });
  });
}

async function inBatches<T, R>(items: T[], work: (item: T) => Promise<R>, size = 4): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}

const run = 'openvpn-2.6/udp-status-v3';
const v3Text = readFileSync(`${fixturesDir}${run}/status-snapshots/status-v3-connected.log`, 'utf8');
const v2Text = readFileSync(`${fixturesDir}openvpn-2.6/tcp-status-v2/status-snapshots/status-v2-connected.log`, 'utf8');
const v1Text = readFileSync(`${fixturesDir}${run}/status-snapshots/mgmt-status-v1-connected.txt`, 'utf8');
const TEN_MB = 10 * 1024 * 1024;

/** Writes `content` to a fresh file; the directory goes away with the test process's tmp cleanup below. */
const scratch = mkdtempSync(join(tmpdir(), 'odl-hostile-status-'));
let fileCounter = 0;
function statusFile(content: string | Buffer): string {
  const file = join(scratch, `status-${++fileCounter}.log`);
  writeFileSync(file, content);
  return file;
}
after(() => rmSync(scratch, { recursive: true, force: true }));

interface HostileStatus {
  label: string;
  /** File content, or a path to pass as is. */
  content?: string | Buffer;
  path?: string;
  version?: string;
  pattern: RegExp;
}

function hostileStatuses(): HostileStatus[] {
  const firstClient = v3Text.indexOf('\nCLIENT_LIST');
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(v3Text, 'utf16le')]);
  return [
    { label: 'empty file', content: '', pattern: /status is empty, so it is incomplete/ },
    { label: 'only line ends', content: '\r\n\n\r\n', pattern: /incomplete/ },
    { label: 'truncated in the middle of a client line', content: v3Text.slice(0, firstClient + 40), pattern: /incomplete \(no END line/ },
    { label: 'truncated after the header', content: v3Text.slice(0, firstClient + 1), pattern: /incomplete/ },
    { label: 'missing END', content: v3Text.replace(/END\n?$/, ''), pattern: /incomplete \(no END line/ },
    { label: 'END but no TIME', content: v3Text.replace(/^TIME\t.*\n/m, ''), pattern: /no TIME line/ },
    { label: 'TIME twice', content: v3Text.replace(/^(TIME\t.*\n)/m, '$1$1'), pattern: /TIME appears twice/ },
    { label: 'no client list header', content: v3Text.replace(/^HEADER\tCLIENT_LIST.*\n/m, ''), pattern: /no HEADER line for CLIENT_LIST/ },
    { label: 'v3 file read as -V 2', content: v3Text, version: '2', pattern: /version 2 \(comma-separated\) was requested, but the input looks like version 3/ },
    { label: 'v3 file read as -V 1', content: v3Text, version: '1', pattern: /looks like version 3/ },
    { label: 'v2 file read as -V 3', content: v2Text, version: '3', pattern: /looks like version 2 \(comma-separated\)/ },
    { label: 'v1 file read as -V 3', content: v1Text, version: '3', pattern: /looks like version 1/ },
    { label: 'binary garbage (64 KiB of random bytes)', content: randomBytes(64 * 1024), pattern: /binary data|not an OpenVPN status/ },
    { label: 'a gzip-compressed status file', content: gzipSync(v3Text), pattern: /binary data|not an OpenVPN status/ },
    { label: 'a NUL byte inside an otherwise good file', content: `${v3Text.slice(0, 400)}\0${v3Text.slice(400)}`, pattern: /NUL bytes: binary data/ },
    { label: 'UTF-16 with BOM', content: utf16, pattern: /NUL bytes: binary data/ },
    { label: 'a 10 MB single line', content: 'x'.repeat(TEN_MB), pattern: /not an OpenVPN status: line 1 is "x{80}…"$/m },
    { label: 'a 10 MB single line that starts like a status', content: `TITLE\t${'x'.repeat(TEN_MB)}`, pattern: /incomplete/ },
    { label: '10 MB of line ends', content: '\n'.repeat(TEN_MB), pattern: /incomplete/ },
    { label: 'a directory', path: scratch, pattern: /cannot read status file .*: EISDIR/ },
    { label: 'a missing file', path: join(scratch, 'no-such-status.log'), pattern: /cannot read status file .*: ENOENT/ },
  ];
}

/** Every row of both tables, driver differences taken out: equal before and after means untouched. */
async function snapshot(handle: DatabaseHandle): Promise<string> {
  const sessions = await handle.db.selectFrom('session').selectAll().orderBy('id').execute();
  const instances = await handle.db.selectFrom('instance').selectAll().orderBy('id').execute();
  return JSON.stringify({ sessions, instances }, (_key, value) => (typeof value === 'bigint' ? String(value) : value));
}

describeEachBackend('hostile status files through the CLI', (backend: Backend) => {
  let database: TestDatabase | undefined;
  let handle: DatabaseHandle;

  before(async (t) => {
    database = await migratedDatabase(backend, t as never);
    if (!database) return;
    handle = await database.open();
    // The clients of the status file, connected through the hook as OpenVPN reported them.
    const envDir = `${fixturesDir}${run}/env/`;
    const connects = readdirSync(envDir).filter((name) => name.startsWith('client-connect-') && name.endsWith('.env'));
    for (const name of connects) {
      const result = await runBin(database.args, fixtureEnv(`${run}/env/${name}`));
      assert.equal(result.code, 0, result.stderr);
    }
  });
  after(() => database?.drop());

  const resetCounters = () => handle.db.updateTable('session').set({ duration: null, bytes_in: null, bytes_out: null }).execute();

  it('refuses every unusable file with exit 100 and one short line, and changes nothing', { timeout: 240_000 }, async (t) => {
    if (!database) return t.skip();
    const before = await snapshot(handle);
    const cases = hostileStatuses();
    const results = await inBatches(cases, async (hostile) => {
      const path = hostile.path ?? statusFile(hostile.content ?? '');
      return { hostile, result: await runBounded([...database!.args, '-S', path, '-V', hostile.version ?? '3', '-I', '-I']) };
    });
    const wrong = results.filter(
      ({ hostile, result }) =>
        result.hung ||
        result.code !== 100 ||
        result.stdout !== '' ||
        !/^openvpn-db-log: [^\n]+\n$/.test(result.stderr) ||
        result.stderr.length > 400 ||
        !hostile.pattern.test(result.stderr),
    );
    assert.deepEqual(
      wrong.map(({ hostile, result }) => `${hostile.label}: ${result.hung ? 'hung' : `exit ${result.code}`} ${result.stderr.slice(0, 300)}`),
      [],
    );
    assert.equal(await snapshot(handle), before, 'the database is unchanged');
  });

  it('a 10 MB client line among good ones: -N commits nothing; without -N it alone is rejected, reported cut short', async (t) => {
    if (!database) return t.skip();
    await resetCounters();
    const before = await snapshot(handle);
    const huge = statusFile(v3Text.replace('\nHEADER\tROUTING_TABLE', `\nCLIENT_LIST\t${'y'.repeat(TEN_MB)}\nHEADER\tROUTING_TABLE`));
    const strict = await runBounded([...database.args, '-S', huge, '-N']);
    assert.equal(strict.code, 100, strict.stderr);
    assert.match(strict.stderr, /^openvpn-db-log: 1 status line\(s\) rejected with -N, nothing committed; line \d+: line is 10485772 characters long[^\n]*\n$/);
    assert.ok(strict.stderr.length < 400);
    assert.equal(await snapshot(handle), before, '-N: the database is unchanged');

    const lenient = await runBounded([...database.args, '-S', huge, '-I', '-I']);
    assert.equal(lenient.code, 1, lenient.stderr);
    const lines = lenient.stderr.trimEnd().split('\n');
    const at = lines.findIndex((line) => / rejected: /.test(line));
    assert.match(lines[at]!, /^openvpn-db-log: line \d+ rejected: line is 10485772 characters long/);
    assert.match(lines[at + 1]!, /^openvpn-db-log: {3}"CLIENT_LIST\\ty{188}…"$/, 'the line is shown cut short');
    assert.match(lines.at(-1)!, / 6 updated, 0 unchanged, 0 created, 0 reopened, 0 closed already, 0 closed later, 0 skipped, 1 rejected, \d+ other; 0 open session\(s\) closed as stale$/);
    assert.ok(lines.every((line) => line.length < 400), 'no line near the size of the huge one');
  });

  it('a CRLF status file updates exactly as the same file with LF', async (t) => {
    if (!database) return t.skip();
    const apply = async (text: string) => {
      await resetCounters();
      const result = await runBounded([...database!.args, '-S', statusFile(text)]);
      assert.deepEqual([result.code, result.stderr], [0, '']);
      return snapshot(handle);
    };
    const lf = await apply(v3Text);
    const rows = JSON.parse(lf) as { sessions: Array<{ bytes_in: string | null }> };
    assert.ok(rows.sessions.length === 6 && rows.sessions.every((row) => row.bytes_in !== null), 'every client was updated');
    assert.equal(await apply(v3Text.replaceAll('\n', '\r\n')), lf, 'CRLF');
    assert.equal(await apply(`\uFEFF${v3Text.replaceAll('\n', '\r\n')}`), lf, 'BOM and CRLF');
    assert.equal(await apply(v3Text.replace(/\n$/, '')), lf, 'no line end after END');
  });
});

// ---------------------------------------------------------------------------------------------
// 100 000 clients in one status file
// ---------------------------------------------------------------------------------------------

const CLIENTS = 100_000;
const CONNECT_TIME = 1_790_000_000;
const STATUS_TIME = CONNECT_TIME + 3600;

/** user0..user99999 from 198.18.0.0/15; bytes_in = 3·i + 1, bytes_out = 5·i + 2 for client i. */
function bigStatus(): string {
  const lines = [
    'TITLE\tOpenVPN 2.6.14 x86_64-pc-linux-gnu',
    `TIME\t2026-09-21 12:53:20\t${STATUS_TIME}`,
    'HEADER\tCLIENT_LIST\tCommon Name\tReal Address\tVirtual Address\tVirtual IPv6 Address\tBytes Received\tBytes Sent\tConnected Since\tConnected Since (time_t)\tUsername\tClient ID\tPeer ID\tData Channel Cipher',
  ];
  for (let i = 0; i < CLIENTS; i++) {
    const address = `198.${18 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}`;
    lines.push(`CLIENT_LIST\tuser${i}\t${address}:${1024 + (i % 60000)}\t\t\t${3 * i + 1}\t${5 * i + 2}\t2026-09-21 11:53:20\t${CONNECT_TIME}\tUNDEF\t${i}\t${i}\tAES-256-GCM`);
  }
  lines.push('GLOBAL_STATS\tMax bcast/mcast queue length\t0', 'END', '');
  return lines.join('\n');
}

describe(`${CLIENTS} clients in one status file, through the CLI on SQLite`, () => {
  let database: TestDatabase | undefined;
  let handle: DatabaseHandle;
  let file: string;

  before(async (t) => {
    database = await migratedDatabase('sqlite', t as never);
    if (!database) return;
    handle = await database.open();
    await handle.db.insertInto('instance').values({ name: '', port: 0, protocol: '' }).execute();
    // The sessions the hook would have written, inserted by SQLite itself in one statement.
    await sql`insert into session (instance_id, connect_time, src_ip, src_port, cn)
      with recursive seq(i) as (select 0 union all select i + 1 from seq where i < ${sql.lit(CLIENTS - 1)})
      select 1, ${sql.lit(CONNECT_TIME)}, '198.' || (18 + (i >> 16)) || '.' || ((i >> 8) & 255) || '.' || (i & 255), 1024 + i % 60000, 'user' || i
      from seq`.execute(handle.db);
    file = statusFile(bigStatus());
  });
  after(() => database?.drop());

  /** Open sessions of the instance that carry exactly their own client's counters from the file. */
  const matching = async (instanceName: string) =>
    Number(
      (
        await handle.db
          .selectFrom('session')
          .innerJoin('instance', 'instance.id', 'session.instance_id')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('instance.name', '=', instanceName)
          .where('bytes_in', '=', sql<bigint>`3 * cast(substr(cn, 5) as integer) + 1`)
          .where('bytes_out', '=', sql<bigint>`5 * cast(substr(cn, 5) as integer) + 2`)
          .where('duration', '=', 3600)
          .where('disconnect_time', 'is', null)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it(`updates ${CLIENTS} open sessions in one run, and a second run finds them unchanged`, { timeout: 120_000 }, async (t) => {
    if (!database) return t.skip();
    const updated = await runBounded([...database.args, '-S', file, '-I']);
    assert.equal(updated.code, 0, updated.stderr.slice(0, 500));
    assert.match(updated.stderr, new RegExp(`^openvpn-db-log: status ${STATUS_TIME}: ${CLIENTS + 5} lines: ${CLIENTS} updated, 0 unchanged, 0 created, 0 reopened, 0 closed already, 0 closed later, 0 skipped, 0 rejected, 5 other; 0 open session\\(s\\) closed as stale\\n$`));
    assert.equal(await matching(''), CLIENTS, 'every session carries its own counters');
    const again = await runBounded([...database.args, '-S', file, '-I']);
    assert.equal(again.code, 0, again.stderr.slice(0, 500));
    assert.match(again.stderr, new RegExp(`: 0 updated, ${CLIENTS} unchanged,`));
  });

  it(`with -C creates ${CLIENTS} sessions the hook never logged`, { timeout: 120_000 }, async (t) => {
    if (!database) return t.skip();
    const created = await runBounded([...database.args, '-n', 'other', '-S', file, '-C', '-I']);
    assert.equal(created.code, 0, created.stderr.slice(0, 500));
    assert.match(created.stderr, new RegExp(`: 0 updated, 0 unchanged, ${CLIENTS} created,`));
    assert.equal(await matching('other'), CLIENTS);
  });
});
