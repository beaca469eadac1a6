import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import maxmind from 'maxmind';
import { MmdbFile, countryOfRecord } from '../../src/geo/mmdb-country.ts';
import { embeddedGeoipPath } from '../../src/geo/embedded.ts';
import { CountryLookup, publicAddress } from '../../src/geo/country-lookup.ts';

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
        assert.deepEqual(file.get(address), expected, address);
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
      assert.equal(countryOfRecord(file.get('2001:708::1')), 'FI');
      assert.equal(countryOfRecord(file.get('193.166.3.1')), 'FI');
    } finally {
      file.close();
    }
  });

  it('refuses a file that is not an MMDB', () => {
    assert.throws(() => new MmdbFile(new URL('../../package.json', import.meta.url).pathname), /not an MMDB file/);
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
