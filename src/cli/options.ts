import { Command, InvalidArgumentError, Option, type OptionValues } from '@commander-js/extra-typings';
import { UserError, showValue } from '../common/errors.ts';
import { DEFAULT_TIMEOUT_SECONDS, type DatabaseFlags, URL_ENV } from '../db/connection-options.ts';
import type { ExitPolicy } from './exit-policy.ts';

export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** A subcommand that reports its errors through main()'s exit policy, like the program itself. */
export function subcommand(name: string): Command {
  return new Command(name).exitOverride().configureOutput({ outputError: () => {} });
}

// The builders are generic so that each command's action receives its options typed (extra-typings).

/** Database options, shared by every command (the Perl tool's names plus --url and --timeout). */
export function addDatabaseOptions<Args extends unknown[], Opts extends OptionValues, Globals extends OptionValues>(
  command: Command<Args, Opts, Globals>,
) {
  return command
    .option('-b, --backend <name>', 'SQLite | Pg | mysql (also postgres, mariadb); default SQLite')
    .option('-d, --database <name>', 'database name, or the SQLite file')
    .addOption(new Option('--db <name>').hideHelp())
    .option('-H, --host <host>', 'database host')
    .option('-t, --port <port>', 'database port')
    .option('-u, --user <user>', 'database user')
    .option('-p, --password <password>', 'database password (visible in ps: prefer -c)')
    .addOption(new Option('--pass <password>').hideHelp())
    .option('-c, --credentials <file>', 'file with the user on line 1 and the password on line 2')
    .addOption(new Option('--creds <file>').hideHelp())
    .option('--dsn <key=value>', 'database setting: database, host, port or a driver option (repeatable)', collect)
    .option('--env <VAR=value>', 'set an environment variable before connecting (repeatable)', collect)
    .option('--url <url>', `sqlite:/path, postgres://user@host/db or mysql://user@host/db (or $${URL_ENV})`)
    .option('--timeout <seconds>', `give up connecting and querying after this long (default ${DEFAULT_TIMEOUT_SECONDS})`);
}

export function addInstanceOptions<Args extends unknown[], Opts extends OptionValues, Globals extends OptionValues>(
  command: Command<Args, Opts, Globals>,
) {
  return command
    .option('-n, --instance-name <name>', 'instance name (up to 64 characters)', '')
    .option('-r, --instance-proto <proto>', 'instance protocol (up to 10 characters)', '')
    .option('-o, --instance-port <port>', 'instance port (0-65535)', '0');
}

export function addExitOptions<Args extends unknown[], Opts extends OptionValues, Globals extends OptionValues>(
  command: Command<Args, Opts, Globals>,
) {
  return command
    .option('-q, --quiet', 'print no errors (the exit code is unchanged)')
    .option('-z, --zero', 'always exit with code 0');
}

export interface RawDatabaseOptions {
  backend?: string;
  database?: string;
  db?: string;
  host?: string;
  port?: string;
  user?: string;
  password?: string;
  pass?: string;
  credentials?: string;
  creds?: string;
  dsn?: string[];
  env?: string[];
  url?: string;
  timeout?: string;
}

export function databaseFlags(raw: RawDatabaseOptions): DatabaseFlags {
  const flags: DatabaseFlags = { dsn: raw.dsn ?? [] };
  const set = <K extends keyof DatabaseFlags>(key: K, value: DatabaseFlags[K] | undefined) => {
    if (value !== undefined) flags[key] = value;
  };
  set('backend', raw.backend);
  set('database', raw.database ?? raw.db);
  set('host', raw.host);
  set('port', raw.port);
  set('user', raw.user);
  set('password', raw.password ?? raw.pass);
  set('credentials', raw.credentials ?? raw.creds);
  set('url', raw.url);
  set('timeout', raw.timeout);
  return flags;
}

/** --env VAR=value, applied to this process before any driver reads its environment. */
export function applyEnvOptions(entries: string[] | undefined): void {
  for (const entry of entries ?? []) {
    const equals = entry.indexOf('=');
    if (equals <= 0) throw new UserError(`invalid --env ${showValue(entry)}: expected VAR=value`);
    process.env[entry.slice(0, equals)] = entry.slice(equals + 1);
  }
}


export function exitPolicy(raw: { quiet?: boolean; zero?: boolean }): ExitPolicy {
  return { quiet: raw.quiet === true, zero: raw.zero === true };
}

export function positiveInteger(name: string) {
  return (value: string) => {
    if (!/^[0-9]+$/.test(value)) throw new InvalidArgumentError(`${name} must be a non-negative integer`);
    return Number(value);
  };
}

export const TIME_HELP = '\nTIME: 2026-11-23, 2026-11-23T14:03:00Z (ISO 8601), 1795442580 (unix seconds), -4h, -30d, now.';

export function addSessionFilterOptions<Args extends unknown[], Opts extends OptionValues, Globals extends OptionValues>(
  command: Command<Args, Opts, Globals>,
) {
  return command
    .option('--cn <name>', 'sessions of this common name (repeatable)', collect)
    .option('--cn-like <pattern>', 'common name LIKE pattern: % any text, _ one character (repeatable)', collect)
    .option('--ip <address>', 'source address or network, e.g. 203.0.113.0/24 (repeatable)', collect)
    .option('--vpn-ip <address>', 'VPN address (IPv4 or IPv6) or network (repeatable)', collect)
    .option('--active', 'sessions not disconnected yet')
    .option('--since <time>', 'sessions still connected at or after that time')
    .option('--until <time>', 'sessions connected at or before that time')
    .option('--instance <name>', 'sessions of the instance with this name')
    .option('--instance-proto <proto>', 'sessions of instances with this protocol')
    .option('--instance-port <port>', 'sessions of instances on this port')
    .option('--min-bytes <bytes>', 'sessions with at least this traffic, in plus out (suffixes K, M, G, T: 1024s)')
    .option('--country <code>', 'sessions from this country, e.g. FI (repeatable; needs migration 006)', collect)
    .option('--not-country <code>', 'sessions not from this country, including those without one (repeatable)', collect);
}

/** Filters and output options of `sessions` and `stats`; the command modules check the values. */
export function addHistoryOptions<Args extends unknown[], Opts extends OptionValues, Globals extends OptionValues>(
  command: Command<Args, Opts, Globals>,
) {
  return addSessionFilterOptions(command)
    .option('--at <time>', 'sessions connected at that instant')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv', 'ndjson']).default('table'))
    .option('--local', 'local time zone instead of UTC: printed times, TIME without offset, periods')
    .addHelpText('after', TIME_HELP);
}

/** Country lookup and alert of the writers of connects: the hook, and drain for --spool. */
export function addGeoOptions<Args extends unknown[], Opts extends OptionValues, Globals extends OptionValues>(
  command: Command<Args, Opts, Globals>,
) {
  return command
    .option('--geoip <file>', 'MMDB country database (MaxMind GeoLite2/GeoIP2 Country or City, ip-location-db); default: the embedded DB-IP Lite')
    .option('--no-geoip', 'store no country at connect')
    .option('--expect-country <list>', 'countries logins are expected from, e.g. FI,SE (ISO 3166-1 alpha-2)')
    .option('--expect-country-file <file>', 'countries per common name, a line NAME FI,SE each (docs/geo.md); wins over --expect-country')
    .option('--on-unexpected-country <command>', 'run this command (no shell) for a login from a known country not expected of its common name');
}

export function addStatusInputOptions<Args extends unknown[], Opts extends OptionValues, Globals extends OptionValues>(
  command: Command<Args, Opts, Globals>,
) {
  return command
    .option('-S, --status-file <file>', "an OpenVPN status file ('' reads standard input)")
    .addOption(new Option('-V, --status-version <n>', 'status file format (default: detected from the first line)').choices(['1', '2', '3']))
    .option('--status-tz <zone>', 'time zone of the dates in a version 1 status (default: TZ, the local zone)')
    .option('--management <address>', "ask a running server for 'status 3': HOST:PORT or a unix socket path")
    .option('--management-password-file <file>', 'the management password, on its first line')
    .option(
      '--stale-grace <seconds>',
      'never close a session younger than this, relative to the status time',
      positiveInteger('--stale-grace'),
      60,
    );
}

/**
 * Options given before or after the subcommand name both count; an option the
 * user gave wins over a default on either level. (commander's optsWithGlobals
 * lets the parent's defaults override the subcommand's given values.) The
 * parent's options that the subcommand shares have the same definitions, so
 * the subcommand's option types hold for the merge.
 */
export function effectiveOptions<Opts extends OptionValues>(command: Command<any[], Opts, any>): Opts {
  const merged: OptionValues = {};
  for (const level of [command.parent, command]) {
    for (const [key, value] of Object.entries(level?.opts() ?? {})) {
      if (!(key in merged) || level?.getOptionValueSource(key) !== 'default') merged[key] = value;
    }
  }
  return merged as Opts;
}
