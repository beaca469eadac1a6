import { localSeconds, utcSeconds } from '../common/wall-time.ts';
import type { Zone } from './time-spec.ts';

export const periodKinds = ['day', 'week', 'month'] as const;
export type PeriodKind = (typeof periodKinds)[number];

/** One calendar period: [start, end) in unix seconds, named as people write it. */
export interface Period {
  /** 2026-11-23, 2026-W48 (ISO week, Monday first) or 2026-11. */
  label: string;
  start: number;
  end: number;
}

interface CalendarDate {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday, as Date counts. */
  weekday: number;
}

/** The calendar in the zone stats are counted in; local days follow DST (23 or 25 hours). */
function calendar(zone: Zone) {
  return {
    date(seconds: number): CalendarDate {
      const date = new Date(seconds * 1000);
      return zone === 'utc'
        ? { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday: date.getUTCDay() }
        : { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(), weekday: date.getDay() };
    },
    /** Midnight of a date; day and month may overflow (day 32, month 13) as with Date. */
    midnight(year: number, month: number, day: number): number {
      return zone === 'utc' ? utcSeconds(year, month, day) : localSeconds(year, month, day);
    },
  };
}

/** The periods of one kind that cover [from, to], in order; empty when to < from. */
export function periodsCovering(kind: PeriodKind, from: number, to: number, zone: Zone): Period[] {
  const cal = calendar(zone);
  const periods: Period[] = [];
  if (to < from) return periods;
  let start = periodStart(kind, from, zone);
  while (start <= to) {
    const { year, month, day } = cal.date(start);
    const end =
      kind === 'day'
        ? cal.midnight(year, month, day + 1)
        : kind === 'week'
          ? cal.midnight(year, month, day + 7)
          : cal.midnight(year, month + 1, 1);
    periods.push({ label: periodLabel(kind, year, month, day), start, end });
    start = end;
  }
  return periods;
}

export function periodStart(kind: PeriodKind, seconds: number, zone: Zone): number {
  const cal = calendar(zone);
  const { year, month, day, weekday } = cal.date(seconds);
  switch (kind) {
    case 'day':
      return cal.midnight(year, month, day);
    case 'week':
      return cal.midnight(year, month, day - ((weekday + 6) % 7));
    case 'month':
      return cal.midnight(year, month, 1);
    default:
      return kind satisfies never;
  }
}

function periodLabel(kind: PeriodKind, year: number, month: number, day: number): string {
  switch (kind) {
    case 'day':
      return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    case 'month':
      return `${pad(year, 4)}-${pad(month)}`;
    case 'week': {
      // ISO 8601: a week belongs to the year of its Thursday and is numbered from that year's first Thursday.
      const thursday = new Date(utcSeconds(year, month, day + 3) * 1000);
      const weekYear = thursday.getUTCFullYear();
      const dayOfYear = Math.round((thursday.getTime() / 1000 - utcSeconds(weekYear, 1, 1)) / 86400);
      return `${pad(weekYear, 4)}-W${pad(Math.floor(dayOfYear / 7) + 1)}`;
    }
    default:
      return kind satisfies never;
  }
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** The period of a kind that starts at `start`. */
export function periodStartingAt(kind: PeriodKind, start: number, zone: Zone): Period {
  const period = periodsCovering(kind, start, start, zone)[0];
  if (period === undefined || period.start !== start) throw new Error(`no ${kind} starts at ${start}`);
  return period;
}
