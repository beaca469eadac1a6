import { hookVariables } from '../openvpn/hook-event.ts';

/**
 * The spool's event file: what a hook hands over to `drain`. It is written by
 * this module and, with shell builtins only, by bin/openvpn-db-log-spool, so
 * it is plain lines a `printf` can produce:
 *
 *     openvpn-db-log-event 1
 *     --instance-name=vpn1
 *     --instance-proto=udp
 *     --instance-port=1194
 *     --update-create              (only when the hook had -C)
 *     --deferred-file=/tmp/…       (only from a --defer hook: the drainer answers OpenVPN there)
 *     --admit-on-failure           (with it, when the hook had -z)
 *     --hook-pid=4242              (with it: the process OpenVPN started for the hook)
 *     script_type=client-connect   (one NAME=value per variable OpenVPN set)
 *     common_name=o'brien
 *     end
 *
 * Values may hold any byte but NUL; `\` is written `\\` and a newline `\n`,
 * so a line is always one field. The closing `end` line tells a complete file
 * from one still being written (the shell hook cannot rename atomically).
 * The arrival time is the file's modification time.
 */
export const EVENT_HEADER = 'openvpn-db-log-event 1';
export const EVENT_TRAILER = 'end';

/** What a hook spools: the raw options and variables, validated again when drained. */
export interface SpooledEvent {
  instanceName: string;
  instanceProto: string;
  instancePort: string;
  updateCreate: boolean;
  env: Record<string, string>;
  /** A --defer hook's client_connect_deferred_file, which the drainer answers once the connect is stored (or not). */
  deferral?: Deferral;
}

export interface Deferral {
  file: string;
  /** -z: admit the client even when its connect cannot be stored. */
  admitOnFailure: boolean;
  /** The process OpenVPN started for the hook that announced the deferral: a refusal waits until OpenVPN has reaped it. null in files written before it was recorded. */
  hookPid: number | null;
}

/** Why a file is not an event; the drainer keeps such files in failed/. */
export class EventFileError extends Error {
  override readonly name = 'EventFileError';
  constructor(
    message: string,
    /** the file may still be being written by the shell hook */
    readonly incomplete = false,
  ) {
    super(message);
  }
}

const optionLines = {
  '--instance-name': 'instanceName',
  '--instance-proto': 'instanceProto',
  '--instance-port': 'instancePort',
} as const;

export function encodeEvent(event: SpooledEvent): string {
  const lines = [EVENT_HEADER];
  for (const [flag, key] of Object.entries(optionLines)) lines.push(`${flag}=${escapeValue(event[key])}`);
  if (event.updateCreate) lines.push('--update-create');
  if (event.deferral) {
    lines.push(`--deferred-file=${escapeValue(event.deferral.file)}`);
    if (event.deferral.admitOnFailure) lines.push('--admit-on-failure');
    if (event.deferral.hookPid !== null) lines.push(`--hook-pid=${event.deferral.hookPid}`);
  }
  for (const name of hookVariables) {
    const value = event.env[name];
    if (value !== undefined) lines.push(`${name}=${escapeValue(value)}`);
  }
  lines.push(EVENT_TRAILER, '');
  return lines.join('\n');
}

/** The variables of `env` an event keeps. */
export function spooledEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of hookVariables) {
    const value = env[name];
    if (value !== undefined) kept[name] = value;
  }
  return kept;
}

export function decodeEvent(text: string): SpooledEvent {
  if (!text.endsWith(`\n${EVENT_TRAILER}\n`)) {
    throw new EventFileError(`no '${EVENT_TRAILER}' line at the end: the file is incomplete`, true);
  }
  const lines = text.slice(0, -(EVENT_TRAILER.length + 2)).split('\n');
  if (lines[0] !== EVENT_HEADER) {
    throw new EventFileError(`first line ${JSON.stringify(lines[0]?.slice(0, 40))} is not '${EVENT_HEADER}'`);
  }
  const event: SpooledEvent = { instanceName: '', instanceProto: '', instancePort: '0', updateCreate: false, env: {} };
  const seen = new Set<string>();
  let deferredFile: string | undefined;
  let admitOnFailure = false;
  let hookPid: number | null = null;
  for (const [index, line] of lines.entries()) {
    if (index === 0) continue;
    const equals = line.indexOf('=');
    const name = equals < 0 ? line : line.slice(0, equals);
    const where = `line ${index + 1} (${JSON.stringify(name.slice(0, 40))})`;
    if (seen.has(name)) throw new EventFileError(`${where} repeats a name`);
    seen.add(name);
    if (name === '--update-create' && equals < 0) {
      event.updateCreate = true;
    } else if (name === '--admit-on-failure' && equals < 0) {
      admitOnFailure = true;
    } else if (name === '--hook-pid' && equals >= 0) {
      hookPid = processId(line.slice(equals + 1), where);
    } else if (name === '--deferred-file' && equals >= 0) {
      deferredFile = unescapeValue(line.slice(equals + 1), where);
    } else if (equals < 0) {
      throw new EventFileError(`${where} is not NAME=value`);
    } else if (name in optionLines) {
      event[optionLines[name as keyof typeof optionLines]] = unescapeValue(line.slice(equals + 1), where);
    } else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      event.env[name] = unescapeValue(line.slice(equals + 1), where);
    } else {
      throw new EventFileError(`${where} is neither an option nor a variable name`);
    }
  }
  if (deferredFile !== undefined) event.deferral = { file: deferredFile, admitOnFailure, hookPid };
  else if (admitOnFailure || hookPid !== null) throw new EventFileError(`${admitOnFailure ? '--admit-on-failure' : '--hook-pid'} without --deferred-file`);
  return event;
}

function processId(text: string, where: string): number {
  const pid = /^[1-9][0-9]{0,9}$/.test(text) ? Number(text) : NaN;
  if (!(pid <= 2 ** 31 - 1)) throw new EventFileError(`${where}: ${JSON.stringify(text.slice(0, 20))} is not a process id`);
  return pid;
}

function escapeValue(value: string): string {
  return value.replace(/[\\\n]/g, (c) => (c === '\n' ? '\\n' : '\\\\'));
}

function unescapeValue(text: string, where: string): string {
  return text.replace(/\\(.?)/gs, (_, next: string) => {
    if (next === '\\') return '\\';
    if (next === 'n') return '\n';
    throw new EventFileError(`${where} has an unknown escape ${JSON.stringify(`\\${next}`)}`);
  });
}

/** Sorts events of one moment so that a session's connect comes before its disconnect. */
export function scriptTypeRank(scriptType: string | undefined): number {
  switch (scriptType) {
    case 'client-connect':
      return 1;
    case 'db-update':
      return 2;
    case 'client-disconnect':
      return 3;
    default:
      return 0;
  }
}
