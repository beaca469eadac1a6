import type { HistorySession } from '../history/session-query.ts';

/**
 * A session as an ECS event (https://www.elastic.co/guide/en/ecs/current/),
 * for Elastic, Sekoia.io or any SIEM that reads ECS: an open session is its
 * start, a closed one its end, with the duration and the traffic. event.id
 * is stable, so sending the export again does not duplicate documents in an
 * index keyed on it. The server's counters: bytes_in came from the client
 * (client.bytes), bytes_out went to it (server.bytes).
 */
export function sessionEvent(session: HistorySession, country: string | null): Record<string, unknown> {
  const closed = session.disconnectTime !== null;
  const start = isoTime(session.connectTime);
  const event: Record<string, unknown> = {
    kind: 'event',
    category: ['session', 'network'],
    type: [closed ? 'end' : 'start'],
    action: closed ? (session.state === 'stale' ? 'vpn-session-closed-stale' : 'vpn-session-ended') : 'vpn-session-started',
    outcome: 'success',
    id: `openvpn-db-log-session-${session.id}-${closed ? 'end' : 'start'}`,
    start,
    dataset: 'openvpn.session',
  };
  if (closed) {
    event['end'] = isoTime(session.disconnectTime!);
    // Nanoseconds, as ECS asks; OpenVPN's own duration where it gave one.
    const seconds = session.duration ?? session.disconnectTime! - session.connectTime;
    event['duration'] = seconds * 1_000_000_000;
  }
  const client: Record<string, unknown> = { ip: session.srcIp, port: session.srcPort, address: session.srcIp };
  if (session.vpnIp4 !== null || session.vpnIp6 !== null) client['nat'] = { ip: session.vpnIp4 ?? session.vpnIp6 };
  if (session.bytesIn !== null) client['bytes'] = Number(session.bytesIn);
  const document: Record<string, unknown> = {
    '@timestamp': closed ? event['end'] : start,
    message: closed
      ? `VPN session of ${session.cn} from ${session.srcIp} ended`
      : `VPN session of ${session.cn} from ${session.srcIp} started`,
    event,
    client,
    user: { name: session.cn },
  };
  if (session.bytesOut !== null) document['server'] = { bytes: Number(session.bytesOut) };
  if (session.bytesIn !== null || session.bytesOut !== null) {
    document['network'] = { bytes: Number((session.bytesIn ?? 0n) + (session.bytesOut ?? 0n)) };
  }
  if (country !== null) document['source'] = { ip: session.srcIp, port: session.srcPort, geo: { country_iso_code: country } };
  document['observer'] = { product: 'OpenVPN', type: 'vpn', vendor: 'OpenVPN' };
  const openvpn: Record<string, unknown> = { session: { id: String(session.id), state: session.state } };
  if (session.vpnIp6 !== null) openvpn['vpn_ip6'] = session.vpnIp6;
  if (session.instance !== null) openvpn['instance'] = { name: session.instance.name, protocol: session.instance.protocol, port: session.instance.port };
  document['openvpn'] = openvpn;
  document['related'] = {
    ip: [...new Set([session.srcIp, session.vpnIp4, session.vpnIp6].filter((ip): ip is string => ip !== null))],
    user: [session.cn],
  };
  document['ecs'] = { version: '8.11.0' };
  return document;
}

function isoTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}
