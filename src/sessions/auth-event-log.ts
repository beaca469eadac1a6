import { createHash } from 'node:crypto';
import type { AuthEvent, AuthOutcome } from '../common/auth-outcome.ts';
import type { Instance } from '../common/session.ts';
import { canonicalIp } from '../common/ip.ts';
import { ignoringDuplicates } from '../db/dialect-sql.ts';
import type { DatabaseHandle } from '../db/open-database.ts';
import { withRetries } from '../db/open-database.ts';
import { ensureInstanceId } from './session-log.ts';

const TEXT_LIMIT = 255;

/** Login outcomes per write: one INSERT, and one SELECT of their keys. */
export const AUTH_EVENT_BATCH = 500;

/** New auth_event rows of one write, per outcome. */
export type StoredAuthEvents = Record<AuthOutcome['outcome'], number>;

/**
 * Writes login outcomes; returns how many were new. The key hashes what the
 * row says, not the raw line, so the same line read twice and OpenVPN's two
 * AUTH_FAILED lines for one refusal ([UNDEF] and [cn]) are one row.
 */
export async function storeAuthEvents(handle: DatabaseHandle, instance: Instance, events: AuthEvent[]): Promise<StoredAuthEvents> {
  const stored: StoredAuthEvents = { success: 0, failure: 0 };
  if (events.length === 0) return stored;
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
  const known = await withRetries(handle, async () => {
    const keys = unique.map((row) => row.line_key);
    const found = await handle.db.selectFrom('auth_event').select('line_key').where('line_key', 'in', keys).execute();
    await ignoringDuplicates(handle.backend, handle.db.insertInto('auth_event').values(unique)).execute();
    return new Set(found.map((row) => row.line_key));
  });
  for (const row of unique) if (!known.has(row.line_key)) stored[row.outcome]++;
  return stored;
}

/** Column limits count characters; a cut never splits a surrogate pair. */
function clip(text: string): string {
  if (text.length <= TEXT_LIMIT) return text;
  return Array.from(text).slice(0, TEXT_LIMIT).join('');
}
