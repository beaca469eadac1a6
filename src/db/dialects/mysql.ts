import { CompiledQuery, MysqlDialect } from 'kysely';
import { describeTarget } from '../connection-options.ts';
import { errorCode } from '../../common/errors.ts';
import { type BackendAdapter, oldSchemaMessage, schemaChecks, unreachableCodes } from './backend-adapter.ts';

// Deadlock, lock wait timeout, and too many connections (a reconnect storm of hooks).
const transientErrnos = new Set([1213, 1205, 1040]);

// Timed out connecting, or the connection broke: a server at its limit resets new connections.
const brokenConnectionCodes = new Set(['ETIMEDOUT', 'ECONNRESET', 'EPIPE', 'PROTOCOL_CONNECTION_LOST']);

const schema = schemaChecks('ER_NO_SUCH_TABLE', 'ER_BAD_FIELD_ERROR');

export const mysqlAdapter: BackendAdapter = {
  async createDialect(options) {
    const { default: mysql } = await import('mysql2');
    const { ssl, ...driverOptions } = options.driverOptions;
    const pool = mysql.createPool({
      ...driverOptions,
      host: options.host,
      port: options.port,
      database: options.database,
      user: options.user,
      password: options.password,
      ...(ssl === undefined || ssl === 'false' || ssl === '0' ? {} : { ssl: {} }),
      connectionLimit: 1,
      connectTimeout: Math.round(options.timeoutSeconds * 1000),
      charset: 'utf8mb4',
      // Agree with pg on 64-bit integers: exact decimal strings, converted in int8.ts.
      supportBigNumbers: true,
      bigNumberStrings: true,
      timezone: 'Z',
    });
    // A table or row lock held elsewhere would otherwise keep the hook waiting
    // lock_wait_timeout (a day by default): give up within --timeout instead.
    const lockWaitSeconds = Math.max(1, Math.ceil(options.timeoutSeconds));
    const dialect = new MysqlDialect({
      pool,
      onCreateConnection: async (connection) => {
        await connection.executeQuery(
          CompiledQuery.raw(`set session lock_wait_timeout = ${lockWaitSeconds}, innodb_lock_wait_timeout = ${lockWaitSeconds}`),
        );
      },
    });
    return { dialect, sqlite: null };
  },

  isTransientError(error) {
    const errno = (error as { errno?: unknown } | null)?.errno;
    return typeof errno === 'number' && transientErrnos.has(errno);
  },

  isConnectFailure(error) {
    return brokenConnectionCodes.has(errorCode(error) ?? '');
  },

  ...schema,

  explainError(error, options) {
    const code = errorCode(error) ?? '';
    const message = error instanceof Error ? error.message : String(error);
    if (schema.isMissingSchema(error)) {
      return oldSchemaMessage(`MySQL database ${describeTarget(options)}`, message);
    }
    if (code === 'ER_LOCK_WAIT_TIMEOUT') {
      return `MySQL database ${describeTarget(options)} stayed locked by another client (waited --timeout ${options.timeoutSeconds} s): ${message}`;
    }
    if (code === 'ETIMEDOUT') {
      return `cannot connect to ${describeTarget(options)} within --timeout ${options.timeoutSeconds} s: ${message || code}`;
    }
    if (unreachableCodes.has(code) || code.startsWith('HANDSHAKE_') || code.startsWith('PROTOCOL_')) {
      return `cannot connect to ${describeTarget(options)}: ${message || code}`;
    }
    if (code === 'ER_ACCESS_DENIED_ERROR' || code === 'ER_BAD_DB_ERROR' || code === 'ER_DBACCESS_DENIED_ERROR') {
      return `cannot connect to ${describeTarget(options)}: ${message}`;
    }
    return undefined;
  },
};
