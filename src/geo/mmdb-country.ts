import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { decodeMmdbValue, type MmdbValue } from './mmdb-data.ts';

/**
 * Looks up one address in an MMDB file by reading only what the lookup needs.
 *
 * Why not maxmind's Reader here: it wants the whole file in a Buffer, and the
 * embedded DB-IP country database is 8 MB, almost all search tree. Reading it
 * cost the hook 1.6 ms at best and over 3 ms under load (docs/geo.md). A lookup
 * visits at most 128 tree nodes of 6-8 bytes, so this reads the metadata at the
 * end of the file, the 4 KiB blocks holding the nodes on the address's path,
 * and the data section (1.5 KB in the country databases), decoded by ./mmdb-data.ts.
 * For many lookups (geo-backfill) maxmind's Reader over the whole file is faster.
 */
export class MmdbFile {
  private readonly fd: number;
  private readonly size: number;
  private readonly metadata: TreeLayout;
  private readonly blocks = new Map<number, Buffer>();
  private dataSection: Buffer | undefined;
  private ipv4Start: number | undefined;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'r');
    try {
      this.size = fstatSync(this.fd).size;
      this.metadata = treeLayout(this.readMetadata(), path);
    } catch (error) {
      closeSync(this.fd);
      throw error;
    }
  }

  close(): void {
    closeSync(this.fd);
  }

  /** The record stored for the address (its 4 or 16 bytes), or null where the database has none. */
  get(bytes: readonly number[]): unknown {
    const { nodeCount, ipVersion } = this.metadata;
    if (bytes.length === 16 && ipVersion === 4) return null;
    let node = bytes.length === 4 ? this.ipv4StartNode() : 0;
    const bits = bytes.length * 8;
    for (let depth = 0; depth < bits && node < nodeCount; depth++) {
      const bit = (bytes[depth >> 3]! >> (7 - (depth & 7))) & 1;
      node = this.record(node, bit);
    }
    if (node <= nodeCount) return null;
    return decodeMmdbValue(this.data(), node - nodeCount - 16);
  }

  /** IPv4 addresses live under ::/96 of an IPv6 tree: 96 left turns from the root. */
  private ipv4StartNode(): number {
    if (this.ipv4Start !== undefined) return this.ipv4Start;
    let node = 0;
    if (this.metadata.ipVersion === 6) {
      for (let i = 0; i < 96 && node < this.metadata.nodeCount; i++) node = this.record(node, 0);
    }
    this.ipv4Start = node;
    return node;
  }

  private record(node: number, bit: number): number {
    const { nodeByteSize, recordSize } = this.metadata;
    const at = node * nodeByteSize;
    const b = this.bytes(at, nodeByteSize);
    switch (recordSize) {
      case 24:
        return bit ? (b[3]! << 16) | (b[4]! << 8) | b[5]! : (b[0]! << 16) | (b[1]! << 8) | b[2]!;
      case 28:
        return bit
          ? ((b[3]! & 0x0f) * 2 ** 24) + ((b[4]! << 16) | (b[5]! << 8) | b[6]!)
          : ((b[3]! >> 4) * 2 ** 24) + ((b[0]! << 16) | (b[1]! << 8) | b[2]!);
      case 32:
        return bit ? b.readUInt32BE(4) : b.readUInt32BE(0);
      default:
        throw new Error(`${this.path}: unsupported MMDB record size ${recordSize}`);
    }
  }

  /** `length` bytes at `at` of the search tree, through a cache of 4 KiB blocks (a path shares the top ones). */
  private bytes(at: number, length: number): Buffer {
    const block = Math.floor(at / BLOCK);
    const inBlock = at - block * BLOCK;
    if (inBlock + length > BLOCK) return this.read(at, length);
    let cached = this.blocks.get(block);
    if (!cached) {
      cached = this.read(block * BLOCK, Math.min(BLOCK, this.size - block * BLOCK));
      this.blocks.set(block, cached);
    }
    if (inBlock + length > cached.length) throw new Error(`${this.path}: the MMDB search tree is cut short`);
    return cached.subarray(inBlock, inBlock + length);
  }

  private data(): Buffer {
    if (!this.dataSection) {
      const start = this.metadata.searchTreeSize + 16;
      if (this.metadataStart < start) throw new Error(`${this.path}: the MMDB data section is missing`);
      this.dataSection = this.read(start, this.metadataStart - start);
    }
    return this.dataSection;
  }

  private metadataStart = 0;

  /** The metadata map after the marker: at most 128 KiB at the end of the file, a few hundred bytes in practice. */
  private readMetadata(): MmdbValue {
    for (const span of [4096, 128 * 1024]) {
      const length = Math.min(span, this.size);
      const tail = this.read(this.size - length, length);
      const marker = tail.lastIndexOf(METADATA_MARKER);
      if (marker >= 0) {
        this.metadataStart = this.size - length + marker;
        return decodeMmdbValue(tail.subarray(marker + METADATA_MARKER.length), 0);
      }
      if (length === this.size) break;
    }
    throw new Error(`${this.path}: not an MMDB file (no metadata marker at its end)`);
  }

  private read(at: number, length: number): Buffer {
    const buffer = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, buffer, done, length - done, at + done);
      if (n === 0) break;
      done += n;
    }
    return done === length ? buffer : buffer.subarray(0, done);
  }
}

/** What a lookup needs of the metadata. */
interface TreeLayout {
  nodeCount: number;
  recordSize: number;
  nodeByteSize: number;
  searchTreeSize: number;
  ipVersion: number;
}

function treeLayout(metadata: MmdbValue, path: string): TreeLayout {
  const fields = (typeof metadata === 'object' && metadata !== null ? metadata : {}) as { [key: string]: unknown };
  const { node_count: nodeCount, record_size: recordSize, ip_version: ipVersion } = fields;
  if (typeof nodeCount !== 'number' || typeof recordSize !== 'number' || (ipVersion !== 4 && ipVersion !== 6)) {
    throw new Error(`${path}: MMDB metadata without node_count, record_size and ip_version 4 or 6`);
  }
  const nodeByteSize = recordSize / 4;
  return { nodeCount, recordSize, nodeByteSize, searchTreeSize: nodeCount * nodeByteSize, ipVersion };
}

const BLOCK = 4096;
const METADATA_MARKER = Buffer.from('abcdef4d61784d696e642e636f6d', 'hex');

/** The ISO 3166-1 alpha-2 code of a record: MaxMind's country.iso_code (Country and City) or ip-location-db's country_code. */
export function countryOfRecord(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const fields = record as { country?: { iso_code?: unknown }; country_code?: unknown };
  const code = fields.country?.iso_code ?? fields.country_code;
  return typeof code === 'string' && /^[A-Za-z]{2}$/.test(code) ? code.toUpperCase() : null;
}
