import ipaddr from 'ipaddr.js';
import { ipFamily } from '../common/ip.ts';
import { embeddedGeoipPath } from './embedded.ts';
import { countryOfRecord, MmdbFile } from './mmdb-country.ts';

/**
 * Only public unicast addresses have a country: private, loopback, link-local,
 * carrier-grade NAT, documentation and other reserved ranges are nobody's.
 * An IPv4-mapped IPv6 address is looked up as the IPv4 address it carries.
 */
export function publicIp(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  // ipFamily picks the family, so ipaddr parses with that family's grammar
  // only: its parse() tries the IPv6 grammar first, which cost an IPv4 hook's
  // first lookup up to 1 ms (bench:geo).
  const family = ipFamily(address);
  if (family === null) return null;
  let parsed: ipaddr.IPv4 | ipaddr.IPv6 = family === 4 ? ipaddr.IPv4.parse(address) : ipaddr.IPv6.parse(address);
  if (parsed instanceof ipaddr.IPv6 && parsed.isIPv4MappedAddress()) parsed = parsed.toIPv4Address();
  return parsed.range() === 'unicast' ? parsed : null;
}

/** The public address as text, or null (see publicIp). */
export function publicAddress(address: string): string | null {
  return publicIp(address)?.toString() ?? null;
}

/**
 * One open database for the lookups of one process. A file that cannot be
 * opened or read costs one warning, and every lookup then answers null, so
 * the session is still logged without a country.
 */
export class CountryLookup {
  private file: MmdbFile | null | undefined;
  private warned = false;

  private path: string | null;

  /** `path` null: the embedded database. */
  constructor(
    path: string | null,
    private readonly warn: (message: string) => void,
  ) {
    this.path = path;
  }

  country(address: string): string | null {
    const lookupAddress = publicIp(address);
    if (lookupAddress === null) return null;
    const file = this.open();
    if (!file) return null;
    try {
      return countryOfRecord(file.get(lookupAddress.toByteArray()));
    } catch (error) {
      this.warnOnce(`cannot read GeoIP database ${this.path} (${errorText(error)}): sessions are logged without a country`);
      return null;
    }
  }

  close(): void {
    this.file?.close();
    this.file = null;
  }

  private open(): MmdbFile | null {
    if (this.file !== undefined) return this.file;
    this.path ??= embeddedGeoipPath();
    try {
      this.file = new MmdbFile(this.path);
    } catch (error) {
      this.file = null;
      this.warnOnce(
        `cannot open GeoIP database --geoip ${this.path} (${errorText(error)}): expected a readable MMDB file; sessions are logged without a country`,
      );
    }
    return this.file;
  }

  private warnOnce(message: string): void {
    if (this.warned) return;
    this.warned = true;
    this.warn(message);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
