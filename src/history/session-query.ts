import type { Selectable } from 'kysely';
import type { Db, SessionTable } from '../db/database.ts';
import { toBigInt, toNullableBigInt, toNullableNumber, toNumber } from '../db/int8.ts';
import type { Instance, Session } from '../common/session.ts';
import { type ResolvedFilter, sessionCondition } from './session-filter.ts';

/** active: not disconnected yet; stale: closed by crash recovery, not by OpenVPN; closed: disconnected. */
export type SessionState = 'active' | 'closed' | 'stale';

export interface HistorySession extends Omit<Session, 'instance'> {
  /** null only for a session whose instance row was deleted by hand. */
  instance: Instance | null;
  state: SessionState;
  /** ISO 3166-1 alpha-2 of the source address; null: private, unknown, or logged before countries were stored. */
  country: string | null;
}

const PAGE_SIZE = 1000;

type SessionRow = Pick<
  Selectable<SessionTable>,
  | 'id'
  | 'instance_id'
  | 'connect_time'
  | 'src_ip'
  | 'src_port'
  | 'cn'
  | 'vpn_ip4'
  | 'vpn_ip6'
  | 'disconnect_time'
  | 'duration'
  | 'bytes_in'
  | 'bytes_out'
  | 'end_reason'
  | 'country'
>;

/**
 * The matching sessions, newest first (connect_time, then id, descending),
 * in pages, so `--limit 0` over millions of rows streams instead of filling
 * memory. Pages continue after the last row seen (keyset), which every
 * backend answers from the same index as the first page.
 */
export async function* listSessions(
  db: Db,
  resolved: ResolvedFilter,
  options: { limit: number | null; pageSize?: number },
): AsyncGenerator<HistorySession[]> {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  let remaining = options.limit ?? Number.POSITIVE_INFINITY;
  let last: { connectTime: number; id: bigint } | null = null;
  while (remaining > 0) {
    const after: { connectTime: number; id: bigint } | null = last;
    const size = Math.min(pageSize, remaining);
    const rows: SessionRow[] = await db
      .selectFrom('session')
      .select([
        'id',
        'instance_id',
        'connect_time',
        'src_ip',
        'src_port',
        'cn',
        'vpn_ip4',
        'vpn_ip6',
        'disconnect_time',
        'duration',
        'bytes_in',
        'bytes_out',
        'end_reason',
        'country',
      ])
      .where((eb) => sessionCondition(eb, resolved))
      .$if(after !== null, (query) =>
        query.where((eb) =>
          eb.or([
            eb('connect_time', '<', after?.connectTime ?? 0),
            eb.and([eb('connect_time', '=', after?.connectTime ?? 0), eb('id', '<', after?.id ?? 0n)]),
          ]),
        ),
      )
      .orderBy('connect_time', 'desc')
      .orderBy('id', 'desc')
      .limit(size)
      .execute();
    const page: HistorySession[] = rows.map(
      (row): HistorySession => ({
        id: toBigInt(row.id),
        instance: resolved.instances.get(toBigInt(row.instance_id).toString()) ?? null,
        connectTime: toNumber(row.connect_time),
        srcIp: row.src_ip,
        srcPort: toNumber(row.src_port),
        cn: row.cn,
        vpnIp4: row.vpn_ip4,
        vpnIp6: row.vpn_ip6,
        disconnectTime: toNullableNumber(row.disconnect_time),
        duration: toNullableNumber(row.duration),
        bytesIn: toNullableBigInt(row.bytes_in),
        bytesOut: toNullableBigInt(row.bytes_out),
        state: row.disconnect_time === null ? 'active' : row.end_reason === 'stale' ? 'stale' : 'closed',
        country: row.country,
      }),
    );
    if (page.length > 0) yield page;
    const tail: HistorySession | undefined = page.at(-1);
    if (page.length < size || tail === undefined) return;
    last = { connectTime: tail.connectTime, id: tail.id };
    remaining -= page.length;
  }
}
