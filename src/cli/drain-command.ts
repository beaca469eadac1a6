import { ensureSpoolDir } from '../spool/spool-dir.ts';
import { DEFAULT_SCHEMA_WAIT_SECONDS, Drainer } from '../spool/drainer.ts';
import { describeTarget, resolveConnection } from '../db/connection-options.ts';
import { EXIT_FAILURE, reportFailure, setExitCode, warn } from './exit-policy.ts';
import { geoSettings, type RawGeoOptions } from './geo-settings.ts';
import { applyEnvOptions, databaseFlags, exitPolicy, type RawDatabaseOptions } from './options.ts';

export interface DrainCommandOptions extends RawDatabaseOptions, RawGeoOptions {
  spool: string;
  watch?: boolean;
  /** Absent when a hook starts the drainer with its own options. */
  schemaWait?: number;
  quiet?: boolean;
  zero?: boolean;
}

/** Exit code = events moved to failed/, capped below the fatal 100 (as a status run counts rejected lines). */
const MAX_FAILED_CODE = 99;

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
      options.schemaWait ?? DEFAULT_SCHEMA_WAIT_SECONDS,
      geoSettings(options),
    );
    const { applied, failed, conflicts, gaveUp } = await drainer.run();
    if (applied + failed + conflicts > 0) {
      const parts = [`applied ${applied} event(s) to ${describeTarget(connection)}`];
      if (conflicts > 0) parts.push(`ignored ${conflicts} conflicting disconnect(s)`);
      if (failed > 0) parts.push(`moved ${failed} to ${options.spool}/failed/`);
      process.stdout.write(`${options.spool}: ${parts.join(', ')}\n`);
    }
    setExitCode(policy, gaveUp ? EXIT_FAILURE : Math.min(failed, MAX_FAILED_CODE));
  } catch (error) {
    reportFailure(policy, error);
  }
}
