import { UserError, showValue } from '../common/errors.ts';
import { canonicalIPv4, canonicalIPv6 } from '../common/ip.ts';
import type { SessionProgress, SessionStart } from '../common/session.ts';
import { parsePort, portExpectation } from '../common/port.ts';

/** What one hook run asks for, decoded and validated from OpenVPN's environment. */
export type HookEvent =
  | { type: 'client-connect'; start: SessionStart }
  | { type: 'client-disconnect'; start: SessionStart; end: SessionProgress }
  | { type: 'db-update'; start: SessionStart; progress: SessionProgress };

export type HookEnv = Readonly<Record<string, string | undefined>>;

export const scriptTypes = ['client-connect', 'client-disconnect', 'db-update'] as const;

/**
 * Every variable parseHookEnv reads: what a spooled event keeps of the
 * environment (bin/openvpn-db-log-spool lists the same names).
 */
export const hookVariables = [
  'script_type',
  'time_unix',
  'trusted_ip',
  'trusted_ip6',
  'trusted_port',
  'common_name',
  'ifconfig_pool_remote_ip',
  'ifconfig_pool_remote_ip6',
  'time_duration',
  'bytes_received',
  'bytes_sent',
  'time_update',
] as const;

export const MAX_CN_LENGTH = 64;
/** PostgreSQL and MySQL bigint are signed 64-bit: the largest counter all backends store. */
const MAX_INT64 = 2n ** 63n - 1n;

/**
 * Decode the hook's environment. Every value is checked before anything is
 * written, so a bad value costs one line on stderr and leaves the database as
 * it was. `now` is used for db-update when time_update is absent.
 */
export function parseHookEnv(env: HookEnv, now: () => number = () => Math.floor(Date.now() / 1000)): HookEvent {
  const type = required(env, 'script_type', `one of ${scriptTypes.join(', ')}`);
  if (!isScriptType(type)) {
    throw new UserError(`invalid script_type=${showValue(type)}: expected one of ${scriptTypes.join(', ')}`);
  }
  const start = parseSessionStart(env);
  switch (type) {
    case 'client-connect':
      return { type, start };
    case 'client-disconnect':
      return {
        type,
        start,
        end: {
          duration: duration(env, 'time_duration'),
          bytesIn: counter(env, 'bytes_received'),
          bytesOut: counter(env, 'bytes_sent'),
        },
      };
    case 'db-update': {
      const updateTime = env['time_update'] ? safeInteger(env, 'time_update') : now();
      const elapsed = updateTime - start.connectTime;
      if (elapsed < 0 || elapsed > MAX_DURATION) {
        throw new UserError(
          `invalid time_update=${updateTime}: it is before time_unix=${start.connectTime} or too far after it (expected time going forwards)`,
        );
      }
      return {
        type,
        start,
        progress: { duration: elapsed, bytesIn: counter(env, 'bytes_received'), bytesOut: counter(env, 'bytes_sent') },
      };
    }
    default:
      return type satisfies never;
  }
}

function isScriptType(value: string): value is (typeof scriptTypes)[number] {
  return (scriptTypes as readonly string[]).includes(value);
}

export function parseSessionStart(env: HookEnv): SessionStart {
  return {
    connectTime: safeInteger(env, 'time_unix'),
    srcIp: sourceIp(env),
    srcPort: port(env, 'trusted_port'),
    cn: commonName(env),
    vpnIp4: optionalIp(env, 'ifconfig_pool_remote_ip', canonicalIPv4, 'an IPv4 address'),
    vpnIp6: optionalIp(env, 'ifconfig_pool_remote_ip6', canonicalIPv6, 'an IPv6 address'),
  };
}

function required(env: HookEnv, name: string, expected: string): string {
  const value = env[name];
  if (value === undefined) throw new UserError(`missing environment variable ${name}: expected ${expected}`);
  return value;
}

function invalid(name: string, value: string, expected: string): UserError {
  return new UserError(`invalid ${name}=${showValue(value)}: expected ${expected}`);
}

function digits(env: HookEnv, name: string, expected: string): string {
  const value = required(env, name, expected);
  if (!/^[0-9]{1,30}$/.test(value)) throw invalid(name, value, expected);
  return value;
}

function safeInteger(env: HookEnv, name: string): number {
  const expected = `a non-negative integer up to ${Number.MAX_SAFE_INTEGER}`;
  const text = digits(env, name, expected);
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw invalid(name, text, expected);
  return value;
}

/** duration is a 32-bit integer column in every backend's schema. */
export const MAX_DURATION = 2 ** 31 - 1;

function duration(env: HookEnv, name: string): number {
  const expected = `a non-negative integer up to ${MAX_DURATION} (seconds)`;
  const text = digits(env, name, expected);
  const value = Number(text);
  if (value > MAX_DURATION) throw invalid(name, text, expected);
  return value;
}

function counter(env: HookEnv, name: string): bigint {
  const expected = `a non-negative integer up to ${MAX_INT64}`;
  const text = digits(env, name, expected);
  const value = BigInt(text);
  if (value > MAX_INT64) throw invalid(name, text, expected);
  return value;
}

function port(env: HookEnv, name: string): number {
  const expected = portExpectation(0);
  const text = digits(env, name, expected);
  const value = parsePort(text, 0);
  if (value === null) throw invalid(name, text, expected);
  return value;
}

/** trusted_ip for IPv4 clients, trusted_ip6 for IPv6 ones; a present but broken value is never skipped. */
function sourceIp(env: HookEnv): string {
  const v4 = env['trusted_ip'];
  if (v4) return canonicalIPv4(v4) ?? fail(invalid('trusted_ip', v4, 'an IPv4 address'));
  const v6 = env['trusted_ip6'];
  if (v6) return canonicalIPv6(v6) ?? fail(invalid('trusted_ip6', v6, 'an IPv6 address'));
  throw new UserError('missing environment variable trusted_ip (or trusted_ip6): expected the client address');
}

function optionalIp(env: HookEnv, name: string, canonical: (text: string) => string | null, expected: string) {
  const value = env[name];
  if (!value) return null;
  return canonical(value) ?? fail(invalid(name, value, `${expected} or nothing`));
}

function commonName(env: HookEnv): string {
  const expected = `a non-empty name of at most ${MAX_CN_LENGTH} characters without control characters`;
  const value = required(env, 'common_name', expected);
  if (value === '' || [...value].length > MAX_CN_LENGTH || /[\u0000-\u001f\u007f-\u009f]/.test(value)) {
    throw invalid('common_name', value, expected);
  }
  return value;
}

function fail(error: Error): never {
  throw error;
}
