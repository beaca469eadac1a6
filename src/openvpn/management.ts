import { connect } from 'node:net';
import { showValue, UserError } from '../common/errors.ts';
import { ipFamily } from '../common/ip.ts';
import { parsePort } from '../common/port.ts';

export type ManagementTarget = { host: string; port: number } | { path: string };

export interface FetchManagementStatusOptions {
  /** Answer to OpenVPN's `ENTER PASSWORD:` prompt (the management password file's first line). */
  password?: string;
  /** For the whole exchange: connect, password, status. */
  timeoutMs: number;
  /** Status format to ask for; default 3. */
  version?: 2 | 3;
}

// A status of thousands of clients is a few MB; a peer sending far more without END is not OpenVPN.
const MAX_RESPONSE_CHARS = 64 * 1024 * 1024;
const PASSWORD_PROMPT = 'ENTER PASSWORD:';

/** `HOST:PORT`, `[IPv6]:PORT`, or a path to a unix socket (anything containing '/'). */
export function parseManagementTarget(spec: string): ManagementTarget {
  if (spec.includes('/')) return { path: spec };
  const match = /^(?:\[([^\]]+)\]|([^:[\]]+)):([0-9]{1,5})$/.exec(spec);
  const port = parsePort(match?.[3] ?? '', 1);
  const host = match?.[1] ?? match?.[2];
  const bracketOk = match?.[1] === undefined || ipFamily(match[1]) === 6;
  if (host === undefined || !bracketOk || port === null) {
    throw new UserError(
      `invalid management interface address ${showValue(spec)}: expected HOST:PORT, [IPv6]:PORT or a unix socket path containing "/"`,
    );
  }
  return { host, port };
}

export function describeTarget(target: ManagementTarget): string {
  if ('path' in target) return target.path;
  return ipFamily(target.host) === 6 ? `[${target.host}]:${target.port}` : `${target.host}:${target.port}`;
}

const SOCKET_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOENT: 'no such socket',
  EACCES: 'permission denied',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
};

/**
 * Asks OpenVPN's management interface for `status 3` (or 2) and resolves with the answer as
 * received (CRLF line ends), up to and including the END line; parseStatus reads it.
 * Rejects with a one-line UserError naming the target on timeout, refusal, or a password problem.
 */
export function fetchManagementStatus(target: ManagementTarget, options: FetchManagementStatusOptions): Promise<string> {
  const where = `the management interface at ${describeTarget(target)}`;
  return new Promise((resolve, reject) => {
    const socket = 'path' in target ? connect(target.path) : connect(target.port, target.host);
    let settled = false;
    let received = '';
    let scanned = 0; // start of the first line not yet looked at
    let answerStart = -1; // where the answer to our status command begins; -1 until it is sent
    let passwordSent = false;

    const settle = (error: Error | null, answer = '') => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        socket.destroy();
        reject(error);
      } else {
        socket.end('quit\n', () => socket.destroy());
        resolve(answer);
      }
    };
    const fail = (message: string) => settle(new UserError(message));
    const timer = setTimeout(() => fail(`timed out after ${options.timeoutMs} ms waiting for the status from ${where}`), options.timeoutMs);

    const sendStatusCommand = () => {
      answerStart = scanned;
      socket.write(`status ${options.version ?? 3}\n`);
    };

    const onLine = (line: string) => {
      if (line === 'ERROR: bad password') {
        fail(`${where} rejected the password`);
      } else if (line.startsWith('ERROR:')) {
        fail(`${where} answered ${showValue(line)}`);
      } else if (answerStart >= 0) {
        if (line === 'END') settle(null, received.slice(answerStart, scanned));
      } else if (line === 'SUCCESS: password is correct' || line.startsWith('>INFO:')) {
        // OpenVPN greets with >INFO right away, or once the password was accepted.
        sendStatusCommand();
      }
    };

    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
      if (received.length > MAX_RESPONSE_CHARS) fail(`${where} sent more than ${MAX_RESPONSE_CHARS} characters without END`);
      while (!settled) {
        // The prompt has no line end: OpenVPN waits for the password on the same line.
        if (answerStart < 0 && received.startsWith(PASSWORD_PROMPT, scanned)) {
          if (options.password === undefined) return fail(`${where} asks for a password, but none was given`);
          if (passwordSent) return fail(`${where} rejected the password`);
          socket.write(`${options.password}\n`);
          passwordSent = true;
          scanned += PASSWORD_PROMPT.length;
          continue;
        }
        const end = received.indexOf('\n', scanned);
        if (end < 0) return;
        const line = received.slice(scanned, received[end - 1] === '\r' ? end - 1 : end);
        scanned = end + 1;
        onLine(line);
      }
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      fail(`${where}: ${SOCKET_ERRORS[error.code ?? ''] ?? error.message}`);
    });
    socket.on('close', () => fail(`${where} closed the connection before the status was complete`));
  });
}
