import { connect, createServer, type Socket } from 'node:net';

/**
 * How many synchronous hooks of this machine may use one database at once.
 * A reconnect storm starts hundreds of hook processes together; if all of them
 * connect, the database and the CPU serve them all at a crawl and every
 * --timeout runs out at once (MariaDB also stops at max_connections, 151 by
 * default). A few at a time finish in less time in all, and each one's
 * timeout then measures the database's answer, not its place in the queue.
 */
export const GATE_SLOTS = 4;
/** Past OpenVPN's default hand-window (60 s) the client has given up: stop queueing and go ahead. */
const MAX_WAIT_MS = 60_000;
/** A waiter looks again this often, should a slot's holder hang rather than exit. */
const RECHECK_MS = 1_000;

export interface GateSlot {
  leave(): Promise<void>;
}

/**
 * The same short name for `target` in every hook of this machine. FNV-1a (64
 * bits), not node:crypto: loading node:crypto cost a synchronous hook about
 * 4 ms, and a slot's name only has to tell this machine's databases apart.
 */
function targetTag(target: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(target)) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  return hash.toString(16).padStart(16, '0');
}

/**
 * Waits for one of GATE_SLOTS slots for `target`. A slot is a Linux abstract
 * socket (drain-lock.ts explains why): the kernel frees it when its holder
 * exits or crashes, and a waiter connected to it hears that at once, without
 * polling.
 */
export async function enterGate(target: string): Promise<GateSlot> {
  const prefix = `\0openvpn-db-log-gate:${targetTag(target)}:`;
  const giveUpAt = Date.now() + MAX_WAIT_MS;
  const first = Math.floor(Math.random() * GATE_SLOTS);
  for (;;) {
    for (let i = 0; i < GATE_SLOTS; i++) {
      const slot = await bind(`${prefix}${(first + i) % GATE_SLOTS}`);
      if (slot) return slot;
    }
    if (Date.now() >= giveUpAt) return { leave: async () => {} };
    await slotFreed(`${prefix}${Math.floor(Math.random() * GATE_SLOTS)}`);
  }
}

function bind(name: string): Promise<GateSlot | null> {
  const waiters = new Set<Socket>();
  const server = createServer((waiter) => {
    waiters.add(waiter.unref());
    waiter.on('close', () => waiters.delete(waiter)).on('error', () => {});
  });
  const leave = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const waiter of waiters) waiter.destroy();
    });
  return new Promise((resolve) => {
    server.once('error', () => resolve(null));
    server.listen({ path: name }, () => {
      server.unref();
      resolve({ leave });
    });
  });
}

/** Resolves when the slot's holder lets go (its socket closes), or after RECHECK_MS. */
function slotFreed(name: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect({ path: name });
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve();
    };
    const timer = setTimeout(done, RECHECK_MS * (0.5 + Math.random()));
    socket.on('close', done).on('error', done);
  });
}
