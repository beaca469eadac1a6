import { instanceFrom, type RawInstanceOptions } from '../common/session.ts';
import { UserError } from '../common/errors.ts';
import { closeStale } from '../sessions/apply-status.ts';
import { describeTarget, resolveConnection } from '../db/connection-options.ts';
import { usingDatabase, withRetries } from '../db/open-database.ts';
import { reportFailure, warn } from './exit-policy.ts';
import {
  applyEnvOptions,
  databaseFlags,
  exitPolicy,
  type RawDatabaseOptions,
} from './options.ts';
import { readStatus, type StatusInputOptions } from './status-input.ts';

export interface CloseStaleOptions extends RawDatabaseOptions, RawInstanceOptions, StatusInputOptions {
  allOpen?: boolean;
  staleGrace: number;
  quiet?: boolean;
  zero?: boolean;
}

export async function runCloseStaleCommand(options: CloseStaleOptions): Promise<void> {
  const policy = exitPolicy(options);
  try {
    const fromStatus = options.statusFile !== undefined || options.management !== undefined;
    if (fromStatus === (options.allOpen === true)) {
      throw new UserError('close-stale needs exactly one of --status-file FILE, --management ADDRESS or --all-open');
    }
    const instance = instanceFrom(options);
    applyEnvOptions(options.env);
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    const scope = fromStatus
      ? { snapshot: await readStatus(options, connection.timeoutSeconds), staleGraceSeconds: options.staleGrace }
      : 'all-open';
    const closed = await usingDatabase(connection, (handle) => withRetries(handle, () => closeStale(handle, instance, scope)));
    process.stdout.write(`${describeTarget(connection)}: closed ${closed} stale session(s)\n`);
  } catch (error) {
    reportFailure(policy, error);
  }
}
