/**
 * Round 16 (attack16): a token in Markdown emphasis, `_<token>_` or `__<token>__` (`*_…_*`, in a list, a table cell,
 * parentheses), goes out nowhere, for every family whose token is found glued on the right (`<token>_ now`) and after
 * a name's `_` (`MY_<token>`): the `_` before it starts no identifier. Open: short prefixes (`sk-`, `pa-`, `hvs.`),
 * which the finder looks for only at a token's start. Twin: identifiers in the same emphasis (`_init_`,
 * `__ghp_cache__`, node_modules' names and generated ones that start with a family's prefix) come out byte for byte.
 * glued-right.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leadingStrings } from '../src/core/redact/leading.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { SHAPE_RULES } from '../src/core/redact/rules.js';
import { leaks, nodeIdentifiers, nodeWords, prefixNames } from './helpers/glue15-corpus.js';
import { tokenMakers } from './helpers/glue15-tokens.js';

const FORMS: ((t: string) => string)[] = [
  (t) => `Use _${t}_ for the demo.\n`,
  (t) => `Use __${t}__ for the demo.\n`,
  (t) => `- the key: *_${t}_*\n`,
  (t) => `| prod | _${t}_ |\n`,
  (t) => `(see _${t}_)\n`,
  (t) => `_${t}_\n`,
];

describe('tokens in Markdown emphasis (round 16)', () => {
  it('no window of a token found glued on the right goes out between underscores', () => {
    const r = new Redactor();
    const leaked: string[] = [];
    let planted = 0;
    for (const seed of [1601, 1602])
      for (const [name, make] of Object.entries(tokenMakers(seed))) {
        const t = make();
        // Found glued on the right, and after a name's `_` (a distinctive prefix: shapes.ts's strongPrefix).
        if (leaks(r.redactString(`Use ${t}_ for the demo.\n`), t) || leaks(r.redactString(`Use MY_${t} now.\n`), t))
          continue;
        for (const form of FORMS) {
          planted++;
          const text = form(t);
          if (leaks(r.redactString(text), t)) leaked.push(`${name}: ${text.trim()}`);
        }
      }
    assert.ok(planted >= 480, `${planted} planted`);
    assert.deepEqual(leaked, [], `${planted} planted`);
  });

  it('identifiers between underscores stay', () => {
    const literals = [
      ...new Set(
        SHAPE_RULES.filter((x) => x.prefix && !x.caseInsensitive)
          .flatMap((x) => leadingStrings(x.source) ?? [])
          .filter((l) => l.length >= 4 && /^[\x21-\x7e]+$/.test(l)),
      ),
    ];
    const r = new Redactor();
    const names = [
      ...nodeIdentifiers(literals),
      ...prefixNames(1611, literals, nodeWords()),
      '__init__',
      'ghp_cache',
      'sk_live_mode',
    ];
    const changed: string[] = [];
    for (const n of names)
      for (const text of [`the _${n}_ option\n`, `call __${n}__ first\n`])
        // (What the underscore on the right changes is glued-right's: judged by redact-glue15.)
        if (r.redactString(text) !== text && r.redactString(`the ${n}__ option\n`) === `the ${n}__ option\n`)
          changed.push(text.trim());
    assert.ok(names.length >= 500, `${names.length} names`);
    assert.deepEqual(changed, []);
  });
});
