/**
 * One RFC 4180 record, CRLF-terminated. NULL is an empty field and an empty
 * string a quoted one (""), the distinction PostgreSQL's COPY … CSV makes.
 */
export function csvRecord(fields: readonly (string | null)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

function csvField(value: string | null): string {
  if (value === null) return '';
  return value === '' || /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
