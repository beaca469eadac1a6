/**
 * Decodes values of an MMDB data section or metadata section, as the MaxMind DB
 * format specification (version 2.0) lays them out.
 *
 * Why our own and not mmdb-lib's Decoder: a hook decodes two small values, the
 * metadata and one country record, in a fresh process. Under bench:geo the
 * first use of mmdb-lib's decoder (compiling it, its cache, its type tables)
 * cost the hook about 1.8 ms of the 3 ms the whole lookup may take; this
 * decoder, which knows only what the format needs, is a fraction of that.
 * maxmind's Reader, built on mmdb-lib, still serves geo-backfill.
 */
export type MmdbValue = string | number | bigint | boolean | Buffer | MmdbValue[] | { [key: string]: MmdbValue };

const enum Type {
  Extended = 0,
  Pointer = 1,
  Utf8String = 2,
  Double = 3,
  Bytes = 4,
  Uint16 = 5,
  Uint32 = 6,
  Map = 7,
  Int32 = 8,
  Uint64 = 9,
  Uint128 = 10,
  Array = 11,
  DataCacheContainer = 12,
  EndMarker = 13,
  Boolean = 14,
  Float = 15,
}

/** The value at `offset` of `section` (a data or metadata section; pointers are relative to its start). */
export function decodeMmdbValue(section: Buffer, offset: number): MmdbValue {
  return decode(section, offset, 0).value;
}

interface Decoded {
  value: MmdbValue;
  /** Where the next value starts. */
  next: number;
}

/** Deeper than any real database nests; a corrupt file with pointer loops stops here. */
const MAX_DEPTH = 64;

function decode(section: Buffer, offset: number, depth: number): Decoded {
  if (depth > MAX_DEPTH) throw new Error('MMDB data nested too deeply (a corrupt file?)');
  const control = byteAt(section, offset++);
  let type: Type = control >> 5;
  if (type === Type.Pointer) {
    const { target, next } = pointer(section, control, offset);
    return { value: decode(section, target, depth + 1).value, next };
  }
  if (type === Type.Extended) type = 7 + byteAt(section, offset++);
  let size = control & 0x1f;
  if (size >= 29) {
    const extra = size - 28;
    const bytes = uintAt(section, offset, extra);
    offset += extra;
    size = extra === 1 ? 29 + bytes : extra === 2 ? 285 + bytes : 65_821 + bytes;
  }
  switch (type) {
    case Type.Utf8String:
      return { value: slice(section, offset, size).toString('utf8'), next: offset + size };
    case Type.Double:
      return { value: slice(section, offset, 8).readDoubleBE(0), next: offset + 8 };
    case Type.Float:
      return { value: slice(section, offset, 4).readFloatBE(0), next: offset + 4 };
    case Type.Bytes:
      return { value: slice(section, offset, size), next: offset + size };
    case Type.Uint16:
    case Type.Uint32:
      return { value: uintAt(section, offset, size), next: offset + size };
    case Type.Int32:
      // Shorter than 4 bytes, a signed integer is positive (the specification's rule).
      return { value: size === 4 ? slice(section, offset, 4).readInt32BE(0) : uintAt(section, offset, size), next: offset + size };
    case Type.Uint64:
    case Type.Uint128: {
      let value = 0n;
      for (const byte of slice(section, offset, size)) value = (value << 8n) | BigInt(byte);
      return { value, next: offset + size };
    }
    case Type.Boolean:
      return { value: size !== 0, next: offset };
    case Type.Map: {
      const map: { [key: string]: MmdbValue } = {};
      for (let i = 0; i < size; i++) {
        const key = decode(section, offset, depth + 1);
        if (typeof key.value !== 'string') throw new Error('MMDB map key is not a string (a corrupt file?)');
        const value = decode(section, key.next, depth + 1);
        map[key.value] = value.value;
        offset = value.next;
      }
      return { value: map, next: offset };
    }
    case Type.Array: {
      const array: MmdbValue[] = [];
      for (let i = 0; i < size; i++) {
        const item = decode(section, offset, depth + 1);
        array.push(item.value);
        offset = item.next;
      }
      return { value: array, next: offset };
    }
    default:
      throw new Error(`MMDB data of unknown type ${type} (a corrupt file?)`);
  }
}

/** A pointer's target: 11, 19, 27 or 32 bits, with the offsets the format adds to the longer forms. */
function pointer(section: Buffer, control: number, offset: number): { target: number; next: number } {
  const length = ((control >> 3) & 3) + 1;
  const low = control & 7;
  const bytes = uintAt(section, offset, length);
  const target =
    length === 1 ? (low << 8) | bytes
    : length === 2 ? ((low << 16) | bytes) + 2048
    : length === 3 ? low * 2 ** 24 + bytes + 526_336
    : bytes;
  return { target, next: offset + length };
}

function uintAt(section: Buffer, offset: number, length: number): number {
  let value = 0;
  for (const byte of slice(section, offset, length)) value = value * 256 + byte;
  return value;
}

function byteAt(section: Buffer, offset: number): number {
  const byte = section[offset];
  if (byte === undefined) throw new Error('MMDB data runs past its section (a corrupt file?)');
  return byte;
}

function slice(section: Buffer, offset: number, length: number): Buffer {
  if (offset + length > section.length) throw new Error('MMDB data runs past its section (a corrupt file?)');
  return section.subarray(offset, offset + length);
}
