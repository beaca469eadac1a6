const UNITS = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];

/** 512 B, 1.2 GiB: binary units, one decimal; exact counts are in json/csv. */
export function humanBytes(bytes: bigint | null): string {
  if (bytes === null) return '-';
  if (bytes < 1024n) return `${bytes} B`;
  let unit = 0;
  let scaled = Number(bytes) / 1024;
  // Rounding may reach 1024.0 of a unit: that is 1.0 of the next.
  while (unit < UNITS.length - 1 && Number(scaled.toFixed(1)) >= 1024) {
    scaled /= 1024;
    unit++;
  }
  return `${scaled.toFixed(1)} ${UNITS[unit]}`;
}

/** 45s, 12m05s, 3h04m, 2d03h: two units at most, the way people read a session's length. */
export function humanDuration(seconds: number | null): string {
  if (seconds === null) return '-';
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (days > 0) return `${days}d${pad(hours)}h`;
  if (hours > 0) return `${hours}h${pad(minutes)}m`;
  if (minutes > 0) return `${minutes}m${pad(rest)}s`;
  return `${rest}s`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
