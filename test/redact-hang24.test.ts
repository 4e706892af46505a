/**
 * Round 24 (issue 11 category 7, "never a hang"; hang24-corpus.ts, short-fuzz.ts): no short line makes the redactor
 * super-linear. `x,secret`, 64 blanks and `,` took 1.3 s of CPU in one filter on 4e6f367, 128 blanks minutes (the
 * label-end regex of next-lines.ts: five optional blank runs side by side), while the 1 MiB linearity tests passed.
 * Each line below is timed at runs of 16, 32, 64 and 128 units in a child killed after 20 s; time(128) must stay
 * under 8 times time(32) or under 50 ms. Padding a label's end with blanks changes no decision: nextline22's plants
 * padded go out redacted, its twins padded come out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { hostileShapes, paddedPlants, paddedTwins } from './helpers/hang24-corpus.js';
import { leaks, SEED } from './helpers/nextline22-corpus.js';
import { runShortFuzz, shortShapes, type Shape } from './helpers/short-fuzz.js';

const r = new Redactor();
const exported = (text: string): string => {
  const f = r.filter({ rel: 'workspace/notes.md' });
  return f.write(text) + f.end();
};
const show = (f: { shape: Shape; ms: number[]; timeout: boolean }): string =>
  `${JSON.stringify(f.shape)}: ${f.timeout ? 'not done in 20 s' : f.ms.map((m) => m.toFixed(0)).join('/') + ' ms'}`;

/** Lines the short fuzzer found super-linear on 4e6f367 (bench/redact-linear-fuzz.ts --short), with their tails. */
const FOUND: Shape[] = [
  // next-lines.ts's label end: 64 blanks 1.3 s, 128 minutes.
  { head: 'x,secret', unit: ' ', tail: ',', rel: 'agent_a/workspace/data.txt' },
  // context.ts's prose tail (words, each then `[ \t]*[:=]?[ \t]+`): 4 runs of 100 blanks over 20 s.
  { head: 'secret', unit: ' ', tail: '', rel: 'agent_a/workspace/data.txt', sep: 'secret', reps: 4 },
  { head: 'the password is', unit: '\t', tail: '!', rel: 'agent_a/workspace/notes.md', sep: 'my', reps: 4 },
];

describe('hang24: no short line is super-linear', () => {
  it('the lines found by the short fuzzer, and a name then blanks then a character ending no label', async () => {
    const found = await runShortFuzz([...FOUND, ...hostileShapes()], { timeoutMs: 20_000 });
    assert.deepEqual(found.map(show), []);
  });

  it('a seeded smoke run of the short fuzzer (150 lines) finds nothing', async () => {
    const found = await runShortFuzz(shortShapes(Number(process.env.REDACT_SEED ?? 2424), 150), { timeoutMs: 20_000 });
    assert.deepEqual(found.map(show), []);
  });

  describe('hostile label lines, with and without line breaks', () => {
    const units = [`x,secret${' '.repeat(64)},\n`, `**token ${' \t'.repeat(20)}:!\n`];
    // comment-keys.ts's tail after `rotated` (words in a 280-character window): 280 characters took 2.1 s.
    const all = [...units, `rotated${' '.repeat(60)}`, `password is${'\t'.repeat(40)}my`];
    itIsLinear(all.map((u) => [JSON.stringify(u.slice(0, 12)), u]));
  });
});

describe(`hang24: padding a label's end changes nothing (seed ${SEED})`, () => {
  it("nextline22's plants with padded label ends go out redacted", () => {
    const ps = paddedPlants(SEED);
    assert.ok(ps.length >= 100, `${ps.length} plants`);
    assert.ok(ps.filter((p) => p.text !== p.plain).length >= 100, 'most plants padded');
    const leaked = ps.filter((p) => !leaks(exported(p.plain), p) && leaks(exported(p.text), p));
    assert.deepEqual(
      leaked.map((p) => `${p.name}: ${JSON.stringify(exported(p.text)).slice(0, 240)}`),
      [],
    );
  });

  it("nextline22's twins with padded label ends come out byte for byte", () => {
    const ts = paddedTwins(SEED + 1).filter((t) => t.text !== t.plain && exported(t.plain) === t.plain);
    assert.ok(ts.length >= 100, `${ts.length} twins`);
    assert.deepEqual(
      ts.filter((t) => exported(t.text) !== t.text).map((t) => JSON.stringify(t.text)),
      [],
    );
  });
});
