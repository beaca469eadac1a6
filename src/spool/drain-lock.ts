import { statSync } from 'node:fs';
import { createServer, type Server } from 'node:net';

export interface DrainLock {
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
  if (!bound) return null;
  server.unref();
  return { release: () => close(server) };
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
