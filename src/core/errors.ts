/**
 * A failure the operator can act on. Its message is the single line printed on
 * stderr, so it names the variable, the value and what was expected.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}

const MAX_SHOWN_VALUE = 80;

/** Quote a value for an error line: control characters escaped, long values cut. */
export function showValue(value: string): string {
  const shown = value.length > MAX_SHOWN_VALUE ? `${value.slice(0, MAX_SHOWN_VALUE)}…` : value;
  return JSON.stringify(shown);
}
