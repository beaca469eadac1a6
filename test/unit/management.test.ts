import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { UserError } from '../../src/common/errors.ts';
import { fetchManagementStatus, parseManagementTarget } from '../../src/openvpn/management.ts';
import type { ManagementTarget } from '../../src/openvpn/management.ts';
import { parseStatus } from '../../src/openvpn/parse-status.ts';

const SNAPSHOTS = new URL('../fixtures/openvpn-2.7/udp-ipv6-mixed-status-v3/status-snapshots/', import.meta.url);
const REPLAY = {
  2: readFileSync(new URL('mgmt-status-v2-connected.txt', SNAPSHOTS), 'utf8'),
  3: readFileSync(new URL('mgmt-status-v3-connected.txt', SNAPSHOTS), 'utf8'),
};
const GREETING = ">INFO:OpenVPN Management Interface Version 5 -- type 'help' for more info\r\n";

interface FakeOptions {
  password?: string;
  /** Bytes per write of the status answer, to cut lines (and UTF-8 characters) apart. */
  chunkBytes?: number;
  /** Never say anything. */
  silent?: boolean;
  /** Close the connection half-way through the status. */
  hangUp?: boolean;
  /** Answer `status N` with this line instead. */
  statusError?: string;
}

interface Fake {
  target: ManagementTarget;
  /** Every line the client sent. */
  received: string[];
}

const servers: Server[] = [];
const tempDirs: string[] = [];
after(() => {
  for (const server of servers) server.close();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** A tiny stand-in for OpenVPN's management interface that replays a real capture with CRLF. */
async function startFake(where: 'tcp' | 'unix', options: FakeOptions = {}): Promise<Fake> {
  const received: string[] = [];
  const server = createServer((socket) => serve(socket, options, received));
  servers.push(server);
  if (where === 'tcp') {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { target: { host: '127.0.0.1', port: (server.address() as AddressInfo).port }, received };
  }
  const dir = mkdtempSync(join(tmpdir(), 'ovpn-mgmt-'));
  tempDirs.push(dir);
  const path = join(dir, 'management.sock');
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return { target: { path }, received };
}

function serve(socket: Socket, options: FakeOptions, received: string[]): void {
  if (options.silent) return;
  let loggedIn = options.password === undefined;
  let pending = '';
  socket.write(loggedIn ? `${GREETING}>HOLD:Waiting for hold release:0\r\n` : 'ENTER PASSWORD:');
  socket.on('data', (data) => {
    pending += data.toString('utf8');
    let end: number;
    while ((end = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, end);
      pending = pending.slice(end + 1);
      received.push(line);
      if (!loggedIn) {
        loggedIn = line === options.password;
        socket.write(loggedIn ? `SUCCESS: password is correct\r\n${GREETING}` : 'ERROR: bad password\r\nENTER PASSWORD:');
      } else if (line === 'quit') {
        socket.end();
      } else if (line === 'status 2' || line === 'status 3') {
        if (options.statusError) socket.write(`${options.statusError}\r\n`);
        else writeStatus(socket, REPLAY[line === 'status 2' ? 2 : 3], options);
      }
    }
  });
  socket.on('error', () => {}); // the client may hang up first
}

function writeStatus(socket: Socket, text: string, options: FakeOptions): void {
  const bytes = Buffer.from(text.replaceAll('\n', '\r\n'), 'utf8');
  if (options.hangUp) {
    socket.end(bytes.subarray(0, bytes.length / 2));
    return;
  }
  const size = options.chunkBytes ?? bytes.length;
  const writeFrom = (offset: number) => {
    if (offset >= bytes.length || socket.destroyed) return;
    socket.write(bytes.subarray(offset, offset + size));
    setImmediate(() => writeFrom(offset + size));
  };
  writeFrom(0);
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof UserError);
    assert.doesNotMatch(error.message, /\n/);
    return error;
  }
  assert.fail('expected a rejection');
}

const clientsOf = (text: string, version: 2 | 3) =>
  parseStatus(text, { version }).clients.map(({ line, lineNumber, ...client }) => client);

describe('fetchManagementStatus', () => {
  test('TCP on 127.0.0.1: sends status 3, returns the answer up to END, says quit', async () => {
    const fake = await startFake('tcp');
    const text = await fetchManagementStatus(fake.target, { timeoutMs: 5000 });
    assert.ok(text.endsWith('END\r\n'));
    assert.ok(text.includes('\r\n'));
    assert.deepEqual(clientsOf(text, 3), clientsOf(REPLAY[3], 3));
    assert.equal(parseStatus(text, { version: 3 }).time, 1795432585);
    await waitFor(() => fake.received.includes('quit'));
    assert.deepEqual(fake.received, ['status 3', 'quit']);
  });

  test('unix socket with a password, the answer cut into 7-byte pieces', async () => {
    const fake = await startFake('unix', { password: 's3cret', chunkBytes: 7 });
    const text = await fetchManagementStatus(fake.target, { password: 's3cret', timeoutMs: 5000 });
    const clients = clientsOf(text, 3);
    assert.deepEqual(clients, clientsOf(REPLAY[3], 3));
    assert.ok(clients.some((client) => client.commonName === 'zoë' && client.srcIp === '::1' && client.srcPort === 41931));
    await waitFor(() => fake.received.includes('quit'));
    assert.deepEqual(fake.received, ['s3cret', 'status 3', 'quit']);
  });

  test('version 2 asks for status 2', async () => {
    const fake = await startFake('tcp', { chunkBytes: 100 });
    const text = await fetchManagementStatus(fake.target, { timeoutMs: 5000, version: 2 });
    assert.deepEqual(clientsOf(text, 2), clientsOf(REPLAY[2], 2));
    assert.equal(fake.received[0], 'status 2');
  });

  test('a password prompt without a configured password', async () => {
    const fake = await startFake('tcp', { password: 's3cret' });
    const error = await rejection(fetchManagementStatus(fake.target, { timeoutMs: 5000 }));
    assert.equal(error.message, `the management interface at 127.0.0.1:${portOf(fake)} asks for a password, but none was given`);
  });

  test('a wrong password', async () => {
    const fake = await startFake('unix', { password: 's3cret' });
    const error = await rejection(fetchManagementStatus(fake.target, { password: 'guess', timeoutMs: 5000 }));
    assert.equal(error.message, `the management interface at ${(fake.target as { path: string }).path} rejected the password`);
  });

  test('a server that never answers times out', async () => {
    const fake = await startFake('tcp', { silent: true });
    const error = await rejection(fetchManagementStatus(fake.target, { timeoutMs: 200 }));
    assert.match(error.message, new RegExp(`^timed out after 200 ms waiting for the status from the management interface at 127\\.0\\.0\\.1:${portOf(fake)}$`));
  });

  test('connection refused names the target', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const error = await rejection(fetchManagementStatus({ host: '127.0.0.1', port }, { timeoutMs: 5000 }));
    assert.equal(error.message, `the management interface at 127.0.0.1:${port}: connection refused`);
  });

  test('a missing unix socket', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ovpn-mgmt-'));
    tempDirs.push(dir);
    const path = join(dir, 'absent.sock');
    const error = await rejection(fetchManagementStatus({ path }, { timeoutMs: 5000 }));
    assert.equal(error.message, `the management interface at ${path}: no such socket`);
  });

  test('a server that hangs up half-way', async () => {
    const fake = await startFake('tcp', { hangUp: true });
    const error = await rejection(fetchManagementStatus(fake.target, { timeoutMs: 5000 }));
    assert.match(error.message, /closed the connection before the status was complete$/);
  });

  test('an ERROR answer to the status command', async () => {
    const fake = await startFake('tcp', { statusError: 'ERROR: status command failed' });
    const error = await rejection(fetchManagementStatus(fake.target, { timeoutMs: 5000 }));
    assert.equal(error.message, `the management interface at 127.0.0.1:${portOf(fake)} answered "ERROR: status command failed"`);
  });
});

describe('parseManagementTarget', () => {
  test('host and port, bracketed IPv6, unix socket paths', () => {
    assert.deepEqual(parseManagementTarget('127.0.0.1:7505'), { host: '127.0.0.1', port: 7505 });
    assert.deepEqual(parseManagementTarget('localhost:1'), { host: 'localhost', port: 1 });
    assert.deepEqual(parseManagementTarget('[::1]:65535'), { host: '::1', port: 65535 });
    assert.deepEqual(parseManagementTarget('/run/openvpn/server.sock'), { path: '/run/openvpn/server.sock' });
    assert.deepEqual(parseManagementTarget('./mgmt.sock'), { path: './mgmt.sock' });
    assert.deepEqual(parseManagementTarget('run/mgmt:1'), { path: 'run/mgmt:1' });
  });

  test('anything else is refused with a one-line message', () => {
    for (const spec of ['', '127.0.0.1', '127.0.0.1:', ':7505', '::1:7505', '[::1]', '[localhost]:7505', '127.0.0.1:0', '127.0.0.1:65536', 'host:port', 'mgmt.sock']) {
      assert.throws(() => parseManagementTarget(spec), {
        name: 'UserError',
        message: `invalid management interface address ${JSON.stringify(spec)}: expected HOST:PORT, [IPv6]:PORT or a unix socket path containing "/"`,
      });
    }
  });
});

function portOf(fake: Fake): number {
  return (fake.target as { port: number }).port;
}

/** The client resolves before the server has read `quit`; give the server a moment. */
async function waitFor(condition: () => boolean): Promise<void> {
  for (let tries = 0; tries < 100 && !condition(); tries++) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.ok(condition());
}
