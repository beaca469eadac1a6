import type { Instance } from '../common/session.ts';
import type { StatsRow, StatsTotals } from '../history/stats-query.ts';
import type { Zone } from '../history/time-spec.ts';
import { escapeHtml, scriptJson } from './escape.ts';
import type { AuthData, CountryData, ReportData } from './report-data.ts';
import { byteStep, dayChart } from './svg-chart.ts';

/** How values read: the CLI's own formats, so the page and `stats` print them alike. */
export interface PageFormat {
  bytes(bytes: bigint): string;
  duration(seconds: number): string;
  /** ISO 8601 in the zone, with its offset: 2026-11-23T14:03:00Z. */
  time(seconds: number, zone: Zone): string;
  instance(instance: Instance | null): string;
}

export interface RenderContext {
  /** When the report was made, unix seconds. */
  generatedAt: number;
  version: string;
  /** The session filter options given, as typed (shown under the title). */
  filterText: string[];
  format: PageFormat;
  /** The data behind the page as JSON, embedded for machines. */
  dataJson: string;
}

/**
 * The report as one HTML document: stylesheet, SVG charts and the data
 * (as `stats --format json` prints it) inline, nothing fetched, so it opens
 * from a mail attachment or a file share. Every text from the database is
 * escaped; no script runs.
 */
export function renderReport(data: ReportData, context: RenderContext): string {
  const f = context.format;
  const zone = data.zone;
  const period = `${day(data.since, zone, f)} to ${day(data.until, zone, f)}`;
  const hasSessions = data.totals.sessions > 0;
  const sections = [
    summary(data.totals, f),
    hasSessions ? sessionsSection(data) : nothingYet(data),
    hasSessions ? trafficSection(data, f) : '',
    hasSessions ? topUsersSection(data, f) : '',
    countrySection(data.countries, zone, f),
    authSection(data.auth, zone, f),
    openSection(data, f),
    instancesSection(data, f),
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="openvpn-db-log ${escapeHtml(context.version)}">
<title>VPN report ${escapeHtml(period)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>VPN sessions, ${escapeHtml(period)}</h1>
<p class="meta">Times and days in ${escapeHtml(zoneName(zone, data.until, f))}. Made ${escapeHtml(time(context.generatedAt, zone, f))} by openvpn-db-log ${escapeHtml(context.version)} from the ${escapeHtml(backendName(data.backend))} database.${
    context.filterText.length > 0 ? ` Only sessions matching <code>${escapeHtml(context.filterText.join(' '))}</code>.` : ''
  }</p>
</header>
<main>
${sections.filter((section) => section !== '').join('\n')}
</main>
<footer><p>Sessions count in the day they connected, as <code>openvpn-db-log stats</code> counts them; a session is in the period when it was connected at some time of it. Peak: the most sessions connected at one instant.</p></footer>
<script type="application/json" id="report-data">${scriptJson(context.dataJson)}</script>
</body>
</html>
`;
}

function summary(totals: StatsTotals, f: PageFormat): string {
  const cards: [string, string, string][] = [
    ['Sessions', count(totals.sessions), `${totals.sessions} sessions`],
    ['Users', count(totals.users), 'distinct common names'],
    ['Peak', count(totals.peak), 'peak concurrent sessions: the most connected at one instant'],
    ['Connected', f.duration(totals.duration), `connected time, ${totals.duration} seconds`],
    ['In', f.bytes(totals.bytesIn), `traffic in, ${totals.bytesIn} bytes`],
    ['Out', f.bytes(totals.bytesOut), `traffic out, ${totals.bytesOut} bytes`],
    ['Open now', count(totals.active), 'sessions not disconnected yet'],
  ];
  const items = cards
    .map(([name, value, detail]) => `<div class="card"><dt>${escapeHtml(name)}</dt><dd title="${escapeHtml(detail)}">${escapeHtml(value)}</dd></div>`)
    .join('');
  return `<section aria-labelledby="summary-heading"><h2 id="summary-heading">Summary</h2><dl class="cards">${items}</dl></section>`;
}

function nothingYet(data: ReportData): string {
  const text =
    data.instances.length === 0
      ? 'Nothing is logged yet: no OpenVPN server has logged a session into this database.'
      : 'No session matches in this period.';
  return `<section aria-labelledby="sessions-heading"><h2 id="sessions-heading">Sessions</h2><p class="empty">${escapeHtml(text)}</p></section>`;
}

function sessionsSection(data: ReportData): string {
  const labels = data.days.map((row) => row.period.label);
  const chart = dayChart({
    id: 'chart-sessions',
    title: 'Sessions, users and peak concurrent sessions per day',
    description: `${data.days.length} days from ${labels[0] ?? ''} to ${labels.at(-1) ?? ''}: bars are the sessions that connected each day, lines the distinct users and the most sessions connected at one instant. ${data.totals.sessions} sessions in all, peak ${data.totals.peak}.`,
    labels,
    axisFormat: (value) => count(value),
    series: [
      { name: 'Sessions', kind: 'bar', className: 's-sessions', values: data.days.map((row) => row.sessions), format: count },
      { name: 'Users', kind: 'line', className: 's-users', values: data.days.map((row) => row.users), format: count },
      { name: 'Peak concurrent', kind: 'line', className: 's-peak', values: data.days.map((row) => row.peak), format: count },
    ],
  });
  return `<section aria-labelledby="sessions-heading"><h2 id="sessions-heading">Sessions per day</h2>${chart}</section>`;
}

function trafficSection(data: ReportData, f: PageFormat): string {
  const labels = data.days.map((row) => row.period.label);
  const bytes = (value: number) => f.bytes(BigInt(Math.round(value)));
  const axisBytes = (value: number) => bytes(value).replace('.0 ', ' ');
  const chart = dayChart({
    id: 'chart-traffic',
    title: 'Traffic per day, in and out',
    description: `Bytes received from clients (in) and sent to them (out) by the sessions that connected each day; ${f.bytes(data.totals.bytesIn)} in and ${f.bytes(data.totals.bytesOut)} out in all.`,
    labels,
    axisFormat: axisBytes,
    step: byteStep,
    series: [
      { name: 'In', kind: 'bar', className: 's-in', values: data.days.map((row) => Number(row.bytesIn)), format: bytes },
      { name: 'Out', kind: 'bar', className: 's-out', values: data.days.map((row) => Number(row.bytesOut)), format: bytes },
    ],
  });
  return `<section aria-labelledby="traffic-heading"><h2 id="traffic-heading">Traffic per day</h2>${chart}</section>`;
}

function topUsersSection(data: ReportData, f: PageFormat): string {
  const byTime = barTable(
    'Top users by connected time',
    ['User', 'Sessions', 'Connected time'],
    data.topByTime.map((row) => ({
      cells: [cnOf(row), count(row.sessions)],
      value: row.duration,
      shown: f.duration(row.duration),
      exact: `${row.duration} seconds`,
    })),
  );
  const byTraffic = barTable(
    'Top users by traffic',
    ['User', 'Sessions', 'Traffic in + out'],
    data.topByTraffic.map((row) => ({
      cells: [cnOf(row), count(row.sessions)],
      value: Number(row.bytesIn + row.bytesOut),
      shown: f.bytes(row.bytesIn + row.bytesOut),
      exact: `${row.bytesIn} bytes in, ${row.bytesOut} bytes out`,
    })),
  );
  return `<section aria-labelledby="top-heading"><h2 id="top-heading">Top users</h2><div class="columns">${byTime}${byTraffic}</div></section>`;
}

interface BarRow {
  cells: string[];
  value: number;
  shown: string;
  exact: string;
}

/** A table whose last column carries a bar as long as its share of the largest value. */
function barTable(caption: string, headers: string[], rows: BarRow[], emptyText = 'None in this period.'): string {
  if (rows.length === 0) return `<div><h3>${escapeHtml(caption)}</h3><p class="empty">${escapeHtml(emptyText)}</p></div>`;
  const largest = Math.max(...rows.map((row) => row.value), 1);
  const head = headers.map((header, index) => `<th scope="col"${index > 0 ? ' class="num"' : ''}>${escapeHtml(header)}</th>`).join('');
  const body = rows
    .map((row) => {
      const share = Math.max(0.5, (row.value / largest) * 100).toFixed(1);
      const [first = '', ...rest] = row.cells;
      return `<tr><th scope="row" class="name">${escapeHtml(first)}</th>${rest.map((cell) => `<td class="num">${escapeHtml(cell)}</td>`).join('')}<td class="bar-cell" title="${escapeHtml(row.exact)}"><span class="bar" style="width:${share}%"></span><span class="bar-value">${escapeHtml(row.shown)}</span></td></tr>`;
    })
    .join('');
  return `<div><table class="bars"><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function countrySection(countries: CountryData | null, zone: Zone, f: PageFormat): string {
  const heading = '<h2 id="countries-heading">Countries of logins</h2>';
  if (countries === null) {
    return `<section aria-labelledby="countries-heading">${heading}<p class="empty">No country data yet: this database stores no country per session (a newer openvpn-db-log adds it with <code>migrate</code>).</p></section>`;
  }
  const known = countries.countries.filter((row) => row.country !== null);
  const unknown = countries.countries.find((row) => row.country === null)?.sessions ?? 0;
  if (known.length === 0) {
    return `<section aria-labelledby="countries-heading">${heading}<p class="empty">No country data yet: no session of this period has a country${unknown > 0 ? ` (${count(unknown)} without one)` : ''}.</p></section>`;
  }
  const table = barTable(
    'Logins per country',
    ['Country', 'Users', 'Logins'],
    known.map((row) => ({
      cells: [countryName(row.country ?? ''), count(row.users)],
      value: row.sessions,
      shown: count(row.sessions),
      exact: `${row.sessions} sessions`,
    })),
  );
  const rule =
    countries.rule === 'expected-list'
      ? 'Logins from a country outside the expected ones (--expect-country).'
      : "Logins from a country other than the user's usual one (where most of their logins in this period came from).";
  const unexpected =
    countries.unexpected.length === 0
      ? '<p class="empty">None.</p>'
      : `<table><thead><tr><th scope="col">User</th><th scope="col">Country</th><th scope="col" class="num">Logins</th><th scope="col">Last login</th><th scope="col">Expected</th></tr></thead><tbody>${countries.unexpected
          .map(
            (login) =>
              `<tr><th scope="row" class="name">${escapeHtml(login.cn)}</th><td>${escapeHtml(countryName(login.country))}</td><td class="num">${count(login.logins)}</td><td>${escapeHtml(time(login.lastConnect, zone, f))}</td><td>${escapeHtml(login.expected.join(', '))}</td></tr>`,
          )
          .join('')}</tbody></table>`;
  const note = unknown > 0 ? `<p class="note">${count(unknown)} sessions have no country (private or unknown address, or logged before countries were stored).</p>` : '';
  return `<section aria-labelledby="countries-heading">${heading}<div class="columns">${table}<div><h3>Logins from unexpected countries</h3><p class="note">${escapeHtml(rule)}</p>${unexpected}</div></div>${note}<p class="note">Countries as looked up when each session connected. The embedded database is DB-IP Lite (CC BY 4.0), whose licence asks pages that show its results for this link: <a href="https://db-ip.com">IP Geolocation by DB-IP</a>.</p></section>`;
}

function authSection(auth: AuthData | null, zone: Zone, f: PageFormat): string {
  const heading = '<h2 id="auth-heading">Failed logins</h2>';
  if (auth === null || auth.failures + auth.successes === 0) {
    return `<section aria-labelledby="auth-heading">${heading}<p class="empty">No authentication events stored yet${auth === null ? '' : ' for this period'}.</p></section>`;
  }
  const chart = dayChart({
    id: 'chart-auth',
    title: 'Failed and successful logins per day',
    description: `${auth.failures} failed and ${auth.successes} successful authentications from the server log, per day.`,
    labels: auth.days.map((row) => row.period.label),
    axisFormat: count,
    series: [
      { name: 'Failed', kind: 'bar', className: 's-fail', values: auth.days.map((row) => row.failures), format: count },
      { name: 'Succeeded', kind: 'line', className: 's-ok', values: auth.days.map((row) => row.successes), format: count },
    ],
  });
  const sources = barTable(
    'Top sources of failed logins',
    ['Source address', 'Names tried', 'Last failure', 'Failures'],
    auth.sources.map((source) => ({
      cells: [source.srcIp ?? 'unknown', count(source.names), time(source.lastTime, zone, f)],
      value: source.failures,
      shown: count(source.failures),
      exact: `${source.failures} failed logins`,
    })),
    'No failed login in this period.',
  );
  return `<section aria-labelledby="auth-heading">${heading}${chart}${sources}</section>`;
}

function openSection(data: ReportData, f: PageFormat): string {
  const heading = '<h2 id="open-heading">Sessions still open</h2>';
  if (data.open.length === 0) return `<section aria-labelledby="open-heading">${heading}<p class="empty">None.</p></section>`;
  const more =
    data.totals.active > data.open.length
      ? `<p class="note">The newest ${count(data.open.length)} of ${count(data.totals.active)}; <code>openvpn-db-log sessions --active</code> lists all.</p>`
      : '';
  const rows = data.open
    .map((session) => {
      const source = session.srcIp.includes(':') ? `[${session.srcIp}]:${session.srcPort}` : `${session.srcIp}:${session.srcPort}`;
      const vpn = [session.vpnIp4, session.vpnIp6].filter((ip) => ip !== null && ip !== '').join(' ') || '-';
      const since = data.until - session.connectTime;
      return `<tr><th scope="row" class="name">${escapeHtml(session.cn)}</th><td>${escapeHtml(time(session.connectTime, data.zone, f))}</td><td class="num">${escapeHtml(since >= 0 ? f.duration(since) : '-')}</td><td>${escapeHtml(source)}</td><td>${escapeHtml(vpn)}</td><td>${escapeHtml(f.instance(session.instance))}</td></tr>`;
    })
    .join('');
  return `<section aria-labelledby="open-heading">${heading}<table><thead><tr><th scope="col">User</th><th scope="col">Connected</th><th scope="col" class="num">For</th><th scope="col">Source</th><th scope="col">VPN address</th><th scope="col">Instance</th></tr></thead><tbody>${rows}</tbody></table>${more}</section>`;
}

function instancesSection(data: ReportData, f: PageFormat): string {
  const heading = '<h2 id="instances-heading">Instances</h2>';
  if (data.instances.length === 0) return `<section aria-labelledby="instances-heading">${heading}<p class="empty">None yet.</p></section>`;
  const rows = data.instances
    .map(
      ({ instance, totals }) =>
        `<tr><th scope="row" class="name">${escapeHtml(f.instance(instance))}</th><td class="num">${count(totals.sessions)}</td><td class="num">${count(totals.users)}</td><td class="num">${count(totals.peak)}</td><td class="num">${escapeHtml(f.bytes(totals.bytesIn))}</td><td class="num">${escapeHtml(f.bytes(totals.bytesOut))}</td><td class="num">${count(totals.active)}</td></tr>`,
    )
    .join('');
  return `<section aria-labelledby="instances-heading">${heading}<table><thead><tr><th scope="col">Instance (name/proto/port)</th><th scope="col" class="num">Sessions</th><th scope="col" class="num">Users</th><th scope="col" class="num">Peak</th><th scope="col" class="num">In</th><th scope="col" class="num">Out</th><th scope="col" class="num">Open</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function cnOf(row: StatsRow): string {
  return row.grouping === 'cn' ? row.cn : '';
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function count(value: number): string {
  return numberFormat.format(value);
}

/** 2026-11-23 14:03, in the report's zone (which the header names). */
function time(seconds: number, zone: Zone, f: PageFormat): string {
  return f.time(seconds, zone).slice(0, 16).replace('T', ' ');
}

function day(seconds: number, zone: Zone, f: PageFormat): string {
  return f.time(seconds, zone).slice(0, 10);
}

function zoneName(zone: Zone, at: number, f: PageFormat): string {
  if (zone === 'utc') return 'UTC';
  const name = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return `local time (${name}, UTC${f.time(at, zone).slice(19)})`;
}

function backendName(backend: ReportData['backend']): string {
  return backend === 'sqlite' ? 'SQLite' : backend === 'postgres' ? 'PostgreSQL' : 'MySQL/MariaDB';
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

function countryName(code: string): string {
  try {
    const name = regionNames.of(code);
    return name === undefined || name === code ? code : `${name} (${code})`;
  } catch {
    return code;
  }
}

const STYLE = `
:root{--bg:#fff;--fg:#1f2328;--muted:#59636e;--grid:#d8dee4;--card:#f6f8fa;--line:#d0d7de;
--sessions:#3b6fd8;--users:#c2410c;--peak:#15803d;--in:#3b6fd8;--out:#9a4fd6;--fail:#d1242f;--ok:#15803d;--bar:#8fb3f0;
color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--grid:#30363d;--card:#161b22;--line:#30363d;
--sessions:#6ea8fe;--users:#fb923c;--peak:#4ade80;--in:#6ea8fe;--out:#c9a0ff;--fail:#ff7b72;--ok:#4ade80;--bar:#2f5aa8}}
@media print{:root{--bg:#fff;--fg:#000;--muted:#444;--grid:#ccc;--card:#fff;--line:#999;
--sessions:#3b6fd8;--users:#c2410c;--peak:#15803d;--in:#3b6fd8;--out:#9a4fd6;--fail:#d1242f;--ok:#15803d;--bar:#8fb3f0}
body{max-width:none;padding:0}details.numbers{display:none}section{break-inside:avoid}}
*{box-sizing:border-box;-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0 auto;max-width:1100px;padding:1.5rem;background:var(--bg);color:var(--fg);
font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC",sans-serif}
h1{font-size:1.6rem;margin:0 0 .3rem}h2{font-size:1.2rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
h3{font-size:1rem;margin:.4rem 0}.meta,.note,footer{color:var(--muted);font-size:.9rem}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(115px,1fr));gap:.6rem;margin:0}
.card{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.5rem .7rem}
.card dt{color:var(--muted);font-size:.85rem}.card dd{margin:0;font-size:1.3rem;white-space:nowrap;font-weight:600;font-variant-numeric:tabular-nums}
.chart{margin:0}.chart svg{width:100%;height:auto;display:block}
.legend{list-style:none;display:flex;gap:1.2rem;padding:0;margin:0 0 .3rem;font-size:.9rem}
.swatch{display:inline-block;width:.9em;height:.9em;margin-right:.35em;vertical-align:-.1em;border-radius:2px;background:currentColor}
.swatch-line{height:.2em;vertical-align:.25em}
.grid{stroke:var(--grid);stroke-width:1}.baseline{stroke:var(--muted);stroke-width:1}
.axis{fill:var(--muted);font-size:12px;font-variant-numeric:tabular-nums}
rect.s-sessions{fill:var(--sessions)}rect.s-in{fill:var(--in)}rect.s-out{fill:var(--out)}rect.s-fail{fill:var(--fail)}
.swatch.s-sessions{color:var(--sessions)}.swatch.s-users{color:var(--users)}.swatch.s-peak{color:var(--peak)}
.swatch.s-in{color:var(--in)}.swatch.s-out{color:var(--out)}.swatch.s-fail{color:var(--fail)}.swatch.s-ok{color:var(--ok)}
polyline{fill:none;stroke-width:2.2;stroke-linejoin:round}
polyline.s-users{stroke:var(--users)}circle.s-users{fill:var(--users)}
polyline.s-peak{stroke:var(--peak);stroke-dasharray:6 4}circle.s-peak{fill:var(--peak)}
polyline.s-ok{stroke:var(--ok)}circle.s-ok{fill:var(--ok)}
.swatch.s-peak.swatch-line{background:repeating-linear-gradient(90deg,var(--peak) 0 5px,transparent 5px 8px)}
details.numbers{margin:.3rem 0 0;font-size:.9rem}details.numbers table{margin-top:.4rem}
table{border-collapse:collapse;width:100%;font-size:.92rem}
caption{text-align:left;font-weight:600;padding:.2rem 0 .4rem}
th,td{padding:.25rem .5rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{color:var(--muted);font-weight:600;font-size:.85rem}
th.name{font-weight:500;max-width:18rem;overflow-wrap:anywhere}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.columns{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:1.5rem;align-items:start}
.bar-cell{position:relative;min-width:9rem;width:40%}
.bar{position:absolute;left:.5rem;top:.3rem;height:1.15em;max-width:calc(100% - 1rem);background:var(--bar);border-radius:2px}
.bar-value{position:relative;font-variant-numeric:tabular-nums;white-space:nowrap;padding-left:.3rem}
.empty{color:var(--muted);font-style:italic}
`;
