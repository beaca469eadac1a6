import {
  addDatabaseOptions,
  addExitOptions,
  addSessionFilterOptions,
  collect,
  effectiveOptions,
  subcommand,
  TIME_HELP,
} from '../options.ts';

export function reportCommand() {
  const command = subcommand('report')
    .description('write one self-contained HTML page of how the VPN is used: sessions, traffic, users, countries, failed logins')
    .requiredOption('--html <file>', 'the page to write (replaced whole), - for standard output')
    .option('--expect-country <codes>', "countries logins are expected from, e.g. FI,SE (default: each user's usual one)", collect)
    .option('--top <n>', 'rows in the top-users tables (default 15)');
  const withFilters = addSessionFilterOptions(command)
    .option('--local', 'local time zone instead of UTC: days, printed times, TIME without offset')
    .addHelpText('after', `\nThe period is --since to --until, by default the 30 days up to now.${TIME_HELP}`);
  return addDatabaseOptions(addExitOptions(withFilters)).action(async (_options, self) => {
    const { runReportCommand } = await import('../report-command.ts');
    await runReportCommand(effectiveOptions(self));
  });
}
