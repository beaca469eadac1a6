import assert from 'node:assert/strict';
import { isIP } from 'node:net';
import { it } from 'node:test';
import fc from 'fast-check';
import {
  canonicalIp,
  canonicalIPv4,
  canonicalIPv6,
  ipFamily,
  ipv4Patterns,
  ipv6TextPrefix,
  isHost,
  networkContains,
  parseIpNetwork,
} from '../../src/common/ip.ts';

it('prints IPv6 the way PostgreSQL inet does', () => {
  const cases: Record<string, string> = {
    '::1': '::1',
    '::': '::',
    '2001:DB8:0:0:0:0:0:1': '2001:db8::1',
    '2001:db8:0:0:1:0:0:1': '2001:db8::1:0:0:1',
    '2001:0db8:0000:0000:0000:ff00:0042:8329': '2001:db8::ff00:42:8329',
    'fd00:99::1000': 'fd00:99::1000',
    '::ffff:10.1.2.3': '::ffff:10.1.2.3',
    '::ffff:a01:203': '::ffff:10.1.2.3',
    '1:0:1:0:1:0:1:0': '1:0:1:0:1:0:1:0',
    'fe80::': 'fe80::',
  };
  for (const [input, expected] of Object.entries(cases)) assert.equal(canonicalIp(input), expected, input);
});

it('tells IPv4 from IPv6 and refuses anything else', () => {
  assert.equal(canonicalIPv4('10.0.0.1'), '10.0.0.1');
  assert.equal(canonicalIPv4('::1'), null);
  assert.equal(canonicalIPv6('10.0.0.1'), null);
  for (const bad of ['', '1.2.3', '1.2.3.256', '01.2.3.4', 'fe80::1%eth0', '::g', 'localhost']) assert.equal(canonicalIp(bad), null, bad);
});

it('parses networks, clearing host bits, and refuses what is not one', () => {
  assert.deepEqual(parseIpNetwork('10.8.0.9/24', '--ip'), { family: 4, prefix: 24, bits: 0x0a080000n, address: '10.8.0.0' });
  assert.equal(parseIpNetwork('2001:DB8::1/32', '--ip').address, '2001:db8::');
  assert.equal(parseIpNetwork('::ffff:10.0.0.0/104', '--ip').address, '::ffff:10.0.0.0');
  assert.equal(isHost(parseIpNetwork('fd00::5', '--ip')), true);
  for (const bad of ['10.8.0.0/33', '::/129', '10.8.0.0/', '10.8.0.0/x', 'fe80::1%eth0/64', '1.2.3/8']) {
    assert.throws(() => parseIpNetwork(bad, '--ip'), /invalid --ip .*: expected an IPv4 or IPv6 address/, bad);
  }
});

it('decides containment per family, as PostgreSQL <<= does', () => {
  const v4 = parseIpNetwork('10.8.0.0/22', '--ip');
  assert.equal(networkContains(v4, '10.8.3.255'), true);
  assert.equal(networkContains(v4, '10.8.4.0'), false);
  assert.equal(networkContains(v4, '::ffff:10.8.0.1'), false);
  const v6 = parseIpNetwork('2001:db8:0:1::/64', '--ip');
  assert.equal(networkContains(v6, '2001:db8:0:1:ffff::1'), true);
  assert.equal(networkContains(v6, '2001:db8::1'), false);
  assert.deepEqual(ipv4Patterns(v4), ['10.8.0.%', '10.8.1.%', '10.8.2.%', '10.8.3.%']);
  assert.equal(ipv6TextPrefix(v6), '2001:db8:');
});

it('reads an address exactly as node:net does', () => {
  const nodeFamily = (text: string) => (isIP(text) === 0 ? null : isIP(text));
  const edges = ['::01.2.3.4', '::1.2.3', '::256.1.1.1', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', '12345::', '1::2::3', ':1::',
    'fe80::1%eth0', 'fe80::1%eth0.100', 'fe80::1%', 'fe80::1%a b', '::1 ', '01.2.3.4', '1.2.3', '1.2.3.4.', '0x1::', '::', '1:2:3:4:5:6:7::'];
  for (const text of edges) assert.equal(ipFamily(text), nodeFamily(text), text);
  const zone = fc.stringMatching(/^%[0-9a-zA-Z.:% -]{0,6}$/);
  const mangled = fc.tuple(fc.oneof(fc.ipV4(), fc.ipV6(), fc.ipV4Extended()), fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF:.%'), maxLength: 6 }), fc.nat(40))
    .map(([address, noise, at]) => address.slice(0, at) + noise + address.slice(at));
  const text = fc.oneof(fc.ipV4(), fc.ipV6(), fc.ipV4Extended(), fc.tuple(fc.ipV6(), zone).map(([a, z]) => a + z), mangled,
    fc.string({ unit: fc.constantFrom(...'0123456789abcdef:.'), maxLength: 45 }));
  fc.assert(fc.property(text, (candidate) => assert.equal(ipFamily(candidate), nodeFamily(candidate), candidate)), { numRuns: 20_000 });
});
