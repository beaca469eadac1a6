import { type Command, InvalidArgumentError, Option } from 'commander';
import { UserError, showValue } from '../common/errors.ts';
import { DEFAULT_TIMEOUT_SECONDS, type DatabaseFlags, URL_ENV } from '../db/connection-options.ts';
import type { ExitPolicy } from './exit-policy.ts';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Database options, shared by every command (the Perl tool's names plus --url and --timeout). */
export function addDatabaseOptions(command: Command): Command {
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

export function addInstanceOptions(command: Command): Command {
  return command
    .option('-n, --instance-name <name>', 'instance name (up to 64 characters)', '')
    .option('-r, --instance-proto <proto>', 'instance protocol (up to 10 characters)', '')
    .option('-o, --instance-port <port>', 'instance port (0-65535)', '0');
}

export function addExitOptions(command: Command): Command {
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
