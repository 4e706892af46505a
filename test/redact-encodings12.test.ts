/**
 * Encodings, round twelve: keys in a reversible text encoding a recipient undoes with a standard tool or a one-line
 * script (helpers/encodings12-corpus.ts: octal and CSS escapes, UTF-16 hex, .reg hex values, nested layers, asciinema
 * casts, base58/base32, look-alike letters, entities, code lists, PowerShell's UTF-16 base64, dumps). A plant leaks
 * when any 10-character window of its random part is in a one-step view (decoded-views.ts) or in the recipient's
 * decoding of its own encoding. The look-alikes stay byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeRunCandidates } from '../src/core/redact/code-runs.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { decodedViews, leaksIn } from './helpers/decoded-views.js';
import { lookAlikes12, plants12, type Plant12 } from './helpers/encodings12-corpus.js';

/** The plants that leak, by name. */
export function leaked12(plants: readonly Plant12[]): string[] {
  const plain = new Redactor();
  const out: string[] = [];
  for (const p of plants) {
    const redactor = p.known ? new Redactor({ knownValues: [{ name: 'SERVICE_TOKEN', value: p.known }] }) : plain;
    const red = redactor.redactString(p.text);
    const views = [...decodedViews(red), p.decode(red)];
    if (leaksIn(views, p.body)) {
      out.push(p.name);
      if (process.env.SHOW_LEAKS) console.log(p.name, JSON.stringify(red).slice(0, 300));
    }
  }
  return out;
}

const SEEDS = [121, 122];

describe('encodings 12: keys in encodings a recipient can decode', () => {
  it('are redacted in every member', () => {
    const plants = SEEDS.flatMap((s) => plants12(s));
    const leaks = leaked12(plants);
    const by = new Map<string, number>();
    for (const l of leaks) by.set(l.split('/')[0]!, (by.get(l.split('/')[0]!) ?? 0) + 1);
    console.log(`planted ${plants.length}, leaked ${leaks.length} ${JSON.stringify(Object.fromEntries(by))}`);
    assert.deepEqual(leaks, []);
  });
  it('look-alikes stay byte for byte', () => {
    const redactor = new Redactor();
    const texts = SEEDS.flatMap(lookAlikes12);
    const changed = texts.filter((t) => redactor.redactString(t) !== t);
    for (const t of changed) console.log('changed', JSON.stringify(redactor.redactString(t)).slice(0, 300));
    assert.deepEqual(changed, []);
  });
});

/** CPU milliseconds of f, best of two (a busy machine only adds). */
function cpu(f: () => void): number {
  let best = Infinity;
  for (let k = 0; k < 2; k++) {
    const t = process.cpuUsage();
    f();
    const d = process.cpuUsage(t);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

/** Lines of each finder's own triggers, whole runs and runs cut one short of a decode (every run read and dropped). */
const HOSTILE: [string, string][] = [
  ['octal', '\\163'],
  ['octal cut', `${'\\163'.repeat(11)}x`],
  ['css', '\\73 '],
  ['perl', '\\x{73}'],
  ['percent-u', '%u0073'],
  ['qp', '=73'],
  ['qp cut', `${'=73'.repeat(11)}=\n`],
  ['chr', 'chr(115)+'],
  ['bits', '01110011 '],
  ['bits and ones', '0101'],
  ['nul pairs', 's\0'],
  ['math', '\ud835\udc2c'],
  ['math and words', '\ud835\udc2c ab'],
  ['cast head', '"o", "'],
  ['cast events', '[0.1, "o", "s"]\n'],
  ['reg', '=hex:73,'],
  ['base58', 'abcdefghijk'],
  ['base58 tokens', 'Zx9kQ2mNpR7tYvW3aB4c '],
];
const at = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

describe('encodings 12: the finders are linear on lines of their own triggers', () => {
  for (const [name, unit] of HOSTILE)
    it(`${name}: 16 times the line (64 KiB to 1 MiB) costs at most 32 times the CPU time`, () => {
      codeRunCandidates(at(unit, 4096));
      const a = cpu(() => codeRunCandidates(at(unit, 64 * 1024)));
      const b = cpu(() => codeRunCandidates(at(unit, 1024 * 1024)));
      assert.ok(b <= 32 * a + 50, `${name}: 64 KiB ${a.toFixed(1)} ms, 1 MiB ${b.toFixed(1)} ms`);
    });
  it('the redactor on a 256 KiB line of cast events and octal escapes stays linear', () => {
    const r = new Redactor();
    for (const unit of ['[0.1, "o", "s"]\n', '\\163', '=hex:73,']) {
      const a = cpu(() => r.redactString(at(unit, 16 * 1024)));
      const b = cpu(() => r.redactString(at(unit, 256 * 1024)));
      assert.ok(b <= 32 * a + 100, `${unit}: 16 KiB ${a.toFixed(0)} ms, 256 KiB ${b.toFixed(0)} ms`);
    }
  });
});
