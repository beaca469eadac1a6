import { readFileSync, statSync } from 'node:fs';
import { errorReason, showValue, UserError } from '../common/errors.ts';
import { countryCodes } from './unexpected-country.ts';

/** A line's countries: ISO 3166-1 alpha-2 codes, upper case, in the order given; `any` for `*`. */
export type ExpectedList = string[] | 'any';

/** An --expect-country-file: the countries of each common name it lists, and of the `*` line for the others. */
export interface ExpectedCountries {
  byName: Map<string, ExpectedList>;
  /** undefined: the file has no `*` line. */
  others: ExpectedList | undefined;
}

const LINE_FORMAT =
  'a common name ("double quoted" when it holds blanks) or *, blanks, then country codes such as FI,SE or * for any country';
const CODES_FORMAT = 'two-letter country codes (ISO 3166-1 alpha-2) separated by commas, such as FI,SE, or * for any country';

/**
 * Lines `COMMON_NAME  CC,CC`. Outside double quotes `#` and `;` start a
 * comment, so a name holding one must be quoted; inside them `\"` and `\\`
 * stand for `"` and `\`. A quoted "*" is a common name, the bare `*` the
 * line for the names not listed. A name listed twice is refused rather
 * than one of its lines silently ignored.
 */
export function parseExpectedCountries(text: string, file: string): ExpectedCountries {
  const table: ExpectedCountries = { byName: new Map(), others: undefined };
  const firstLine = new Map<string | null, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, index) => {
    const number = index + 1;
    const fail = (expected: string) =>
      new UserError(`invalid --expect-country-file ${showValue(file)} line ${number} ${showValue(line)}: expected ${expected}`);
    const entry = parseLine(line, fail);
    if (!entry) return;
    const earlier = firstLine.get(entry.name);
    if (earlier !== undefined) {
      throw fail(entry.name === null ? `one * line (the other is line ${earlier})` : `each common name on one line (this one is on line ${earlier} too)`);
    }
    firstLine.set(entry.name, number);
    if (entry.name === null) table.others = entry.list;
    else table.byName.set(entry.name, entry.list);
  });
  return table;
}

/** null as the name: the `*` line. */
function parseLine(line: string, fail: (expected: string) => UserError): { name: string | null; list: ExpectedList } | null {
  let rest = line.replace(/^[ \t]+/, '');
  if (rest === '' || rest.startsWith('#') || rest.startsWith(';')) return null;
  let name: string | null;
  if (rest.startsWith('"')) {
    name = '';
    let i = 1;
    for (; i < rest.length && rest[i] !== '"'; i++) name += rest[i] === '\\' && i + 1 < rest.length ? rest[++i] : rest[i];
    if (i >= rest.length) throw fail('a closing " after the quoted common name');
    if (name === '') throw fail('a common name between the quotes');
    rest = rest.slice(i + 1);
  } else {
    const bare = /^[^ \t#;]+/.exec(rest)![0];
    if (bare.includes('"')) throw fail(LINE_FORMAT);
    name = bare === '*' ? null : bare;
    rest = rest.slice(bare.length);
  }
  const list = rest.replace(/[#;].*/, '').trim();
  if (!/^[ \t]/.test(rest) || list === '') throw fail(LINE_FORMAT);
  if (list === '*') return { name, list: 'any' };
  const codes = countryCodes(list);
  if (!codes) throw fail(CODES_FORMAT);
  return { name, list: codes };
}

/**
 * The countries expected of a common name: its own line, else the `*` line,
 * else `fallback` (--expect-country). null: any country is fine.
 */
export function expectedFor(table: ExpectedCountries, cn: string, fallback: string[] | null): string[] | null {
  const list = table.byName.get(cn) ?? table.others ?? fallback;
  return list === 'any' ? null : list;
}

/**
 * The file as it is when a login needs it: read again only after it changed,
 * so a drainer that runs for months follows edits without a restart, and a
 * hook, which sees one login, reads it once.
 */
export class ExpectedCountriesFile {
  private cached: { version: string; table: ExpectedCountries } | undefined;

  constructor(readonly path: string) {}

  current(): ExpectedCountries {
    let version: string;
    let text: string;
    try {
      const stat = statSync(this.path);
      version = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
      if (this.cached?.version === version) return this.cached.table;
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      throw new UserError(
        `cannot read --expect-country-file ${showValue(this.path)} (${errorReason(error)}): expected a readable file of common names and their countries`,
      );
    }
    const table = parseExpectedCountries(text, this.path);
    this.cached = { version, table };
    return table;
  }
}
