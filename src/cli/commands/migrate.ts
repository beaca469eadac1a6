import { addDatabaseOptions, addExitOptions, effectiveOptions, subcommand } from '../options.ts';

export function migrateCommand() {
  const command = subcommand('migrate').description(
    'create or upgrade the database schema (adopts a database made by the Perl openvpn-db-log)',
  );
  return addDatabaseOptions(addExitOptions(command)).action(async (_options, self) => {
    const { runMigrateCommand } = await import('../migrate-command.ts');
    await runMigrateCommand(effectiveOptions(self));
  });
}
