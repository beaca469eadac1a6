import { UserError, showValue } from '../../common/errors.ts';
import type { Zone } from '../../history/time-spec.ts';

export const formats = ['table', 'json', 'csv', 'ndjson'] as const;
export type Format = (typeof formats)[number];

export interface RawOutputOptions {
  format?: string;
  local?: boolean;
}

export interface OutputSettings {
  format: Format;
  zone: Zone;
  color: boolean;
}

/** Colour only for people: a table on a terminal, and never when NO_COLOR is set (no-color.org). */
export function outputSettings(raw: RawOutputOptions, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): OutputSettings {
  const format = raw.format ?? 'table';
  if (!isFormat(format)) {
    throw new UserError(`invalid --format ${showValue(format)}: expected one of ${formats.join(', ')}`);
  }
  const noColor = env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '';
  return { format, zone: raw.local ? 'local' : 'utc', color: format === 'table' && stream.isTTY === true && !noColor };
}

function isFormat(value: string): value is Format {
  return (formats as readonly string[]).includes(value);
}

/**
 * Standard output for long listings: waits when the pipe is full, and stops
 * quietly once the reader has gone (`… | head`), instead of dying on EPIPE.
 */
export class Output {
  #closed = false;
  #failure: Error | undefined;

  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      this.#closed = true;
      if (error.code !== 'EPIPE') this.#failure = error;
    });
  }

  /** True once nobody reads any more: the caller can stop querying. */
  get closed(): boolean {
    return this.#closed;
  }

  async write(text: string): Promise<void> {
    if (this.#failure) throw this.#failure;
    if (this.#closed || text === '' || this.stream.write(text)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('close', done);
        this.stream.off('error', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('close', done);
      this.stream.on('error', done);
    });
  }
}
