import { type FSWatcher, readFileSync, watch } from 'node:fs';
import type { Server } from 'node:http';
import { basename, dirname } from 'node:path';
import type { AuthEvent } from '../common/auth-outcome.ts';
import { errorReason, UserError } from '../common/errors.ts';
import type { Instance } from '../common/session.ts';
import type { ConnectionOptions } from '../db/connection-options.ts';
import { type DatabaseHandle, openDatabase, withRetries } from '../db/open-database.ts';
import { describeTarget, type ManagementTarget } from '../openvpn/management.ts';
import { ManagementSession } from '../openvpn/management-session.ts';
import { parseStatus, StatusFormatError } from '../openvpn/parse-status.ts';
import type { StatusSnapshot, StatusVersion } from '../openvpn/status-client.ts';
import { followFile, MAX_LINE_BYTES } from '../server-log/line-source.ts';
import { LoginOutcomeReader } from '../server-log/login-attempts.ts';
import { type ApplyStatusOptions, type ApplyStatusResult, applyStatus } from '../sessions/apply-status.ts';
import { AUTH_EVENT_BATCH, type StoredAuthEvents, storeAuthEvents } from '../sessions/auth-event-log.ts';
import { OpenSessionCache } from '../sessions/open-session-cache.ts';
import { Drainer } from '../spool/drainer.ts';
import { fullCollection } from './idle-collection.ts';
import { WatchMetrics } from './metrics.ts';

export interface WatchConfig {
  /** Called at start and again on SIGHUP, so a changed credentials file is read again. */
  connection: () => ConnectionOptions;
  instance: Instance;
  apply: Omit<ApplyStatusOptions, 'openSessions'>;
  statusFile?: { path: string; version?: StatusVersion; timeZone?: string };
  management?: { target: ManagementTarget; passwordFile?: string };
  /** -A: a status whose TIME is older than this is not applied. */
  statusAgeSeconds?: number;
  spool?: string;
  /** --server-log: the OpenVPN server log, followed; its login outcomes go to auth_event. */
  serverLog?: string;
  intervalSeconds: number;
  metrics?: { host: string; port: number };
  /** -I: one line per update. */
  info: (line: string) => void;
  /** Errors, one line each (silenced by -q). */
  error: (line: string) => void;
}

/** After a failure: wait this long before the next attempt (the last step repeats). */
const BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000];

/**
 * `openvpn-db-log watch`: one resident process per OpenVPN instance. It keeps
 * its database connection and the instance's open sessions between updates,
 * applies each complete status (file rewrite or management `status 3`) once,
 * drains the hooks' spool, follows the server log into auth_event, and serves
 * Prometheus metrics. Status updates and server log batches go to the
 * database one at a time.
 */
export class WatchService {
  readonly metrics: WatchMetrics;
  readonly #cache = new OpenSessionCache();
  readonly #sleepers = new Set<Sleeper>();
  /** Run after each status update, in the quiet time before the next: the update's garbage goes at once. */
  readonly #collectGarbage = fullCollection();
  /** Ends the follow of the server log (followFile polls the file and sleeps between polls). */
  readonly #abort = new AbortController();
  #connection: ConnectionOptions;
  #handle: DatabaseHandle | null = null;
  #exclusive: Promise<unknown> = Promise.resolve();
  #stopping = false;
  #management: ManagementSession | null = null;
  #server: Server | null = null;
  #drainer: Drainer | null = null;

  constructor(private readonly config: WatchConfig) {
    this.#connection = config.connection();
    this.metrics = new WatchMetrics(config.spool);
  }

  /** Runs until SIGTERM or SIGINT (or stop()); the update in progress is finished first. */
  async run(): Promise<void> {
    const stop = () => this.stop();
    const reopen = () => this.reopen();
    process.on('SIGTERM', stop).on('SIGINT', stop).on('SIGHUP', reopen);
    try {
      if (this.config.metrics) this.#server = await this.metrics.serve(this.config.metrics.host, this.config.metrics.port);
      const loops: Promise<void>[] = [];
      if (this.config.statusFile) loops.push(this.#watchFile(this.config.statusFile));
      if (this.config.management) loops.push(this.#pollManagement(this.config.management));
      if (this.config.serverLog !== undefined) loops.push(this.#followServerLog(this.config.serverLog));
      if (this.config.spool !== undefined) {
        this.#drainer = new Drainer(this.config.spool, this.#connection, true, (message) => this.config.error(`spool ${this.config.spool}: ${message}`));
        loops.push(this.#drainer.run().then(() => {}));
      }
      await Promise.all(loops);
    } finally {
      process.off('SIGTERM', stop).off('SIGINT', stop).off('SIGHUP', reopen);
      this.#management?.close();
      await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
      this.#server?.closeAllConnections();
      await this.#closeDatabase();
    }
  }

  stop(): void {
    this.#stopping = true;
    this.#abort.abort();
    for (const sleeper of this.#sleepers) sleeper.wake();
  }

  /** SIGHUP: the next update opens the database anew (credentials read again) and reads the password file again. */
  reopen(): void {
    this.#connection = this.config.connection();
    void this.#serialized(() => this.#closeDatabase());
    this.#management?.close();
    this.config.info('SIGHUP: database and management interface will be reopened');
  }

  async #watchFile(source: NonNullable<WatchConfig['statusFile']>): Promise<void> {
    const path = source.path;
    const state = { up: false, snapshot: null as StatusSnapshot | null };
    this.metrics.source(path, state);
    const sleeper = this.#sleeper();
    let watcher: FSWatcher | undefined;
    // The directory, not the file: a status replaced by rename is a new file the old watch would not see.
    try {
      watcher = watch(dirname(path), (_event, name) => {
        if (name === null || name === basename(path)) sleeper.wake();
      }).on('error', () => {});
    } catch (error) {
      this.config.error(`cannot watch ${dirname(path)} (${errorReason(error)}); reading ${path} every ${this.config.intervalSeconds} s`);
    }
    const problems = new ProblemLog(`status file ${path}`, this.config.error);
    let seen: string | null = null;
    let incomplete: string | null = null;
    let failures = 0;
    try {
      while (!this.#stopping) {
        let text: string | null = null;
        try {
          text = readFileSync(path, 'utf8');
        } catch (error) {
          state.up = false;
          problems.report(`cannot read it: ${errorReason(error)}`);
        }
        if (text !== null && text !== seen) {
          try {
            const snapshot = this.#parse(text, source.version, source.timeZone);
            if (snapshot === null && text !== incomplete) this.config.info(`${path}: incomplete (caught mid-rewrite); waiting for the rewrite to finish`);
            incomplete = snapshot === null ? text : null;
            if (snapshot !== null) {
              await this.#update(path, snapshot);
              state.up = true;
              state.snapshot = snapshot;
              problems.clear();
            }
            seen = snapshot === null ? seen : text;
            failures = 0;
          } catch (error) {
            state.up = false;
            // A refused status (-N, unknown instance) stays refused: wait for the next rewrite.
            if (error instanceof UserError) seen = text;
            else failures++;
            problems.report(errorReason(error));
          }
        }
        await sleeper.sleep(failures > 0 ? backoff(failures) : this.config.intervalSeconds * 1000);
      }
    } finally {
      watcher?.close();
      this.#sleepers.delete(sleeper);
    }
  }

  async #pollManagement(source: NonNullable<WatchConfig['management']>): Promise<void> {
    const path = `management:${describeTarget(source.target)}`;
    const state = { up: false, snapshot: null as StatusSnapshot | null };
    this.metrics.source(path, state);
    const passwordFile = source.passwordFile;
    this.#management = new ManagementSession(source.target, {
      password: () => (passwordFile === undefined ? undefined : firstLine(passwordFile)),
      timeoutMs: this.#connection.timeoutSeconds * 1000,
    });
    const sleeper = this.#sleeper();
    const problems = new ProblemLog(path, this.config.error);
    let failures = 0;
    try {
      while (!this.#stopping) {
        try {
          const text = await this.#management.status();
          state.up = true;
          const snapshot = this.#parse(text, 3);
          if (snapshot !== null) {
            await this.#update(path, snapshot);
            state.snapshot = snapshot;
          }
          failures = 0;
          problems.clear();
        } catch (error) {
          state.up = false;
          failures++;
          problems.report(errorReason(error));
        }
        await sleeper.sleep(failures > 0 ? Math.min(backoff(failures), this.config.intervalSeconds * 1000) : this.config.intervalSeconds * 1000);
      }
    } finally {
      this.#sleepers.delete(sleeper);
    }
  }

  /**
   * Follows the server log from its start: what is already stored is stored again as the same rows, so nothing
   * logged while watch was down is lost and a restart adds nothing twice. A line without its own time (OpenVPN's
   * --suppress-timestamps) is timed when it is read, so the lines that were there at the start (up to the first
   * time the file has nothing new) would be new rows at every start: those are counted and left out.
   * A batch the database refuses is retried after 1, 2, 4 … 30 s while the follow waits, so no line is skipped.
   */
  async #followServerLog(path: string): Promise<void> {
    const name = `server log ${path}`;
    for (const outcome of ['success', 'failure'] as const) this.metrics.authEvents.inc({ outcome }, 0);
    const sleeper = this.#sleeper();
    // Two logs: the file coming back does not mean the database has, nor the other way round.
    const fileProblems = new ProblemLog(name, this.config.error);
    const databaseProblems = new ProblemLog(name, this.config.error);
    const reader = new LoginOutcomeReader();
    const batch = { lines: 0, events: [] as AuthEvent[] };
    let failures = 0;
    // No retry once stopping: SIGTERM must not wait for a database that is down (the next start reads the lines again).
    let gaveUp = false;
    const flush = async () => {
      for (let attempt = 1; batch.events.length > 0 && !gaveUp; attempt++) {
        try {
          await this.#storeAuthEvents(path, batch.lines, batch.events);
          batch.lines = 0;
          batch.events = [];
          databaseProblems.clear();
        } catch (error) {
          databaseProblems.report(errorReason(error));
          gaveUp = this.#stopping;
          if (gaveUp) return;
          await sleeper.sleep(backoff(attempt));
          if (this.#stopping) return;
        }
      }
    };
    try {
      while (!this.#stopping) {
        let caughtUp = false;
        let untimed = 0;
        const onIdle = async () => {
          if (!caughtUp && untimed > 0) {
            this.config.error(`${name}: ${untimed} login outcomes without a timestamp in the lines that were there at the start not stored (their time is unknown)`);
          }
          caughtUp = true;
          fileProblems.clear();
          await flush();
        };
        const onLongLine = (lineNumber: number, bytes: number) => this.config.error(`${name}: line ${lineNumber}: ${bytes} bytes, cut to the first ${MAX_LINE_BYTES}`);
        try {
          for await (const line of followFile(path, { follow: true, onLongLine, onIdle, signal: this.#abort.signal })) {
            batch.lines++;
            const read = reader.read(line, Date.now());
            if (read === null) continue;
            if (!read.timed && !caughtUp) untimed++;
            else batch.events.push(read.event);
            if (batch.events.length >= AUTH_EVENT_BATCH) await flush();
          }
          failures = 0;
        } catch (error) {
          // Missing (OpenVPN not started yet) or unreadable: tried again, and then read from its start.
          failures++;
          fileProblems.report(`cannot read it: ${errorReason(error)}`);
          await sleeper.sleep(Math.min(backoff(failures), this.config.intervalSeconds * 1000));
        }
      }
      await flush();
    } finally {
      this.#sleepers.delete(sleeper);
    }
  }

  /** Stores one batch of login outcomes, after any other source's update has finished. */
  #storeAuthEvents(path: string, lines: number, events: AuthEvent[]): Promise<void> {
    return this.#serialized(async () => {
      const started = performance.now();
      const handle = await this.#database();
      let stored: StoredAuthEvents;
      try {
        stored = await storeAuthEvents(handle, this.config.instance, events);
      } catch (error) {
        this.metrics.databaseErrors.inc();
        await this.#closeDatabase();
        const explained = handle.adapter.explainError(error, handle.options);
        throw new DatabaseError(explained ?? errorReason(error));
      }
      this.metrics.authEvents.inc({ outcome: 'success' }, stored.success);
      this.metrics.authEvents.inc({ outcome: 'failure' }, stored.failure);
      this.config.info(
        `server log ${path}: ${lines} lines, ${events.length} login outcomes, ${stored.success + stored.failure} new rows in auth_event ` +
          `(${stored.success} success, ${stored.failure} failure) in ${Math.round(performance.now() - started)} ms`,
      );
    });
  }

  /** null: incomplete (caught mid-rewrite) or too old; the next rewrite is awaited. */
  #parse(text: string, version: StatusVersion | undefined, timeZone?: string): StatusSnapshot | null {
    let snapshot: StatusSnapshot;
    try {
      snapshot = parseStatus(text, { ...(version === undefined ? {} : { version }), ...(timeZone === undefined ? {} : { timeZone }) });
    } catch (error) {
      if (error instanceof StatusFormatError) {
        if (/incomplete|empty|appears twice/.test(error.message)) return null;
        throw new UserError(error.message);
      }
      throw error;
    }
    const maxAge = this.config.statusAgeSeconds;
    if (maxAge !== undefined && Math.floor(Date.now() / 1000 - snapshot.time) > maxAge) {
      throw new UserError(`status TIME ${snapshot.time} is more than --status-age ${maxAge} s old; not applied`);
    }
    return snapshot;
  }

  /** Applies one status in its own transaction, after any other source's update has finished. */
  #update(path: string, snapshot: StatusSnapshot): Promise<ApplyStatusResult> {
    return this.#serialized(async () => {
      const started = performance.now();
      const handle = await this.#database();
      let result: ApplyStatusResult;
      try {
        result = await withRetries(handle, () => applyStatus(handle, this.config.instance, snapshot, { ...this.config.apply, openSessions: this.#cache }));
      } catch (error) {
        this.#cache.invalidate();
        if (error instanceof UserError) throw error;
        this.metrics.databaseErrors.inc();
        await this.#closeDatabase();
        const explained = handle.adapter.explainError(error, handle.options);
        throw new DatabaseError(explained ?? errorReason(error));
      }
      const seconds = (performance.now() - started) / 1000;
      this.metrics.updates.inc({ status_path: path });
      this.metrics.updateSeconds.observe({ status_path: path }, seconds);
      this.config.info(
        `${path} TIME ${snapshot.time}: ${result.updated} updated, ${result.unchanged} unchanged, ${result.created} created, ` +
          `${result.closed} closed, ${result.skipped.length} skipped, ${result.rejected.length} rejected in ${Math.round(seconds * 1000)} ms`,
      );
      this.#collectGarbage();
      return result;
    });
  }

  #serialized<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#exclusive.then(work, work);
    this.#exclusive = result.catch(() => {});
    return result;
  }

  async #database(): Promise<DatabaseHandle> {
    if (this.#handle === null) {
      this.#handle = await openDatabase(this.#connection);
      this.#cache.invalidate();
    }
    return this.#handle;
  }

  async #closeDatabase(): Promise<void> {
    const handle = this.#handle;
    this.#handle = null;
    await handle?.db.destroy().catch(() => {});
  }

  #sleeper(): Sleeper {
    const sleeper = new Sleeper();
    this.#sleepers.add(sleeper);
    return sleeper;
  }
}

class DatabaseError extends Error {
  override readonly name = 'DatabaseError';
}

function backoff(failures: number): number {
  return BACKOFF_MS[Math.min(failures, BACKOFF_MS.length) - 1]!;
}

function firstLine(file: string): string {
  try {
    return readFileSync(file, 'utf8').split(/\r?\n/)[0] ?? '';
  } catch (error) {
    throw new UserError(`cannot read management password file ${file}: ${errorReason(error)}`);
  }
}

/**
 * journald gets one line per outage, not one per attempt: the first problem is printed, and the retries that fail
 * after it (refused, timed out, reset: their wording changes as a server goes down) are not, until one works.
 */
class ProblemLog {
  #first = '';
  constructor(
    private readonly source: string,
    private readonly print: (line: string) => void,
  ) {}
  report(problem: string): void {
    if (this.#first === '') this.print(`${this.source}: ${problem}`);
    this.#first = problem;
  }
  clear(): void {
    if (this.#first !== '') this.print(`${this.source}: working again`);
    this.#first = '';
  }
}

/** A sleep that a wake() cuts short; a wake() while not sleeping makes the next sleep return at once. */
class Sleeper {
  #wake: (() => void) | null = null;
  #pending = false;

  sleep(ms: number): Promise<void> {
    if (this.#pending) {
      this.#pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(), ms);
      const done = () => {
        clearTimeout(timer);
        this.#wake = null;
        resolve();
      };
      this.#wake = done;
    });
  }

  wake(): void {
    if (this.#wake) this.#wake();
    else this.#pending = true;
  }
}
