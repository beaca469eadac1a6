import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { binPath } from './run-bin.ts';

/** A running `openvpn-db-log watch`, its stderr split into lines as they come. */
export interface WatchProcess {
  child: ChildProcess;
  lines: string[];
  /** Resolves once `count` stderr lines match; rejects after `timeoutMs` naming what it waited for and what was printed. */
  waitForLines(pattern: RegExp, count: number, what: string, timeoutMs?: number): Promise<string[]>;
  /** Sends `signal` and resolves with the exit code; rejects if the process outlives `timeoutMs`. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<number | null>;
}

export function startWatch(args: string[], env: Record<string, string> = {}): WatchProcess {
  const child = spawn(binPath, ['watch', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const listeners = new Set<() => void>();
  let exit: number | null | undefined;
  let partial = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    partial += chunk;
    const parts = partial.split('\n');
    partial = parts.pop()!;
    lines.push(...parts);
    for (const listener of listeners) listener();
  });
  child.stdout!.resume();
  child.on('exit', (code) => {
    exit = code;
    for (const listener of listeners) listener();
  });
  const describe = () => `; watch printed:\n${lines.join('\n') || '(nothing)'}`;
  return {
    child,
    lines,
    waitForLines(pattern, count, what, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const matching = lines.filter((line) => pattern.test(line));
          if (matching.length >= count) return finish(() => resolve(matching));
          if (exit !== undefined) finish(() => reject(new Error(`watch exited (code ${exit}) before ${what}${describe()}`)));
        };
        const timer = setTimeout(() => finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${describe()}`))), timeoutMs);
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          settle();
        };
        listeners.add(check);
        check();
      });
    },
    stop(signal = 'SIGTERM', timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        if (exit !== undefined) return resolve(exit);
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`watch did not exit within ${timeoutMs} ms of ${signal}${describe()}`));
        }, timeoutMs);
        child.once('exit', (code) => {
          clearTimeout(timer);
          resolve(code);
        });
        child.kill(signal);
      });
    },
  };
}

/** GET http://127.0.0.1:port/metrics as text (rejects after 5 s). */
export function scrapeMetrics(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/metrics', timeout: 5000 }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => (response.statusCode === 200 ? resolve(body) : reject(new Error(`/metrics answered ${response.statusCode}: ${body}`))));
    });
    req.on('timeout', () => req.destroy(new Error('/metrics did not answer within 5 s')));
    req.on('error', reject);
    req.end();
  });
}

/** Prometheus text format: one sample per series line, as `name{labels}` → value. */
export function parseMetrics(text: string): Map<string, { name: string; labels: Record<string, string>; value: number }[]> {
  const samples = new Map<string, { name: string; labels: Record<string, string>; value: number }[]>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a Prometheus sample line: ${JSON.stringify(line)}`);
    const labels: Record<string, string> = {};
    for (const label of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) {
      labels[label[1]!] = label[2]!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
    }
    const list = samples.get(match[1]!) ?? [];
    list.push({ name: match[1]!, labels, value: Number(match[3]) });
    samples.set(match[1]!, list);
  }
  return samples;
}
