import { connect, type Socket } from 'node:net';
import { showValue, UserError } from '../common/errors.ts';
import { describeTarget, type ManagementTarget } from './management.ts';

const PASSWORD_PROMPT = 'ENTER PASSWORD:';
// A status of thousands of clients is a few MB; a peer sending far more without END is not OpenVPN.
const MAX_ANSWER_CHARS = 64 * 1024 * 1024;

export interface ManagementSessionOptions {
  /** Read at each (re)connect, so a changed password file takes effect without a restart. */
  password: () => string | undefined;
  /** For connecting (with the password exchange), and for each command's answer. */
  timeoutMs: number;
}

interface Waiter {
  resolve: (value: string) => void;
  reject: (error: Error) => void;
  lines: string[];
  size: number;
}

/**
 * One persistent connection to OpenVPN's management interface (watch
 * --management): connects on first use, asks one command at a time, and after
 * OpenVPN closed the connection (a restart) connects again on the next command.
 * Real-time notifications (lines starting with '>') are left out of answers.
 */
export class ManagementSession {
  readonly where: string;
  #socket: Socket | null = null;
  #ready: Promise<void> | null = null;
  #waiter: Waiter | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  #buffer = '';

  constructor(
    private readonly target: ManagementTarget,
    private readonly options: ManagementSessionOptions,
  ) {
    this.where = `the management interface at ${describeTarget(target)}`;
  }

  /** `status 3`'s answer up to and including END, one line per CLIENT_LIST etc. */
  status(): Promise<string> {
    return this.#command('status 3');
  }

  /** Drops the connection; the next command connects again. */
  close(): void {
    const socket = this.#socket;
    this.#socket = null;
    this.#ready = null;
    if (socket && !socket.destroyed) socket.end('quit\n', () => socket.destroy());
    this.#fail(new UserError(`${this.where}: connection closed`));
  }

  #command(command: string): Promise<string> {
    const run = async () => {
      await this.#connected();
      return await this.#ask(command);
    };
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => {});
    return result;
  }

  #connected(): Promise<void> {
    if (this.#ready) return this.#ready;
    const ready = new Promise<void>((resolve, reject) => {
      const socket = 'path' in this.target ? connect(this.target.path) : connect(this.target.port, this.target.host);
      this.#socket = socket;
      this.#buffer = '';
      let passwordSent = false;
      let greeted = false;
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new UserError(`timed out after ${this.options.timeoutMs} ms connecting to ${this.where}`));
      }, this.options.timeoutMs);
      const fail = (message: string) => {
        clearTimeout(timer);
        socket.destroy();
        reject(new UserError(message));
      };
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => {
        this.#buffer += chunk;
        if (!greeted && this.#buffer.startsWith(PASSWORD_PROMPT)) {
          this.#buffer = this.#buffer.slice(PASSWORD_PROMPT.length);
          const password = this.options.password();
          if (password === undefined) return fail(`${this.where} asks for a password, but none was given`);
          if (passwordSent) return fail(`${this.where} rejected the password`);
          passwordSent = true;
          socket.write(`${password}\n`);
        }
        for (let end = this.#buffer.indexOf('\n'); end >= 0; end = this.#buffer.indexOf('\n')) {
          const line = this.#buffer.slice(0, this.#buffer[end - 1] === '\r' ? end - 1 : end);
          this.#buffer = this.#buffer.slice(end + 1);
          if (!greeted) {
            if (line === 'ERROR: bad password') return fail(`${this.where} rejected the password`);
            // OpenVPN greets with >INFO right away, or once the password was accepted.
            if (line.startsWith('>INFO:')) {
              greeted = true;
              clearTimeout(timer);
              resolve();
            }
            continue;
          }
          this.#onLine(line);
        }
        if (this.#buffer.length > MAX_ANSWER_CHARS) {
          socket.destroy();
          this.#fail(new UserError(`${this.where} sent more than ${MAX_ANSWER_CHARS} characters without a line end`));
        }
      });
      socket.on('error', (error: NodeJS.ErrnoException) => fail(`${this.where}: ${error.code ?? error.message}`));
      socket.on('close', () => {
        clearTimeout(timer);
        if (this.#socket === socket) {
          this.#socket = null;
          this.#ready = null;
        }
        reject(new UserError(`${this.where} closed the connection`));
        this.#fail(new UserError(`${this.where} closed the connection before the answer was complete`));
      });
    });
    this.#ready = ready;
    ready.catch(() => {
      if (this.#ready === ready) this.#ready = null;
    });
    return ready;
  }

  #ask(command: string): Promise<string> {
    const socket = this.#socket;
    if (!socket) return Promise.reject(new UserError(`${this.where} closed the connection`));
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        // The answer may still come, mixed into the next one's: start over on a new connection.
        socket.destroy();
        this.#fail(new UserError(`timed out after ${this.options.timeoutMs} ms waiting for ${showValue(command)} from ${this.where}`));
      }, this.options.timeoutMs);
      this.#waiter = {
        resolve: (value) => (clearTimeout(timer), resolve(value)),
        reject: (error) => (clearTimeout(timer), reject(error)),
        lines: [],
        size: 0,
      };
      socket.write(`${command}\n`);
    });
  }

  #onLine(line: string): void {
    const waiter = this.#waiter;
    if (waiter === null || line.startsWith('>')) return;
    if (line.startsWith('ERROR:')) {
      this.#waiter = null;
      waiter.reject(new UserError(`${this.where} answered ${showValue(line)}`));
    } else if (line === 'END') {
      this.#waiter = null;
      waiter.lines.push(line, '');
      waiter.resolve(waiter.lines.join('\n'));
    } else {
      waiter.lines.push(line);
      waiter.size += line.length;
      if (waiter.size > MAX_ANSWER_CHARS) {
        this.#socket?.destroy();
        this.#fail(new UserError(`${this.where} sent more than ${MAX_ANSWER_CHARS} characters without END`));
      }
    }
  }

  #fail(error: Error): void {
    const waiter = this.#waiter;
    this.#waiter = null;
    waiter?.reject(error);
  }
}
