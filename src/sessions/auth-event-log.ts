import { createHash } from 'node:crypto';
import type { Instance } from '../common/session.ts';
import { canonicalIp } from '../common/ip.ts';
import { ignoringDuplicates } from '../db/dialect-sql.ts';
import type { DatabaseHandle } from '../db/open-database.ts';
import { withRetries } from '../db/open-database.ts';
import { ensureInstanceId } from './session-log.ts';

/** A login outcome as the server log told it (src/server-log reads it). */
export interface AuthEventInput {
  /** Unix seconds. */
  time: number;
  outcome: 'success' | 'failure';
  reason: string;
  cn: string | null;
  userName: string | null;
  ip: string | null;
  port: number | null;
}

const TEXT_LIMIT = 255;

/**
 * Writes login outcomes; returns how many were new. The key hashes what the
 * row says, not the raw line, so the same line read twice and OpenVPN's two
 * AUTH_FAILED lines for one refusal ([UNDEF] and [cn]) are one row.
 */
export async function storeAuthEvents(handle: DatabaseHandle, instance: Instance, events: AuthEventInput[]): Promise<number> {
  if (events.length === 0) return 0;
  const instanceId = await ensureInstanceId(handle, instance);
  const rows = events.map((event) => {
    const srcIp = event.ip === null ? null : (canonicalIp(event.ip) ?? null);
    const reason = clip(event.reason);
    const cn = event.cn === null ? null : clip(event.cn);
    const userName = event.userName === null ? null : clip(event.userName);
    const lineKey = createHash('sha256')
      .update(JSON.stringify([instanceId.toString(), event.time, event.outcome, reason, cn, userName, srcIp, event.port]))
      .digest('hex');
    return {
      instance_id: instanceId,
      event_time: event.time,
      outcome: event.outcome,
      reason,
      cn,
      user_name: userName,
      src_ip: srcIp,
      src_port: event.port,
      line_key: lineKey,
    };
  });
  // Duplicates within the batch go here: MySQL would count a row its own statement inserted and then kept as new.
  const unique = [...new Map(rows.map((row) => [row.line_key, row])).values()];
  // Counted by looking, not from the driver: MySQL reports a kept duplicate as a row found (mysql2 sets FOUND_ROWS).
  return withRetries(handle, async () => {
    const keys = unique.map((row) => row.line_key);
    const known = await handle.db.selectFrom('auth_event').select('line_key').where('line_key', 'in', keys).execute();
    await ignoringDuplicates(handle.backend, handle.db.insertInto('auth_event').values(unique)).execute();
    return unique.length - known.length;
  });
}

/** Column limits count characters; a cut never splits a surrogate pair. */
function clip(text: string): string {
  if (text.length <= TEXT_LIMIT) return text;
  return Array.from(text).slice(0, TEXT_LIMIT).join('');
}
