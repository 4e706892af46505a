/**
 * Round 20: a prefix-less key on a line of its own below a sentence that ends with a credential noun and a colon
 * (`Here is the key:`, a blank line, the key indented, fenced or quoted). Before, a line break ended the anchor's
 * clause, and such a key went out unless another layer happened to read it. The twin: the same sentences naming a
 * commit, a cache key, a request id or a checksum, and a key noun far from its colon, come out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seededGen, uuidOf, type SeededGen } from './helpers/fake-secrets.js';
import { leaksValue, redactAs } from './helpers/placements.js';

const KEYS: ((g: SeededGen) => string)[] = [
  (g) => g.pick('hex', 64),
  (g) => g.pick('hex', 32),
  (g) => g.pick('hex', 40),
  (g) => uuidOf(g.pick('hex', 32), true),
  (g) => `${g.pick('alnum', 36)}${g.int(10)}`,
];
const INTROS = [
  'Here is the key:',
  'Here is your new API key:',
  'I generated a fresh token for you:',
  'The secret for the webhook:',
  'Your Groq credential:',
  'Here are the keys:',
];
const LAYOUTS: ((v: string) => string)[] = [
  (v) => `\n\n    ${v}\n\nStore it safely.\n`,
  (v) => `\n${v}\n`,
  (v) => `\n\n${v}\n\nAnything else?\n`,
  (v) => `\n\n\`\`\`\n${v}\n\`\`\`\n`,
  (v) => `\n\n\`${v}\`\n`,
  (v) => `\n> ${v}\n`,
];

describe('intro20: a key alone below a sentence ending with its noun and a colon', () => {
  it('no window of the key goes out', () => {
    const g = seededGen(2020);
    const leaked: string[] = [];
    let n = 0;
    for (const intro of INTROS)
      for (const layout of LAYOUTS)
        for (const key of KEYS)
          for (const rel of ['answer.md', 'notes.txt']) {
            const v = key(g);
            const text = `Done.\n${intro}${layout(v)}`;
            n++;
            if (leaksValue(redactAs(rel, text), v)) leaked.push(JSON.stringify(text));
          }
    assert.ok(n >= 300, `${n}`);
    assert.deepEqual(leaked, []);
  });
  it('ids, hashes and far nouns below a colon come out byte for byte', () => {
    const g = seededGen(2021);
    const intros = [
      'Here is the commit:',
      'The cache key:',
      'Here is the request id:',
      'SHA-256 checksum of the download:',
      'The key is rotated weekly. Output:',
      'Here is the token count for the run, as the log wrote it in the final summary table:',
      'Build id:',
    ];
    const changed: string[] = [];
    for (const intro of intros)
      for (const layout of LAYOUTS)
        for (const key of KEYS.slice(0, 4)) {
          const text = `Done.\n${intro}${layout(key(g))}`;
          const out = redactAs('answer.md', text);
          if (out !== text) changed.push(`${JSON.stringify(text)} -> ${JSON.stringify(out)}`);
        }
    assert.deepEqual(changed, []);
  });
});
