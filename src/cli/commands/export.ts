import { Option } from '@commander-js/extra-typings';
import { TIME_HELP, addDatabaseOptions, addExitOptions, addSessionFilterOptions, effectiveOptions, subcommand } from '../options.ts';

export function exportCommand() {
  const command = subcommand('export')
    .description('sessions as Elastic Common Schema events (NDJSON) for Elastic, Sekoia.io or any SIEM')
    .addOption(new Option('--format <format>', 'document format').choices(['ecs']).default('ecs'))
    .option('--at <time>', 'sessions connected at that instant')
    .addHelpText('after', TIME_HELP);
  return addDatabaseOptions(addExitOptions(addSessionFilterOptions(command))).action(async (_options, self) => {
    const { runExportCommand } = await import('../export-command.ts');
    await runExportCommand(effectiveOptions(self));
  });
}
