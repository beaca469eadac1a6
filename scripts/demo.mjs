// The README's first command: logs a few simulated OpenVPN sessions through
// the real hook binary into a fresh SQLite file, then lists them. For the
// report it adds a month of earlier history straight into the table (through
// the hook that would take a minute of process starts), then writes the
// report's page and says where it is.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const bin = fileURLToPath(new URL('../bin/openvpn-db-log', import.meta.url));
const dir = fileURLToPath(new URL('../demo/', import.meta.url));
const database = `${dir}openvpn-db-log.sqlite`;
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

function run(args, env = {}) {
  // Like OpenVPN: the hook sees only the variables given here, no PATH or HOME.
  const result = spawnSync(bin, args, { env, encoding: 'utf8' });
  process.stderr.write(result.stderr);
  if (result.status !== 0) throw new Error(`openvpn-db-log ${args.join(' ')} exited with ${result.status}`);
  return result.stdout;
}

process.stdout.write(run(['migrate', '-d', database]));

const now = Math.floor(Date.now() / 1000);
const clients = [
  { cn: 'alice', ip: '198.51.100.7', port: 40001, vpn4: '10.8.0.2', vpn6: 'fd00:8::1000', ago: 7200, lasted: 3600 },
  { cn: "o'brien", ip: '203.0.113.20', port: 51234, vpn4: '10.8.0.3', vpn6: 'fd00:8::1001', ago: 5400, lasted: 1800 },
  { cn: 'zoë', ip: '2001:db8::42', port: 1194, vpn4: '10.8.0.4', vpn6: 'fd00:8::1002', ago: 600, lasted: null },
  { cn: 'bob', ip: '192.0.2.99', port: 61000, vpn4: '10.8.0.5', vpn6: '', ago: 120, lasted: null },
];
for (const client of clients) {
  const env = {
    common_name: client.cn,
    [client.ip.includes(':') ? 'trusted_ip6' : 'trusted_ip']: client.ip,
    trusted_port: String(client.port),
    time_unix: String(now - client.ago),
    ifconfig_pool_remote_ip: client.vpn4,
    ifconfig_pool_remote_ip6: client.vpn6,
  };
  run(['-d', database, `${dir}client-connect.tmp`], { ...env, script_type: 'client-connect' });
  if (client.lasted !== null) {
    run(['-d', database], {
      ...env,
      script_type: 'client-disconnect',
      time_duration: String(client.lasted),
      bytes_received: String(client.lasted * 52_000),
      bytes_sent: String(client.lasted * 311_000),
    });
  }
}
process.stdout.write(`logged ${clients.length} sessions through bin/openvpn-db-log into ${database}\n\n`);
process.stdout.write(run(['sessions', '-d', database]));

/** mulberry32: the same month every run. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Working days busier than weekends; some users stay connected for hours, a few move a lot of data.
const history = new Database(database);
const next = random(17);
const office = history.prepare("insert into instance (name, protocol, port) values ('office', 'udp', 1194)").run().lastInsertRowid;
const users = ['alice', 'bob', "o'brien", 'zoë', 'émile', '李雷', 'ci <runner> & co', 'dana', 'erik', 'farah', 'goran', 'hana'];
const insert = history.prepare(
  `insert into session (instance_id, connect_time, src_ip, src_port, cn, vpn_ip4, disconnect_time, duration, bytes_in, bytes_out)
   values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
const today = Math.floor(now / 86400) * 86400;
let logged = 0;
history.transaction(() => {
  for (let day = 29; day >= 1; day--) {
    const weekday = new Date((today - day * 86400) * 1000).getUTCDay();
    const busy = weekday === 0 || weekday === 6 ? 0.15 : 0.75;
    users.forEach((cn, index) => {
      if (next() > busy) return;
      const connect = today - day * 86400 + 7 * 3600 + Math.floor(next() * 5 * 3600);
      const lasted = 600 + Math.floor(next() * (index % 3 === 0 ? 9 : 4) * 3600);
      const heavy = index === 1 || index === 6 ? 6 : 1;
      insert.run(
        office, connect, `198.51.100.${10 + index}`, 40000 + logged, cn, `10.9.0.${10 + index}`,
        connect + lasted, lasted, Math.floor(lasted * heavy * (20_000 + next() * 60_000)), Math.floor(lasted * heavy * (2_000 + next() * 9_000)),
      );
      logged++;
    });
  }
})();
history.close();
const report = `${dir}report.html`;
run(['report', '--html', report, '-d', database]);
process.stdout.write(`\nadded ${logged} sessions of the past month, and wrote the report of the last 30 days: ${report}\n`);
