import { type InsertQueryBuilder, type Kysely, sql } from 'kysely';
import type { Backend } from './backend.ts';
import type { Database } from './database.ts';
import type { DatabaseHandle } from './open-database.ts';

/**
 * INSERT that silently keeps the existing row when a unique key matches.
 * MySQL's INSERT IGNORE would also swallow truncation and other errors, so
 * it gets the no-op ON DUPLICATE KEY UPDATE instead.
 */
export function ignoringDuplicates<DB, TB extends keyof DB, O>(
  backend: Backend,
  query: InsertQueryBuilder<DB, TB, O>,
): InsertQueryBuilder<DB, TB, O> {
  switch (backend) {
    case 'sqlite':
    case 'postgres':
      return query.onConflict((conflict) => conflict.doNothing());
    case 'mysql':
      return query.onDuplicateKeyUpdate({ id: sql`id` } as never);
    default:
      return backend satisfies never;
  }
}

export interface CounterUpdate {
  id: bigint;
  duration: number;
  bytesIn: bigint;
  bytesOut: bigint;
}

/**
 * Rows per UPDATE. The values travel as a few array or JSON parameters of about 40 bytes a row. MySQL: 25 000
 * rows are 1 MB, under its smallest default max_allowed_packet (4 MB), and measured a little faster on MariaDB than
 * 5 000 rows each. PostgreSQL builds a hash of all the instance's open sessions for each statement to join its rows
 * with: one statement of 100 000 rows measured about 10 % faster than four of 25 000.
 */
const COUNTER_CHUNK: Record<Exclude<Backend, 'sqlite'>, number> = { postgres: 100_000, mysql: 25_000 };

/**
 * Sets duration and byte counters of many open sessions, inside the caller's transaction `db`. A server gets a
 * handful of parameters per statement: the new values travel as arrays (PostgreSQL) or one JSON document (MySQL)
 * and are joined by id. Both are written as text by hand: the counters are bigints, and node-postgres would
 * otherwise quote and escape every array element on its own. SQLite, in the process, runs one prepared UPDATE per
 * row on the connection the transaction holds: 110–130 ms of CPU for 100 000 rows, against 200–250 ms for one
 * statement joining a JSON document (which SQLite parses again for every column it reads).
 */
export async function updateCounters(handle: DatabaseHandle, db: Kysely<Database>, rows: CounterUpdate[]): Promise<void> {
  const backend = handle.backend;
  if (backend === 'sqlite') {
    if (handle.sqlite === null) throw new Error('an SQLite database handle without its connection');
    const update = handle.sqlite.prepare('update session set duration = ?, bytes_in = ?, bytes_out = ? where id = ? and disconnect_time is null');
    for (const row of rows) update.run(row.duration, row.bytesIn, row.bytesOut, row.id);
    return;
  }
  const chunk = COUNTER_CHUNK[backend];
  for (let start = 0; start < rows.length; start += chunk) {
    await updateCounterChunk(backend, db, rows.slice(start, start + chunk));
  }
}

async function updateCounterChunk(backend: Exclude<Backend, 'sqlite'>, db: Kysely<Database>, rows: CounterUpdate[]): Promise<void> {
  switch (backend) {
    case 'postgres':
      await sql`update session as s set duration = v.duration, bytes_in = v.bytes_in, bytes_out = v.bytes_out
        from unnest(cast(${arrayLiteral(rows.map((r) => r.id))} as bigint[]), cast(${arrayLiteral(rows.map((r) => r.duration))} as integer[]),
                    cast(${arrayLiteral(rows.map((r) => r.bytesIn))} as bigint[]), cast(${arrayLiteral(rows.map((r) => r.bytesOut))} as bigint[]))
          as v(id, duration, bytes_in, bytes_out)
        where s.id = v.id and s.disconnect_time is null`.execute(db);
      return;
    case 'mysql':
      await sql`update session as s join json_table(${countersJson(rows)}, '$[*]' columns (
          id bigint unsigned path '$[0]', duration int path '$[1]',
          bytes_in bigint unsigned path '$[2]', bytes_out bigint unsigned path '$[3]')) as v on s.id = v.id
        set s.duration = v.duration, s.bytes_in = v.bytes_in, s.bytes_out = v.bytes_out
        where s.disconnect_time is null`.execute(db);
      return;
    default:
      return backend satisfies never;
  }
}

/** PostgreSQL's array text form; integers need no quoting. */
function arrayLiteral(values: (bigint | number)[]): string {
  return `{${values.join(',')}}`;
}

function countersJson(rows: CounterUpdate[]): string {
  return `[${rows.map((r) => `[${r.id},${r.duration},${r.bytesIn},${r.bytesOut}]`).join(',')}]`;
}
