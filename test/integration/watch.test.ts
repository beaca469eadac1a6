import assert from 'node:assert/strict';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import type { Backend } from '../../src/db/backend.ts';
import type { DatabaseHandle } from '../../src/db/open-database.ts';
import { runBin } from '../helpers/run-bin.ts';
import { databaseOutage } from '../helpers/database-outage.ts';
import { freePort } from '../helpers/spool.ts';
import { describeEachBackend, emptyTables, migratedDatabase, type TestDatabase } from '../helpers/test-database.ts';
import { parseMetrics, scrapeMetrics, startWatch, type WatchProcess } from '../helpers/watch-process.ts';

const CONNECT = 1_790_000_000;
const UPDATE_LINE = /TIME \d+: \d+ updated/;

interface Client {
  cn: string;
  ip: string;
  port: number;
  vpn: string;
}

function client(i: number): Client {
  return { cn: `user${i}`, ip: `198.18.${(i >> 8) & 255}.${i & 255}`, port: 10000 + i, vpn: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` };
}

/** A status version 3 as OpenVPN 2.6 writes it; client i has received i*7+step and sent i*11+step bytes. */
function statusText(clients: Client[], time: number, step: number): string {
  const lines = [
    'TITLE\tOpenVPN 2.6.14 x86_64-pc-linux-gnu',
    `TIME\t2026-09-21 12:53:20\t${time}`,
    'HEADER\tCLIENT_LIST\tCommon Name\tReal Address\tVirtual Address\tVirtual IPv6 Address\tBytes Received\tBytes Sent\tConnected Since\tConnected Since (time_t)\tUsername\tClient ID\tPeer ID\tData Channel Cipher',
    ...clients.map((c, i) =>
      ['CLIENT_LIST', c.cn, `${c.ip}:${c.port}`, c.vpn, '', `${i * 7 + step}`, `${i * 11 + step}`, '2026-09-21 11:53:20', `${CONNECT}`, 'UNDEF', `${i}`, `${i}`, 'AES-256-GCM'].join('\t'),
    ),
    'GLOBAL_STATS\tMax bcast/mcast queue length\t0',
    'END',
    '',
  ];
  return lines.join('\n');
}

function connectEnv(c: Client): Record<string, string> {
  return { script_type: 'client-connect', common_name: c.cn, trusted_ip: c.ip, trusted_port: String(c.port), time_unix: String(CONNECT), ifconfig_pool_remote_ip: c.vpn };
}

/** Writes the way OpenVPN's rewrite looks to a reader that is fast enough: in place, in one go. */
function rewrite(file: string, text: string): void {
  const temporary = `${file}.new`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

describeEachBackend('watch', (backend: Backend) => {
  let database: TestDatabase | undefined;
  let handle: DatabaseHandle;
  let dir: string;
  const running = new Set<WatchProcess>();

  before(async (t) => {
    dir = mkdtempSync(join(tmpdir(), 'odl-watch-'));
    database = await migratedDatabase(backend, t as never);
    if (!database) return;
    handle = await database.open();
  });
  after(async () => {
    for (const watch of running) await watch.stop('SIGKILL').catch(() => {});
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  function watch(args: string[], env: Record<string, string> = {}): WatchProcess {
    const process = startWatch(args, env);
    running.add(process);
    return process;
  }

  async function counters(): Promise<Map<string, [string, string]>> {
    const rows = await handle.db.selectFrom('session').select(['cn', 'bytes_in', 'bytes_out']).where('disconnect_time', 'is', null).execute();
    return new Map(rows.map((r) => [r.cn, [String(r.bytes_in), String(r.bytes_out)]]));
  }

  async function connect(clients: Client[]): Promise<void> {
    await emptyTables(handle);
    for (const c of clients) {
      const result = await runBin(database!.args, connectEnv(c));
      assert.equal(result.code, 0, result.stderr);
    }
  }

  it('applies each rewrite once, finds a session a hook opened meanwhile, and serves kumina\'s metrics', async (t) => {
    if (!database) return t.skip();
    const file = join(dir, 'server.status');
    const clients = [client(1), client(2)];
    await connect(clients);
    rewrite(file, statusText(clients, CONNECT + 60, 100));
    const metricsPort = await freePort();
    const w = watch([...database.args, '-S', file, '--interval', '1', '-I', '--metrics', `127.0.0.1:${metricsPort}`]);
    await w.waitForLines(UPDATE_LINE, 1, 'the first update');
    assert.deepEqual(await counters(), new Map([['user1', ['100', '100']], ['user2', ['107', '111']]]));

    const third = client(3);
    const hooked = await runBin(database.args, connectEnv(third));
    assert.equal(hooked.code, 0, hooked.stderr);
    const all = [...clients, third];
    rewrite(file, statusText(all, CONNECT + 120, 200));
    const second = await w.waitForLines(UPDATE_LINE, 2, 'the second rewrite applied');
    assert.match(second[1]!, /: 3 updated, 0 unchanged, 0 created, 0 closed, 0 skipped, 0 rejected in \d+ ms$/);
    rewrite(file, statusText(all, CONNECT + 180, 300));
    await w.waitForLines(UPDATE_LINE, 3, 'the third rewrite applied');
    // Two more polls of an unchanged file: nothing is applied again.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    assert.equal(w.lines.filter((line) => UPDATE_LINE.test(line)).length, 3, w.lines.join('\n'));
    assert.deepEqual(await counters(), new Map([['user1', ['300', '300']], ['user2', ['307', '311']], ['user3', ['314', '322']]]));

    const metrics = parseMetrics(await scrapeMetrics(metricsPort));
    assert.deepEqual(metrics.get('openvpn_up')?.map((s) => [s.labels['status_path'], s.value]), [[file, 1]]);
    assert.equal(metrics.get('openvpn_status_update_time_seconds')?.[0]?.value, CONNECT + 180);
    assert.equal(metrics.get('openvpn_server_connected_clients')?.[0]?.value, 3);
    const received = metrics.get('openvpn_server_client_received_bytes_total') ?? [];
    assert.deepEqual(
      received.map((s) => [s.labels['common_name'], s.labels['real_address'], s.labels['virtual_address'], s.labels['username'], s.labels['connection_time'], s.value]),
      [
        ['user1', '198.18.0.1:10001', '10.0.0.1', 'UNDEF', String(CONNECT), 300],
        ['user2', '198.18.0.2:10002', '10.0.0.2', 'UNDEF', String(CONNECT), 307],
        ['user3', '198.18.0.3:10003', '10.0.0.3', 'UNDEF', String(CONNECT), 314],
      ],
    );
    assert.equal(metrics.get('openvpn_server_client_sent_bytes_total')?.find((s) => s.labels['common_name'] === 'user3')?.value, 322);
    assert.equal(metrics.get('openvpn_db_log_status_updates_total')?.[0]?.value, 3);
    assert.equal(metrics.get('openvpn_db_log_status_update_duration_seconds_count')?.[0]?.value, 3);
    assert.equal(metrics.get('openvpn_db_log_database_errors_total')?.[0]?.value, 0);
    assert.equal(await w.stop(), 0);
  });

  it('skips a status caught mid-rewrite and applies it once complete', async (t) => {
    if (!database) return t.skip();
    const file = join(dir, 'half.status');
    const clients = [client(1), client(2)];
    await connect(clients);
    rewrite(file, statusText(clients, CONNECT + 60, 100));
    const w = watch([...database.args, '-S', file, '--interval', '1', '-I']);
    await w.waitForLines(UPDATE_LINE, 1, 'the first update');
    const full = statusText(clients, CONNECT + 120, 500);
    // OpenVPN truncates the file and writes it again; a reader can see it without its END.
    writeFileSync(file, full.slice(0, full.indexOf('GLOBAL_STATS')));
    await w.waitForLines(/incomplete \(caught mid-rewrite\)/, 1, 'the half-written file noticed');
    assert.deepEqual(await counters(), new Map([['user1', ['100', '100']], ['user2', ['107', '111']]]));
    writeFileSync(file, full);
    await w.waitForLines(UPDATE_LINE, 2, 'the completed rewrite applied');
    assert.deepEqual(await counters(), new Map([['user1', ['500', '500']], ['user2', ['507', '511']]]));
    assert.equal(await w.stop(), 0);
  });

  it('prints one line when the database goes away, and applies the next status when it is back', async (t) => {
    if (!database) return t.skip();
    const file = join(dir, 'outage.status');
    const clients = [client(1), client(2)];
    await connect(clients);
    rewrite(file, statusText(clients, CONNECT + 60, 100));
    const outage = await databaseOutage(backend, database);
    t.after(() => outage.end());
    const w = watch([...outage.args, '--timeout', '1', '-S', file, '--interval', '1', '-I']);
    await w.waitForLines(UPDATE_LINE, 1, 'the first update');
    await outage.begin();
    rewrite(file, statusText(clients, CONNECT + 120, 200));
    await w.waitForLines(new RegExp(`status file ${file}: `), 1, 'the failed update reported');
    rewrite(file, statusText(clients, CONNECT + 180, 300));
    // Retries back off (1 s, 2 s, ...): a few seconds of outage make several attempts, still one line.
    await new Promise((resolve) => setTimeout(resolve, 3500));
    await outage.end();
    await w.waitForLines(UPDATE_LINE, 2, 'the status after the outage applied');
    await w.waitForLines(new RegExp(`status file ${file}: working again$`), 1, 'the end of the outage reported');
    const problems = w.lines.filter((line) => line.includes(`status file ${file}: `) && !line.endsWith('working again'));
    assert.equal(problems.length, 1, w.lines.join('\n'));
    assert.deepEqual(await counters(), new Map([['user1', ['300', '300']], ['user2', ['307', '311']]]));
    assert.equal(await w.stop(), 0);
  });

  it('finishes the update in progress on SIGTERM and exits 0', async (t) => {
    if (!database) return t.skip();
    const file = join(dir, 'term.status');
    const clients = Array.from({ length: 20_000 }, (_, i) => client(i));
    await emptyTables(handle);
    rewrite(file, statusText(clients, CONNECT + 60, 100));
    const w = watch([...database.args, '-S', file, '--interval', '1', '-I', '-C']);
    await w.waitForLines(/: 0 updated, 0 unchanged, 20000 created/, 1, 'the sessions created', 120_000);
    rewrite(file, statusText(clients, CONNECT + 120, 900));
    // Long enough for the file-system notification, far shorter than the update of 20 000 rows.
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(await w.stop('SIGTERM', 10_000), 0);
    const applied = w.lines.filter((line) => UPDATE_LINE.test(line)).length;
    const rows = await handle.db.selectFrom('session').select(['bytes_in']).execute();
    const moved = rows.filter((r) => Number(r.bytes_in) >= 900).length;
    // All or nothing, and what the log says.
    assert.equal(moved, applied === 2 ? 20_000 : 0, w.lines.join('\n'));
  });
});
