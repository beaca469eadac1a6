import { spawn } from 'node:child_process';
import { fstatSync } from 'node:fs';
import { targetIdentity } from '../db/connection-options.ts';
import { acquireDrainLock, type DrainLock } from '../spool/drain-lock.ts';
import { type Deferral, spooledEnv } from '../spool/event-file.ts';
import { hookQueueDir } from '../spool/hook-queue.ts';
import { writeEventFile } from '../spool/spool-dir.ts';
import { CHILD_LOCK_FD, FORKED_ENV, LOCK_FD_ENV } from './drainer-handoff.ts';
import type { HookSettings } from './run-hook.ts';

// The spooling modes (--spool, -f, --defer) only: a synchronous hook does not
// load child_process and node:crypto (hook-queue.ts), which cost it about 8 ms.

/**
 * Hands the event to a drainer through the spool directory (--spool) or this
 * database's hook queue (-f, --defer), and starts one unless one runs.
 * The event is published before the lock is tried, and a drainer that ends
 * looks for events once more after letting go of the lock: an event is never
 * left without a drainer.
 */
export async function spool(settings: HookSettings, env: NodeJS.ProcessEnv, deferral?: Deferral): Promise<void> {
  const dir = settings.mode === 'spool' ? settings.spoolDir : hookQueueDir(targetIdentity(settings.connection));
  writeEventFile(dir, {
    ...settings.rawInstance,
    updateCreate: settings.createMissing,
    env: spooledEnv(env),
    ...(deferral && { deferral }),
  });
  const lock = await acquireDrainLock(dir);
  if (!lock) return;
  try {
    startDrainer(env, lock);
  } finally {
    await lock.release();
  }
}

/**
 * Node cannot fork(): start this same command again, detached, as the
 * drainer, holding the lock we took, and let OpenVPN go on at once. Its
 * stderr is OpenVPN's (the log file) unless that is a pipe or socket, whose
 * reader may wait for every writer to close it. Should no process start (a
 * process limit), the event stays spooled for the next hook's drainer.
 */
function startDrainer(env: NodeJS.ProcessEnv, lock: DrainLock): void {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    detached: true,
    stdio: ['ignore', 'ignore', stderrIsStream() ? 'ignore' : 'inherit', lock.fd],
    env: { ...env, [FORKED_ENV]: 'drain', [LOCK_FD_ENV]: String(CHILD_LOCK_FD) },
  });
  child.on('error', () => {});
  child.unref();
}

function stderrIsStream(): boolean {
  try {
    const stderr = fstatSync(2);
    return stderr.isFIFO() || stderr.isSocket();
  } catch {
    return true;
  }
}
