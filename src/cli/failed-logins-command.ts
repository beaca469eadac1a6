import { UserError, showValue } from '../common/errors.ts';
import { type RawAuthEventFilter, countFailedLogins, parseAuthEventFilter, resolveAuthEventFilter } from '../history/auth-event-query.ts';
import { resolveConnection } from '../db/connection-options.ts';
import { usingDatabase } from '../db/open-database.ts';
import { requireAuthEventTable } from './auth-events-command.ts';
import { reportFailure, warn } from './exit-policy.ts';
import { failedLoginListing } from './format/failed-login-listing.ts';
import { listingWriter } from './format/listing.ts';
import { Output, type RawOutputOptions, outputSettings } from './format/output.ts';
import { applyEnvOptions, databaseFlags, exitPolicy, type RawDatabaseOptions } from './options.ts';

export interface FailedLoginsCommandOptions extends RawDatabaseOptions, Omit<RawAuthEventFilter, 'outcome'>, RawOutputOptions {
  quiet?: boolean;
  zero?: boolean;
  by?: string;
  /** Session filters that mean nothing for a login that never became a session. */
  cnLike?: string[];
  vpnIp?: string[];
  active?: boolean;
  minBytes?: string;
  at?: string;
}

const GROUPS = { cn: 'name', ip: 'ip', day: 'day' } as const;

/** `stats --failed-logins`: failures per name, source address or UTC day, from auth_event. */
export async function runFailedLoginsCommand(options: FailedLoginsCommandOptions): Promise<void> {
  const policy = exitPolicy(options);
  try {
    applyEnvOptions(options.env);
    const by = options.by ?? 'cn';
    if (!(by in GROUPS)) throw new UserError(`invalid --by ${showValue(by)} with --failed-logins: expected cn, ip or day`);
    for (const [flag, given] of [
      ['--cn-like', options.cnLike],
      ['--vpn-ip', options.vpnIp],
      ['--active', options.active],
      ['--min-bytes', options.minBytes],
      ['--at', options.at],
    ] as const) {
      if (given !== undefined) throw new UserError(`${flag} does not apply to --failed-logins: a refused login has no session`);
    }
    const group = GROUPS[by as keyof typeof GROUPS];
    const settings = outputSettings(options, process.stdout, process.env);
    const filter = parseAuthEventFilter({ ...options, outcome: 'failure' }, { now: Math.floor(Date.now() / 1000), zone: settings.zone });
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    const output = new Output(process.stdout);
    await usingDatabase(connection, async (handle) => {
      await requireAuthEventTable(handle.db);
      const resolved = await resolveAuthEventFilter(handle.db, filter);
      const rows = await countFailedLogins(handle.db, resolved, group);
      const writer = listingWriter(settings.format, failedLoginListing(group, settings.zone), output, settings);
      await writer.add(rows);
      await writer.end();
    });
  } catch (error) {
    reportFailure(policy, error);
  }
}
