/**
 * `watch --management` against a real OpenVPN 2.6 server whose hook is the
 * built bin/openvpn-db-log, on every backend: counters grow while a client
 * sends traffic, an OpenVPN restart is survived, a client that connected after
 * watch started is updated, and /metrics is scraped and parsed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DatabaseHandle } from '../../src/db/open-database.ts';
import { binPath, runBin } from '../helpers/run-bin.ts';
import { freePort } from '../helpers/spool.ts';
import { allBackends, createTestDatabase } from '../helpers/test-database.ts';
import { parseMetrics, scrapeMetrics, startWatch } from '../helpers/watch-process.ts';
import { labAvailable, startLab } from './openvpn-lab.ts';

const availability = labAvailable();
if (!availability.ok && process.env['CI'] === 'true') {
  it('the OpenVPN lab is available (required in CI)', () => assert.fail(availability.reason));
}
const options = availability.ok ? { timeout: 240_000 } : { skip: `OpenVPN lab not available: ${availability.reason}` };
const UPDATE_LINE = /TIME \d+: \d+ updated/;

/** The newest session of `cn`: its id, and its bytes_in (-1 while no status update reached it). */
async function newest(handle: DatabaseHandle, cn: string): Promise<{ id: number; bytesIn: bigint }> {
  const row = await handle.db.selectFrom('session').select(['id', 'bytes_in']).where('cn', '=', cn).orderBy('id', 'desc').executeTakeFirst();
  return { id: Number(row?.id ?? 0), bytesIn: row?.bytes_in === null || row?.bytes_in === undefined ? -1n : BigInt(row.bytes_in) };
}
const openCounters = async (handle: DatabaseHandle, cn: string) => (await newest(handle, cn)).bytesIn;

/** Polls until `check` holds; rejects after `timeoutMs` saying what was awaited. */
async function eventually(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

for (const backend of allBackends) {
  describe(`watch --management with real OpenVPN on ${backend}`, options, () => {
    it('follows counters, survives a restart, finds a later client, serves /metrics', async (t) => {
      const database = await createTestDatabase(backend, t);
      if (!database) return;
      const lab = await startLab({ proto: 'udp', statusVersion: 3, hookCommand: [process.execPath, binPath, '--url', database.url].join(' ') });
      let watch: ReturnType<typeof startWatch> | undefined;
      try {
        assert.equal((await runBin(['migrate', ...database.args])).code, 0);
        const handle = await database.open();
        const first = await lab.startClient({ cn: 'early' });
        const metricsPort = await freePort();
        const management = `${lab.management.host}:${lab.management.port}`;
        watch = startWatch(['--url', database.url, '--management', management, '--interval', '1', '-I', '--metrics', `127.0.0.1:${metricsPort}`]);
        await watch.waitForLines(UPDATE_LINE, 1, 'the first management update', 60_000);

        const before = await openCounters(handle, 'early');
        await first.pushTraffic(200_000);
        await eventually('the counters of "early" to grow by the traffic sent', async () => (await openCounters(handle, 'early')) >= before + 200_000n);

        const late = await lab.startClient({ cn: 'late' });
        await late.pushTraffic(50_000);
        await eventually('the session of "late", connected after watch started, to get counters', async () => (await openCounters(handle, 'late')) >= 50_000n);

        const lateBefore = await newest(handle, 'late');
        const updatesBefore = watch.lines.filter((line) => UPDATE_LINE.test(line)).length;
        await lab.kill9();
        await lab.restartServer();
        // watch connects to the new server at its next update (a failed attempt, if any, is one line); the clients
        // reconnect to it as new sessions, which watch then updates.
        await watch.waitForLines(UPDATE_LINE, updatesBefore + 1, 'an update after the OpenVPN restart', 120_000);
        await eventually('the session "late" reconnected with to get counters from watch', async () => {
          const now = await newest(handle, 'late');
          return now.id > lateBefore.id && now.bytesIn >= 0n;
        }, 120_000);

        // Right after the restart a client may still be authenticating (common name UNDEF, as OpenVPN reports it).
        let metrics = parseMetrics(await scrapeMetrics(metricsPort));
        await eventually('both clients authenticated in /metrics', async () => {
          metrics = parseMetrics(await scrapeMetrics(metricsPort));
          const names = (metrics.get('openvpn_server_client_received_bytes_total') ?? []).map((s) => s.labels['common_name']);
          return names.includes('early') && names.includes('late');
        });
        const source = `management:${management}`;
        assert.deepEqual(metrics.get('openvpn_up')?.map((s) => [s.labels['status_path'], s.value]), [[source, 1]]);
        const received = metrics.get('openvpn_server_client_received_bytes_total') ?? [];
        assert.deepEqual(received.map((s) => s.labels['common_name']).sort(), ['early', 'late']);
        for (const sample of received) {
          assert.equal(sample.labels['status_path'], source);
          assert.ok(lab.subnet.containsIpv4(sample.labels['virtual_address']!), `virtual address ${sample.labels['virtual_address']}`);
          assert.match(sample.labels['real_address']!, /^127\.0\.0\.1:\d+$/);
        }
        assert.ok((metrics.get('openvpn_db_log_status_updates_total')?.[0]?.value ?? 0) >= 3);
        assert.equal(await watch.stop(), 0);
      } finally {
        await watch?.stop('SIGKILL').catch(() => {});
        await lab.stop();
        await database.drop();
      }
    });
  });
}
