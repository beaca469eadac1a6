/**
 * The one place where driver-specific integer representations become values:
 * bigint for ids and byte counters (which may exceed 2^53), number for times,
 * ports and durations (validated to be safe integers before they are written).
 */
export function toBigInt(value: bigint | number | string): bigint {
  return typeof value === 'bigint' ? value : BigInt(value);
}

export function toNumber(value: bigint | number | string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new RangeError(`integer ${String(value)} is too large for this field`);
  return number;
}

export function toNullableBigInt(value: bigint | number | string | null): bigint | null {
  return value === null ? null : toBigInt(value);
}

export function toNullableNumber(value: bigint | number | string | null): number | null {
  return value === null ? null : toNumber(value);
}
