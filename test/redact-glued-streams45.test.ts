/**
 * Keys streamed back to back (attack 45): a model that lists several keys writes them as one run of records, each key
 * cut across records and glued to the next one's start (`…lnzQB1f` + `1436701302:AA…` + `yTG_…` + `glsa_…`), so
 * the stream's join holds no token's start or end where a shape wants one. And execution_trace.md's `### Content`
 * sections, one a flush, cut a key the same way. No 10-character window of a prefixed key may be read back joined;
 * streams and sections of prose that name the prefixes come out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { recipientJoin, SHAPES, windowLeak } from './helpers/chunk-corpus.js';
import { fakeSecrets, rng } from './helpers/fake-secrets.js';

/** The families whose keys start with a provider's prefix (the reading starts at a record holding one). */
const PREFIXED =
  /^(?:sk-|sk_live_|AKIA|ASIA|AIza|gh[psr]_|github_pat_|glpat-|xox[bp]-|whsec_|hf_|gsk_|xai-|tgp_v1_|pplx-|csk-|npm_|\d{8,10}:AA)/;

/** `value` cut at 1 to 3 random places (pieces of 3 characters or more). */
function cut(rand: () => number, value: string): string[] {
  const n = 1 + Math.floor(rand() * 3);
  const at = new Set<number>();
  for (let k = 0; k < 20 && at.size < n; k++) at.add(3 + Math.floor(rand() * (value.length - 6)));
  const cuts = [0, ...[...at].sort((a, b) => a - b), value.length];
  return cuts.slice(1).map((e, i) => value.slice(cuts[i], e));
}

function keysOf(seed: number): string[] {
  return fakeSecrets(seed)
    .filter((s) => !s.byKeyName && PREFIXED.test(s.value))
    .map((s) => s.value);
}

const redactFile = (rel: string, text: string): string => {
  const f = new Redactor().filter({ rel });
  return f.write(text) + f.end();
};

describe('keys streamed back to back, each cut across records (attack 45)', () => {
  it('no window of any key is left, in every record shape, the keys in a random order', () => {
    const missed: string[] = [];
    let n = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const rand = rng(4500 + seed);
      const keys = keysOf(seed).sort(() => rand() - 0.5);
      for (const [name, shape] of Object.entries(SHAPES)) {
        const pieces = keys.flatMap((k) => cut(rand, k));
        const log = `${pieces.map((p, i) => shape(p, i)).join('\n')}\n`;
        const joined = recipientJoin(redactFile('turn_1/attempt_1/agent_outputs/agent_a.txt', log));
        for (const k of keys) {
          n++;
          if (windowLeak(joined, k)) missed.push(`${name} seed ${seed}: ${k.slice(0, 12)}…`);
        }
      }
    }
    assert.ok(n >= 1000, `${n} plants`);
    assert.deepEqual(missed, []);
  });

  it("no window of a key cut across execution_trace.md's `### Content` sections is left", () => {
    const missed: string[] = [];
    let n = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const rand = rng(4550 + seed);
      for (const k of keysOf(seed)) {
        const heading = rand() < 0.5 ? '### Content' : '### Reasoning';
        const sections = cut(rand, k).map((p) => `${heading}\n${p}\n`);
        const trace = `## Round 1 (Answer 1)\n${sections.join('')}\n### Answer Submitted (agent_a)\n`;
        const out = redactFile('turn_1/attempt_1/agent_a/20260131_101500_000001/execution_trace.md', trace);
        n++;
        if (windowLeak(out.replace(/^### \w+\n/gm, ''), k)) missed.push(`${k.slice(0, 12)}…`);
      }
    }
    assert.ok(n >= 150, `${n} plants`);
    assert.deepEqual(missed, []);
  });

  it('keeps streams and sections of prose that name the prefixes byte for byte', () => {
    const prose = [
      'OpenAI keys start with ',
      'sk-',
      'proj',
      '-, GitHub tokens with ',
      'ghp_',
      ' and AWS key ids with ',
      'AKIA',
      '. Slack bot tokens begin ',
      'xoxb-',
      ', Hugging Face ',
      'hf_',
      'XXXXXXXX',
      ' and Stripe ',
      'sk_live_',
      '... Put ',
      'sk-ant-api03-',
      '<your key>',
      ' in the header; ',
      'AKIA',
      'IOSFODNN7',
      'EXAMPLE',
      ' is the docs’ example.',
    ];
    for (const [name, shape] of Object.entries(SHAPES)) {
      const log = `${prose.map((p, i) => shape(p, i)).join('\n')}\n`;
      assert.equal(redactFile('turn_1/attempt_1/agent_outputs/agent_a.txt', log), log, name);
    }
    const trace = `## Round 1\n${prose.map((p) => `### Content\n${p.trim()}\n`).join('')}`;
    const at = 'turn_1/attempt_1/agent_a/20260131_101500_000001/execution_trace.md';
    assert.equal(redactFile(at, trace), trace);
  });
});
