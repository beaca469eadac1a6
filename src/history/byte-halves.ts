import { type RawBuilder, sql } from 'kysely';
import { toBigInt } from '../db/int8.ts';

/**
 * Byte totals are summed, and stored in the rollup, as two 32-bit halves:
 * SQLite's sum() raises on a 64-bit overflow, and a period's total of
 * counters near 2^63 exceeds 64 bits. The halves add up exactly everywhere.
 */
const LOW_HALF = 0xffffffffn;

export function highHalf(column: 'bytes_in' | 'bytes_out'): RawBuilder<unknown> {
  return sql`${sql.ref(column)} >> 32`;
}

export function lowHalf(column: 'bytes_in' | 'bytes_out'): RawBuilder<unknown> {
  return sql`${sql.ref(column)} & ${sql.lit(Number(LOW_HALF))}`;
}

export function joinHalves(high: bigint | number | string | null, low: bigint | number | string | null): bigint {
  return (toBigInt(high ?? 0) << 32n) + toBigInt(low ?? 0);
}

export function splitHalves(total: bigint): { high: bigint; low: bigint } {
  return { high: total >> 32n, low: total & LOW_HALF };
}
