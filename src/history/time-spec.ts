import { UserError, showValue } from '../common/errors.ts';
import { daysInMonth, localSeconds, utcSeconds } from '../common/wall-time.ts';

/** Which zone ISO times without an offset are read in, and times are printed in. */
export type Zone = 'utc' | 'local';

export interface TimeContext {
  /** Unix seconds that `now` and relative times count from: one value per command run. */
  now: number;
  zone: Zone;
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
/** Ten thousand years: longer spans are typing mistakes, and keep all sums exact. */
const MAX_SPAN_SECONDS = 10_000 * 366 * 86400;

const TIME_EXPECTED =
  'expected ISO 8601 (2026-11-23, 2026-11-23T14:03:00Z, 2026-11-23T15:03+01:00), unix seconds or relative (-4h, -30d, now)';
const DURATION_EXPECTED = 'expected a duration such as 180d, 12w, 36h or 1w3d (units s, m, h, d, w)';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;

/**
 * A TIME argument as unix seconds. ISO times without an offset are wall-clock
 * times in the context's zone (UTC unless --local); fractions of a second are
 * dropped, as every stored time is whole seconds.
 */
export function parseTimeSpec(text: string, option: string, context: TimeContext): number {
  const trimmed = text.trim();
  if (trimmed.toLowerCase() === 'now') return context.now;
  if (/^\d{1,12}$/.test(trimmed)) return Number(trimmed);
  const relative = /^([+-])(.+)$/.exec(trimmed);
  if (relative?.[1] && relative[2]) {
    const span = spanSeconds(relative[2]);
    if (span === null) throw new UserError(`invalid ${option} ${showValue(text)}: ${TIME_EXPECTED}`);
    return relative[1] === '-' ? context.now - span : context.now + span;
  }
  const iso = ISO.exec(trimmed);
  const time = iso ? isoSeconds(iso, context.zone) : null;
  if (time === null) throw new UserError(`invalid ${option} ${showValue(text)}: ${TIME_EXPECTED}`);
  return time;
}

/** A DURATION argument (180d, 12w, 1w3d) as seconds. */
export function parseDurationSpec(text: string, option: string): number {
  const span = spanSeconds(text.trim());
  if (span === null) throw new UserError(`invalid ${option} ${showValue(text)}: ${DURATION_EXPECTED}`);
  return span;
}

function spanSeconds(text: string): number | null {
  if (!/^(\d{1,12}[smhdw])+$/i.test(text)) return null;
  let total = 0;
  for (const [, count, unit] of text.matchAll(/(\d+)([smhdw])/gi)) {
    total += Number(count) * (UNIT_SECONDS[(unit ?? '').toLowerCase()] ?? Number.NaN);
  }
  return total <= MAX_SPAN_SECONDS ? total : null;
}

function isoSeconds(match: RegExpExecArray, zone: Zone): number | null {
  const [, y, mo, d, h = '0', mi = '0', s = '0', z, sign, oh, om = '0'] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (z !== undefined || sign !== undefined) {
    const offsetHours = Number(oh ?? '0');
    const offsetMinutes = Number(om);
    if (offsetHours > 23 || offsetMinutes > 59) return null;
    const offset = (sign === '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
    return utcSeconds(year, month, day, hour, minute, second) - offset;
  }
  return zone === 'utc'
    ? utcSeconds(year, month, day, hour, minute, second)
    : localSeconds(year, month, day, hour, minute, second);
}
