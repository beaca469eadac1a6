import { rename, rm, writeFile } from 'node:fs/promises';
import { UserError, errorReason, showValue } from '../common/errors.ts';
import { type RawSessionFilter, parseSessionFilter, resolveSessionFilter } from '../history/session-filter.ts';
import { parseTimeSpec } from '../history/time-spec.ts';
import { resolveConnection } from '../db/connection-options.ts';
import { usingDatabase } from '../db/open-database.ts';
import { gatherReport } from '../report/report-data.ts';
import { reportFailure, warn } from './exit-policy.ts';
import { Output } from './format/output.ts';
import { reportPage } from './format/report-page.ts';
import { applyEnvOptions, databaseFlags, exitPolicy, type RawDatabaseOptions } from './options.ts';

declare const __VERSION__: string | undefined;

export interface ReportCommandOptions extends RawDatabaseOptions, RawSessionFilter {
  quiet?: boolean;
  zero?: boolean;
  html: string;
  local?: boolean;
  expectCountry?: string[];
  top?: string;
}

const DEFAULT_DAYS = 30;
const OPEN_LISTED = 200;

export async function runReportCommand(options: ReportCommandOptions): Promise<void> {
  const policy = exitPolicy(options);
  try {
    applyEnvOptions(options.env);
    const zone = options.local ? 'local' : 'utc';
    const now = Math.floor(Date.now() / 1000);
    const context = { now, zone } as const;
    // The period defaults to the 30 days up to --until (or now); the filter then holds both bounds.
    const until = options.until === undefined ? now : parseTimeSpec(options.until, '--until', context);
    const since = options.since ?? String(until - DEFAULT_DAYS * 86400);
    const filter = parseSessionFilter({ ...options, since, until: String(until) }, context);
    const expectedCountries = parseCountries(options.expectCountry);
    const top = parseTop(options.top);
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    const data = await usingDatabase(connection, async (handle) => {
      const resolved = await resolveSessionFilter(handle.db, handle.backend, filter);
      return gatherReport(handle.db, {
        resolved,
        zone,
        since: filter.since ?? until - DEFAULT_DAYS * 86400,
        until: filter.until ?? until,
        expectedCountries,
        top,
        openLimit: OPEN_LISTED,
      });
    });
    const html = reportPage(data, {
      generatedAt: now,
      version: typeof __VERSION__ === 'string' ? __VERSION__ : 'development',
      filterText: filterText(options),
    });
    await writeHtml(options.html, html);
  } catch (error) {
    reportFailure(policy, error);
  }
}

/** FILE is replaced whole (written beside it, then renamed), so a mailer or web server never reads half a page; - is standard output. */
async function writeHtml(file: string, html: string): Promise<void> {
  if (file === '-') {
    await new Output(process.stdout).write(html);
    return;
  }
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, html);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new UserError(`cannot write --html ${showValue(file)}: ${errorReason(error)}`);
  }
}

function parseCountries(values: string[] | undefined): string[] | null {
  if (values === undefined) return null;
  const codes = values.flatMap((value) => value.split(',')).map((code) => code.trim().toUpperCase());
  for (const code of codes) {
    if (!/^[A-Z]{2}$/.test(code)) {
      throw new UserError(`invalid --expect-country ${showValue(code)}: expected ISO 3166-1 alpha-2 codes such as FI,SE`);
    }
  }
  return codes;
}

function parseTop(text: string | undefined): number {
  if (text === undefined) return 15;
  if (!/^\d{1,4}$/.test(text) || Number(text) === 0) {
    throw new UserError(`invalid --top ${showValue(text)}: expected a number of rows from 1 to 9999`);
  }
  return Number(text);
}

/** The session filter as the user typed it, for the page's header. */
function filterText(options: ReportCommandOptions): string[] {
  const words: string[] = [];
  const many = (flag: string, values: string[] | undefined) => {
    for (const value of values ?? []) words.push(flag, value);
  };
  const one = (flag: string, value: string | undefined) => {
    if (value !== undefined && value !== '' && value !== '0') words.push(flag, value);
  };
  many('--cn', options.cn);
  many('--cn-like', options.cnLike);
  many('--ip', options.ip);
  many('--vpn-ip', options.vpnIp);
  if (options.active) words.push('--active');
  one('--instance', options.instance);
  one('--instance-proto', options.instanceProto);
  one('--instance-port', options.instancePort);
  one('--min-bytes', options.minBytes);
  return words;
}
