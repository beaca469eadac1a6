import { UserError } from '../common/errors.ts';
import { resolveConnection } from '../db/connection-options.ts';
import { usingDatabase } from '../db/open-database.ts';
import { backfillCountries } from '../geo/backfill.ts';
import { embeddedGeoipPath } from '../geo/embedded.ts';
import { type RawSessionFilter, parseSessionFilter, resolveSessionFilter } from '../history/session-filter.ts';
import { reportFailure, warn } from './exit-policy.ts';
import { applyEnvOptions, databaseFlags, exitPolicy, type RawDatabaseOptions } from './options.ts';

export interface GeoBackfillCommandOptions extends RawDatabaseOptions, RawSessionFilter {
  geoip?: string;
  local?: boolean;
  quiet?: boolean;
  zero?: boolean;
}

export async function runGeoBackfillCommand(options: GeoBackfillCommandOptions): Promise<void> {
  const policy = exitPolicy(options);
  try {
    applyEnvOptions(options.env);
    const filter = parseSessionFilter(options, {
      now: Math.floor(Date.now() / 1000),
      zone: options.local ? 'local' : 'utc',
    });
    if (options.geoip === '') throw new UserError('invalid --geoip "": expected an MMDB file');
    const geoipPath = options.geoip ?? embeddedGeoipPath();
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    const result = await usingDatabase(connection, async (handle) => {
      const resolved = await resolveSessionFilter(handle.db, handle.backend, filter);
      return backfillCountries(handle, resolved, geoipPath);
    });
    process.stdout.write(
      `geo-backfill: ${result.filled} of ${result.examined} session(s) without a country now have one` +
        (result.examined > result.filled ? ' (the others have a private or unknown address)\n' : '\n'),
    );
  } catch (error) {
    reportFailure(policy, error);
  }
}
