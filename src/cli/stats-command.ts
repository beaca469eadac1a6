import { UserError, showValue } from '../common/errors.ts';
import { type RawSessionFilter, parseSessionFilter, resolveSessionFilter } from '../history/session-filter.ts';
import { type StatsGrouping, sessionStats, statsGroupings } from '../history/stats-query.ts';
import { resolveConnection } from '../db/connection-options.ts';
import { usingDatabase } from '../db/open-database.ts';
import { reportFailure, warn } from './exit-policy.ts';
import { listingWriter } from './format/listing.ts';
import { Output, type RawOutputOptions, outputSettings } from './format/output.ts';
import { statsListing } from './format/stats-listing.ts';
import { applyEnvOptions, databaseFlags, exitPolicy, type RawDatabaseOptions } from './options.ts';

export interface StatsCommandOptions extends RawDatabaseOptions, RawSessionFilter, RawOutputOptions {
  quiet?: boolean;
  zero?: boolean;
  by?: string;
}

export async function runStatsCommand(options: StatsCommandOptions): Promise<void> {
  const policy = exitPolicy(options);
  try {
    applyEnvOptions(options.env);
    const settings = outputSettings(options, process.stdout, process.env);
    const grouping = parseGrouping(options.by);
    const filter = parseSessionFilter(options, { now: Math.floor(Date.now() / 1000), zone: settings.zone });
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    const output = new Output(process.stdout);
    await usingDatabase(connection, async (handle) => {
      const resolved = await resolveSessionFilter(handle.db, handle.backend, filter);
      const rows = await sessionStats(handle.db, resolved, grouping, settings.zone);
      const writer = listingWriter(settings.format, statsListing(grouping, settings.zone), output, settings);
      await writer.add(rows);
      await writer.end();
    });
  } catch (error) {
    reportFailure(policy, error);
  }
}

function parseGrouping(text: string | undefined): StatsGrouping {
  const grouping = text ?? 'cn';
  if (!(statsGroupings as readonly string[]).includes(grouping)) {
    throw new UserError(`invalid --by ${showValue(grouping)}: expected one of ${statsGroupings.join(', ')}`);
  }
  return grouping as StatsGrouping;
}
