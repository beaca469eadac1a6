/**
 * Faults: a database that is down, silent or locked, a process killed in the
 * middle of a status update, a SQLite file the hook's user cannot write, a
 * schema that is missing or too old, and passwords that must never be shown.
 * Every child process runs under an outer safety limit, so a hang fails the
 * test instead of stalling the suite; no test asserts wall-clock times.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Backend } from '../../src/db/backend.ts';
import type { DatabaseHandle } from '../../src/db/open-database.ts';
import { aliceConnectEnv, binPath, runBin } from '../helpers/run-bin.ts';
import { allBackends, createTestDatabase, describeEachBackend, migratedDatabase, type TestDatabase } from '../helpers/test-database.ts';

/** Generous: a healthy run takes a second or two; only a hang comes near it. */
const SAFETY_MS = 20_000;

interface BoundedResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The safety limit ran out and the child was killed: it hung. */
  hung: boolean;
  limitMs: number;
}

/**
 * runBin with an outer safety limit and optional uid/gid: the built CLI with
 * exactly `env` as its environment, SIGKILLed if it outlives `safetyMs`.
 */
function runBounded(
  args: string[],
  env: Record<string, string> = {},
  options: { safetyMs?: number; uid?: number; gid?: number; input?: string } = {},
): Promise<BoundedResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(binPath, args, {
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.uid === undefined ? {} : { uid: options.uid }),
      ...(options.gid === undefined ? {} : { gid: options.gid }),
    });
    let stdout = '';
    let stderr = '';
    let hung = false;
    const limitMs = options.safetyMs ?? SAFETY_MS;
    const safety = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, limitMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => {
      clearTimeout(safety);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(safety);
      resolve({ code, signal, stdout, stderr, hung, limitMs });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** Exit 100 and exactly one line on stderr, starting with the program name. */
function assertOneLineFailure(result: BoundedResult, pattern: RegExp, label: string): void {
  assert.equal(result.hung, false, `${label}: still running after ${result.limitMs} ms (${result.stderr})`);
  assert.equal(result.code, 100, `${label}: ${result.stderr}`);
  assert.match(result.stderr, /^openvpn-db-log: [^\n]+\n$/, `${label}: one line`);
  assert.match(result.stderr, pattern, label);
  assert.equal(result.stdout, '', label);
}

/** The test machine may be small and busy: never more than a few CLI processes at once. */
async function inBatches<T, R>(items: T[], work: (item: T) => Promise<R>, size = 4): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}

const connectEnv = { ...aliceConnectEnv };
const disconnectEnv = { ...connectEnv, script_type: 'client-disconnect', time_duration: '60', bytes_received: '1', bytes_sent: '2' };

const STATUS_TIME = 1_790_003_600;
const STATUS_HEADER = [
  'TITLE\tOpenVPN 2.6.14 x86_64-pc-linux-gnu',
  `TIME\t2026-09-21 12:53:20\t${STATUS_TIME}`,
  'HEADER\tCLIENT_LIST\tCommon Name\tReal Address\tVirtual Address\tVirtual IPv6 Address\tBytes Received\tBytes Sent\tConnected Since\tConnected Since (time_t)\tUsername\tClient ID\tPeer ID\tData Channel Cipher',
];

function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'odl-faults-')), name);
  writeFileSync(file, text);
  return file;
}

/** A status file listing alice of connectEnv, for runs that must fail before or at the database. */
const aliceStatus = () =>
  tempFile(
    'status.log',
    [...STATUS_HEADER, 'CLIENT_LIST\talice\t198.51.100.7:40001\t10.8.0.2\t\t10\t20\t2026-09-21 11:53:20\t1790000000\tUNDEF\t0\t0\tAES-256-GCM', 'END', ''].join('\n'),
  );

// ---------------------------------------------------------------------------------------------
// Database unreachable or not accepting
// ---------------------------------------------------------------------------------------------

/** Loopback TCP servers that misbehave like a broken database server. */
async function listen(onConnection: (socket: Socket) => void): Promise<{ server: Server; port: number; sockets: Set<Socket> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    onConnection(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as { port: number }).port, sockets };
}

/** A port nothing listens on: bind one, note it, close it again. */
async function closedPort(): Promise<number> {
  const { server, port } = await listen(() => {});
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const dbArgs = (backend: 'postgres' | 'mysql', port: number) => [
  '-b', backend === 'postgres' ? 'Pg' : 'mysql', '-H', '127.0.0.1', '-t', String(port), '-u', 'vpnlog', '-d', 'vpn',
];

describe('database unreachable or not accepting', () => {
  let silent: Awaited<ReturnType<typeof listen>>;
  let hangingUp: Awaited<ReturnType<typeof listen>>;
  let garbage: Awaited<ReturnType<typeof listen>>;
  let refusedPort: number;

  before(async () => {
    // Accepts the connection and never says a word (a hung server, a firewall that eats packets after the handshake).
    silent = await listen(() => {});
    // Accepts and hangs up at once (a server at its connection limit, a proxy without a backend).
    hangingUp = await listen((socket) => socket.destroy());
    // Answers with something that is not a database protocol.
    garbage = await listen((socket) => socket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n'));
    refusedPort = await closedPort();
  });
  after(() => {
    for (const { server, sockets } of [silent, hangingUp, garbage]) {
      for (const socket of sockets) socket.destroy();
      server.close();
    }
  });

  for (const backend of ['postgres', 'mysql'] as const) {
    it(`${backend}: a server that accepts and never answers fails hook and status update after --timeout 1, with one line`, async () => {
      const args = [...dbArgs(backend, silent.port), '--timeout', '1'];
      const [connect, disconnect, status, zero, quiet] = await Promise.all([
        runBounded(args, connectEnv),
        runBounded(args, disconnectEnv),
        runBounded([...args, '-S', aliceStatus()]),
        runBounded([...args, '-z'], connectEnv),
        runBounded([...args, '-q'], connectEnv),
      ]);
      for (const [label, result] of [['connect', connect], ['disconnect', disconnect], ['status', status]] as const) {
        assertOneLineFailure(result!, /cannot connect to .*127\.0\.0\.1.*within --timeout 1 s.*time/i, `${backend} ${label}`);
      }
      // -z lets OpenVPN go on whatever happens; -q keeps the line off stderr but not the exit code.
      assert.deepEqual([zero.hung, zero.code], [false, 0]);
      assert.match(zero.stderr, /^openvpn-db-log: cannot connect to [^\n]+\n$/);
      assert.deepEqual([quiet.hung, quiet.code, quiet.stderr], [false, 100, '']);
    });

    it(`${backend}: a refused port, a server hanging up and one speaking another protocol each give one line`, async () => {
      const cases = [
        ['refused', refusedPort, /cannot connect to .*127\.0\.0\.1:\d+.*ECONNREFUSED/],
        ['hung up', hangingUp.port, /cannot connect to .*127\.0\.0\.1:\d+/],
        ['not a database', garbage.port, /cannot connect to .*127\.0\.0\.1:\d+/],
      ] as const;
      const results = await Promise.all(
        cases.map(([, port]) => runBounded([...dbArgs(backend, port), '--timeout', '2'], connectEnv)),
      );
      cases.forEach(([label, , pattern], index) => assertOneLineFailure(results[index]!, pattern, `${backend} ${label}`));
    });
  }

  it('without --timeout the default (5 s) still ends a silent connection attempt', async () => {
    const results = await Promise.all(['postgres', 'mysql'].map((backend) => runBounded(dbArgs(backend as never, silent.port), connectEnv)));
    for (const result of results) assertOneLineFailure(result, /within --timeout 5 s/, 'default timeout');
  });

  it('an unknown host name fails with one line, not a hang', async () => {
    // .invalid never resolves (RFC 6761); with no resolver configured the lookup fails at once.
    const result = await runBounded(['-b', 'Pg', '-H', 'db.invalid', '-d', 'vpn', '--timeout', '1'], connectEnv);
    assertOneLineFailure(result, /cannot connect to postgres:\/\/db\.invalid\/vpn/, 'db.invalid');
  });
});

// ---------------------------------------------------------------------------------------------
// A database that is up but locked by someone else
// ---------------------------------------------------------------------------------------------

/**
 * Another client holds a write lock on both tables for up to 30 s (an
 * administrator's long transaction, a stuck migration, a backup taking table
 * locks); the hook must give up and say so instead of stalling OpenVPN.
 */
async function holdTableLocks(database: TestDatabase): Promise<() => Promise<void>> {
  switch (database.backend) {
    case 'sqlite': {
      const { default: Sqlite } = await import('better-sqlite3');
      const holder = new Sqlite(database.name);
      holder.exec("BEGIN EXCLUSIVE; INSERT INTO instance (name, port, protocol) VALUES ('lock-holder', 1, 'x')");
      return async () => {
        holder.exec('ROLLBACK');
        holder.close();
      };
    }
    case 'postgres': {
      const { default: pg } = await import('pg');
      const holder = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: database.name });
      await holder.connect();
      await holder.query('BEGIN; LOCK TABLE session, instance IN ACCESS EXCLUSIVE MODE');
      return async () => {
        await holder.query('ROLLBACK');
        await holder.end();
      };
    }
    case 'mysql': {
      const { default: mysql } = await import('mysql2/promise');
      const holder = await mysql.createConnection({ host: '127.0.0.1', port: 3306, user: 'root', database: database.name });
      await holder.query('LOCK TABLES session WRITE, instance WRITE');
      return async () => {
        await holder.query('UNLOCK TABLES');
        await holder.end();
      };
    }
    default:
      return database.backend satisfies never;
  }
}

describe('database locked by another client', { concurrency: true }, () => {
  for (const backend of allBackends) {
    it(`${backend}: the hook gives up with one line instead of waiting for the lock`, { timeout: 60_000 }, async (t) => {
      const database = await migratedDatabase(backend, t);
      if (!database) return;
      let release: (() => Promise<void>) | undefined;
      try {
        release = await holdTableLocks(database);
        const result = await runBounded([...database.args, '--timeout', '1'], connectEnv);
        await release();
        release = undefined;
        assertOneLineFailure(result, /locked|timeout/i, backend);
        const again = await runBounded(database.args, connectEnv);
        assert.deepEqual([again.code, again.stderr], [0, ''], 'works again once the lock is gone');
      } finally {
        await release?.();
        await database.drop();
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Kill -9 in the middle of a status update
// ---------------------------------------------------------------------------------------------

const KILL_SESSIONS = 50_000;
const KILL_CONNECT_TIME = 1_790_000_000;

/**
 * KILL_SESSIONS open sessions of the default instance, user0..userN-1 from
 * 198.18.0.1, port 1024+i, inserted by the server itself in one statement.
 */
async function seedOpenSessions(handle: DatabaseHandle, count: number): Promise<void> {
  await handle.db.insertInto('instance').values({ name: '', port: 0, protocol: '' }).execute();
  const { id } = await handle.db.selectFrom('instance').select('id').executeTakeFirstOrThrow();
  const columns = sql`(instance_id, connect_time, src_ip, src_port, cn)`;
  const [instanceId, connectTime, last] = [sql.lit(Number(id)), sql.lit(KILL_CONNECT_TIME), sql.lit(count - 1)];
  switch (handle.backend) {
    case 'sqlite':
      await sql`insert into session ${columns}
        with recursive seq(i) as (select 0 union all select i + 1 from seq where i < ${last})
        select ${instanceId}, ${connectTime}, '198.18.0.1', 1024 + i, 'user' || i from seq`.execute(handle.db);
      return;
    case 'postgres':
      await sql`insert into session ${columns}
        select ${instanceId}, ${connectTime}, '198.18.0.1', 1024 + i, 'user' || i from generate_series(0, ${last}) as i`.execute(handle.db);
      return;
    case 'mysql':
      await handle.db.connection().execute(async (db) => {
        await sql`set session max_recursive_iterations = ${sql.lit(count + 1)}`.execute(db);
        await sql`insert into session ${columns}
          with recursive seq(i) as (select 0 union all select i + 1 from seq where i < ${last})
          select ${instanceId}, ${connectTime}, '198.18.0.1', 1024 + i, concat('user', i) from seq`.execute(db);
      });
      return;
    default:
      return handle.backend satisfies never;
  }
}

/** Round r gives every client bytes_in = 3·port + r and bytes_out = 5·port + r, so each round is recognisable. */
function roundStatus(file: string, count: number, round: number): void {
  const lines = [...STATUS_HEADER];
  for (let i = 0; i < count; i++) {
    const port = 1024 + i;
    lines.push(`CLIENT_LIST\tuser${i}\t198.18.0.1:${port}\t\t\t${3 * port + round}\t${5 * port + round}\t2026-09-21 11:53:20\t${KILL_CONNECT_TIME}\tUNDEF\t${i}\t${i}\tAES-256-GCM`);
  }
  lines.push('END', '');
  writeFileSync(file, lines.join('\n'));
}

/** How many sessions carry exactly the counters of `round` (round 0: never updated). */
async function sessionsAtRound(handle: DatabaseHandle, round: number): Promise<number> {
  let query = handle.db.selectFrom('session').select((eb) => eb.fn.countAll().as('n'));
  query =
    round === 0
      ? query.where('bytes_in', 'is', null).where('bytes_out', 'is', null).where('duration', 'is', null)
      : query
          .where('bytes_in', '=', sql<bigint>`3 * src_port + ${round}`)
          .where('bytes_out', '=', sql<bigint>`5 * src_port + ${round}`)
          .where('duration', '=', STATUS_TIME - KILL_CONNECT_TIME);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/** Tells whether the status process is inside its transaction and has written at least one row. */
async function writeProbe(database: TestDatabase, handle: DatabaseHandle): Promise<{ writing(): Promise<boolean>; close(): void }> {
  switch (database.backend) {
    case 'sqlite': {
      // Only a connection that has begun writing holds the lock BEGIN IMMEDIATE needs.
      const { default: Sqlite } = await import('better-sqlite3');
      const probe = new Sqlite(database.name, { timeout: 0 });
      return {
        async writing() {
          try {
            probe.exec('BEGIN IMMEDIATE');
            probe.exec('ROLLBACK');
            return false;
          } catch (error) {
            if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return true;
            throw error;
          }
        },
        close: () => probe.close(),
      };
    }
    case 'postgres':
      return {
        async writing() {
          // A transaction gets an xid with its first write.
          const { rows } = await sql<{ n: string }>`select count(*) as n from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'
              and backend_xid is not null`.execute(handle.db);
          return Number(rows[0]?.n) > 0;
        },
        close() {},
      };
    case 'mysql':
      return {
        async writing() {
          // The processlist is live (information_schema.innodb_trx is a cache that fast polling never lets refresh).
          const { rows } = await sql<{ n: string }>`select count(*) as n from information_schema.processlist
            where db = database() and id <> connection_id() and command = 'Query' and info like 'update%'`.execute(handle.db);
          return Number(rows[0]?.n) > 0;
        },
        close() {},
      };
    default:
      return database.backend satisfies never;
  }
}

/**
 * After SIGKILL the server may still be finishing the dead client's work
 * (rolling back, or a COMMIT already sent): wait until no other connection
 * to this database is left, so the check reads the final state.
 */
async function waitForServerSide(database: TestDatabase, handle: DatabaseHandle): Promise<void> {
  if (database.backend === 'sqlite') return;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { rows } =
      database.backend === 'postgres'
        ? await sql<{ n: string }>`select count(*) as n from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`.execute(handle.db)
        : await sql<{ n: string }>`select count(*) as n from information_schema.processlist where db = database() and id <> connection_id()`.execute(handle.db);
    if (Number(rows[0]?.n) === 0) return;
    if (Date.now() > deadline) assert.fail('the server still serves the killed status process after 30 s');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describeEachBackend('kill -9 in the middle of a status update', (backend: Backend) => {
  it(`leaves all ${KILL_SESSIONS} sessions either unchanged or fully updated`, { timeout: 120_000 }, async (t) => {
    const database = await migratedDatabase(backend, t);
    if (!database) return;
    try {
      const handle = await database.open();
      await seedOpenSessions(handle, KILL_SESSIONS);
      assert.equal(await sessionsAtRound(handle, 0), KILL_SESSIONS);
      const file = join(mkdtempSync(join(tmpdir(), 'odl-kill-')), 'status.log');
      let committed = 0;
      const outcomes: string[] = [];

      /** One status run, SIGKILLed when `killWhen` resolves; then the table must hold one whole round. */
      async function attempt(round: number, label: string, killWhen: (running: () => boolean) => Promise<void>) {
        roundStatus(file, KILL_SESSIONS, round);
        const child = spawn(binPath, [...database!.args, '-S', file], { env: {}, stdio: 'ignore' });
        let exited = false;
        const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
          child.on('exit', (code, signal) => {
            exited = true;
            resolve({ code, signal });
          }),
        );
        const safety = setTimeout(() => child.kill('SIGKILL'), 60_000);
        await Promise.race([killWhen(() => !exited), exit]);
        child.kill('SIGKILL');
        const { code, signal } = await exit;
        clearTimeout(safety);
        await waitForServerSide(database!, handle);
        const atRound = await sessionsAtRound(handle, round);
        if (atRound === KILL_SESSIONS) committed = round;
        else assert.equal(atRound, 0, `${label}: ${atRound} of ${KILL_SESSIONS} sessions updated, a partial update`);
        assert.equal(await sessionsAtRound(handle, committed), KILL_SESSIONS, `${label}: every session still at round ${committed}`);
        outcomes.push(`${label}: ${signal ?? `exit ${code}`}, ${committed === round ? 'fully updated' : 'unchanged'}`);
        return { code, signal, updated: committed === round };
      }

      const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
      let round = 0;
      for (const delay of [50, 150, 300, 1000]) {
        await attempt(++round, `killed after ${delay} ms`, () => sleep(delay));
      }

      // Kill exactly while rows are being written: poll the server until the transaction holds written rows.
      let seenMidWrite = false;
      for (let tries = 0; tries < 5 && !seenMidWrite; tries++) {
        const probe = await writeProbe(database!, handle);
        try {
          const result = await attempt(++round, 'killed mid-write', async (running) => {
            while (running()) {
              if (await probe.writing()) {
                seenMidWrite = true;
                return;
              }
              await sleep(1);
            }
          });
          if (seenMidWrite) {
            assert.equal(result.signal, 'SIGKILL', 'the kill hit the running update');
            assert.equal(result.updated, false, 'a transaction killed while writing left nothing behind');
          }
        } finally {
          probe.close();
        }
      }
      assert.ok(seenMidWrite, `never caught the update while it was writing: ${outcomes.join('; ')}`);

      // The database is not damaged or left locked: a run to completion updates every session.
      const final = await attempt(++round, 'not killed', () => new Promise(() => {}));
      assert.deepEqual([final.code, final.updated], [0, true], outcomes.join('; '));
      t.diagnostic(outcomes.join('; '));
    } finally {
      await database.drop();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// SQLite file or directory not writable by OpenVPN's user (nobody)
// ---------------------------------------------------------------------------------------------

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

describe('SQLite not writable by the user OpenVPN runs the hook as (nobody)', { skip: asRoot ? false : 'needs root to run as nobody' }, () => {
  let dir: string;
  let file: string;
  let unavailable: string | undefined;

  before(async () => {
    // nobody must be able to run the CLI at all (a checkout under a 0700 home directory is not).
    const probe = await runBounded(['--version'], {}, { uid: NOBODY, gid: NOBODY }).catch((error: Error) => error);
    if (probe instanceof Error || probe.code !== 0) {
      unavailable = `nobody cannot run ${binPath}: ${probe instanceof Error ? probe.message : probe.stderr}`;
    }
    // A root-owned directory nobody may enter but not write, as after a `sudo migrate` without the chown.
    dir = mkdtempSync(join(tmpdir(), 'odl-nobody-'));
    chmodSync(dir, 0o755);
    file = join(dir, 'openvpn-db-log.sqlite');
    const migrated = await runBin(['migrate', '-d', file]);
    assert.equal(migrated.code, 0, migrated.stderr);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** The status file where nobody may read it. */
  const readableStatus = () => {
    const status = join(dir, 'status.log');
    writeFileSync(status, readFileSync(aliceStatus()));
    chmodSync(status, 0o644);
    return status;
  };
  const asNobody = (args: string[], env: Record<string, string> = {}) => runBounded(args, env, { uid: NOBODY, gid: NOBODY });
  const sessionCount = async () => {
    const { default: Sqlite } = await import('better-sqlite3');
    // Read-write: a read-only connection would leave root-owned -wal and -shm files behind.
    const db = new Sqlite(file);
    try {
      return (db.prepare('select count(*) as n from session').get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  it('names the file and the user when file and directory belong to root (file 0644, directory 0755)', async (t) => {
    if (unavailable) return t.skip(unavailable);
    chmodSync(dir, 0o755);
    chmodSync(file, 0o644);
    for (const [label, args, env] of [
      ['connect', ['-d', file], connectEnv],
      ['status update', ['-d', file, '-S', readableStatus(), '-C'], {}],
    ] as const) {
      const result = await asNobody([...args], env);
      assertOneLineFailure(result, new RegExp(`${file.replaceAll('.', '\\.')} as user nobody \\(uid 65534\\)`), label);
      assert.match(result.stderr, /writable by this user/, label);
    }
    assert.equal(await sessionCount(), 0);
  });

  it('explains a writable file in a directory nobody cannot write (SQLite needs its -wal and -shm there)', async (t) => {
    if (unavailable) return t.skip(unavailable);
    chmodSync(dir, 0o755);
    chmodSync(file, 0o666);
    const result = await asNobody(['-d', file], connectEnv);
    assertOneLineFailure(result, /as user nobody \(uid 65534\): its directory .* is not writable by this user/, 'directory');
    assert.ok(result.stderr.includes(file));
    assert.equal(await sessionCount(), 0);
  });

  it('says permission denied, not "does not exist", when nobody cannot even enter the directory', async (t) => {
    if (unavailable) return t.skip(unavailable);
    chmodSync(dir, 0o700);
    try {
      const result = await asNobody(['-d', file], connectEnv);
      assertOneLineFailure(result, /cannot open SQLite database .* as user nobody \(uid 65534\): permission denied/, 'directory 0700');
      assert.ok(result.stderr.includes(file));
      assert.doesNotMatch(result.stderr, /does not exist/);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it('works once the file and its directory belong to nobody, as the README says', async (t) => {
    if (unavailable) return t.skip(unavailable);
    chownSync(dir, NOBODY, NOBODY);
    chownSync(file, NOBODY, NOBODY);
    chmodSync(file, 0o644);
    try {
      const result = await asNobody(['-d', file], connectEnv);
      assert.deepEqual([result.code, result.stderr], [0, '']);
      assert.equal(await sessionCount(), 1);
    } finally {
      chownSync(dir, 0, 0);
      chownSync(file, 0, 0);
    }
  });
});

describe('SQLite paths that are not a usable database', () => {
  it('a missing file, a missing directory, a directory and a file that is not SQLite each get their own line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'odl-paths-'));
    try {
      const notSqlite = join(dir, 'notes.txt');
      writeFileSync(notSqlite, 'this is not a database\n'.repeat(100));
      const cases = [
        [join(dir, 'missing.sqlite'), /does not exist: create it with `openvpn-db-log migrate -d .*missing\.sqlite`/],
        [join(dir, 'no-such-dir', 'x.sqlite'), /does not exist: create it with `openvpn-db-log migrate/],
        [dir, /is a directory/],
        [notSqlite, /notes\.txt is not an SQLite database/],
      ] as const;
      for (const [path, pattern] of cases) assertOneLineFailure(await runBounded(['-d', path], connectEnv), pattern, path);
      assert.equal(readFileSync(notSqlite, 'utf8'), 'this is not a database\n'.repeat(100), 'left alone');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Schema missing or older than the code
// ---------------------------------------------------------------------------------------------

const perlSchema: Record<Backend, string> = { sqlite: 'sqlite.sql', postgres: 'pg.sql', mysql: 'mysql.sql' };

describeEachBackend('schema missing or older than the code', (backend: Backend) => {
  let database: TestDatabase | undefined;
  before(async (t) => {
    database = await createTestDatabase(backend, t as never);
    // An empty SQLite database is an empty file; the servers' databases start empty.
    if (database && backend === 'sqlite') writeFileSync(database.name, '');
  });
  after(() => database?.drop());

  it('an empty database: every command says to run `openvpn-db-log migrate` and creates nothing', async (t) => {
    if (!database) return t.skip();
    const args = database.args;
    const runs = await Promise.all([
      runBounded(args, connectEnv),
      runBounded(args, disconnectEnv),
      runBounded([...args, '-S', aliceStatus()]),
      runBounded([...args, '-S', aliceStatus(), '-C']),
      runBounded(['close-stale', ...args, '--all-open']),
      runBounded(['sessions', ...args]),
    ]);
    for (const [index, result] of runs.entries()) assertOneLineFailure(result, /openvpn-db-log migrate/, `run ${index}`);
    const handle = await database.open();
    assert.deepEqual(
      (await handle.db.introspection.getTables()).map((table) => table.name),
      [],
      'the hook never creates tables',
    );
  });

  it('a database of the Perl tool (older columns): what needs a newer column says to migrate, and migrate fixes it', async (t) => {
    if (!database) return t.skip();
    const handle = await database.open();
    const text = readFileSync(new URL(`../fixtures/perl-schema/${perlSchema[backend]}`, import.meta.url), 'utf8');
    for (const statement of text.replace(/--[^\n]*/g, '').split(';').map((s) => s.trim()).filter(Boolean)) {
      await sql.raw(statement).execute(handle.db);
    }
    await sql`insert into instance (name, port, protocol) values ('', 0, '')`.execute(handle.db);
    await sql`insert into session (instance_id, connect_time, src_ip, src_port, cn, vpn_ip4)
      values (1, 1600000000, '192.0.2.1', 5000, 'old-user', '10.8.0.9')`.execute(handle.db);
    const openSessions = async () =>
      Number((await handle.db.selectFrom('session').select((eb) => eb.fn.countAll().as('n')).where('disconnect_time', 'is', null).executeTakeFirstOrThrow()).n);

    // Closing as stale records end_reason, which the Perl tables lack (migration 002 adds it).
    const stale = await runBounded(['close-stale', ...database.args, '--all-open']);
    assertOneLineFailure(stale, /old openvpn-db-log schema .*end_reason.*: run `openvpn-db-log migrate`/, 'close-stale');
    const closing = await runBounded([...database.args, '-S', aliceStatus(), '--close-missing', '--stale-grace', '0', '-C']);
    assertOneLineFailure(closing, /openvpn-db-log migrate/, 'status update with --close-missing');
    assert.equal(await openSessions(), 1, 'nothing half-written');
    if (backend === 'sqlite') {
      // The Perl tool's SQLite release had no vpn_ip6 column; the hook writes it.
      const connect = await runBounded(database.args, connectEnv);
      assertOneLineFailure(connect, /old openvpn-db-log schema .*vpn_ip6.*: run `openvpn-db-log migrate`/, 'connect');
    }

    assert.equal((await runBin(['migrate', ...database.args])).code, 0);
    const closed = await runBounded(['close-stale', ...database.args, '--all-open']);
    assert.deepEqual([closed.code, closed.stderr], [0, '']);
    assert.equal(await openSessions(), 0);
    const accepted = await runBounded(database.args, connectEnv);
    assert.deepEqual([accepted.code, accepted.stderr], [0, '']);
  });
});

// ---------------------------------------------------------------------------------------------
// Secrets
// ---------------------------------------------------------------------------------------------

describe('passwords are never shown', () => {
  const secret = 'Sup3r-s3cret-pw';
  const commands = [[], ['migrate'], ['close-stale'], ['sessions'], ['stats'], ['prune']];

  it('--help prints no password given with -p, --password or in a URL, for every command', async () => {
    const runs = await inBatches(
      commands.flatMap((command) => [
        [...command, '-p', secret, '--help'],
        [...command, `--password=${secret}`, '--url', `postgres://u:${secret}@127.0.0.1/db`, '--help'],
        ['--url', `mysql://u:${secret}@127.0.0.1/db`, ...command, '-h'],
      ]),
      (args) => runBounded(args),
    );
    for (const [index, result] of runs.entries()) {
      assert.equal(result.code, 0, `run ${index}: ${result.stderr}`);
      assert.match(result.stdout, /Usage: openvpn-db-log/);
      assert.ok(!`${result.stdout}${result.stderr}`.includes(secret), `run ${index} shows the password`);
    }
  });

  it('errors of every command never show the password of a URL, -p, a credentials file or OPENVPN_DB_LOG_URL', async () => {
    const port = await closedPort();
    const credentials = tempFile('creds', `vpnlog\n${secret}\n`);
    chmodSync(credentials, 0o600);
    const targets: Array<[string, string[], Record<string, string>]> = [];
    for (const scheme of ['postgres', 'mysql']) {
      targets.push(
        [`${scheme} URL`, ['--url', `${scheme}://vpnlog:${secret}@127.0.0.1:${port}/vpn`], {}],
        [`${scheme} -p`, ['-b', scheme, '-H', '127.0.0.1', '-t', String(port), '-u', 'vpnlog', '-p', secret, '-d', 'vpn'], {}],
        [`${scheme} -c`, ['-b', scheme, '-H', '127.0.0.1', '-t', String(port), '-c', credentials, '-d', 'vpn'], {}],
        [`${scheme} env URL`, [], { OPENVPN_DB_LOG_URL: `${scheme}://vpnlog:${secret}@127.0.0.1:${port}/vpn` }],
      );
    }
    const extra: Record<string, string[]> = { 'close-stale': ['--all-open'], prune: ['--older-than', '1d'] };
    // Every way of giving the password with the hook; every command (and the status update) with a URL.
    const runs = await inBatches(
      [
        ...targets.map(([label, args, env]) => ({ label: `${label} hook`, args: [...args, '--timeout', '2'], env: { ...connectEnv, ...env } })),
        ...[...commands.slice(1), ['status']].map((command) => ({
          label: `URL ${command[0]}`,
          args: [
            ...(command[0] === 'status' ? ['-S', aliceStatus()] : command),
            '--url', `postgres://vpnlog:${secret}@127.0.0.1:${port}/vpn`, '--timeout', '2',
            ...(extra[command[0] ?? ''] ?? []),
          ],
          env: {},
        })),
      ],
      async ({ label, args, env }) => ({ label, result: await runBounded(args, env) }),
    );
    for (const { label, result } of runs) {
      assertOneLineFailure(result, /ECONNREFUSED/, label);
      assert.ok(!result.stderr.includes(secret), `${label}: ${result.stderr}`);
    }
  });

  it('migrate names the database it cannot reach, like every other command', async () => {
    const port = await closedPort();
    const result = await runBounded(['migrate', '--url', `postgres://vpnlog:${secret}@127.0.0.1:${port}/vpn`, '--timeout', '2']);
    assertOneLineFailure(result, /cannot connect to postgres:\/\/vpnlog@127\.0\.0\.1:\d+\/vpn: .*ECONNREFUSED/, 'migrate');
  });

  for (const backend of ['postgres', 'mysql'] as const) {
    it(`${backend}: a refused login is reported without the password`, async (t) => {
      const database = await createTestDatabase(backend, t);
      if (!database) return;
      try {
        // The test servers trust 127.0.0.1, so the refusal here is for an unknown user who gave a password.
        const url = database.url.replace('://', `://nosuchuser:${secret}@`);
        const result = await runBounded(['--url', url, '--timeout', '5'], connectEnv);
        assertOneLineFailure(result, /cannot connect to .*nosuchuser@/, backend);
        assert.ok(!result.stderr.includes(secret), result.stderr);
      } finally {
        await database.drop();
      }
    });
  }

  it('passwords with URL-special characters are masked too', async () => {
    const runs = await inBatches(
      ['pa/ss', 'p@ss', 'p:a?s#s', 'x/y@z'],
      async (password) => ({
        password,
        result: await runBounded(['--url', `postgres://vpnlog:${password}${secret}@127.0.0.1:99999/vpn`], connectEnv),
      }),
    );
    for (const { password, result } of runs) {
      assertOneLineFailure(result, /invalid database URL/, password);
      assert.ok(!result.stderr.includes(secret), `${password}: ${result.stderr}`);
    }
  });

  it('warns when a credentials file is readable by group or others, for migrate and status updates too', async () => {
    const port = await closedPort();
    const credentials = tempFile('creds', `vpnlog\n${secret}\n`);
    chmodSync(credentials, 0o640);
    const base = ['-b', 'Pg', '-H', '127.0.0.1', '-t', String(port), '-c', credentials, '-d', 'vpn', '--timeout', '2'];
    const runs = await Promise.all([
      runBounded(base, connectEnv),
      runBounded(['migrate', ...base]),
      runBounded([...base, '-S', aliceStatus()]),
    ]);
    for (const [index, result] of runs.entries()) {
      assert.equal(result.code, 100, `run ${index}`);
      assert.match(result.stderr, new RegExp(`warning: credentials file ${credentials} is readable by group or others; chmod 600 it`));
      assert.ok(!result.stderr.includes(secret));
    }
    chmodSync(credentials, 0o600);
    const quiet = await runBounded(base, connectEnv);
    assert.doesNotMatch(quiet.stderr, /readable by group or others/);
  });
});
