import { readFileSync, statSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

// Compiling the 0.95 MB bundle was the largest part of a hook's start-up
// (docs/performance.md). `npm run build` runs a training hook and writes V8's
// code cache beside the bundle: the bytecode of the functions a hook runs, so
// that a hook process deserialises them instead of compiling them. V8 refuses
// a cache from another Node version or other V8 flags, and the bundle is then
// compiled as without one; it checks only the source's length, though, so a
// cache older than the bundle is never offered.

export interface Bundle {
  main(argv: string[]): Promise<void>;
}

export interface LoadedBundle {
  bundle: Bundle;
  script: Script;
}

export function loadBundle(directory: string = __dirname): LoadedBundle {
  const bundlePath = join(directory, 'main.cjs');
  const cachePath = `${bundlePath}.cache`;
  const script = new Script(Module.wrap(readFileSync(bundlePath, 'utf8')), {
    filename: bundlePath,
    cachedData: freshCache(bundlePath, cachePath),
  });
  const module = { exports: {} as Bundle };
  script.runInThisContext()(module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
  return { bundle: module.exports, script };
}

function freshCache(bundlePath: string, cachePath: string): Buffer | undefined {
  try {
    if (statSync(cachePath).mtimeMs < statSync(bundlePath).mtimeMs) return undefined;
    return readFileSync(cachePath);
  } catch {
    return undefined;
  }
}

export function start(argv: string[]): Promise<void> {
  return loadBundle().bundle.main(argv);
}
