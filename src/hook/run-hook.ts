import { spawn } from 'node:child_process';
import { fstatSync } from 'node:fs';
import { type HookEvent, parseHookEnv } from '../openvpn/hook-event.ts';
import { announceDeferral, answerDeferral, DEFERRED_FILE_ENV } from '../openvpn/deferred-connect.ts';
import type { Instance, SessionStart } from '../common/session.ts';
import { spooledEnv } from '../spool/event-file.ts';
import { drainerRunning, writeEventFile } from '../spool/spool-dir.ts';
import type { ConnectionOptions } from '../db/connection-options.ts';
import type { GeoSettings } from '../geo/connect-geo.ts';

/**
 * Marks a detached child of the hook, started with the hook's own command
 * line and environment, and says what it is there for: the -f child (`1`), the
 * --defer worker (`defer`) or a spool drainer (`drain`, as bin/openvpn-db-log-spool
 * also starts it).
 */
const FORKED_ENV = 'OPENVPN_DB_LOG_FORKED';
type DetachedRole = '1' | 'defer' | 'drain';

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

/** Whether this process is a detached spool drainer started by a hook (it runs `drain`, not the hook). */
export function isDetachedDrainer(env: NodeJS.ProcessEnv): boolean {
  return env[FORKED_ENV] === 'drain';
}

/**
 * One client-connect or client-disconnect as OpenVPN runs it, in the chosen
 * mode. `failed` is told any error; the --defer worker still owes OpenVPN an
 * answer then, and gives `admitOnFailure` (the -z rule).
 */
export async function runHook(
  settings: HookSettings,
  openvpnEnv: NodeJS.ProcessEnv,
  admitOnFailure: boolean,
): Promise<void> {
  const role = openvpnEnv[FORKED_ENV];
  let deferredFile = role === 'defer' ? openvpnEnv[DEFERRED_FILE_ENV] : undefined;
  try {
    const event = parseHookEnv(openvpnEnv);
    if (role === undefined) {
      switch (settings.mode) {
        case 'fork':
          startDetached(openvpnEnv, '1');
          return;
        case 'spool':
          spool(settings, openvpnEnv);
          return;
        case 'defer': {
          const file = openvpnEnv[DEFERRED_FILE_ENV];
          if (event.type !== 'client-connect' || !file) break;
          announceDeferral(file);
          if (startDetached(openvpnEnv, 'defer')) return;
          deferredFile = file;
          break;
        }
        case 'sync':
          break;
        default:
          return settings.mode satisfies never;
      }
    }
    await logEvent(settings, event);
    if (deferredFile) answerDeferral(deferredFile, true);
  } catch (error) {
    if (deferredFile) answerDeferral(deferredFile, admitOnFailure);
    throw error;
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
  await usingDatabase(settings.connection, (handle) =>
    withRetries(handle, () =>
      applyHookEvent(handle, settings.instance, event, { createMissing: settings.createMissing, country }),
    ),
  );
}

async function connectCountry(settings: HookSettings, start: SessionStart): Promise<string | null> {
  if (!settings.geo) return null;
  const { ConnectGeo } = await import('../geo/connect-geo.ts');
  const geo = new ConnectGeo(settings.geo, settings.warn);
  try {
    return geo.onConnect(start, settings.instance);
  } finally {
    geo.close();
  }
}

/** Hands the event to `drain` through the spool directory, starting a drainer unless one is running. */
function spool(settings: HookSettings, env: NodeJS.ProcessEnv): void {
  writeEventFile(settings.spoolDir, {
    ...settings.rawInstance,
    updateCreate: settings.createMissing,
    env: spooledEnv(env),
  });
  if (!drainerRunning(settings.spoolDir)) startDetached(env, 'drain');
}

/**
 * Node cannot fork(): start this same command again, detached, and let
 * OpenVPN go on at once. Returns whether the child started. Its stderr is
 * OpenVPN's (the log file) unless that is a pipe or socket, whose reader may
 * wait for every writer to close it before it goes on.
 */
function startDetached(env: NodeJS.ProcessEnv, role: DetachedRole): boolean {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    detached: true,
    stdio: ['ignore', 'ignore', stderrIsStream() ? 'ignore' : 'inherit'],
    env: { ...env, [FORKED_ENV]: role },
  });
  child.on('error', () => {});
  child.unref();
  return child.pid !== undefined;
}

function stderrIsStream(): boolean {
  try {
    const stderr = fstatSync(2);
    return stderr.isFIFO() || stderr.isSocket();
  } catch {
    return true;
  }
}
