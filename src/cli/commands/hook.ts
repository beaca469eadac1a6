import { Command } from '@commander-js/extra-typings';
import { addDatabaseOptions, addExitOptions, addGeoOptions, addInstanceOptions, addStatusInputOptions, positiveInteger } from '../options.ts';

declare const __VERSION__: string | undefined;

/**
 * The program itself is what OpenVPN runs: a client-connect/client-disconnect
 * hook, or with -S/--management a status update (the Perl tool's interface).
 */
export function hookCommand() {
  const command = new Command('openvpn-db-log')
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
  return addStatusInputOptions(addGeoOptions(addInstanceOptions(addDatabaseOptions(addExitOptions(command)))))
    .option('-N, --status-need-success', 'commit nothing unless every client line matches')
    .option('-A, --status-age <seconds>', 'refuse a status older than this', positiveInteger('--status-age'))
    .option('-I, --status-info', 'explain rejected status lines (twice: also print them)', (_: unknown, n: number) => n + 1, 0)
    .option('--close-missing', 'also close open sessions the status no longer lists (see close-stale)')
    .action(async (_connectConfigFile, given) => {
      // A flag with a counting parser is typed number | true; commander always runs the parser, so it is a count.
      const options = { ...given, statusInfo: Number(given.statusInfo) };
      if (options.statusFile !== undefined || options.management !== undefined) {
        const { runStatusCommand } = await import('../status-command.ts');
        await runStatusCommand(options);
        return;
      }
      const { runHookCommand } = await import('../hook-command.ts');
      await runHookCommand(options);
    });
}
