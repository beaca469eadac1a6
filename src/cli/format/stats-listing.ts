import type { StatsGrouping, StatsRow } from '../../history/stats-query.ts';
import type { Zone } from '../../history/time-spec.ts';
import { humanBytes, humanDuration } from './human.ts';
import type { CsvColumn, Listing } from './listing.ts';
import type { JsonObject } from './json.ts';
import { describeInstance } from './session-listing.ts';
import type { TableColumn } from './table.ts';
import { formatTime } from './time.ts';

/**
 * One group per row: its key (cn; instance; period, start, end), then the
 * totals. users is left out per cn, where it is always 1.
 */
export function statsListing(grouping: StatsGrouping, zone: Zone): Listing<StatsRow> {
  const key = keyFields(grouping, zone);
  const withUsers = grouping !== 'cn';
  const totals = (row: StatsRow): JsonObject => ({
    sessions: row.sessions,
    ...(withUsers ? { users: row.users } : {}),
    active: row.active,
    duration: row.duration,
    bytes_in: row.bytesIn,
    bytes_out: row.bytesOut,
    peak: row.peak,
  });
  const totalColumns: CsvColumn<StatsRow>[] = [
    { name: 'sessions', value: (row) => String(row.sessions) },
    ...(withUsers ? [{ name: 'users', value: (row: StatsRow) => String(row.users) }] : []),
    { name: 'active', value: (row) => String(row.active) },
    { name: 'duration', value: (row) => String(row.duration) },
    { name: 'bytes_in', value: (row) => String(row.bytesIn) },
    { name: 'bytes_out', value: (row) => String(row.bytesOut) },
    { name: 'peak', value: (row) => String(row.peak) },
  ];
  const totalTable: TableColumn<StatsRow>[] = [
    { header: 'SESSIONS', align: 'right', cell: (row) => String(row.sessions) },
    ...(withUsers ? [{ header: 'USERS', align: 'right' as const, cell: (row: StatsRow) => String(row.users) }] : []),
    { header: 'ACTIVE', align: 'right', cell: (row) => String(row.active) },
    { header: 'TIME', align: 'right', cell: (row) => humanDuration(row.duration) },
    { header: 'IN', align: 'right', cell: (row) => humanBytes(row.bytesIn) },
    { header: 'OUT', align: 'right', cell: (row) => humanBytes(row.bytesOut) },
    { header: 'PEAK', align: 'right', cell: (row) => String(row.peak) },
  ];
  return {
    record: (row) => ({ ...key.record(row), ...totals(row) }),
    csv: [...key.csv, ...totalColumns],
    table: () => [...key.table, ...totalTable],
  };
}

interface KeyFields {
  record: (row: StatsRow) => JsonObject;
  csv: CsvColumn<StatsRow>[];
  table: TableColumn<StatsRow>[];
}

function keyFields(grouping: StatsGrouping, zone: Zone): KeyFields {
  switch (grouping) {
    case 'cn': {
      const cn = (row: StatsRow) => (row.grouping === 'cn' ? row.cn : '');
      return {
        record: (row) => ({ cn: cn(row) }),
        csv: [{ name: 'cn', value: cn }],
        table: [{ header: 'CN', align: 'left', cell: cn }],
      };
    }
    case 'instance': {
      const instance = (row: StatsRow) => (row.grouping === 'instance' ? row.instance : null);
      return {
        record: (row) => {
          const value = instance(row);
          return { instance: value === null ? null : { name: value.name, proto: value.protocol, port: value.port } };
        },
        csv: [
          { name: 'instance_name', value: (row) => instance(row)?.name ?? null },
          { name: 'instance_proto', value: (row) => instance(row)?.protocol ?? null },
          { name: 'instance_port', value: (row) => (instance(row) === null ? null : String(instance(row)?.port)) },
        ],
        table: [{ header: 'INSTANCE', align: 'left', cell: (row) => describeInstance(instance(row)) }],
      };
    }
    case 'country': {
      const country = (row: StatsRow) => (row.grouping === 'country' ? row.country : null);
      return {
        record: (row) => ({ country: country(row) }),
        csv: [{ name: 'country', value: country }],
        table: [{ header: 'COUNTRY', align: 'left', cell: (row) => country(row) ?? '(none)' }],
      };
    }
    case 'day':
    case 'week':
    case 'month': {
      const period = (row: StatsRow) => ('period' in row ? row.period : { label: '', start: 0, end: 0 });
      return {
        record: (row) => ({
          period: period(row).label,
          start: formatTime(period(row).start, zone),
          end: formatTime(period(row).end, zone),
        }),
        csv: [
          { name: 'period', value: (row) => period(row).label },
          { name: 'start', value: (row) => formatTime(period(row).start, zone) },
          { name: 'end', value: (row) => formatTime(period(row).end, zone) },
        ],
        table: [{ header: grouping.toUpperCase(), align: 'left', cell: (row) => period(row).label }],
      };
    }
    default:
      return grouping satisfies never;
  }
}
