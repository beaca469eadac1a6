import assert from 'node:assert/strict';
import { it } from 'node:test';
import { canonicalIp, canonicalIPv4, canonicalIPv6 } from '../../src/common/ip.ts';

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
