/**
 * Bundles the compiled CLI (dist/src/cli.js) into dist/bin/: the entry with what every command
 * needs in one file, and each lazily imported module (upload, archive, prompts, shares) in its
 * own chunk, loaded only by the command that needs it. Resolving and loading some 75 separate
 * ES modules cost about 80 ms of every run; the bundle skips that.
 *
 * dist/bin sits two levels below the package root, like dist/src, so `src/version.ts` finds
 * package.json at the same relative path from either.
 */
import { chmodSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outdir = path.join(root, 'dist', 'bin');

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [path.join(root, 'dist', 'src', 'cli.js')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS dependencies call require() for Node's own modules: give the ES module bundle one.
  banner: {
    js: "import { createRequire as __massgenCreateRequire } from 'node:module';\nconst require = __massgenCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
// The bin runs through its #! line (with its Node flags), as npm's link to it does.
chmodSync(path.join(outdir, 'cli.js'), 0o755);
