import { UserError } from '../common/errors.ts';
import type { GeoSettings } from '../geo/connect-geo.ts';
import { parseCountryList, splitCommandLine } from '../geo/unexpected-country.ts';

export interface RawGeoOptions {
  /** false: --no-geoip. */
  geoip?: string | boolean;
  expectCountry?: string;
  onUnexpectedCountry?: string;
}

/** The writers' GeoIP settings; null when --no-geoip turns the lookup off. */
export function geoSettings(raw: RawGeoOptions): GeoSettings | null {
  const expected = raw.expectCountry === undefined ? null : parseCountryList(raw.expectCountry, '--expect-country');
  const command =
    raw.onUnexpectedCountry === undefined ? null : splitCommandLine(raw.onUnexpectedCountry, '--on-unexpected-country');
  if (command && !expected) {
    throw new UserError('invalid option --on-unexpected-country without --expect-country: expected both (which countries are expected, and what to run otherwise)');
  }
  if (raw.geoip === false) {
    if (expected) throw new UserError('invalid options --no-geoip --expect-country: expected a country database to check logins against');
    return null;
  }
  if (raw.geoip === '') throw new UserError('invalid --geoip "": expected an MMDB file');
  return { geoipPath: typeof raw.geoip === 'string' ? raw.geoip : null, rule: expected ? { expected, command } : null };
}
