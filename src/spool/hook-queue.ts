import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorReason, UserError } from '../common/errors.ts';

/**
 * The spool that `-f` and `--defer` hooks hand their events to, one per
 * database on this machine: every instance and both hook types write to the
 * same one, so a session's disconnect is never applied before its connect.
 * OpenVPN gives hooks no HOME, so it lives under the temporary directory, in
 * a directory of this user that nobody else may enter.
 */
export function hookQueueDir(target: string): string {
  const uid = process.getuid?.() ?? 0;
  const base = join(tmpdir(), `openvpn-db-log-${uid}`);
  try {
    mkdirSync(base, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new UserError(`cannot create the hook queue directory ${base}: ${errorReason(error)}`);
    }
  }
  // Anyone may create names in /tmp: use the directory only if it is really ours and closed to others.
  const stat = lstatSync(base);
  if (!stat.isDirectory() || stat.uid !== uid || (stat.mode & 0o077) !== 0) {
    throw new UserError(
      `unsafe hook queue directory ${base}: expected a directory (not a link) of uid ${uid} with mode 700; remove it or set TMPDIR`,
    );
  }
  return join(base, `queue-${createHash('sha256').update(target).digest('hex').slice(0, 16)}`);
}
