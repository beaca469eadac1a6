import { addDatabaseOptions, addExitOptions, addGeoOptions, effectiveOptions, positiveInteger, subcommand } from '../options.ts';

export function drainCommand() {
  const command = subcommand('drain')
    .description('apply the events hooks wrote with --spool, in arrival order, then exit (or --watch)')
    .requiredOption('--spool <dir>', 'the spool directory the hooks write to')
    .option('--watch', 'keep running and apply new events as they arrive (for a systemd service)')
    .option(
      '--schema-wait <seconds>',
      'give up (exit 100, events kept) when the database has no schema for this long (default 300)',
      positiveInteger('--schema-wait'),
    );
  return addGeoOptions(addDatabaseOptions(addExitOptions(command))).action(async (_options, self) => {
    const { runDrainCommand } = await import('../drain-command.ts');
    await runDrainCommand(effectiveOptions(self));
  });
}
