import { spawn } from 'node:child_process';
import { fstatSync } from 'node:fs';
import { type HookEvent, parseHookEnv } from '../openvpn/hook-event.ts';
import { announceDeferral, answerDeferral, DEFERRED_FILE_ENV } from '../openvpn/deferred-connect.ts';
import type { Instance, SessionStart } from '../common/session.ts';
import { type Deferral, spooledEnv } from '../spool/event-file.ts';
import { writeEventFile } from '../spool/spool-dir.ts';
import { hookQueueDir } from '../spool/hook-queue.ts';
import { acquireDrainLock, type DrainLock } from '../spool/drain-lock.ts';
import { type ConnectionOptions, targetIdentity } from '../db/connection-options.ts';
import { enterGate } from './connection-gate.ts';
import type { GeoSettings } from '../geo/connect-geo.ts';

/**
 * Marks a detached drainer started by a hook with the hook's own command line
 * and environment (bin/openvpn-db-log-spool starts one the same way), and
 * names the descriptor through which the hook hands it the drain lock.
 */
const FORKED_ENV = 'OPENVPN_DB_LOG_FORKED';
const LOCK_FD_ENV = 'OPENVPN_DB_LOG_LOCK_FD';
/** The lock socket's descriptor in the drainer: the one after stdin, stdout, stderr. */
const CHILD_LOCK_FD = 3;

export type HookMode = 'sync' | 'fork' | 'defer' | 'spool';

export interface HookSettings {
  mode: HookMode;
  spoolDir: string;
  instance: Instance;
  /** The instance as given on the command line, stored with a spooled event. */
  rawInstance: { instanceName: string; instanceProto: string; instancePort: string };
  connection: ConnectionOptions;
  createMissing: boolean;
  /** Country lookup and alert at client-connect; null: --no-geoip. */
  geo: GeoSettings | null;
  /** Warnings that must not fail the hook (an unreadable GeoIP file, an alert command that cannot start). */
  warn: (message: string) => void;
}

/** Whether this process is a detached drainer started by a hook (it runs `drain`, not the hook). */
export function isDetachedDrainer(env: NodeJS.ProcessEnv): boolean {
  return env[FORKED_ENV] === 'drain';
}

/** The drain lock a hook handed to this detached drainer, if it did. */
export function inheritedLockFd(env: NodeJS.ProcessEnv): number | null {
  return env[LOCK_FD_ENV] === String(CHILD_LOCK_FD) ? CHILD_LOCK_FD : null;
}

/**
 * One client-connect or client-disconnect as OpenVPN runs it, in the chosen
 * mode. -f and --defer spool the event for one drainer per database (see
 * hook-queue.ts), so a storm of hooks never starts more than one process
 * that writes; the drainer answers a --defer client once its connect is
 * stored, or as `admitOnFailure` (-z) says when it cannot be.
 */
export async function runHook(settings: HookSettings, openvpnEnv: NodeJS.ProcessEnv, admitOnFailure: boolean): Promise<void> {
  const event = parseHookEnv(openvpnEnv);
  switch (settings.mode) {
    case 'sync':
      return logEvent(settings, event);
    case 'spool':
      return spool(settings, openvpnEnv, settings.spoolDir);
    case 'fork':
      return spool(settings, openvpnEnv, hookQueueDir(targetIdentity(settings.connection)));
    case 'defer': {
      const file = event.type === 'client-connect' ? openvpnEnv[DEFERRED_FILE_ENV] : undefined;
      if (!file) return spool(settings, openvpnEnv, hookQueueDir(targetIdentity(settings.connection)));
      announceDeferral(file);
      try {
        return await spool(settings, openvpnEnv, hookQueueDir(targetIdentity(settings.connection)), { file, admitOnFailure });
      } catch (error) {
        answerDeferral(file, admitOnFailure);
        throw error;
      }
    }
    default:
      return settings.mode satisfies never;
  }
}

/**
 * The database code is loaded only by the processes that write to the
 * database, and the GeoIP code only by those that write a connect: the
 * lookup and the alert happen where the row is written, after OpenVPN was
 * let go in the -f, --defer and --spool modes.
 */
async function logEvent(settings: HookSettings, event: HookEvent) {
  const [{ usingDatabase, withRetries }, { applyHookEvent }] = await Promise.all([
    import('../db/open-database.ts'),
    import('../sessions/session-log.ts'),
  ]);
  const country = event.type === 'client-connect' ? await connectCountry(settings, event.start) : null;
  const slot = await enterGate(targetIdentity(settings.connection));
  try {
    await usingDatabase(settings.connection, (handle) =>
      withRetries(handle, () =>
        applyHookEvent(handle, settings.instance, event, { createMissing: settings.createMissing, country }),
      ),
    );
  } finally {
    await slot.leave();
  }
}

async function connectCountry(settings: HookSettings, start: SessionStart): Promise<string | null> {
  if (!settings.geo) return null;
  const { ConnectGeo } = await import('../geo/connect-geo.ts');
  const geo = new ConnectGeo(settings.geo, settings.warn);
  try {
    return await geo.onConnect(start, settings.instance);
  } finally {
    geo.close();
  }
}

/**
 * Hands the event to a drainer through `dir`, and starts one unless one runs.
 * The event is published before the lock is tried, and a drainer that ends
 * looks for events once more after letting go of the lock: an event is never
 * left without a drainer.
 */
async function spool(settings: HookSettings, env: NodeJS.ProcessEnv, dir: string, deferral?: Deferral): Promise<void> {
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
