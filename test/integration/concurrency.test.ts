import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import type { Backend } from '../../src/db/backend.ts';
import { runBin } from '../helpers/run-bin.ts';
import { createTestDatabase, describeEachBackend } from '../helpers/test-database.ts';

const CLIENTS = 200;
const connectTime = 1_795_431_403;

const client = (i: number) => ({
  common_name: `storm-${i}`,
  trusted_ip: `198.51.100.${i % 250}`,
  trusted_port: String(30000 + i),
  time_unix: String(connectTime + (i % 7)),
  ifconfig_pool_remote_ip: `10.${8 + (i >> 8)}.0.${i & 255}`,
});

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

describeEachBackend('concurrency', (backend: Backend) => {
  it(`${CLIENTS} simultaneous first connects, then ${CLIENTS} disconnects racing a status update`, { timeout: 300_000 }, async (t) => {
    const database = await createTestDatabase(backend, t);
    if (!database) return;
    try {
      assert.equal((await runBin(['migrate', ...database.args])).code, 0);
      const args = [...database.args, '-n', 'storm', '--timeout', '60'];
      const indexes = Array.from({ length: CLIENTS }, (_, i) => i);

      const connects = await Promise.all(indexes.map((i) => runBin(args, { script_type: 'client-connect', ...client(i) })));
      assert.deepEqual(connects.filter((r) => r.code !== 0).map((r) => r.stderr), [], 'no connect failed');

      const status = runBin([...args, '-S', statusFor(CLIENTS)]);
      const disconnects = await Promise.all(
        indexes.map((i) =>
          runBin(args, {
            script_type: 'client-disconnect',
            ...client(i),
            time_duration: String(4000 + i),
            bytes_received: String(1_000_000 + i),
            bytes_sent: String(2_000_000 + i),
          }),
        ),
      );
      assert.deepEqual(disconnects.filter((r) => r.code !== 0).map((r) => r.stderr), [], 'no disconnect failed');
      const statusResult = await status;
      assert.notEqual(statusResult.code, 100, statusResult.stderr);

      const handle = await database.open();
      assert.equal((await handle.db.selectFrom('instance').select('id').execute()).length, 1);
      const rows = await handle.db.selectFrom('session').selectAll().execute();
      assert.equal(rows.length, CLIENTS);
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
    } finally {
      await database.drop();
    }
  });
});
