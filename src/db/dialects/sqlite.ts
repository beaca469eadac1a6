import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname } from 'node:path';
import { SqliteDialect } from 'kysely';
import { errorCode } from '../../common/errors.ts';
import { type BackendAdapter, oldSchemaMessage } from './backend-adapter.ts';

export const sqliteAdapter: BackendAdapter = {
  async createDialect(options, open) {
    const { default: Sqlite } = await import('better-sqlite3');
    const path = options.database ?? '';
    if (open.create && path !== '') mkdirSync(dirname(path), { recursive: true });
    const database = new Sqlite(path, { fileMustExist: !open.create, timeout: options.timeoutSeconds * 1000 });
    // WAL lets the status job read while hooks write; the busy timeout makes
    // concurrent hooks wait for the lock instead of failing.
    database.pragma('journal_mode = WAL');
    database.defaultSafeIntegers(true);
    return { dialect: new SqliteDialect({ database }), sqlite: database };
  },

  isTransientError(error) {
    return /^SQLITE_(BUSY|LOCKED)/.test(errorCode(error) ?? '');
  },

  isConnectFailure() {
    return false;
  },

  isMissingTable(error) {
    return errorCode(error) === 'SQLITE_ERROR' && error instanceof Error && /no such table/.test(error.message);
  },

  isMissingSchema(error, options) {
    const message = error instanceof Error ? error.message : String(error);
    if (/no such table|no such column|has no column named/.test(message)) return true;
    const cannotOpen = errorCode(error) === 'SQLITE_CANTOPEN' || /directory does not exist/.test(message);
    const problem = accessProblem(options.database ?? '', constants.F_OK);
    return cannotOpen && (problem === 'ENOENT' || problem === 'ENOTDIR');
  },

  isMissingColumn(error) {
    return errorCode(error) === 'SQLITE_ERROR' && error instanceof Error && /no such column|has no column named/.test(error.message);
  },

  explainError(error, options) {
    const code = errorCode(error) ?? '';
    const path = options.database ?? '';
    const message = error instanceof Error ? error.message : String(error);
    // better-sqlite3 checks the directory itself and throws a plain TypeError without a code.
    if (code === 'SQLITE_CANTOPEN' || /directory does not exist/.test(message)) {
      return explainCannotOpen(path);
    }
    if (code === 'SQLITE_READONLY_DIRECTORY') {
      return (
        `cannot write SQLite database ${path} as ${currentUser()}: its directory ${dirname(path)} is not writable ` +
        `by this user, and SQLite must create ${path}-wal and -shm there`
      );
    }
    if (/^SQLITE_(READONLY|PERM|AUTH)/.test(code)) {
      return `cannot write SQLite database ${path} as ${currentUser()}: the file and its directory must be writable by this user`;
    }
    if (/^SQLITE_(BUSY|LOCKED)/.test(code)) {
      return `SQLite database ${path} stayed locked by another process (waited --timeout ${options.timeoutSeconds} s): ${message}`;
    }
    if (code === 'SQLITE_NOTADB') {
      return `${path} is not an SQLite database (${message}): give the right file with -d, or create one with \`openvpn-db-log migrate -d FILE\``;
    }
    if (/no such table|no such column|has no column named/.test(message)) {
      return oldSchemaMessage(`SQLite database ${path}`, message);
    }
    return undefined;
  },
};

/**
 * SQLite says only "unable to open database file": find out whether the file
 * is missing, is a directory, or is there but out of this user's reach
 * (OpenVPN runs its hooks as the user it dropped to, often nobody).
 */
function explainCannotOpen(path: string): string {
  const denied = `cannot open SQLite database ${path} as ${currentUser()}: permission denied; the file and its directory must be readable and writable by this user`;
  const problem = accessProblem(path, constants.R_OK | constants.W_OK);
  if (problem === 'EACCES' || problem === 'EPERM') return denied;
  if (problem === 'ENOENT' || problem === 'ENOTDIR') {
    const directory = dirname(path);
    const directoryProblem = accessProblem(directory, constants.W_OK | constants.X_OK);
    if (directoryProblem === 'EACCES' || directoryProblem === 'EPERM') {
      return `cannot create or open SQLite database ${path} as ${currentUser()}: permission denied in its directory ${directory}; the file and its directory must be writable by this user`;
    }
    return `SQLite database ${path} does not exist: create it with \`openvpn-db-log migrate -d ${path}\``;
  }
  if (isDirectory(path)) return `SQLite database ${path} is a directory: give the database file with -d`;
  return denied;
}

function accessProblem(path: string, mode: number): string | undefined {
  try {
    accessSync(path, mode);
    return undefined;
  } catch (error) {
    return errorCode(error) ?? 'EACCES';
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function currentUser(): string {
  const uid = process.getuid?.() ?? -1;
  try {
    return `user ${userInfo().username} (uid ${uid})`;
  } catch {
    return `uid ${uid}`;
  }
}
