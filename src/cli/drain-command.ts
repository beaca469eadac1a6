import { ensureSpoolDir } from '../spool/spool-dir.ts';
import { DEFAULT_SCHEMA_WAIT_SECONDS, Drainer } from '../spool/drainer.ts';
import { describeTarget, resolveConnection, targetIdentity } from '../db/connection-options.ts';
import { adoptDrainLock } from '../spool/drain-lock.ts';
import { hookQueueDir } from '../spool/hook-queue.ts';
import { EXIT_FAILURE, reportFailure, setExitCode, warn } from './exit-policy.ts';
import { geoSettings, type RawGeoOptions } from './geo-settings.ts';
import { applyEnvOptions, databaseFlags, exitPolicy, type RawDatabaseOptions } from './options.ts';

export interface DrainCommandOptions extends RawDatabaseOptions, RawGeoOptions {
  /** Absent in the drainer a -f or --defer hook starts: it drains that database's hook queue. */
  spool?: string;
  watch?: boolean;
  /** Absent when a hook starts the drainer with its own options. */
  schemaWait?: number;
  quiet?: boolean;
  zero?: boolean;
}

/** Exit code = events moved to failed/, capped below the fatal 100 (as a status run counts rejected lines). */
const MAX_FAILED_CODE = 99;

/** `drain`, and the drainer a hook starts, with the lock it was handed (`lockFd`). */
export async function runDrainCommand(options: DrainCommandOptions, lockFd: number | null = null): Promise<void> {
  const policy = exitPolicy(options);
  try {
    applyEnvOptions(options.env);
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    const dir = options.spool ?? hookQueueDir(targetIdentity(connection));
    ensureSpoolDir(dir);
    const drainer = new Drainer(
      dir,
      connection,
      options.watch === true,
      (message) => warn(policy, `drain ${dir}: ${message}`),
      options.schemaWait ?? DEFAULT_SCHEMA_WAIT_SECONDS,
      geoSettings(options),
      lockFd === null ? null : await adoptDrainLock(lockFd),
    );
    const { applied, failed, conflicts, gaveUp } = await drainer.run();
    if (applied + failed + conflicts > 0) {
      const parts = [`applied ${applied} event(s) to ${describeTarget(connection)}`];
      if (conflicts > 0) parts.push(`ignored ${conflicts} conflicting disconnect(s)`);
      if (failed > 0) parts.push(`moved ${failed} to ${dir}/failed/`);
      process.stdout.write(`${dir}: ${parts.join(', ')}\n`);
    }
    setExitCode(policy, gaveUp ? EXIT_FAILURE : Math.min(failed, MAX_FAILED_CODE));
  } catch (error) {
    reportFailure(policy, error);
  }
}
