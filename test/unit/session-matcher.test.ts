import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { type OpenSession, SessionMatcher } from '../../src/sessions/apply-status.ts';
import type { StatusClient } from '../../src/openvpn/status-client.ts';

const session = (id: number, cn: string, connectTime: number, srcPort: number): OpenSession => ({
  id: BigInt(id),
  connectTime,
  srcIp: '198.51.100.7',
  srcPort,
  cn,
  vpnIp4: null,
  duration: null,
  bytesIn: null,
  bytesOut: null,
  taken: false,
});

const client = (cn: string, connectedSince: number, srcPort: number | null): StatusClient => ({
  lineNumber: 1,
  line: '',
  commonName: cn,
  srcIp: '::ffff:198.51.100.7',
  srcPort,
  transport: null,
  vpnIp4: null,
  vpnIp6: null,
  bytesReceived: 0n,
  bytesSent: 0n,
  connectedSince,
  username: null,
});

/** The rule the matcher keeps however it indexes: the newest untaken session of the same CN, second and host. */
function expected(sessions: OpenSession[], taken: Set<OpenSession>, line: StatusClient): OpenSession | undefined {
  const found = sessions.find(
    (s) =>
      !taken.has(s) &&
      s.cn === line.commonName &&
      s.connectTime === line.connectedSince &&
      (line.srcPort === null || s.srcPort === line.srcPort),
  );
  if (found) taken.add(found);
  return found;
}

describe('SessionMatcher', () => {
  test('takes the newest matching session once, also for a CN shared by more sessions than it scans', () => {
    const cns = fc.constantFrom('shared', 'alone', 'other');
    const times = fc.integer({ min: 1_790_000_000, max: 1_790_000_003 });
    const ports = fc.integer({ min: 5000, max: 5003 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cns, times, ports), { minLength: 20, maxLength: 60 }),
        fc.array(fc.tuple(cns, times, fc.option(ports)), { minLength: 20, maxLength: 60 }),
        (rows, lines) => {
          // Newest first, as the matcher is given them.
          const sessions = rows.map(([cn, time, port], i) => session(rows.length - i, cn, time, port));
          const matcher = new SessionMatcher(sessions);
          const taken = new Set<OpenSession>();
          for (const [cn, time, port] of lines) {
            const line = client(cn, time, port);
            assert.equal(matcher.take(line, cn), expected(sessions, taken, line));
          }
          assert.deepEqual(matcher.unmatched(), sessions.filter((s) => !taken.has(s)));
        },
      ),
      { numRuns: 500 },
    );
  });
});
