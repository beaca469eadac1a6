import { addDatabaseOptions, addExitOptions, addHistoryOptions, effectiveOptions, subcommand } from '../options.ts';

export function sessionsCommand() {
  const command = subcommand('sessions')
    .description('list logged sessions, newest first')
    .option('--limit <n>', 'show at most this many sessions, 0 for all (default: 100)');
  return addDatabaseOptions(addExitOptions(addHistoryOptions(command))).action(async (_options, self) => {
    const { runSessionsCommand } = await import('../sessions-command.ts');
    await runSessionsCommand(effectiveOptions(self));
  });
}
