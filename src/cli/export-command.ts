import { type RawSessionFilter, parseSessionFilter, resolveSessionFilter } from '../history/session-filter.ts';
import { resolveConnection } from '../db/connection-options.ts';
import { usingDatabase } from '../db/open-database.ts';
import { exportSessionsEcs } from '../siem/export-sessions.ts';
import { reportFailure, warn } from './exit-policy.ts';
import { Output } from './format/output.ts';
import { applyEnvOptions, databaseFlags, exitPolicy, type RawDatabaseOptions } from './options.ts';

export interface ExportCommandOptions extends RawDatabaseOptions, RawSessionFilter {
  quiet?: boolean;
  zero?: boolean;
  format?: string;
}

export async function runExportCommand(options: ExportCommandOptions): Promise<void> {
  const policy = exitPolicy(options);
  try {
    applyEnvOptions(options.env);
    // Times in the documents are UTC, as ECS wants; TIME arguments without an offset are too.
    const filter = parseSessionFilter(options, { now: Math.floor(Date.now() / 1000), zone: 'utc' });
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    const output = new Output(process.stdout);
    await usingDatabase(connection, async (handle) => {
      const resolved = await resolveSessionFilter(handle.db, handle.backend, filter);
      for await (const text of exportSessionsEcs(handle.db, resolved)) {
        await output.write(text);
        if (output.closed) return;
      }
    });
  } catch (error) {
    reportFailure(policy, error);
  }
}
