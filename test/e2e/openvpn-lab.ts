/**
 * OpenVPN e2e lab: a REAL OpenVPN (2.6+) server and REAL OpenVPN clients on
 * loopback, for tests that run our hook as client-connect/client-disconnect and
 * compare what lands in the database with what OpenVPN itself reported.
 *
 * Design (same as the lab that captured test/fixtures/openvpn-2.6):
 *  - throw-away EC P-256 PKI per lab (CA, server, one cert per client CN);
 *  - server and clients talk over 127.0.0.1 (or ::1 in a `transport: 'ipv6'`
 *    lab) on free ports;
 *  - `ifconfig-noexec` + `route-noexec`; an `up` helper moves every tun device
 *    into its own network namespace (created here with `ip netns add`) and
 *    configures the tunnel addresses there. Tunnel addresses (10.x/24,
 *    fd00:xxxx::/64) never exist in the host namespace, no host route is added;
 *  - client-connect/client-disconnect = helpers/dump-env.sh, which records the
 *    exact environment + argv OpenVPN passed, then runs `hookCommand` (if any)
 *    with exactly that environment and exits with its status;
 *  - every process is tracked and killed, every namespace deleted and the temp
 *    dir removed in stop() (and, best effort, when the test process exits).
 *
 * IPv6 transport: OpenVPN 2.6 has a single listening socket, and accepting both
 * 127.0.0.1 and ::1 would need a dual-stack socket bound to `::` (all
 * interfaces). We never listen beyond loopback, so a lab is either IPv4
 * (`local 127.0.0.1`, default) or IPv6 (`local ::1`, `transport: 'ipv6'`);
 * clients of an IPv6 lab connect to ::1 (`ipv6Transport` defaults to true
 * there; asking for the other family is an error).
 *
 * Set OPENVPN_LAB_KEEP=1 to keep the lab directory (logs, configs, hook
 * dumps) after stop(); OPENVPN_BIN to use another openvpn binary.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------
// public API

export interface LabClientSpec {
  cn: string;
  /** connect over ::1 (only in a lab started with transport 'ipv6'; there it is the default) */
  ipv6Transport?: boolean;
  /** extra client config lines (e.g. 'push-peer-info', 'setenv UV_X 1') */
  extraConfig?: string[];
  /** how long to wait for "Initialization Sequence Completed" (default 20 s) */
  timeoutMs?: number;
}

export interface LabOptions {
  proto: 'udp' | 'tcp';
  /** listen on 127.0.0.1 (default) or ::1 -- see the file comment */
  transport?: 'ipv4' | 'ipv6';
  /** status file format; the file is written every second (`status FILE 1`) */
  statusVersion?: 1 | 2 | 3;
  /**
   * Extra command run for client-connect and client-disconnect AFTER the env
   * is captured, e.g. `/abs/bin/openvpn-db-log hook --config /abs/cfg.json`.
   * Split on whitespace (as OpenVPN does); the first word must be an absolute
   * path (the hook gets no PATH). It receives exactly OpenVPN's environment
   * and OpenVPN's arguments after its own; its exit code is what OpenVPN sees.
   */
  hookCommand?: string;
  /** extra server.conf lines (e.g. 'duplicate-cn') */
  extraServerConfig?: string[];
  /** if set, the management interface requires this password (password file) */
  managementPassword?: string;
  /** how long to wait for the server to come up (default 15 s) */
  timeoutMs?: number;
}

export interface HookCall {
  scriptType: 'client-connect' | 'client-disconnect';
  /** the exact environment OpenVPN passed (no PATH!) */
  env: Record<string, string>;
  /** the arguments OpenVPN appended after the configured command (client-connect: [dynamic config file]; client-disconnect: []) */
  argv: string[];
  /** exit status of hookCommand (0 without hookCommand) = what OpenVPN saw */
  exitCode: number;
  /** wall clock (ms since epoch, sub-ms precision) when the wrapper started / finished */
  startedAtMs: number;
  endedAtMs: number;
}

export interface LabSubnet {
  /** e.g. 10.123.45.0 */
  ipv4Network: string;
  ipv4Netmask: '255.255.255.0';
  ipv4PrefixLength: 24;
  /** the server's tunnel address, e.g. 10.123.45.1 */
  serverIpv4: string;
  /** e.g. fd00:7b2d:: */
  ipv6Network: string;
  ipv6PrefixLength: 64;
  /** e.g. fd00:7b2d::1 */
  serverIpv6: string;
  /** true if the address lies in the lab's IPv4 /24 */
  containsIpv4(ip: string): boolean;
}

export interface LabResources {
  id: string;
  netns: string[];
  devices: string[];
  /** every process the lab ever started (server incarnations, clients, helpers) */
  pids: number[];
}

export interface Lab {
  id: string;
  dir: string;
  statusFile: string;
  management: { host: string; port: number };
  /** pid of the current server process */
  readonly serverPid: number;
  /** the port OpenVPN listens on (127.0.0.1 or ::1) */
  server: { host: string; port: number; proto: 'udp' | 'tcp' };
  subnet: LabSubnet;
  startClient(spec: LabClientSpec): Promise<LabClient>;
  hookCalls(): HookCall[];
  waitForHookCalls(predicate: (calls: HookCall[]) => boolean, timeoutMs: number): Promise<HookCall[]>;
  serverLog(): string;
  /** send one management command (handles the password), return the response lines (CR stripped, no '>' notifications) */
  managementCommand(command: string, timeoutMs?: number): Promise<string>;
  /** SIGKILL the server (for crash tests); the clients keep running and retry */
  kill9(): Promise<void>;
  /** start the server again with the same config/port/status file (e.g. after kill9) */
  restartServer(): Promise<void>;
  resources(): LabResources;
  stop(): Promise<void>;
}

export interface LabClient {
  cn: string;
  index: number;
  pid: number;
  netns: string;
  device: string;
  /** the client's client log (verb 3) */
  log(): string;
  /**
   * Send `bytes` through the tunnel (TCP echo to the server's tunnel address,
   * from inside the client's namespace) and wait until they came back.
   */
  pushTraffic(bytes: number, options?: { ipv6?: boolean; timeoutMs?: number }): Promise<void>;
  /** SIGTERM, wait for exit (SIGKILL after a timeout), delete the client's namespace */
  stop(): Promise<void>;
  /** SIGKILL the client (no exit notification to the server) */
  kill9(): Promise<void>;
}

// ---------------------------------------------------------------------------
// binaries / availability

export const LAB_HELPERS_DIR = fileURLToPath(new URL('./helpers/', import.meta.url));

const SEARCH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

function findBinary(name: string, override?: string): string | undefined {
  if (override) return isExecutable(override) ? override : undefined;
  const dirs = [...SEARCH_DIRS, ...(process.env.PATH ?? '').split(':').filter(Boolean)];
  for (const d of dirs) {
    const p = path.join(d, name);
    if (isExecutable(p)) return p;
  }
  return undefined;
}

function isExecutable(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

interface Tools {
  openvpn: string;
  openvpnVersion: string;
  openssl: string;
  ip: string;
}

let availability: { ok: true; tools: Tools } | { ok: false; reason: string } | undefined;

/** openvpn (2.6+) present, running as root, /dev/net/tun usable, `ip netns` works. Cached. */
export function labAvailable(): { ok: true } | { ok: false; reason: string } {
  availability ??= checkAvailability();
  return availability.ok ? { ok: true } : availability;
}

function tools(): Tools {
  const a = (availability ??= checkAvailability());
  if (!a.ok) throw new Error(`OpenVPN lab not available: ${a.reason}`);
  return a.tools;
}

function checkAvailability(): { ok: true; tools: Tools } | { ok: false; reason: string } {
  if (process.platform !== 'linux') return { ok: false, reason: `needs Linux (platform ${process.platform})` };
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    return { ok: false, reason: 'needs root (tun devices and network namespaces)' };
  }
  const openvpn = findBinary('openvpn', process.env.OPENVPN_BIN);
  if (!openvpn) return { ok: false, reason: 'openvpn binary not found (apt-get install openvpn, or set OPENVPN_BIN)' };
  const openssl = findBinary('openssl');
  if (!openssl) return { ok: false, reason: 'openssl binary not found' };
  const ip = findBinary('ip');
  if (!ip) return { ok: false, reason: 'ip (iproute2) binary not found' };
  const v = spawnSync(openvpn, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  const versionLine = `${v.stdout ?? ''}`.split('\n')[0] ?? '';
  const m = /OpenVPN (\d+)\.(\d+)\.\S*/.exec(versionLine);
  if (!m) return { ok: false, reason: `cannot determine OpenVPN version from '${versionLine}' ${v.error ? String(v.error) : ''}` };
  const major = Number(m[1]);
  const minor = Number(m[2]);
  if (major < 2 || (major === 2 && minor < 6)) return { ok: false, reason: `OpenVPN >= 2.6 needed, found ${m[0]}` };
  try {
    const fd = fs.openSync('/dev/net/tun', 'r+');
    fs.closeSync(fd);
  } catch (e) {
    return { ok: false, reason: `/dev/net/tun not usable: ${(e as Error).message}` };
  }
  const probe = `ovl-probe-${randomBytes(3).toString('hex')}`;
  const add = spawnSync(ip, ['netns', 'add', probe], { encoding: 'utf8', timeout: 10_000 });
  if (add.status !== 0) {
    return { ok: false, reason: `'ip netns add' failed: ${(add.stderr || String(add.error ?? '')).trim()}` };
  }
  const exec = spawnSync(ip, ['netns', 'exec', probe, ip, 'link', 'show', 'lo'], { encoding: 'utf8', timeout: 10_000 });
  const del = spawnSync(ip, ['netns', 'del', probe], { encoding: 'utf8', timeout: 10_000 });
  if (exec.status !== 0) return { ok: false, reason: `'ip netns exec' failed: ${(exec.stderr || '').trim()}` };
  if (del.status !== 0) return { ok: false, reason: `'ip netns del' failed: ${(del.stderr || '').trim()}` };
  return { ok: true, tools: { openvpn, openvpnVersion: m[0], openssl, ip } };
}

// ---------------------------------------------------------------------------
// small utilities

class TimeoutError extends Error {}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** poll `check` every `intervalMs` until it returns a value !== undefined; throws TimeoutError(describe()) */
async function pollUntil<T>(
  check: () => T | undefined | Promise<T | undefined>,
  timeoutMs: number,
  describe: () => string,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() >= deadline) throw new TimeoutError(describe());
    await sleep(Math.min(intervalMs, Math.max(1, deadline - Date.now())));
  }
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** run a command (no shell) with a hard timeout (SIGKILL) */
function run(cmd: string, args: string[], timeoutMs = 15_000): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new TimeoutError(`timeout after ${timeoutMs} ms: ${cmd} ${args.join(' ')}`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

async function runOk(cmd: string, args: string[], timeoutMs = 15_000): Promise<string> {
  const r = await run(cmd, args, timeoutMs);
  if (r.code !== 0) {
    throw new Error(`${path.basename(cmd)} ${args.join(' ')} failed (${r.code ?? r.signal}): ${r.stderr.trim() || r.stdout.trim()}`);
  }
  return r.stdout;
}

function tail(text: string, lines = 40): string {
  const all = text.split('\n');
  return all.slice(Math.max(0, all.length - lines)).join('\n');
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function exists(p: string): boolean {
  try {
    fs.lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function freePort(kind: 'tcp' | 'udp', host: string, avoid: number[] = []): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await new Promise<number>((resolve, reject) => {
      if (kind === 'tcp') {
        const srv = net.createServer();
        srv.once('error', reject);
        srv.listen({ port: 0, host, exclusive: true }, () => {
          const addr = srv.address();
          srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
        });
      } else {
        const sock = dgram.createSocket(host.includes(':') ? 'udp6' : 'udp4');
        sock.once('error', reject);
        sock.bind({ port: 0, address: host, exclusive: true }, () => {
          const { port: p } = sock.address();
          sock.close(() => resolve(p));
        });
      }
    });
    if (!avoid.includes(port)) return port;
  }
  throw new Error('could not find a free port');
}

/** a managed child process: exit promise + bounded output capture */
class Proc {
  readonly child: ChildProcess;
  readonly pid: number;
  exitCode: number | null = null;
  exitSignal: NodeJS.Signals | null = null;
  exited = false;
  readonly exit: Promise<void>;
  private out = '';

  constructor(cmd: string, args: string[], opts: { cwd?: string; stdinPipe?: boolean; onLine?: (line: string) => void } = {}) {
    this.child = spawn(cmd, args, {
      cwd: opts.cwd,
      stdio: [opts.stdinPipe ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    if (this.child.pid === undefined) {
      // spawn failure is reported through 'error'; give it a pid-less placeholder
      this.pid = -1;
    } else {
      this.pid = this.child.pid;
    }
    const onData = (d: string) => {
      this.out = (this.out + d).slice(-64 * 1024);
      if (opts.onLine) for (const l of d.split('\n')) if (l) opts.onLine(l);
    };
    this.child.stdout?.setEncoding('utf8').on('data', onData);
    this.child.stderr?.setEncoding('utf8').on('data', onData);
    this.child.stdin?.on('error', () => {});
    // Do not let lab processes keep the test process alive: if a test is
    // abandoned (timeout) the process can still exit and the 'exit' handler
    // kills everything. Every wait in this file has its own (ref'd) timer.
    this.child.unref();
    for (const s of [this.child.stdin, this.child.stdout, this.child.stderr]) (s as unknown as net.Socket | null)?.unref?.();
    this.exit = new Promise<void>((resolve) => {
      this.child.on('error', (e) => {
        this.out += `\nspawn error: ${e.message}`;
        this.exited = true;
        resolve();
      });
      this.child.on('exit', (code, signal) => {
        this.exitCode = code;
        this.exitSignal = signal;
        this.exited = true;
        resolve();
      });
    });
  }

  output(): string {
    return this.out;
  }

  describeExit(): string {
    return this.exitSignal ? `signal ${this.exitSignal}` : `exit code ${this.exitCode}`;
  }

  async waitExit(timeoutMs: number): Promise<boolean> {
    if (this.exited) return true;
    let timer: NodeJS.Timeout | undefined;
    const done = await Promise.race([
      this.exit.then(() => true),
      new Promise<boolean>((r) => (timer = setTimeout(() => r(false), timeoutMs))),
    ]);
    clearTimeout(timer);
    return done;
  }

  /** signal, wait up to graceMs, then SIGKILL and wait again */
  async terminate(signal: NodeJS.Signals, graceMs: number): Promise<void> {
    if (this.exited) return;
    try {
      this.child.kill(signal);
    } catch {
      /* already gone */
    }
    if (await this.waitExit(graceMs)) return;
    try {
      this.child.kill('SIGKILL');
    } catch {
      /* already gone */
    }
    if (!(await this.waitExit(5_000))) throw new Error(`process ${this.pid} did not exit after SIGKILL`);
  }
}

// ---------------------------------------------------------------------------
// PKI (throw-away, EC P-256)

const OPENSSL_CNF = `# openvpn-lab throw-away PKI
[ req ]
distinguished_name = req_dn
string_mask = utf8only
utf8 = yes
prompt = no
[ req_dn ]
CN = placeholder
[ v3_ca ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[ server ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyAgreement
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ client ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyAgreement
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
`;

/** `-subj` for a single CN; escapes the characters openssl's /type=value parser treats specially */
function subjectFor(cn: string): string {
  if (cn.length === 0) throw new Error('empty CN');
  if (/[\0\n\r]/.test(cn)) throw new Error(`CN contains NUL/CR/LF: ${JSON.stringify(cn)}`);
  return `/CN=${cn.replace(/[\\/+=]/g, (c) => `\\${c}`)}`;
}

function randomSerial(): string {
  return `0x${(randomBytes(1)[0]! & 0x3f | 0x10).toString(16)}${randomBytes(15).toString('hex')}`;
}

class Pki {
  readonly cnf: string;
  readonly caCrt: string;
  readonly caKey: string;

  constructor(
    readonly dir: string,
    private readonly openssl: string,
  ) {
    this.cnf = path.join(dir, 'openssl.cnf');
    this.caCrt = path.join(dir, 'ca.crt');
    this.caKey = path.join(dir, 'ca.key');
  }

  async init(caCn: string): Promise<void> {
    await fsp.mkdir(this.dir, { recursive: true, mode: 0o700 });
    await fsp.writeFile(this.cnf, OPENSSL_CNF);
    await runOk(this.openssl, [
      'req', '-x509', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes',
      '-keyout', this.caKey, '-out', this.caCrt, '-days', '3', '-sha256',
      '-set_serial', randomSerial(), '-utf8', '-subj', subjectFor(caCn),
      '-config', this.cnf, '-extensions', 'v3_ca',
    ]);
  }

  /** issue `<name>.crt`/`<name>.key` (file names never contain the CN) */
  async issue(name: string, cn: string, kind: 'server' | 'client'): Promise<{ crt: string; key: string }> {
    const key = path.join(this.dir, `${name}.key`);
    const csr = path.join(this.dir, `${name}.csr`);
    const crt = path.join(this.dir, `${name}.crt`);
    await runOk(this.openssl, [
      'req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes',
      '-keyout', key, '-out', csr, '-utf8', '-subj', subjectFor(cn), '-config', this.cnf,
    ]);
    await runOk(this.openssl, [
      'x509', '-req', '-in', csr, '-CA', this.caCrt, '-CAkey', this.caKey, '-set_serial', randomSerial(),
      '-days', '3', '-sha256', '-out', crt, '-extfile', this.cnf, '-extensions', kind,
    ]);
    return { crt, key };
  }
}

// ---------------------------------------------------------------------------
// network helpers run inside namespaces (node itself, so no ping/nc needed)

const ECHO_PORT = 7;

/** TCP echo server inside the server namespace; exits when its stdin closes (harness gone) */
const ECHO_SERVER_JS = `
const net = require('node:net');
const port = Number(process.argv[1]);
process.stdin.on('end', () => process.exit(0)); process.stdin.on('close', () => process.exit(0)); process.stdin.resume();
const srv = net.createServer((c) => { c.on('error', () => {}); c.pipe(c); });
function listen(host, fallback) {
  srv.once('error', (e) => { if (fallback) listen(fallback); else { console.error('echo: ' + e.message); process.exit(1); } });
  srv.listen({ port, host, ipv6Only: false }, () => console.log('echo listening ' + host + ':' + port));
}
listen('::', '0.0.0.0');
`;

/** TCP client inside a client namespace: send N bytes to the echo server, wait for all of them back */
const TRAFFIC_JS = `
const net = require('node:net');
const [host, port, total, ms] = [process.argv[1], Number(process.argv[2]), Number(process.argv[3]), Number(process.argv[4])];
let sent = 0, got = 0;
setTimeout(() => { console.error('traffic timeout: sent ' + sent + ' got ' + got + ' of ' + total); process.exit(2); }, ms).unref();
const s = net.connect({ host, port });
s.on('error', (e) => { console.error('traffic error: ' + e.message); process.exit(3); });
const chunk = Buffer.alloc(16384, 0x5a);
function pump() {
  while (sent < total) {
    const n = Math.min(chunk.length, total - sent);
    sent += n;
    if (!s.write(n === chunk.length ? chunk : chunk.subarray(0, n))) { s.once('drain', pump); return; }
  }
}
s.on('connect', pump);
s.on('data', (d) => { got += d.length; if (got >= total) { console.log('ok ' + got); s.destroy(); process.exit(0); } });
`;

// ---------------------------------------------------------------------------
// global safety net: clean up live labs when the test process exits

const liveLabs = new Set<LabImpl>();
let exitHandlersInstalled = false;

function installExitHandlers(): void {
  if (exitHandlersInstalled) return;
  exitHandlersInstalled = true;
  process.on('exit', () => {
    for (const lab of liveLabs) lab.emergencyCleanupSync();
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      for (const lab of liveLabs) lab.emergencyCleanupSync();
      process.exit(128 + (os.constants.signals[sig] ?? 1));
    });
  }
}

// ---------------------------------------------------------------------------
// the lab

function splitCommand(cmd: string): string[] {
  const words = cmd.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) throw new Error('hookCommand is empty');
  if (!words[0]!.startsWith('/')) throw new Error(`hookCommand must start with an absolute path (the hook gets no PATH): ${cmd}`);
  if (words[0]!.includes('=')) throw new Error(`hookCommand's first word must not contain '=': ${cmd}`);
  for (const w of words) {
    if (/["\\']/.test(w)) throw new Error(`hookCommand words must not contain quotes or backslashes (OpenVPN config quoting): ${w}`);
  }
  return words;
}

function assertPlainPath(p: string, what: string): void {
  if (/[\s"'\\]/.test(p)) throw new Error(`${what} must not contain whitespace, quotes or backslashes (OpenVPN splits script commands on spaces): ${p}`);
}

function parseNulList(buf: Buffer): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === 0) {
      out.push(buf.subarray(start, i).toString('utf8'));
      start = i + 1;
    }
  }
  if (start < buf.length) out.push(buf.subarray(start).toString('utf8'));
  return out;
}

function nsToMs(ns: string): number {
  // ns since epoch has 19 digits: keep sub-ms precision without BigInt math in callers
  const n = BigInt(ns);
  return Number(n / 1000n) / 1000;
}

interface ClientState {
  index: number;
  cn: string;
  netns: string;
  device: string;
  proc: Proc;
  logFile: string;
  stopped: boolean;
}

class LabImpl implements Lab {
  readonly id: string;
  readonly dir: string;
  readonly statusFile: string;
  readonly management: { host: string; port: number };
  readonly server: { host: string; port: number; proto: 'udp' | 'tcp' };
  readonly subnet: LabSubnet;

  private readonly t: Tools;
  private readonly opts: LabOptions;
  private readonly transport: 'ipv4' | 'ipv6';
  private readonly callsDir: string;
  private readonly binDir: string;
  private readonly serverLogFile: string;
  private readonly serverConf: string;
  private readonly serverNetns: string;
  private readonly serverDevice: string;
  private readonly serverCn: string;
  private readonly pki: Pki;
  private readonly netnsCreated = new Set<string>();
  private readonly devices = new Set<string>();
  private readonly procs = new Set<Proc>();
  private readonly allPids: number[] = [];
  private readonly clients: ClientState[] = [];
  private serverProc: Proc | undefined;
  private echoServer: Promise<void> | undefined;
  private clientCounter = 0;
  private stopPromise: Promise<void> | undefined;

  constructor(opts: LabOptions, t: Tools, ports: { server: number; management: number }) {
    this.t = t;
    this.opts = opts;
    this.id = randomBytes(3).toString('hex');
    this.transport = opts.transport ?? 'ipv4';
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), `ovpn-lab-${this.id}-`));
    this.callsDir = path.join(this.dir, 'calls');
    this.binDir = path.join(this.dir, 'bin');
    this.serverLogFile = path.join(this.dir, 'server.log');
    this.serverConf = path.join(this.dir, 'conf', 'server.conf');
    this.statusFile = path.join(this.dir, 'status.log');
    this.serverNetns = `ovl-${this.id}-s`;
    this.serverDevice = `tl${this.id}s`;
    this.serverCn = `ovpn-lab-server-${this.id}`;
    this.pki = new Pki(path.join(this.dir, 'pki'), t.openssl);
    this.management = { host: '127.0.0.1', port: ports.management };
    this.server = { host: this.transport === 'ipv6' ? '::1' : '127.0.0.1', port: ports.server, proto: opts.proto };
    const a = 16 + (randomBytes(1)[0]! % 224); // 10.16.x.0 .. 10.239.x.0
    const b = randomBytes(1)[0]!;
    const net4 = `10.${a}.${b}`;
    const v6 = `fd00:${((a << 8) | b).toString(16)}`;
    this.subnet = {
      ipv4Network: `${net4}.0`,
      ipv4Netmask: '255.255.255.0',
      ipv4PrefixLength: 24,
      serverIpv4: `${net4}.1`,
      ipv6Network: `${v6}::`,
      ipv6PrefixLength: 64,
      serverIpv6: `${v6}::1`,
      containsIpv4: (ip: string) => net.isIPv4(ip) && ip.startsWith(`${net4}.`),
    };
  }

  get serverPid(): number {
    return this.serverProc?.pid ?? -1;
  }

  // -- setup ---------------------------------------------------------------

  async setup(): Promise<void> {
    assertPlainPath(this.dir, 'lab directory (os.tmpdir())');
    assertPlainPath(LAB_HELPERS_DIR, 'helpers directory');
    const hookWords = this.opts.hookCommand ? splitCommand(this.opts.hookCommand) : [];
    for (const line of this.opts.extraServerConfig ?? []) {
      if (/[\r\n]/.test(line)) throw new Error(`extraServerConfig line contains a newline: ${JSON.stringify(line)}`);
    }
    for (const d of ['calls', 'bin', 'conf', 'clients', 'tmp']) await fsp.mkdir(path.join(this.dir, d), { recursive: true });
    for (const h of ['tun-netns-up.sh', 'dump-env.sh']) {
      await fsp.copyFile(path.join(LAB_HELPERS_DIR, h), path.join(this.binDir, h));
      await fsp.chmod(path.join(this.binDir, h), 0o755);
    }
    for (const d of [this.serverDevice]) {
      if (exists(`/sys/class/net/${d}`)) throw new Error(`device ${d} already exists in the host namespace`);
    }

    await this.pki.init(`OpenVPN Lab CA ${this.id}`);
    const serverCert = await this.pki.issue('server', this.serverCn, 'server');

    let mgmtLine = `management ${this.management.host} ${this.management.port}`;
    if (this.opts.managementPassword !== undefined) {
      if (/[\r\n]/.test(this.opts.managementPassword) || this.opts.managementPassword === '') {
        throw new Error('managementPassword must be non-empty and single-line');
      }
      const pw = path.join(this.dir, 'conf', 'management.pw');
      await fsp.writeFile(pw, `${this.opts.managementPassword}\n`, { mode: 0o600 });
      mgmtLine += ` ${pw}`;
    }

    const hookLine = `/bin/sh ${path.join(this.binDir, 'dump-env.sh')} ${this.callsDir} ${hookWords.length}${hookWords.length ? ` ${hookWords.join(' ')}` : ''}`;
    const udp = this.opts.proto === 'udp';
    const v6 = this.transport === 'ipv6';
    const conf = [
      `# generated by test/e2e/openvpn-lab.ts (lab ${this.id})`,
      `local ${this.server.host}`,
      `port ${this.server.port}`,
      `proto ${udp ? (v6 ? 'udp6' : 'udp4') : v6 ? 'tcp6-server' : 'tcp4-server'}`,
      `dev ${this.serverDevice}`,
      'dev-type tun',
      'topology subnet',
      `server ${this.subnet.ipv4Network} ${this.subnet.ipv4Netmask}`,
      `server-ipv6 ${this.subnet.ipv6Network}/${this.subnet.ipv6PrefixLength}`,
      `ca ${this.pki.caCrt}`,
      `cert ${serverCert.crt}`,
      `key ${serverCert.key}`,
      'dh none',
      'keepalive 2 10',
      'disable-dco',
      `# lab plumbing: the tun device is moved into netns ${this.serverNetns} by the up helper;`,
      '# OpenVPN must not configure addresses/routes in the host namespace.',
      'ifconfig-noexec',
      'route-noexec',
      'script-security 2',
      `up "/bin/sh ${path.join(this.binDir, 'tun-netns-up.sh')} ${this.serverNetns}"`,
      `tmp-dir ${path.join(this.dir, 'tmp')}`,
      `client-connect "${hookLine}"`,
      `client-disconnect "${hookLine}"`,
      `status ${this.statusFile} 1`,
      `status-version ${this.opts.statusVersion ?? 1}`,
      mgmtLine,
      'verb 3',
      `log-append ${this.serverLogFile}`,
      ...(udp ? ['explicit-exit-notify 1'] : []),
      ...(this.opts.extraServerConfig?.length ? ['# extraServerConfig', ...this.opts.extraServerConfig] : []),
      '',
    ];
    await fsp.writeFile(this.serverConf, conf.join('\n'));

    await this.addNetns(this.serverNetns);
    await this.startServerProcess();
  }

  private async addNetns(name: string): Promise<void> {
    if (exists(`/run/netns/${name}`)) throw new Error(`netns ${name} already exists`);
    this.netnsCreated.add(name);
    await runOk(this.t.ip, ['netns', 'add', name]);
  }

  private async delNetns(name: string): Promise<void> {
    if (exists(`/run/netns/${name}`)) await runOk(this.t.ip, ['netns', 'del', name]);
    if (!exists(`/run/netns/${name}`)) this.netnsCreated.delete(name);
  }

  private track(p: Proc): Proc {
    this.procs.add(p);
    if (p.pid > 0) this.allPids.push(p.pid);
    void p.exit.then(() => this.procs.delete(p));
    return p;
  }

  private async startServerProcess(): Promise<void> {
    const timeoutMs = this.opts.timeoutMs ?? 15_000;
    const offset = readText(this.serverLogFile).length;
    this.devices.add(this.serverDevice);
    const proc = this.track(new Proc(this.t.openvpn, ['--config', this.serverConf], { cwd: this.dir }));
    this.serverProc = proc;
    try {
      await pollUntil(
        () => {
          const log = readText(this.serverLogFile).slice(offset);
          if (/Initialization Sequence Completed With Errors/.test(log)) throw new Error('server initialization completed with errors');
          if (/Initialization Sequence Completed/.test(log)) return true;
          if (proc.exited) throw new Error(`server exited (${proc.describeExit()})`);
          return undefined;
        },
        timeoutMs,
        () => `server did not come up within ${timeoutMs} ms`,
      );
    } catch (e) {
      await proc.terminate('SIGTERM', 3_000).catch(() => {});
      throw new Error(
        `${(e as Error).message}\n--- server.log (tail) ---\n${tail(readText(this.serverLogFile).slice(offset))}\n--- stdout/stderr ---\n${tail(proc.output())}`,
      );
    }
  }

  // -- clients ---------------------------------------------------------------

  async startClient(spec: LabClientSpec): Promise<LabClient> {
    if (this.stopPromise) throw new Error('lab is stopped');
    const v6 = spec.ipv6Transport ?? this.transport === 'ipv6';
    if (v6 !== (this.transport === 'ipv6')) {
      throw new Error(
        v6
          ? `client '${spec.cn}' wants IPv6 transport but the lab listens on 127.0.0.1: start the lab with transport: 'ipv6'`
          : `client '${spec.cn}' wants IPv4 transport but the lab listens on ::1 only (transport: 'ipv6')`,
      );
    }
    for (const line of spec.extraConfig ?? []) {
      if (/[\r\n]/.test(line)) throw new Error(`extraConfig line contains a newline: ${JSON.stringify(line)}`);
    }
    const index = ++this.clientCounter;
    const name = `c${index}`;
    const netns = `ovl-${this.id}-${name}`;
    const device = `tl${this.id}${name}`;
    if (device.length > 15) throw new Error(`too many clients (device name ${device} too long)`);
    if (exists(`/sys/class/net/${device}`)) throw new Error(`device ${device} already exists in the host namespace`);
    const cert = await this.pki.issue(name, spec.cn, 'client');
    const logFile = path.join(this.dir, 'clients', `${name}.log`);
    const confFile = path.join(this.dir, 'conf', `client-${name}.conf`);
    const udp = this.opts.proto === 'udp';
    const conf = [
      `# generated by test/e2e/openvpn-lab.ts (lab ${this.id}) -- client ${index}, CN in ${path.basename(cert.crt)}`,
      'client',
      `proto ${udp ? (v6 ? 'udp6' : 'udp4') : v6 ? 'tcp6-client' : 'tcp4-client'}`,
      `remote ${this.server.host} ${this.server.port}`,
      'nobind',
      `dev ${device}`,
      'dev-type tun',
      `ca ${this.pki.caCrt}`,
      `cert ${cert.crt}`,
      `key ${cert.key}`,
      'remote-cert-tls server',
      `verify-x509-name ${this.serverCn} name`,
      'disable-dco',
      'connect-retry 1 2',
      `# lab plumbing: tun device -> netns ${netns}; never touch host addresses/routes`,
      'ifconfig-noexec',
      'route-noexec',
      'pull-filter ignore "redirect-gateway"',
      'pull-filter ignore "dhcp-option"',
      'pull-filter ignore "block-outside-dns"',
      'script-security 2',
      `up "/bin/sh ${path.join(this.binDir, 'tun-netns-up.sh')} ${netns}"`,
      `status ${path.join(this.dir, 'clients', `${name}.status`)} 1`,
      'verb 3',
      `log-append ${logFile}`,
      ...(udp ? ['explicit-exit-notify 1'] : []),
      ...(spec.extraConfig?.length ? ['# extraConfig', ...spec.extraConfig] : []),
      '',
    ];
    await fsp.writeFile(confFile, conf.join('\n'));
    await this.addNetns(netns);
    this.devices.add(device);
    const proc = this.track(new Proc(this.t.openvpn, ['--config', confFile], { cwd: this.dir }));
    const state: ClientState = { index, cn: spec.cn, netns, device, proc, logFile, stopped: false };
    this.clients.push(state);

    const timeoutMs = spec.timeoutMs ?? 20_000;
    try {
      await pollUntil(
        () => {
          const log = readText(logFile);
          if (/AUTH_FAILED/.test(log)) throw new Error(`client '${spec.cn}' was refused (AUTH_FAILED)`);
          if (/Initialization Sequence Completed With Errors/.test(log)) throw new Error(`client '${spec.cn}' initialization completed with errors`);
          if (/Initialization Sequence Completed/.test(log)) return true;
          if (proc.exited) throw new Error(`client '${spec.cn}' exited (${proc.describeExit()})`);
          if (this.stopPromise) throw new Error('lab stopped');
          return undefined;
        },
        timeoutMs,
        () => `client '${spec.cn}' did not come up within ${timeoutMs} ms`,
      );
    } catch (e) {
      await this.stopClient(state).catch(() => {});
      throw new Error(`${(e as Error).message}\n--- client log (tail) ---\n${tail(readText(logFile))}\n--- stdout/stderr ---\n${tail(proc.output())}`);
    }

    return {
      cn: spec.cn,
      index,
      pid: proc.pid,
      netns,
      device,
      log: () => readText(logFile),
      pushTraffic: (bytes, options) => this.pushTraffic(state, bytes, options),
      stop: () => this.stopClient(state),
      kill9: () => this.stopClient(state, 'SIGKILL'),
    };
  }

  private async stopClient(state: ClientState, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    state.stopped = true;
    // UDP clients send their exit notification and linger ~1-2 s
    await state.proc.terminate(signal, 8_000);
    await this.delNetns(state.netns);
  }

  private ensureEchoServer(): Promise<void> {
    this.echoServer ??= (async () => {
      let ready = false;
      const proc = this.track(
        new Proc(this.t.ip, ['netns', 'exec', this.serverNetns, process.execPath, '-e', ECHO_SERVER_JS, String(ECHO_PORT)], {
          stdinPipe: true,
          onLine: (l) => {
            if (l.startsWith('echo listening')) ready = true;
          },
        }),
      );
      await pollUntil(
        () => {
          if (ready) return true;
          if (proc.exited) throw new Error(`echo server exited (${proc.describeExit()}): ${proc.output()}`);
          return undefined;
        },
        10_000,
        () => `echo server did not start: ${proc.output()}`,
      );
    })();
    return this.echoServer;
  }

  private async pushTraffic(state: ClientState, bytes: number, options: { ipv6?: boolean; timeoutMs?: number } = {}): Promise<void> {
    if (state.stopped || state.proc.exited) throw new Error(`client '${state.cn}' is not running`);
    if (!Number.isInteger(bytes) || bytes <= 0) throw new Error(`bytes must be a positive integer: ${bytes}`);
    await this.ensureEchoServer();
    const timeoutMs = options.timeoutMs ?? 15_000;
    const host = options.ipv6 ? this.subnet.serverIpv6 : this.subnet.serverIpv4;
    const proc = this.track(
      new Proc(this.t.ip, ['netns', 'exec', state.netns, process.execPath, '-e', TRAFFIC_JS, host, String(ECHO_PORT), String(bytes), String(timeoutMs)]),
    );
    if (!(await proc.waitExit(timeoutMs + 5_000))) {
      await proc.terminate('SIGKILL', 1_000).catch(() => {});
      throw new Error(`pushTraffic for '${state.cn}' hung`);
    }
    if (proc.exitCode !== 0) {
      throw new Error(`pushTraffic(${bytes}) for '${state.cn}' to ${host} failed (${proc.describeExit()}): ${proc.output().trim()}`);
    }
  }

  // -- hook calls ------------------------------------------------------------

  hookCalls(): HookCall[] {
    let names: string[];
    try {
      names = fs.readdirSync(this.callsDir);
    } catch {
      return [];
    }
    const bases = names
      .filter((n) => n.endsWith('.rc'))
      .map((n) => n.slice(0, -3))
      .sort((x, y) => {
        const [ax = '0', ap = '0'] = x.split('-');
        const [bx = '0', bp = '0'] = y.split('-');
        const d = BigInt(ax) - BigInt(bx);
        return d < 0n ? -1 : d > 0n ? 1 : Number(ap) - Number(bp);
      });
    const calls: HookCall[] = [];
    for (const base of bases) {
      const p = path.join(this.callsDir, base);
      const env: Record<string, string> = {};
      for (const entry of parseNulList(fs.readFileSync(`${p}.env`))) {
        const eq = entry.indexOf('=');
        if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
      }
      const argv = parseNulList(fs.readFileSync(`${p}.argv`));
      const [rc = '-1', end = '0'] = fs.readFileSync(`${p}.rc`, 'utf8').trim().split(/\s+/);
      const st = env.script_type;
      if (st !== 'client-connect' && st !== 'client-disconnect') continue;
      calls.push({
        scriptType: st,
        env,
        argv,
        exitCode: Number(rc),
        startedAtMs: nsToMs(base.split('-')[0] ?? '0'),
        endedAtMs: nsToMs(end),
      });
    }
    return calls;
  }

  async waitForHookCalls(predicate: (calls: HookCall[]) => boolean, timeoutMs: number): Promise<HookCall[]> {
    return pollUntil(
      () => {
        const calls = this.hookCalls();
        return predicate(calls) ? calls : undefined;
      },
      timeoutMs,
      () =>
        `waitForHookCalls: condition not met within ${timeoutMs} ms; calls so far:\n` +
        this.hookCalls()
          .map((c) => `  ${c.scriptType} cn=${JSON.stringify(c.env.common_name)} exit=${c.exitCode}`)
          .join('\n') +
        `\n--- server.log (tail) ---\n${tail(this.serverLog(), 25)}`,
    );
  }

  serverLog(): string {
    return readText(this.serverLogFile);
  }

  // -- management ------------------------------------------------------------

  managementCommand(command: string, timeoutMs = 5_000): Promise<string> {
    if (/[\r\n]/.test(command)) return Promise.reject(new Error('management command must be a single line'));
    return new Promise((resolve, reject) => {
      const sock = net.connect({ host: this.management.host, port: this.management.port });
      let buf = '';
      let phase: 'greeting' | 'password' | 'response' = 'greeting';
      const response: string[] = [];
      let settled = false;
      const finish = (err: Error | null, value?: string) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (!err) sock.end('quit\n');
        sock.destroy();
        if (err) reject(err);
        else resolve(value ?? '');
      };
      const timer = setTimeout(
        () => finish(new TimeoutError(`management '${command}' timed out after ${timeoutMs} ms; got: ${JSON.stringify(buf + response.join('\n'))}`)),
        timeoutMs,
      );
      sock.setEncoding('utf8');
      sock.on('error', (e) => finish(e));
      sock.on('close', () => finish(new Error(`management connection closed; got: ${JSON.stringify(buf + response.join('\n'))}`)));
      sock.on('data', (d: string) => {
        buf += d;
        if (phase === 'greeting' && buf.startsWith('ENTER PASSWORD:')) {
          if (this.opts.managementPassword === undefined) return finish(new Error('management asks for a password but the lab has none'));
          buf = buf.slice('ENTER PASSWORD:'.length);
          phase = 'password';
          sock.write(`${this.opts.managementPassword}\n`);
        }
        let nl: number;
        while ((nl = buf.indexOf('\n')) >= 0) {
          const line = buf.slice(0, nl).replace(/\r$/, '');
          buf = buf.slice(nl + 1);
          if (phase === 'password') {
            if (line.startsWith('SUCCESS:')) phase = 'greeting';
            else if (line.startsWith('ERROR:')) return finish(new Error(`management password refused: ${line}`));
            continue;
          }
          if (phase === 'greeting') {
            if (line.startsWith('>INFO:')) {
              phase = 'response';
              sock.write(`${command}\n`);
            }
            continue;
          }
          if (line.startsWith('>')) continue; // real-time notification
          if (response.length === 0 && (line.startsWith('SUCCESS:') || line.startsWith('ERROR:'))) return finish(null, line);
          if (line === 'END') return finish(null, response.join('\n'));
          response.push(line);
        }
      });
    });
  }

  // -- server lifecycle ------------------------------------------------------

  async kill9(): Promise<void> {
    const p = this.serverProc;
    if (!p || p.exited) return;
    await p.terminate('SIGKILL', 5_000);
  }

  async restartServer(): Promise<void> {
    if (this.stopPromise) throw new Error('lab is stopped');
    if (this.serverProc && !this.serverProc.exited) throw new Error('server is still running (kill9() it first)');
    // the old tun device disappears with the old process (fd closed); wait for that
    await pollUntil(
      () => (exists(`/sys/class/net/${this.serverDevice}`) || this.netnsHasDevice(this.serverNetns, this.serverDevice) ? undefined : true),
      5_000,
      () => `old server tun device ${this.serverDevice} still exists`,
    );
    await this.startServerProcess();
  }

  private netnsHasDevice(ns: string, dev: string): boolean {
    const r = spawnSync(this.t.ip, ['-n', ns, 'link', 'show', 'dev', dev], { timeout: 5_000, stdio: 'ignore' });
    return r.status === 0;
  }

  resources(): LabResources {
    return {
      id: this.id,
      netns: [this.serverNetns, ...this.clients.map((c) => c.netns)],
      devices: [this.serverDevice, ...this.clients.map((c) => c.device)],
      pids: [...this.allPids],
    };
  }

  // -- teardown --------------------------------------------------------------

  stop(): Promise<void> {
    this.stopPromise ??= this.doStop();
    return this.stopPromise;
  }

  private async doStop(): Promise<void> {
    const errors: unknown[] = [];
    const attempt = async (f: () => Promise<unknown>) => {
      try {
        await f();
      } catch (e) {
        errors.push(e);
      }
    };
    // 1. clients (in parallel), 2. server (its client-disconnect hooks run now), 3. helpers
    await Promise.all(this.clients.filter((c) => !c.proc.exited).map((c) => attempt(() => c.proc.terminate('SIGTERM', 8_000))));
    if (this.serverProc) {
      const sp = this.serverProc;
      await attempt(() => sp.terminate('SIGTERM', 10_000));
    }
    await Promise.all([...this.procs].map((p) => attempt(() => p.terminate('SIGKILL', 2_000))));
    // 4. namespaces (tun devices die with their openvpn process / with the namespace)
    for (const ns of [...this.netnsCreated]) await attempt(() => this.delNetns(ns));
    // 5. verify
    const leftNetns = [...this.netnsCreated].filter((ns) => exists(`/run/netns/${ns}`));
    if (leftNetns.length) errors.push(new Error(`netns left behind: ${leftNetns.join(' ')}`));
    await attempt(() =>
      pollUntil(
        () => ([...this.devices].some((d) => exists(`/sys/class/net/${d}`)) ? undefined : true),
        5_000,
        () => `tun devices left in the host namespace: ${[...this.devices].filter((d) => exists(`/sys/class/net/${d}`)).join(' ')}`,
      ),
    );
    const alive = this.allPids.filter(pidAlive);
    if (alive.length) errors.push(new Error(`processes still alive: ${alive.join(' ')}`));
    if (process.env.OPENVPN_LAB_KEEP === '1') {
      process.stderr.write(`openvpn-lab: keeping ${this.dir}\n`);
    } else {
      await attempt(() => fsp.rm(this.dir, { recursive: true, force: true }));
    }
    liveLabs.delete(this);
    if (errors.length) throw new AggregateError(errors, `openvpn lab ${this.id} cleanup: ${errors.map((e) => (e as Error).message).join('; ')}`);
  }

  /** synchronous last resort (process exit / signal): SIGKILL everything, delete namespaces and the dir */
  emergencyCleanupSync(): void {
    for (const p of this.procs) {
      try {
        p.child.kill('SIGKILL');
      } catch {
        /* gone */
      }
    }
    for (const ns of this.netnsCreated) spawnSync(this.t.ip, ['netns', 'del', ns], { timeout: 5_000, stdio: 'ignore' });
    if (process.env.OPENVPN_LAB_KEEP !== '1') {
      try {
        fs.rmSync(this.dir, { recursive: true, force: true });
      } catch {
        /* best effort */
      }
    }
    liveLabs.delete(this);
  }
}

/** start a lab: PKI, server namespace, server process; resolves when the server is up */
export async function startLab(options: LabOptions): Promise<Lab> {
  const t = tools();
  if (options.proto !== 'udp' && options.proto !== 'tcp') throw new Error(`proto must be 'udp' or 'tcp'`);
  const host = options.transport === 'ipv6' ? '::1' : '127.0.0.1';
  installExitHandlers();
  let lastError: unknown;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const management = await freePort('tcp', '127.0.0.1');
    const server = await freePort(options.proto, host, [management]);
    const lab = new LabImpl(options, t, { server, management });
    liveLabs.add(lab);
    try {
      await lab.setup();
      return lab;
    } catch (e) {
      lastError = e;
      await lab.stop().catch(() => {});
      // a port taken between probing and binding: retry with new ports
      if (!/Address already in use/.test(String((e as Error).message))) break;
    }
  }
  throw lastError;
}
