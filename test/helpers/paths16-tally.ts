/**
 * The paths16 measurements (test/redact-paths16.test.ts; a scratch script runs them against another build by `cli`):
 * secret-bearing names exported through the CLI, each checked for any 10-character window of what it planted in every
 * output; benign names checked to go out under their own name with their content unchanged.
 */
import path from 'node:path';
import { REPO } from './env.js';
import { windows } from './fake-secrets.js';
import { gen } from './glue15-tokens.js';
import { benignNames, secretNames, type NameCase } from './paths16-corpus.js';
import { exportPaths } from './paths16-export.js';

export interface SecretTally {
  cases: number;
  leaked: string[];
  /** Gist file names or left-out paths shown for two different secret paths that read the same. */
  collided: string[];
}

const ws = (p: string): string => p.slice(p.indexOf('workspace/') + 'workspace/'.length);

/** Names holding a value known from the environment, and one learned from a file's key name. */
function valueCases(seed: number): { cases: NameCase[]; env: Record<string, string>; config: string } {
  const r = gen(seed + 7);
  const cases: NameCase[] = [];
  const env: Record<string, string> = {};
  let config = 'service:\n';
  for (let i = 0; i < 16; i++) {
    const known = r('alnum', 24 + (i % 12));
    env[`ACME${i}_API_KEY`] = known;
    const p = i % 2 ? `backup_${known}.txt` : `known/${known}/x.md`;
    cases.push({ path: p, planted: known, family: 'known-value', placement: i % 2 ? 'glued-underscore' : 'folder' });
    const learned = `${r('alnum', 20)}${r('dig', 4)}`;
    config += `  tenant${i}_api_key: ${learned}\n`;
    const q = i % 2 ? `learned/${learned}.json` : `learned-${learned}/notes.txt`;
    cases.push({ path: q, planted: learned, family: 'learned-value', placement: i % 2 ? 'file-ext' : 'folder-glued' });
  }
  return { cases, env, config };
}

export async function tallySecrets(seed: number, cli?: string): Promise<SecretTally> {
  const { cases: values, env, config } = valueCases(seed);
  const cases = [...secretNames(seed), ...values];
  const files: Record<string, string> = { 'settings/app.yaml': config };
  cases.forEach((c, i) => (files[c.path] = `file ${i}\n`));
  const e = await exportPaths(files, { tag: 'paths16', env, ...(cli ? { cli } : {}) });
  const hay = e.texts.join('\n');
  const leaked = cases
    .filter((c) => windows(c.planted).some((w) => hay.includes(w)))
    .map((c) => `${c.family} ${c.placement}: ${c.path.slice(0, 90)}`);
  const seen = new Map<string, number>();
  for (const p of [...e.written.keys(), ...e.leftOut]) seen.set(p, (seen.get(p) ?? 0) + 1);
  const collided = [...seen].filter(([, n]) => n > 1).map(([p]) => p);
  return { cases: cases.length, leaked, collided };
}

export interface BenignTally {
  names: number;
  /** Benign paths that did not go out under their own name with their content, or whose left-out folder changed. */
  changed: string[];
}

export async function tallyBenign(seed: number, cli?: string): Promise<BenignTally> {
  const names = benignNames(seed, path.join(REPO, 'node_modules'));
  const files: Record<string, string> = {};
  names.forEach((n, i) => (files[n] = `benign ${i}\n`));
  const e = await exportPaths(files, { tag: 'paths16b', ...(cli ? { cli } : {}) });
  const shared = new Set(e.shared.map(ws));
  const leftOut = e.leftOut.map(ws);
  // What went out for a path: its gist file (`/` flattened to `__`) or its member of the overflow archive.
  const gist = new Map([...e.written].map(([n, t]) => [n.replace(/^.*?workspace__/, '').replace(/__/g, '/'), t]));
  for (const [m, t] of e.archived) gist.set(ws(m), t);
  const changed = names.filter((n, i) => {
    if (leftOut.some((l) => n === l || (l.endsWith('/') && n.startsWith(l)))) return false;
    return !shared.has(n) || gist.get(n) !== `benign ${i}\n`;
  });
  const redactedOut = leftOut.filter((l) => l.includes('REDACTED'));
  return { names: names.length, changed: [...changed, ...redactedOut.map((l) => `left out as ${l}`)] };
}
