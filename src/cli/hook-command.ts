import { spawn } from 'node:child_process';
import { parseHookEnv } from '../core/hook-event.ts';
import { applyHookEvent } from '../core/session-log.ts';
import { resolveConnection } from '../db/connection-options.ts';
import { usingDatabase, withRetries } from '../db/open-database.ts';
import { reportFailure, warn } from './exit-policy.ts';
import {
  applyEnvOptions,
  databaseFlags,
  exitPolicy,
  instanceFrom,
  type RawDatabaseOptions,
  type RawInstanceOptions,
} from './options.ts';

/** Marks the detached child of -f, which must do the work instead of forking again. */
const FORKED_ENV = 'OPENVPN_DB_LOG_FORKED';

export interface HookCommandOptions extends RawDatabaseOptions, RawInstanceOptions {
  fork?: boolean;
  updateCreate?: boolean;
  quiet?: boolean;
  zero?: boolean;
  statusFile?: string;
  statusVersion: string;
  statusNeedSuccess?: boolean;
  statusAge?: number;
  statusInfo: number;
}

export async function runHookCommand(options: HookCommandOptions): Promise<void> {
  const policy = exitPolicy(options);
  try {
    const openvpnEnv = { ...process.env };
    const instance = instanceFrom(options);
    applyEnvOptions(options.env);
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    const event = parseHookEnv(openvpnEnv);
    if (options.fork && openvpnEnv[FORKED_ENV] === undefined) {
      forkDetached(openvpnEnv);
      return;
    }
    await usingDatabase(connection, (handle) =>
      withRetries(handle, () =>
        applyHookEvent(handle, instance, event, { createMissing: options.updateCreate === true }),
      ),
    );
  } catch (error) {
    reportFailure(policy, error);
  }
}

/** Node cannot fork(): start this same command again, detached, and let OpenVPN go on at once. */
function forkDetached(env: NodeJS.ProcessEnv): void {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    detached: true,
    stdio: 'ignore',
    env: { ...env, [FORKED_ENV]: '1' },
  });
  child.on('error', () => {});
  child.unref();
}
