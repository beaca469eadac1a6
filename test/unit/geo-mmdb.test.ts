import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import ipaddr from 'ipaddr.js';
import maxmind from 'maxmind';
import { MmdbFile, countryOfRecord } from '../../src/geo/mmdb-country.ts';
import { embeddedGeoipPath } from '../../src/geo/embedded.ts';
import { CountryLookup, publicAddress } from '../../src/geo/country-lookup.ts';
import { parseCountryList, splitCommandLine } from '../../src/geo/unexpected-country.ts';
import { decodeMmdbValue } from '../../src/geo/mmdb-data.ts';

const bytesOf = (address: string) => ipaddr.parse(address).toByteArray();

/** A small deterministic generator, so a failure names addresses that come back on the next run. */
function* addresses(count: number): Generator<string> {
  let state = 0x9e3779b9;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  for (let i = 0; i < count; i++) {
    if (i % 2 === 0) yield [24, 16, 8, 0].map((shift) => (next() >>> shift) & 0xff).join('.');
    else {
      // Mostly the allocated 2000::/3, where the countries are.
      const words = Array.from({ length: 8 }, () => next() & 0xffff);
      words[0] = 0x2000 | (words[0]! & 0x1fff);
      yield words.map((word) => word.toString(16)).join(':');
    }
  }
}

describe('MmdbFile (reads only the nodes on the lookup path)', () => {
  const path = embeddedGeoipPath();
  it('answers what maxmind.Reader over the whole file answers, for IPv4 and IPv6 addresses', () => {
    const reader = new maxmind.Reader(readFileSync(path));
    const file = new MmdbFile(path);
    try {
      let found = 0;
      for (const address of addresses(20_000)) {
        const expected = reader.get(address);
        assert.deepEqual(file.get(bytesOf(address)), expected, address);
        if (expected) found++;
      }
      assert.ok(found > 5_000, `only ${found} addresses had a record: the comparison tested little`);
    } finally {
      file.close();
    }
  });

  it('knows FUNET (2001:708::1 and 193.166.3.1) is in Finland, as DB-IP does', () => {
    const file = new MmdbFile(path);
    try {
      assert.equal(countryOfRecord(file.get(bytesOf('2001:708::1'))), 'FI');
      assert.equal(countryOfRecord(file.get(bytesOf('193.166.3.1'))), 'FI');
    } finally {
      file.close();
    }
  });

  it('refuses a file that is not an MMDB', () => {
    assert.throws(() => new MmdbFile(new URL('../../package.json', import.meta.url).pathname), /not an MMDB file/);
  });
});

describe('MMDB values (the types the country databases do not use)', () => {
  it('decodes uint64, negative int32, booleans, doubles, floats, arrays and extended types as the specification lays them out', () => {
    const double = Buffer.alloc(8);
    double.writeDoubleBE(1.5);
    const float = Buffer.alloc(4);
    float.writeFloatBE(-2.5);
    const section = Buffer.from([
      0xe2, // map, 2 pairs
      0x41, 0x61, // "a"
      0x08, 0x02, 0x01, 0, 0, 0, 0, 0, 0, 0, // uint64 (extended type 9), 8 bytes: 2^56
      0x41, 0x62, // "b"
      0x04, 0x04, // array (extended type 11) of 4
      0x04, 0x01, 0xff, 0xff, 0xff, 0xfe, // int32 -2
      0x01, 0x07, // boolean true (extended type 14, the value in the size)
      0x68, ...double, // double 1.5
      0x04, 0x08, ...float, // float -2.5 (extended type 15)
    ]);
    assert.deepEqual(decodeMmdbValue(section, 0), { a: 72_057_594_037_927_936n, b: [-2, true, 1.5, -2.5] });
  });

  it('follows pointers into the section, and stops at a pointer loop or data cut short', () => {
    const section = Buffer.from([0x42, 0x69, 0x64, 0xe1, 0x20, 0x00, 0x20, 0x00]); // "id" at 0; {ptr->0: ptr->0} at 3
    assert.deepEqual(decodeMmdbValue(section, 3), { id: 'id' });
    assert.throws(() => decodeMmdbValue(Buffer.from([0x20, 0x00]), 0), /nested too deeply/);
    assert.throws(() => decodeMmdbValue(Buffer.from([0x45, 0x61]), 0), /runs past its section/);
  });
});

describe('country lookup', () => {
  it('gives private, loopback, documentation, link-local and CGNAT addresses no country', () => {
    for (const address of ['10.8.0.1', '192.168.1.1', '127.0.0.1', '192.0.2.7', '198.51.100.1', '203.0.113.9', '169.254.1.1', '100.64.0.1', '::1', 'fe80::1', 'fd00::1', '2001:db8::1', '::ffff:10.0.0.1']) {
      assert.equal(publicAddress(address), null, address);
    }
    assert.equal(publicAddress('::ffff:193.166.3.1'), '193.166.3.1');
  });

  it('warns once about a missing database and then answers null', () => {
    const warnings: string[] = [];
    const lookup = new CountryLookup('/nonexistent/geo.mmdb', (message) => warnings.push(message));
    assert.equal(lookup.country('193.166.3.1'), null);
    assert.equal(lookup.country('8.8.8.8'), null);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /--geoip \/nonexistent\/geo\.mmdb .*expected a readable MMDB file/);
  });
});

describe('MmdbFile on the MaxMind-layout test database (28-bit records)', () => {
  const path = new URL('../fixtures/geo/test-country.mmdb', import.meta.url).pathname;
  it('reads country.iso_code as maxmind.Reader does', () => {
    const reader = new maxmind.Reader(readFileSync(path));
    const file = new MmdbFile(path);
    try {
      const cases = { '193.166.3.1': 'FI', '8.8.8.8': 'US', '81.203.255.1': 'DE', '2001:708::1': 'FI', '2a00:1450:4001::1': 'SE', '1.1.1.1': null, '8.8.9.1': null };
      for (const [address, country] of Object.entries(cases)) {
        assert.deepEqual(file.get(bytesOf(address)), reader.get(address), address);
        assert.equal(countryOfRecord(file.get(bytesOf(address))), country, address);
      }
      for (const address of addresses(2_000)) assert.deepEqual(file.get(bytesOf(address)), reader.get(address), address);
    } finally {
      file.close();
    }
  });
});

describe('--on-unexpected-country and --expect-country', () => {
  it('splits a command line as OpenVPN does: blanks, quotes, backslashes, no shell', () => {
    assert.deepEqual(splitCommandLine('/usr/local/bin/alert  mail admin@example.org', 'x'), ['/usr/local/bin/alert', 'mail', 'admin@example.org']);
    assert.deepEqual(splitCommandLine(`/bin/x "two words" 'single $HOME \\n' a\\ b "q\\"uote" ''`, 'x'), ['/bin/x', 'two words', 'single $HOME \\n', 'a b', 'q"uote', '']);
    assert.deepEqual(splitCommandLine('/bin/x $(reboot) ; rm -rf / | cat', 'x'), ['/bin/x', '$(reboot)', ';', 'rm', '-rf', '/', '|', 'cat']);
    assert.throws(() => splitCommandLine('  ', '--on-unexpected-country'), /invalid --on-unexpected-country "  ": it is empty/);
    assert.throws(() => splitCommandLine('/bin/x "open', '--on-unexpected-country'), /quote is not closed/);
    assert.throws(() => splitCommandLine('/bin/x \\', '--on-unexpected-country'), /ends with a backslash/);
  });

  it('reads a country list in upper case and refuses anything but two letters', () => {
    assert.deepEqual(parseCountryList('fi, SE,fi', '--expect-country'), ['FI', 'SE']);
    assert.throws(() => parseCountryList('FI,', '--expect-country'), /invalid --expect-country "FI,": expected two-letter country codes/);
    assert.throws(() => parseCountryList('FIN', '--expect-country'), /ISO 3166-1 alpha-2/);
  });
});
