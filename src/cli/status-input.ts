import { readFileSync } from 'node:fs';
import { errorReason, UserError } from '../common/errors.ts';
import { fetchManagementStatus, parseManagementTarget } from '../openvpn/management.ts';
import { parseStatus, StatusFormatError } from '../openvpn/parse-status.ts';
import type { StatusSnapshot, StatusVersion } from '../openvpn/status-client.ts';

export interface StatusInputOptions {
  statusFile?: string;
  /** -V; absent: detected from the status itself. */
  statusVersion?: string;
  statusTz?: string;
  management?: string;
  managementPasswordFile?: string;
}

/** Reads and parses the status from a file, standard input (-S '') or OpenVPN's management interface. */
export async function readStatus(options: StatusInputOptions, timeoutSeconds: number): Promise<StatusSnapshot> {
  let text: string;
  let version = options.statusVersion === undefined ? undefined : (Number(options.statusVersion) as StatusVersion);
  if (options.management !== undefined) {
    const password = options.managementPasswordFile === undefined ? undefined : firstLine(options.managementPasswordFile);
    text = await fetchManagementStatus(parseManagementTarget(options.management), {
      timeoutMs: timeoutSeconds * 1000,
      version: 3,
      ...(password === undefined ? {} : { password }),
    });
    version = 3;
  } else {
    const file = options.statusFile ?? '';
    text = readInput(file === '' ? 0 : file, file === '' ? 'standard input' : `status file ${file}`);
  }
  try {
    return parseStatus(text, {
      ...(version === undefined ? {} : { version }),
      ...(options.statusTz === undefined ? {} : { timeZone: options.statusTz }),
    });
  } catch (error) {
    if (error instanceof StatusFormatError) throw new UserError(error.message);
    throw error;
  }
}

/** -A: a status file left behind by a stopped server is refused before any database connection. */
export function checkStatusAge(snapshot: StatusSnapshot, maxAgeSeconds: number | undefined, now = Date.now() / 1000): void {
  if (maxAgeSeconds === undefined) return;
  const age = Math.floor(now - snapshot.time);
  if (age > maxAgeSeconds) {
    throw new UserError(`status is ${age} s old (TIME ${snapshot.time}), more than --status-age ${maxAgeSeconds}; nothing changed`);
  }
}

function readInput(source: string | 0, what: string): string {
  try {
    return readFileSync(source, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read ${what}: ${errorReason(error)}`);
  }
}

function firstLine(file: string): string {
  return readInput(file, `management password file ${file}`).split(/\r?\n/)[0] ?? '';
}
