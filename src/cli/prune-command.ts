import { countPrunable, pruneSessions } from '../history/prune.ts';
import { parseDurationSpec } from '../history/time-spec.ts';
import { describeTarget, resolveConnection } from '../db/connection-options.ts';
import { usingDatabase } from '../db/open-database.ts';
import { reportFailure, warn } from './exit-policy.ts';
import { formatTime } from './format/time.ts';
import { applyEnvOptions, databaseFlags, exitPolicy, type RawDatabaseOptions } from './options.ts';

export interface PruneCommandOptions extends RawDatabaseOptions {
  quiet?: boolean;
  zero?: boolean;
  olderThan: string;
  dryRun?: boolean;
  local?: boolean;
}

export async function runPruneCommand(options: PruneCommandOptions): Promise<void> {
  const policy = exitPolicy(options);
  try {
    applyEnvOptions(options.env);
    const cutoff = Math.floor(Date.now() / 1000) - parseDurationSpec(options.olderThan, '--older-than');
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    const count = await usingDatabase(connection, (handle) =>
      options.dryRun ? countPrunable(handle, cutoff) : pruneSessions(handle, cutoff),
    );
    const before = formatTime(cutoff, options.local ? 'local' : 'utc');
    process.stdout.write(
      `${describeTarget(connection)}: ${options.dryRun ? 'would delete' : 'deleted'} ${count} ${count === 1 ? 'session' : 'sessions'} that ended before ${before}\n`,
    );
  } catch (error) {
    reportFailure(policy, error);
  }
}
