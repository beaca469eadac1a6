import { type Kysely, sql } from 'kysely';
import type { Backend } from '../../src/db/backend.ts';
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

/**
 * Migration 006's session.country and 007's auth_event, created by hand
 * where the migrations have not been merged yet (with the columns the two
 * migrations are specified to add), so the report's sections are tested
 * either way. Returns what had to be created.
 */
export async function ensureCountryAndAuthSchema(handle: DatabaseHandle): Promise<string[]> {
  const db = handle.db as unknown as Kysely<unknown>;
  const tables = await handle.db.introspection.getTables();
  const created: string[] = [];
  const session = tables.find((table) => table.name === 'session');
  if (!session?.columns.some((column) => column.name === 'country')) {
    await sql`alter table session add column country varchar(2) null`.execute(db);
    created.push('session.country');
  }
  if (!tables.some((table) => table.name === 'auth_event')) {
    await sql`create table auth_event (
      id ${sql.raw(idColumn(handle.backend))},
      instance_id bigint not null,
      event_time bigint not null,
      outcome varchar(7) not null,
      reason varchar(255) null,
      cn varchar(255) null,
      user_name varchar(255) null,
      src_ip varchar(45) null,
      src_port integer null,
      line_key varchar(64) not null unique
    )`.execute(db);
    created.push('auth_event');
  }
  return created;
}

function idColumn(backend: Backend): string {
  switch (backend) {
    case 'sqlite':
      return 'integer primary key autoincrement';
    case 'postgres':
      return 'bigserial primary key';
    case 'mysql':
      return 'bigint auto_increment primary key';
    default:
      return backend satisfies never;
  }
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
