import { instanceFrom, type RawInstanceOptions } from '../common/session.ts';
import { showValue, UserError } from '../common/errors.ts';
import { requirePort } from '../common/port.ts';
import { resolveConnection } from '../db/connection-options.ts';
import { parseManagementTarget } from '../openvpn/management.ts';
import type { StatusVersion } from '../openvpn/status-client.ts';
import { ensureSpoolDir } from '../spool/spool-dir.ts';
import { WatchService } from '../watch/watch-service.ts';
import { reportFailure, warn } from './exit-policy.ts';
import { applyEnvOptions, databaseFlags, exitPolicy, type RawDatabaseOptions } from './options.ts';

export interface WatchCommandOptions extends RawDatabaseOptions, RawInstanceOptions {
  statusFile?: string;
  statusVersion?: string;
  statusTz?: string;
  management?: string;
  managementPasswordFile?: string;
  spool?: string;
  serverLog?: string;
  interval: number;
  metrics?: string;
  updateCreate?: boolean;
  statusNeedSuccess?: boolean;
  statusAge?: number;
  statusInfo: number;
  closeMissing?: boolean;
  staleGrace: number;
  quiet?: boolean;
  zero?: boolean;
}

export async function runWatchCommand(options: WatchCommandOptions): Promise<void> {
  const policy = exitPolicy(options);
  try {
    const instance = instanceFrom(options);
    applyEnvOptions(options.env);
    if (options.statusFile === undefined && options.management === undefined && options.spool === undefined && options.serverLog === undefined) {
      throw new UserError('watch needs at least one of --status-file FILE, --management ADDRESS, --spool DIR, --server-log FILE');
    }
    if (options.statusFile === '') throw new UserError("watch --status-file '' (standard input) cannot be watched: give the status file");
    if (options.serverLog === '' || options.serverLog === '-') {
      throw new UserError(`invalid --server-log ${showValue(options.serverLog)}: expected the log file OpenVPN writes (a pipe goes to ecs --store -)`);
    }
    if (options.interval < 1) throw new UserError(`invalid --interval ${options.interval}: expected at least 1 second`);
    const connection = () => resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    if (options.spool !== undefined) ensureSpoolDir(options.spool);
    const service = new WatchService({
      connection,
      instance,
      apply: {
        needSuccess: options.statusNeedSuccess === true,
        createMissing: options.updateCreate === true,
        closeMissing: options.closeMissing === true,
        staleGraceSeconds: options.staleGrace,
      },
      ...(options.statusFile === undefined
        ? {}
        : {
            statusFile: {
              path: options.statusFile,
              ...(options.statusVersion === undefined ? {} : { version: Number(options.statusVersion) as StatusVersion }),
              ...(options.statusTz === undefined ? {} : { timeZone: options.statusTz }),
            },
          }),
      ...(options.management === undefined
        ? {}
        : {
            management: {
              target: parseManagementTarget(options.management),
              ...(options.managementPasswordFile === undefined ? {} : { passwordFile: options.managementPasswordFile }),
            },
          }),
      ...(options.statusAge === undefined ? {} : { statusAgeSeconds: options.statusAge }),
      ...(options.spool === undefined ? {} : { spool: options.spool }),
      ...(options.serverLog === undefined ? {} : { serverLog: options.serverLog }),
      ...(options.metrics === undefined ? {} : { metrics: parseListenAddress(options.metrics) }),
      intervalSeconds: options.interval,
      info: (line) => {
        if (options.statusInfo > 0) warn(policy, line);
      },
      error: (line) => warn(policy, line),
    });
    await service.run();
  } catch (error) {
    reportFailure(policy, error);
  }
}

/** --metrics HOST:PORT or [IPv6]:PORT; the host is bound as given (the docs show 127.0.0.1). */
function parseListenAddress(spec: string): { host: string; port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:[\]]+)):([^:]+)$/.exec(spec);
  const host = match?.[1] ?? match?.[2];
  if (match === null || host === undefined) {
    throw new UserError(`invalid --metrics ${showValue(spec)}: expected HOST:PORT, e.g. 127.0.0.1:9176`);
  }
  return { host, port: requirePort(match[3]!, '--metrics port', 1) };
}
