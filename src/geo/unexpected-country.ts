import { UserError, showValue } from '../common/errors.ts';

/** `--expect-country FI,SE`: ISO 3166-1 alpha-2 codes, upper case, in the order given. */
export function parseCountryList(text: string, option: string): string[] {
  const codes = countryCodes(text);
  if (!codes) {
    throw new UserError(
      `invalid ${option} ${showValue(text)}: expected two-letter country codes (ISO 3166-1 alpha-2) separated by commas, such as FI,SE`,
    );
  }
  return codes;
}

/** `FI, se` as ["FI", "SE"]: upper case, each once, in the order given; null when a code is not two letters. */
export function countryCodes(text: string): string[] | null {
  const codes = text.split(',').map((code) => code.trim());
  if (codes.some((code) => !/^[A-Za-z]{2}$/.test(code))) return null;
  return [...new Set(codes.map((code) => code.toUpperCase()))];
}

/**
 * A command line split into arguments as OpenVPN splits the command of
 * --client-connect: blanks separate, "double quotes" group and allow \
 * escapes, 'single quotes' group literally, \ escapes one character
 * outside quotes. No shell ever sees it.
 */
export function splitCommandLine(text: string, option: string): string[] {
  const args: string[] = [];
  let current: string | null = null;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote === "'") {
      if (c === "'") quote = null;
      else current += c;
    } else if (c === '\\' && (quote === '"' || quote === null)) {
      if (i + 1 >= text.length) throw badCommand(text, option, 'it ends with a backslash');
      current = (current ?? '') + text[++i];
    } else if (quote === '"') {
      if (c === '"') quote = null;
      else current += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      current ??= '';
    } else if (/\s/.test(c)) {
      if (current !== null) args.push(current);
      current = null;
    } else {
      current = (current ?? '') + c;
    }
  }
  if (quote !== null) throw badCommand(text, option, `a ${quote} quote is not closed`);
  if (current !== null) args.push(current);
  if (args.length === 0) throw badCommand(text, option, 'it is empty');
  return args;
}

function badCommand(text: string, option: string, why: string): UserError {
  return new UserError(`invalid ${option} ${showValue(text)}: ${why} (expected a program and its arguments)`);
}

export interface UnexpectedCountryRule {
  /** --expect-country: for every common name, or for those an --expect-country-file leaves to it; null: not given. */
  expected: string[] | null;
  /** --expect-country-file, read only when a login's country is known; null: not given. */
  file: string | null;
  /** The alert command, split into program and arguments; null: no alert. */
  command: string[] | null;
}

export interface LoginOrigin {
  cn: string;
  ip: string;
  port: number;
  country: string | null;
  time: number;
  /** The instance as name/proto/port. */
  instance: string;
}

/**
 * Runs the alert command detached, with the login in its environment, and
 * returns at once: a missing program, a failing one or one that never ends
 * cannot delay, refuse or fail the connect. Its output goes nowhere
 * (OpenVPN's log is not its to write); a program that cannot start costs a warning.
 * child_process is loaded only here: a hook that starts no alert is spared it (a few ms).
 */
export async function startAlert(
  command: string[],
  login: LoginOrigin & { country: string },
  /** The list that applied to this login, for OVPNLOG_EXPECTED. */
  expected: string[],
  baseEnv: NodeJS.ProcessEnv,
  warn: (message: string) => void,
): Promise<void> {
  const { spawn } = await import('node:child_process');
  const [program, ...args] = command;
  const child = spawn(program!, args, {
    detached: true,
    stdio: 'ignore',
    env: {
      ...baseEnv,
      OVPNLOG_CN: login.cn,
      OVPNLOG_IP: login.ip,
      OVPNLOG_PORT: String(login.port),
      OVPNLOG_COUNTRY: login.country,
      OVPNLOG_EXPECTED: expected.join(','),
      OVPNLOG_TIME: String(login.time),
      OVPNLOG_INSTANCE: login.instance,
    },
  });
  child.on('error', (error) =>
    warn(`cannot run --on-unexpected-country ${showValue(program!)} (${error.message}): expected an executable program`),
  );
  child.unref();
}
