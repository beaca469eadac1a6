import { type InsertQueryBuilder, type RawBuilder, sql } from 'kysely';
import type { Backend } from './backend.ts';

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

/**
 * A bound integer inside an expression (CASE … THEN ?): PostgreSQL infers
 * such a parameter as text, so it gets an explicit type there.
 */
export function integerValue(backend: Backend, value: number | bigint): RawBuilder<number> {
  switch (backend) {
    case 'postgres':
      return sql<number>`cast(${value} as bigint)`;
    case 'sqlite':
    case 'mysql':
      return sql<number>`${value}`;
    default:
      return backend satisfies never;
  }
}
