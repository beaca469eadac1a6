import { printable, UserError } from '../common/errors.ts';

export const EXIT_FAILURE = 100;

/** The Perl tool's rules: -q silences stderr, -z turns every exit code into 0. */
export interface ExitPolicy {
  quiet: boolean;
  zero: boolean;
}

export function warn(policy: ExitPolicy, message: string): void {
  if (!policy.quiet) process.stderr.write(`openvpn-db-log: ${message}\n`);
}

export function setExitCode(policy: ExitPolicy, code: number): void {
  process.exitCode = policy.zero ? 0 : code;
}

/** One line on stderr and exit code 100 (0 with -z). */
export function reportFailure(policy: ExitPolicy, error: unknown): void {
  warn(policy, oneLine(error));
  setExitCode(policy, EXIT_FAILURE);
}

function oneLine(error: unknown): string {
  return printable(error instanceof UserError ? error.message : describeUnexpected(error));
}


function describeUnexpected(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describeUnexpected(error.errors[0]);
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return `${error.message || error.name}${typeof code === 'string' && !error.message.includes(code) ? ` (${code})` : ''}`;
  }
  return String(error);
}
