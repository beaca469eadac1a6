import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { csvRecord } from '../../src/cli/format/csv.ts';
import { humanBytes, humanDuration } from '../../src/cli/format/human.ts';
import { jsonText } from '../../src/cli/format/json.ts';
import { listingWriter } from '../../src/cli/format/listing.ts';
import { Output, type Format, outputSettings } from '../../src/cli/format/output.ts';
import { sessionListing } from '../../src/cli/format/session-listing.ts';
import { statsListing } from '../../src/cli/format/stats-listing.ts';
import { renderTable } from '../../src/cli/format/table.ts';
import { formatTime } from '../../src/cli/format/time.ts';
import type { HistorySession } from '../../src/history/session-query.ts';
import type { StatsRow } from '../../src/history/stats-query.ts';

const big = 9007199254740993n; // 2^53 + 1: a double would print ...992

const closed: HistorySession = {
  id: 7n,
  instance: { name: '', protocol: '', port: 0 },
  connectTime: 1795442580,
  srcIp: '203.0.113.5',
  srcPort: 51234,
  cn: 'alice',
  vpnIp4: '10.8.0.6',
  vpnIp6: null,
  disconnectTime: 1795453632,
  duration: 11052,
  bytesIn: big,
  bytesOut: 84410368n,
  state: 'closed',
  country: 'FI',
};

const active: HistorySession = {
  ...closed,
  id: 8n,
  instance: { name: 'office', protocol: 'udp', port: 1194 },
  srcIp: '2001:db8::17',
  cn: 'bob, "the builder"',
  vpnIp6: 'fd00::1000',
  disconnectTime: null,
  duration: null,
  bytesIn: null,
  bytesOut: null,
  state: 'active',
  country: null,
};

async function render<R>(format: Format, listing: Parameters<typeof listingWriter<R>>[1], rows: R[], color = false) {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  const writer = listingWriter(format, listing, new Output(stream), { color });
  await writer.add(rows);
  await writer.end();
  return text;
}

describe('human sizes and durations', () => {
  it('prints bytes in binary units with one decimal', () => {
    const cases: [bigint | null, string][] = [
      [null, '-'],
      [0n, '0 B'],
      [1023n, '1023 B'],
      [1024n, '1.0 KiB'],
      [1288490188n, '1.2 GiB'],
      [1048575n, '1.0 MiB'],
      [2n ** 63n - 1n, '8.0 EiB'],
    ];
    for (const [bytes, text] of cases) assert.equal(humanBytes(bytes), text);
  });

  it('prints durations in their two largest units', () => {
    const cases: [number | null, string][] = [
      [null, '-'],
      [0, '0s'],
      [45, '45s'],
      [725, '12m05s'],
      [11052, '3h04m'],
      [3600, '1h00m'],
      [183600, '2d03h'],
      [86400 * 400, '400d00h'],
    ];
    for (const [seconds, text] of cases) assert.equal(humanDuration(seconds), text);
  });
});

describe('formatTime', () => {
  it('prints ISO 8601 in UTC, or with the local offset', () => {
    assert.equal(formatTime(1795442580, 'utc'), '2026-11-23T14:03:00Z');
    const saved = process.env['TZ'];
    try {
      process.env['TZ'] = 'Asia/Kathmandu';
      assert.equal(formatTime(1795442580, 'local'), '2026-11-23T19:48:00+05:45');
      process.env['TZ'] = 'America/St_Johns';
      assert.equal(formatTime(1795442580, 'local'), '2026-11-23T10:33:00-03:30');
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
  });
});

describe('jsonText and csvRecord', () => {
  it('writes bigints as exact JSON numbers', () => {
    assert.equal(jsonText({ a: big, b: [1, null, 'x"y'], c: { d: true } }), '{"a":9007199254740993,"b":[1,null,"x\\"y"],"c":{"d":true}}');
    assert.equal(jsonText(2n ** 64n - 1n), '18446744073709551615');
  });

  it('quotes per RFC 4180 and tells NULL from the empty string', () => {
    assert.equal(csvRecord(['a', 'b,c', 'say "hi"', 'two\nlines', '', null, ' x ']), 'a,"b,c","say ""hi""","two\nlines","",, x \r\n');
  });
});

describe('session listing', () => {
  it('json: stable field names in order, exact numbers, null for what is not known', async () => {
    const text = await render('json', sessionListing('utc'), [active, closed]);
    const lines = text.split('\n');
    assert.deepEqual([lines[0], lines.at(-2), lines.at(-1)], ['[', ']', '']);
    assert.equal(
      lines[2],
      '{"id":7,"instance":{"name":"","proto":"","port":0},"cn":"alice","src_ip":"203.0.113.5","src_port":51234,"vpn_ip4":"10.8.0.6","vpn_ip6":null,' +
        '"connect_time":"2026-11-23T14:03:00Z","disconnect_time":"2026-11-23T17:07:12Z","duration":11052,"bytes_in":9007199254740993,"bytes_out":84410368,"state":"closed","country":"FI"}',
    );
    const parsed = JSON.parse(text) as Record<string, unknown>[];
    assert.deepEqual(Object.keys(parsed[0] ?? {}), ['id', 'instance', 'cn', 'src_ip', 'src_port', 'vpn_ip4', 'vpn_ip6', 'connect_time', 'disconnect_time', 'duration', 'bytes_in', 'bytes_out', 'state', 'country']);
    assert.deepEqual([parsed[0]?.['state'], parsed[0]?.['bytes_in'], parsed[0]?.['disconnect_time']], ['active', null, null]);
    assert.equal(await render('json', sessionListing('utc'), []), '[]\n');
  });

  it('ndjson: one object a line', async () => {
    const text = await render('ndjson', sessionListing('utc'), [active, closed]);
    assert.deepEqual(text.split('\n').map((line) => (line ? (JSON.parse(line) as { id: number }).id : line)), [8, 7, '']);
    assert.equal(await render('ndjson', sessionListing('utc'), []), '');
  });

  it('csv: a header, the instance flattened, CRLF, even with no rows', async () => {
    const text = await render('csv', sessionListing('utc'), [active, closed]);
    const header = 'id,instance_name,instance_proto,instance_port,cn,src_ip,src_port,vpn_ip4,vpn_ip6,connect_time,disconnect_time,duration,bytes_in,bytes_out,state,country\r\n';
    assert.equal(
      text,
      header +
        '8,office,udp,1194,"bob, ""the builder""",2001:db8::17,51234,10.8.0.6,fd00::1000,2026-11-23T14:03:00Z,,,,,active,\r\n' +
        '7,"","",0,alice,203.0.113.5,51234,10.8.0.6,,2026-11-23T14:03:00Z,2026-11-23T17:07:12Z,11052,9007199254740993,84410368,closed,FI\r\n',
    );
    assert.equal(await render('csv', sessionListing('utc'), []), header);
  });

  it('table: aligned, human units, instance column only when it tells something', async () => {
    assert.equal(
      await render('table', sessionListing('utc'), [closed]),
      'ID  CONNECTED             DISCONNECTED          DURATION  CN     SOURCE             CC  VPN IP         IN       OUT  STATE\n' +
        ' 7  2026-11-23T14:03:00Z  2026-11-23T17:07:12Z     3h04m  alice  203.0.113.5:51234  FI  10.8.0.6  8.0 PiB  80.5 MiB  closed\n',
    );
    const both = (await render('table', sessionListing('utc'), [active, closed])).split('\n');
    assert.match(both[0] ?? '', /STATE   INSTANCE$/);
    assert.match(both[1] ?? '', /\[2001:db8::17\]:51234 +- +10\.8\.0\.6 fd00::1000 +- +- +active +office\/udp\/1194$/);
    assert.match(both[2] ?? '', /closed +\(default\)$/);
  });

  it('table: colour only when asked, and control characters never reach the terminal', async () => {
    const plain = await render('table', sessionListing('utc'), [active]);
    assert.doesNotMatch(plain, /\x1b/);
    const coloured = await render('table', sessionListing('utc'), [active], true);
    assert.match(coloured, /\x1b\[1mID\x1b\[0m/);
    assert.match(coloured, /\x1b\[32mactive\x1b\[0m/);
    const hostile = await render('table', sessionListing('utc'), [{ ...closed, cn: 'evil\x1b]0;pwned\x07' }]);
    assert.match(hostile, /evil\\u001b\]0;pwned\\u0007/);
    assert.doesNotMatch(hostile, /\x1b|\x07/);
  });
});

describe('stats listing', () => {
  const totals = { sessions: 3, users: 2, active: 1, duration: 11052, bytesIn: big, bytesOut: 5n, peak: 2 };
  const month: StatsRow = { ...totals, grouping: 'month', period: { label: '2026-11', start: 1793491200, end: 1796083200 } };
  const user: StatsRow = { ...totals, users: 1, grouping: 'cn', cn: 'alice' };

  it('names the group key, then the totals; users only where it varies', async () => {
    assert.equal(
      await render('ndjson', statsListing('month', 'utc'), [month]),
      '{"period":"2026-11","start":"2026-11-01T00:00:00Z","end":"2026-12-01T00:00:00Z","sessions":3,"users":2,"active":1,"duration":11052,"bytes_in":9007199254740993,"bytes_out":5,"peak":2}\n',
    );
    assert.equal(
      await render('csv', statsListing('cn', 'utc'), [user]),
      'cn,sessions,active,duration,bytes_in,bytes_out,peak\r\nalice,3,1,11052,9007199254740993,5,2\r\n',
    );
    assert.equal(
      await render('table', statsListing('month', 'utc'), [month]),
      'MONTH    SESSIONS  USERS  ACTIVE   TIME       IN  OUT  PEAK\n2026-11         3      2       1  3h04m  8.0 PiB  5 B     2\n',
    );
  });
});

describe('outputSettings', () => {
  it('colours a table on a terminal only, and never with NO_COLOR', () => {
    assert.equal(outputSettings({}, { isTTY: true }, {}).color, true);
    assert.equal(outputSettings({}, { isTTY: false }, {}).color, false);
    assert.equal(outputSettings({}, { isTTY: true }, { NO_COLOR: '1' }).color, false);
    assert.equal(outputSettings({}, { isTTY: true }, { NO_COLOR: '' }).color, true);
    assert.equal(outputSettings({ format: 'json' }, { isTTY: true }, {}).color, false);
    assert.deepEqual(outputSettings({ local: true }, {}, {}), { format: 'table', zone: 'local', color: false });
    assert.throws(() => outputSettings({ format: 'xml' }, {}, {}), /^UserError: invalid --format "xml": expected one of table, json, csv, ndjson$/);
  });

  it('stops writing quietly once the reader is gone', async () => {
    const stream = new Writable({ write: (_chunk, _encoding, done) => done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })) });
    const output = new Output(stream);
    await output.write('x');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(output.closed, true);
    await output.write('more');
  });

  it('table: wide characters (CJK, emoji) count as two columns, so the next column lines up', () => {
    const columns = [
      { header: 'CN', align: 'left' as const, cell: (row: { cn: string; n: string }) => row.cn },
      { header: 'N', align: 'right' as const, cell: (row: { cn: string; n: string }) => row.n },
    ];
    const text = renderTable(columns, [{ cn: '山田太郎', n: '1' }, { cn: 'zoë', n: '22' }, { cn: '👩‍💻dev', n: '333' }], { color: false });
    assert.equal(text, 'CN          N\n山田太郎    1\nzoë        22\n👩‍💻dev     333\n');
  });
});
