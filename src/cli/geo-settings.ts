import { UserError } from '../common/errors.ts';
import type { GeoSettings } from '../geo/connect-geo.ts';
import { parseCountryList, splitCommandLine } from '../geo/unexpected-country.ts';

export interface RawGeoOptions {
  /** false: --no-geoip. */
  geoip?: string | boolean;
  expectCountry?: string;
  expectCountryFile?: string;
  onUnexpectedCountry?: string;
}

/**
 * The writers' GeoIP settings; null when --no-geoip turns the lookup off.
 * The --expect-country-file is only named here: the process that writes a
 * connect reads it, when the login's country is known.
 */
export function geoSettings(raw: RawGeoOptions): GeoSettings | null {
  const expected = raw.expectCountry === undefined ? null : parseCountryList(raw.expectCountry, '--expect-country');
  const file = raw.expectCountryFile ?? null;
  if (file === '') throw new UserError('invalid --expect-country-file "": expected a file of common names and their countries');
  const command =
    raw.onUnexpectedCountry === undefined ? null : splitCommandLine(raw.onUnexpectedCountry, '--on-unexpected-country');
  if (command && !expected && file === null) {
    throw new UserError(
      'invalid option --on-unexpected-country without --expect-country or --expect-country-file: expected which countries are expected, and what to run otherwise',
    );
  }
  if (raw.geoip === false) {
    const given = [expected && '--expect-country', file !== null && '--expect-country-file'].filter(Boolean).join(' ');
    if (given) throw new UserError(`invalid options --no-geoip ${given}: expected a country database to check logins against`);
    return null;
  }
  if (raw.geoip === '') throw new UserError('invalid --geoip "": expected an MMDB file');
  const rule = expected || file !== null ? { expected, file, command } : null;
  return { geoipPath: typeof raw.geoip === 'string' ? raw.geoip : null, rule };
}
