import type { ReportData } from '../../report/report-data.ts';
import { type PageFormat, renderReport } from '../../report/report-html.ts';
import { humanBytes, humanDuration } from './human.ts';
import { type JsonObject, type JsonValue, jsonText } from './json.ts';
import { describeInstance, sessionListing } from './session-listing.ts';
import { statsListing } from './stats-listing.ts';
import { formatTime } from './time.ts';

const pageFormat: PageFormat = {
  bytes: humanBytes,
  duration: humanDuration,
  time: formatTime,
  instance: describeInstance,
};

/** The report as an HTML page, its values formatted as `stats` and `sessions` print them. */
export function reportPage(data: ReportData, meta: { generatedAt: number; version: string; filterText: string[] }): string {
  return renderReport(data, { ...meta, format: pageFormat, dataJson: jsonText(reportJson(data)) });
}

/** The data behind the page, in the field names and formats of `stats`/`sessions --format json`. */
export function reportJson(data: ReportData): JsonObject {
  const zone = data.zone;
  const cn = statsListing('cn', zone);
  const instance = statsListing('instance', zone);
  const totals = data.totals;
  const json: Record<string, JsonValue> = {
    since: formatTime(data.since, zone),
    until: formatTime(data.until, zone),
    totals: {
      sessions: totals.sessions,
      users: totals.users,
      active: totals.active,
      duration: totals.duration,
      bytes_in: totals.bytesIn,
      bytes_out: totals.bytesOut,
      peak: totals.peak,
    },
    days: data.statsDays.map(statsListing('day', zone).record),
    top_by_time: data.topByTime.map(cn.record),
    top_by_traffic: data.topByTraffic.map(cn.record),
    instances: data.instances.map((row) => instance.record({ ...row.totals, grouping: 'instance', instance: row.instance, instanceId: row.instanceId })),
    open: data.open.map(sessionListing(zone).record),
    countries:
      data.countries === null
        ? null
        : {
            rule: data.countries.rule,
            by_country: data.countries.countries.map((row) => ({ country: row.country, sessions: row.sessions, users: row.users })),
            unexpected: data.countries.unexpected.map((login) => ({
              cn: login.cn,
              country: login.country,
              logins: login.logins,
              last_connect: formatTime(login.lastConnect, zone),
              expected: login.expected,
            })),
          },
    auth:
      data.auth === null
        ? null
        : {
            failures: data.auth.failures,
            successes: data.auth.successes,
            days: data.auth.days.map((row) => ({ period: row.period.label, failures: row.failures, successes: row.successes })),
            sources: data.auth.sources.map((source) => ({
              src_ip: source.srcIp,
              failures: source.failures,
              names: source.names,
              last_time: formatTime(source.lastTime, zone),
            })),
          },
  };
  return json;
}

