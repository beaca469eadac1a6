import type { AuthEvent } from '../../history/auth-event-query.ts';
import type { Zone } from '../../history/time-spec.ts';
import type { Listing } from './listing.ts';
import { formatTime } from './time.ts';

const source = (e: AuthEvent) =>
  e.srcIp === null ? '-' : e.srcPort === null ? e.srcIp : e.srcIp.includes(':') ? `[${e.srcIp}]:${e.srcPort}` : `${e.srcIp}:${e.srcPort}`;

/** One login outcome per row; field names as documented in docs/ecs.md. */
export function authEventListing(zone: Zone): Listing<AuthEvent> {
  return {
    record: (e) => ({
      id: e.id,
      time: formatTime(e.time, zone),
      outcome: e.outcome,
      cn: e.cn,
      user_name: e.userName,
      src_ip: e.srcIp,
      src_port: e.srcPort,
      reason: e.reason,
      instance: e.instance,
    }),
    csv: [
      { name: 'id', value: (e) => String(e.id) },
      { name: 'time', value: (e) => formatTime(e.time, zone) },
      { name: 'outcome', value: (e) => e.outcome },
      { name: 'cn', value: (e) => e.cn },
      { name: 'user_name', value: (e) => e.userName },
      { name: 'src_ip', value: (e) => e.srcIp },
      { name: 'src_port', value: (e) => (e.srcPort === null ? null : String(e.srcPort)) },
      { name: 'reason', value: (e) => e.reason },
      { name: 'instance', value: (e) => e.instance },
    ],
    table: () => [
      { header: 'TIME', align: 'left', cell: (e) => formatTime(e.time, zone) },
      {
        header: 'OUTCOME',
        align: 'left',
        cell: (e) => e.outcome,
        style: (e) => (e.outcome === 'failure' ? 'yellow' : 'green'),
      },
      { header: 'CN', align: 'left', cell: (e) => e.cn ?? '-' },
      { header: 'USER', align: 'left', cell: (e) => e.userName ?? '-' },
      { header: 'SOURCE', align: 'left', cell: source },
      { header: 'REASON', align: 'left', cell: (e) => e.reason ?? '-' },
    ],
  };
}
