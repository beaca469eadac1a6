import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { SqliteDialect } from 'kysely';
import { type BackendAdapter, errorCode, MIGRATE_HINT } from './backend-adapter.ts';

export const sqliteAdapter: BackendAdapter = {
  async createDialect(options, open) {
    const { default: Sqlite } = await import('better-sqlite3');
    const path = options.database ?? '';
    const database = new Sqlite(path, { fileMustExist: !open.create, timeout: options.timeoutSeconds * 1000 });
    // WAL lets the status job read while hooks write; the busy timeout makes
    // concurrent hooks wait for the lock instead of failing.
    database.pragma('journal_mode = WAL');
    database.defaultSafeIntegers(true);
    return new SqliteDialect({ database });
  },

  isTransientError(error) {
    return /^SQLITE_(BUSY|LOCKED)/.test(errorCode(error) ?? '');
  },

  explainError(error, options) {
    const code = errorCode(error) ?? '';
    const path = options.database ?? '';
    const message = error instanceof Error ? error.message : String(error);
    if (code === 'SQLITE_CANTOPEN' && !existsSync(path)) {
      return `SQLite database ${path} does not exist: create it with \`openvpn-db-log migrate -d ${path}\``;
    }
    if (/^SQLITE_(READONLY|PERM|AUTH|CANTOPEN)/.test(code)) {
      return `cannot write SQLite database ${path} as ${currentUser()}: the file and its directory must be writable by this user`;
    }
    if (/no such table|no such column|has no column named/.test(message)) {
      return `SQLite database ${path} has no or an old openvpn-db-log schema (${message}): ${MIGRATE_HINT}`;
    }
    return undefined;
  },
};

function currentUser(): string {
  const uid = process.getuid?.() ?? -1;
  try {
    return `user ${userInfo().username} (uid ${uid})`;
  } catch {
    return `uid ${uid}`;
  }
}
