/**
 * The redactor's output on a fixed corpus, to compare two builds byte for byte (an optimisation must not change one
 * byte): `node dist/bench/redact-compare.js --out a.json` on one build, `--out b.json --against a.json` on the other
 * prints how many texts differ (and the first few); `--redactor <other build>/src/core/redact/redactor.js` runs another
 * build's redactor on this build's corpus. The corpus (deterministic): the test helpers' planted secrets and
 * look-alikes, the evaluation corpus's session, the bundled fixture sessions, this repository's sources and tests, real
 * files of node_modules and /usr/share (JSON, JS, Markdown, YAML, locales), and some of those real files with planted
 * secrets spliced in. Each text goes through a file's streaming filter (named as its file) and, when short, through
 * redactString of a learning redactor (learned values carry from one text to the next, in a fixed order).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Redactor as RedactorType } from '../src/core/redact/redactor.js';
import { fakeSecrets, lookAlikes, encodings, rng } from '../test/helpers/fake-secrets.js';
import { familyFakes, commonAlikes } from '../test/helpers/fake-families.js';
import * as prose from '../test/helpers/prose-corpus.js';
import * as keyed from '../test/helpers/keyed-corpus.js';
import { tableCases } from '../test/helpers/tables-corpus.js';
import * as split from '../test/helpers/split-corpus.js';
import { plants12, lookAlikes12 } from '../test/helpers/encodings12-corpus.js';
import * as enc7 from '../test/helpers/encodings7-corpus.js';
import { buildCorpus } from '../test/helpers/redact-eval.js';
import type { Planted } from '../test/helpers/placements.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const repo = path.resolve(opt('--repo') ?? process.cwd());
const out = opt('--out');
const against = opt('--against');
// `--redactor <dist>/src/core/redact/redactor.js`: another build's redactor, on the same corpus (the helpers that build
// it read files of their own build: two builds' harnesses did not make the same texts).
const { Redactor } = (await import(
  opt('--redactor') ? path.resolve(opt('--redactor')!) : '../src/core/redact/redactor.js'
)) as { Redactor: typeof RedactorType };

type Text = { rel: string; text: string };
const texts: Text[] = [];
const add = (rel: string, text: string): void => {
  if (text.length > 0) texts.push({ rel, text });
};

/** Every string inside a value (arrays, records, functions of no argument called once), depth-limited. */
function strings(v: unknown, depth = 0, acc: string[] = []): string[] {
  if (depth > 5) return acc;
  if (typeof v === 'string') acc.push(v);
  else if (Buffer.isBuffer(v)) acc.push(v.toString('utf8'));
  else if (Array.isArray(v)) for (const x of v) strings(x, depth + 1, acc);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, depth + 1, acc);
  return acc;
}

function planted(name: string, ps: readonly Planted[], n: number): void {
  for (const [rel, place, value] of ps) for (let i = 0; i < n; i++) add(rel, place(value()));
  void name;
}

// Planted secrets and look-alikes of the test helpers.
for (const seed of [1, 2, 3, 20261125]) {
  for (const s of fakeSecrets(seed)) {
    add('agent_outputs/agent_a.txt', s.context);
    for (const [k, e] of Object.entries(encodings(s))) add(`enc/${k}.txt`, `value: ${e}\n`);
  }
  for (const l of lookAlikes(seed)) add('streaming_debug.log', l);
}
for (const seed of [1, 2]) {
  for (const f of familyFakes(seed)) for (const s of strings(f)) add('family.txt', s);
  for (const s of commonAlikes(seed)) add('alike.txt', s);
}
for (const s of strings([prose.PASSWORD_FORMS, prose.TOKEN_FORMS, prose.TRANSCRIPT_FORMS, prose.allBenign()]))
  add('prose.md', s);
for (const [k, v] of Object.entries(keyed)) {
  if (!Array.isArray(v) || v.length === 0) continue;
  if (Array.isArray(v[0]) && typeof v[0][1] === 'function') planted(k, v as Planted[], 3);
  else for (const s of strings(v)) add('keyed.txt', s);
}
for (const seed of [1, 2]) {
  for (const c of tableCases(seed)) for (const s of strings(c)) add('table.txt', s);
  for (const fn of [split.markupCases, split.markupLookAlikes, split.wrapCases, split.wrapLookAlikes, split.hexCases])
    for (const c of fn(seed)) add((c as { rel?: string }).rel ?? 'split.txt', (c as { text: string }).text);
  for (const p of plants12(seed)) for (const s of strings(p)) add('enc12.txt', s);
  for (const s of lookAlikes12(seed)) add('enc12-alike.txt', s);
  for (const fn of [enc7.flippedPlants, enc7.base64Plants])
    for (const p of fn(seed)) for (const s of strings(p)) add('enc7.txt', s);
  for (const fn of [enc7.flippedLookAlikes, enc7.base64LookAlikes]) for (const s of fn(seed)) add('enc7-alike.txt', s);
}
// The evaluation corpus's session and home/project files.
{
  const c = buildCorpus({ repo, bundles: false });
  const walkTree = (tree: Record<string, unknown>, prefix: string): void => {
    for (const [name, v] of Object.entries(tree)) {
      const rel = prefix ? `${prefix}/${name}` : name;
      if (typeof v === 'string') add(rel, v);
      else if (Buffer.isBuffer(v)) add(rel, v.toString('utf8'));
      else if (v && typeof v === 'object') walkTree(v as Record<string, unknown>, rel);
    }
  };
  walkTree(c.session, '');
  walkTree(c.project, 'project');
  walkTree(c.home, 'home');
}

// Real files: every n-th of a sorted walk, at most 256 KB each.
function walk(dir: string, keep: (f: string) => boolean, acc: string[] = [], limit = 200000): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return acc;
  }
  for (const e of entries) {
    if (acc.length >= limit) break;
    const p = path.join(dir, e);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) walk(p, keep, acc, limit);
    else if (st.isFile() && st.size > 0 && st.size <= 256 * 1024 && keep(p)) acc.push(p);
  }
  return acc;
}
const textExt = /\.(json|js|mjs|cjs|ts|md|ya?ml|txt|ini|toml|html|css|sh|py|csv|xml|po|properties|conf|log)$/i;
function sample(files: string[], n: number): string[] {
  if (files.length <= n) return files;
  const step = files.length / n;
  return Array.from({ length: n }, (_, i) => files[Math.floor(i * step)]!);
}
const real: string[] = [
  ...walk(path.join(repo, 'fixtures'), () => true),
  ...walk(path.join(repo, 'test'), (f) => f.endsWith('.ts')),
  ...walk(path.join(repo, 'src'), (f) => f.endsWith('.ts')),
  ...sample(
    walk(path.join(repo, 'node_modules'), (f) => textExt.test(f)),
    1800,
  ),
  ...sample(
    walk('/usr/share', (f) => textExt.test(f) || /copyright|changelog|README/i.test(f), [], 40000),
    600,
  ),
];
const rand = rng(1313);
const plants = [1, 2, 3].flatMap((s) => fakeSecrets(s));
for (const [i, f] of real.entries()) {
  const text = readFileSync(f, 'utf8');
  const rel = path.relative(repo, f).startsWith('..') ? f.slice(1) : path.relative(repo, f);
  add(rel, text);
  // Every fifth file also with a planted secret spliced in at a line break.
  if (i % 5 === 0) {
    const lines = text.split('\n');
    const at = Math.floor(rand() * lines.length);
    lines.splice(at, 0, plants[Math.floor(rand() * plants.length)]!.context);
    add(rel, lines.join('\n'));
  }
}

// Redact: each text through its file's filter (in two writes, cut at a line break when it has one), and short ones
// through a learning redactor's redactString.
const redactor = new Redactor({ knownValues: [{ name: 'MISTRAL_API_KEY', value: 'Mz7Qp2Lk9Xw4Rt6Yb1Nc8Vd3' }] });
const learning = new Redactor({ learn: true });
learning.active(true);
const digests: string[] = [];
/** Each text's own digest: a text the change itself edited (this repository's sources) is not compared. */
const inputs = texts.map((t) => createHash('sha1').update(t.rel).update('\0').update(t.text).digest('hex'));
const cpu0 = process.cpuUsage();
for (const { rel, text } of texts) {
  const filter = redactor.filter({ rel });
  const cut = text.indexOf('\n', text.length >> 1) + 1;
  const redacted = filter.write(text.slice(0, cut)) + filter.write(text.slice(cut)) + filter.end();
  const h = createHash('sha1')
    .update(redacted)
    .update(JSON.stringify(filter.counts?.() ?? {}));
  if (text.length <= 20000) h.update('\0').update(learning.redactString(text));
  digests.push(h.digest('hex'));
}
const cpu = process.cpuUsage(cpu0);
const mb = texts.reduce((a, t) => a + t.text.length, 0) / 1048576;
console.log(
  JSON.stringify({ texts: texts.length, mb: +mb.toFixed(1), cpu_seconds: +((cpu.user + cpu.system) / 1e6).toFixed(2) }),
);
if (out) writeFileSync(out, JSON.stringify({ inputs, digests }));
if (against && existsSync(against)) {
  const base = JSON.parse(readFileSync(against, 'utf8')) as { inputs: string[]; digests: string[] };
  const differ: string[] = [];
  const here = new Map(inputs.map((h, i) => [h, i]));
  const compared = base.inputs.filter((h) => here.has(h)).length;
  console.log(`texts in both corpora: ${compared} (${base.inputs.length - compared} only before, edited since)`);
  base.inputs.forEach((h, k) => {
    // The same text at the same place (a text can come twice, read with different learned values), else where it is.
    const i = inputs[k] === h ? k : here.get(h);
    if (i !== undefined && base.digests[k] !== digests[i]) differ.push(`${i} ${texts[i]!.rel}`);
  });
  console.log(`differ: ${differ.length}`);
  for (const d of differ.slice(0, 20)) console.log(`  ${d}`);
  if (differ.length > 0) process.exitCode = 1;
}
