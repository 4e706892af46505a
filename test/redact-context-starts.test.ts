/**
 * Context passes that try their regex only where the shared literal scan found what a match must start with
 * (key-finder-rest.ts for the key-name finder's rest, concat.ts's junctions): each must find exactly what a search
 * with the regex finds, in the same order, on generated texts made of the forms themselves, their case variants,
 * blanks, quotes and line breaks.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JUNCTION, junctions } from '../src/core/redact/concat.js';
import { KEY_FINDER, keyFinder } from '../src/core/redact/key-name-pass.js';
import { rng } from './helpers/fake-secrets.js';

const PIECES = [' ', '  ', '\n', '\t', '\r\n', '"', "'", '`', ':', '-', '=', '(', ',', '+', 'é', '\u00a0', 'x', '0'];

/** `count` texts of 1 to 16 parts, each a word or a piece (a sixth of them upper-cased), from a fixed seed. */
function texts(words: readonly string[], count: number, seed: number): string[] {
  const rand = rng(seed);
  const part = (): string => {
    const from = rand() < 0.5 ? words : PIECES;
    const x = from[Math.floor(rand() * from.length)]!;
    return rand() < 0.15 ? x.toUpperCase() : x;
  };
  const out: string[] = [];
  while (out.length < count) out.push(Array.from({ length: 1 + Math.floor(rand() * 16) }, part).join(''));
  return out;
}

interface Finder {
  lastIndex: number;
  exec(t: string): RegExpExecArray | null;
}

/** Each match as `index:text:groups that matched`, lastIndex set after each to its index plus the next jump. */
function matches(f: Finder, text: string, jumps: readonly number[]): string[] {
  const out: string[] = [];
  let k = 0;
  f.lastIndex = 0;
  for (let m = f.exec(text); m !== null; m = f.exec(text)) {
    out.push(`${m.index}:${m[0]}:${JSON.stringify(m.groups ?? {})}`);
    f.lastIndex = Math.max(0, m.index + jumps[k++ % jumps.length]!);
  }
  return out;
}

describe('context passes tried where the literal scan says', () => {
  it("the key-name finder's rest (flags, options, pgpass lines, login:, words) where key-finder-rest.ts says", () => {
    const words = [
      ...['\nhost:5432:db:user:pw', '*:*:db:u:p', '\n10:15:12 ', 'h:1:', ' --token ', ' --api-key,', "('-p',", '"-a"'],
      ...['redis-cli ', 'HMAC_x=', 'mnemonic ', 'contraseña:', 'clave ', '::add-mask::', 'x://:', ':$apr1$', ':{SHA}'],
      ...['\u043f\u0430\u0440\u043e\u043b\u044c :', 'has\u0142o:', 'login :', 'LOGIN:', '\t-u\t', '-p ', '-xu '],
      ...['--password-stdin', '--with-token', '-k ', '-N\t', 'api_key: ', 'password is '],
    ];
    // Whatever lastIndex the key-name loop sets after a match (one on, or back, or past it).
    const jumpSets = [[1], [0, 5, -3, 40]];
    const found = texts(words, 4000, 23).reduce((n, text) => {
      const expected = jumpSets.map((jumps) => matches(KEY_FINDER, text, jumps));
      assert.deepEqual(
        jumpSets.map((jumps) => matches(keyFinder, text, jumps)),
        expected,
        JSON.stringify(text),
      );
      return n + expected[0]!.length;
    }, 0);
    assert.ok(found > 1000, `only ${found} matches`);
  });

  it('the junctions of concatenated literals: those a search with JUNCTION finds, from any position', () => {
    let found = 0;
    for (const text of texts(['"a"', "'b'", '`c`', ' + ', '+', '\n  ', '\t', 'key = "abcd"'], 3000, 29)) {
      const next = junctions(text);
      for (let from = 0; from <= text.length; from++) {
        JUNCTION.lastIndex = from;
        const expected = JUNCTION.exec(text);
        const m = next(from);
        assert.deepEqual([m?.index, m?.[0]], [expected?.index, expected?.[0]], JSON.stringify(text));
        if (expected !== null) {
          found++;
          from = expected.index;
        }
      }
    }
    assert.ok(found > 1000, `only ${found} junctions`);
  });
});
