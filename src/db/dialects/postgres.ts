import { PostgresDialect } from 'kysely';
import { describeTarget } from '../connection-options.ts';
import { errorCode } from '../../common/errors.ts';
import { type BackendAdapter, oldSchemaMessage, schemaChecks, unreachableCodes } from './backend-adapter.ts';

// Serialization failure, deadlock, lock timeout; and a server at max_connections
// or starting up, which a reconnect storm of hooks meets for a moment.
const transientCodes = new Set(['40001', '40P01', '55P03', '53300', '57P03']);

// node-postgres' words for a connect that timed out (pool or client) and a connection the server dropped.
const brokenConnectionMessage = /timeout exceeded when trying to connect|Connection terminated (due to connection timeout|unexpectedly)/;

// undefined_table, undefined_column.
const schema = schemaChecks('42P01', '42703');

/**
 * node-postgres asks at load time whether it runs in a Cloudflare Worker: with
 * no global `navigator` (Node 20 has none; Node 21 and later define one) it
 * builds a fetch Response to find out, which loads Node's fetch (undici), http,
 * http2, zlib and worker_threads: 16 ms of every PostgreSQL hook (require('pg')
 * took 36 ms against 20 ms with a navigator, hyperfine beside `node -e 0`). A
 * navigator as Node 21 defines it answers the question while pg loads.
 */
async function loadPg(): Promise<typeof import('pg').default> {
  if ('navigator' in globalThis) return (await import('pg')).default;
  Object.defineProperty(globalThis, 'navigator', { value: { userAgent: `Node.js/${process.versions.node.split('.')[0]}` }, configurable: true });
  try {
    return (await import('pg')).default;
  } finally {
    delete (globalThis as { navigator?: unknown }).navigator;
  }
}

export const postgresAdapter: BackendAdapter = {
  async createDialect(options) {
    const pg = await loadPg();
    const { sslmode, ...driverOptions } = options.driverOptions;
    const timeoutMs = Math.round(options.timeoutSeconds * 1000);
    const pool = new pg.Pool({
      ...driverOptions,
      host: options.host,
      port: options.port,
      database: options.database,
      user: options.user,
      password: options.password,
      ...(sslmode === undefined ? {} : { ssl: sslConfig(sslmode) }),
      max: 1,
      connectionTimeoutMillis: timeoutMs,
      query_timeout: timeoutMs,
    });
    // A connection the server or the network dropped (watch keeps one for hours) is reported as an 'error' event of the
    // pool or the client, which would end the process; the query in progress fails on its own, and the next one opens
    // a new connection and reports any failure.
    pool.on('error', () => {});
    pool.on('connect', (client) => client.on('error', () => {}));
    return { dialect: new PostgresDialect({ pool }), sqlite: null };
  },

  isTransientError(error) {
    return transientCodes.has(errorCode(error) ?? '');
  },

  isConnectFailure(error) {
    const code = errorCode(error) ?? '';
    const message = error instanceof Error ? error.message : '';
    return code === 'ECONNRESET' || code === 'EPIPE' || brokenConnectionMessage.test(message);
  },

  ...schema,

  explainError(error, options) {
    const code = errorCode(error) ?? '';
    const message = error instanceof Error ? error.message : String(error);
    if (schema.isMissingSchema(error)) {
      return oldSchemaMessage(`PostgreSQL database ${describeTarget(options)}`, message);
    }
    // node-postgres' query_timeout: connected, but no answer in time (an overloaded server, a lock held elsewhere).
    if (/query read timeout/i.test(message)) {
      return `no answer from ${describeTarget(options)} within --timeout ${options.timeoutSeconds} s (${message})`;
    }
    if (/timeout/i.test(message) || code === 'ETIMEDOUT') {
      return `cannot connect to ${describeTarget(options)} within --timeout ${options.timeoutSeconds} s: ${message || code}`;
    }
    if (unreachableCodes.has(code) || /^Connection terminated/.test(message)) {
      return `cannot connect to ${describeTarget(options)}: ${message || code}`;
    }
    if (code === '28P01' || code === '28000' || code === '3D000') {
      return `cannot connect to ${describeTarget(options)}: ${message}`;
    }
    return undefined;
  },
};

/** libpq's sslmode values, mapped onto node-postgres' ssl option. */
function sslConfig(mode: string): boolean | { rejectUnauthorized: boolean } {
  switch (mode) {
    case 'disable':
      return false;
    case 'verify-ca':
    case 'verify-full':
      return { rejectUnauthorized: true };
    default:
      return { rejectUnauthorized: false };
  }
}
