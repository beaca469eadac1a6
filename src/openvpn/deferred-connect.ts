import { readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { errorReason, UserError, showValue } from '../common/errors.ts';

/**
 * OpenVPN 2.5+ deferred client-connect: the hook writes `2` to the file named
 * in client_connect_deferred_file and exits 0; OpenVPN then polls the file
 * while serving everyone else, and admits the client on `1`, refuses it on
 * `0`. An empty file counts as "not yet", so rewriting it is safe.
 */
export const DEFERRED_FILE_ENV = 'client_connect_deferred_file';

export function announceDeferral(file: string): void {
  try {
    writeFileSync(file, '2');
  } catch (error) {
    throw new UserError(
      `cannot write ${DEFERRED_FILE_ENV}=${showValue(file)}: ${errorReason(error)} (expected a file OpenVPN created for this hook)`,
    );
  }
}

/**
 * The final answer, written in place over the `2` ('r+' creates nothing: when
 * OpenVPN gave up on the client it has removed the file, and nobody is asking).
 */
export function answerDeferral(file: string, admit: boolean): void {
  try {
    writeFileSync(file, admit ? '1' : '0', { flag: 'r+' });
  } catch {
    // OpenVPN removed the file (client gone or hand-window over) or it is unwritable: OpenVPN times the client out.
  }
}

/** OpenVPN reads the file as the next thing after reaping the hook: time enough for that on a busy machine. */
const READ_AFTER_REAP_MS = 200;
/** OpenVPN's default hand-window: a client still waiting after it is gone anyway. */
const HOOK_EXIT_LIMIT_MS = 60_000;
/** An event file from before the hook's pid was recorded: its hook has long exited, or it is very slow. */
const UNKNOWN_HOOK_WAIT_MS = 2_000;
const POLL_MS = 5;

/** Scripts that may stand between OpenVPN and this process (`client-connect "/bin/sh wrapper.sh"`). */
const MAX_WRAPPERS = 8;

/**
 * The process OpenVPN started for this hook, which it reaps before it reads the deferred file: this one, or a
 * script above it that runs it without exec. Found through /proc as the ancestor whose parent is named openvpn;
 * without /proc, or with no openvpn above (a test harness), this process.
 */
export function hookProcessId(): number {
  let pid = process.pid;
  for (let depth = 0; depth <= MAX_WRAPPERS; depth++) {
    const parent = parentOf(pid);
    if (parent === null || parent <= 1) break;
    if (commandName(parent) === 'openvpn') return pid;
    pid = parent;
  }
  return process.pid;
}

function parentOf(pid: number): number | null {
  try {
    // The name in parentheses may hold spaces and parentheses itself: the fields after the last ')' are state, ppid.
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(parent) ? parent : null;
  } catch {
    return null;
  }
}

function commandName(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'latin1').trim();
  } catch {
    return null;
  }
}

/**
 * The refusal, written only once OpenVPN has read the hook's `2`. OpenVPN reads the file once, right after it has
 * reaped the hook, and takes anything but `2` as the answer of a hook that exited 0, which admits the client
 * (multi_client_connect_call_script in OpenVPN's multi.c): a `0` written before that read lets the client in. A
 * drainer already running, with a database that refuses connections at once, is that fast. So this waits until
 * the process OpenVPN started for the hook (hookProcessId) is gone, as a zombie not yet reaped still answers
 * kill 0, and a moment more. An early `1` admits all the same, so answerDeferral needs no such wait.
 */
export async function refuseDeferral(file: string, hookPid: number | null): Promise<void> {
  if (hookPid === null) {
    await sleep(UNKNOWN_HOOK_WAIT_MS);
  } else {
    const deadline = Date.now() + HOOK_EXIT_LIMIT_MS;
    while (processExists(hookPid) && Date.now() < deadline) await sleep(POLL_MS);
    await sleep(READ_AFTER_REAP_MS);
  }
  answerDeferral(file, false);
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
