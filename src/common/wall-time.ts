import { showValue, UserError } from './errors.ts';

/** A wall-clock time as OpenVPN prints it (from localtime(), so without a zone). */
export interface WallTime {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The IANA name of `timeZone`, or of the process's zone (TZ) when it is undefined.
 * Throws a UserError naming the zone when Intl does not know it (a configuration mistake).
 */
export function resolveTimeZone(timeZone?: string): string {
  // Intl resolves zones slowly; a name it has resolved before keys the formatter cache.
  if (timeZone !== undefined && formatters.has(timeZone)) return timeZone;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    throw new UserError(`unknown time zone ${showValue(String(timeZone))}`);
  }
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Unix seconds of a wall-clock time read as UTC. setUTCFullYear, unlike Date.UTC, keeps years 0-99 literal. */
export function utcSeconds(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return Math.floor(date.getTime() / 1000);
}

/**
 * The process's local zone's reading of a wall-clock time. In a DST gap the
 * clock moves forward; in the repeated hour the first occurrence counts.
 */
export function localSeconds(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setFullYear(year, month - 1, day);
  date.setHours(hour, minute, second, 0);
  return Math.floor(date.getTime() / 1000);
}

export function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/** How far the zone's wall clock is ahead of UTC at `unix`, in seconds. */
function offsetAt(unix: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(unix * 1000));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value);
  return utcSeconds(part('year'), part('month'), part('day'), part('hour'), part('minute'), part('second')) - unix;
}

/**
 * Unix seconds of a wall-clock time in `timeZone` (IANA name; default: the process's zone).
 * A time that occurs twice (clocks set back) gives the earlier instant; a time skipped by a
 * DST jump is read with the offset from before the jump, i.e. it lands after the jump.
 */
export function wallTimeToUnix(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  timeZone?: string,
): number {
  const zone = resolveTimeZone(timeZone);
  const asUtc = utcSeconds(year, month, day, hour, minute, second);
  // No zone moves its offset twice within two days, so the offsets a day before and a day
  // after are the only candidates; a candidate is right if the zone agrees with it.
  const before = asUtc - offsetAt(asUtc - 86_400, zone);
  const after = asUtc - offsetAt(asUtc + 86_400, zone);
  const valid = [before, after].filter((unix) => unix + offsetAt(unix, zone) === asUtc);
  return valid.length > 0 ? Math.min(...valid) : before;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
// ctime(3) pads the day with a space: "Mon Nov  2 10:56:43 2026".
const CTIME = /^(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat) ([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/;

/**
 * Reads the date text OpenVPN writes: `2026-11-23 10:56:43` (2.5+) or ctime style
 * `Mon Nov 23 10:56:43 2026` (2.3/2.4). null when it is neither or not a real date.
 */
export function parseWallTime(text: string): WallTime | null {
  const iso = ISO_TIME.exec(text);
  if (iso) return checkedWallTime(iso.slice(1).map(Number));
  const ctime = CTIME.exec(text);
  if (ctime) {
    const [, monthName = '', day, hour, minute, second, year] = ctime;
    return checkedWallTime([year, MONTHS.indexOf(monthName) + 1, day, hour, minute, second].map(Number));
  }
  return null;
}

function checkedWallTime([year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN, second = NaN]: number[]): WallTime | null {
  const valid =
    year >= 1970 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59;
  return valid ? { year, month, day, hour, minute, second } : null;
}

/** `parseWallTime` then `wallTimeToUnix`; null when the text is not a date. */
export function wallTextToUnix(text: string, timeZone?: string): number | null {
  const wall = parseWallTime(text);
  if (wall === null) return null;
  return wallTimeToUnix(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second, timeZone);
}
