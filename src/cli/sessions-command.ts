import { UserError, showValue } from '../common/errors.ts';
import { type RawSessionFilter, parseSessionFilter, resolveSessionFilter } from '../history/session-filter.ts';
import { listSessions } from '../history/session-query.ts';
import { resolveConnection } from '../db/connection-options.ts';
import { usingDatabase } from '../db/open-database.ts';
import { reportFailure, warn } from './exit-policy.ts';
import { listingWriter } from './format/listing.ts';
import { Output, type RawOutputOptions, outputSettings } from './format/output.ts';
import { sessionListing } from './format/session-listing.ts';
import { applyEnvOptions, databaseFlags, exitPolicy, type RawDatabaseOptions } from './options.ts';

export interface SessionsCommandOptions extends RawDatabaseOptions, RawSessionFilter, RawOutputOptions {
  quiet?: boolean;
  zero?: boolean;
  limit?: string;
}

const DEFAULT_LIMIT = 100;

export async function runSessionsCommand(options: SessionsCommandOptions): Promise<void> {
  const policy = exitPolicy(options);
  try {
    applyEnvOptions(options.env);
    const settings = outputSettings(options, process.stdout, process.env);
    const filter = parseSessionFilter(options, { now: Math.floor(Date.now() / 1000), zone: settings.zone });
    const limit = parseLimit(options.limit);
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    const output = new Output(process.stdout);
    await usingDatabase(connection, async (handle) => {
      const resolved = await resolveSessionFilter(handle.db, handle.backend, filter);
      const writer = listingWriter(settings.format, sessionListing(settings.zone), output, settings);
      for await (const page of listSessions(handle.db, resolved, { limit })) {
        await writer.add(page);
        if (output.closed) return;
      }
      await writer.end();
    });
  } catch (error) {
    reportFailure(policy, error);
  }
}

/** null: no limit. */
function parseLimit(text: string | undefined): number | null {
  if (text === undefined) return DEFAULT_LIMIT;
  if (!/^\d{1,15}$/.test(text)) {
    throw new UserError(`invalid --limit ${showValue(text)}: expected a number of sessions, 0 for all`);
  }
  const limit = Number(text);
  return limit === 0 ? null : limit;
}
