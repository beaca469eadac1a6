import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Period, periodsCovering } from '../../src/history/periods.ts';
import { parseDurationSpec, parseTimeSpec, type TimeContext } from '../../src/history/time-spec.ts';

const now = 1795442580; // 2026-11-23T14:03:00Z
const utc: TimeContext = { now, zone: 'utc' };
const at = (iso: string) => Date.parse(iso) / 1000;

/** Runs `body` with the process in another zone; Date reads TZ afresh. */
function inZone(zone: string, body: () => void): void {
  const saved = process.env['TZ'];
  process.env['TZ'] = zone;
  try {
    body();
  } finally {
    if (saved === undefined) delete process.env['TZ'];
    else process.env['TZ'] = saved;
  }
}

describe('parseTimeSpec', () => {
  it('reads ISO 8601 dates and times, without an offset in UTC', () => {
    const cases: Record<string, string> = {
      '2026-11-23': '2026-11-23T00:00:00Z',
      '2026-11-23T14:03': '2026-11-23T14:03:00Z',
      '2026-11-23T14:03:00': '2026-11-23T14:03:00Z',
      '2026-11-23 14:03:59': '2026-11-23T14:03:59Z',
      '2026-11-23T14:03:00.999Z': '2026-11-23T14:03:00Z',
      '2026-11-23T14:03:00,5Z': '2026-11-23T14:03:00Z',
      '2026-11-23t14:03:00z': '2026-11-23T14:03:00Z',
      '2026-11-23T15:03:00+01:00': '2026-11-23T14:03:00Z',
      '2026-11-23T15:03+0100': '2026-11-23T14:03:00Z',
      '2026-11-23T09:03:00-05': '2026-11-23T14:03:00Z',
      '2026-11-23T19:48:00+05:45': '2026-11-23T14:03:00Z',
      '2024-02-29': '2024-02-29T00:00:00Z',
      ' 2026-11-23 ': '2026-11-23T00:00:00Z',
    };
    for (const [text, iso] of Object.entries(cases)) assert.equal(parseTimeSpec(text, '--at', utc), at(iso), text);
  });

  it('reads ISO times without an offset in the local zone with --local, offsets still winning', () => {
    inZone('Europe/Berlin', () => {
      const local: TimeContext = { now, zone: 'local' };
      assert.equal(parseTimeSpec('2026-11-23T15:03', '--at', local), at('2026-11-23T14:03:00Z'));
      assert.equal(parseTimeSpec('2026-07-01', '--at', local), at('2026-06-30T22:00:00Z'));
      assert.equal(parseTimeSpec('2026-11-23T14:03:00Z', '--at', local), at('2026-11-23T14:03:00Z'));
      // 02:30 does not exist on 2026-03-29 in Berlin: the clock moves forward an hour.
      assert.equal(parseTimeSpec('2026-03-29T02:30', '--at', local), at('2026-03-29T01:30:00Z'));
    });
  });

  it('reads unix seconds, now and times relative to now', () => {
    assert.equal(parseTimeSpec('1795442580', '--at', utc), 1795442580);
    assert.equal(parseTimeSpec('0', '--at', utc), 0);
    assert.equal(parseTimeSpec('now', '--at', utc), now);
    assert.equal(parseTimeSpec('NOW', '--at', utc), now);
    assert.equal(parseTimeSpec('-4h', '--since', utc), now - 4 * 3600);
    assert.equal(parseTimeSpec('-30d', '--since', utc), now - 30 * 86400);
    assert.equal(parseTimeSpec('-1w2d3h4m5s', '--since', utc), now - (9 * 86400 + 3 * 3600 + 4 * 60 + 5));
    assert.equal(parseTimeSpec('+90m', '--until', utc), now + 5400);
  });

  it('refuses anything else with one line naming the option, the value and the forms', () => {
    const bad = ['', 'yesterday', '4h', '-4', '-4y', '2026-13-01', '2026-02-29', '2026-11-31', '2026-11-23T24:00', '2026-11-23T14:60',
      '2026-11-23T14:03:61', '2026-11-23Z', '2026-11-23T14:03+25:00', '26-11-23', '2026/11/23', '1e9', '-99999999999999d'];
    for (const text of bad) {
      assert.throws(
        () => parseTimeSpec(text, '--since', utc),
        (error: Error) => error.name === 'UserError' && error.message.startsWith(`invalid --since ${JSON.stringify(text)}: expected ISO 8601`) && !error.message.includes('\n'),
        text,
      );
    }
  });
});

describe('parseDurationSpec', () => {
  it('reads counts with units, combined', () => {
    assert.equal(parseDurationSpec('180d', '--older-than'), 180 * 86400);
    assert.equal(parseDurationSpec('12w', '--older-than'), 12 * 604800);
    assert.equal(parseDurationSpec('1w3d', '--older-than'), 10 * 86400);
    assert.equal(parseDurationSpec('36H', '--older-than'), 36 * 3600);
    assert.equal(parseDurationSpec('0s', '--older-than'), 0);
  });

  it('refuses bare numbers, unknown units and signs', () => {
    for (const text of ['180', '6mo', '1y', '-1d', 'd', '', '1.5d']) {
      assert.throws(() => parseDurationSpec(text, '--older-than'), /^UserError: invalid --older-than .*: expected a duration such as 180d/, text);
    }
  });
});

describe('periodsCovering', () => {
  const labels = (periods: Period[]) => periods.map((p) => p.label);

  it('lists UTC days, ISO weeks and months covering a range', () => {
    const from = at('2026-12-30T23:00:00Z');
    const to = at('2027-01-02T01:00:00Z');
    assert.deepEqual(labels(periodsCovering('day', from, to, 'utc')), ['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    assert.deepEqual(labels(periodsCovering('month', from, to, 'utc')), ['2026-12', '2027-01']);
    const weeks = periodsCovering('week', from, to, 'utc');
    assert.deepEqual(labels(weeks), ['2026-W53']);
    assert.deepEqual([weeks[0]?.start, weeks[0]?.end], [at('2026-12-28T00:00:00Z'), at('2027-01-04T00:00:00Z')]);
    assert.deepEqual(labels(periodsCovering('week', at('2024-12-30T00:00:00Z'), at('2025-01-06T00:00:00Z'), 'utc')), ['2025-W01', '2025-W02']);
    assert.deepEqual(labels(periodsCovering('week', at('2021-01-03T00:00:00Z'), at('2021-01-04T00:00:00Z'), 'utc')), ['2020-W53', '2021-W01']);
  });

  it('makes periods adjacent and half-open, and is empty for an empty range', () => {
    const periods = periodsCovering('month', at('2026-01-31T12:00:00Z'), at('2026-03-01T00:00:00Z'), 'utc');
    assert.deepEqual(labels(periods), ['2026-01', '2026-02', '2026-03']);
    for (let i = 1; i < periods.length; i++) assert.equal(periods[i]?.start, periods[i - 1]?.end);
    assert.deepEqual(periodsCovering('day', 10, 5, 'utc'), []);
  });

  it('follows DST in the local zone: 23- and 25-hour days', () => {
    inZone('Europe/Berlin', () => {
      const [spring] = periodsCovering('day', at('2026-03-29T12:00:00Z'), at('2026-03-29T12:00:00Z'), 'local');
      assert.deepEqual(spring, { label: '2026-03-29', start: at('2026-03-28T23:00:00Z'), end: at('2026-03-29T22:00:00Z') });
      const [autumn] = periodsCovering('day', at('2026-10-25T12:00:00Z'), at('2026-10-25T12:00:00Z'), 'local');
      assert.equal((autumn?.end ?? 0) - (autumn?.start ?? 0), 25 * 3600);
      const [month] = periodsCovering('month', at('2026-06-15T00:00:00Z'), at('2026-06-15T00:00:00Z'), 'local');
      assert.deepEqual(month, { label: '2026-06', start: at('2026-05-31T22:00:00Z'), end: at('2026-06-30T22:00:00Z') });
    });
  });
});
