import { addDatabaseOptions, addExitOptions, effectiveOptions, subcommand } from '../options.ts';

export function pruneCommand() {
  const command = subcommand('prune')
    .description('delete closed sessions that ended longer ago than --older-than, in small batches')
    .requiredOption('--older-than <duration>', 'age of the disconnect, such as 180d or 12w (units s, m, h, d, w)')
    .option('--dry-run', 'only count the sessions that would go')
    .option('--local', 'print the cutoff in the local zone instead of UTC');
  return addDatabaseOptions(addExitOptions(command)).action(async (_options, self) => {
    const { runPruneCommand } = await import('../prune-command.ts');
    await runPruneCommand(effectiveOptions(self));
  });
}
