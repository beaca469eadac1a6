import { ensureSpoolDir } from '../spool/spool-dir.ts';
import { Drainer } from '../spool/drainer.ts';
import { describeTarget, resolveConnection } from '../db/connection-options.ts';
import { reportFailure, warn } from './exit-policy.ts';
import { geoSettings, type RawGeoOptions } from './geo-settings.ts';
import { applyEnvOptions, databaseFlags, exitPolicy, type RawDatabaseOptions } from './options.ts';

export interface DrainCommandOptions extends RawDatabaseOptions, RawGeoOptions {
  spool: string;
  watch?: boolean;
  quiet?: boolean;
  zero?: boolean;
}

export async function runDrainCommand(options: DrainCommandOptions): Promise<void> {
  const policy = exitPolicy(options);
  try {
    applyEnvOptions(options.env);
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    ensureSpoolDir(options.spool);
    const drainer = new Drainer(
      options.spool,
      connection,
      options.watch === true,
      (message) => warn(policy, `drain ${options.spool}: ${message}`),
      geoSettings(options),
    );
    const { applied, failed } = await drainer.run();
    if (applied + failed > 0) {
      process.stdout.write(
        `${options.spool}: applied ${applied} event(s) to ${describeTarget(connection)}` +
          (failed > 0 ? `, moved ${failed} to ${options.spool}/failed/\n` : '\n'),
      );
    }
  } catch (error) {
    reportFailure(policy, error);
  }
}
