/**
 * Linearity fuzzer (a bench, not a test): `node dist/bench/redact-linear-fuzz.js [--dist DIR] [--only WORD] [--json]`.
 * For every trigger of a pass (the shape table's keywords, key and credential names, prose words, escape and decoder
 * starts) it builds texts of the trigger repeated with each separator class, the trigger then a run of the
 * separator, and the trigger then a run of value characters; each is timed (CPU, process.cpuUsage) at 4 KiB and
 * 16 KiB, and those that grow more than 8 times (linear: 4) or cost over 1 s per MiB are timed again at 64 KiB and
 * 1 MiB. A finding grows more than 20 times from 64 KiB to 1 MiB (linear: 16) or costs over 1 s per MiB. `--dist`
 * times another build (its `src/core/redact/redactor.js`), for a before and after on the same texts.
 * Long runs miss a blow-up in a SHORT run (backtracking between adjacent quantifiers: `x,secret`, 64 blanks and `,`
 * took 1.3 s, 128 blanks minutes, while 1 MiB of blanks was fast): `--short [--seed S] [--count N]` times seeded lines
 * of a trigger's head, 16 to 128 of one unit and a tail, each in a child with a timeout (test/helpers/short-fuzz.ts).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as RedactorModule from '../src/core/redact/redactor.js';
import { SHAPE_RULES } from '../src/core/redact/rules.js';
import { COPULA_WORDS } from '../src/core/redact/prose-values.js';
import { triggerExtras } from './fuzz-triggers.js';
import { runShortFuzz, shortShapes } from '../test/helpers/short-fuzz.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dist = opt('--dist');
const only = opt('--only');
const modPath = dist
  ? pathToFileURL(path.resolve(dist, 'src/core/redact/redactor.js')).href
  : '../src/core/redact/redactor.js';
const { Redactor } = (await import(modPath)) as typeof RedactorModule;

if (args.includes('--short')) {
  const shapes = shortShapes(Number(opt('--seed') ?? 24), Number(opt('--count') ?? 2000));
  const start = process.cpuUsage();
  const redactor = dist ? path.resolve(dist, 'src/core/redact/redactor.js') : undefined;
  const found = await runShortFuzz(shapes, {
    redactor,
    onDone: (i) => (i + 1) % 250 === 0 && process.stderr.write(`${i + 1}/${shapes.length}\n`),
  });
  for (const f of found) console.log(JSON.stringify(f));
  const cpu = process.cpuUsage(start);
  console.log(
    `${shapes.length} short lines, ${found.length} findings (parent ${(cpu.user / 1e6).toFixed(1)} s of CPU)`,
  );
  process.exit(0);
}

const triggers = [
  ...new Set([...SHAPE_RULES.flatMap((r) => r.keywords), ...COPULA_WORDS.slice(0, 40), ...triggerExtras]),
].filter((t) => t.length > 0 && (!only || t.includes(only)));

/** Separator classes: none, spaces and controls, punctuation of code and logs, a line break. */
const SEPARATORS = ['', ' ', '\t', '\0', '\n', '/', '-', '_', '=', ':', '.', ',', '"', "'", '\\', '|', '%', '@'];
/** Separators for the forms `trigger, then a run of one thing` (a long line after one trigger). */
const AFTER = [' ', '\0', '\t', '=', ':', '"', '-', '/'];
/** Value characters a run after a trigger may be made of. */
const VALUES = ['A', 'a1', 'Ab3+/'];

interface Case {
  name: string;
  make: (n: number) => string;
}
const fill = (unit: string, n: number, head = ''): string =>
  head + unit.repeat(Math.max(0, Math.ceil((n - head.length) / unit.length))).slice(0, Math.max(0, n - head.length));

const cases: Case[] = [];
for (const t of triggers) {
  for (const s of SEPARATORS) cases.push({ name: `(${JSON.stringify(s + t)})*`, make: (n) => fill(s + t, n) });
  for (const s of AFTER)
    cases.push({ name: `${JSON.stringify(t)} (${JSON.stringify(s)})*`, make: (n) => fill(s, n, t) });
  for (const s of [' ', '\0'])
    for (const v of VALUES)
      cases.push({ name: `${JSON.stringify(t + s)} (${JSON.stringify(v)})*`, make: (n) => fill(v, n, t + s) });
}

const r = new Redactor();
const cpuMs = (text: string): number => {
  const t = process.cpuUsage();
  r.redactString(text);
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
const KiB = 1024;
const findings: { name: string; small: number; large: number; growth: number; perMiB: number }[] = [];
const start = process.cpuUsage();
let done = 0;
for (const c of cases) {
  done++;
  if (done % 500 === 0) process.stderr.write(`${done}/${cases.length}\n`);
  const a = cpuMs(c.make(4 * KiB));
  const b = cpuMs(c.make(16 * KiB));
  // A first try is noisy (compilation, a busy machine): a suspect is timed again at the sizes that decide.
  if ((b < 8 * Math.max(a, 0.5) || b < 4) && b < 16) continue;
  // Quadratic at 16 KiB already (over 30 s per MiB): not timed at 1 MiB (minutes).
  if (b > 500) {
    findings.push({ name: c.name, small: NaN, large: NaN, growth: NaN, perMiB: b * 64 });
    continue;
  }
  const small = Math.min(cpuMs(c.make(64 * KiB)), cpuMs(c.make(64 * KiB)));
  const large = cpuMs(c.make(1024 * KiB));
  const growth = large / Math.max(small, 1);
  if (growth > 20 || large > 1000) findings.push({ name: c.name, small, large, growth, perMiB: large });
}
const total = process.cpuUsage(start);
if (args.includes('--json')) console.log(JSON.stringify({ cases: cases.length, findings }));
else {
  for (const f of findings)
    console.log(
      `${f.name}: ${Number.isNaN(f.small) ? `16 KiB ${(f.perMiB / 64).toFixed(0)}` : `64 KiB ${f.small.toFixed(0)}`} ms, 1 MiB ${Number.isNaN(f.large) ? 'not run' : `${f.large.toFixed(0)} ms`}` +
        ` (x${Number.isNaN(f.growth) ? '?' : f.growth.toFixed(1)})`,
    );
  console.log(
    `${triggers.length} triggers, ${cases.length} texts, ${findings.length} findings, ` +
      `${((total.user + total.system) / 1e6).toFixed(0)} s of CPU`,
  );
}
