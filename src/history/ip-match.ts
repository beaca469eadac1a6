import { isIPv4, isIPv6 } from 'node:net';
import { UserError, showValue } from '../common/errors.ts';
import { canonicalIp } from '../common/ip.ts';

/** An --ip/--vpn-ip argument: one address, or a network in CIDR notation. */
export interface IpNetwork {
  family: 4 | 6;
  prefix: number;
  /** The network address (host bits cleared) as an integer. */
  bits: bigint;
  /** Canonical text of the network address, as the database stores addresses. */
  address: string;
}

const EXPECTED = 'expected an IPv4 or IPv6 address, or a network such as 10.8.0.0/24 or 2001:db8::/32';

export function parseIpNetwork(text: string, option: string): IpNetwork {
  const invalid = () => new UserError(`invalid ${option} ${showValue(text)}: ${EXPECTED}`);
  const slash = text.indexOf('/');
  const addressText = slash < 0 ? text : text.slice(0, slash);
  const family = isIPv4(addressText) ? 4 : isIPv6(addressText) && !addressText.includes('%') ? 6 : null;
  if (family === null) throw invalid();
  const width = family === 4 ? 32 : 128;
  const prefixText = slash < 0 ? String(width) : text.slice(slash + 1);
  const prefix = Number(prefixText);
  if (!/^\d{1,3}$/.test(prefixText) || prefix > width) throw invalid();
  // Host bits are cleared (10.8.0.9/24 is 10.8.0.0/24), as ipcalc does, rather than refused.
  const bits = addressBits(addressText, family) & prefixMask(prefix, width);
  return { family, prefix, bits, address: formatBits(bits, family) };
}

export function isHost(network: IpNetwork): boolean {
  return network.prefix === (network.family === 4 ? 32 : 128);
}

/**
 * Whether stored address text lies in the network. Families never mix, as
 * with PostgreSQL's <<=: ::ffff:10.8.0.1 is an IPv6 address, not in 10.8.0.0/24.
 */
export function networkContains(network: IpNetwork, stored: string): boolean {
  const family = isIPv4(stored) ? 4 : isIPv6(stored) ? 6 : null;
  if (family !== network.family) return false;
  const width = family === 4 ? 32 : 128;
  return (addressBits(stored, family) & prefixMask(network.prefix, width)) === network.bits;
}

/**
 * LIKE patterns that together match exactly the canonical IPv4 addresses of
 * an IPv4 network: the whole octets, then each value of a partial octet
 * (10.8.0.0/22: 10.8.0.% … 10.8.3.%). At most 256, as for /0 or /1.
 */
export function ipv4Patterns(network: IpNetwork): string[] {
  const octets = network.address.split('.');
  const whole = Math.floor(network.prefix / 8);
  if (whole === 4) return [network.address];
  const head = octets.slice(0, whole).map((octet) => `${octet}.`).join('');
  const tail = whole === 3 ? '' : '.%';
  if (network.prefix % 8 === 0) return whole === 0 ? range(0, 256).map((value) => `${value}${tail}`) : [`${head}%`];
  const first = Number(octets[whole]);
  return range(first, first + 2 ** (8 - (network.prefix % 8))).map((value) => `${head}${value}${tail}`);
}

/**
 * A LIKE prefix that every stored (canonical) address of an IPv6 network
 * starts with, to narrow the scan before networkContains decides: its
 * leading whole hextets up to the first zero one, which may be written as ::.
 */
export function ipv6TextPrefix(network: IpNetwork): string {
  const groups: string[] = [];
  for (let i = 0; i < Math.floor(network.prefix / 16); i++) {
    const group = Number((network.bits >> BigInt(112 - 16 * i)) & 0xffffn);
    if (group === 0) break;
    groups.push(group.toString(16));
  }
  return groups.length === 0 ? '' : `${groups.join(':')}:`;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, index) => from + index);
}

function prefixMask(prefix: number, width: number): bigint {
  return ((1n << BigInt(prefix)) - 1n) << BigInt(width - prefix);
}

function addressBits(text: string, family: 4 | 6): bigint {
  if (family === 4) return text.split('.').reduce((bits, octet) => (bits << 8n) | BigInt(Number(octet)), 0n);
  let head = text;
  let tail: bigint[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const v4 = addressBits(dotted[1], 4);
    tail = [v4 >> 16n, v4 & 0xffffn];
    head = text.slice(0, -dotted[1].length);
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
  }
  const groups = (part: string) => (part === '' ? [] : part.split(':').map((group) => BigInt(parseInt(group, 16))));
  const [left = '', right] = head.split('::');
  const leftGroups = groups(left);
  const rightGroups = [...(right === undefined ? [] : groups(right)), ...tail];
  const zeros = new Array<bigint>(8 - leftGroups.length - rightGroups.length).fill(0n);
  return [...leftGroups, ...zeros, ...rightGroups].reduce((bits, group) => (bits << 16n) | group, 0n);
}

function formatBits(bits: bigint, family: 4 | 6): string {
  if (family === 4) return [24n, 16n, 8n, 0n].map((shift) => String((bits >> shift) & 0xffn)).join('.');
  const full = [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((shift) => ((bits >> shift) & 0xffffn).toString(16)).join(':');
  return canonicalIp(full) ?? full;
}
