import { addDatabaseOptions, addExitOptions, addSessionFilterOptions, effectiveOptions, subcommand, TIME_HELP } from '../options.ts';

export function geoBackfillCommand() {
  const command = subcommand('geo-backfill')
    .description('store the country of logged sessions that have none (sessions logged before migration 006, or with --no-geoip)')
    .option('--geoip <file>', 'MMDB country database (default: the embedded DB-IP Lite)')
    .option('--local', 'local time zone for TIME without offset');
  return addDatabaseOptions(addExitOptions(addSessionFilterOptions(command)))
    .addHelpText('after', TIME_HELP)
    .action(async (_options, self) => {
      const { runGeoBackfillCommand } = await import('../geo-backfill-command.ts');
      await runGeoBackfillCommand(effectiveOptions(self));
    });
}
