/**
 * paths16: secrets in file names, folder names and path segments. Every prefix family of
 * src/core/redact/rules.ts (glue15-tokens.ts, a fresh fake per case from a seeded generator) written into a
 * workspace path: whole, as a window of its first characters (a name cut short), glued on both sides with `_`,
 * `-` or `.`, as a file name (with and without an extension), a folder and a nested folder; and URL paths saved
 * as folders (`v1/<token>/`, Telegram's `bot<id>:<secret>/sendMessage`, Slack's `services/T…/B…/<secret>`). The
 * benign twin: real paths read from the project's node_modules and /usr, and content-addressed names (webpack
 * chunks, git objects, `sha256-` cache folders, UUID run folders, MassGen's log and agent names, `__pycache__`),
 * which must go out unchanged.
 */
import fs from 'node:fs';
import path from 'node:path';
import { rng } from './fake-secrets.js';
import { gen, tokenMakers } from './glue15-tokens.js';

export interface NameCase {
  /** Workspace-relative path of the file written. */
  path: string;
  /** The part of a secret the path holds, without its family's fixed prefix: no 10-character window may go out. */
  planted: string;
  family: string;
  placement: string;
}

/** A path segment is at most 255 bytes; with what is glued around it, a token is cut to this many characters. */
const MAX_TOKEN = 200;

/** Where a token (or its window) goes in a path. */
const PLACEMENTS: [string, (t: string, w: () => string) => string][] = [
  ['file', (t) => `${t}`],
  ['file-ext', (t) => `${t}.txt`],
  ['glued-underscore', (t, w) => `notes/${w()}_${t}_${w()}.md`],
  ['glued-dash', (t, w) => `${w()}-${t}-v2.json`],
  ['glued-dot', (t, w) => `out/${w()}.${t}.${w()}`],
  ['folder', (t) => `keys/${t}/config.json`],
  ['nested', (t, w) => `cache/${w()}/${t}/${w()}/data.yaml`],
  ['folder-glued', (t, w) => `${w()}_${t}/readme.md`],
];

const WORDS = ['notes', 'report', 'backup', 'draft', 'run', 'key', 'token', 'old', 'copy', 'final', 'tmp', 'alpha'];

/** Every family in every placement; a third of the cases hold a window of the token's first characters only. */
export function secretNames(seed: number): NameCase[] {
  const makers = tokenMakers(seed);
  const r = gen(seed + 1);
  const rand = rng(seed + 2);
  const word = (): string => WORDS[Math.floor(rand() * WORDS.length)]!;
  const out: NameCase[] = [];
  const [other, third] = [tokenMakers(seed + 3), tokenMakers(seed + 4)];
  for (const [family, make] of Object.entries(makers)) {
    // The family's fixed prefix (`sk-helicone-`, `AGE-SECRET-KEY-1`): what two other fresh tokens share with it.
    const [a, b] = [other[family]!(), third[family]!()];
    let fixed = 0;
    while (fixed < a.length && a[fixed] === b[fixed]) fixed++;
    PLACEMENTS.forEach(([placement, place], k) => {
      // A token holding `/` (base64) would be folders: the part before it, if long enough, else a fresh one.
      let token = make();
      for (let t = 0; t < 200 && token.slice(0, fixed + 16).includes('/'); t++) token = make();
      if (token.includes('/')) token = token.slice(0, token.indexOf('/'));
      // A window of the first characters (the fixed prefix and 16 to 27 more), or the whole token when it fits.
      const cut = k % 3 === 2 || token.length > MAX_TOKEN;
      const n = cut ? Math.min(MAX_TOKEN, fixed + 16 + Math.floor(rand() * 12), token.length) : token.length;
      const planted = token.slice(0, n);
      const own = Math.min(fixed, [...planted].findIndex((ch, i) => ch !== a[i]) >>> 0);
      const label = cut ? `${placement}/window` : placement;
      out.push({ path: place(planted, word), planted: planted.slice(own), family, placement: label });
    });
  }
  // URL paths saved as folders (wget -x, a cache keyed by the URL).
  for (let i = 0; i < 16; i++) {
    const gh = makers['github-token']!();
    out.push({ path: `api.example.com/v1/${gh}/items.json`, planted: gh, family: 'github-token', placement: 'url' });
    const tg = `${r('dig', 10)}:AA${r('url', 33)}`;
    out.push({ path: `api.telegram.org/bot${tg}/sendMessage`, planted: tg, family: 'telegram', placement: 'url' });
    const slack = r('alnum', 24);
    out.push({
      path: `hooks.slack.com/services/T${r('up', 10)}/B${r('up', 10)}/${slack}`,
      planted: slack,
      family: 'slack-webhook',
      placement: 'url',
    });
  }
  return out;
}

/** Real relative paths under `root` (sorted, deterministic), at most `max`, skipping what a workspace cannot hold. */
function realPaths(root: string, max: number, keep: (rel: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number): void => {
    if (out.length >= max || depth > 6) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, dir), { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (out.length >= max) return;
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel, depth + 1);
      else if (e.isFile() && keep(rel)) out.push(rel);
    }
  };
  walk('', 0);
  return out;
}

/** A name with a run that could look random: hex or mixed letters and digits (a hash, a version, an id). */
const HASHY = /[0-9a-f]{8}|[A-Za-z]*\d[A-Za-z\d]{6}/;

/**
 * Benign paths: real ones (node_modules under `vendor/`, /usr under `usr/`, those with a hash-like run first) and
 * generated content-addressed names. Paths under folders the export leaves out by default (`node_modules/`,
 * `__pycache__/`) are included too: their listing must not change either.
 */
export function benignNames(seed: number, nodeModules: string): string[] {
  const r = gen(seed);
  const ok = (rel: string): boolean =>
    rel.length < 180 && !/\.(git|pyc|pyo|pyd|pem|key|p12|env)(\/|$)|(^|\/)\.|node_modules|__pycache__/.test(rel);
  const nm = realPaths(nodeModules, 4000, ok);
  const usr = realPaths('/usr/share', 4000, ok).concat(realPaths('/usr/lib', 4000, ok));
  const pick = (list: string[], n: number): string[] => {
    const hashy = list.filter((p) => HASHY.test(path.basename(p)));
    const rest = list.filter((p) => !HASHY.test(path.basename(p)));
    return [...hashy.slice(0, Math.ceil(n / 2)), ...rest].slice(0, n);
  };
  const out = [...pick(nm, 450).map((p) => `vendor/${p}`), ...pick(usr, 350).map((p) => `usr/${p}`)];
  const uuid = (): string => `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`;
  const stamp = (): string => `2026${r('dig', 4)}_${r('dig', 6)}_${r('dig', 6)}`;
  for (let i = 0; i < 16; i++) {
    out.push(`dist/main.${r('hex', 8)}.js`, `dist/static/js/${r('dig', 3)}.${r('hex', 8)}.chunk.js`);
    out.push(`dist/assets/index-${r('alnum', 8)}.css`, `build/static/media/logo.${r('hex', 20)}.svg`);
    out.push(`objects/${r('hex', 2)}/${r('hex', 38)}`, `blobs/sha256-${r('hex', 64)}/meta.json`);
    out.push(`cache/sha256/${r('hex', 64)}`, `runs/${uuid()}/result.json`, `runs/${uuid()}.log`);
    out.push(`logs/log_${stamp()}/summary.md`, `agent_outputs/agent_${r('low', 6)}_${stamp()}.txt`);
    out.push(`snapshots/agent_a/${stamp()}/answer.md`, `pkg/__pycache__/mod${i}.cpython-311.pyc`);
    out.push(`node_modules/.pnpm/react@18.${i}.0_${r('hex', 26)}/node_modules/react/index.js`);
    out.push(`images/IMG_${r('dig', 8)}_${r('dig', 6)}.jpg`, `fonts/inter-v${i}-latin-${r('alnum', 10)}.woff2`);
  }
  return [...new Set(out)];
}
