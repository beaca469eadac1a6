import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { ResolvedFilter } from '../history/session-filter.ts';
import { type HistorySession, listSessions } from '../history/session-query.ts';
import { sessionEvent } from './session-ecs.ts';

/**
 * The matching sessions as ECS documents, one NDJSON line each, in pages
 * of the session listing's keyset: memory stays flat at any count
 * (`npm run bench:ecs` measures the peak at 1 000 000 sessions).
 * Countries come from session.country once migration 006 has added it.
 */
export async function* exportSessionsEcs(db: Db, resolved: ResolvedFilter): AsyncGenerator<string> {
  const hasCountry = (await db.introspection.getTables()).some(
    (table) => table.name === 'session' && table.columns.some((column) => column.name === 'country'),
  );
  for await (const page of listSessions(db, resolved, { limit: null })) {
    const countries = hasCountry ? await countriesOf(db, page) : new Map<string, string>();
    let text = '';
    for (const session of page) text += `${JSON.stringify(sessionEvent(session, countries.get(String(session.id)) ?? null))}\n`;
    yield text;
  }
}

async function countriesOf(db: Db, page: HistorySession[]): Promise<Map<string, string>> {
  const ids = page.map((session) => session.id.toString());
  const rows = await sql<{ id: string | number | bigint; country: string | null }>`select id, country from session where id in (${sql.join(ids.map((id) => sql.lit(id)))})`.execute(db);
  return new Map(rows.rows.filter((row) => row.country !== null).map((row) => [String(row.id), row.country!]));
}
