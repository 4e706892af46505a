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
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

/**
 * yargs imports Node's `assert` for two checks of its own (`strictEqual`, `notStrictEqual` on values it made): loading
 * that module and what it needs cost every command 1.5-2.5 ms of CPU before its first line. The bundle gives yargs
 * these two checks instead (the same comparisons; a plain Error where assert throws an AssertionError). Only yargs'
 * import is replaced.
 */
const yargsAssert: Plugin = {
  name: 'yargs-assert',
  setup(b) {
    b.onResolve({ filter: /^(node:)?assert$/ }, (args) =>
      /[\\/]node_modules[\\/]yargs[\\/]/.test(args.importer)
        ? { path: 'assert', namespace: 'yargs-assert' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'yargs-assert' }, () => ({
      loader: 'js',
      contents: [
        'const fail = (a, b, how, message) => { throw new Error(message ?? `expected ${String(a)} ${how} ${String(b)}`); };',
        "export const strictEqual = (a, b, message) => { if (a !== b) fail(a, b, '===', message); };",
        "export const notStrictEqual = (a, b, message) => { if (a === b) fail(a, b, '!==', message); };",
      ].join('\n'),
    }));
  },
};

/**
 * yargs formats the running command's whole help text as its handler starts (`cacheHelpMessage`), so that a failure
 * later in the handler can print it: 5-8 ms of CPU of every export (its thirty options wrapped into columns), on the
 * path where users wait. Our parser's `fail` throws instead of printing help, and a help asked for later is made when
 * asked (yargs builds it when none is cached). Only that call in yargs' command module is dropped; the build fails if
 * yargs no longer has it, rather than bundle a yargs this was not checked against.
 */
const yargsHelpOnDemand: Plugin = {
  name: 'yargs-help-on-demand',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]yargs[\\/]build[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const call = 'yargs.getInternalMethods().getUsageInstance().cacheHelpMessage();';
      if (source.split(call).length !== 2) throw new Error(`${args.path}: expected one ${call}`);
      return { contents: source.replace(call, '/* help made when asked: scripts/bundle.ts */'), loader: 'js' };
    });
  },
};

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
  plugins: [yargsAssert, yargsHelpOnDemand],
  logLevel: 'warning',
});
// The bin runs through its #! line (with its Node flags), as npm's link to it does.
chmodSync(path.join(outdir, 'cli.js'), 0o755);
