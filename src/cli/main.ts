import { Command, CommanderError, Option } from 'commander';
import { UserError } from '../core/errors.ts';
import { reportFailure } from './exit-policy.ts';
import { addDatabaseOptions, addExitOptions, addInstanceOptions, exitPolicy, positiveInteger } from './options.ts';

declare const __VERSION__: string | undefined;

/**
 * The CLI. Each command's module is imported only when that command runs, so
 * the hook path does not load history, migrations or formatting code.
 */
export async function main(argv: string[]): Promise<void> {
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
    .option('--all-open', "close every open session of the instance (an OpenVPN 'up' script at server start)");
  addExitOptions(closeStale);
  addDatabaseOptions(closeStale);
  addInstanceOptions(closeStale);
  addStatusInputOptions(closeStale).action(async (_options, command: Command) => {
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
  return program;
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
