import { escapeHtml } from './escape.ts';

/** One series of a day chart: bars side by side per day, or a line over them. */
export interface ChartSeries {
  name: string;
  kind: 'bar' | 'line';
  /** A class of the page's stylesheet that gives the colour (and a dash for lines). */
  className: string;
  values: number[];
  /** How a value reads in the tooltip and the legend's table. */
  format: (value: number) => string;
}

export interface DayChart {
  id: string;
  title: string;
  description: string;
  labels: string[];
  series: ChartSeries[];
  axisFormat: (value: number) => string;
  /** The grid step for a raw step (a quarter of the highest value); default niceStep. */
  step?: (raw: number) => number;
}

const WIDTH = 960;
const HEIGHT = 280;
const MARGIN = { top: 14, right: 12, bottom: 34, left: 72 };

/**
 * A chart as plain SVG: no library and no script, so it renders in a mail
 * client's preview, prints as vectors and reads the same without network.
 * Colours come from the page's stylesheet (light, dark and print); each bar
 * and point has a <title> tooltip, the figure a title and description for
 * screen readers, and the numbers are repeated in a table below it.
 */
export function dayChart(chart: DayChart): string {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const count = chart.labels.length;
  const step = (chart.step ?? niceStep)(Math.max(0, ...chart.series.flatMap((series) => series.values)) / 4);
  const top = 4 * step;
  const y = (value: number) => MARGIN.top + plotHeight - (value / top) * plotHeight;
  const band = plotWidth / Math.max(count, 1);
  const x = (index: number) => MARGIN.left + index * band;
  const bars = chart.series.filter((series) => series.kind === 'bar');
  const barWidth = (band * 0.8) / Math.max(bars.length, 1);
  const parts: string[] = [];

  for (let tick = 0; tick <= 4; tick++) {
    const value = step * tick;
    const ty = round(y(value));
    parts.push(`<line class="grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${ty}" y2="${ty}"/>`);
    parts.push(`<text class="axis" x="${MARGIN.left - 6}" y="${ty}" dy="0.32em" text-anchor="end">${escapeHtml(chart.axisFormat(value))}</text>`);
  }
  const labelEvery = Math.max(1, Math.ceil(count / 12));
  chart.labels.forEach((label, index) => {
    if (index % labelEvery !== 0) return;
    parts.push(
      `<text class="axis" x="${round(x(index) + band / 2)}" y="${HEIGHT - MARGIN.bottom + 18}" text-anchor="middle">${escapeHtml(label.slice(5))}</text>`,
    );
  });
  bars.forEach((series, seriesIndex) => {
    const rects = series.values.map((value, index) => {
      const height = Math.max(0, y(0) - y(value));
      const left = x(index) + band * 0.1 + seriesIndex * barWidth;
      return `<rect class="${series.className}" x="${round(left)}" y="${round(y(value))}" width="${round(Math.max(barWidth - 1, 1))}" height="${round(height)}"><title>${escapeHtml(`${chart.labels[index] ?? ''}: ${series.name} ${series.format(value)}`)}</title></rect>`;
    });
    parts.push(`<g class="series" data-series="${escapeHtml(series.name)}">${rects.join('')}</g>`);
  });
  for (const series of chart.series.filter((candidate) => candidate.kind === 'line')) {
    const points = series.values.map((value, index) => `${round(x(index) + band / 2)},${round(y(value))}`);
    const dots = series.values.map(
      (value, index) =>
        `<circle class="${series.className}" cx="${round(x(index) + band / 2)}" cy="${round(y(value))}" r="${count > 90 ? 1.5 : 3}"><title>${escapeHtml(`${chart.labels[index] ?? ''}: ${series.name} ${series.format(value)}`)}</title></circle>`,
    );
    parts.push(
      `<g class="series" data-series="${escapeHtml(series.name)}"><polyline class="${series.className}" points="${points.join(' ')}"/>${dots.join('')}</g>`,
    );
  }
  parts.push(`<line class="baseline" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${round(y(0))}" y2="${round(y(0))}"/>`);

  const legend = chart.series
    .map((series) => `<li><span class="swatch ${series.className} swatch-${series.kind}" aria-hidden="true"></span>${escapeHtml(series.name)}</li>`)
    .join('');
  const head = ['Day', ...chart.series.map((series) => series.name)].map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('');
  const body = chart.labels
    .map(
      (label, index) =>
        `<tr><th scope="row">${escapeHtml(label)}</th>${chart.series.map((series) => `<td>${escapeHtml(series.format(series.values[index] ?? 0))}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<figure class="chart" id="${chart.id}">
<ul class="legend">${legend}</ul>
<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc" preserveAspectRatio="xMidYMid meet">
<title id="${chart.id}-title">${escapeHtml(chart.title)}</title>
<desc id="${chart.id}-desc">${escapeHtml(chart.description)}</desc>
${parts.join('\n')}
</svg>
<details class="numbers"><summary>The numbers</summary><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></details>
</figure>`;
}

/**
 * The grid step: 1, 2 or 5 times a power of ten, at least `value` and at
 * least 1, so four steps reach the highest value and every grid line falls on
 * a whole, round number (sessions come in ones, bytes in KiB anyway).
 */
export function niceStep(value: number): number {
  if (!(value > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const multiple of [1, 2, 5, 10]) if (multiple * power >= value) return multiple * power;
  return 10 * power;
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** A grid step for bytes: 1, 2 or 5 times a power of ten of a binary unit (KiB, MiB…), so the axis reads 0, 200 MiB, 400 MiB… */
export function byteStep(value: number): number {
  let unit = 1;
  while (value / unit >= 1000) unit *= 1024;
  return niceStep(value / unit) * unit;
}
