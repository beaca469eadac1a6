import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const binPath = fileURLToPath(new URL('../../bin/openvpn-db-log', import.meta.url));
export const fixturesDir = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));

export interface BinResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI with exactly `env` as its environment, as OpenVPN does:
 * no PATH, no HOME, nothing inherited from the test process.
 */
export function runBin(args: string[], env: Record<string, string> = {}, input?: string): Promise<BinResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(binPath, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/** A hook environment captured from real OpenVPN (one NAME=value per line). */
export function fixtureEnv(relativePath: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(`${fixturesDir}${relativePath}`, 'utf8').split('\n')) {
    const equals = line.indexOf('=');
    if (equals > 0) env[line.slice(0, equals)] = line.slice(equals + 1);
  }
  return env;
}
