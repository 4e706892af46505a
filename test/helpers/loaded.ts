/**
 * What a CLI run loaded, for tests of its start-up: a module preloaded into the child (NODE_OPTIONS=--import) registers
 * module hooks that log each file the ES module loader loads (the bin's chunks), one URL a line. With `waitFor`, the
 * first module whose source holds `waitFor.source` is held until the file `waitFor.file` exists (up to 2 s), and its
 * line says which came first: ` after-marker` or ` before-marker`. That makes an order between the loader and another
 * process (a gh wrapper that makes the file) a fact, not a race.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from './env.js';

const HOOKS = `
import { appendFileSync, existsSync } from 'node:fs';
let cfg;
export function initialize(data) { cfg = data; }
export async function load(url, context, next) {
  const result = await next(url, context);
  if (!url.startsWith('file:')) return result;
  let note = '';
  if (cfg.waitSource && !cfg.waited && String(result.source ?? '').includes(cfg.waitSource)) {
    cfg.waited = true;
    const until = Date.now() + 2000;
    while (!existsSync(cfg.waitFile) && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
    note = existsSync(cfg.waitFile) ? ' after-marker' : ' before-marker';
  }
  appendFileSync(cfg.log, url + note + '\\n');
  return result;
}
`;

export interface LoadProbe {
  /** Environment for the child: NODE_OPTIONS preloading the probe. */
  env: NodeJS.ProcessEnv;
  /** The logged lines: a file URL each, with its note. */
  lines(): Promise<string[]>;
  /** The text of every file loaded. */
  sources(): Promise<string>;
}

export async function loadProbe(waitFor?: { source: string; file: string }): Promise<LoadProbe> {
  const dir = await tempDir('mgs-loaded-');
  const log = path.join(dir, 'loaded.log');
  const hooks = path.join(dir, 'hooks.mjs');
  const preload = path.join(dir, 'preload.mjs');
  await writeFile(hooks, HOOKS);
  const data = { log, waitSource: waitFor?.source, waitFile: waitFor?.file };
  await writeFile(
    preload,
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)}, { data: ${JSON.stringify(data)} });\n`,
  );
  const lines = async () => (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  return {
    env: { NODE_OPTIONS: `--import=${pathToFileURL(preload).href}` },
    lines,
    sources: async () =>
      (await Promise.all((await lines()).map((l) => readFile(new URL(l.split(' ')[0]!), 'utf8')))).join('\n'),
  };
}
