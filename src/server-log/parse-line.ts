import { ipFamily } from '../common/ip.ts';
import type { AuthOutcome } from '../common/auth-outcome.ts';
import type { EcsEvent, ParsedLine } from './ecs-event.ts';

/**
 * One OpenVPN server log line → one ECS event, after the Sekoia.io OpenVPN
 * intake (the samples in docs/ecs.md). The timestamp form is told apart by
 * fixed character positions and the message by its first word (a switch),
 * so a line costs at most one or two anchored regular expressions: a cascade
 * trying every pattern on every line ran at 77 000 lines per CPU-second.
 */
export interface ParseContext {
  /** Syslog lines carry no year: the one that puts the line at most a day after this instant (ms). */
  now: number;
}

const MONTHS: Record<string, number> = {
  Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11,
};

const ISO_STAMP = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) /;
const CTIME_STAMP = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([ \d]\d) (\d\d):(\d\d):(\d\d) (\d{4})(?: us=(\d{1,6}))? /;
const SYSLOG_STAMP =
  /^(?:<\d{1,3}>)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([ \d]\d) (\d\d):(\d\d):(\d\d) (\S+) ([^\s[:]+)(?:\[(\d{1,10})\])?: /;

interface Stamp {
  iso: string;
  time: number;
  rest: number;
}

export function parseLogLine(line: string, context: ParseContext): ParsedLine {
  const event: EcsEvent = { message: line, event: { category: ['network'], type: ['info'] } };
  let stamp: Stamp | null = null;
  let body = line;
  const first = line.charCodeAt(0);
  if (first >= 48 && first <= 57 && line.charCodeAt(4) === 45) {
    const m = ISO_STAMP.exec(line);
    if (m) stamp = utcStamp(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, null, m[0].length);
  } else if (line.charCodeAt(3) === 32 && line.charCodeAt(7) === 32) {
    const m = CTIME_STAMP.exec(line);
    if (m) stamp = utcStamp(+m[6]!, MONTHS[m[1]!]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, m[7] ?? null, m[0].length);
  }
  if (stamp === null && (first === 60 || line.charCodeAt(3) === 32)) {
    const m = SYSLOG_STAMP.exec(line);
    if (m) {
      stamp = syslogStamp(MONTHS[m[1]!]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, context.now, m[0].length);
      event.observer = { hostname: m[6]! };
      event.process = m[8] === undefined ? { name: m[7]! } : { name: m[7]!, pid: Number(m[8]) };
    }
  }
  if (stamp !== null) {
    event['@timestamp'] = stamp.iso;
    body = line.slice(stamp.rest);
  }
  const auth = describe(body, event);
  return { event, time: stamp === null ? null : stamp.time, auth };
}

function utcStamp(y: number, mo: number, d: number, h: number, mi: number, s: number, micros: string | null, rest: number): Stamp | null {
  const ms = Date.UTC(y, mo, d, h, mi, s);
  if (!Number.isFinite(ms) || mo > 11 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  const base = new Date(ms).toISOString().slice(0, 19);
  const iso = micros === null ? `${base}Z` : `${base}.${micros.padStart(6, '0')}Z`;
  return { iso, time: ms / 1000, rest };
}

function syslogStamp(mo: number, d: number, h: number, mi: number, s: number, now: number, rest: number): Stamp | null {
  let year = new Date(now).getUTCFullYear();
  if (Date.UTC(year, mo, d, h, mi, s) > now + 86_400_000) year -= 1;
  return utcStamp(year, mo, d, h, mi, s, null, rest);
}

interface Peer {
  cn: string | null;
  ip: string;
  port: number;
}

/**
 * OpenVPN prefixes a client's lines with `IP:PORT`, `CN/IP:PORT`, and since
 * 2.7 the protocol: `tcp4-server:IP:PORT`, `udp6:[::1]:PORT`.
 */
function clientPrefix(token: string): Peer | null {
  const colon = token.lastIndexOf(':');
  if (colon <= 0 || colon === token.length - 1) return null;
  const portText = token.slice(colon + 1);
  if (portText.length > 5 || !/^\d+$/.test(portText)) return null;
  const slash = token.lastIndexOf('/', colon);
  let host = token.slice(slash + 1, colon);
  if (host.startsWith('tcp') || host.startsWith('udp')) host = host.slice(host.indexOf(':') + 1);
  if (host.charCodeAt(0) === 91 && host.charCodeAt(host.length - 1) === 93) host = host.slice(1, -1);
  if (ipFamily(host) === null) return null;
  const port = Number(portText);
  if (port > 65535) return null;
  return { cn: slash > 0 ? token.slice(0, slash) : null, ip: host, port };
}

function setClient(event: EcsEvent, peer: Peer, cn: string | null): void {
  const name = cn ?? peer.cn;
  event.client = name === null ? { address: peer.ip, ip: peer.ip, port: peer.port } : { address: name, domain: name, ip: peer.ip, port: peer.port };
  if (name !== null) addRelated(event, 'hosts', name);
  addRelated(event, 'ip', peer.ip);
}

function addRelated(event: EcsEvent, kind: 'hosts' | 'ip' | 'user', value: string): void {
  const related = (event.related ??= {});
  const list = (related[kind] ??= []);
  if (!list.includes(value)) {
    list.push(value);
    list.sort();
  }
}

type Who = 'cn' | 'user';

function failure(event: EcsEvent, reason: string | null, user: string | null, peer: Peer | null, who: Who = 'cn'): AuthOutcome {
  event.event = { category: ['authentication'], type: ['start'], outcome: 'failure' };
  if (reason !== null) event.event.reason = reason;
  if (user !== null && user !== '') {
    event.user = { name: user };
    addRelated(event, 'user', user);
  }
  return outcome('failure', reason ?? event.message, user || null, peer, who);
}

function outcome(result: 'success' | 'failure', reason: string, user: string | null, peer: Peer | null, who: Who): AuthOutcome {
  return {
    outcome: result,
    reason,
    cn: who === 'cn' ? user : (peer?.cn ?? null),
    userName: who === 'user' ? user : null,
    ip: peer?.ip ?? null,
    port: peer?.port ?? null,
  };
}

const NAT_LEARN = /^MULTI: (?:Learn: (\S+) -> |primary virtual IP(?:v6)? for \S+: (\S+)$)/;
const CONTROL_CHANNEL = /^Control Channel: TLSv([\d.]+), cipher \S+ ([^\s,]+)/;
const PEER_INITIATED = /^\[(.*)\] Peer Connection Initiated with /;
const AUTH_FAILED = /^SENT CONTROL \[(.*)\]: '(AUTH_FAILED[^']*)'/;
const CN_VALUE = /(?:^|[\s,/('])CN=([^,/')]+)/;
const POOL_PERSIST = /^([^,\s]+),([0-9.]+),([0-9a-fA-F:]*)$/;
const POOL_READ = /^ifconfig_pool_read\(\), in='([^,]*),([^,']*)/;
const POOL_BASE = /^IFCONFIG POOL (IPv[46]): base=(\S+)/;
const LDAP_DN = /^Incorrect password supplied for LDAP DN "(.*)"\.?$/;
const LDAP_NOT_FOUND = /^LDAP user "(.*)" was not found\.?$/;
const PAM_FAILED = /^AUTH-PAM: BACKGROUND: user '(.*)' failed to authenticate/;
const USER_PASS_OK = /^TLS: Username\/Password authentication succeeded for username '(.*)'/;
const DEV_NAME = / dev (\S+)/;
const PTP_ADD = /^net_addr_ptp_v4_add: (\S+) peer (\S+) dev (\S+)/;
const ADDR_ADD = /^net_addr_v[46]_add: ([^\s/]+)\/\d+ dev (\S+)/;
const ROUTE_VIA = /^net_route_v[46]_add: \S+ via (\S+)/;

/** Fills the event from the message (after the timestamp); returns the login outcome it shows, if any. */
function describe(body: string, event: EcsEvent): AuthOutcome | null {
  let message = body;
  let peer: Peer | null = null;
  const space = body.indexOf(' ');
  if (space > 0) {
    const lastChar = body.charCodeAt(space - 1);
    if (lastChar >= 48 && lastChar <= 57) {
      peer = clientPrefix(body.slice(0, space));
      if (peer !== null) {
        message = body.slice(space + 1);
        setClient(event, peer, null);
      }
    }
  }
  const end = message.indexOf(' ');
  const word = end < 0 ? message : message.slice(0, end);
  switch (word) {
    case 'VERIFY': {
      event.event.reason = message;
      if (message.startsWith('VERIFY OK')) return null;
      const failed = message.includes('ERROR') || message.includes('revoked');
      if (!failed) return null;
      const depth = message.indexOf('depth=');
      const leaf = depth < 0 || message.startsWith('depth=0', depth);
      return failure(event, message, leaf ? (CN_VALUE.exec(message)?.[1] ?? null) : null, peer);
    }
    case 'MULTI:': {
      const m = NAT_LEARN.exec(message);
      const nat = m?.[1] ?? m?.[2];
      if (nat !== undefined && ipFamily(nat) !== null) {
        (event.client ??= {}).nat = { ip: nat };
        addRelated(event, 'ip', nat);
        return null;
      }
      break;
    }
    case 'Control': {
      const m = CONTROL_CHANNEL.exec(message);
      if (m) {
        event.tls = { cipher: m[2]!, version: `v${m[1]!}` };
        return null;
      }
      break;
    }
    case 'SENT': {
      const m = AUTH_FAILED.exec(message);
      if (m) {
        const named = m[1] === 'UNDEF' ? null : m[1]!;
        return failure(event, m[2]!, named ?? peer?.cn ?? null, peer);
      }
      break;
    }
    case 'TLS:': {
      const m = USER_PASS_OK.exec(message);
      if (m) {
        event.event = { category: ['authentication'], type: ['start'], outcome: 'success', reason: message };
        event.user = { name: m[1]! };
        addRelated(event, 'user', m[1]!);
        return outcome('success', 'username/password accepted', m[1]!, peer, 'user');
      }
      break;
    }
    case 'TLS': {
      if (message.startsWith('TLS Error: TLS handshake failed') || message.startsWith('TLS Error: Auth Username/Password')) {
        return failure(event, message, peer?.cn ?? null, peer);
      }
      if (message.startsWith('TLS Auth Error:')) return failure(event, message, peer?.cn ?? null, peer);
      break;
    }
    case 'AUTH-PAM:': {
      const m = PAM_FAILED.exec(message);
      if (m) return failure(event, message, m[1]!, peer, 'user');
      break;
    }
    case 'PLUGIN_CALL:':
      if (message.includes('PLUGIN_AUTH_USER_PASS_VERIFY') && !message.endsWith('status=0')) {
        return failure(event, message, peer?.cn ?? null, peer);
      }
      break;
    case 'IFCONFIG': {
      const m = POOL_BASE.exec(message);
      if (m && ipFamily(m[2]!) !== null) {
        event.event.reason = `IFCONFIG POOL ${m[1]!}`;
        event.client = { address: m[2]!, ip: m[2]! };
        addRelated(event, 'ip', m[2]!);
        return null;
      }
      break;
    }
    case 'ifconfig_pool_read(),': {
      const m = POOL_READ.exec(message);
      if (m && m[1] !== '' && ipFamily(m[2]!) !== null) {
        event.event.reason = 'ifconfig_pool_read';
        event.client = { address: m[1]!, domain: m[1]!, ip: m[2]! };
        addRelated(event, 'hosts', m[1]!);
        addRelated(event, 'ip', m[2]!);
        return null;
      }
      break;
    }
    case 'ROUTE_GATEWAY': {
      const iface = /IFACE=(\S+)/.exec(message)?.[1];
      const mac = /HWADDR=(\S+)/.exec(message)?.[1];
      event.observer = { ...event.observer };
      if (iface !== undefined) event.observer.egress = { interface: { name: iface } };
      if (mac !== undefined) event.observer.mac = mac;
      return null;
    }
    case 'net_route_v4_best_gw':
    case 'net_route_v6_best_gw': {
      const dev = message.includes(' result: ') ? DEV_NAME.exec(message)?.[1] : undefined;
      if (dev !== undefined) {
        event.observer = { ...event.observer, egress: { interface: { name: dev } } };
        return null;
      }
      break;
    }
    case 'TUN/TAP':
      if (message.startsWith('TUN/TAP device ') && message.endsWith(' opened')) {
        ingress(event, message.slice(15, -7));
        return null;
      }
      break;
    case 'net_iface_mtu_set:': {
      const at = message.lastIndexOf(' for ');
      if (at > 0) {
        ingress(event, message.slice(at + 5));
        return null;
      }
      break;
    }
    case 'net_iface_up:':
      if (message.startsWith('net_iface_up: set ') && message.endsWith(' up')) {
        ingress(event, message.slice(18, -3));
        return null;
      }
      break;
    case 'net_addr_ptp_v4_add:': {
      const m = PTP_ADD.exec(message);
      if (m) {
        ingress(event, m[3]!);
        event.observer!.ip = m[1]!;
        event.openvpn = { peer: { ip: m[2]! } };
        addRelated(event, 'ip', m[1]!);
        return null;
      }
      break;
    }
    case 'net_addr_v4_add:':
    case 'net_addr_v6_add:': {
      const m = ADDR_ADD.exec(message);
      if (m) {
        ingress(event, m[2]!);
        event.observer!.ip = m[1]!;
        addRelated(event, 'ip', m[1]!);
        return null;
      }
      break;
    }
    case 'net_route_v4_add:':
    case 'net_route_v6_add:': {
      const m = ROUTE_VIA.exec(message);
      if (m && ipFamily(m[1]!) !== null) {
        event.openvpn = { peer: { ip: m[1]! } };
        return null;
      }
      break;
    }
    case 'Incorrect': {
      const m = LDAP_DN.exec(message);
      if (m) {
        const dn = splitDn(m[1]!);
        const result = failure(event, null, dn.name, peer, 'user');
        if (dn.domain !== null && event.user) event.user.domain = dn.domain;
        return { ...result, reason: 'LDAP: incorrect password' };
      }
      break;
    }
    case 'LDAP':
      if (message.startsWith('LDAP bind failed')) return { ...failure(event, null, null, peer), reason: message };
      if (message.startsWith('LDAP user ')) {
        const m = LDAP_NOT_FOUND.exec(message);
        if (m) return { ...failure(event, null, m[1]!, peer, 'user'), reason: 'LDAP: user not found' };
      }
      break;
    case 'ldap_bind':
      if (message.includes('zero-length password')) return { ...failure(event, null, null, peer), reason: message };
      break;
    case 'Unable':
      if (message.startsWith('Unable to bind as ')) {
        return { ...failure(event, null, message.slice(18).trim(), peer, 'user'), reason: 'LDAP: unable to bind' };
      }
      break;
    default:
      if (word.charCodeAt(0) === 91) {
        const m = PEER_INITIATED.exec(message);
        if (m && peer !== null) {
          setClient(event, peer, m[1]!);
          return outcome('success', 'peer connection initiated', m[1]!, peer, 'cn');
        }
      } else if (peer === null && end < 0 && word.includes(',')) {
        const m = POOL_PERSIST.exec(word);
        if (m && ipFamily(m[2]!) !== null) {
          event.client = { address: m[1]!, domain: m[1]!, nat: { ip: m[2]! } };
          addRelated(event, 'hosts', m[1]!);
          addRelated(event, 'ip', m[2]!);
          return null;
        }
      }
  }
  event.event.reason = message;
  return null;
}

function ingress(event: EcsEvent, name: string): void {
  event.observer = { ...event.observer, ingress: { interface: { name } } };
}

/** `CN=DOE john,OU=users,DC=example,DC=org` → name `DOE john`, domain `example.org`. */
function splitDn(dn: string): { name: string; domain: string | null } {
  let name: string | null = null;
  const dcs: string[] = [];
  for (const part of dn.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim().toUpperCase();
    const value = part.slice(eq + 1).trim();
    if ((key === 'CN' || key === 'UID') && name === null) name = value;
    else if (key === 'DC') dcs.push(value);
  }
  return { name: name ?? dn, domain: dcs.length > 0 ? dcs.join('.') : null };
}
