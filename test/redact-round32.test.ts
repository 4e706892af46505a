/**
 * Issue 11, round 32 (seeded, REDACT_SEED replays): passwords of parts after more languages' password words, `0x` hex
 * under a service's key name, UUID keys after an access word, keys held for now, a flag's value after another flag in
 * a YAML list, Postman's API key record, 1Password's base64url token; and the false alarms an attack found: a
 * sentence after a password word, a `git log` naming tokens, a record's key, a placeholder of words, a sentence's word
 * under a long named value (helpers/round32-corpus.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { itIsLinear } from './helpers/child-timer.js';
import { filtered, itKeeps, itRedacts, learningRedactor } from './helpers/filtered.js';
import {
  accessPlants,
  besideSentencePlants,
  cuePlants,
  heldPlants,
  hexKeyPlants,
  PHRASE_TWINS,
  phrasePlants,
  recordTwins,
  SENTENCE_TWINS,
} from './helpers/round32-corpus.js';

const SEED = Number(process.env.REDACT_SEED ?? 3201);

describe(`round 32 (seed ${SEED})`, () => {
  itRedacts('passwords of parts after `clave`, `adgangskode`, `pwd`, `parola`', () => cuePlants(SEED), 16);
  itRedacts("an Ethereum key's `0x` hex under a service's key name", () => hexKeyPlants(SEED + 1), 10);
  itRedacts('a UUID key after an access word glued to the key word or after it', () => accessPlants(SEED + 2), 16);
  itRedacts(
    'a key held for now, a flag after a flag in a YAML list, Postman, CDATA, base64url',
    () => heldPlants(SEED + 3),
    28,
  );
  itRedacts("a generator's words with a number glued to one, by dots, blanks or `-`", () => phrasePlants(SEED + 6), 12);
  itKeeps('sentences after a password word in six languages', () => SENTENCE_TWINS);
  itKeeps('the same cues before sentences, and dotted paths of code', () => PHRASE_TWINS);
  itKeeps("records' keys, git logs, placeholders, slots, headers' names and notes", () => recordTwins(SEED + 4), 12);

  it("a key above a sentence's capitalised word: only the key is redacted", () => {
    const r = learningRedactor();
    const wrong = besideSentencePlants(SEED + 5).flatMap((p) => {
      const out = filtered(r, p.rel, p.text).replace(/\[REDACTED:[^\]]+\]/g, '\0');
      return out === p.text.replace(p.value, '\0') ? [] : [`${p.name}: ${out}`];
    });
    assert.deepEqual(wrong, []);
  });

  describe('linear on long inputs', () => {
    itIsLinear([
      ['flag items', '- --verbose\n'],
      ['held-key cues', 'remove before commit: '],
      ['access compounds', 'Zugangsschlüssel '],
    ]);
  });
});
