// Bundles the CLI so the hook starts fast: one resolution pass instead of
// hundreds of module files. Drivers stay external (better-sqlite3 is native;
// pg and mysql2 are loaded lazily and only by the backend in use).
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';

await rm(new URL('../dist/', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', 'pg', 'mysql2'],
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  // commander is CommonJS and requires node: built-ins, which ESM chunks can only do through createRequire.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
  define: { __VERSION__: JSON.stringify(JSON.parse(await readFile('package.json', 'utf8')).version) },
});
