/**
 * A failure the operator can act on. Its message is the single line printed on
 * stderr, so it names the variable, the value and what was expected.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** The `code` of a Node or driver error (ENOENT, SQLITE_BUSY, 40001, ER_LOCK_WAIT_TIMEOUT…), if it has one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** What a one-line failure says about a system call: its code (ENOENT, EACCES…), else its message. */
export function errorReason(error: unknown): string {
  return errorCode(error) ?? (error instanceof Error ? error.message : String(error));
}

const MAX_SHOWN_VALUE = 80;

/** Quote a value for an error line: control characters escaped, long values cut. */
export function showValue(value: string): string {
  const shown = value.length > MAX_SHOWN_VALUE ? `${value.slice(0, MAX_SHOWN_VALUE)}…` : value;
  return JSON.stringify(shown);
}

/**
 * Masks the password of every URL in `text`: all from the user's `:` to the
 * last `@` of the word, because a password may hold `/`, `@` or `#`
 * unencoded, and masking too much beats showing a secret.
 */
export function maskUrl(text: string): string {
  return text.replace(/(\/\/[^/:@\s]*:)\S*@/g, '$1***@');
}

/** A message as it may be printed: on one line, with the password of any URL masked. */
export function printable(text: string): string {
  return maskUrl(text).replace(/\s*\n\s*/g, ' ');
}
