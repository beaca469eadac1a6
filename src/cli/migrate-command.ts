import { describeTarget, resolveConnection } from '../db/connection-options.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { usingDatabase } from '../db/open-database.ts';
import { reportFailure, warn } from './exit-policy.ts';
import { applyEnvOptions, databaseFlags, exitPolicy, type RawDatabaseOptions } from './options.ts';

export interface MigrateCommandOptions extends RawDatabaseOptions {
  quiet?: boolean;
  zero?: boolean;
}

export async function runMigrateCommand(options: MigrateCommandOptions): Promise<void> {
  const policy = exitPolicy(options);
  try {
    applyEnvOptions(options.env);
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    const { applied } = await usingDatabase(connection, migrateToLatest, { create: true });
    const target = describeTarget(connection);
    process.stdout.write(
      applied.length > 0 ? `${target}: applied ${applied.join(', ')}\n` : `${target}: schema is up to date\n`,
    );
  } catch (error) {
    reportFailure(policy, error);
  }
}
