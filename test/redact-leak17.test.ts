/**
 * Leak 17: tokens with a provider prefix that leaked because of what was glued around them, for every prefix family of
 * rules.ts (glue15-tokens.ts) in many placements (leak17-corpus.ts): a secret word (or a variant of one) glued on the
 * left of a short or unseparated prefix (`apikeysk-…`, `tokenAKIA…`, `KEY=Bearersk-ant-…`, `KEY_V2hf_…`:
 * glued-words.ts), underscore emphasis around a short prefix (`_sk-…_`, `__hvs.…__`, `_SK…_`: glued-right.ts), a body
 * that starts with `_` or `-`
 * where the provider's alphabet allows it, and a literal or a decode call that spells such a token (three-digit octal
 * escapes, base64 and hex of a glued token). The twin (leak17-twins.ts): prefixes inside words with random bodies
 * (`task-…`, `half_…`), secret words glued to names (`tokensk-learnModel`), emphasis around names and dunders, octal
 * that spells no token, and windows of node_modules where a secret word is glued to letters come out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { nodeWords } from './helpers/glue15-corpus.js';
import { leakPlants, plantLeaks } from './helpers/leak17-corpus.js';
import { benignLines, nodeGlued } from './helpers/leak17-twins.js';
import { redactAs } from './helpers/placements.js';

describe('tokens leaking by what is glued around them (leak 17)', () => {
  const r = new Redactor();

  for (const seed of [1701, 1702]) {
    it(`seed ${seed}: no window of a planted token (or of its encoding) goes out`, () => {
      const plants = leakPlants(seed);
      const families = new Set(plants.map((p) => p.name.split('/').slice(1, -1).join('/')));
      const places = new Set(plants.map((p) => `${p.name.split('/')[0]}/${p.name.split('/').at(-1)}`));
      assert.ok(plants.length >= 1000, `${plants.length} plants`);
      assert.ok(families.size >= 25, `${families.size} families`);
      assert.ok(places.size >= 30, `${places.size} placements`);
      const leaked = plants.filter((p) => plantLeaks(r.redactString(p.text), p));
      assert.deepEqual(
        leaked.map((p) => `${p.name}: ${p.text.slice(0, 160)}`),
        [],
      );
    });
  }

  it('a plant in a file (the streaming filter, by file type) goes out as a placeholder too', () => {
    const plants = leakPlants(1704).filter((_, i) => i % 7 === 0);
    const leaked = plants.filter((p) => plantLeaks(redactAs('notes.md', `${p.text}\n`), p));
    assert.deepEqual(
      leaked.map((p) => p.name),
      [],
    );
  });

  it('look-alikes come out byte for byte: prefixes inside words, names after secret words, emphasis, octal', () => {
    const lines = [...benignLines(1703, nodeWords(400)), ...benignLines(1705, nodeWords(800).slice(400))];
    assert.ok(lines.length >= 1000, `${lines.length} lines`);
    const changed = lines.filter((l) => r.redactString(l) !== l);
    assert.deepEqual(
      changed.map((l) => `${l} => ${r.redactString(l)}`),
      [],
    );
  });

  it("windows of this project's node_modules where a secret word is glued to letters or digits are kept", () => {
    const lines = nodeGlued(800);
    assert.ok(lines.length >= 500, `${lines.length} windows`);
    const changed = lines.filter((l) => r.redactString(l) !== l);
    assert.deepEqual(
      changed.map((l) => `${l} => ${r.redactString(l)}`),
      [],
    );
  });
});

/** Hostile lines of the new candidates' pieces, 64 KiB then 1 MiB: 16 times the text costs at most 32 times the CPU. */
const UNITS: [string, string][] = [
  ['a secret word glued to a short prefix', `token${'s'}k-`],
  ['a word then a glued body', `Bearer${'s'}k-${'a1B2'.repeat(8)}`],
  ["a word's variant then a short prefix", `key_v1${'s'}k-`],
  ['emphasis', ` _${'s'}k-`],
  ['emphasis and a body', `__${'h'}f_${'aB3'.repeat(4)}`],
];

describe('the leak 17 candidates are linear on their own pieces', () => {
  itIsLinear(UNITS);
});
