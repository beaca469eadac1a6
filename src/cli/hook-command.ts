import { UserError, showValue } from '../common/errors.ts';
import { inheritedLockFd, isDetachedDrainer } from '../hook/drainer-handoff.ts';
import { type HookMode, runHook } from '../hook/run-hook.ts';
import { instanceFrom, type RawInstanceOptions } from '../common/session.ts';
import { resolveConnection } from '../db/connection-options.ts';
import { reportFailure, warn } from './exit-policy.ts';
import { geoSettings, type RawGeoOptions } from './geo-settings.ts';
import { applyEnvOptions, databaseFlags, exitPolicy, type RawDatabaseOptions } from './options.ts';

export interface HookCommandOptions extends RawDatabaseOptions, RawInstanceOptions, RawGeoOptions {
  fork?: boolean;
  defer?: boolean;
  spool?: string;
  updateCreate?: boolean;
  quiet?: boolean;
  zero?: boolean;
  statusFile?: string;
  statusVersion?: string;
  statusNeedSuccess?: boolean;
  statusAge?: number;
  statusInfo: number;
}

export async function runHookCommand(options: HookCommandOptions): Promise<void> {
  if (isDetachedDrainer(process.env)) {
    const { runDrainCommand } = await import('./drain-command.ts');
    await runDrainCommand(options, inheritedLockFd(process.env));
    return;
  }
  const policy = exitPolicy(options);
  const openvpnEnv = { ...process.env };
  try {
    const mode = hookMode(options);
    const instance = instanceFrom(options);
    applyEnvOptions(options.env);
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    const { instanceName, instanceProto, instancePort } = options;
    await runHook(
      {
        mode,
        spoolDir: options.spool ?? '',
        instance,
        rawInstance: { instanceName, instanceProto, instancePort },
        connection,
        createMissing: options.updateCreate === true,
        geo: geoSettings(options),
        warn: (message) => warn(policy, message),
      },
      openvpnEnv,
      policy.zero,
    );
  } catch (error) {
    reportFailure(policy, error);
  }
}

function hookMode(options: HookCommandOptions): HookMode {
  const chosen = [options.fork && '-f', options.defer && '--defer', options.spool !== undefined && '--spool'].filter(
    (flag): flag is string => typeof flag === 'string',
  );
  if (chosen.length > 1) {
    throw new UserError(`invalid options ${chosen.join(' ')}: expected at most one of -f, --defer and --spool`);
  }
  if (options.spool === '') throw new UserError(`invalid --spool ${showValue('')}: expected a directory`);
  return options.spool !== undefined ? 'spool' : options.defer ? 'defer' : options.fork ? 'fork' : 'sync';
}
