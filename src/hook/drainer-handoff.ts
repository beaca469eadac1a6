/**
 * Marks a detached drainer started by a hook with the hook's own command line
 * and environment (bin/openvpn-db-log-spool starts one the same way), and
 * names the descriptor through which the hook hands it the drain lock.
 */
export const FORKED_ENV = 'OPENVPN_DB_LOG_FORKED';
export const LOCK_FD_ENV = 'OPENVPN_DB_LOG_LOCK_FD';
/** The lock socket's descriptor in the drainer: the one after stdin, stdout, stderr. */
export const CHILD_LOCK_FD = 3;

/** Whether this process is a detached drainer started by a hook (it runs `drain`, not the hook). */
export function isDetachedDrainer(env: NodeJS.ProcessEnv): boolean {
  return env[FORKED_ENV] === 'drain';
}

/** The drain lock a hook handed to this detached drainer, if it did. */
export function inheritedLockFd(env: NodeJS.ProcessEnv): number | null {
  return env[LOCK_FD_ENV] === String(CHILD_LOCK_FD) ? CHILD_LOCK_FD : null;
}
