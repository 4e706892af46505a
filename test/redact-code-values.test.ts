/**
 * Category 8 of issue 11, code under `*Token` and `*Key` names (the dev dependencies' eslint,
 * espree, typescript-eslint and prettier, and READMEs' Codecov badges): calls with negative
 * numbers, type expressions, punctuation-led words and badge links are no secrets and come out
 * byte for byte; beside each, a real secret under the same kind of name still goes. Values are
 * built at test time from a seeded rng.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';

const rand = rng(Number(process.env.REDACT_SEED ?? 20261125) + 131);
const pick = (set: string): string => set[Math.floor(rand() * set.length)]!;
/**
 * A random value of n characters with a digit, an upper and a lower case letter in every 4 (it reads as random, never
 * as words).
 */
function randomValue(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++)
    s += pick(i % 4 === 0 ? CHARSETS.digits : i % 4 === 2 ? 'ABCDEFGHJKLMNPQRSTUVWXYZ' : CHARSETS.letters);
  return s;
}

const redactor = new Redactor();
function redact(rel: string, text: string): string {
  const f = redactor.filter({ rel });
  return f.write(text) + f.end();
}

/** Each benign line must come out unchanged; each secret must be gone, its line otherwise kept. */
function check(rel: string, benign: string[], secrets: [line: string, value: string][]): void {
  const text = [...benign, ...secrets.map(([l]) => l)].join('\n') + '\n';
  const out = redact(rel, text).split('\n');
  benign.forEach((line, i) => assert.equal(out[i], line, `${rel}: benign line changed`));
  secrets.forEach(([line, value], j) => {
    const got = out[benign.length + j]!;
    assert.ok(!got.includes(value), `${rel}: secret kept in ${got}`);
    assert.match(got, /\[REDACTED:/, `${rel}: no placeholder in ${got}`);
    assert.equal(
      got.slice(0, got.indexOf('[REDACTED')),
      line.slice(0, line.indexOf(value)),
      `${rel}: text before the secret changed`,
    );
  });
}

describe('code under *Token/*Key names is kept, secrets beside it go', () => {
  it('member and call expressions with negative or numeric arguments (eslint radix.js, espree)', () => {
    const benign = [
      '\t\tconst lastToken = tokens.at(-1); // Parenthesis.',
      '\t\tconst secondToLastToken = tokens.at(-2); // May or may not be a comma.',
      '\t\t\tleftToken = tokens.at(-1);',
      '        lastTemplateToken = tokens.at(-1);',
      '    const previousKey = entries.slice(-3);',
      '    let accessToken = session.tokens.at(-10);',
    ];
    const v1 = randomValue(32);
    const v2 = randomValue(40);
    const v3 = randomValue(24);
    check('src/rules/radix.js', benign, [
      [`\t\tconst lastToken = "${v1}";`, v1],
      [`    let accessToken = '${v2}';`, v2],
      [`    const apiKey = "${v3}";`, v3],
    ]);
  });

  it('type expressions in declarations (typescript-eslint .d.ts): generics are types, typed string constants still secrets', () => {
    const benign = [
      "export declare const isArrowToken: IsPunctuatorTokenWithValueFunction<'=>'>;",
      "export declare const isNotClosingBraceToken: IsNotPunctuatorTokenWithValueFunction<'}'>;",
      "export declare const isCommaToken: IsPunctuatorTokenWithValueFunction<','>;",
      '  refreshToken: Promise<AccessToken>;',
      '  readonly signingKey: ReadonlyArray<CryptoKey>;',
      '  sessionToken?: Array<TSESTree.Token>;',
    ];
    const v1 = randomValue(32);
    const v2 = randomValue(36);
    const v3 = randomValue(28);
    check('dist/ast-utils/predicates.d.ts', benign, [
      [`export const API_TOKEN: string = "${v1}";`, v1],
      [`const DEEPGRAM_KEY: string = '${v2}';`, v2],
      [`  refreshToken: "${v3}",`, v3],
    ]);
  });

  it('punctuation-led words under a token name (prettier index.mjs), while random values and word-like passwords still go', () => {
    const benign = [
      '                nextLastSignificantToken = "?NoLineTerminatorHere";',
      '            lastSignificantToken = "?InterpolationInTemplate";',
      '                      lastSignificantToken = "?InterpolationInJSX";',
      "    currentToken = '#SectionHeading';",
      '    const signingKey = ":DefaultSigningKey";',
    ];
    const v1 = randomValue(20);
    const v2 = randomValue(30);
    const lower = Array.from({ length: 14 }, () => pick('bcdfghjklmnpqrstvwxz')).join('');
    const password = 'Correct' + 'Horse' + 'Battery';
    check('dist/prettier/index.mjs', benign, [
      [`            lastSignificantToken = "?${v1}";`, `?${v1}`],
      [`    currentToken = "${v2}";`, v2],
      [`    const signingKey = "#${lower}";`, `#${lower}`],
      [`    const password = "!${password}";`, `!${password}`],
    ]);
  });

  it('Codecov graph tokens in badge links are kept; other ?token= values and Codecov upload links are not', () => {
    const badge = randomValue(10);
    const benign = [
      `[![codecov](https://codecov.io/gh/jaredwray/keyv/branch/main/graph/badge.svg?token=${badge})](https://codecov.io/gh/jaredwray/keyv)`,
      `[![codecov](https://codecov.io/gh/jaredwray/flat-cache/branch/master/graph/badge.svg?token=${randomValue(10)})](https://codecov.io/gh/jaredwray/flat-cache)`,
      `<img src="https://app.codecov.io/github/o/r/graph/sunburst.svg?branch=main&token=${randomValue(10)}">`,
    ];
    const v1 = randomValue(10);
    const v2 = randomValue(12);
    const v3 = randomValue(32);
    check('node_modules/keyv/README.md', benign, [
      [`Download: https://files.example.com/export/report.csv?token=${v1}`, v1],
      [`curl "https://codecov.io/upload/v4?token=${v2}&commit=abc"`, v2],
      [`[![codecov](https://codecov.io/gh/o/r/graph/badge.svg?token=${v3})](https://codecov.io/gh/o/r)`, v3],
    ]);
  });
});
