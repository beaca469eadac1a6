import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const binPath = fileURLToPath(new URL('../../bin/openvpn-db-log', import.meta.url));
export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

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
  return runProgram(binPath, args, env, input);
}

/** Runs `program` with exactly `env`, collecting its output. */
export function runProgram(program: string, args: string[], env: Record<string, string>, input?: string): Promise<BinResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    // A program may exit without reading its input: its closed pipe is no failure of the test.
    if (input !== undefined) child.stdin?.on('error', () => {}).end(input);
  });
}

/** A well-formed client-connect of alice, for tests about what happens around the hook rather than in it. */
export const aliceConnectEnv: Readonly<Record<string, string>> = {
  script_type: 'client-connect',
  common_name: 'alice',
  trusted_ip: '198.51.100.7',
  trusted_port: '40001',
  time_unix: '1790000000',
  ifconfig_pool_remote_ip: '10.8.0.2',
};

/** A hook environment captured from real OpenVPN (one NAME=value per line). */
export function fixtureEnv(relativePath: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(`${fixturesDir}${relativePath}`, 'utf8').split('\n')) {
    const equals = line.indexOf('=');
    if (equals > 0) env[line.slice(0, equals)] = line.slice(equals + 1);
  }
  return env;
}
