import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ExpectedCountriesFile, expectedFor, parseExpectedCountries } from '../../src/geo/expected-countries.ts';

const FILE = '/etc/openvpn/expected-countries';

describe('--expect-country-file', () => {
  it('reads names, quoted names, comments, blank lines and * lists and names', () => {
    const table = parseExpectedCountries(
      [
        '\uFEFF# who logs in from where',
        '',
        'alice   fi, se,FI ; at home, and the summer cottage',
        '\t"bob smith"\tSE',
        '"quote\\"d \\\\ # not a comment"  DE',
        '"*" US',
        'road-warrior *   # anywhere',
        '   ; another comment',
        '* FI\r',
        'carol NO',
      ].join('\n'),
      FILE,
    );
    assert.deepEqual(
      [...table.byName],
      [
        ['alice', ['FI', 'SE']],
        ['bob smith', ['SE']],
        ['quote"d \\ # not a comment', ['DE']],
        ['*', ['US']],
        ['road-warrior', 'any'],
        ['carol', ['NO']],
      ],
    );
    assert.deepEqual(table.others, ['FI']);
  });

  it('gives a common name its own line, else the * line, else --expect-country; * means any country', () => {
    const withDefault = parseExpectedCountries('alice SE\nroad-warrior *\n* DE\n', FILE);
    assert.deepEqual(expectedFor(withDefault, 'alice', ['FI']), ['SE']);
    assert.equal(expectedFor(withDefault, 'road-warrior', ['FI']), null);
    assert.deepEqual(expectedFor(withDefault, 'dave', ['FI']), ['DE']);
    const withoutDefault = parseExpectedCountries('alice SE\n', FILE);
    assert.deepEqual(expectedFor(withoutDefault, 'dave', ['FI']), ['FI']);
    assert.equal(expectedFor(withoutDefault, 'dave', null), null);
    assert.equal(expectedFor(parseExpectedCountries('* *\n', FILE), 'dave', ['FI']), null);
    // Common names are compared exactly, as OpenVPN hands them over.
    assert.deepEqual(expectedFor(withoutDefault, 'Alice', ['FI']), ['FI']);
  });

  it('refuses an invalid line with the file, its number, its text and what was expected', () => {
    const cases: [string, string][] = [
      ['alice FI\nbob', 'line 2 "bob": expected a common name ("double quoted" when it holds blanks) or *, blanks, then country codes'],
      ['alice   # no countries', 'line 1 "alice   # no countries": expected a common name'],
      ['\n\nalice FI,Sweden', 'line 3 "alice FI,Sweden": expected two-letter country codes (ISO 3166-1 alpha-2) separated by commas, such as FI,SE, or * for any country'],
      ['alice FI SE', 'line 1 "alice FI SE": expected two-letter country codes'],
      ['alice FI,', 'line 1 "alice FI,": expected two-letter country codes'],
      ['alice *,FI', 'line 1 "alice *,FI": expected two-letter country codes'],
      ['"bob smith SE', 'line 1 "\\"bob smith SE": expected a closing " after the quoted common name'],
      ['"" SE', 'line 1 "\\"\\" SE": expected a common name between the quotes'],
      ['"bob"SE', 'line 1 "\\"bob\\"SE": expected a common name'],
      ['bo"b SE', 'line 1 "bo\\"b SE": expected a common name'],
      ['carol#x NO', 'line 1 "carol#x NO": expected a common name'],
      ['alice FI\n# x\nalice SE', 'line 3 "alice SE": expected each common name on one line (this one is on line 1 too)'],
      ['* FI\n* SE', 'line 2 "* SE": expected one * line (the other is line 1)'],
    ];
    for (const [text, message] of cases) {
      assert.throws(
        () => parseExpectedCountries(text, FILE),
        (error: Error) => error.name === 'UserError' && error.message.startsWith(`invalid --expect-country-file "${FILE}" ${message}`),
        text,
      );
    }
  });

  describe('the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'odl-expected-'));
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('is read again once it changed, and a missing one is a one-line error', () => {
      const path = join(dir, 'countries');
      const file = new ExpectedCountriesFile(path);
      assert.throws(() => file.current(), {
        name: 'UserError',
        message: `cannot read --expect-country-file "${path}" (ENOENT): expected a readable file of common names and their countries`,
      });
      writeFileSync(path, 'alice FI\n');
      assert.deepEqual([...file.current().byName], [['alice', ['FI']]]);
      writeFileSync(path, 'alice SE,NO\n');
      assert.deepEqual([...file.current().byName], [['alice', ['SE', 'NO']]]);
    });
  });
});
