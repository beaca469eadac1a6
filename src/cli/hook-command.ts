import { spawn } from 'node:child_process';
import { fstatSync } from 'node:fs';
import { UserError, showValue } from '../core/errors.ts';
import { type HookEvent, parseHookEnv } from '../core/hook-event.ts';
import type { Instance } from '../core/session.ts';
import { spooledEnv } from '../core/spool/event-file.ts';
import { drainerRunning, writeEventFile } from '../core/spool/spool-dir.ts';
import { type ConnectionOptions, resolveConnection } from '../db/connection-options.ts';
import { announceDeferral, answerDeferral, DEFERRED_FILE_ENV } from './defer.ts';
import { reportFailure, warn } from './exit-policy.ts';
import {
  applyEnvOptions,
  databaseFlags,
  exitPolicy,
  instanceFrom,
  type RawDatabaseOptions,
  type RawInstanceOptions,
} from './options.ts';

/**
 * Marks a detached child of the hook, started with the hook's own command
 * line and environment, and says what it is there for: the -f child (`1`), the
 * --defer worker (`defer`) or a spool drainer (`drain`, as bin/openvpn-db-log-spool
 * also starts it).
 */
const FORKED_ENV = 'OPENVPN_DB_LOG_FORKED';
type DetachedRole = '1' | 'defer' | 'drain';

export interface HookCommandOptions extends RawDatabaseOptions, RawInstanceOptions {
  fork?: boolean;
  defer?: boolean;
  spool?: string;
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
  const role = process.env[FORKED_ENV];
  if (role === 'drain' && options.spool !== undefined) {
    const { runDrainCommand } = await import('./drain-command.ts');
    await runDrainCommand({ ...options, spool: options.spool });
    return;
  }
  const policy = exitPolicy(options);
  // The --defer worker owes OpenVPN an answer whatever happens.
  let deferredFile = role === 'defer' ? process.env[DEFERRED_FILE_ENV] : undefined;
  try {
    const openvpnEnv = { ...process.env };
    const mode = hookMode(options);
    const instance = instanceFrom(options);
    applyEnvOptions(options.env);
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    const event = parseHookEnv(openvpnEnv);
    if (role === undefined) {
      switch (mode) {
        case 'fork':
          startDetached(openvpnEnv, '1');
          return;
        case 'spool':
          spool(options.spool ?? '', openvpnEnv, options);
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
          return mode satisfies never;
      }
    }
    await logEvent(connection, instance, event, options.updateCreate === true);
    if (deferredFile) answerDeferral(deferredFile, true);
  } catch (error) {
    reportFailure(policy, error);
    if (deferredFile) answerDeferral(deferredFile, policy.zero);
  }
}

function hookMode(options: HookCommandOptions): 'sync' | 'fork' | 'defer' | 'spool' {
  const chosen = [options.fork && '-f', options.defer && '--defer', options.spool !== undefined && '--spool'].filter(
    (flag): flag is string => typeof flag === 'string',
  );
  if (chosen.length > 1) {
    throw new UserError(`invalid options ${chosen.join(' ')}: expected at most one of -f, --defer and --spool`);
  }
  if (options.spool === '') throw new UserError(`invalid --spool ${showValue('')}: expected a directory`);
  return options.spool !== undefined ? 'spool' : options.defer ? 'defer' : options.fork ? 'fork' : 'sync';
}

/** The database code is loaded only by the processes that write to the database. */
async function logEvent(connection: ConnectionOptions, instance: Instance, event: HookEvent, createMissing: boolean) {
  const [{ usingDatabase, withRetries }, { applyHookEvent }] = await Promise.all([
    import('../db/open-database.ts'),
    import('../core/session-log.ts'),
  ]);
  await usingDatabase(connection, (handle) =>
    withRetries(handle, () => applyHookEvent(handle, instance, event, { createMissing })),
  );
}

/** Hands the event to `drain` through the spool directory, starting a drainer unless one is running. */
function spool(dir: string, env: NodeJS.ProcessEnv, options: HookCommandOptions): void {
  writeEventFile(dir, {
    instanceName: options.instanceName,
    instanceProto: options.instanceProto,
    instancePort: options.instancePort,
    updateCreate: options.updateCreate === true,
    env: spooledEnv(env),
  });
  if (!drainerRunning(dir)) startDetached(env, 'drain');
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
