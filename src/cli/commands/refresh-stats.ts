import { addDatabaseOptions, addExitOptions, effectiveOptions, subcommand } from '../options.ts';

export function refreshStatsCommand() {
  const command = subcommand('refresh-stats')
    .description('bring the precomputed totals that unfiltered stats --by day|week|month read up to date (for a timer)')
    .option('--rebuild', 'compute every period again from the sessions, after changing old sessions by hand');
  return addDatabaseOptions(addExitOptions(command)).action(async (_options, self) => {
    const { runRefreshStatsCommand } = await import('../refresh-stats-command.ts');
    await runRefreshStatsCommand(effectiveOptions(self));
  });
}
