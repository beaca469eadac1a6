import { type HookEvent, parseHookEnv } from '../openvpn/hook-event.ts';
import { announceDeferral, answerDeferral, DEFERRED_FILE_ENV, hookProcessId } from '../openvpn/deferred-connect.ts';
import type { Instance, SessionStart } from '../common/session.ts';
import { type ConnectionOptions, targetIdentity } from '../db/connection-options.ts';
import { enterGate } from './connection-gate.ts';
import type { GeoSettings } from '../geo/connect-geo.ts';

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
    case 'fork':
      return (await import('./spool-event.ts')).spool(settings, openvpnEnv);
    case 'defer': {
      const { spool } = await import('./spool-event.ts');
      const file = event.type === 'client-connect' ? openvpnEnv[DEFERRED_FILE_ENV] : undefined;
      if (!file) return spool(settings, openvpnEnv);
      announceDeferral(file);
      try {
        return await spool(settings, openvpnEnv, { file, admitOnFailure, hookPid: hookProcessId() });
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
