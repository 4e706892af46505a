/**
 * Issue 11, round 26: a value on the line after its label (`API_KEY=`, `token:`, `Your key:`), hard-wrapped at a
 * fixed column (`fold -w 40`, base64's 64 and 76, an editor's 72 or 80): every piece of it goes out redacted, in
 * plain text, in a JSON string (`\n` escapes), in a trace and in an agent's log, and the same value pasted in another
 * file is redacted as a learned value. Attack 25 found the first line redacted and the rest of the value kept
 * (`[REDACTED]\nuQ2j2pE+7pOEOFvPQxHRY5OTGiDWOOAEiCOnqhtg\nyxQcp4==`). Twins: a labelled value that fills its line,
 * then a word, a setting, a file name or a commit on the next line, come out byte for byte. Seeded (REDACT_SEED).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { gen } from './helpers/glue15-tokens.js';
import { filtered } from './helpers/filtered.js';

const SEED = Number(process.env.REDACT_SEED ?? 2601);

// Open: a shell continuation before the value (`export KEY=\` then the value's lines) is read by the key-name layer
// from its second line only.

const LABELS = [
  (n: string) => `${n}=`,
  (n: string) => `${n.toLowerCase()}:`,
  (n: string) => `${n} =`,
  () => 'Here is the key you asked for:',
  () => 'Your new API token:',
];
const NAMES = ['SIGNING_KEY', 'API_SECRET', 'MISTRAL_API_KEY', 'AZURE_STORAGE_KEY', 'SERVICE_TOKEN', 'DB_PASSWORD'];
const WIDTHS = [32, 40, 64, 76];
const CARRIERS: [rel: string, wrap: (body: string) => string][] = [
  ['workspace/notes.md', (b) => `Setup notes.\n\n${b}\n\nThen restart the service.\n`],
  ['workspace/data/dump.json', (b) => `${JSON.stringify({ note: b })}\n`],
  ['execution_trace.md', (b) => `### Tool Result:\n${b}\n`],
  ['agent_outputs/agent_a.txt', (b) => `=== AGENT_A OUTPUT LOG ===\n${b}\n`],
];

/** Values: base64 with `+` and `/`, base64 with padding, alphanumerics, dotted (a Discord-like token), url-safe. */
function values(seed: number): string[] {
  const r = gen(seed);
  const out: string[] = [];
  for (let i = 0; i < 12; i++) {
    const k = i % 5;
    if (k === 0) out.push(r('b64', 86) + '==');
    else if (k === 1) out.push(r('alnum', 60 + (i % 4) * 7));
    else if (k === 2) out.push(`${r('alnum', 24)}.${r('url', 6)}.${r('url', 38)}`);
    else if (k === 3) out.push(r('b64', 44));
    else out.push(r('url', 70));
  }
  return out;
}

const cut = (v: string, w: number): string[] => v.match(new RegExp(`.{1,${w}}`, 'g'))!;

interface Plant {
  name: string;
  rel: string;
  text: string;
  value: string;
}

function plants(seed: number): Plant[] {
  const vs = values(seed);
  const out: Plant[] = [];
  let k = 0;
  for (const [rel, wrap] of CARRIERS)
    for (const w of WIDTHS)
      for (let l = 0; l < LABELS.length; l++, k++) {
        const v = vs[k % vs.length]!;
        // A value shorter than two lines at this width is no wrap.
        if (v.length <= w) continue;
        const label = LABELS[l]!(NAMES[k % NAMES.length]!);
        out.push({ name: `${rel}@${w}/${l}`, rel, text: wrap(`${label}\n${cut(v, w).join('\n')}`), value: v });
      }
  return out;
}

/** Whether any 10-character window of the value survives in the output (JSON's `\n` read as a break). */
function leaks(out: string, v: string): boolean {
  const flat = out.replace(/\\n/g, '\n');
  for (let i = 0; i + 10 <= v.length; i++) if (flat.includes(v.slice(i, i + 10))) return true;
  return false;
}

/** Labelled values that fill their line, then a line that is no piece of them. */
function twins(seed: number): string[] {
  const r = gen(seed);
  const nexts = [
    'DEBUG=true',
    'main.py',
    'model: gpt-4o-mini',
    'Then restart the service.',
    `commit ${r('hex', 40)}`,
    '',
    '- step two: run the tests',
    'See docs/setup.md for details.',
  ];
  const out: string[] = [];
  for (const w of WIDTHS)
    for (let i = 0; i < nexts.length; i++) {
      const label = LABELS[i % LABELS.length]!(NAMES[i % NAMES.length]!);
      // A complete value that happens to be as long as a wrap column: redacted, but what follows it stays.
      out.push(`${label}\n${r('alnum', w)}\n${nexts[i]}\n`);
    }
  return out;
}

describe(`a labelled value hard-wrapped onto the next lines (wraps26, seed ${SEED})`, () => {
  it('every piece goes out redacted', () => {
    const r = new Redactor();
    const ps = plants(SEED);
    assert.ok(ps.length >= 60, `${ps.length} plants`);
    const leaked = ps.filter((p) => leaks(filtered(r, p.rel, p.text), p.value));
    assert.deepEqual(
      leaked.map((p) => `${p.name}: ${JSON.stringify(filtered(r, p.rel, p.text))}`),
      [],
      `leaked ${leaked.length} of ${ps.length}`,
    );
  });

  it('the pieces are learned: the value pasted whole in another file is redacted', () => {
    const ps = plants(SEED + 1).filter((p) => p.rel.endsWith('.md'));
    const pasted = (p: Plant): [string, string] => {
      const r = new Redactor({ learn: true });
      r.active(true);
      return [filtered(r, p.rel, p.text), filtered(r, 'workspace/other.txt', `pasted: ${p.value}\n`)];
    };
    const leaked = ps.filter((p) => leaks(pasted(p)[1], p.value));
    assert.deepEqual(
      leaked.map((p) => `${p.name}: ${JSON.stringify(pasted(p))}`),
      [],
    );
  });

  it('the line after a value that fills its line is kept', () => {
    const r = new Redactor();
    const changed = twins(SEED + 2).filter((t) => {
      const out = filtered(r, 'workspace/notes.md', t);
      return out.split('\n')[2] !== t.split('\n')[2];
    });
    assert.deepEqual(
      changed.map((t) => `${JSON.stringify(t)} => ${JSON.stringify(filtered(r, 'workspace/notes.md', t))}`),
      [],
    );
  });

  itIsLinear([['labels then wrapped lines', `API_KEY=\n${'Ab3dEf9hIj'.repeat(4)}\n`]]);
});
