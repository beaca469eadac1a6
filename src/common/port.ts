import { UserError, showValue } from './errors.ts';

/**
 * Where a port may be 0: OpenVPN's "none" (an instance without a port, a
 * peer whose port is unknown). Where something is connected to, from 1.
 */
export type LowestPort = 0 | 1;

export function portExpectation(lowest: LowestPort): string {
  return `a port number ${lowest}-65535`;
}

/** Decimal digits naming a port from `lowest` to 65535, or null. */
export function parsePort(text: string, lowest: LowestPort): number | null {
  if (!/^[0-9]{1,5}$/.test(text)) return null;
  const port = Number(text);
  return port >= lowest && port <= 65535 ? port : null;
}

/** parsePort, or a UserError naming the option and the value. */
export function requirePort(text: string, what: string, lowest: LowestPort): number {
  const port = parsePort(text, lowest);
  if (port === null) throw new UserError(`invalid ${what} ${showValue(text)}: expected ${portExpectation(lowest)}`);
  return port;
}
