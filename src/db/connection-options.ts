import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { errorReason, maskUrl, UserError, showValue } from '../common/errors.ts';
import { type Backend, parseBackend } from './backend.ts';
import { requirePort } from '../common/port.ts';

export const DEFAULT_SQLITE_PATH = '/var/lib/openvpn-db-log/openvpn-db-log.sqlite';
export const DEFAULT_TIMEOUT_SECONDS = 5;
export const URL_ENV = 'OPENVPN_DB_LOG_URL';

/** Where and how to connect, resolved from flags, URL, credentials file and --dsn. */
export interface ConnectionOptions {
  backend: Backend;
  /** SQLite: the file path. */
  database: string | undefined;
  host: string | undefined;
  port: number | undefined;
  user: string | undefined;
  password: string | undefined;
  /** Remaining --dsn / URL query settings for the driver (sslmode, ssl, application_name, ...). */
  driverOptions: Record<string, string>;
  timeoutSeconds: number;
}

/** The database flags exactly as the command line gave them. */
export interface DatabaseFlags {
  backend?: string;
  database?: string;
  host?: string;
  port?: string;
  user?: string;
  password?: string;
  credentials?: string;
  dsn?: string[];
  url?: string;
  timeout?: string;
}

type Warn = (message: string) => void;

export function resolveConnection(flags: DatabaseFlags, env: NodeJS.ProcessEnv, warn: Warn): ConnectionOptions {
  const urlText = flags.url ?? (flags.backend === undefined && flags.database === undefined ? env[URL_ENV] : undefined);
  const options: ConnectionOptions = urlText ? fromUrl(urlText) : emptyOptions('sqlite');
  if (flags.backend !== undefined) options.backend = parseBackend(flags.backend);
  for (const entry of flags.dsn ?? []) applyDsn(options, entry);
  if (flags.database !== undefined) options.database = flags.database;
  if (flags.host !== undefined) options.host = flags.host;
  if (flags.port !== undefined) options.port = requirePort(flags.port, '--port', 1);
  if (flags.user !== undefined) options.user = flags.user;
  if (flags.password !== undefined) options.password = flags.password;
  if (flags.credentials !== undefined) Object.assign(options, readCredentials(flags.credentials, warn));
  if (flags.timeout !== undefined) options.timeoutSeconds = parseTimeout(flags.timeout);
  if (options.backend === 'sqlite') options.database ??= DEFAULT_SQLITE_PATH;
  return options;
}

function emptyOptions(backend: Backend): ConnectionOptions {
  return {
    backend,
    database: undefined,
    host: undefined,
    port: undefined,
    user: undefined,
    password: undefined,
    driverOptions: {},
    timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
  };
}

function fromUrl(text: string): ConnectionOptions {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UserError(`invalid database URL ${showValue(maskUrl(text))}: expected sqlite:/path, postgres://… or mysql://…`);
  }
  const options = emptyOptions(parseBackend(url.protocol.slice(0, -1)));
  if (options.backend === 'sqlite') {
    options.database = decodeURIComponent(url.host ? `${url.host}${url.pathname}` : url.pathname);
    return options;
  }
  if (url.hostname) options.host = url.hostname.replace(/^\[|\]$/g, '');
  if (url.port) options.port = requirePort(url.port, 'URL port', 1);
  if (url.username) options.user = decodeURIComponent(url.username);
  if (url.password) options.password = decodeURIComponent(url.password);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (database) options.database = database;
  for (const [key, value] of url.searchParams) options.driverOptions[key] = value;
  return options;
}

function applyDsn(options: ConnectionOptions, entry: string): void {
  const equals = entry.indexOf('=');
  if (equals <= 0) throw new UserError(`invalid --dsn ${showValue(entry)}: expected key=value`);
  const key = entry.slice(0, equals).trim().toLowerCase();
  const value = entry.slice(equals + 1);
  switch (key) {
    case 'database':
    case 'dbname':
    case 'db':
      options.database = value;
      return;
    case 'host':
      options.host = value;
      return;
    case 'port':
      options.port = requirePort(value, '--dsn port', 1);
      return;
    case 'user':
    case 'password':
      throw new UserError(`invalid --dsn ${key}=…: give credentials with -u/-p or a --credentials file`);
    default:
      options.driverOptions[key] = value;
  }
}


function parseTimeout(text: string): number {
  const seconds = Number(text);
  if (!/^[0-9]+(\.[0-9]+)?$/.test(text) || seconds <= 0 || seconds > 3600) {
    throw new UserError(`invalid --timeout ${showValue(text)}: expected seconds, more than 0 and at most 3600`);
  }
  return seconds;
}

/** User on line 1, password on line 2, as in the Perl tool. */
function readCredentials(path: string, warn: Warn): { user: string; password: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
    if ((statSync(path).mode & 0o077) !== 0) {
      warn(`warning: credentials file ${path} is readable by group or others; chmod 600 it`);
    }
  } catch (error) {
    throw new UserError(`cannot read credentials file ${path}: ${errorReason(error)}`);
  }
  const [user, password] = text.split(/\r?\n/);
  if (user === undefined || password === undefined) {
    throw new UserError(`invalid credentials file ${path}: expected the user on line 1 and the password on line 2`);
  }
  return { user, password };
}

/** The target without its password, for messages. */
export function describeTarget(options: ConnectionOptions): string {
  if (options.backend === 'sqlite') return `sqlite:${options.database ?? ''}`;
  const user = options.user ? `${encodeURIComponent(options.user)}@` : '';
  const host = options.host ?? 'localhost';
  const port = options.port ? `:${options.port}` : '';
  return `${options.backend}://${user}${host.includes(':') ? `[${host}]` : host}${port}/${options.database ?? ''}`;
}

/** What names one database on this machine, however the options spelled it: for queues and the connection gate. */
export function targetIdentity(options: ConnectionOptions): string {
  if (options.backend === 'sqlite') return `sqlite:${resolve(options.database ?? '')}`;
  return describeTarget(options);
}
