import type { FailedLoginCount } from '../../history/auth-event-query.ts';
import type { Zone } from '../../history/time-spec.ts';
import type { Listing } from './listing.ts';
import { formatTime } from './time.ts';

/** One group of failed logins per row: a name, a source address or a UTC day. */
export function failedLoginListing(group: 'name' | 'ip' | 'day', zone: Zone): Listing<FailedLoginCount> {
  const field = group === 'name' ? 'cn' : group === 'ip' ? 'src_ip' : 'day';
  const keyText = (row: FailedLoginCount) =>
    row.key === null ? null : group === 'day' ? formatTime(Number(row.key), 'utc').slice(0, 10) : row.key;
  return {
    record: (row) => ({
      [field]: keyText(row),
      failures: row.failures,
      sources: row.sources,
      names: row.names,
      first: formatTime(row.first, zone),
      last: formatTime(row.last, zone),
    }),
    csv: [
      { name: field, value: keyText },
      { name: 'failures', value: (row) => String(row.failures) },
      { name: 'sources', value: (row) => String(row.sources) },
      { name: 'names', value: (row) => String(row.names) },
      { name: 'first', value: (row) => formatTime(row.first, zone) },
      { name: 'last', value: (row) => formatTime(row.last, zone) },
    ],
    table: () => [
      { header: group === 'name' ? 'NAME' : group === 'ip' ? 'SOURCE' : 'DAY (UTC)', align: 'left', cell: (row) => keyText(row) ?? '(unknown)' },
      { header: 'FAILURES', align: 'right', cell: (row) => String(row.failures) },
      { header: 'SOURCES', align: 'right', cell: (row) => String(row.sources) },
      { header: 'NAMES', align: 'right', cell: (row) => String(row.names) },
      { header: 'FIRST', align: 'left', cell: (row) => formatTime(row.first, zone) },
      { header: 'LAST', align: 'left', cell: (row) => formatTime(row.last, zone) },
    ],
  };
}
