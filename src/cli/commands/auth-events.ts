import { Option } from '@commander-js/extra-typings';
import { TIME_HELP, addDatabaseOptions, addExitOptions, collect, effectiveOptions, subcommand } from '../options.ts';

export function authEventsCommand() {
  const command = subcommand('auth-events')
    .description('list the login outcomes `ecs --store` read from the server log, newest first')
    .option('--cn <name>', 'events of this common name or user name (repeatable)', collect)
    .option('--ip <address>', 'source address or network, e.g. 203.0.113.0/24 (repeatable)', collect)
    .option('--since <time>', 'events at or after that time')
    .option('--until <time>', 'events at or before that time')
    .addOption(new Option('--outcome <outcome>', 'only successes or only failures').choices(['success', 'failure']))
    .option('--instance <name>', 'events of the instance with this name')
    .option('--limit <n>', 'show at most this many events, 0 for all (default: 100)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv', 'ndjson']).default('table'))
    .option('--local', 'local time zone instead of UTC: printed times, TIME without offset')
    .addHelpText('after', TIME_HELP);
  return addDatabaseOptions(addExitOptions(command)).action(async (_options, self) => {
    const { runAuthEventsCommand } = await import('../auth-events-command.ts');
    await runAuthEventsCommand(effectiveOptions(self));
  });
}
