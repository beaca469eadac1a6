import { readFileSync, unlinkSync, watch, type FSWatcher } from 'node:fs';
import { errorCode, printable, UserError } from '../common/errors.ts';
import { type HookEvent, parseHookEnv } from '../openvpn/hook-event.ts';
import { type Instance, instanceFrom } from '../common/session.ts';
import { applyHookEvent, DisconnectConflict, hasCountryColumn } from '../sessions/session-log.ts';
import type { ConnectGeo, GeoSettings } from '../geo/connect-geo.ts';
import { acquireDrainLock, type DrainLock } from './drain-lock.ts';
import { decodeEvent, type Deferral, EventFileError } from './event-file.ts';
import { answerDeferral, refuseDeferral } from '../openvpn/deferred-connect.ts';
import {
  listEvents,
  moveToFailed,
  removePidFile,
  removeStaleTemporaries,
  type SpooledFile,
  writePidFile,
} from './spool-dir.ts';
import { type ConnectionOptions, describeTarget } from '../db/connection-options.ts';
import { adapterFor, type DatabaseHandle, openDatabase, withRetries } from '../db/open-database.ts';

/** Events per transaction: large enough to catch up fast, small enough to redo cheaply. */
const BATCH_SIZE = 200;
/** A shell hook writes its file in one go; one incomplete for this long lost its writer. */
const INCOMPLETE_GRACE_MS = 60_000;
const BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000];
/** --watch rescans this often even if no file-system notification arrives (NFS, missed events). */
const WATCH_POLL_MS = 10_000;
const LOCK_POLL_MS = 5_000;
/** During a back-off, how often to look for a deferred client that arrived meanwhile. */
const DEFERRAL_POLL_MS = 500;

interface ReadyEvent {
  file: SpooledFile;
  event: HookEvent;
  instance: Instance;
  createMissing: boolean;
  deferral: Deferral | undefined;
  /** Looked up (and alerted on) once, before the first transaction that writes the connect. */
  country?: string | null;
}

/** The database could not take events right now; they stay spooled. */
class DatabaseUnavailable extends Error {
  override readonly name = 'DatabaseUnavailable';
  constructor(
    message: string,
    /** No tables (or older ones): only `migrate` helps, so the wait for it is bounded. */
    readonly schemaMissing: boolean,
  ) {
    super(message);
  }
}

export interface DrainReport {
  applied: number;
  /** Moved to failed/. */
  failed: number;
  /** Second real disconnects with other values: the first is kept, these are reported and removed. */
  conflicts: number;
  /** The schema stayed missing for the whole --schema-wait: the events are still spooled. */
  gaveUp: boolean;
}

/** The default --schema-wait: long enough to run `migrate` after noticing, short enough not to spin all day. */
export const DEFAULT_SCHEMA_WAIT_SECONDS = 300;

/**
 * Applies the spool in arrival order: a batch per transaction, a file removed
 * only after its transaction committed. Replaying an event is harmless
 * (applyHookEvent is idempotent), so a crash between commit and removal
 * costs nothing. Only one drainer per directory runs (drain-lock.ts).
 */
export class Drainer {
  private readonly wake = new Wakeup();
  private stopping = false;
  private lock: DrainLock | null = null;
  private handle: DatabaseHandle | undefined;
  private failures = 0;
  private lastProblem = '';
  private schemaMissingSince: number | null = null;
  private readonly report: DrainReport = { applied: 0, failed: 0, conflicts: 0, gaveUp: false };

  constructor(
    private readonly dir: string,
    private readonly connection: ConnectionOptions,
    private readonly watchMode: boolean,
    private readonly log: (message: string) => void,
    private readonly schemaWaitSeconds = DEFAULT_SCHEMA_WAIT_SECONDS,
    private readonly geoSettings: GeoSettings | null = null,
    /** The lock the hook that started this drainer took for it (drain-lock.ts). */
    private readonly inheritedLock: DrainLock | null = null,
  ) {}

  /** Deferred clients admitted with -z while their connect could not be stored; it is stored later. */
  private readonly answered = new Set<string>();

  private geo: ConnectGeo | undefined;
  /** Whether the session table has the country column (migration 006), asked once per connection. */
  private countryColumn = false;

  async run(): Promise<DrainReport> {
    const stop = () => {
      this.stopping = true;
      this.wake.signal();
    };
    const retryNow = () => this.wake.signal();
    process.on('SIGTERM', stop).on('SIGINT', stop).on('SIGUSR1', retryNow);
    let watcher: FSWatcher | undefined;
    try {
      this.lock = await this.acquireLock();
      if (!this.lock) return this.report;
      if (this.watchMode) watcher = watch(this.dir, () => this.wake.change()).on('error', () => {});
      while (!this.stopping) {
        const worked = await this.round();
        if (worked === 'waiting') await this.wake.sleep(1_000, { onChange: true });
        else if (worked === 'unavailable' && this.schemaWaitOver()) break;
        else if (worked === 'unavailable') await this.backOff();
        else if (worked === 'empty' && !(await this.idle())) break;
      }
      return this.report;
    } finally {
      watcher?.close();
      process.off('SIGTERM', stop).off('SIGINT', stop).off('SIGUSR1', retryNow);
      await this.closeDatabase();
      this.geo?.close();
      removePidFile(this.dir);
      await this.lock?.release();
    }
  }

  private async acquireLock(): Promise<DrainLock | null> {
    if (this.inheritedLock) {
      writePidFile(this.dir);
      return this.inheritedLock;
    }
    for (;;) {
      const lock = await acquireDrainLock(this.dir);
      if (lock) {
        writePidFile(this.dir);
        return lock;
      }
      if (!this.watchMode) {
        this.log('another drain is running on this spool directory; leaving it the work');
        return null;
      }
      await this.wake.sleep(LOCK_POLL_MS, { onChange: false });
      if (this.stopping) return null;
    }
  }

  /** Spool empty: wait for more (--watch), or hand over and end. Returns whether to go on. */
  private async idle(): Promise<boolean> {
    await this.closeDatabase();
    if (this.watchMode) {
      await this.wake.sleep(WATCH_POLL_MS, { onChange: true });
      return true;
    }
    // A hook that spooled after our last look but saw drain.pid started no
    // drainer: look once more after letting go, and take over if needed.
    removePidFile(this.dir);
    await this.lock?.release();
    this.lock = null;
    if (listEvents(this.dir).length === 0) return false;
    this.lock = await acquireDrainLock(this.dir);
    if (!this.lock) return false;
    writePidFile(this.dir);
    return true;
  }

  private async round(): Promise<'empty' | 'waiting' | 'applied' | 'unavailable'> {
    removeStaleTemporaries(this.dir);
    const files = listEvents(this.dir);
    let waiting = false;
    let applied = false;
    for (let start = 0; start < files.length && !this.stopping; start += BATCH_SIZE) {
      const batch: ReadyEvent[] = [];
      for (const file of files.slice(start, start + BATCH_SIZE)) {
        const ready = this.readEvent(file);
        if (ready === 'waiting') waiting = true;
        else if (ready) batch.push(ready);
      }
      if (batch.length === 0) continue;
      try {
        await this.apply(batch);
        applied = true;
      } catch (error) {
        if (!(error instanceof DatabaseUnavailable)) throw error;
        await this.closeDatabase();
        this.noteProblem(error);
        await this.settleDeferrals(files, error.message);
        return 'unavailable';
      }
    }
    if (this.failures > 0) {
      this.log('the database takes events again');
      this.failures = 0;
      this.lastProblem = '';
    }
    this.schemaMissingSince = null;
    return waiting ? 'waiting' : applied || files.length > 0 ? 'applied' : 'empty';
  }

  /** Decodes and validates one file with the hook's own rules; a file that never will be an event goes to failed/. */
  private readEvent(file: SpooledFile): ReadyEvent | 'waiting' | undefined {
    let text: string;
    try {
      text = readFileSync(file.path, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return undefined;
      throw error;
    }
    try {
      const spooled = decodeEvent(text);
      const arrival = Number(file.mtimeNs / 1_000_000_000n);
      return {
        file,
        event: parseHookEnv(spooled.env, () => arrival),
        instance: instanceFrom(spooled),
        createMissing: spooled.updateCreate,
        deferral: spooled.deferral,
      };
    } catch (error) {
      if (error instanceof EventFileError && error.incomplete && Date.now() - Number(file.mtimeNs / 1_000_000n) < INCOMPLETE_GRACE_MS) {
        return 'waiting';
      }
      if (!(error instanceof EventFileError || error instanceof UserError)) throw error;
      this.fail(file, error instanceof EventFileError ? `undecodable event file: ${error.message}` : error.message);
      return undefined;
    }
  }

  private async apply(batch: ReadyEvent[]): Promise<void> {
    const handle = await this.database();
    await this.lookUpCountries(batch);
    try {
      await withRetries(handle, () =>
        handle.db.transaction().execute(async (trx) => {
          for (const item of batch) await applyHookEvent({ ...handle, db: trx }, item.instance, item.event, item);
        }),
      );
      for (const item of batch) this.done(item);
      return;
    } catch {
      // Find the event the session log refuses (or whether the database went away): one at a time, in order.
    }
    for (const item of batch) {
      try {
        await withRetries(handle, () =>
          handle.db.transaction().execute((trx) => applyHookEvent({ ...handle, db: trx }, item.instance, item.event, item)),
        );
        this.done(item);
      } catch (error) {
        if (error instanceof DisconnectConflict) this.conflict(item.file, error.message);
        else if (error instanceof UserError) await this.refuse(item, error.message);
        else throw this.unavailable(error);
      }
    }
  }

  /**
   * A failed statement aborts a PostgreSQL transaction, so the batch cannot
   * retry an INSERT without the country the way the hook does: it stores a
   * country only where the column exists.
   */
  private async lookUpCountries(batch: ReadyEvent[]): Promise<void> {
    if (!this.geoSettings) return;
    for (const item of batch) {
      if (item.event.type !== 'client-connect' || item.country !== undefined) continue;
      if (!this.geo) {
        const { ConnectGeo } = await import('../geo/connect-geo.ts');
        this.geo = new ConnectGeo(this.geoSettings, this.log);
      }
      const country = await this.geo.onConnect(item.event.start, item.instance);
      item.country = this.countryColumn ? country : null;
    }
  }

  private async database(): Promise<DatabaseHandle> {
    if (this.handle) return this.handle;
    try {
      const handle = await openDatabase(this.connection);
      this.handle = handle;
      // Connecting is lazy: ask for both tables now, so a missing schema or an
      // unreachable server is told apart from an event the session log refuses.
      await handle.db.selectFrom('instance').select('id').limit(1).execute();
      await handle.db.selectFrom('session').select('id').limit(1).execute();
      this.countryColumn = this.geoSettings !== null && (await hasCountryColumn(handle));
      return handle;
    } catch (error) {
      throw this.unavailable(error);
    }
  }

  private async closeDatabase(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    await handle?.db.destroy().catch(() => {});
  }

  private done(item: ReadyEvent): void {
    removeEvent(item.file);
    if (item.deferral) answerDeferral(item.deferral.file, true);
    this.answered.delete(item.file.name);
    this.report.applied++;
  }

  /** The session log refuses the event: a deferred client gets the answer a synchronous hook's exit 100 would give. */
  private async refuse(item: ReadyEvent, reason: string): Promise<void> {
    if (item.deferral) await answer(item.deferral);
    this.fail(item.file, reason);
  }

  /**
   * The database is unavailable: each deferred client still waiting gets the
   * answer a synchronous hook would have given by now. A refused client never
   * got in, so its connect is dropped; one admitted (-z) is stored later.
   */
  private async settleDeferrals(files: SpooledFile[], reason: string): Promise<void> {
    const waiting = files.flatMap((file) => {
      const deferral = this.answered.has(file.name) ? undefined : deferralOf(file);
      return deferral ? [{ file, deferral }] : [];
    });
    // Together: each refusal waits for its own hook's reaping, and one after another a storm's last client would
    // be answered 200 ms times the clients before it later, or one hook still running would hold up the rest.
    await Promise.all(waiting.map(({ deferral }) => answer(deferral)));
    for (const { file, deferral } of waiting) {
      if (deferral.admitOnFailure) {
        this.answered.add(file.name);
      } else {
        removeEvent(file);
        this.log(`refused the deferred client of ${file.name}: ${reason}`);
      }
    }
  }

  private unavailable(error: unknown): DatabaseUnavailable {
    return new DatabaseUnavailable(this.explain(error), adapterFor(this.connection.backend).isMissingSchema(error, this.connection));
  }

  /** Nothing to fix and nothing to retry: the database keeps the first disconnect; the line is the record of this one. */
  private conflict(file: SpooledFile, reason: string): void {
    removeEvent(file);
    this.report.conflicts++;
    this.log(`${file.name}: ${reason}`);
  }

  private fail(file: SpooledFile, reason: string): void {
    moveToFailed(file, this.dir, reason);
    this.report.failed++;
    this.log(`moved ${file.name} to failed/: ${reason}`);
  }

  private noteProblem(problem: DatabaseUnavailable): void {
    this.failures++;
    if (!problem.schemaMissing) {
      this.schemaMissingSince = null;
      if (problem.message === this.lastProblem) return;
      this.lastProblem = problem.message;
      this.log(`${problem.message}; events stay spooled, retrying with back-off (SIGUSR1 to pid ${process.pid} retries now)`);
      return;
    }
    this.schemaMissingSince ??= Date.now();
    // Once per back-off step: a missing schema is not worth a line every 30 s, but the operator must see it growing.
    const newStep = this.failures <= BACKOFF_MS.length || problem.message !== this.lastProblem;
    this.lastProblem = problem.message;
    if (!newStep || this.schemaWaitOver()) return;
    const left = Math.ceil(this.schemaWaitSeconds - (Date.now() - this.schemaMissingSince) / 1000);
    this.log(
      `${problem.message}; events stay spooled, next try in ${Math.ceil(this.backOffDelay() / 1000)} s, ` +
        `giving up in ${left} s (--schema-wait ${this.schemaWaitSeconds})`,
    );
  }

  /** The schema has been missing for --schema-wait: say so, leave the events, end. */
  private schemaWaitOver(): boolean {
    if (this.schemaMissingSince === null) return false;
    const waited = (Date.now() - this.schemaMissingSince) / 1000;
    if (waited < this.schemaWaitSeconds) return false;
    if (!this.report.gaveUp) {
      this.report.gaveUp = true;
      this.log(
        `gave up after ${Math.round(waited)} s (--schema-wait ${this.schemaWaitSeconds}) without an openvpn-db-log schema: ` +
          `${listEvents(this.dir).length} event(s) stay in ${this.dir}; run \`openvpn-db-log migrate\`, then drain again`,
      );
    }
    return true;
  }

  /** The next back-off; while the schema is missing, never past the end of --schema-wait. */
  private backOffDelay(): number {
    const delay = BACKOFF_MS[Math.min(this.failures, BACKOFF_MS.length) - 1] ?? 1_000;
    if (this.schemaMissingSince === null) return delay;
    return Math.min(delay, Math.max(0, this.schemaMissingSince + this.schemaWaitSeconds * 1000 - Date.now()));
  }

  /**
   * Sleeps the back-off, cut short when a deferred client arrives meanwhile:
   * it gets a fresh try at once, the answer a synchronous hook would give,
   * instead of waiting out a back-off of up to 30 s while OpenVPN holds it.
   */
  private async backOff(): Promise<void> {
    const until = Date.now() + this.backOffDelay();
    const seen = new Set(listEvents(this.dir).map((file) => file.name));
    for (let left = until - Date.now(); left > 0; left = until - Date.now()) {
      if (await this.wake.sleep(Math.min(left, DEFERRAL_POLL_MS), { onChange: false })) return;
      if (this.deferralArrived(seen)) return;
    }
  }

  private deferralArrived(seen: Set<string>): boolean {
    for (const file of listEvents(this.dir)) {
      if (seen.has(file.name)) continue;
      seen.add(file.name);
      if (deferralOf(file)) return true;
    }
    return false;
  }

  private explain(error: unknown): string {
    const explained = adapterFor(this.connection.backend).explainError(error, this.connection);
    const text = explained ?? `${describeTarget(this.connection)}: ${error instanceof Error ? error.message || error.name : String(error)}`;
    return printable(text);
  }
}

/** What a synchronous hook's exit 100 would have meant for a deferred client whose connect cannot be stored. */
async function answer(deferral: Deferral): Promise<void> {
  if (deferral.admitOnFailure) answerDeferral(deferral.file, true);
  else await refuseDeferral(deferral.file, deferral.hookPid);
}

/** The deferred client an event file waits to answer; undefined when none, or unreadable now (removed, or not an event: the next round deals with it). */
function deferralOf(file: SpooledFile): Deferral | undefined {
  try {
    return decodeEvent(readFileSync(file.path, 'utf8')).deferral;
  } catch {
    return undefined;
  }
}

function removeEvent(file: SpooledFile): void {
  try {
    unlinkSync(file.path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

/**
 * Sleeps that a signal (stop, SIGUSR1) cuts short, and while idle also a new
 * file. A wake-up that comes while not sleeping is kept for the next sleep.
 */
class Wakeup {
  private signalled = false;
  private changed = false;
  private current: { done(): void; onChange: boolean } | undefined;

  /** Resolves true when woken, false when the time ran out. */
  sleep(ms: number, { onChange }: { onChange: boolean }): Promise<boolean> {
    if (this.signalled || (onChange && this.changed)) {
      this.signalled = false;
      this.changed = false;
      return Promise.resolve(true);
    }
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      function done() {
        clearTimeout(timer);
        resolve(true);
      }
      this.current = { done, onChange };
    }).finally(() => {
      this.current = undefined;
      this.changed = false;
    });
  }

  signal(): void {
    if (this.current) this.current.done();
    else this.signalled = true;
  }

  change(): void {
    if (this.current?.onChange) this.current.done();
    else this.changed = true;
  }
}
