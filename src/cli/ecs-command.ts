import { createReadStream } from 'node:fs';
import type { AuthEvent } from '../common/auth-outcome.ts';
import { UserError, showValue } from '../common/errors.ts';
import { instanceFrom, type RawInstanceOptions } from '../common/session.ts';
import { resolveConnection } from '../db/connection-options.ts';
import { usingDatabase, type DatabaseHandle } from '../db/open-database.ts';
import { followFile, readLines } from '../server-log/line-source.ts';
import { LoginOutcomeReader } from '../server-log/login-attempts.ts';
import { parseLogLine } from '../server-log/parse-line.ts';
import { AUTH_EVENT_BATCH, storeAuthEvents } from '../sessions/auth-event-log.ts';
import { reportFailure, warn, type ExitPolicy } from './exit-policy.ts';
import { Output } from './format/output.ts';
import { applyEnvOptions, databaseFlags, exitPolicy, type RawDatabaseOptions } from './options.ts';

export interface EcsCommandOptions extends RawDatabaseOptions, RawInstanceOptions {
  quiet?: boolean;
  zero?: boolean;
  follow?: boolean;
  store?: boolean;
}

/** Events are written to stdout in batches of about this many bytes. */
const WRITE_BYTES = 64 * 1024;

export async function runEcsCommand(file: string | undefined, options: EcsCommandOptions): Promise<void> {
  const policy = exitPolicy(options);
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    applyEnvOptions(options.env);
    const fromStdin = file === undefined || file === '-';
    if (options.follow && fromStdin) throw new UserError('--follow needs a FILE: a pipe is followed by reading it to its end');
    const lines = lineSource(file, fromStdin, options.follow === true, policy, stop.signal);
    if (options.store) {
      const instance = instanceFrom(options);
      const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
      const summary = await usingDatabase(connection, (handle) => storeLines(handle, lines, instance));
      if (!policy.quiet) {
        process.stdout.write(`${summary.lines} lines, ${summary.outcomes} login outcomes, ${summary.stored} new rows in auth_event\n`);
      }
    } else {
      await printEvents(lines, stop);
    }
  } catch (error) {
    reportFailure(policy, error);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

interface Lines {
  iterate(onIdle?: () => Promise<void>): AsyncGenerator<string>;
}

function lineSource(file: string | undefined, fromStdin: boolean, follow: boolean, policy: ExitPolicy, signal: AbortSignal): Lines {
  const onLongLine = (lineNumber: number, bytes: number) =>
    warn(policy, `line ${lineNumber} of ${fromStdin ? 'standard input' : showValue(file!)}: ${bytes} bytes, cut to the first 65536`);
  return {
    iterate(onIdle) {
      if (follow) return followFile(file!, { follow, onLongLine, onIdle, signal });
      const input = fromStdin ? process.stdin : createReadStream(file!);
      return readLines(input as AsyncIterable<Buffer>, { follow, onLongLine, signal });
    },
  };
}

async function printEvents(lines: Lines, stop: AbortController): Promise<void> {
  const output = new Output(process.stdout);
  const context = { now: Date.now() };
  let batch = '';
  // A followed file with nothing new: what was read goes out now, not when 64 KiB have gathered.
  const flush = async () => {
    await output.write(batch);
    batch = '';
  };
  for await (const line of lines.iterate(flush)) {
    batch += `${JSON.stringify(parseLogLine(line, context).event)}\n`;
    if (batch.length >= WRITE_BYTES) {
      await output.write(batch);
      batch = '';
      if (output.closed) {
        stop.abort();
        return;
      }
    }
  }
  await output.write(batch);
}

async function storeLines(handle: DatabaseHandle, lines: Lines, instance: ReturnType<typeof instanceFrom>) {
  const summary = { lines: 0, outcomes: 0, stored: 0 };
  let pending: AuthEvent[] = [];
  const reader = new LoginOutcomeReader();
  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    const stored = await storeAuthEvents(handle, instance, batch);
    summary.stored += stored.success + stored.failure;
  };
  for await (const line of lines.iterate(flush)) {
    summary.lines++;
    const read = reader.read(line, Date.now());
    if (read === null) continue;
    summary.outcomes++;
    pending.push(read.event);
    if (pending.length >= AUTH_EVENT_BATCH) await flush();
  }
  await flush();
  return summary;
}
