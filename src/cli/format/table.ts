import stringWidth from 'string-width';

export type Style = 'bold' | 'green' | 'yellow' | 'dim';

const SGR: Record<Style, string> = { bold: '1', green: '32', yellow: '33', dim: '2' };

export interface TableColumn<R> {
  header: string;
  align: 'left' | 'right';
  cell: (row: R) => string;
  style?: (row: R) => Style | undefined;
}

/**
 * Aligned columns two spaces apart, no trailing blanks. Control characters
 * in values are shown escaped, so a crafted common name cannot drive the
 * terminal. Colour (SGR) only when asked for; widths are terminal columns
 * (string-width), so CJK and emoji common names line up.
 */
export function renderTable<R>(columns: readonly TableColumn<R>[], rows: readonly R[], options: { color: boolean }): string {
  const cells = rows.map((row) => columns.map((column) => printable(column.cell(row))));
  const widths = columns.map((column, index) =>
    Math.max(width(column.header), ...cells.map((line) => width(line[index] ?? ''))),
  );
  const paint = (text: string, style: Style | undefined) =>
    options.color && style !== undefined ? `\x1b[${SGR[style]}m${text}\x1b[0m` : text;
  const layout = (values: string[], styles: (Style | undefined)[]) =>
    values
      .map((value, index) => {
        const last = index === values.length - 1;
        const gap = ' '.repeat((widths[index] ?? 0) - width(value));
        const text = columns[index]?.align === 'right' ? gap + value : last ? value : value + gap;
        return paint(text, styles[index]);
      })
      .join('  ')
      .trimEnd();
  const header = layout(
    columns.map((column) => column.header),
    columns.map(() => 'bold'),
  );
  const body = rows.map((row, line) =>
    layout(
      cells[line] ?? [],
      columns.map((column) => column.style?.(row)),
    ),
  );
  return `${[header, ...body].join('\n')}\n`;
}

function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function width(text: string): number {
  return stringWidth(text);
}
