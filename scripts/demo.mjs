// The README's first command: logs a few simulated OpenVPN sessions through
// the real hook binary into a fresh SQLite file, then lists them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
