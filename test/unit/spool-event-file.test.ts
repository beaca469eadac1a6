import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { hookVariables, parseHookEnv } from '../../src/openvpn/hook-event.ts';
import { decodeEvent, encodeEvent, EventFileError, type SpooledEvent } from '../../src/spool/event-file.ts';
import { hostileCases, hostileEnv } from '../helpers/hostile-env.ts';

const anyValue = fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('\\', '\n', '\r', '=', 'n', '\\n')) }).filter(
  (value) => !value.includes('\0'),
);

const sample: SpooledEvent = {
  instanceName: 'vpn1',
  instanceProto: 'udp',
  instancePort: '1194',
  updateCreate: false,
  env: { script_type: 'client-connect', common_name: "o'brien", trusted_ip: '127.0.0.1' },
};

describe('spool event file', () => {
  it('gives back every value it was given, whatever bytes they hold', () => {
    fc.assert(
      fc.property(
        fc.record({
          instanceName: anyValue,
          instanceProto: anyValue,
          instancePort: anyValue,
          updateCreate: fc.boolean(),
          env: fc.dictionary(fc.constantFrom(...hookVariables), anyValue),
          deferral: fc.option(fc.record({ file: anyValue, admitOnFailure: fc.boolean(), hookPid: fc.option(fc.integer({ min: 1, max: 2 ** 31 - 1 }), { nil: null }) }), { nil: undefined }),
        }),
        (event) => {
          const { deferral, ...rest } = event;
          assert.deepEqual(decodeEvent(encodeEvent(event)), { ...rest, env: { ...event.env }, ...(deferral && { deferral: { ...deferral } }) });
        },
      ),
    );
  });

  it('keeps a value on one line: a backslash is written \\\\ and a newline \\n', () => {
    const text = encodeEvent({ ...sample, env: { common_name: 'a\\nb\nc' } });
    assert.match(text, /^common_name=a\\\\nb\\nc$/m);
    assert.equal(decodeEvent(text).env['common_name'], 'a\\nb\nc');
  });

  it('tells an unset variable from an empty one', () => {
    const decoded = decodeEvent(encodeEvent({ ...sample, env: { ifconfig_pool_remote_ip: '' } }));
    assert.deepEqual(decoded.env, { ifconfig_pool_remote_ip: '' });
  });

  it('calls a file without its end line incomplete, and refuses malformed ones', () => {
    const text = encodeEvent(sample);
    const incomplete = catchError(() => decodeEvent(text.slice(0, -5)));
    assert.ok(incomplete instanceof EventFileError && incomplete.incomplete);
    const malformed: Array<[string, RegExp]> = [
      [text.replace('openvpn-db-log-event 1', 'openvpn-db-log-event 2'), /first line/],
      [text.replace("o'brien", 'o\\x'), /unknown escape "\\\\x"/],
      [text.replace('trusted_ip=', 'common_name='), /repeats a name/],
      [text.replace('trusted_ip=127.0.0.1\n', 'trusted_ip=127.0.0.1\n\n'), /not NAME=value/],
      [text.replace('trusted_ip=', 'trusted ip='), /neither an option nor a variable/],
      [text.replace('--instance-port=1194', '--instance-port'), /not NAME=value/],
      [text.replace('--instance-port=1194', '--instance-port=1194\n--admit-on-failure'), /--admit-on-failure without --deferred-file/],
      [text.replace('--instance-port=1194', '--instance-port=1194\n--hook-pid=42'), /--hook-pid without --deferred-file/],
      [text.replace('--instance-port=1194', '--instance-port=1194\n--deferred-file=/tmp/cc\n--hook-pid=0'), /"0" is not a process id/],
      [text.replace('--instance-port=1194', '--instance-port=1194\n--deferred-file=/tmp/cc\n--hook-pid=4294967296'), /is not a process id/],
    ];
    for (const [bad, reason] of malformed) {
      const error = catchError(() => decodeEvent(bad));
      assert.ok(error instanceof EventFileError && !error.incomplete, String(error));
      assert.match(error.message, reason);
    }
  });

  it('keeps every variable the hook validation reads (hookVariables is complete)', () => {
    for (const scriptType of ['client-connect', 'client-disconnect', 'db-update'] as const) {
      const read = new Set<string>();
      const env = hostileEnv({ label: '', overrides: { trusted_ip: undefined, trusted_ip6: '::1' }, variable: '', scriptType });
      parseHookEnv(new Proxy(env, { get: (target, name: string) => (read.add(name), target[name]) }));
      for (const name of read) assert.ok((hookVariables as readonly string[]).includes(name), `${name} is read`);
    }
    for (const hostile of hostileCases) {
      const env = hostileEnv(hostile);
      const kept = decodeEvent(encodeEvent({ ...sample, env })).env;
      assert.throws(() => parseHookEnv(kept), new RegExp(hostile.variable), hostile.label);
    }
  });

  it('is written by bin/openvpn-db-log-spool with the same variables in the same order', () => {
    const script = readFileSync(new URL('../../bin/openvpn-db-log-spool', import.meta.url), 'utf8');
    const names = [...script.matchAll(/^\[ -z "\$\{(\w+)\+set\}" \] \|\| add (\w+)= "\$(\w+)"$/gm)].map(([, a, b, c]) => {
      assert.ok(a === b && b === c, `${a} ${b} ${c}`);
      return a;
    });
    assert.deepEqual(names, [...hookVariables]);
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  assert.fail('expected an error');
}
