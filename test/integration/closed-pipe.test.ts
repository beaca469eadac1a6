import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { binPath } from '../helpers/run-bin.ts';

/** Runs the CLI with a standard output nobody reads any more, as `openvpn-db-log … | head -1` leaves it. */
function runIntoClosedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(binPath, args, { env: {}, stdio: ['ignore', 'pipe', 'pipe'] });
    // The reader goes away before the program starts writing: every write meets EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a command whose reader has gone ends quietly', () => {
  for (const args of [['--help'], ['sessions', '--help'], ['stats', '--help'], ['--version']]) {
    it(`openvpn-db-log ${args.join(' ')}`, async () => {
      const { code, stderr } = await runIntoClosedPipe(args);
      assert.equal(stderr, '');
      assert.equal(code, 0);
    });
  }
});
