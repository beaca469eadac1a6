import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { UserError } from '../../src/common/errors.ts';
import { parseHookEnv } from '../../src/openvpn/hook-event.ts';
import { hostileCases, hostileEnv } from '../helpers/hostile-env.ts';
import { fixtureEnv } from '../helpers/run-bin.ts';

describe('parseHookEnv', () => {
  it('decodes a real client-connect environment', () => {
    const env = fixtureEnv('openvpn-2.6/udp-status-v3/env/client-connect-client01-1.env');
    assert.deepEqual(parseHookEnv(env), {
      type: 'client-connect',
      start: {
        connectTime: Number(env['time_unix']),
        srcIp: '127.0.0.1',
        srcPort: Number(env['trusted_port']),
        cn: 'client01',
        vpnIp4: env['ifconfig_pool_remote_ip'],
        vpnIp6: env['ifconfig_pool_remote_ip6'],
      },
    });
  });

  it('decodes a real client-disconnect with UTF-8 and quote characters in the CN', () => {
    for (const cn of ['zoë', "o'brien", 'comma,user']) {
      const event = parseHookEnv(fixtureEnv(`openvpn-2.6/udp-status-v3/env/client-disconnect-${cn}-1.env`));
      assert.equal(event.type, 'client-disconnect');
      assert.equal(event.start.cn, cn);
      if (event.type === 'client-disconnect') assert.ok(event.end.bytesIn > 0n);
    }
  });

  it('computes db-update duration from time_update, or from now', () => {
    const env = hostileEnv({ label: 'ok', overrides: {}, variable: '', scriptType: 'db-update' });
    const event = parseHookEnv(env);
    assert.equal(event.type === 'db-update' && event.progress.duration, 60);
    delete env['time_update'];
    const now = parseHookEnv(env, () => 1790000500);
    assert.equal(now.type === 'db-update' && now.progress.duration, 500);
  });

  it('accepts counters above 2^53 without losing precision', () => {
    const env = hostileEnv({ label: 'big', overrides: { bytes_received: '9223372036854775807' }, variable: '', scriptType: 'client-disconnect' });
    const event = parseHookEnv(env);
    assert.equal(event.type === 'client-disconnect' && event.end.bytesIn, 9223372036854775807n);
  });

  it('canonicalises IPv6 addresses the way PostgreSQL prints them', () => {
    const env = hostileEnv({ label: 'v6', overrides: { trusted_ip: undefined, trusted_ip6: '2001:DB8:0:0:0:0:0:1', ifconfig_pool_remote_ip6: '::ffff:10.0.0.1' }, variable: '' });
    const event = parseHookEnv(env);
    assert.deepEqual([event.start.srcIp, event.start.vpnIp6], ['2001:db8::1', '::ffff:10.0.0.1']);
  });

  for (const hostile of hostileCases) {
    it(`refuses ${hostile.label} with one line naming ${hostile.variable}`, () => {
      assert.throws(
        () => parseHookEnv(hostileEnv(hostile)),
        (error: unknown) =>
          error instanceof UserError && error.message.includes(hostile.variable) && !error.message.includes('\n'),
      );
    });
  }

  it('either decodes or refuses with a UserError, for any environment', () => {
    const names = ['script_type', 'common_name', 'trusted_ip', 'trusted_ip6', 'trusted_port', 'time_unix', 'time_duration', 'bytes_received', 'bytes_sent', 'ifconfig_pool_remote_ip', 'ifconfig_pool_remote_ip6', 'time_update'];
    const value = fc.oneof(fc.string(), fc.stringMatching(/^[0-9]{1,25}$/), fc.constantFrom('client-connect', 'client-disconnect', 'db-update', '127.0.0.1', '::1', '0', ''));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), value), (env) => {
        try {
          const event = parseHookEnv(env, () => 2_000_000_000);
          assert.ok(event.start.cn.length > 0);
        } catch (error) {
          if (!(error instanceof UserError) || error.message.includes('\n')) throw error;
        }
      }),
      { numRuns: 100_000 },
    );
  });
});
