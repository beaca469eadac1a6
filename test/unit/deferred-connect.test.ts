import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'odl-hook-pid-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** What hookProcessId says in a process started by `openvpn` (a shell under that name) through `command`. */
function probe(command: (node: string) => string): { hook: number; self: number; parent: number } {
  const script = join(dir, 'probe.mts');
  writeFileSync(
    script,
    `const { hookProcessId } = await import(${JSON.stringify(join(repo, 'src/openvpn/deferred-connect.ts'))});\n` +
      'console.log(JSON.stringify({ hook: hookProcessId(), self: process.pid, parent: process.ppid }));\n',
  );
  const openvpn = join(dir, 'openvpn');
  symlinkSync('/bin/sh', openvpn);
  try {
    // "; :" after each command keeps a shell from replacing itself with its last command (exec).
    const node = `${process.execPath} --import tsx ${script}; :`;
    return JSON.parse(execFileSync(openvpn, ['-c', command(node)], { cwd: repo, encoding: 'utf8' }));
  } finally {
    rmSync(openvpn);
  }
}

test('hookProcessId: the hook itself when OpenVPN runs it directly', () => {
  const { hook, self } = probe((node) => node);
  assert.equal(hook, self);
});

test('hookProcessId: the script OpenVPN runs when the hook runs under it (OpenVPN reaps that one)', () => {
  const { hook, self, parent } = probe((node) => `/bin/sh -c '${node}'; :`);
  assert.notEqual(hook, self);
  assert.equal(hook, parent);
});

test('hookProcessId: this process when no openvpn is above it', async () => {
  const { hookProcessId } = await import('../../src/openvpn/deferred-connect.ts');
  assert.equal(hookProcessId(), process.pid);
});
