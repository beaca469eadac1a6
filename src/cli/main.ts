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
  program
    .option('-S, --status-file <file>', "apply an OpenVPN status file ('' reads standard input)")
    .addOption(new Option('-V, --status-version <n>', 'status file format').choices(['1', '2', '3']).default('3'))
    .option('-N, --status-need-success', 'commit nothing unless every client line matches')
    .option('-A, --status-age <seconds>', 'refuse a status older than this', positiveInteger('--status-age'))
    .option('-I, --status-info', 'explain rejected status lines (twice: also print them)', (_: unknown, n: number) => n + 1, 0)
    .action(async (_file: string | undefined, options) => {
      const { runHookCommand } = await import('./hook-command.ts');
      await runHookCommand(options);
    });

  const migrate = program
    .command('migrate')
    .description('create or upgrade the database schema (adopts a database made by the Perl openvpn-db-log)')
    .exitOverride()
    .configureOutput({ outputError: () => {} });
  addExitOptions(migrate);
  addDatabaseOptions(migrate).action(async (_options, command: Command) => {
    const { runMigrateCommand } = await import('./migrate-command.ts');
    await runMigrateCommand(command.optsWithGlobals());
  });
  return program;
}

/** Parse errors happen before commander knows -q/-z, yet the Perl rules still apply to them. */
function scanExitFlags(argv: string[]): { quiet: boolean; zero: boolean } {
  const shortFlags = argv.filter((arg) => /^-[A-Za-z]+$/.test(arg)).join('');
  return {
    quiet: argv.includes('--quiet') || shortFlags.includes('q'),
    zero: argv.includes('--zero') || shortFlags.includes('z'),
  };
}
