import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Backend } from '../../src/db/backend.ts';
import type { DatabaseHandle } from '../../src/db/open-database.ts';
import { databaseOutage } from '../helpers/database-outage.ts';
import { fixturesDir, runBin } from '../helpers/run-bin.ts';
import { freePort, waitFor } from '../helpers/spool.ts';
import { describeEachBackend, migratedDatabase, type TestDatabase } from '../helpers/test-database.ts';
import { parseMetrics, scrapeMetrics, startWatch, type WatchProcess } from '../helpers/watch-process.ts';

/** OpenVPN 2.6 refusing alice (its client-connect hook exited 1): a real server log. */
const rejectLog = readFileSync(`${fixturesDir}openvpn-2.6/extra-reject-alice/server.log`, 'utf8').split('\n').slice(0, -1);
const aliceRefused = rejectLog.findIndex((line) => line.includes("SENT CONTROL [UNDEF]: 'AUTH_FAILED'"));
const refusal = rejectLog[aliceRefused + 1]!;
assert.match(refusal, /^2026-11-23 10:58:09 alice\/127\.0\.0\.1:43274 SENT CONTROL \[alice\]: 'AUTH_FAILED' \(status=1\)$/);

/** alice refused again at 10:59:SECOND from source port PORT: the fixture's line at another time and port. */
function refusedAgain(second: number, port: number): string {
  return refusal.replace('10:58:09', `10:59:${String(second).padStart(2, '0')}`).replaceAll('43274', String(port));
}

const BATCH_LINE = /server log .*: \d+ lines, \d+ login outcomes, \d+ new rows in auth_event \(\d+ success, \d+ failure\) in \d+ ms$/;

describeEachBackend('watch --server-log', (backend: Backend) => {
  let database: TestDatabase | undefined;
  let handle: DatabaseHandle;
  let dir: string;
  const running = new Set<WatchProcess>();

  before(async (t) => {
    dir = mkdtempSync(join(tmpdir(), 'odl-watch-log-'));
    database = await migratedDatabase(backend, t as never);
    if (!database) return;
    handle = await database.open();
  });
  after(async () => {
    for (const watch of running) await watch.stop('SIGKILL').catch(() => {});
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  function watch(args: string[]): WatchProcess {
    const process = startWatch(args);
    running.add(process);
    return process;
  }

  async function failures(): Promise<{ cn: string | null; src_ip: string | null; src_port: number | null; reason: string | null }[]> {
    const rows = await handle.db.selectFrom('auth_event').select(['cn', 'src_ip', 'src_port', 'reason']).where('outcome', '=', 'failure').orderBy('src_port').execute();
    return rows.map((row) => ({ ...row, src_port: row.src_port === null ? null : Number(row.src_port) }));
  }

  async function rowCount(): Promise<number> {
    return Number((await handle.db.selectFrom('auth_event').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  }

  it('stores the lines appended while it runs, counts them at /metrics, and a restart over the same file adds no row', async (t) => {
    if (!database) return t.skip();
    await handle.db.deleteFrom('auth_event').execute();
    const file = join(dir, 'server.log');
    // Up to alice's handshake: three clients got in, nobody was refused yet.
    writeFileSync(file, `${rejectLog.slice(0, aliceRefused).join('\n')}\n`);
    const metricsPort = await freePort();
    const first = watch([...database.args, '--server-log', file, '--interval', '1', '-I', '--metrics', `127.0.0.1:${metricsPort}`]);
    const [backlog] = await first.waitForLines(BATCH_LINE, 1, 'the lines already there stored');
    assert.match(backlog!, /: \d+ lines, 3 login outcomes, 3 new rows in auth_event \(3 success, 0 failure\)/);
    assert.deepEqual(await failures(), []);

    appendFileSync(file, `${rejectLog.slice(aliceRefused).join('\n')}\n`);
    // A read can end inside the appended text: the refusal may come in the first batch after the backlog or a later one.
    await first.waitForLines(/1 new rows in auth_event \(0 success, 1 failure\)/, 1, 'the refusal stored');
    // [UNDEF] and [alice]: OpenVPN's two AUTH_FAILED lines of one refusal are one row.
    assert.deepEqual(await failures(), [{ cn: 'alice', src_ip: '127.0.0.1', src_port: 43274, reason: 'AUTH_FAILED' }]);
    assert.equal(await rowCount(), 4);
    const metrics = parseMetrics(await scrapeMetrics(metricsPort));
    assert.deepEqual(
      metrics.get('openvpn_db_log_auth_events_total')?.map((sample) => [sample.labels['outcome'], sample.value]),
      [['success', 3], ['failure', 1]],
    );
    assert.equal(await first.stop(), 0);

    const second = watch([...database.args, '--server-log', file, '--interval', '1', '-I', '--metrics', `127.0.0.1:${metricsPort}`]);
    const [replayed] = await second.waitForLines(BATCH_LINE, 1, 'the file read again');
    assert.match(replayed!, new RegExp(`: ${rejectLog.length} lines, 5 login outcomes, 0 new rows in auth_event \\(0 success, 0 failure\\)`));
    assert.equal(await rowCount(), 4);
    appendFileSync(file, `${refusedAgain(0, 50000)}\n`);
    await second.waitForLines(/1 new rows in auth_event \(0 success, 1 failure\)/, 1, 'a new refusal after the restart');
    assert.equal(await rowCount(), 5);
    const again = parseMetrics(await scrapeMetrics(metricsPort));
    assert.deepEqual(
      again.get('openvpn_db_log_auth_events_total')?.map((sample) => [sample.labels['outcome'], sample.value]),
      [['success', 0], ['failure', 1]],
    );
    assert.equal(await second.stop(), 0);
  });

  it('waits for a missing file, and follows it across rotation by rename and by copytruncate', async (t) => {
    if (!database) return t.skip();
    await handle.db.deleteFrom('auth_event').execute();
    const file = join(dir, 'rotated.log');
    const w = watch([...database.args, '--server-log', file, '--interval', '1', '-I']);
    await w.waitForLines(new RegExp(`server log ${file}: cannot read it: ENOENT`), 1, 'the missing file reported');
    writeFileSync(file, `${refusedAgain(1, 50001)}\n`);
    await waitFor('the first refusal stored', async () => (await rowCount()) === 1);
    // logrotate without copytruncate: the file renamed, OpenVPN still writing to it until it reopens its log.
    renameSync(file, `${file}.1`);
    appendFileSync(`${file}.1`, `${refusedAgain(2, 50002)}\n`);
    writeFileSync(file, `${refusedAgain(3, 50003)}\n`);
    await waitFor('the refusals of both files stored', async () => (await rowCount()) === 3);
    appendFileSync(file, `${rejectLog.join('\n')}\n`);
    await waitFor('the whole log stored', async () => (await rowCount()) === 7);
    // copytruncate: the content copied away and the file emptied in place; OpenVPN writes on at the start.
    copyFileSync(file, `${file}.2`);
    truncateSync(file, 0);
    appendFileSync(file, `${refusedAgain(4, 50004)}\n`);
    await waitFor('the refusal after the truncation stored', async () => (await rowCount()) === 8);
    assert.deepEqual(
      (await failures()).map((row) => row.src_port),
      [43274, 50001, 50002, 50003, 50004],
    );
    assert.equal(await w.stop(), 0);
  });

  it('keeps the lines of a database outage and stores each once when it is back; SIGTERM during one exits 0 and loses nothing', async (t) => {
    if (!database) return t.skip();
    await handle.db.deleteFrom('auth_event').execute();
    const file = join(dir, 'outage.log');
    writeFileSync(file, `${refusedAgain(10, 50010)}\n`);
    const outage = await databaseOutage(backend, database);
    t.after(() => outage.end());
    const args = [...outage.args, '--timeout', '1', '--server-log', file, '--interval', '1', '-I'];
    const w = watch(args);
    await w.waitForLines(BATCH_LINE, 1, 'the first refusal stored');
    await outage.begin();
    appendFileSync(file, `${refusedAgain(11, 50011)}\n`);
    await w.waitForLines(new RegExp(`server log ${file}: `), 1, 'the failed batch reported');
    appendFileSync(file, `${refusedAgain(12, 50012)}\n`);
    // Retries back off (1 s, 2 s, ...): a few seconds of outage make several attempts, still one line.
    await new Promise((resolve) => setTimeout(resolve, 3500));
    await outage.end();
    await waitFor('the refusals of the outage stored', async () => (await rowCount()) === 3);
    await w.waitForLines(new RegExp(`server log ${file}: working again$`), 1, 'the end of the outage reported');
    const problems = w.lines.filter((line) => line.includes(`server log ${file}: `) && !BATCH_LINE.test(line) && !line.endsWith('working again'));
    assert.equal(problems.length, 1, w.lines.join('\n'));
    assert.deepEqual((await failures()).map((row) => row.src_port), [50010, 50011, 50012]);

    await outage.begin();
    appendFileSync(file, `${refusedAgain(13, 50013)}\n`);
    await w.waitForLines(new RegExp(`server log ${file}: `), 2, 'the second outage reported');
    assert.equal(await w.stop('SIGTERM', 10_000), 0);
    await outage.end();
    assert.equal(await rowCount(), 3);
    // The next start reads the file from its start again: the refusal of the second outage is stored, nothing twice.
    const restarted = watch(args);
    await restarted.waitForLines(/: 4 lines, 4 login outcomes, 1 new rows in auth_event/, 1, 'the refusal kept in the file stored');
    assert.deepEqual((await failures()).map((row) => row.src_port), [50010, 50011, 50012, 50013]);
    assert.equal(await restarted.stop(), 0);
  });

  it('leaves out lines without a timestamp that were there at the start, and stores those appended with the time read', async (t) => {
    if (!database) return t.skip();
    await handle.db.deleteFrom('auth_event').execute();
    const file = join(dir, 'bare.log');
    // OpenVPN under openvpn-server@.service runs with --suppress-timestamps.
    const bare = (line: string) => line.slice('2026-11-23 10:59:00 '.length);
    writeFileSync(file, `${bare(refusedAgain(20, 50020))}\n`);
    const w = watch([...database.args, '--server-log', file, '--interval', '1', '-I']);
    await w.waitForLines(/1 login outcomes without a timestamp in the lines that were there at the start not stored/, 1, 'the bare line left out');
    const before = Math.floor(Date.now() / 1000);
    appendFileSync(file, `${bare(refusedAgain(21, 50021))}\n`);
    await w.waitForLines(BATCH_LINE, 1, 'the appended bare line stored');
    const after = Math.ceil(Date.now() / 1000);
    const rows = await handle.db.selectFrom('auth_event').select(['src_port', 'event_time']).execute();
    const stored = rows.map((row) => [Number(row.src_port), Number(row.event_time)]);
    assert.equal(stored.length, 1);
    assert.equal(stored[0]![0], 50021);
    assert.ok(stored[0]![1]! >= before && stored[0]![1]! <= after, `${stored[0]![1]} not within ${before}–${after}`);
    assert.equal(await w.stop(), 0);
  });
});

describe('watch --server-log: options', () => {
  it('standard input is not a server log watch can follow: one line naming the option', async () => {
    const result = await runBin(['watch', '--server-log', '-', '-d', join(tmpdir(), 'never-opened.sqlite')]);
    assert.equal(result.code, 100);
    assert.match(result.stderr, /^openvpn-db-log: invalid --server-log "-": expected the log file OpenVPN writes/);
  });
});
