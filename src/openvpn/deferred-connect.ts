import { writeFileSync } from 'node:fs';
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
