import { deepStrictEqual, equal, ok } from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseLogLine } from '../../src/server-log/parse-line.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const context = { now: Date.UTC(2026, 11, 5) };
const samples = JSON.parse(readFileSync(join(fixtures, 'ecs', 'sekoia-openvpn-samples.json'), 'utf8')) as {
  name: string;
  event: { message: string };
}[];

describe('server log line → ECS: the Sekoia.io intake samples', () => {
  it('has all 42 samples', () => equal(samples.length, 42));
  for (const sample of samples) {
    it(sample.name, () => deepStrictEqual(parseLogLine(sample.event.message, context).event, sample.event));
  }
});

describe('server log line → ECS: timestamp forms', () => {
  it('ISO form', () => {
    const parsed = parseLogLine('2026-11-23 10:58:07 MULTI: multi_init called, r=256 v=256', context);
    equal(parsed.event['@timestamp'], '2026-11-23T10:58:07Z');
    equal(parsed.time, Date.UTC(2026, 10, 23, 10, 58, 7) / 1000);
    equal(parsed.event.event.reason, 'MULTI: multi_init called, r=256 v=256');
  });
  it('ctime form with microseconds', () => {
    const parsed = parseLogLine('Thu Aug 21 15:01:32 2025 us=4512 127.0.0.1:5000 VERIFY OK: depth=0, CN=bob', context);
    equal(parsed.event['@timestamp'], '2025-08-21T15:01:32.004512Z');
    deepStrictEqual(parsed.event.client, { address: '127.0.0.1', ip: '127.0.0.1', port: 5000 });
  });
  it('ctime form without microseconds', () => {
    equal(parseLogLine('Mon Oct 30 15:09:55 2023 Initialization Sequence Completed', context).event['@timestamp'], '2023-10-30T15:09:55Z');
  });
  it('syslog form: host, program and pid, the year from now', () => {
    const parsed = parseLogLine('<29>Aug 21 15:01:32 vpn1 openvpn[9739]: 127.0.0.1:1194 TLS Error: TLS handshake failed', context);
    equal(parsed.event['@timestamp'], '2026-08-21T15:01:32Z');
    deepStrictEqual(parsed.event.observer, { hostname: 'vpn1' });
    deepStrictEqual(parsed.event.process, { name: 'openvpn', pid: 9739 });
    equal(parsed.event.event.outcome, 'failure');
  });
  it('syslog form of December read in January belongs to last year', () => {
    const parsed = parseLogLine('Dec 31 23:59:59 vpn1 openvpn: Initialization Sequence Completed', { now: Date.UTC(2027, 0, 1, 0, 5) });
    equal(parsed.event['@timestamp'], '2026-12-31T23:59:59Z');
  });
  it('bare message: no timestamp, the message kept', () => {
    const parsed = parseLogLine('Initialization Sequence Completed', context);
    equal(parsed.event['@timestamp'], undefined);
    equal(parsed.time, null);
    equal(parsed.event.message, 'Initialization Sequence Completed');
  });
  it('an impossible date is not a timestamp', () => {
    equal(parseLogLine('2026-13-45 99:99:99 x', context).event['@timestamp'], undefined);
  });
});

describe('server log line → ECS: login outcomes', () => {
  it('AUTH_FAILED sent to a client the hook refused (OpenVPN 2.7 prefix)', () => {
    const parsed = parseLogLine("2026-11-23 11:16:01 alice/tcp4-server:127.0.0.1:40868 SENT CONTROL [alice]: 'AUTH_FAILED' (status=1)", context);
    deepStrictEqual(parsed.event.event, { category: ['authentication'], type: ['start'], outcome: 'failure', reason: 'AUTH_FAILED' });
    deepStrictEqual(parsed.event.user, { name: 'alice' });
    deepStrictEqual(parsed.event.client, { address: 'alice', domain: 'alice', ip: '127.0.0.1', port: 40868 });
    deepStrictEqual(parsed.auth, { outcome: 'failure', reason: 'AUTH_FAILED', cn: 'alice', userName: null, ip: '127.0.0.1', port: 40868 });
  });
  it('AUTH_FAILED to [UNDEF] takes the user from the prefix', () => {
    const parsed = parseLogLine("alice/127.0.0.1:43274 SENT CONTROL [UNDEF]: 'AUTH_FAILED,bad' (status=1)", context);
    equal(parsed.auth?.cn, 'alice');
    equal(parsed.auth?.reason, 'AUTH_FAILED,bad');
  });
  it('a certificate refused at depth 0 names its CN', () => {
    const parsed = parseLogLine('[::1]:41998 VERIFY ERROR: depth=0, error=certificate has expired: CN=bob, serial=3', context);
    deepStrictEqual(parsed.auth, {
      outcome: 'failure', reason: 'VERIFY ERROR: depth=0, error=certificate has expired: CN=bob, serial=3', cn: 'bob', userName: null, ip: '::1', port: 41998,
    });
  });
  it('a CA error names no user', () => {
    equal(parseLogLine('127.0.0.1:1 VERIFY ERROR: depth=1, error=unable to get issuer certificate: CN=Other CA', context).auth?.cn, null);
  });
  it('a revoked certificate', () => {
    equal(parseLogLine('127.0.0.1:1 VERIFY CRL: certificate serial number 7 is revoked', context).auth?.outcome, 'failure');
  });
  it('TLS handshake failure, PAM and plugin failures, username/password success', () => {
    equal(parseLogLine('udp4:127.0.0.1:5 TLS Error: TLS handshake failed', context).auth?.ip, '127.0.0.1');
    equal(parseLogLine("AUTH-PAM: BACKGROUND: user 'carol' failed to authenticate: Authentication failure", context).auth?.userName, 'carol');
    equal(parseLogLine('dave/127.0.0.1:9 PLUGIN_CALL: POST /usr/lib/openvpn/x.so/PLUGIN_AUTH_USER_PASS_VERIFY status=1', context).auth?.cn, 'dave');
    equal(parseLogLine('127.0.0.1:9 TLS Auth Error: Auth Username/Password verification failed for peer', context).auth?.outcome, 'failure');
    const ok1 = parseLogLine("127.0.0.1:9 TLS: Username/Password authentication succeeded for username 'erin'", context);
    deepStrictEqual([ok1.auth?.outcome, ok1.auth?.userName, ok1.event.event.outcome], ['success', 'erin', 'success']);
  });
  it('Peer Connection Initiated is a success in the store, a network event in ECS (as the intake)', () => {
    const parsed = parseLogLine('2026-11-23 10:58:08 127.0.0.1:43262 [client01] Peer Connection Initiated with [AF_INET]127.0.0.1:43262', context);
    equal(parsed.event.event.category[0], 'network');
    deepStrictEqual(parsed.auth, { outcome: 'success', reason: 'peer connection initiated', cn: 'client01', userName: null, ip: '127.0.0.1', port: 43262 });
  });
  it('ordinary lines are not login outcomes', () => {
    equal(parseLogLine('127.0.0.1:43262 peer info: IV_VER=2.6.14', context).auth, null);
    equal(parseLogLine('127.0.0.1:43262 VERIFY OK: depth=0, CN=client01', context).auth, null);
  });
});

describe('server log line → ECS: real OpenVPN 2.6.14 and 2.7.6 logs', () => {
  for (const version of ['openvpn-2.6', 'openvpn-2.7']) {
    const runs = readdirSync(join(fixtures, version), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    for (const run of runs) {
      it(`${version}/${run.name}: every line an event with its timestamp`, () => {
        const lines = readFileSync(join(fixtures, version, run.name, 'server.log'), 'utf8').split('\n').filter(Boolean);
        for (const line of lines) {
          const { event } = parseLogLine(line, context);
          equal(event.message, line);
          ok(event['@timestamp']?.startsWith('2026-11-2'), line);
        }
      });
    }
    it(`${version}: the refused client is an AUTH_FAILED failure for alice from 127.0.0.1`, () => {
      const lines = readFileSync(join(fixtures, version, 'extra-reject-alice', 'server.log'), 'utf8').split('\n');
      const failures = lines.map((line) => parseLogLine(line, context).auth).filter((auth) => auth?.outcome === 'failure');
      ok(failures.length > 0);
      for (const auth of failures) deepStrictEqual([auth!.reason, auth!.cn, auth!.ip], ['AUTH_FAILED', 'alice', '127.0.0.1']);
    });
    it(`${version}: the 64-character CN is refused with its name`, () => {
      const lines = readFileSync(join(fixtures, version, 'extra-cn-limits', 'server.log'), 'utf8').split('\n');
      const refused = lines.map((line) => parseLogLine(line, context).auth).filter((auth) => auth?.reason.startsWith('VERIFY ERROR'));
      ok(refused.length > 0);
      for (const auth of refused) ok(auth!.cn!.startsWith('zoë-x'), auth!.cn!);
    });
  }
});

describe('server log line → ECS: no input crashes the parser', () => {
  const pieces = [
    '2026-11-23 10:58:07 ', '<29>Aug 21 15:01:32 h openvpn[1]: ', 'Thu Aug 21 15:01:32 2025 us=1 ', 'alice/', 'udp6:', '[::1]:',
    '127.0.0.1:', '65536 ', '99999999 ', 'VERIFY ERROR: depth=0, CN=', 'SENT CONTROL [', "]: 'AUTH_FAILED", 'MULTI: Learn: ',
    'Control Channel: TLSv', 'ifconfig_pool_read(), in=\'', 'IFCONFIG POOL IPv4: base=', 'Incorrect password supplied for LDAP DN "',
    'Unable to bind as ', ',', ' ', '"', "'", '\u0000', '\uFFFD', '\uD800', 'é', '[', ']', '/', ':', 'net_addr_ptp_v4_add: ',
  ];
  it('100 000 random lines built from the pieces the parser looks for', () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 100_000; i++) {
      let line = '';
      for (let k = random(8); k >= 0; k--) line += pieces[random(pieces.length)]!;
      const parsed = parseLogLine(line, context);
      equal(parsed.event.message, line);
      JSON.stringify(parsed.event);
    }
  });
  it('a megabyte of garbage', () => {
    const garbage = Array.from({ length: 1 << 20 }, (_, i) => String.fromCharCode((i * 7919) % 0xd7ff)).join('');
    equal(parseLogLine(garbage, context).event.message.length, 1 << 20);
  });
});
