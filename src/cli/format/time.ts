import type { Zone } from '../../history/time-spec.ts';

/** ISO 8601 with seconds: 2026-11-23T14:03:00Z, or with --local the local offset (+01:00). */
export function formatTime(seconds: number, zone: Zone): string {
  const date = new Date(seconds * 1000);
  if (zone === 'utc') return `${date.toISOString().slice(0, 19)}Z`;
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const wall = `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return `${wall}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

export function formatNullableTime(seconds: number | null, zone: Zone): string | null {
  return seconds === null ? null : formatTime(seconds, zone);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}
