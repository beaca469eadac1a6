import type { Kysely } from 'kysely';
import type { DatabaseHandle } from '../../src/db/open-database.ts';

/** Big integers as their digits, so a test sees exactly what was written. */
export function parseExact(text: string): unknown {
  return JSON.parse(text.replace(/(?<=[:\[,])(-?\d{16,})(?=[,}\]])/g, '"$1"'));
}

/** The data a report page carries in its <script type="application/json" id="report-data">. */
export function reportData(html: string): Record<string, unknown> {
  const match = /<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('the page has no report-data script');
  return parseExact(match[1]) as Record<string, unknown>;
}

export interface AuthEventRow {
  instance_id: number;
  event_time: number;
  outcome: 'success' | 'failure';
  reason: string | null;
  cn: string | null;
  user_name: string | null;
  src_ip: string | null;
  src_port: number | null;
  line_key: string;
}

export async function insertAuthEvents(handle: DatabaseHandle, rows: AuthEventRow[]): Promise<void> {
  const db = handle.db as unknown as Kysely<{ auth_event: AuthEventRow }>;
  for (const row of rows) await db.insertInto('auth_event').values(row).execute();
}

export async function setCountry(handle: DatabaseHandle, id: number, country: string | null): Promise<void> {
  const db = handle.db as unknown as Kysely<{ session: { id: number; country: string | null } }>;
  await db.updateTable('session').set({ country }).where('id', '=', id).execute();
}
