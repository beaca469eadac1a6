import { type MigrationResult, Migrator } from 'kysely';
import { migrations } from '../../migrations/index.ts';
import type { DatabaseHandle } from './open-database.ts';

export interface MigrateOutcome {
  applied: string[];
}

/** Creates or upgrades the schema to the newest migration. */
export async function migrateToLatest(handle: DatabaseHandle): Promise<MigrateOutcome> {
  const backend = handle.backend;
  const migrator = new Migrator({
    db: handle.db,
    provider: { getMigrations: async () => migrations(backend) },
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((result: MigrationResult) => result.status === 'Error');
  if (error) {
    // Without a failed migration the database itself failed (unreachable, refused): keep the driver's error for explainError.
    if (!failed) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`migration ${failed.migrationName} failed: ${message}`, { cause: error });
  }
  return { applied: results.filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
