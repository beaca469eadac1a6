import { addDatabaseOptions, addExitOptions, addInstanceOptions, addStatusInputOptions, effectiveOptions, positiveInteger, subcommand } from '../options.ts';

export function watchCommand() {
  const command = subcommand('watch')
    .description(
      'stay running (under systemd) and apply each status of one OpenVPN instance as it comes: every rewrite of the status\n' +
        'file, or `status 3` over the management interface every --interval seconds; optionally drain the hooks\' spool,\n' +
        'store the login outcomes of the server log in auth_event, and serve Prometheus metrics',
    )
    .option('--spool <dir>', 'also apply the events hooks write to this directory (as drain --watch does)')
    .option('--server-log <file>', 'also follow the OpenVPN server log (from its start, across rotation) and store its login outcomes (as ecs --follow --store does)')
    .option('--interval <seconds>', 'ask the management interface (and re-read the status file) this often', positiveInteger('--interval'), 10)
    .option('--metrics <host:port>', 'serve Prometheus metrics at http://HOST:PORT/metrics (e.g. 127.0.0.1:9176)')
    .option('-C, --update-create', 'create sessions the hooks never logged')
    .option('-N, --status-need-success', 'commit nothing of a status unless every client line matches')
    .option('-A, --status-age <seconds>', 'skip a status older than this', positiveInteger('--status-age'))
    .option('-I, --status-info', 'one line per update (counts and milliseconds); twice: also each rejected line', (_: unknown, n: number) => n + 1, 0)
    .option('--close-missing', 'also close open sessions the status no longer lists');
  return addStatusInputOptions(addInstanceOptions(addDatabaseOptions(addExitOptions(command)))).action(async (_options, self) => {
    const given = effectiveOptions(self);
    const { runWatchCommand } = await import('../watch-command.ts');
    await runWatchCommand({ ...given, statusInfo: Number(given.statusInfo) });
  });
}
