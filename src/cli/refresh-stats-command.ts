import { refreshStatsRollup } from '../history/refresh-rollup.ts';
import { describeTarget, resolveConnection } from '../db/connection-options.ts';
import { usingDatabase } from '../db/open-database.ts';
import { reportFailure, warn } from './exit-policy.ts';
import { formatTime } from './format/time.ts';
import { applyEnvOptions, databaseFlags, exitPolicy, type RawDatabaseOptions } from './options.ts';

export interface RefreshStatsCommandOptions extends RawDatabaseOptions {
  quiet?: boolean;
  zero?: boolean;
  rebuild?: boolean;
}

export async function runRefreshStatsCommand(options: RefreshStatsCommandOptions): Promise<void> {
  const policy = exitPolicy(options);
  try {
    applyEnvOptions(options.env);
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    const now = Math.floor(Date.now() / 1000);
    const refresh = await usingDatabase(connection, (handle) =>
      refreshStatsRollup(handle, { now, rebuild: options.rebuild === true }),
    );
    const { computed, stored } = refresh;
    process.stdout.write(
      `${describeTarget(connection)}: stats rollup now holds everything before ${formatTime(refresh.horizon, 'utc')}: ` +
        `${stored.day} days, ${stored.week} weeks, ${stored.month} months ` +
        `(${computed.day}, ${computed.week}, ${computed.month} of them computed now); ` +
        `${refresh.openSessions} open ${refresh.openSessions === 1 ? 'session' : 'sessions'} added when read\n`,
    );
  } catch (error) {
    reportFailure(policy, error);
  }
}
