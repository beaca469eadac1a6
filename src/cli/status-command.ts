import { instanceFrom } from '../common/session.ts';
import type { RejectedStatusLine } from '../openvpn/status-client.ts';
import { applyStatus } from '../sessions/apply-status.ts';
import { resolveConnection } from '../db/connection-options.ts';
import { usingDatabase, withRetries } from '../db/open-database.ts';
import { type ExitPolicy, reportFailure, setExitCode, warn } from './exit-policy.ts';
import type { HookCommandOptions } from './hook-command.ts';
import { applyEnvOptions, databaseFlags, exitPolicy } from './options.ts';
import { checkStatusAge, readStatus, type StatusInputOptions } from './status-input.ts';

export interface StatusCommandOptions extends HookCommandOptions, StatusInputOptions {
  closeMissing?: boolean;
  staleGrace: number;
}

/** Exit code = rejected client lines, capped below the fatal 100 (the Perl tool's rule). */
const MAX_REJECTED_CODE = 99;

export async function runStatusCommand(options: StatusCommandOptions): Promise<void> {
  const policy = exitPolicy(options);
  try {
    const instance = instanceFrom(options);
    applyEnvOptions(options.env);
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    const snapshot = await readStatus(options, connection.timeoutSeconds);
    checkStatusAge(snapshot, options.statusAge);
    const result = await usingDatabase(connection, (handle) =>
      withRetries(handle, () =>
        applyStatus(handle, instance, snapshot, {
          needSuccess: options.statusNeedSuccess === true,
          createMissing: options.updateCreate === true,
          closeMissing: options.closeMissing === true,
          staleGraceSeconds: options.staleGrace,
        }),
      ),
    );
    explain(policy, options.statusInfo, result.rejected, 'rejected');
    explain(policy, options.statusInfo, result.skipped, 'skipped');
    if (options.statusInfo > 0) {
      warn(
        policy,
        `status ${snapshot.time}: ${result.updated} updated, ${result.unchanged} unchanged, ${result.created} created, ` +
          `${result.closed} closed as stale, ${result.skipped.length} skipped, ${result.rejected.length} rejected`,
      );
    }
    setExitCode(policy, Math.min(result.rejected.length, MAX_REJECTED_CODE));
  } catch (error) {
    reportFailure(policy, error);
  }
}

/** -I: the reason for each line; -I -I: the line as well. */
function explain(policy: ExitPolicy, verbosity: number, lines: RejectedStatusLine[], what: string): void {
  if (verbosity < 1) return;
  for (const line of lines) {
    warn(policy, `line ${line.lineNumber} ${what}: ${line.reason}`);
    if (verbosity >= 2) warn(policy, `  ${JSON.stringify(line.line)}`);
  }
}
