import assert from 'node:assert/strict';
import type { DatabaseHandle } from '../../src/db/open-database.ts';
import { runBin } from './run-bin.ts';

/** 2^63 - 1: the largest counter every backend stores. */
export const MAX_COUNTER = 2n ** 63n - 1n;
/** 2^53 + 1: the first integer a double cannot hold. */
export const BEYOND_DOUBLE = 9007199254740993n;

const at = (iso: string) => Date.parse(iso) / 1000;

/**
 * The sessions every history test reads, with their ids. Times lie in 2021,
 * well before any test run, so "now" never changes an answer. They cross a
 * month boundary, an ISO week boundary, and the end of summer time in
 * Europe/Berlin (2021-10-31T01:00Z); two sessions touch at 2021-11-01T00:00Z.
 */
export const seeded = {
  s1: { id: 1, cn: 'alice', connect: at('2021-10-31T22:00:00Z'), disconnect: at('2021-11-01T00:00:00Z') },
  s2: { id: 2, cn: 'bob', connect: at('2021-11-01T08:00:00Z'), disconnect: null },
  s3: { id: 3, cn: 'alice', connect: at('2021-11-01T00:00:00Z'), disconnect: at('2021-11-01T01:00:00Z') },
  s4: { id: 4, cn: 'carol', connect: at('2021-11-02T10:00:00Z'), disconnect: at('2021-11-02T10:00:00Z') },
  s5: { id: 5, cn: 'Zoë, "QA"', connect: at('2021-11-02T09:00:00Z'), disconnect: at('2021-11-02T12:00:00Z') },
  s6: { id: 6, cn: 'ALICE', connect: at('2021-11-07T23:30:00Z'), disconnect: at('2021-11-08T00:30:00Z') },
  s7: { id: 7, cn: 'al_ce', connect: at('2021-11-03T12:00:00Z'), disconnect: at('2021-11-03T12:10:00Z') },
  s8: { id: 8, cn: 'dave', connect: at('2021-10-15T06:00:00Z'), disconnect: null },
  s9: { id: 9, cn: 'eve', connect: at('2021-09-30T23:59:59Z'), disconnect: at('2021-10-01T00:00:00Z') },
  s10: { id: 10, cn: 'frank', connect: at('2021-11-04T20:00:00Z'), disconnect: at('2021-11-04T23:59:59Z') },
  s11: { id: 11, cn: 'frank', connect: at('2021-11-04T20:00:00Z'), disconnect: at('2021-11-04T23:59:59Z') },
  s12: { id: 12, cn: 'gina', connect: at('2021-11-05T10:00:00Z'), disconnect: at('2021-11-05T11:00:00Z') },
} as const;

/** All ids, newest connect first (ties: higher id first), as `sessions` lists them. */
export const newestFirst = [6, 12, 11, 10, 7, 4, 5, 2, 3, 1, 8, 9];

/**
 * Seeds a migrated database: the first three sessions through the real hook
 * (default instance and office/udp/1194), the rest inserted directly, in id
 * order, so ids agree on every backend.
 */
export async function seedHistory(args: string[], handle: DatabaseHandle): Promise<void> {
  const hook = async (env: Record<string, string>, extra: string[] = []) => {
    const result = await runBin([...args, ...extra], env);
    assert.deepEqual([result.code, result.stderr], [0, ''], JSON.stringify(env));
  };
  const office = ['-n', 'office', '-r', 'udp', '-o', '1194'];
  const alice = {
    common_name: 'alice',
    trusted_ip: '203.0.113.5',
    trusted_port: '51234',
    time_unix: String(seeded.s1.connect),
    ifconfig_pool_remote_ip: '10.8.0.6',
  };
  await hook({ script_type: 'client-connect', ...alice });
  await hook({ script_type: 'client-disconnect', ...alice, time_duration: '7200', bytes_received: '1288490188', bytes_sent: '84410368' });
  await hook(
    {
      script_type: 'client-connect',
      common_name: 'bob',
      trusted_ip6: '2001:DB8::17',
      trusted_port: '40000',
      time_unix: String(seeded.s2.connect),
      ifconfig_pool_remote_ip: '10.8.0.7',
      ifconfig_pool_remote_ip6: 'fd00::1000',
    },
    office,
  );
  const alice2 = { ...alice, trusted_port: '51300', time_unix: String(seeded.s3.connect) };
  await hook({ script_type: 'client-connect', ...alice2 }, office);
  await hook(
    {
      script_type: 'client-disconnect',
      ...alice2,
      time_duration: '3600',
      bytes_received: String(BEYOND_DOUBLE),
      bytes_sent: String(MAX_COUNTER),
    },
    office,
  );

  await handle.db.insertInto('instance').values({ name: 'lab', protocol: 'tcp', port: 443 }).execute();
  const row = (
    instance: 1 | 2 | 3,
    session: { cn: string; connect: number; disconnect: number | null },
    srcIp: string,
    srcPort: number,
    vpn: [string | null, string | null],
    counters: [number | null, bigint | null, bigint | null],
    endReason: 'stale' | null = null,
  ) => ({
    instance_id: instance,
    connect_time: session.connect,
    src_ip: srcIp,
    src_port: srcPort,
    cn: session.cn,
    vpn_ip4: vpn[0],
    vpn_ip6: vpn[1],
    disconnect_time: session.disconnect,
    duration: counters[0],
    bytes_in: counters[1],
    bytes_out: counters[2],
    end_reason: endReason,
  });
  const rows = [
    row(1, seeded.s4, '::ffff:198.51.100.9', 5000, ['10.8.0.9', null], [0, 0n, 0n]),
    row(3, seeded.s5, '198.51.100.200', 1194, [null, 'fd00::2:1'], [10800, MAX_COUNTER, 1n], 'stale'),
    row(1, seeded.s6, '203.0.113.77', 6000, ['10.8.0.6', null], [3600, 100n, 200n]),
    // Closed without counters, as some Perl-era rows are.
    row(1, seeded.s7, '192.0.2.1', 7000, [null, null], [null, null, null]),
    // Open, with counters from a db-update.
    row(2, seeded.s8, '192.0.2.50', 8000, ['10.8.0.50', null], [86400, 10n, 20n]),
    row(1, seeded.s9, '198.51.100.1', 9000, [null, null], [1, 1n, 1n]),
    row(1, seeded.s10, '198.51.100.7', 1, ['10.8.0.11', null], [14399, 5n, 5n]),
    row(1, seeded.s11, '198.51.100.7', 2, ['10.8.0.12', null], [14399, 5n, 5n]),
    row(1, seeded.s12, '203.0.113.9', 10, ['10.8.0.10', null], [3600, 7n, 7n]),
  ];
  for (const values of rows) await handle.db.insertInto('session').values(values).execute();
}

/**
 * Replaces the seed's extreme counters with ordinary ones, for the examples
 * in docs/queries.md and the cookbook, whose plain SQLite sum() would stop
 * with "integer overflow" beyond 2^63 - 1.
 */
export async function useEverydayCounters(handle: DatabaseHandle): Promise<void> {
  const counters: Record<number, [bigint, bigint]> = {
    3: [734003200n, 52428800n],
    5: [2147483648n, 1048576n],
    6: [15728640n, 3145728n],
    8: [10485760n, 2097152n],
    9: [4096n, 8192n],
    10: [104857600n, 10485760n],
    11: [52428800n, 5242880n],
    12: [31457280n, 4194304n],
  };
  for (const [id, [bytesIn, bytesOut]] of Object.entries(counters)) {
    await handle.db.updateTable('session').set({ bytes_in: bytesIn, bytes_out: bytesOut }).where('id', '=', Number(id)).execute();
  }
}
