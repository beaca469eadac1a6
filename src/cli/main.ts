import { Command, CommanderError, Option } from 'commander';
import { UserError } from '../common/errors.ts';
import { reportFailure } from './exit-policy.ts';
import { addDatabaseOptions, addExitOptions, addInstanceOptions, exitPolicy, positiveInteger } from './options.ts';

declare const __VERSION__: string | undefined;

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

function buildProgram(): Command {
  const program = new Command('openvpn-db-log')
    .description(
      'Log OpenVPN sessions to SQLite, PostgreSQL or MySQL/MariaDB.\n' +
        'As client-connect/client-disconnect hook it reads the environment OpenVPN sets;\n' +
        'with -S it applies an OpenVPN status file to the sessions still connected.',
    )
    .version(typeof __VERSION__ === 'string' ? __VERSION__ : 'development', '--version')
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .argument('[connect-config-file]', 'the file OpenVPN appends to client-connect (accepted, left alone)')
    .option('-f, --fork', 'check options and environment, exit 0 and log in a detached process')
    .option('--defer', 'client-connect on OpenVPN 2.5+: let OpenVPN wait for the result while it serves other clients')
    .option('--spool <dir>', 'write the event to this directory and exit; a `drain` applies it to the database')
    .option('-C, --update-create', 'create a missing session on disconnect, db-update or status update');
  addExitOptions(program);
  addDatabaseOptions(program);
  addInstanceOptions(program);
  addStatusInputOptions(program)
    .option('-N, --status-need-success', 'commit nothing unless every client line matches')
    .option('-A, --status-age <seconds>', 'refuse a status older than this', positiveInteger('--status-age'))
    .option('-I, --status-info', 'explain rejected status lines (twice: also print them)', (_: unknown, n: number) => n + 1, 0)
    .option('--close-missing', 'also close open sessions the status no longer lists (see close-stale)')
    .action(async (_file: string | undefined, options) => {
      if (options.statusFile !== undefined || options.management !== undefined) {
        const { runStatusCommand } = await import('./status-command.ts');
        await runStatusCommand(options);
        return;
      }
      const { runHookCommand } = await import('./hook-command.ts');
      await runHookCommand(options);
    });

  const closeStale = program
    .command('close-stale')
    .description('close open sessions the server no longer knows: absent from a status, or --all-open (at server start)')
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .argument('[up-script-arguments...]', "what OpenVPN appends to an 'up' script (accepted, left alone)")
    .option('--all-open', "close every open session of the instance (an OpenVPN 'up' script at server start)");
  addExitOptions(closeStale);
  addDatabaseOptions(closeStale);
  addInstanceOptions(closeStale);
  addStatusInputOptions(closeStale).action(async (_upScriptArguments: string[], _options, command: Command) => {
    const { runCloseStaleCommand } = await import('./close-stale-command.ts');
    await runCloseStaleCommand(effectiveOptions(command));
  });

  const migrate = program
    .command('migrate')
    .description('create or upgrade the database schema (adopts a database made by the Perl openvpn-db-log)')
    .exitOverride()
    .configureOutput({ outputError: () => {} });
  addExitOptions(migrate);
  addDatabaseOptions(migrate).action(async (_options, command: Command) => {
    const { runMigrateCommand } = await import('./migrate-command.ts');
    await runMigrateCommand(effectiveOptions(command));
  });

  const drain = program
    .command('drain')
    .description('apply the events hooks wrote with --spool, in arrival order, then exit (or --watch)')
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .requiredOption('--spool <dir>', 'the spool directory the hooks write to')
    .option('--watch', 'keep running and apply new events as they arrive (for a systemd service)');
  addExitOptions(drain);
  addDatabaseOptions(drain).action(async (_options, command: Command) => {
    const { runDrainCommand } = await import('./drain-command.ts');
    await runDrainCommand(effectiveOptions(command));
  });

  const sessions = program
    .command('sessions')
    .description('list logged sessions, newest first')
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .option('--limit <n>', 'show at most this many sessions, 0 for all (default: 100)');
  addHistoryOptions(sessions);
  addExitOptions(sessions);
  addDatabaseOptions(sessions).action(async (_options, command: Command) => {
    const { runSessionsCommand } = await import('./sessions-command.ts');
    await runSessionsCommand(effectiveOptions(command));
  });

  const stats = program
    .command('stats')
    .description('sessions, users, connected time, traffic and peak concurrency per user, instance or period')
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .addOption(new Option('--by <group>', 'one row per').choices(['cn', 'day', 'week', 'month', 'instance']).default('cn'));
  addHistoryOptions(stats);
  addExitOptions(stats);
  addDatabaseOptions(stats).action(async (_options, command: Command) => {
    const { runStatsCommand } = await import('./stats-command.ts');
    await runStatsCommand(effectiveOptions(command));
  });

  const report = program
    .command('report')
    .description('write one self-contained HTML page of how the VPN is used: sessions, traffic, users, countries, failed logins')
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .requiredOption('--html <file>', 'the page to write (replaced whole), - for standard output')
    .option('--expect-country <codes>', 'countries logins are expected from, e.g. FI,SE (default: each user\'s usual one)', collect)
    .option('--top <n>', 'rows in the top-users tables (default 15)');
  addSessionFilterOptions(report)
    .option('--local', 'local time zone instead of UTC: days, printed times, TIME without offset')
    .addHelpText('after', `\nThe period is --since to --until, by default the 30 days up to now.${TIME_HELP}`);
  addExitOptions(report);
  addDatabaseOptions(report).action(async (_options, command: Command) => {
    const { runReportCommand } = await import('./report-command.ts');
    await runReportCommand(effectiveOptions(command));
  });

  const refresh = program
    .command('refresh-stats')
    .description('bring the precomputed totals that unfiltered stats --by day|week|month read up to date (for a timer)')
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .option('--rebuild', 'compute every period again from the sessions, after changing old sessions by hand');
  addExitOptions(refresh);
  addDatabaseOptions(refresh).action(async (_options, command: Command) => {
    const { runRefreshStatsCommand } = await import('./refresh-stats-command.ts');
    await runRefreshStatsCommand(effectiveOptions(command));
  });

  const prune = program
    .command('prune')
    .description('delete closed sessions that ended longer ago than --older-than, in small batches')
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .requiredOption('--older-than <duration>', 'age of the disconnect, such as 180d or 12w (units s, m, h, d, w)')
    .option('--dry-run', 'only count the sessions that would go')
    .option('--local', 'print the cutoff in the local zone instead of UTC');
  addExitOptions(prune);
  addDatabaseOptions(prune).action(async (_options, command: Command) => {
    const { runPruneCommand } = await import('./prune-command.ts');
    await runPruneCommand(effectiveOptions(command));
  });
  return program;
}

/** Filters and output options of `sessions` and `stats`; the command modules check the values. */
function addHistoryOptions(command: Command): Command {
  return addSessionFilterOptions(command)
    .option('--at <time>', 'sessions connected at that instant')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv', 'ndjson']).default('table'))
    .option('--local', 'local time zone instead of UTC: printed times, TIME without offset, periods')
    .addHelpText('after', TIME_HELP);
}

const TIME_HELP = '\nTIME: 2026-11-23, 2026-11-23T14:03:00Z (ISO 8601), 1795442580 (unix seconds), -4h, -30d, now.';

const collect = (value: string, previous: string[] = []) => [...previous, value];

function addSessionFilterOptions(command: Command): Command {
  return command
    .option('--cn <name>', 'sessions of this common name (repeatable)', collect)
    .option('--cn-like <pattern>', 'common name LIKE pattern: % any text, _ one character (repeatable)', collect)
    .option('--ip <address>', 'source address or network, e.g. 203.0.113.0/24 (repeatable)', collect)
    .option('--vpn-ip <address>', 'VPN address (IPv4 or IPv6) or network (repeatable)', collect)
    .option('--active', 'sessions not disconnected yet')
    .option('--since <time>', 'sessions still connected at or after that time')
    .option('--until <time>', 'sessions connected at or before that time')
    .option('--instance <name>', 'sessions of the instance with this name')
    .option('--instance-proto <proto>', 'sessions of instances with this protocol')
    .option('--instance-port <port>', 'sessions of instances on this port')
    .option('--min-bytes <bytes>', 'sessions with at least this traffic, in plus out (suffixes K, M, G, T: 1024s)');
}

function addStatusInputOptions(command: Command): Command {
  return command
    .option('-S, --status-file <file>', "an OpenVPN status file ('' reads standard input)")
    .addOption(new Option('-V, --status-version <n>', 'status file format').choices(['1', '2', '3']).default('3'))
    .option('--status-tz <zone>', 'time zone of the dates in a version 1 status (default: TZ, the local zone)')
    .option('--management <address>', "ask a running server for 'status 3': HOST:PORT or a unix socket path")
    .option('--management-password-file <file>', 'the management password, on its first line')
    .option(
      '--stale-grace <seconds>',
      'never close a session younger than this, relative to the status time',
      positiveInteger('--stale-grace'),
      60,
    );
}

/**
 * Options given before or after the subcommand name both count; an option the
 * user gave wins over a default on either level. (commander's optsWithGlobals
 * lets the parent's defaults override the subcommand's given values.)
 */
function effectiveOptions(command: Command): Record<string, unknown> & never {
  const merged: Record<string, unknown> = {};
  for (const level of [command.parent, command]) {
    for (const [key, value] of Object.entries(level?.opts() ?? {})) {
      if (!(key in merged) || level?.getOptionValueSource(key) !== 'default') merged[key] = value;
    }
  }
  return merged as never;
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
