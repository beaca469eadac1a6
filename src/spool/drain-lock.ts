import { statSync } from 'node:fs';
import { createServer, type Server } from 'node:net';

export interface DrainLock {
  /** The listening socket's descriptor, to hand the lock to a child (see adoptDrainLock). */
  readonly fd: number;
  release(): Promise<void>;
}

/**
 * One drainer per spool directory. Node has no flock(), and a lock file
 * outlives a crashed owner; a Linux abstract socket is released by the kernel
 * when its process dies, and only one process can bind its name. The name is
 * the directory's device and inode, so every spelling of the path agrees.
 * Returns null while another process holds it.
 */
export async function acquireDrainLock(dir: string): Promise<DrainLock | null> {
  const { dev, ino } = statSync(dir, { bigint: true });
  const server = createServer();
  const bound = await new Promise<boolean>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? resolve(false) : reject(error)));
    server.listen({ path: `\0openvpn-db-log-drain:${dev}:${ino}` }, () => resolve(true));
  });
  return bound ? lockOf(server) : null;
}

/**
 * Takes over a lock a hook acquired and passed as descriptor `fd`: the socket
 * stays bound while either process holds it, so no second drainer can start
 * between the hook's exit and the drainer's start.
 */
export async function adoptDrainLock(fd: number): Promise<DrainLock> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ fd }, () => resolve());
  });
  return lockOf(server);
}

// Node gives a server no public descriptor; `_handle.fd` is how its own cluster module passes listening sockets on.
function lockOf(server: Server): DrainLock {
  server.unref();
  const fd = (server as unknown as { _handle: { fd: number } })._handle.fd;
  return { fd, release: () => new Promise((resolve) => server.close(() => resolve())) };
}
