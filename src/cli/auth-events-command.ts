import type { Db } from '../db/database.ts';
import { UserError, showValue } from '../common/errors.ts';
import { type RawAuthEventFilter, listAuthEvents, parseAuthEventFilter, resolveAuthEventFilter } from '../history/auth-event-query.ts';
import { resolveConnection } from '../db/connection-options.ts';
import { usingDatabase } from '../db/open-database.ts';
import { reportFailure, warn } from './exit-policy.ts';
import { authEventListing } from './format/auth-event-listing.ts';
import { listingWriter } from './format/listing.ts';
import { Output, type RawOutputOptions, outputSettings } from './format/output.ts';
import { applyEnvOptions, databaseFlags, exitPolicy, type RawDatabaseOptions } from './options.ts';

export interface AuthEventsCommandOptions extends RawDatabaseOptions, RawAuthEventFilter, RawOutputOptions {
  quiet?: boolean;
  zero?: boolean;
  limit?: string;
}

export async function runAuthEventsCommand(options: AuthEventsCommandOptions): Promise<void> {
  const policy = exitPolicy(options);
  try {
    applyEnvOptions(options.env);
    const settings = outputSettings(options, process.stdout, process.env);
    const filter = parseAuthEventFilter(options, { now: Math.floor(Date.now() / 1000), zone: settings.zone });
    const limit = parseLimit(options.limit);
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    const output = new Output(process.stdout);
    await usingDatabase(connection, async (handle) => {
      await requireAuthEventTable(handle.db);
      const resolved = await resolveAuthEventFilter(handle.db, filter);
      const writer = listingWriter(settings.format, authEventListing(settings.zone), output, settings);
      for await (const page of listAuthEvents(handle.db, resolved, { limit })) {
        await writer.add(page);
        if (output.closed) return;
      }
      await writer.end();
    });
  } catch (error) {
    reportFailure(policy, error);
  }
}

/** A database not migrated since 007 has no auth_event: say what to run instead of a driver error. */
export async function requireAuthEventTable(db: Db): Promise<void> {
  const tables = await db.introspection.getTables();
  if (!tables.some((table) => table.name === 'auth_event')) {
    throw new UserError('the database has no auth_event table: run `openvpn-db-log migrate`, then `openvpn-db-log ecs --store`');
  }
}

function parseLimit(text: string | undefined): number | null {
  if (text === undefined) return 100;
  if (!/^\d{1,15}$/.test(text)) throw new UserError(`invalid --limit ${showValue(text)}: expected a number of events, 0 for all`);
  const limit = Number(text);
  return limit === 0 ? null : limit;
}
