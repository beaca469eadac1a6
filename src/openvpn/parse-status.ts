import { showValue } from '../common/errors.ts';
import { canonicalIp, canonicalIPv4, canonicalIPv6, ipFamily, IPV4_OCTET } from '../common/ip.ts';
import { resolveTimeZone, wallTextToUnix } from '../common/wall-time.ts';
import type { RejectedStatusLine, StatusClient, StatusSnapshot, StatusVersion } from './status-client.ts';
import { parsePort } from '../common/port.ts';

/** The input is not a usable OpenVPN status at all (incomplete, wrong version, not a status). */
export class StatusFormatError extends Error {
  override name = 'StatusFormatError';
}

export interface ParseStatusOptions {
  /** The version the caller expects (-V); absent: whichever the first line shows. */
  version?: StatusVersion;
  /** IANA zone the v1 date texts are read in; default: the process's zone (TZ). */
  timeZone?: string;
}

interface Line {
  number: number;
  text: string;
}

/** A single client line that cannot be used; becomes an entry of `rejected`. */
class LineRejected extends Error {}

// OpenVPN formats each status line into a 512-byte buffer (STATUS_PRINTF_MAXLEN), so a much
// longer line is not OpenVPN's; refusing it before splitting keeps huge garbage cheap.
const MAX_LINE_LENGTH = 4096;
const KEPT_OF_LONG_LINE = 200;
const MAX_COUNTER = 2n ** 63n - 1n;

// Management interface chatter around `status` output: notifications start with '>', and the
// password dialog ("ENTER PASSWORD:" has no line end, so the answer can share its line).
const PASSWORD_DIALOG = /^(?:ENTER PASSWORD:)?(?:SUCCESS: password is correct)?$/;
// OpenVPN 2.7 prefixes the Real Address with proto2ascii(): udp4, tcp4-server, udp6, ...
// No IPv6 address starts with 'u' or 't', so the prefix cannot be confused with one.
const TRANSPORT_PREFIX = /^((?:udp|tcp)[46]?(?:-server|-client)?):/;
const BRACKETED = /^\[([^\]]*)\](?::([^:]*))?$/;
// Nearly every Real Address is IPv4 with a port: one match instead of the general path, with the
// octets ipFamily takes, so both paths accept exactly the same addresses.
const IPV4_WITH_PORT = new RegExp(`^((?:${IPV4_OCTET}\\.){3}${IPV4_OCTET}):([0-9]{1,5})$`);
const CONTROL_CHARACTER = /[\x00-\x08\x0b-\x1f\x7f]/;

const FORMAT_NAMES: Record<StatusVersion, string> = {
  1: 'OpenVPN CLIENT LIST',
  2: 'comma-separated',
  3: 'tab-separated',
};

export function parseStatus(text: string, options: ParseStatusOptions): StatusSnapshot {
  if (text.includes('\0')) {
    throw new StatusFormatError('input contains NUL bytes: binary data, not an OpenVPN status');
  }
  const lines = meaningfulLines(text);
  const first = lines[0];
  if (first === undefined) {
    throw new StatusFormatError('status is empty, so it is incomplete (OpenVPN may be rewriting it); nothing was changed');
  }
  const found = formatOf(first.text);
  if (found === null) {
    throw new StatusFormatError(`not an OpenVPN status: line ${first.number} is ${showValue(first.text)}`);
  }
  if (options.version !== undefined && found !== options.version) {
    throw new StatusFormatError(
      `status version ${options.version} (${FORMAT_NAMES[options.version]}) was requested, ` +
        `but the input looks like version ${found} (${FORMAT_NAMES[found]})`,
    );
  }
  // OpenVPN rewrites the file in place and writes END last. Everything after the first END is
  // left over from a longer previous version that is about to be truncated away.
  const end = lines.findIndex((line) => line.text === 'END');
  if (end < 0) {
    throw new StatusFormatError('status is incomplete (no END line; OpenVPN may be rewriting it); nothing was changed');
  }
  const body = lines.slice(0, end);
  // Time zone data is costly to load and only version 1 needs it; a zone given explicitly is still checked.
  const timeZone = found === 1 || options.timeZone !== undefined ? resolveTimeZone(options.timeZone) : 'UTC';
  // One scan of the whole text instead of one per client line (18 ms of 190 for 100 000 lines): only a status
  // holding a control character somewhere (a CRLF one's \r included) has its lines looked at one by one.
  const screenLines = CONTROL_CHARACTER.test(text);
  const snapshot = found === 1 ? parseVersion1(body, timeZone, screenLines) : parseVersion23(body, found, screenLines);
  return { ...snapshot, lineCount: countLines(text) };
}

/** Lines as an editor counts them: a final line end starts no further line. */
function countLines(text: string): number {
  if (text === '') return 0;
  let count = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return text.endsWith('\n') ? count - 1 : count;
}

function meaningfulLines(text: string): Line[] {
  const lines: Line[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((raw, index) => {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (!line.startsWith('>') && !PASSWORD_DIALOG.test(line)) lines.push({ number: index + 1, text: line });
    });
  return lines;
}

function formatOf(firstLine: string): StatusVersion | null {
  if (firstLine === 'OpenVPN CLIENT LIST') return 1;
  const match = /^(?:TITLE|TIME|HEADER)([,\t])/.exec(firstLine);
  if (match === null) return null;
  return match[1] === '\t' ? 3 : 2;
}

function parseVersion23(lines: Line[], version: 2 | 3, screenLines: boolean): Omit<StatusSnapshot, 'lineCount'> {
  const separator = version === 3 ? '\t' : ',';
  const clientPrefix = `CLIENT_LIST${separator}`;
  let time: number | undefined;
  let header: string[] | undefined;
  const tables = new Set<string>(); // row types announced by a HEADER line
  const clientLines: Line[] = [];
  const rejected: RejectedStatusLine[] = [];

  for (const line of lines) {
    const { text } = line;
    if (text.length > MAX_LINE_LENGTH) {
      rejected.push(tooLong(line));
      continue;
    }
    // Client lines, nearly all of them, are told by their start and split once, below.
    if (text.startsWith(clientPrefix) || text === 'CLIENT_LIST') {
      clientLines.push(line);
      continue;
    }
    const cut = text.indexOf(separator);
    const type = cut < 0 ? text : text.slice(0, cut);
    const fields = text.split(separator).slice(1);
    if (type === 'TIME') {
      if (time !== undefined) throw duplicate('TIME', line);
      const now = unixTime(fields[1] ?? '');
      if (now === null) throw new StatusFormatError(`TIME line ${line.number} has no valid time_t: ${showValue(line.text)}`);
      time = now;
    } else if (type === 'HEADER') {
      const table = fields[0] ?? '';
      if (table === 'CLIENT_LIST') {
        if (header !== undefined) throw duplicate('HEADER CLIENT_LIST', line);
        header = fields.slice(1);
      }
      tables.add(table);
    } else if (type !== 'TITLE' && type !== 'GLOBAL_STATS' && !tables.has(type)) {
      rejected.push(rejection(line, 'not a status line of a known type'));
    }
  }
  if (time === undefined) throw new StatusFormatError('status has no TIME line');
  if (header === undefined) throw new StatusFormatError('status has no HEADER line for CLIENT_LIST');
  const columns = columnIndex(header, 'HEADER CLIENT_LIST', [
    'Common Name',
    'Real Address',
    'Bytes Received',
    'Bytes Sent',
    'Connected Since (time_t)',
  ]);

  const at = clientColumns(columns, 'Connected Since (time_t)');
  const clients: StatusClient[] = [];
  for (const line of clientLines) {
    try {
      const split = line.text.split(separator);
      // The type, CLIENT_LIST; shift() trims the array in place where slice(1) would copy it.
      split.shift();
      const fields = alignFields(split, header, columns, separator);
      clients.push(
        client(line, fields, at, screenLines, {
          vpnIp4: optionalIp(field(fields, at.virtualAddress), 'Virtual Address', 4),
          vpnIp6: optionalIp(field(fields, at.virtualIPv6), 'Virtual IPv6 Address', 6),
          connectedSince: timeField(field(fields, at.connectedSince), 'Connected Since (time_t)'),
        }),
      );
    } catch (error) {
      rejected.push(rejectionFrom(error, line));
    }
  }
  return { version, time, clients, rejected };
}

/**
 * v1 (OpenVPN's default format): `Updated,<date>`, the client list, then a ROUTING TABLE
 * that is the only place the clients' virtual addresses appear. No time_t anywhere, so the
 * dates are wall-clock texts in the server's zone.
 */
function parseVersion1(lines: Line[], timeZone: string, screenLines: boolean): Omit<StatusSnapshot, 'lineCount'> {
  let time: number | undefined;
  let header: string[] | undefined;
  let routeHeader: string[] | undefined;
  let section: 'top' | 'clients' | 'routes' | 'stats' = 'top';
  const clientLines: Line[] = [];
  const routeLines: Line[] = [];
  const rejected: RejectedStatusLine[] = [];

  for (const line of lines.slice(1) /* after "OpenVPN CLIENT LIST" */) {
    const { text } = line;
    if (text.length > MAX_LINE_LENGTH) {
      rejected.push(tooLong(line));
    } else if (text === 'ROUTING TABLE') {
      section = 'routes';
    } else if (text === 'GLOBAL STATS') {
      section = 'stats';
    } else if (section === 'top' && text.startsWith('Updated,')) {
      if (time !== undefined) throw duplicate('Updated', line);
      const updated = wallTextToUnix(text.slice('Updated,'.length), timeZone);
      if (updated === null) throw new StatusFormatError(`Updated line ${line.number} has no readable date: ${showValue(text)}`);
      time = updated;
    } else if (section === 'top' && text.startsWith('Common Name,')) {
      header = text.split(',');
      section = 'clients';
    } else if (section === 'clients') {
      clientLines.push(line);
    } else if (section === 'routes' && routeHeader === undefined) {
      routeHeader = text.split(',');
    } else if (section === 'routes') {
      routeLines.push(line);
    } else if (section !== 'stats') {
      rejected.push(rejection(line, 'not a status line of a known type'));
    }
  }
  if (time === undefined) throw new StatusFormatError('status has no "Updated," line');
  if (header === undefined) throw new StatusFormatError('status has no client list header ("Common Name,Real Address,...")');
  const columns = columnIndex(header, 'client list header', [
    'Common Name',
    'Real Address',
    'Bytes Received',
    'Bytes Sent',
    'Connected Since',
  ]);
  const routes = routeHeader === undefined ? new Map<string, VirtualAddresses>() : virtualAddresses(routeHeader, routeLines, rejected);

  const at = clientColumns(columns, 'Connected Since');
  const clients: StatusClient[] = [];
  for (const line of clientLines) {
    try {
      const fields = alignFields(line.text.split(','), header, columns, ',');
      const addresses = routes.get(routeKey(field(fields, at.commonName), field(fields, at.realAddress)));
      const since = field(fields, at.connectedSince);
      const connectedSince = wallTextToUnix(since, timeZone);
      if (connectedSince === null) throw new LineRejected(`Connected Since ${showValue(since)} is not a date`);
      clients.push(
        client(line, fields, at, screenLines, {
          vpnIp4: onlyOne(addresses?.ip4),
          vpnIp6: onlyOne(addresses?.ip6),
          connectedSince,
        }),
      );
    } catch (error) {
      rejected.push(rejectionFrom(error, line));
    }
  }
  return { version: 1, time, clients, rejected };
}

interface VirtualAddresses {
  ip4: Set<string>;
  ip6: Set<string>;
}

const routeKey = (commonName: string, realAddress: string) => `${commonName}\n${realAddress}`;

/** The client's own addresses from the v1 routing table, by Common Name + Real Address. */
function virtualAddresses(header: string[], lines: Line[], rejected: RejectedStatusLine[]): Map<string, VirtualAddresses> {
  const columns = columnIndex(header, 'ROUTING TABLE header', ['Virtual Address', 'Common Name', 'Real Address']);
  const byClient = new Map<string, VirtualAddresses>();
  for (const line of lines) {
    try {
      const fields = alignFields(line.text.split(','), header, columns, ',');
      const virtual = fieldOf(fields, columns, 'Virtual Address');
      // A 'C' suffix marks a cached host route inside an iroute, '/' an iroute subnet: both
      // are networks behind the client, not its own address. MAC addresses (tap) are no address.
      const ip = virtual.endsWith('C') || virtual.includes('/') ? null : canonicalIp(virtual);
      if (ip === null) continue;
      const key = routeKey(fieldOf(fields, columns, 'Common Name'), fieldOf(fields, columns, 'Real Address'));
      const entry = byClient.get(key) ?? { ip4: new Set(), ip6: new Set() };
      (ipFamily(ip) === 4 ? entry.ip4 : entry.ip6).add(ip);
      byClient.set(key, entry);
    } catch (error) {
      rejected.push(rejectionFrom(error, line));
    }
  }
  return byClient;
}

/** A host iroute (no '/') looks like a second virtual address; which one is the client's is then unknown. */
function onlyOne(addresses: Set<string> | undefined): string | null {
  return addresses?.size === 1 ? [...addresses][0]! : null;
}

/** Where each field of a client line is, resolved once per header; -1 for a column the header lacks. */
interface ClientColumns {
  commonName: number;
  realAddress: number;
  virtualAddress: number;
  virtualIPv6: number;
  bytesReceived: number;
  bytesSent: number;
  connectedSince: number;
  username: number;
}

function clientColumns(columns: Map<string, number>, connectedSince: string): ClientColumns {
  const at = (name: string) => columns.get(name) ?? -1;
  return {
    commonName: at('Common Name'),
    realAddress: at('Real Address'),
    virtualAddress: at('Virtual Address'),
    virtualIPv6: at('Virtual IPv6 Address'),
    bytesReceived: at('Bytes Received'),
    bytesSent: at('Bytes Sent'),
    connectedSince: at(connectedSince),
    username: at('Username'),
  };
}

/** A field of a split line, '' when the header has no such column (index -1). */
function field(fields: string[], index: number): string {
  return fields[index] ?? '';
}

function client(
  line: Line,
  fields: string[],
  at: ClientColumns,
  screenLine: boolean,
  rest: Pick<StatusClient, 'vpnIp4' | 'vpnIp6' | 'connectedSince'>,
): StatusClient {
  if (screenLine && CONTROL_CHARACTER.test(line.text)) throw new LineRejected('contains a control character');
  const realAddress = field(fields, at.realAddress);
  const source = parseRealAddress(realAddress);
  if (source === null) throw new LineRejected(`Real Address ${showValue(realAddress)} is not an IP address with an optional port`);
  const commonName = field(fields, at.commonName);
  const username = field(fields, at.username);
  return {
    lineNumber: line.number,
    line: line.text,
    commonName: commonName === 'UNDEF' ? null : commonName,
    srcIp: source.ip,
    srcPort: source.port,
    transport: source.transport,
    vpnIp4: rest.vpnIp4,
    vpnIp6: rest.vpnIp6,
    bytesReceived: counter(field(fields, at.bytesReceived), 'Bytes Received'),
    bytesSent: counter(field(fields, at.bytesSent), 'Bytes Sent'),
    connectedSince: rest.connectedSince,
    username: username === 'UNDEF' || username === '' ? null : username,
  };
}

function columnIndex(header: string[], what: string, required: string[]): Map<string, number> {
  const columns = new Map<string, number>();
  header.forEach((name, index) => {
    if (!columns.has(name)) columns.set(name, index);
  });
  const missing = required.find((name) => !columns.has(name));
  if (missing !== undefined) throw new StatusFormatError(`${what} has no ${showValue(missing)} column`);
  return columns;
}

/** The value of a column, '' when the header has no such column. */
function fieldOf(fields: string[], columns: Map<string, number>, name: string): string {
  return field(fields, columns.get(name) ?? -1);
}

/**
 * OpenVPN writes the Common Name (and Username) unescaped, so in the comma-separated formats
 * a ',' in them shifts every later field. The surplus belongs to the Common Name, unless the
 * Real Address (always the column after it) turns up earlier: then the rest is the Username's.
 */
function alignFields(fields: string[], header: string[], columns: Map<string, number>, separator: string): string[] {
  const surplus = fields.length - header.length;
  if (surplus === 0) return fields;
  if (surplus < 0 || separator !== ',') {
    throw new LineRejected(`has ${fields.length} fields, the header has ${header.length}`);
  }
  const nameAt = columns.get('Common Name') ?? 0;
  const addressAt = columns.get('Real Address') ?? -1;
  const userAt = columns.get('Username') ?? -1;
  let nameSurplus = surplus;
  if (addressAt === nameAt + 1 && userAt > addressAt) {
    const shift = fields.slice(addressAt, addressAt + surplus).findIndex((field) => parseRealAddress(field) !== null);
    if (shift >= 0) nameSurplus = shift;
  }
  const aligned = [...fields];
  aligned.splice(nameAt, nameSurplus + 1, fields.slice(nameAt, nameAt + nameSurplus + 1).join(','));
  const userSurplus = surplus - nameSurplus;
  if (userSurplus > 0) {
    aligned.splice(userAt, userSurplus + 1, aligned.slice(userAt, userAt + userSurplus + 1).join(','));
  }
  return aligned;
}

/**
 * Real Address as OpenVPN writes it: `1.2.3.4:5678`; 2.4–2.6 print IPv6 peers, and IPv4 peers
 * of a dual-stack socket, without a port: `2001:db8::1`, `1.2.3.4`; 2.7 adds a protocol
 * prefix and brackets: `udp4:1.2.3.4:5678`, `tcp6-server:[2001:db8::1]:5678`,
 * `udp6:1.2.3.4:5678` (IPv4 peer of a dual-stack socket).
 */
export function parseRealAddress(text: string): { ip: string; port: number | null; transport: string | null } | null {
  const common = IPV4_WITH_PORT.exec(text);
  if (common) {
    const port = parsePort(common[2]!, 0);
    return port === null ? null : { ip: common[1]!, port, transport: null };
  }
  const prefix = TRANSPORT_PREFIX.exec(text);
  const transport = prefix ? (prefix[1] ?? null) : null;
  const rest = prefix ? text.slice(prefix[0].length) : text;
  let host = rest;
  let port: string | undefined;
  const bracketed = BRACKETED.exec(rest);
  if (bracketed) {
    host = bracketed[1] ?? '';
    port = bracketed[2];
    if (ipFamily(host) !== 6) return null;
  } else if (rest.indexOf(':') >= 0 && rest.indexOf(':') === rest.lastIndexOf(':')) {
    // One colon: IPv4 with port. Two or more: IPv6 without port.
    [host = '', port] = rest.split(':');
  }
  const ip = canonicalIp(host);
  if (ip === null) return null;
  if (port === undefined) return { ip, port: null, transport };
  const portNumber = parsePort(port, 0);
  return portNumber === null ? null : { ip, port: portNumber, transport };
}

function optionalIp(value: string, column: string, family: 4 | 6): string | null {
  if (value === '') return null;
  const ip = family === 4 ? canonicalIPv4(value) : canonicalIPv6(value);
  if (ip === null) throw new LineRejected(`${column} ${showValue(value)} is not an IPv${family} address`);
  return ip;
}

function counter(value: string, column: string): bigint {
  if (!/^[0-9]+$/.test(value)) throw new LineRejected(`${column} ${showValue(value)} is not a non-negative integer`);
  const count = BigInt(value);
  if (count > MAX_COUNTER) throw new LineRejected(`${column} ${showValue(value)} is larger than 2^63-1`);
  return count;
}

function timeField(value: string, column: string): number {
  const time = unixTime(value);
  if (time === null) throw new LineRejected(`${column} ${showValue(value)} is not a non-negative integer of at most 2^53-1`);
  return time;
}

function unixTime(text: string): number | null {
  if (!/^[0-9]+$/.test(text)) return null;
  const time = Number(text);
  return time <= Number.MAX_SAFE_INTEGER ? time : null;
}

function duplicate(what: string, line: Line): StatusFormatError {
  return new StatusFormatError(`${what} appears twice (again on line ${line.number}); OpenVPN may be rewriting the status`);
}

function tooLong(line: Line): RejectedStatusLine {
  return rejection(line, `line is ${line.text.length} characters long; OpenVPN writes at most 512 bytes per line`);
}

function rejection(line: Line, reason: string): RejectedStatusLine {
  const text = line.text.length > MAX_LINE_LENGTH ? `${line.text.slice(0, KEPT_OF_LONG_LINE)}…` : line.text;
  return { lineNumber: line.number, line: text, reason };
}

function rejectionFrom(error: unknown, line: Line): RejectedStatusLine {
  if (error instanceof LineRejected) return rejection(line, error.message);
  throw error;
}
