import { addDatabaseOptions, addExitOptions, addInstanceOptions, addStatusInputOptions, effectiveOptions, subcommand } from '../options.ts';

export function closeStaleCommand() {
  const command = subcommand('close-stale')
    .description('close open sessions the server no longer knows: absent from a status, or --all-open (at server start)')
    .argument('[up-script-arguments...]', "what OpenVPN appends to an 'up' script (accepted, left alone)")
    .option('--all-open', "close every open session of the instance (an OpenVPN 'up' script at server start)");
  return addStatusInputOptions(addInstanceOptions(addDatabaseOptions(addExitOptions(command)))).action(
    async (_upScriptArguments, _options, self) => {
      const { runCloseStaleCommand } = await import('../close-stale-command.ts');
      await runCloseStaleCommand(effectiveOptions(self));
    },
  );
}
