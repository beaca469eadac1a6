import { Option } from '@commander-js/extra-typings';
import { addDatabaseOptions, addExitOptions, addHistoryOptions, effectiveOptions, subcommand } from '../options.ts';

export function statsCommand() {
  const command = subcommand('stats')
    .description('sessions, users, connected time, traffic and peak concurrency per user, instance or period')
    .addOption(
      new Option('--by <group>', 'one row per (ip: with --failed-logins)')
        .choices(['cn', 'day', 'week', 'month', 'instance', 'country', 'ip'])
        .default('cn'),
    )
    .option('--failed-logins', 'count the failed logins `ecs --store` recorded, per name (--by cn), source (--by ip) or UTC day (--by day)');
  return addDatabaseOptions(addExitOptions(addHistoryOptions(command))).action(async (_options, self) => {
    const options = effectiveOptions(self);
    if (options.failedLogins) {
      const { runFailedLoginsCommand } = await import('../failed-logins-command.ts');
      await runFailedLoginsCommand(options);
      return;
    }
    const { runStatsCommand } = await import('../stats-command.ts');
    await runStatsCommand(options);
  });
}
