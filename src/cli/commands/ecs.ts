import { addDatabaseOptions, addExitOptions, addInstanceOptions, effectiveOptions, subcommand } from '../options.ts';

export function ecsCommand() {
  const command = subcommand('ecs')
    .description('OpenVPN server log lines to Elastic Common Schema events (NDJSON), or login outcomes into the database (--store)')
    .argument('[file]', "the server log; '-' or nothing reads standard input")
    .option('-F, --follow', 'keep reading as the file grows, across rotation (needs FILE)')
    .option('--store', 'store the login outcomes the lines show in auth_event instead of printing events');
  return addDatabaseOptions(addExitOptions(addInstanceOptions(command))).action(async (file, _options, self) => {
    const { runEcsCommand } = await import('../ecs-command.ts');
    await runEcsCommand(file, effectiveOptions(self));
  });
}
