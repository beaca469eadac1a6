import { CommanderError } from '@commander-js/extra-typings';
import { UserError } from '../common/errors.ts';
import { authEventsCommand } from './commands/auth-events.ts';
import { closeStaleCommand } from './commands/close-stale.ts';
import { drainCommand } from './commands/drain.ts';
import { watchCommand } from './commands/watch.ts';
import { ecsCommand } from './commands/ecs.ts';
import { exportCommand } from './commands/export.ts';
import { hookCommand } from './commands/hook.ts';
import { migrateCommand } from './commands/migrate.ts';
import { pruneCommand } from './commands/prune.ts';
import { geoBackfillCommand } from './commands/geo-backfill.ts';
import { refreshStatsCommand } from './commands/refresh-stats.ts';
import { reportCommand } from './commands/report.ts';
import { sessionsCommand } from './commands/sessions.ts';
import { statsCommand } from './commands/stats.ts';
import { reportFailure } from './exit-policy.ts';
import { exitPolicy } from './options.ts';

/**
 * The CLI. Each command's module is imported only when that command runs, so
 * the hook path does not load history, migrations or formatting code.
 */
export async function main(argv: string[]): Promise<void> {
  endQuietlyWhenReaderLeaves(process.stdout);
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError && error.exitCode === 0) return;
    const failure = error instanceof CommanderError ? new UserError(error.message.replace(/^error: /, '')) : error;
    reportFailure(exitPolicy(scanExitFlags(argv)), failure);
  }
}

function buildProgram() {
  return hookCommand()
    .addCommand(closeStaleCommand())
    .addCommand(migrateCommand())
    .addCommand(drainCommand())
    .addCommand(sessionsCommand())
    .addCommand(statsCommand())
    .addCommand(reportCommand())
    .addCommand(refreshStatsCommand())
    .addCommand(pruneCommand())
    .addCommand(watchCommand())
    .addCommand(geoBackfillCommand())
    .addCommand(ecsCommand())
    .addCommand(authEventsCommand())
    .addCommand(exportCommand());
}

/** Parse errors happen before commander knows -q/-z, yet the Perl rules still apply to them. */
function scanExitFlags(argv: string[]): { quiet: boolean; zero: boolean } {
  const shortFlags = argv.filter((arg) => /^-[A-Za-z]+$/.test(arg)).join('');
  return {
    quiet: argv.includes('--quiet') || shortFlags.includes('q'),
    zero: argv.includes('--zero') || shortFlags.includes('z'),
  };
}

/**
 * A reader that went away (`openvpn-db-log --help | head -1`) ends the output,
 * as it does for git; without a listener Node turns EPIPE into a stack trace.
 * Listings also notice it and stop querying (format/output.ts).
 */
function endQuietlyWhenReaderLeaves(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`openvpn-db-log: cannot write to standard output: ${error.message}\n`);
  });
}
