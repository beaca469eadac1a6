import { Option } from '@commander-js/extra-typings';
import { addDatabaseOptions, addExitOptions, addHistoryOptions, effectiveOptions, subcommand } from '../options.ts';

export function statsCommand() {
  const command = subcommand('stats')
    .description('sessions, users, connected time, traffic and peak concurrency per user, instance or period')
    .addOption(new Option('--by <group>', 'one row per').choices(['cn', 'day', 'week', 'month', 'instance', 'country']).default('cn'));
  return addDatabaseOptions(addExitOptions(addHistoryOptions(command))).action(async (_options, self) => {
    const { runStatsCommand } = await import('../stats-command.ts');
    await runStatsCommand(effectiveOptions(self));
  });
}
