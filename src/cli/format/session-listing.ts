import type { HistorySession } from '../../history/session-query.ts';
import type { Zone } from '../../history/time-spec.ts';
import type { Instance } from '../../common/session.ts';
import { humanBytes, humanDuration } from './human.ts';
import type { Listing } from './listing.ts';
import { formatNullableTime, formatTime } from './time.ts';

const text = (value: number | bigint | null) => (value === null ? null : String(value));

/** One session per row; field names as documented in docs/queries.md. */
export function sessionListing(zone: Zone): Listing<HistorySession> {
  return {
    record: (s) => ({
      id: s.id,
      instance: s.instance === null ? null : { name: s.instance.name, proto: s.instance.protocol, port: s.instance.port },
      cn: s.cn,
      src_ip: s.srcIp,
      src_port: s.srcPort,
      vpn_ip4: s.vpnIp4,
      vpn_ip6: s.vpnIp6,
      connect_time: formatTime(s.connectTime, zone),
      disconnect_time: formatNullableTime(s.disconnectTime, zone),
      duration: s.duration,
      bytes_in: s.bytesIn,
      bytes_out: s.bytesOut,
      state: s.state,
      // Last, so that consumers of the fields before migration 006 find them where they were.
      country: s.country,
    }),
    csv: [
      { name: 'id', value: (s) => String(s.id) },
      { name: 'instance_name', value: (s) => s.instance?.name ?? null },
      { name: 'instance_proto', value: (s) => s.instance?.protocol ?? null },
      { name: 'instance_port', value: (s) => text(s.instance?.port ?? null) },
      { name: 'cn', value: (s) => s.cn },
      { name: 'src_ip', value: (s) => s.srcIp },
      { name: 'src_port', value: (s) => String(s.srcPort) },
      { name: 'vpn_ip4', value: (s) => s.vpnIp4 },
      { name: 'vpn_ip6', value: (s) => s.vpnIp6 },
      { name: 'connect_time', value: (s) => formatTime(s.connectTime, zone) },
      { name: 'disconnect_time', value: (s) => formatNullableTime(s.disconnectTime, zone) },
      { name: 'duration', value: (s) => text(s.duration) },
      { name: 'bytes_in', value: (s) => text(s.bytesIn) },
      { name: 'bytes_out', value: (s) => text(s.bytesOut) },
      { name: 'state', value: (s) => s.state },
      { name: 'country', value: (s) => s.country },
    ],
    table: (rows) => [
      { header: 'ID', align: 'right', cell: (s) => String(s.id) },
      { header: 'CONNECTED', align: 'left', cell: (s) => formatTime(s.connectTime, zone) },
      { header: 'DISCONNECTED', align: 'left', cell: (s) => formatNullableTime(s.disconnectTime, zone) ?? '-' },
      { header: 'DURATION', align: 'right', cell: (s) => humanDuration(s.duration) },
      { header: 'CN', align: 'left', cell: (s) => s.cn },
      { header: 'SOURCE', align: 'left', cell: (s) => (s.srcIp.includes(':') ? `[${s.srcIp}]:${s.srcPort}` : `${s.srcIp}:${s.srcPort}`) },
      { header: 'CC', align: 'left', cell: (s) => s.country ?? '-' },
      { header: 'VPN IP', align: 'left', cell: (s) => [s.vpnIp4, s.vpnIp6].filter((ip) => ip !== null).join(' ') || '-' },
      { header: 'IN', align: 'right', cell: (s) => humanBytes(s.bytesIn) },
      { header: 'OUT', align: 'right', cell: (s) => humanBytes(s.bytesOut) },
      {
        header: 'STATE',
        align: 'left',
        cell: (s) => s.state,
        style: (s) => (s.state === 'active' ? 'green' : s.state === 'stale' ? 'yellow' : undefined),
      },
      // Most servers log under the hook's default instance: the column only appears when it tells something.
      ...(rows.some((s) => s.instance === null || !isDefaultInstance(s.instance))
        ? [{ header: 'INSTANCE', align: 'left' as const, cell: (s: HistorySession) => describeInstance(s.instance) }]
        : []),
    ],
  };
}

function isDefaultInstance(instance: Instance): boolean {
  return instance.name === '' && instance.protocol === '' && instance.port === 0;
}

/** name/proto/port, e.g. office/udp/1194; (default) for the hook's without -n/-r/-o; ? for a deleted row. */
export function describeInstance(instance: Instance | null): string {
  if (instance === null) return '?';
  return isDefaultInstance(instance) ? '(default)' : `${instance.name}/${instance.protocol}/${instance.port}`;
}
