import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { errorCode, errorReason, UserError } from '../common/errors.ts';
import { encodeEvent, scriptTypeRank, type SpooledEvent } from './event-file.ts';

/**
 * The spool directory: one `*.event` file per hook call (see event-file.ts),
 * `failed/` for the events `drain` could not apply (each with a `.reason`),
 * and `drain.pid` while a drainer runs. Names are
 * `<uptime centiseconds>-<rank>-<pid>[-n].event`, the same as the shell hook
 * writes; they only break ties of the modification time.
 */
export const FAILED_DIR = 'failed';
export const PID_FILE = 'drain.pid';
const EVENT_SUFFIX = '.event';
const TEMP_SUFFIX = '.tmp';
/** A temporary file this old belongs to a hook that died before publishing it. */
const STALE_TEMP_MS = 60 * 60 * 1000;

export interface SpooledFile {
  name: string;
  path: string;
  /** arrival: when the hook wrote the file */
  mtimeNs: bigint;
}

export function ensureSpoolDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new UserError(`cannot create spool directory ${dir}: ${errorReason(error)}`);
  }
}

/**
 * Publishes an event durably: written to a temporary file, fsynced, then
 * hard-linked under its final name (a link never replaces another event, as a
 * rename could) and the directory fsynced.
 */
export function writeEventFile(dir: string, event: SpooledEvent): string {
  ensureSpoolDir(dir);
  const base = `${uptimeCentiseconds()}-${scriptTypeRank(event.env['script_type'])}-${process.pid}`;
  const temporary = join(dir, `.${base}${TEMP_SUFFIX}`);
  try {
    const fd = openSync(temporary, 'wx', 0o600);
    try {
      writeSync(fd, encodeEvent(event));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    const published = publish(temporary, dir, base);
    unlinkSync(temporary);
    syncDirectory(dir);
    return published;
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was created, or it is gone already.
    }
    throw new UserError(`cannot write an event file in spool directory ${dir}: ${errorReason(error)}`);
  }
}

function publish(temporary: string, dir: string, base: string): string {
  for (let attempt = 0; ; attempt++) {
    const path = join(dir, `${base}${attempt === 0 ? '' : `-${attempt}`}${EVENT_SUFFIX}`);
    try {
      linkSync(temporary, path);
      return path;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST' || attempt >= 100) throw error;
    }
  }
}

function syncDirectory(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Monotonic within a boot and cheap to read from a shell; across boots the modification time orders. */
function uptimeCentiseconds(): string {
  let centiseconds = '0';
  try {
    const [seconds, fraction = '00'] = readFileSync('/proc/uptime', 'latin1').split(' ')[0]?.split('.') ?? [];
    if (seconds) centiseconds = `${seconds}${fraction.padEnd(2, '0').slice(0, 2)}`;
  } catch {
    // No /proc: the modification time alone orders the events.
  }
  return centiseconds.padStart(12, '0');
}

/** The spooled events in arrival order. */
export function listEvents(dir: string): SpooledFile[] {
  const files: SpooledFile[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.endsWith(EVENT_SUFFIX) || name.startsWith('.')) continue;
    const path = join(dir, name);
    try {
      const stat = statSync(path, { bigint: true });
      if (stat.isFile()) files.push({ name, path, mtimeNs: stat.mtimeNs });
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
  }
  return files.sort((a, b) => (a.mtimeNs === b.mtimeNs ? compare(a.name, b.name) : a.mtimeNs < b.mtimeNs ? -1 : 1));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Temporary files of hooks that died between writing and publishing. */
export function removeStaleTemporaries(dir: string, now = Date.now()): void {
  for (const name of readdirSync(dir)) {
    if (!name.startsWith('.') || !name.endsWith(TEMP_SUFFIX)) continue;
    try {
      const path = join(dir, name);
      if (now - statSync(path).mtimeMs > STALE_TEMP_MS) unlinkSync(path);
    } catch {
      // Published and removed by its hook meanwhile.
    }
  }
}

/** Keeps an event the database will not take, next to a `.reason` file saying why. */
export function moveToFailed(file: SpooledFile, dir: string, reason: string): string {
  const failedDir = join(dir, FAILED_DIR);
  mkdirSync(failedDir, { recursive: true, mode: 0o700 });
  let target = join(failedDir, file.name);
  for (let attempt = 1; existsSync(target); attempt++) target = join(failedDir, `${file.name}.${attempt}`);
  renameSync(file.path, target);
  writeFileSync(`${target}.reason`, `${new Date().toISOString()} ${reason}\n`, { mode: 0o600 });
  return target;
}

/** drain.pid tells the shell hook (bin/openvpn-db-log-spool) that a drainer runs; Node hooks try the lock. */
export function writePidFile(dir: string): void {
  writeFileSync(join(dir, PID_FILE), `${process.pid}\n`, { mode: 0o600 });
}

export function removePidFile(dir: string): void {
  try {
    if (readFileSync(join(dir, PID_FILE), 'latin1').trim() === String(process.pid)) unlinkSync(join(dir, PID_FILE));
  } catch {
    // Already gone.
  }
}

