/**
 * Issue 11, category 8 (code-patterns.ts): a workspace holding a secret scanner's tests, whose secret-named values are
 * regex sources and code (`'pplx-[a-zA-Z0-9]{48}'`, `'x'.repeat(Math.ceil(n / 2))`, `${'a'.repeat(40)}`), had them
 * learned and replaced in every other file. Fresh fragments (a seeded PRNG, `REDACT_SEED`) under secret names in a
 * test file are not learned: a README quoting them comes out byte for byte; random values under the same names still
 * are learned and replaced there.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { seededGen, type SeededGen } from './helpers/fake-secrets.js';

const SEED = Number(process.env.REDACT_SEED ?? 2111);
const PREFIXES = ['pplx-', 'sk-', 'sk-ant-api03-', 'ghp_', 'gsk_', 'xoxb-', 'AKIA', 'hf_', 'glpat-', 'AIza', 'r8_', ''];
const CLASSES = [
  '[a-zA-Z0-9]',
  '[A-Za-z0-9]',
  '[A-Za-z0-9_-]',
  '[0-9A-Z]',
  '[a-f0-9]',
  '[A-Za-z0-9/+=]',
  '\\w',
  '[^\\s]',
];
const QUANTIFIERS = (g: SeededGen): string =>
  g.one([`{${10 + g.int(80)}}`, `{${10 + g.int(30)},}`, `{${8 + g.int(8)},${40 + g.int(60)}}`, '+']);

/** A regex source or a piece of code that builds a fake key. */
function fragment(g: SeededGen): string {
  const n = 8 + g.int(90);
  const ch = g.one(['a', 'x', 'A', '0', 'Z']);
  return g.one([
    () => `${g.one(PREFIXES)}${g.one(CLASSES)}${QUANTIFIERS(g)}`,
    () => `${g.one(PREFIXES)}${g.one(CLASSES)}${QUANTIFIERS(g)}${g.one(['$', '\\b', ''])}`,
    () => `(?:${g.one(PREFIXES.filter(Boolean))})${g.one(CLASSES)}${QUANTIFIERS(g)}`,
    () => `${g.one(PREFIXES)}'.repeat(Math.ceil(n / ${2 + g.int(9)}))`,
    // A provider's prefix alone (`const prefix = 'sk-ant-api03-'`).
    () => g.one(PREFIXES.filter((p) => p.length >= 10)),
    () => `${'${'}'${ch}'.repeat(${n})}`,
    () => `${g.one(PREFIXES)}${'${'}'${ch}'.repeat(${n})}`,
    () => `${ch}'.repeat(${n}) + 'suffix`,
    () => `crypto.randomBytes(${16 + g.int(48)}).toString('hex')`,
    () => `String.fromCharCode(${65 + g.int(26)}).repeat(${n})`,
    () => `Array(${n}).fill('${ch}').join('')`,
  ])();
}

const NAMES = ['api_key', 'OPENAI_API_KEY', 'secret', 'token', 'password', 'perplexity_api_key', 'auth_token'];

function scannerTest(g: SeededGen, values: readonly string[]): string {
  const lines = values.map((v, i) => `  ${g.one(NAMES)}_${i}: ${JSON.stringify(v)},`);
  return `import { scan } from '../src/scan.js';\n\nconst CASES = {\n${lines.join('\n')}\n};\n\ntest('finds', () => scan(CASES));\n`;
}

describe('learning skips code and regex sources (issue 11, category 8)', () => {
  it('fragments under secret names are not learned; random values there still are', () => {
    const g = seededGen(SEED);
    console.log(`learn-code seed ${SEED}`);
    const fragments = Array.from({ length: 300 }, () => fragment(g));
    const real = Array.from({ length: 40 }, () => `${g.pick('alnum', 12)}${g.int(10)}${g.pick('alnum', 12)}`);
    const r = new Redactor({ learn: true });
    r.active(true);
    r.redactString(scannerTest(g, [...fragments, ...real]));
    const kept = fragments.filter((f) => {
      const readme = `The scanner's pattern \`${f}\` is in the table.\n`;
      const out = r.redactString(readme);
      if (process.env.REDACT_REPORT && out !== readme) console.log(out);
      return out !== readme;
    });
    assert.deepEqual(kept, []);
    const missed = real.filter((v) => r.redactString(`see ${v} there\n`).includes(v));
    assert.deepEqual(missed, []);
  });
});
