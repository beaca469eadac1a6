import { instanceFrom } from '../common/session.ts';
import { applyStatus, type StatusBucket, type StatusLineOutcome } from '../sessions/apply-status.ts';
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
          outcomes: options.statusInfo > 0,
        }),
      ),
    );
    if (options.statusInfo > 0) {
      explain(policy, options.statusInfo, result.outcomes ?? [], snapshot.lineCount);
      warn(
        policy,
        `status ${snapshot.time}: ${snapshot.lineCount} lines: ${result.updated} updated, ${result.unchanged} unchanged, ` +
          `${result.created} created, ${result.reopened} reopened, ${result.closedAlready} closed already, ` +
          `${result.closedLater} closed later, ${result.skipped.length} skipped, ${result.rejected.length} rejected, ` +
          `${result.other} other; ${result.closed} open session(s) closed as stale`,
      );
    }
    setExitCode(policy, Math.min(result.rejected.length, MAX_REJECTED_CODE));
  } catch (error) {
    reportFailure(policy, error);
  }
}

/** Buckets of lines that went as expected: -I leaves them to the summary, -I -I names them too. */
const ROUTINE = new Set<StatusBucket>(['updated', 'unchanged', 'other']);

/**
 * -I: the bucket of each line that did not simply update (and why, where that needs saying); -I -I: every line's
 * bucket and the text of each client and rejected line. One write: a status of 100 000 clients is as many lines.
 */
function explain(policy: ExitPolicy, verbosity: number, outcomes: StatusLineOutcome[], lineCount: number): void {
  const byLine = new Map(outcomes.map((outcome) => [outcome.lineNumber, outcome]));
  const text: string[] = [];
  for (let number = 1; number <= lineCount; number++) {
    const outcome = byLine.get(number) ?? { bucket: 'other' as const, reason: undefined, line: undefined };
    if (verbosity < 2 && ROUTINE.has(outcome.bucket)) continue;
    text.push(`line ${number} ${outcome.bucket}${outcome.reason === undefined ? '' : `: ${outcome.reason}`}`);
    if (verbosity >= 2 && outcome.line !== undefined) text.push(`  ${JSON.stringify(outcome.line)}`);
  }
  if (text.length > 0) warn(policy, text.join('\nopenvpn-db-log: '));
}
