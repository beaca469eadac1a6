import { open, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';

/** Longer lines are cut here (with a warning): no OpenVPN line comes near it, and a line is held whole in memory. */
export const MAX_LINE_BYTES = 64 * 1024;

export interface LineSourceOptions {
  /** Keep reading as the file grows, and reopen it when it is rotated (renamed or truncated). */
  follow: boolean;
  /** How often a followed file is looked at when it has nothing new (ms). */
  pollMs?: number;
  /** Told about each line cut to MAX_LINE_BYTES (1-based line number, its length in bytes). */
  onLongLine(lineNumber: number, bytes: number): void;
  /** Called whenever a followed file has nothing new, so buffered work can be flushed. */
  onIdle?(): Promise<void>;
  /** Ends a follow (the command's SIGINT/SIGTERM handler sets it). */
  signal?: AbortSignal;
}

const CHUNK = 256 * 1024;

/**
 * Lines of a file or of a stream, decoded as UTF-8 (invalid bytes become
 * U+FFFD), without their line end. Our own splitter rather than readline:
 * readline keeps a line of any length in memory and costs more per line.
 */
export async function* readLines(chunks: AsyncIterable<Buffer>, options: LineSourceOptions): AsyncGenerator<string> {
  const splitter = new LineSplitter(options);
  for await (const chunk of chunks) yield* splitter.push(chunk);
  yield* splitter.end();
}

/** Follows a file by its path: from its start, then as it grows and across rotation, until the signal aborts. */
export async function* followFile(path: string, options: LineSourceOptions): AsyncGenerator<string> {
  const pollMs = options.pollMs ?? 250;
  const splitter = new LineSplitter(options);
  let handle: FileHandle | null = await open(path, 'r');
  let identity = await handle.stat();
  let position = 0;
  const buffer = Buffer.allocUnsafe(CHUNK);
  try {
    while (!options.signal?.aborted) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, position);
      if (bytesRead > 0) {
        position += bytesRead;
        yield* splitter.push(Buffer.from(buffer.subarray(0, bytesRead)));
        continue;
      }
      const current = await stat(path).catch(() => null);
      const rotated = current !== null && (current.ino !== identity.ino || current.dev !== identity.dev);
      const truncated = current !== null && !rotated && current.size < position;
      if (rotated || truncated) {
        // The old file may have got lines between our last read and the rename: they were read above.
        yield* splitter.end();
        await handle.close();
        handle = null;
        handle = await open(path, 'r');
        identity = await handle.stat();
        position = 0;
        continue;
      }
      await options.onIdle?.();
      await sleep(pollMs, options.signal);
    }
    yield* splitter.end();
  } finally {
    await handle?.close();
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

class LineSplitter {
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #lineNumber = 0;
  #cut = false;

  constructor(private readonly options: LineSourceOptions) {}

  *push(chunk: Buffer): Generator<string> {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(10, start);
      if (newline < 0) break;
      if (this.#pendingBytes === 0) {
        yield this.#line(chunk, start, newline);
      } else {
        this.#keep(chunk.subarray(start, newline));
        yield this.#flush();
      }
      start = newline + 1;
    }
    if (start < chunk.length) this.#keep(chunk.subarray(start));
  }

  *end(): Generator<string> {
    if (this.#pendingBytes > 0 || this.#cut) yield this.#flush();
  }

  #keep(part: Buffer): void {
    const room = MAX_LINE_BYTES - this.#pendingBytes;
    if (part.length > room) this.#cut = true;
    const kept = part.length > room ? part.subarray(0, Math.max(room, 0)) : part;
    if (kept.length > 0) {
      this.#pending.push(kept);
      this.#pendingBytes += kept.length;
    }
    if (this.#cut) this.#cutBytes += part.length - kept.length;
  }

  #cutBytes = 0;

  #flush(): string {
    const whole = Buffer.concat(this.#pending, this.#pendingBytes);
    const line = this.#decode(whole, 0, whole.length, this.#pendingBytes + this.#cutBytes);
    this.#pending = [];
    this.#pendingBytes = 0;
    this.#cutBytes = 0;
    this.#cut = false;
    return line;
  }

  #line(chunk: Buffer, start: number, end: number): string {
    const length = end - start;
    const kept = Math.min(length, MAX_LINE_BYTES);
    return this.#decode(chunk, start, start + kept, length);
  }

  #decode(buffer: Buffer, start: number, end: number, fullBytes: number): string {
    this.#lineNumber++;
    if (fullBytes > MAX_LINE_BYTES) this.options.onLongLine(this.#lineNumber, fullBytes);
    // A CR before the LF: logs copied from Windows, or syslog relays that keep it.
    const last = end > start && buffer[end - 1] === 13 ? end - 1 : end;
    return buffer.toString('utf8', start, last);
  }
}
