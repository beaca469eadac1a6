// Bundles the CLI into one CommonJS file so the hook starts fast. Measured on
// Node 20 (docs/performance.md): Node's ESM loader, and the import() of a
// CommonJS driver through it, cost a client-connect about 30 ms more than
// require() of one bundled file. Each command's module stays behind its
// import() and is initialised only when that command runs; the drivers stay
// outside the bundle (better-sqlite3 is native) and are required lazily by
// the backend in use.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';

// maxmind too: only geo-backfill needs it, and code in the bundle costs every hook its pre-parse.
const drivers = /^(better-sqlite3|pg|mysql2|maxmind)$/;

/**
 * esbuild keeps `import('pg')` of an external package as import() in CommonJS
 * output, which starts the ESM loader. Route it through a one-line module
 * that requires the driver: esbuild wraps that module lazily, so the driver
 * is still loaded only when its backend is used.
 */
const lazyRequiredDrivers = {
  name: 'lazy-required-drivers',
  setup(build) {
    build.onResolve({ filter: drivers }, (args) =>
      args.namespace === 'driver' ? { path: args.path, external: true } : { path: args.path, namespace: 'driver' },
    );
    // The same for a Node built-in module loaded with import() (child_process, only when an alert runs).
    build.onResolve({ filter: /^node:/ }, (args) =>
      args.namespace === 'driver' || args.kind !== 'dynamic-import' ? { path: args.path, external: true } : { path: args.path, namespace: 'driver' },
    );
    build.onLoad({ filter: /.*/, namespace: 'driver' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

await rm(new URL('../dist/', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/main.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  plugins: [lazyRequiredDrivers],
  // Without comments the bundle is 0.8 MB instead of 1.3 and pure ASCII (Kysely's doc comments hold a few other
  // characters, which make all of it a two-byte string): a hook reads and hashes less (57 against 64 ms, median).
  minifyWhitespace: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  // import.meta.url (src/geo/embedded.ts finds the embedded database from it) as the bundle's own file URL.
  banner: { js: "'use strict';\nconst __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__bundleUrl', __VERSION__: JSON.stringify(JSON.parse(await readFile('package.json', 'utf8')).version) },
});
// Loads the bundle with V8's code cache (src/cli/start.ts); node: modules only, so it costs next to nothing.
await build({
  entryPoints: ['src/cli/start.ts'],
  outfile: 'dist/start.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
// src/cli/start.ts runs the bundle as a vm.Script, which has no loader for an import() left in it.
const leftImport = /[^\w.$]import\(/.exec(await readFile('dist/main.cjs', 'utf8'));
if (leftImport) throw new Error(`dist/main.cjs still calls import() at offset ${leftImport.index}: load that module with a lazy require`);
const cached = spawnSync(process.execPath, ['scripts/code-cache.mjs'], { stdio: 'inherit' });
if (cached.status !== 0) throw new Error('scripts/code-cache.mjs failed: see above');
