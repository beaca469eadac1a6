import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BinResult, runProgram } from './run-bin.ts';

export const spoolHookPath = fileURLToPath(new URL('../../bin/openvpn-db-log-spool', import.meta.url));

/** Runs bin/openvpn-db-log-spool with exactly `env`, as OpenVPN does. */
export function runSpoolHook(args: string[], env: Record<string, string>): Promise<BinResult> {
  return runProgram(spoolHookPath, args, env);
}

export function spooledEventNames(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.event')) : [];
}

export function failedFiles(dir: string): string[] {
  return existsSync(join(dir, 'failed')) ? readdirSync(join(dir, 'failed')).sort() : [];
}

/** The pid in drain.pid if that process is alive. */
export function runningDrainer(dir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(dir, 'drain.pid'), 'latin1').trim());
    return pid > 0 && existsSync(`/proc/${pid}`) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Polls until `check` holds; a bounded wait so that no test hangs. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Stops a drainer a test left running (SIGTERM, then SIGKILL). */
export async function stopDrainer(dir: string): Promise<void> {
  const pid = runningDrainer(dir);
  if (pid === undefined) return;
  process.kill(pid, 'SIGTERM');
  try {
    await waitFor(`drainer ${pid} to stop`, () => !existsSync(`/proc/${pid}`), 15_000);
  } catch {
    process.kill(pid, 'SIGKILL');
  }
}

/** A free loopback port: nothing listens there until the test says so. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A database server that comes back: a loopback TCP relay on `port` to the real one. */
export async function startRelay(port: number, targetPort: number): Promise<{ close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => {}).on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  return {
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
