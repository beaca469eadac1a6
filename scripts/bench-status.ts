// npm run bench:status — applies generated status files of 10 000 and 100 000
// clients to databases holding as many open sessions, through the built CLI,
// and prints the seconds per backend. Figures, not assertions.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allBackends, createTestDatabase } from '../test/helpers/test-database.ts';
import { binPath } from '../test/helpers/run-bin.ts';

const sizes = (process.env['BENCH_SIZES'] ?? '10000,100000').split(',').map(Number);
const backends = process.env['BENCH_BACKENDS']?.split(',') ?? allBackends;
const perlSeconds: Record<string, number> = { sqlite: 1.28, postgres: 3.57, mysql: 3.59 };
const connectTime = 1_790_000_000;
const statusTime = connectTime + 3600;

function vpnIp(i: number) {
  return `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
}
function srcIp(i: number) {
  return `198.18.${(i >> 8) & 255}.${i & 255}`;
}

function statusFile(clients: number): string {
  const lines = [
    'TITLE\tOpenVPN 2.6.14 x86_64-pc-linux-gnu',
    `TIME\t2026-09-21 12:53:20\t${statusTime}`,
    'HEADER\tCLIENT_LIST\tCommon Name\tReal Address\tVirtual Address\tVirtual IPv6 Address\tBytes Received\tBytes Sent\tConnected Since\tConnected Since (time_t)\tUsername\tClient ID\tPeer ID\tData Channel Cipher',
  ];
  for (let i = 0; i < clients; i++) {
    lines.push(`CLIENT_LIST\tuser${i}\t${srcIp(i)}:${10000 + (i % 50000)}\t${vpnIp(i)}\t\t${i * 7}\t${i * 11}\t2026-09-21 11:53:20\t${connectTime + (i % 60)}\tUNDEF\t${i}\t${i}\tAES-256-GCM`);
  }
  lines.push('GLOBAL_STATS\tMax bcast/mcast queue length\t0', 'END', '');
  const file = join(mkdtempSync(join(tmpdir(), 'odl-bench-')), `status-${clients}.log`);
  writeFileSync(file, lines.join('\n'));
  return file;
}

const rows: string[][] = [];
for (const size of sizes) {
  const file = statusFile(size);
  for (const backend of backends) {
    const database = await createTestDatabase(backend as never);
    if (!database) continue;
    try {
      spawnSync(binPath, ['migrate', ...database.args]);
      const handle = await database.open();
      const instance = await handle.db.insertInto('instance').values({ name: '', port: 0, protocol: '' }).returning('id').executeTakeFirst()
        .catch(async () => undefined);
      const instanceId = instance?.id ?? (await handle.db.selectFrom('instance').select('id').executeTakeFirstOrThrow()).id;
      for (let start = 0; start < size; start += 2000) {
        const chunk = Array.from({ length: Math.min(2000, size - start) }, (_, k) => {
          const i = start + k;
          return { instance_id: instanceId, connect_time: connectTime + (i % 60), src_ip: srcIp(i), src_port: 10000 + (i % 50000), cn: `user${i}`, vpn_ip4: vpnIp(i) };
        });
        await handle.db.insertInto('session').values(chunk).execute();
      }
      const started = process.hrtime.bigint();
      const result = spawnSync(binPath, [...database.args, '-S', file, '-I'], { encoding: 'utf8' });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (result.status !== 0) throw new Error(`status update failed: ${result.stderr}`);
      const perl = perlSeconds[backend]! * (size / 10_000);
      rows.push([backend, String(size), seconds.toFixed(2), perl.toFixed(2), `${(perl / seconds).toFixed(1)}×`, result.stderr.trim().replace(/^openvpn-db-log: /, '')]);
    } finally {
      await database.drop();
    }
  }
}
console.log('backend   clients  seconds  perl-tool*  speed-up  summary');
for (const [backend, size, seconds, perl, speedup, summary] of rows) {
  console.log(`${backend!.padEnd(9)} ${size!.padStart(7)}  ${seconds!.padStart(7)}  ${perl!.padStart(10)}  ${speedup!.padStart(8)}  ${summary}`);
}
console.log('* the Perl tool measured 1.28 s (SQLite), 3.57 s (PostgreSQL), 3.59 s (MariaDB) for 10 000 clients; scaled linearly for 100 000');
