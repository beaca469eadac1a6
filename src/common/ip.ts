import ipaddr from 'ipaddr.js';
import { UserError, showValue } from './errors.ts';

// What is an address follows node:net's isIP (ipaddr.js alone would also take
// `1.2.3` or octal forms, which OpenVPN never prints and a user never means);
// ipaddr.js does the arithmetic and the RFC 5952 text. node:net's isIPv6 is
// not called: it compiles a large regular expression on its first call, 3 ms
// of a hook that checks one address (measured on Node 20); ipaddr.js's IPv6
// grammar plus the dotted-quad rule below accept the same addresses
// (test/unit/ip.test.ts checks this against node:net).

/** One IPv4 octet as node:net's isIPv4 takes it: no leading zeros. */
export const IPV4_OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const IPV4 = new RegExp(`^(?:${IPV4_OCTET}\\.){3}${IPV4_OCTET}$`);
const ZONE = /^[0-9a-zA-Z.:-]+$/;

/** 4 or 6 for an address as node:net's isIP reads it (an IPv6 zone such as %eth0 included), else null. */
export function ipFamily(text: string): 4 | 6 | null {
  if (IPV4.test(text)) return 4;
  if (!text.includes(':')) return null;
  const percent = text.indexOf('%');
  const address = percent < 0 ? text : text.slice(0, percent);
  if (percent >= 0 && !ZONE.test(text.slice(percent + 1))) return null;
  // ipaddr.js takes an embedded IPv4 part with leading zeros (::01.2.3.4); node:net does not.
  if (address.includes('.') && !IPV4.test(address.slice(address.lastIndexOf(':') + 1))) return null;
  return ipaddr.IPv6.isValid(address) ? 6 : null;
}

/**
 * Canonical text of an IP address, identical to what PostgreSQL's inet type
 * prints, so that SQLite and MySQL (which store text) compare and group the
 * same way PostgreSQL does. Returns null for anything that is not an address.
 */
export function canonicalIp(text: string): string | null {
  const family = ipFamily(text);
  if (family === 4) return text;
  if (family === null || text.includes('%')) return null;
  return postgresIPv6Text(ipaddr.IPv6.parse(text));
}

export function canonicalIPv4(text: string): string | null {
  return ipFamily(text) === 4 ? text : null;
}

export function canonicalIPv6(text: string): string | null {
  return ipFamily(text) === 6 ? canonicalIp(text) : null;
}

/** RFC 5952 text, with PostgreSQL's rule for embedded IPv4: ::a.b.c.d (exactly six leading zero words) and ::ffff:a.b.c.d. */
function postgresIPv6Text(address: ipaddr.IPv6): string {
  const words = address.parts;
  const leadingZeros = words.findIndex((word) => word !== 0);
  const embedded = leadingZeros === 6 || (leadingZeros === 5 && words[5] === 0xffff);
  if (!embedded) return address.toRFC5952String();
  const v4 = ipaddr.fromByteArray(address.toByteArray().slice(12)).toString();
  return leadingZeros === 6 ? `::${v4}` : `::ffff:${v4}`;
}

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
  if (canonicalIp(addressText) === null) throw invalid();
  const family = ipFamily(addressText) === 4 ? 4 : 6;
  const width = family === 4 ? 32 : 128;
  const prefixText = slash < 0 ? String(width) : text.slice(slash + 1);
  const prefix = Number(prefixText);
  if (!/^\d{1,3}$/.test(prefixText) || prefix > width) throw invalid();
  // Host bits are cleared (10.8.0.9/24 is 10.8.0.0/24), as ipcalc does, rather than refused.
  const bits = addressBits(ipaddr.parse(addressText)) & prefixMask(prefix, width);
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
  const family = stored.includes('%') ? null : ipFamily(stored);
  if (family !== network.family) return false;
  const width = family === 4 ? 32 : 128;
  return (addressBits(ipaddr.parse(stored)) & prefixMask(network.prefix, width)) === network.bits;
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

function addressBits(address: ipaddr.IPv4 | ipaddr.IPv6): bigint {
  return address.toByteArray().reduce((bits, byte) => (bits << 8n) | BigInt(byte), 0n);
}

function formatBits(bits: bigint, family: 4 | 6): string {
  const length = family === 4 ? 4 : 16;
  const bytes = Array.from({ length }, (_, i) => Number((bits >> BigInt(8 * (length - 1 - i))) & 0xffn));
  const address = ipaddr.fromByteArray(bytes);
  return address instanceof ipaddr.IPv6 ? postgresIPv6Text(address) : address.toString();
}
