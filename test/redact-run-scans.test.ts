/**
 * The cheap scans before the run passes' regexes (issue 16, throughput) skip text on a few reads: a spaced token is
 * probed every 16th character (spelled.ts), a line's last 8 characters are read farthest first and a literal's
 * closing quote before an operator backwards (split.ts), a chain of literals is tried only where a join and a quote
 * follow (joins.ts). These place the secret at every offset and with every operator those shortcuts read, so a
 * probe stride or a boundary that misses one fails here. Values are built at test time from fragments.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';

const rand = rng(1616);
const pick = (set: keyof typeof CHARSETS, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += CHARSETS[set][Math.floor(rand() * CHARSETS[set].length)];
  return s;
};
const github = (): string => ['gh', 'p_', pick('alnum', 36)].join('');
const redact = (text: string): string => new Redactor().redactString(text);

/** A random-looking token of 16 characters (capitals, small letters and digits in turn): the shortest spaced out. */
const mixed = (): string =>
  Array.from({ length: 16 }, (_, i) => pick((['upperAlnum', 'lowerAlnum', 'digits'] as const)[i % 3]!, 1)).join('');

describe('run scans: a spaced token at every offset from a probe', () => {
  it('16 characters spelled with spaces or dashes, after 0 to 40 characters', () => {
    for (let offset = 0; offset <= 40; offset++)
      for (const sep of [' ', '-']) {
        const key = mixed();
        const prose = `${'a'.repeat(offset)}: `;
        const out = redact(`${prose}${[...key].join(sep)} and more prose after it`);
        assert.ok(!out.includes([...key.slice(2, 14)].join(sep)), `${JSON.stringify(sep)} at ${offset}: ${out}`);
        assert.ok(out.startsWith(prose), out);
      }
  });
  it('a dash spelled as a character of the token, at the probed positions', () => {
    const key = ['sk', '-', 'proj', '-', pick('alnum', 20)].join('');
    for (let offset = 0; offset < 18; offset++) {
      const out = redact(`${'x '.repeat(offset)}: ${[...key].join(' ')}`);
      assert.ok(!out.includes([...key.slice(9, 19)].join(' ')), `${offset}: ${out}`);
    }
  });
});

describe('run scans: split tokens at line ends and between literals', () => {
  it('a token cut after each operator, with and without blanks before it', () => {
    for (const op of ['+', '.', '&', '||'])
      for (const blanks of ['', ' ', '\t ']) {
        const key = github();
        const text = `token = "${key.slice(0, 20)}"${blanks}${op}\n    "${key.slice(20)}"\n`;
        const out = redact(text);
        assert.ok(!out.includes(key.slice(4, 20)) && !out.includes(key.slice(20)), `${JSON.stringify(op)}: ${out}`);
      }
  });
  it('a first piece of exactly 8 characters at the end of a line', () => {
    const key = github();
    const out = redact(`token: ${key.slice(0, 8)}\n${key.slice(8)}\n`);
    assert.ok(!out.includes(key.slice(0, 8)) && !out.includes(key.slice(8)), out);
  });
  it('a line that ends in a word shorter than 8 characters keeps it and the next line', () => {
    const text = 'the agent voted because\ncomplete answers were better\n';
    assert.equal(redact(text), text);
  });
  it('literals joined by a line break and indentation, and one with no join after it', () => {
    const key = github();
    const joined = `key = ("${key.slice(0, 18)}"\n       "${key.slice(18)}")\n`;
    const out = redact(joined);
    assert.ok(!out.includes(key.slice(4, 18)) && !out.includes(key.slice(18)), out);
    // Adjacent literals on one line, one blank between them (the literal joins of the one-step decoders).
    const other = github();
    const adjacent = redact(`print("${other.slice(0, 20)}" "${other.slice(20)}", x)`);
    assert.ok(!adjacent.includes(other.slice(4, 20)) && !adjacent.includes(other.slice(20)), adjacent);
    const alone = '{"id": "run-attempt-one"}\n"next": "value"\n';
    assert.equal(redact(alone), alone);
  });
});
