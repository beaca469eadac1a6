import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parseWallTime, resolveTimeZone, wallTextToUnix, wallTimeToUnix } from '../../src/common/wall-time.ts';
import { canonicalIp } from '../../src/common/ip.ts';
import { parseRealAddress, parseStatus, StatusFormatError } from '../../src/openvpn/parse-status.ts';
import type { StatusClient, StatusSnapshot, StatusVersion } from '../../src/openvpn/status-client.ts';

const CAPTURES = new URL('../fixtures/', import.meta.url);
const LOCAL = new URL('../fixtures/status/', import.meta.url);

const real = (path: string) => readFileSync(new URL(path, CAPTURES), 'utf8');
const local = (name: string) => readFileSync(new URL(name, LOCAL), 'utf8');

const C64 = `c64-${'abcdefghij'.repeat(6)}`;
const MAX_COUNTER = 2n ** 63n - 1n;

function byName(snapshot: StatusSnapshot, commonName: string | null): StatusClient {
  const found = snapshot.clients.filter((client) => client.commonName === commonName);
  assert.equal(found.length, 1, `exactly one client named ${commonName}`);
  return found[0]!;
}

/** comma,user of the OpenVPN 2.6 TCP captures, the same in status file v2 and management status 1 read in UTC. */
const COMMA_USER_26_TCP = {
  commonName: 'comma,user',
  srcIp: '127.0.0.1',
  srcPort: 38774,
  transport: null,
  vpnIp4: '10.99.0.5',
  vpnIp6: 'fd00:99::1003',
  bytesReceived: 7838n,
  bytesSent: 5573n,
  connectedSince: 1795431431,
  username: null,
};

/** The fields that do not depend on the line layout, for comparing formats. */
function essentials({ line, lineNumber, ...rest }: StatusClient) {
  return rest;
}

function refusal(text: string, version: StatusVersion, pattern: RegExp): void {
  assert.throws(
    () => parseStatus(text, { version, timeZone: 'UTC' }),
    (error: unknown) => {
      assert.ok(error instanceof StatusFormatError, `StatusFormatError expected, got ${String(error)}`);
      assert.match(error.message, pattern);
      assert.doesNotMatch(error.message, /\n/);
      return true;
    },
  );
}

interface Capture {
  path: string;
  version: StatusVersion;
}

function realCaptures(): Capture[] {
  const captures: Capture[] = [];
  for (const release of ['openvpn-2.6', 'openvpn-2.7']) {
    for (const run of readdirSync(new URL(`${release}/`, CAPTURES))) {
      const dir = `${release}/${run}/status-snapshots/`;
      let names: string[];
      try {
        names = readdirSync(new URL(dir, CAPTURES));
      } catch {
        continue; // runs without status snapshots
      }
      for (const name of names) {
        const version = /status-v([123])-/.exec(name)?.[1];
        if (version) captures.push({ path: dir + name, version: Number(version) as StatusVersion });
      }
    }
  }
  return captures.sort((a, b) => a.path.localeCompare(b.path));
}

/** Client lines counted without the parser: CLIENT_LIST lines, or v1 rows between header and ROUTING TABLE. */
function clientLineCount(text: string, version: StatusVersion): number {
  const lines = text.split('\n');
  if (version !== 1) return lines.filter((line) => /^CLIENT_LIST[,\t]/.test(line)).length;
  return lines.indexOf('ROUTING TABLE') - lines.findIndex((line) => line.startsWith('Common Name,')) - 1;
}

describe('real OpenVPN 2.6.14 / 2.7.6 captures', () => {
  const captures = realCaptures();

  test('there are captures of every kind', () => {
    assert.ok(captures.length >= 90, `${captures.length} captures`);
    for (const version of [1, 2, 3]) assert.ok(captures.some((capture) => capture.version === version));
  });

  test('every capture parses completely', () => {
    for (const { path, version } of captures) {
      const text = real(path);
      const snapshot = parseStatus(text, { version, timeZone: 'UTC' });
      assert.equal(snapshot.version, version, path);
      assert.deepEqual(snapshot.rejected, [], path);
      assert.equal(snapshot.clients.length, clientLineCount(text, version), path);
      if (version !== 1) assert.equal(snapshot.time, Number(/^TIME[,\t].*[,\t](\d+)$/m.exec(text)?.[1]), path);
      for (const client of snapshot.clients) {
        assert.ok(['127.0.0.1', '::1'].includes(client.srcIp), path);
        assert.ok(client.srcPort !== null && client.srcPort > 1023, path);
        assert.match(client.vpnIp4 ?? '', /^10\.99\.0\.\d+$/, path);
        assert.match(client.vpnIp6 ?? '', /^fd00:99::10\d\d$/, path);
        assert.ok(client.connectedSince <= snapshot.time && client.connectedSince > snapshot.time - 60, path);
        assert.equal(client.username, null, path);
        assert.equal(client.transport === null, path.startsWith('openvpn-2.6/'), path);
        assert.equal(text.split('\n')[client.lineNumber - 1], client.line, path);
      }
    }
  });

  test('2.6 status file v2 (TCP)', () => {
    const snapshot = parseStatus(real('openvpn-2.6/tcp-status-v2/status-snapshots/status-v2-connected.log'), { version: 2 });
    assert.equal(snapshot.time, 1795431432);
    assert.deepEqual(
      snapshot.clients.map((client) => client.commonName),
      ["o'brien", C64, 'alice', 'zoë', 'comma,user', 'client01'],
    );
    assert.deepEqual(byName(snapshot, 'comma,user'), {
      lineNumber: 8,
      line: 'CLIENT_LIST,comma,user,127.0.0.1:38774,10.99.0.5,fd00:99::1003,7838,5573,2026-11-23 10:57:11,1795431431,UNDEF,3,3,AES-256-GCM',
      ...COMMA_USER_26_TCP,
    });
    const zoe = byName(snapshot, 'zoë');
    assert.deepEqual([zoe.srcPort, zoe.vpnIp4, zoe.bytesReceived, zoe.bytesSent], [38782, '10.99.0.6', 7832n, 5573n]);
  });

  test('2.6 status file v3 (UDP)', () => {
    const snapshot = parseStatus(real('openvpn-2.6/udp-status-v3/status-snapshots/status-v3-connected.log'), { version: 3 });
    assert.equal(snapshot.time, 1795431405);
    assert.deepEqual(
      snapshot.clients.map((client) => client.commonName),
      ['client01', 'alice', 'zoë', "o'brien", 'comma,user', C64],
    );
    const client01 = byName(snapshot, 'client01');
    assert.deepEqual(
      [client01.srcIp, client01.srcPort, client01.vpnIp4, client01.vpnIp6, client01.bytesReceived, client01.bytesSent, client01.connectedSince],
      ['127.0.0.1', 39609, '10.99.0.2', 'fd00:99::1000', 7816n, 5491n, 1795431403],
    );
    assert.equal(byName(snapshot, C64).bytesReceived, 7868n);
  });

  test('2.6 management status 1 takes virtual addresses from the routing table and reads dates in the given zone', () => {
    const text = real('openvpn-2.6/tcp-status-v2/status-snapshots/mgmt-status-v1-connected.txt');
    const utc = parseStatus(text, { version: 1, timeZone: 'UTC' });
    assert.equal(utc.time, 1795431433); // Updated,2026-11-23 10:57:13
    assert.deepEqual(essentials(byName(utc, 'comma,user')), COMMA_USER_26_TCP);
    const berlin = parseStatus(text, { version: 1, timeZone: 'Europe/Berlin' });
    assert.equal(berlin.time, 1795431433 - 3600);
    assert.equal(byName(berlin, 'client01').connectedSince, 1795431431 - 3600);
    const newYork = parseStatus(text, { version: 1, timeZone: 'America/New_York' });
    assert.equal(byName(newYork, 'alice').connectedSince, 1795431431 + 5 * 3600);
  });

  test('2.6 management status 2 and 3 match the file formats', () => {
    const v2 = parseStatus(real('openvpn-2.6/tcp-status-v2/status-snapshots/mgmt-status-v2-connected.txt'), { version: 2 });
    const v3 = parseStatus(real('openvpn-2.6/tcp-status-v2/status-snapshots/mgmt-status-v3-connected.txt'), { version: 3 });
    assert.equal(v2.time, 1795431433);
    assert.deepEqual(v2.clients.map(essentials), v3.clients.map(essentials));
    assert.equal(byName(v3, "o'brien").srcPort, 38770);
  });

  test('2.7 prefixes the Real Address with the transport', () => {
    const udp = parseStatus(real('openvpn-2.7/udp-status-v3/status-snapshots/status-v3-connected.log'), { version: 3 });
    assert.equal(udp.time, 1795432477);
    assert.deepEqual(essentials(byName(udp, 'client01')), {
      commonName: 'client01',
      srcIp: '127.0.0.1',
      srcPort: 32970,
      transport: 'udp4',
      vpnIp4: '10.99.0.2',
      vpnIp6: 'fd00:99::1000',
      bytesReceived: 7897n,
      bytesSent: 5575n,
      connectedSince: 1795432475,
      username: null,
    });
    assert.ok(udp.clients.every((client) => client.transport === 'udp4'));

    const tcp = parseStatus(real('openvpn-2.7/tcp-status-v2/status-snapshots/status-v2-connected.log'), { version: 2 });
    const comma = byName(tcp, 'comma,user');
    assert.deepEqual(
      [comma.transport, comma.srcIp, comma.srcPort, comma.vpnIp4, comma.bytesReceived, comma.bytesSent, comma.connectedSince],
      ['tcp4-server', '127.0.0.1', 37316, '10.99.0.5', 7881n, 5626n, 1795432503],
    );
    assert.ok(tcp.clients.every((client) => client.transport === 'tcp4-server'));
  });

  test('2.7 IPv6 peers: udp6:[::1]:port and tcp6-server:[::1]:port in v3, v2 and v1', () => {
    const v3 = parseStatus(real('openvpn-2.7/udp-ipv6-mixed-status-v3/status-snapshots/status-v3-connected.log'), { version: 3 });
    assert.deepEqual(
      v3.clients.map((client) => `${client.commonName} ${client.transport} ${client.srcIp} ${client.srcPort}`),
      [
        'alice udp6 ::1 57166',
        `${C64} udp4 127.0.0.1 40792`,
        'client01 udp4 127.0.0.1 57608',
        'comma,user udp4 127.0.0.1 43833',
        "o'brien udp4 127.0.0.1 36185",
        'zoë udp6 ::1 41931',
      ],
    );
    assert.equal(byName(v3, 'alice').bytesReceived, 7855n);

    const v2 = parseStatus(real('openvpn-2.7/tcp-ipv6-mixed-status-v2/status-snapshots/status-v2-connected.log'), { version: 2 });
    assert.deepEqual(essentials(byName(v2, 'zoë')), {
      commonName: 'zoë',
      srcIp: '::1',
      srcPort: 42010,
      transport: 'tcp6-server',
      vpnIp4: '10.99.0.6',
      vpnIp6: 'fd00:99::1004',
      bytesReceived: 7875n,
      bytesSent: 5624n,
      connectedSince: 1795432610,
      username: null,
    });

    const v1 = parseStatus(real('openvpn-2.7/udp-ipv6-mixed-status-v3/status-snapshots/mgmt-status-v1-connected.txt'), {
      version: 1,
      timeZone: 'UTC',
    });
    const alice = byName(v1, 'alice');
    assert.deepEqual(
      [alice.transport, alice.srcIp, alice.srcPort, alice.vpnIp4, alice.vpnIp6, alice.connectedSince],
      ['udp6', '::1', 57166, '10.99.0.4', 'fd00:99::1002', 1795432583],
    );
  });

  test('after the clients left: management output is empty, a status file may still list the last client', () => {
    const mgmt = parseStatus(real('openvpn-2.6/hook-sleep-0.5s/status-snapshots/mgmt-status-v1-after-disconnect.txt'), {
      version: 1,
      timeZone: 'UTC',
    });
    assert.deepEqual([mgmt.time, mgmt.clients, mgmt.rejected], [1795431471, [], []]);
    const file = parseStatus(real('openvpn-2.7/udp-status-v3/status-snapshots/status-v3-after-disconnect.log'), { version: 3 });
    assert.deepEqual(
      file.clients.map((client) => [client.commonName, client.srcPort, client.bytesReceived]),
      [['client01', 32970, 8466n]],
    );
  });

  test('management status 1, 2 and 3 of the same moment agree (v1 dates read as UTC)', () => {
    for (const { path } of captures.filter((capture) => /mgmt-status-v1-/.test(capture.path))) {
      const [v1, v2, v3] = ([1, 2, 3] as const).map((version) =>
        parseStatus(real(path.replace('-v1-', `-v${version}-`)), { version, timeZone: 'UTC' }),
      );
      // The three were taken one after another, so traffic counters may have moved on.
      const stable = (snapshot: StatusSnapshot) =>
        snapshot.clients.map((client) => ({ ...essentials(client), bytesReceived: 0n, bytesSent: 0n }));
      assert.deepEqual(stable(v1!), stable(v2!), path);
      assert.deepEqual(stable(v2!), stable(v3!), path);
    }
  });
});

describe('older layouts (hand-written after the OpenVPN sources)', () => {
  test('2.3 v2: no IPv6 column, ctime dates, UNDEF Common Name, empty Virtual Address', () => {
    const snapshot = parseStatus(local('openvpn-2.3-status-v2.log'), { version: 2 });
    assert.equal(snapshot.time, 1425564131);
    assert.deepEqual(snapshot.rejected, []);
    assert.deepEqual(essentials(byName(snapshot, 'alice')), {
      commonName: 'alice',
      srcIp: '198.51.100.7',
      srcPort: 51820,
      transport: null,
      vpnIp4: '10.8.0.6',
      vpnIp6: null,
      bytesReceived: 123456n,
      bytesSent: 654321n,
      connectedSince: 1425563702,
      username: 'alice',
    });
    const bob = byName(snapshot, null);
    assert.deepEqual([bob.username, bob.srcIp, bob.connectedSince], ['bob', '203.0.113.9', 1425546060]);
    const carol = byName(snapshot, 'carol');
    assert.deepEqual([carol.vpnIp4, carol.username, carol.bytesReceived], [null, null, 0n]);
  });

  test('2.4 v3: IPv6 and dual-stack IPv4 peers without port, Client ID / Peer ID columns', () => {
    const snapshot = parseStatus(local('openvpn-2.4-status-v3.log'), { version: 3 });
    assert.equal(snapshot.time, 1549009800);
    assert.deepEqual(snapshot.rejected, []);
    const client01 = byName(snapshot, 'client01');
    assert.deepEqual(
      [client01.srcIp, client01.srcPort, client01.transport, client01.vpnIp6, client01.connectedSince],
      ['2001:db8::15', null, null, 'fd00:8::1000', 1549008005],
    );
    const dave = byName(snapshot, 'dave');
    assert.deepEqual([dave.srcIp, dave.srcPort, dave.vpnIp4, dave.vpnIp6], ['198.51.100.23', null, '10.8.0.3', null]);
    assert.equal(byName(snapshot, 'comma,user').srcPort, 1194);
  });

  test('2.5 v2: Data Channel Cipher, duplicate Common Names, commas in Common Name and Username', () => {
    const snapshot = parseStatus(local('openvpn-2.5-status-v2.log'), { version: 2 });
    assert.equal(snapshot.time, 1623672000);
    assert.deepEqual(snapshot.rejected, []);
    const shared = snapshot.clients.filter((client) => client.commonName === 'shared');
    assert.deepEqual(
      shared.map((client) => [client.srcIp, client.srcPort, client.vpnIp4, client.username, client.connectedSince]),
      [
        ['198.51.100.80', 40112, '10.8.0.6', 'jdoe', 1623670803],
        ['198.51.100.81', 40113, '10.8.0.7', 'mmuster', 1623671430],
      ],
    );
    assert.deepEqual(essentials(byName(snapshot, 'Doe, Jane')), {
      commonName: 'Doe, Jane',
      srcIp: '2001:db8:1::7',
      srcPort: null,
      transport: null,
      vpnIp4: '10.8.0.8',
      vpnIp6: 'fd00:8::1008',
      bytesReceived: 777n,
      bytesSent: 888n,
      connectedSince: 1623671999,
      username: 'Doe, Jane',
    });
    const kiosk = byName(snapshot, 'kiosk');
    assert.deepEqual([kiosk.vpnIp4, kiosk.vpnIp6, kiosk.username], [null, null, null]);
  });

  test('2.4 v1: ctime dates in the server zone, iroutes and cached routes are not virtual addresses', () => {
    const snapshot = parseStatus(local('openvpn-2.4-status-v1.log'), { version: 1, timeZone: 'Europe/Berlin' });
    assert.equal(snapshot.time, 1793613600 - 3600); // Mon Nov  2 10:00:00 2026 CET
    assert.deepEqual(snapshot.rejected, []);
    assert.deepEqual(
      snapshot.clients.map((client) => [client.commonName, client.srcIp, client.srcPort, client.vpnIp4, client.vpnIp6, client.connectedSince]),
      [
        ['branch-office', '198.51.100.20', 1194, '10.8.0.2', 'fd00:8::1000', 1793574300 - 3600],
        ['laptop', '2001:db8::beef', null, '10.8.0.3', 'fd00:8::1001', 1793611815 - 3600],
        ['laptop', '198.51.100.21', 50000, '10.8.0.4', null, 1793613481 - 3600],
        ['comma,user', '203.0.113.77', 41000, '10.8.0.5', null, 1793613481 - 3600],
      ],
    );
    assert.deepEqual(
      snapshot.clients.map((client) => [client.bytesReceived, client.bytesSent]),
      [
        [1048576n, 2097152n],
        [4096n, 8192n],
        [512n, 1024n],
        [300n, 400n],
      ],
    );
  });

  test('v1 without a time zone reads dates in the process zone', () => {
    const text = local('openvpn-2.4-status-v1.log');
    assert.deepEqual(parseStatus(text, { version: 1 }), parseStatus(text, { version: 1, timeZone: resolveTimeZone() }));
  });

  test('v1: a host iroute makes the virtual address ambiguous, so it is left empty', () => {
    const text = [
      'OpenVPN CLIENT LIST',
      'Updated,2026-11-23 10:57:13',
      'Common Name,Real Address,Bytes Received,Bytes Sent,Connected Since',
      'gateway,192.0.2.1:1194,1,2,2026-11-23 10:57:11',
      'ROUTING TABLE',
      'Virtual Address,Common Name,Real Address,Last Ref',
      '10.8.0.2,gateway,192.0.2.1:1194,2026-11-23 10:57:11',
      '192.168.7.7,gateway,192.0.2.1:1194,2026-11-23 10:57:11',
      'fd00:8::2,gateway,192.0.2.1:1194,2026-11-23 10:57:11',
      'ae:4b:00:00:00:01@0,gateway,192.0.2.1:1194,2026-11-23 10:57:11',
      'GLOBAL STATS',
      'END',
    ].join('\n');
    const gateway = byName(parseStatus(text, { version: 1, timeZone: 'UTC' }), 'gateway');
    assert.deepEqual([gateway.vpnIp4, gateway.vpnIp6, gateway.connectedSince], [null, 'fd00:8::2', 1795431431]);
  });
});

describe('input handling', () => {
  const v2Path = 'openvpn-2.6/tcp-status-v2/status-snapshots/status-v2-connected.log';
  const v2 = real(v2Path);
  const v3 = real('openvpn-2.7/udp-ipv6-mixed-status-v3/status-snapshots/mgmt-status-v3-connected.txt');
  const v1 = real('openvpn-2.7/tcp-ipv6-mixed-status-v2/status-snapshots/mgmt-status-v1-connected.txt');
  const parsed = (text: string, version: StatusVersion = 2) => parseStatus(text, { version, timeZone: 'UTC' });
  const withLine = (text: string, find: string, replace: string) => {
    assert.ok(text.includes(find), find);
    return text.replace(find, replace);
  };

  test('CRLF line ends, a BOM and trailing blank lines change nothing', () => {
    for (const [text, version] of [
      [v1, 1],
      [v2, 2],
      [v3, 3],
    ] as const) {
      const plain = parsed(text, version);
      assert.deepEqual(parsed(text.replaceAll('\n', '\r\n'), version), plain);
      assert.deepEqual(parsed(`\uFEFF${text}\n\n`, version), { ...plain, lineCount: plain.lineCount + 2 }, 'the blank lines are counted');
    }
  });

  test('management chatter around the status is skipped', () => {
    const chatty = [
      ">INFO:OpenVPN Management Interface Version 5 -- type 'help' for more info",
      'ENTER PASSWORD:SUCCESS: password is correct',
      ...v3.split('\n').flatMap((line, index) => (index === 5 ? ['>BYTECOUNT_CLI:3,100,200', line] : [line])),
    ].join('\r\n');
    assert.deepEqual(parsed(chatty, 3).clients.map(essentials), parsed(v3, 3).clients.map(essentials));
    assert.deepEqual(parsed(`ENTER PASSWORD:\nSUCCESS: password is correct\n${v2}`).clients.length, 6);
  });

  test('a status without END is incomplete and changes nothing', () => {
    for (const text of [v2.slice(0, v2.indexOf('HEADER,ROUTING_TABLE')), v2.slice(0, 500), v2.replace(/END\n$/, '')]) {
      refusal(text, 2, /incomplete.*nothing was changed/);
    }
    refusal('', 2, /incomplete.*nothing was changed/);
    refusal('\r\n\n', 3, /incomplete.*nothing was changed/);
  });

  test('what follows the first END (left over from a longer previous file) is ignored', () => {
    const leftover = `${v2}CLIENT_LIST,ghost,127.0.0.1:1,10.99.0.9,,1,1,2026-11-23 10:57:11,1795431431,UNDEF,9,9,AES-256-GCM\nEND\n`;
    const plain = parsed(v2);
    assert.deepEqual(parsed(leftover), { ...plain, lineCount: plain.lineCount + 2 }, 'the leftover lines are counted, not read');
  });

  test('without a version the first line tells it: OpenVPN CLIENT LIST, TITLE, or TITLE and a tab', () => {
    for (const [text, version] of [
      [v1, 1],
      [v2, 2],
      [v3, 3],
    ] as const) {
      assert.deepEqual(parseStatus(text, { timeZone: 'UTC' }), parseStatus(text, { version, timeZone: 'UTC' }));
    }
    assert.throws(() => parseStatus('Updated,2026-11-23 10:57:12\nEND\n', {}), /not an OpenVPN status: line 1/);
  });

  test('every line is counted once, numbered as the client and rejected lines are', () => {
    const snapshot = parseStatus(v2, {});
    assert.equal(snapshot.lineCount, v2.split('\n').length - (v2.endsWith('\n') ? 1 : 0));
    assert.equal(parseStatus(v2.replace(/\n$/, ''), {}).lineCount, snapshot.lineCount);
    assert.ok(snapshot.clients.every((client) => client.lineNumber <= snapshot.lineCount));
  });

  test('the wrong version is refused, naming the one the input looks like', () => {
    refusal(v2, 3, /version 3 \(tab-separated\) was requested, but the input looks like version 2 \(comma-separated\)/);
    refusal(v3, 2, /looks like version 3 \(tab-separated\)/);
    refusal(v1, 3, /looks like version 1/);
    refusal(v2, 1, /looks like version 2/);
  });

  test('a status without TIME, Updated or client list header is refused', () => {
    refusal(withLine(v2, 'TIME,2026-11-23 10:57:12,1795431432\n', ''), 2, /no TIME line/);
    refusal(withLine(v2, 'TIME,2026-11-23 10:57:12,1795431432', 'TIME,2026-11-23 10:57:12'), 2, /TIME line 2 has no valid time_t/);
    refusal(v2.replace(/^HEADER,CLIENT_LIST.*\n/m, ''), 2, /no HEADER line for CLIENT_LIST/);
    refusal(withLine(v2, ',Bytes Sent,', ',Bytes Out,'), 2, /HEADER CLIENT_LIST has no "Bytes Sent" column/);
    refusal(withLine(v2, 'TIME,', 'TIME,x,1\nTIME,'), 2, /TIME appears twice/);
    refusal(withLine(v1, 'Updated,2026-11-23 11:16:52\n', ''), 1, /no "Updated," line/);
    refusal(withLine(v1, 'Updated,2026-11-23 11:16:52', 'Updated,yesterday'), 1, /Updated line 2 has no readable date/);
    refusal(withLine(v1, 'Common Name,Real Address,Bytes Received,Bytes Sent,Connected Since\n', ''), 1, /no client list header/);
  });

  test('an unknown time zone is a usage error, not a format error', () => {
    assert.throws(() => parseStatus(v1, { version: 1, timeZone: 'Mars/Olympus_Mons' }), {
      name: 'UserError',
      message: 'unknown time zone "Mars/Olympus_Mons"',
    });
  });

  test('a client line with a bad field is rejected with a reason, the others are kept', () => {
    const client01 = 'CLIENT_LIST,client01,127.0.0.1:38762,10.99.0.2,fd00:99::1000,7835,5573,2026-11-23 10:57:11,1795431431,UNDEF,0,0,AES-256-GCM';
    const cases: Array<[string, string]> = [
      ['7835,5573,', 'Bytes Received "12x" is not a non-negative integer'],
      ['7835,5573,', 'Bytes Sent "9223372036854775808" is larger than 2^63-1'],
      ['7835,5573,', 'Bytes Received "-1" is not a non-negative integer'],
      ['127.0.0.1:38762', 'Real Address "127.0.0.1:65536" is not an IP address with an optional port'],
      ['127.0.0.1:38762', 'Real Address "127.0.0.300:1" is not an IP address with an optional port'],
      ['127.0.0.1:38762', 'Real Address "127.000.0.1:1" is not an IP address with an optional port'],
      ['127.0.0.1:38762', 'Real Address "UNKNOWN" is not an IP address with an optional port'],
      ['10.99.0.2,', 'Virtual Address "10.99.0" is not an IPv4 address'],
      ['fd00:99::1000', 'Virtual IPv6 Address "10.99.0.9" is not an IPv6 address'],
      ['1795431431', 'Connected Since (time_t) "9007199254740992" is not a non-negative integer of at most 2^53-1'],
      [',UNDEF,0,0,AES-256-GCM', 'has 11 fields, the header has 12'],
      ['client01', 'contains a control character'],
    ];
    const replacements = [
      '12x,5573,',
      '7835,9223372036854775808,',
      '-1,5573,',
      '127.0.0.1:65536',
      '127.0.0.300:1',
      '127.000.0.1:1',
      'UNKNOWN',
      '10.99.0,',
      '10.99.0.9',
      '9007199254740992',
      ',UNDEF,0,AES-256-GCM',
      'client\x0701',
    ];
    cases.forEach(([find, reason], index) => {
      const bad = client01.replace(find, replacements[index]!);
      const snapshot = parsed(withLine(v2, client01, bad));
      assert.deepEqual(snapshot.rejected, [{ lineNumber: 9, line: bad, reason }]);
      assert.equal(snapshot.clients.length, 5);
    });
    const biggest = parsed(withLine(v2, client01, client01.replace('7835,5573,', `${MAX_COUNTER},0,`)));
    assert.equal(byName(biggest, 'client01').bytesReceived, MAX_COUNTER);
  });

  test('v3 splits on tabs only: a tab-separated line with an extra field is rejected', () => {
    const line = v3.split('\n').find((candidate) => candidate.startsWith('CLIENT_LIST\talice'))!;
    const snapshot = parsed(withLine(v3, line, `${line}\textra`), 3);
    assert.deepEqual(snapshot.rejected.map((rejected) => rejected.reason), ['has 13 fields, the header has 12']);
  });

  test('garbage lines are rejected, rows of announced tables are skipped', () => {
    const text = withLine(v2, 'HEADER,ROUTING_TABLE', 'hello world\nENT_LIST,bob,127.0.0.1:4\nHEADER,FUTURE,a,b\nFUTURE,1,2\nHEADER,ROUTING_TABLE');
    const snapshot = parsed(text);
    assert.deepEqual(
      snapshot.rejected.map((rejected) => [rejected.lineNumber, rejected.line, rejected.reason]),
      [
        [10, 'hello world', 'not a status line of a known type'],
        [11, 'ENT_LIST,bob,127.0.0.1:4', 'not a status line of a known type'],
      ],
    );
    assert.equal(snapshot.clients.length, 6);
    refusal(`garbage\n${v2}`, 2, /not an OpenVPN status: line 1 is "garbage"/);
    refusal('ERROR: bad status format version number\r\nEND\r\n', 2, /not an OpenVPN status: line 1 is "ERROR: bad status/);
  });

  test('a 10 MB line is refused or rejected', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    refusal(huge, 2, /not an OpenVPN status: line 1 is "x{80}…"$/);
    refusal(`TITLE,${huge}`, 2, /incomplete/);
    const snapshot = parsed(withLine(v2, 'HEADER,ROUTING_TABLE', `CLIENT_LIST,${huge}\nHEADER,ROUTING_TABLE`));
    assert.equal(snapshot.clients.length, 6);
    assert.equal(snapshot.rejected.length, 1);
    assert.match(snapshot.rejected[0]!.reason, /^line is 10485772 characters long/);
    assert.equal(snapshot.rejected[0]!.line, `CLIENT_LIST,${'x'.repeat(188)}…`);
  });

  test('binary garbage is refused', () => {
    refusal(Buffer.from(Array.from({ length: 4096 }, (_, index) => index % 256)).toString('latin1'), 2, /NUL bytes: binary data/);
    for (let round = 0; round < 20; round++) {
      const bytes = randomBytes(64 * 1024);
      refusal(bytes.toString('utf8'), 3, /binary data|not an OpenVPN status/);
    }
    refusal(`${v2.slice(0, 300)}\0${v2.slice(300)}`, 2, /NUL bytes/);
  });
});

describe('parseRealAddress', () => {
  test('every Real Address form OpenVPN writes', () => {
    const cases: Array<[string, string, number | null, string | null]> = [
      ['1.2.3.4:5678', '1.2.3.4', 5678, null],
      ['udp4:1.2.3.4:5678', '1.2.3.4', 5678, 'udp4'],
      ['tcp4-server:1.2.3.4:0', '1.2.3.4', 0, 'tcp4-server'],
      ['tcp6-server:[2001:db8::1]:443', '2001:db8::1', 443, 'tcp6-server'],
      ['udp6:[::1]:57166', '::1', 57166, 'udp6'],
      ['udp6:1.2.3.4:5678', '1.2.3.4', 5678, 'udp6'],
      ['[2001:DB8:0:0:0:0:0:1]:65535', '2001:db8::1', 65535, null],
      ['2001:db8::1', '2001:db8::1', null, null],
      ['fd00:99::1000', 'fd00:99::1000', null, null],
      ['1.2.3.4', '1.2.3.4', null, null],
      ['udp6:2001:db8::1', '2001:db8::1', null, 'udp6'],
      ['[::ffff:1.2.3.4]:1', '::ffff:1.2.3.4', 1, null],
      ['udp6:[::FFFF:a01:203]:1', '::ffff:10.1.2.3', 1, 'udp6'],
    ];
    for (const [text, ip, port, transport] of cases) {
      assert.deepEqual(parseRealAddress(text), { ip, port, transport }, text);
    }
    const bad = ['', ':', '1.2.3.4:', '1.2.3.4:65536', '1.2.3.4:-1', '01.2.3.4:1', '[1.2.3.4]:1'];
    bad.push('fe80::1%eth0', '[::1]:1:2', 'udp9:1.2.3.4:1', 'host:1194', ' 1.2.3.4:1');
    for (const text of bad) {
      assert.equal(parseRealAddress(text), null, text);
    }
  });
});

describe('local time', () => {
  test('wallTimeToUnix in UTC, Berlin and New York', () => {
    assert.equal(wallTimeToUnix(2026, 11, 23, 10, 57, 13, 'UTC'), 1795431433);
    assert.equal(wallTimeToUnix(2026, 11, 23, 10, 57, 13, 'Europe/Berlin'), 1795431433 - 3600);
    assert.equal(wallTimeToUnix(2026, 7, 1, 12, 0, 0, 'Europe/Berlin'), Date.UTC(2026, 6, 1, 10) / 1000);
    assert.equal(wallTimeToUnix(2026, 11, 23, 10, 57, 13, 'America/New_York'), 1795431433 + 5 * 3600);
    assert.equal(wallTimeToUnix(2026, 7, 1, 12, 0, 0, 'America/New_York'), Date.UTC(2026, 6, 1, 16) / 1000);
    assert.equal(wallTimeToUnix(1970, 1, 1, 0, 0, 0, 'UTC'), 0);
  });

  test('DST: a skipped time lands after the jump, a repeated time gives the earlier instant', () => {
    // Europe/Berlin 2026-03-29 02:00 CET -> 03:00 CEST; 2026-10-25 03:00 CEST -> 02:00 CET.
    assert.equal(wallTimeToUnix(2026, 3, 29, 1, 59, 59, 'Europe/Berlin'), Date.UTC(2026, 2, 29, 0, 59, 59) / 1000);
    assert.equal(wallTimeToUnix(2026, 3, 29, 2, 30, 0, 'Europe/Berlin'), Date.UTC(2026, 2, 29, 1, 30) / 1000);
    assert.equal(wallTimeToUnix(2026, 3, 29, 3, 0, 0, 'Europe/Berlin'), Date.UTC(2026, 2, 29, 1, 0) / 1000);
    assert.equal(wallTimeToUnix(2026, 10, 25, 2, 30, 0, 'Europe/Berlin'), Date.UTC(2026, 9, 25, 0, 30) / 1000);
    assert.equal(wallTimeToUnix(2026, 10, 25, 3, 0, 0, 'Europe/Berlin'), Date.UTC(2026, 9, 25, 2, 0) / 1000);
    // America/New_York 2026-03-08 02:00 EST -> 03:00 EDT.
    assert.equal(wallTimeToUnix(2026, 3, 8, 2, 30, 0, 'America/New_York'), Date.UTC(2026, 2, 8, 7, 30) / 1000);
    assert.equal(wallTimeToUnix(2026, 11, 1, 1, 30, 0, 'America/New_York'), Date.UTC(2026, 10, 1, 5, 30) / 1000);
  });

  test('the default zone is the process zone', () => {
    assert.equal(wallTimeToUnix(2026, 11, 23, 10, 57, 13), wallTimeToUnix(2026, 11, 23, 10, 57, 13, resolveTimeZone()));
  });

  test('parseWallTime reads both OpenVPN date styles and refuses impossible dates', () => {
    const wall = { year: 2026, month: 11, day: 2, hour: 9, minute: 5, second: 7 };
    assert.deepEqual(parseWallTime('2026-11-02 09:05:07'), wall);
    assert.deepEqual(parseWallTime('Mon Nov  2 09:05:07 2026'), wall);
    assert.deepEqual(parseWallTime('Mon Nov 2 09:05:07 2026'), wall);
    assert.deepEqual(parseWallTime('Sat Feb 29 00:00:00 2028'), { year: 2028, month: 2, day: 29, hour: 0, minute: 0, second: 0 });
    const impossible = ['2026-02-29 00:00:00', '2026-13-01 00:00:00', '2026-11-02 24:00:00', '2026-11-02 9:05:07'];
    impossible.push('Mon Foo  2 09:05:07 2026', '1969-12-31 23:59:59', ' 2026-11-02 09:05:07', '');
    for (const text of impossible) {
      assert.equal(parseWallTime(text), null, text);
    }
    assert.equal(wallTextToUnix('2026-11-23 10:57:13', 'UTC'), 1795431433);
    assert.equal(wallTextToUnix('not a date', 'UTC'), null);
  });
});

// 105 000 generated inputs in all, each small enough that the whole file stays within seconds:
// cheap inputs, many of them, rather than a few big ones (random binary text costs the most to generate).
const RUNS = { arbitrary: 25_000, vocabulary: 35_000, edits: 25_000, roundTrip: 20_000 };

describe('property: parseStatus returns a snapshot or throws StatusFormatError, nothing else', () => {
  function check(text: string, version: StatusVersion): void {
    let snapshot: StatusSnapshot;
    try {
      snapshot = parseStatus(text, { version, timeZone: 'Europe/Berlin' });
    } catch (error) {
      if (!(error instanceof StatusFormatError)) throw error;
      assert.doesNotMatch(error.message, /\n/);
      return;
    }
    for (const client of snapshot.clients) {
      assert.notEqual(isIP(client.srcIp), 0);
      assert.ok(client.srcPort === null || (Number.isInteger(client.srcPort) && client.srcPort <= 65535));
      assert.ok(client.bytesReceived >= 0n && client.bytesReceived <= MAX_COUNTER);
      assert.ok(client.bytesSent >= 0n && client.bytesSent <= MAX_COUNTER);
      assert.ok(Number.isSafeInteger(client.connectedSince));
      assert.ok(client.vpnIp4 === null || isIP(client.vpnIp4) === 4);
      assert.ok(client.vpnIp6 === null || isIP(client.vpnIp6) === 6);
    }
    for (const rejected of snapshot.rejected) assert.ok(rejected.reason.length > 0 && !rejected.reason.includes('\n'));
  }

  const seeds: Array<[string, StatusVersion]> = [
    [real('openvpn-2.6/tcp-status-v2/status-snapshots/status-v2-connected.log'), 2],
    [real('openvpn-2.7/udp-ipv6-mixed-status-v3/status-snapshots/status-v3-connected.log'), 3],
    [real('openvpn-2.7/tcp-ipv6-mixed-status-v2/status-snapshots/mgmt-status-v1-connected.txt'), 1],
    [local('openvpn-2.4-status-v1.log'), 1],
    [local('openvpn-2.5-status-v2.log'), 2],
  ];
  const version = fc.constantFrom<StatusVersion>(1, 2, 3);
  const piece = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 6 }),
    fc.constantFrom(',', '\t', '\n', '\r', ':', '[', ']', '.', '0', '9', 'C', '/', '\uFEFF', '\0', 'END\n', 'UNDEF', 'udp6:'),
    fc.constantFrom('CLIENT_LIST,', 'HEADER,CLIENT_LIST,', 'ROUTING TABLE\n', '99999999999999999999'),
  );
  const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: piece });

  test(`arbitrary strings (${RUNS.arbitrary} runs)`, { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), version, (text, chosen) => check(text, chosen)),
      { numRuns: RUNS.arbitrary },
    );
  });

  // Lines assembled from status vocabulary get much further into the parser than random text.
  const word = fc.constantFrom(
    ...['CLIENT_LIST', 'HEADER', 'TIME', 'TITLE', 'ROUTING_TABLE', 'GLOBAL_STATS', 'END', 'Common Name', 'Real Address'],
    ...['Virtual Address', 'Virtual IPv6 Address', 'Bytes Received', 'Bytes Sent', 'Connected Since', 'Connected Since (time_t)'],
    ...['Username', 'alice', 'UNDEF', '', '127.0.0.1:1194', 'udp6:[::1]:2', '2001:db8::1', '10.8.0.2', '10.8.0.0/24', '10.8.0.3C'],
    ...['fd00::1', '0', '18446744073709551616', '2026-11-23 10:57:11', 'Mon Nov  2 10:00:00 2026', '1795431433'],
  );
  const soupLine = fc.oneof(
    fc.constantFrom('OpenVPN CLIENT LIST', 'Updated,2026-11-23 10:57:13', 'ROUTING TABLE', 'GLOBAL STATS', 'END'),
    fc
      .tuple(fc.constantFrom('CLIENT_LIST', 'HEADER', 'TIME', null), fc.array(word, { maxLength: 12 }), fc.constantFrom(',', '\t'))
      .map(([type, words, separator]) => (type === null ? words : [type, ...words]).join(separator)),
    fc.string({ unit: 'binary', maxLength: 30 }),
  );
  const clientList = 'Common Name,Real Address,Virtual Address,Virtual IPv6 Address,Bytes Received,Bytes Sent,Connected Since (time_t),Username';
  const preamble: Record<StatusVersion, string> = {
    1: 'OpenVPN CLIENT LIST\nUpdated,2026-11-23 10:57:13\nCommon Name,Real Address,Bytes Received,Bytes Sent,Connected Since\n',
    2: `TITLE,x\nTIME,t,1795431433\nHEADER,CLIENT_LIST,${clientList}\n`,
    3: `TITLE\tx\nTIME\tt\t1795431433\nHEADER\tCLIENT_LIST\t${clientList.replaceAll(',', '\t')}\n`,
  };

  test(`lines made of status vocabulary (${RUNS.vocabulary} runs)`, { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(soupLine, { maxLength: 12 }), version, fc.boolean(), (lines, chosen, ended) =>
        check(`${preamble[chosen]}${lines.join('\n')}${ended ? '\nEND\n' : ''}`, chosen),
      ),
      { numRuns: RUNS.vocabulary },
    );
  });

  test(`arbitrary edits of real and hand-written status files (${RUNS.edits} runs)`, { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(edit, { minLength: 1, maxLength: 8 }), fc.boolean(), ([seed, seedVersion], edits, sameVersion) => {
        let text = seed;
        for (const { at, remove, insert } of edits) {
          const position = at % (text.length + 1);
          text = text.slice(0, position) + insert + text.slice(position + remove);
        }
        check(text, sameVersion ? seedVersion : (((seedVersion % 3) + 1) as StatusVersion));
      }),
      { numRuns: RUNS.edits },
    );
  });
});

describe('property: a status written from generated clients reads back as exactly those clients', () => {
  const STATUS_TIME = 1_795_431_433;
  const header = ['Common Name', 'Real Address', 'Virtual Address', 'Virtual IPv6 Address', 'Bytes Received', 'Bytes Sent', 'Connected Since', 'Connected Since (time_t)', 'Username', 'Client ID', 'Peer ID', 'Data Channel Cipher'];
  // What OpenVPN may put in a Common Name: anything printable, here a mix of the awkward ones.
  const nameCharacter = fc.constantFrom(...'aZ09._-@\' "ë日€'.split(''), ',');
  const commonName = (withComma: boolean) =>
    fc
      .array(withComma ? nameCharacter : nameCharacter.filter((c) => c !== ','), { minLength: 1, maxLength: 64 })
      .map((chars) => chars.join(''))
      .filter((name) => name !== 'UNDEF');
  const ip4 = fc.ipV4();
  const ip6 = fc.ipV6();
  const source = fc.oneof(
    fc.tuple(ip4, fc.integer({ min: 0, max: 65535 })).map(([ip, port]) => ({ text: `${ip}:${port}`, ip, port, transport: null })),
    fc
      .tuple(fc.constantFrom('udp4', 'tcp4-server'), ip4, fc.integer({ min: 0, max: 65535 }))
      .map(([transport, ip, port]) => ({ text: `${transport}:${ip}:${port}`, ip, port, transport })),
    fc
      .tuple(fc.constantFrom('udp6', 'tcp6-server'), ip6, fc.integer({ min: 0, max: 65535 }))
      .map(([transport, ip, port]) => ({ text: `${transport}:[${ip}]:${port}`, ip: canonicalIp(ip)!, port, transport })),
    ip6.map((ip) => ({ text: ip, ip: canonicalIp(ip)!, port: null, transport: null })),
  );
  const counter = fc.bigInt({ min: 0n, max: MAX_COUNTER });
  const clientOf = (withComma: boolean) =>
    fc.record({
      commonName: commonName(withComma),
      source,
      vpnIp4: fc.option(ip4, { nil: null }),
      vpnIp6: fc.option(ip6, { nil: null }),
      bytesReceived: counter,
      bytesSent: counter,
      connectedSince: fc.integer({ min: 0, max: STATUS_TIME }),
      username: fc.option(fc.constantFrom('jdoe', 'Doe Jane', 'x@example.org'), { nil: null }),
    });
  type Generated = ReturnType<typeof clientOf> extends fc.Arbitrary<infer T> ? T : never;

  function write(clients: Generated[], separator: ',' | '\t', lineEnd: '\n' | '\r\n'): string {
    const lines = [
      ['TITLE', 'OpenVPN 2.6.14 x86_64-pc-linux-gnu'],
      ['TIME', '2026-11-23 10:57:13', String(STATUS_TIME)],
      ['HEADER', 'CLIENT_LIST', ...header],
      ...clients.map((c, index) => [
        'CLIENT_LIST', c.commonName, c.source.text, c.vpnIp4 ?? '', c.vpnIp6 ?? '', String(c.bytesReceived), String(c.bytesSent),
        '2026-11-23 10:57:11', String(c.connectedSince), c.username ?? 'UNDEF', String(index), String(index), 'AES-256-GCM',
      ]),
      ['HEADER', 'ROUTING_TABLE', 'Virtual Address', 'Common Name', 'Real Address', 'Last Ref', 'Last Ref (time_t)'],
      ['GLOBAL_STATS', 'Max bcast/mcast queue length', '0'],
      ['END'],
    ];
    return lines.map((fields) => fields.join(separator)).join(lineEnd) + lineEnd;
  }

  const expected = (clients: Generated[]) =>
    clients.map((c) => ({
      commonName: c.commonName,
      srcIp: c.source.ip,
      srcPort: c.source.port,
      transport: c.source.transport,
      vpnIp4: c.vpnIp4,
      vpnIp6: c.vpnIp6 === null ? null : canonicalIp(c.vpnIp6),
      bytesReceived: c.bytesReceived,
      bytesSent: c.bytesSent,
      connectedSince: c.connectedSince,
      username: c.username,
    }));

  test(`version 3 (tab-separated; commas in names) and version 2 (comma-separated), LF or CRLF (${RUNS.roundTrip} runs)`, { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.constantFrom<2 | 3>(2, 3).chain((v) => fc.tuple(fc.constant(v), fc.array(clientOf(v === 3), { maxLength: 4 }))),
        fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
        ([chosen, clients], lineEnd) => {
          const snapshot = parseStatus(write(clients, chosen === 3 ? '\t' : ',', lineEnd), { version: chosen });
          assert.deepEqual(snapshot.rejected, []);
          assert.equal(snapshot.time, STATUS_TIME);
          assert.deepEqual(snapshot.clients.map(essentials), expected(clients));
        },
      ),
      { numRuns: RUNS.roundTrip },
    );
  });
});
