/**
 * Round 23, a secret put together from pieces or broken by typographic characters (pieces23-corpus.ts; issue 11):
 * string literals joined, concatenated, templated, formatted or appended in code under names that say nothing or
 * passed straight into a call (JavaScript/TypeScript, Python, Go, Java, C#, Rust, shell, PHP, Ruby, Kotlin, Swift),
 * literals reversed in code, a secret named only by a side argument (`alias=`, `env=`, `envvar=`,
 * `validation_alias=`, `help=`), and provider keys with typographic dashes (raw or as HTML references) or invisible
 * characters inside. Twins: the same layouts with words, class lists, paths, SQL, model names, hashes and UUIDs joined
 * from parts, lists joined with a separator, reversed words, dash ranges and typographic prose, benign side arguments
 * and placeholders, byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { leaked, plants, SEED, twins } from './helpers/pieces23-corpus.js';

const r = new Redactor();
const red = (s: string): string => {
  const f = r.filter({ rel: 'workspace/notes.md' });
  return f.write(s) + f.end();
};

describe(`round 23: a secret put together from pieces or broken by typographic characters (seed ${SEED})`, () => {
  // 3a7e9d1 leaked 124 of 208 (seed 2301: joins 79 of 114, reversals 22 of 32, side names 15 of 30, typographic 8 of
  // 32) and 122 (2302). Open: a symbol password with no digit (`"UMVFpsi%CbpadL^zuwUP"`, joined or reversed) and
  // shell variables of symbols or more than three used together (`$P0$P1$P2$P3$P4`).
  for (const seed of [SEED, SEED + 1])
    it(`seed ${seed}: joined, reversed, side-named and typographic secrets are redacted`, () => {
      const out = leaked(plants(seed), red);
      assert.ok(out.length <= 4, out.join('\n'));
    });

  it('seed 2301: every form of typographic dash or side name is redacted', () => {
    const out = leaked(
      plants(SEED).filter((p) => /^(?:typo|side)\//.test(p.name)),
      red,
    );
    assert.deepEqual(out, []);
  });

  // 3a7e9d1 changed 0 of 802.
  it('twin: words, paths, hashes and ids joined, reversed words, dash ranges and benign side arguments are kept', () => {
    const all = twins(SEED + 2);
    assert.ok(all.length >= 300, `${all.length} twins`);
    const changed = all.filter((t) => red(t) !== t).map((t) => `${JSON.stringify(t)} => ${JSON.stringify(red(t))}`);
    assert.deepEqual(changed, []);
  });

  itIsLinear([
    ['concatenated literals', "'a1B2c3D4' + "],
    ['concatenated literals on lines', "'a1B2c3D4' +\n"],
    ['listed literals in a join', '"".join(["a1B2c3", "d4E5f6", '],
    ['template pieces', "${'a1B2c3'}"],
    ['format pieces', '"%s%s" % ("a1B2c3", '],
    ['side-by-side literals', '"a1B2c3""d4E5f6"'],
    ['reversed literals', "'a1B2c3D4e5F6g7H8i9J0'[::-1] "],
    ['reversals on lines', "x = strrev('a1B2c3D4e5F6g7H8i9J0')\n"],
    ['side names', 'Field(default="a1B2c3D4e5F6", alias="X_API_KEY") '],
    ['typographic dashes in a token', 'sk\u2011a1B2'],
    ['typographic dashes in prose', 'pages 10\u201320 '],
    ['dash references', 'sk&ndash;a1&#8209;'],
  ]);
});
