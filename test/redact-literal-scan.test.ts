/**
 * The shared literal scan (literal-scan.ts) and the finders read from it: the shape finder's token starts
 * (token-starts.ts), the case-insensitive keywords' lines and the key-name finder split in two (alt-finder.ts).
 * Each must find exactly what the regex it stands for finds, in the same order: these tests compare them on
 * generated texts made of the literals themselves, their case variants, token separators and escapes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { altFinder, type Finder } from '../src/core/redact/alt-finder.js';
import { KEY_FINDER, keyFinder } from '../src/core/redact/key-name-pass.js';
import { BEYOND, literalScan, longScansDone } from '../src/core/redact/literal-scan.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { literalsAt, passHits, type Pass, type TokenFinder } from '../src/core/redact/pass.js';
import { shapePasses } from '../src/core/redact/passes.js';
import { tokenStarts } from '../src/core/redact/token-starts.js';
import { fakeSecrets, lookAlikes, rng } from './helpers/fake-secrets.js';

const SEPARATORS = [' ', '\n', '\t', '_', '-', '+', '/', '\\', '\x1b[0m', 'm', 'n', 't', '"', "'", ':', '=', '(', ','];
const ODD = ['é', '\u212a', '\u017f', '😀', 'x', '0', 'Q~', 'https://', 'token=ey', 'session=', 'AKIA', 'akia'];

/** Texts of `fragments` (some upper- or lowercased), separators and odd characters, from a fixed seed. */
function texts(fragments: readonly string[], count: number, seed: number): string[] {
  const rand = rng(seed);
  const pool = [...SEPARATORS, ...ODD, ...fakeSecrets(5).map((s) => s.context), ...lookAlikes(2)];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  return Array.from({ length: count }, () => {
    let s = '';
    for (let n = 1 + Math.floor(rand() * 14); n > 0; n--) {
      let x = rand() < 0.5 ? pick(fragments) : pick(pool);
      if (rand() < 0.15) x = x.toUpperCase();
      else if (rand() < 0.1) x = x.toLowerCase();
      s += x;
    }
    return s;
  });
}

/** The literal-looking pieces of a regex source. */
const fragmentsOf = (source: string): string[] => [...new Set(source.match(/[A-Za-z0-9_~.=:/ -]{1,10}/g))];

/** A finder's matches (index, text, named groups that matched); lastIndex set to each match's index plus a jump. */
function run(f: Finder, text: string, jumps: readonly number[]): unknown[] {
  const out: unknown[] = [];
  f.lastIndex = 0;
  for (let m = f.exec(text), k = 0; m !== null; m = f.exec(text), k++) {
    // The named groups that took part (a split finder's regexes each have their own).
    out.push([m.index, m[0], Object.entries(m.groups ?? {}).filter(([, v]) => v !== undefined)]);
    f.lastIndex = Math.max(0, m.index + jumps[k % jumps.length]!);
  }
  return out;
}

describe('the shared literal scan', () => {
  it('runs once over a piece of a log whose view is another string (colour codes), not again over the original', () => {
    const line =
      "10:15:01 | INFO | \x1b[32mStreamChunk(type='content', content='0a 1b', source='agent_a')\x1b[0m key: value\n";
    const text = line.repeat(Math.ceil(200_000 / line.length));
    const filter = new Redactor({}).filter({ rel: 'x.log' });
    const before = longScansDone();
    filter.write(text);
    filter.end();
    assert.equal(longScansDone() - before, 1);
  });

  it('finds every start of its literals, overlapping and in order, with ASCII case folded only', () => {
    const literals = ['ab', 'abc', 'bca', 'c:/', 'Zz'];
    const starts = literalScan(literals)!;
    const re = /(?=ab|abc|bca|c:\/|zz)/gi;
    for (const text of texts(['ab', 'abc', 'ABCA', 'bc', 'c:/', 'zZ', 'ſ'], 400, 3)) {
      const expected = [...text.matchAll(re)].map((m) => m.index);
      assert.deepEqual(starts(text), expected, JSON.stringify(text));
    }
  });

  it('follows failure links through literals inside literals, for every set at once', () => {
    // Each literal's suffixes are others' prefixes (the automaton's rows are copied from their failure states').
    const sets = [
      ['abcab', 'bcabd', 'cab', 'ab'],
      ['aaaa', 'aab', 'b'],
      ['x-y_', '_z', 'y_z'],
    ];
    const scans = sets.map((set) => literalScan(set)!);
    const fragments = ['a', 'b', 'c', 'd', 'AB', 'x-', 'y_', '_z', 'aaa', 'cabd'];
    for (const text of texts(fragments, 400, 11)) {
      sets.forEach((set, i) => {
        const re = new RegExp(`(?=${set.map((l) => l.replace(/[-_]/g, '\\$&')).join('|')})`, 'gi');
        assert.deepEqual(
          scans[i]!(text),
          [...text.matchAll(re)].map((m) => m.index),
          JSON.stringify(text),
        );
      });
    }
  });

  it('reads BEYOND in a literal as any character beyond ASCII, and only as those', () => {
    const starts = literalScan([`${BEYOND}:`, `${BEYOND} :`, 'n:'])!;
    const re = /(?=[^\x00-\x7f] ?:|n:)/gi;
    for (const text of texts(['пароль:', '密码 :', 'ь:', 'x:', 'N:', ':', ' ', '\x80', '\x7f:', 'é :'], 400, 5)) {
      assert.deepEqual(
        starts(text),
        [...text.matchAll(re)].map((m) => m.index),
        JSON.stringify(text),
      );
    }
  });

  it('refuses literals it cannot fold (empty, not ASCII): their finder keeps its regex', () => {
    assert.equal(literalScan(['ok', '']), null);
    assert.equal(literalScan(['ok', 'szó']), null);
  });
});

describe('finders read from the literal scan find what their regexes find', () => {
  const passes = shapePasses();
  const table = passes.find((p) => p.finder !== null && !(p.finder instanceof RegExp) && 'starts' in p.finder)!;

  it('the shape table: its token starts are its regex matches, plain and after an escape', () => {
    const finder = table.finder as TokenFinder;
    let found = 0;
    for (const text of texts(fragmentsOf(finder.plain.source), 3000, 7)) {
      for (const escaped of [false, true]) {
        const expected = literalsAt(escaped ? finder.escaped : finder.plain, text);
        assert.deepEqual(finder.starts!(text, escaped), expected, JSON.stringify(text));
        found += expected.length;
      }
    }
    assert.ok(found > 1000, `only ${found} literals found`);
  });

  it('the case-insensitive shapes: the lines their keywords are on, as their finder regex finds them', () => {
    const ci = passes.find((p) => p.starts !== undefined)!;
    const withRegex: Pass = { ...ci, starts: undefined };
    let hits = 0;
    for (const text of texts(fragmentsOf(ci.regex.source), 3000, 11)) {
      const expected = passHits(withRegex, text);
      assert.deepEqual(passHits(ci, text), expected, JSON.stringify(text));
      hits += expected.length;
    }
    assert.ok(hits > 100, `only ${hits} hits`);
  });

  it('token starts where two alternatives match at one search position: the first of them', () => {
    // In an escaped text `m n r t` may end a token: `tab` is a match of `ta` anywhere (at t) and of `ab` after t.
    const parts = {
      literals: ['ab', 'ba'],
      anywhereLiterals: ['ta', 'xa', 'ab'],
      gated: '(?:ab|ba)',
      strong: 'ab',
      anywhere: '(?:ta|xa|ab)',
    };
    const starts = tokenStarts(parts)!;
    for (const [escaped, token] of [
      [false, 'A-Za-z0-9_+-'],
      [true, 'A-Za-lo-qsu-z0-9_+-'],
    ] as const) {
      const re = new RegExp(`(?:^|[^${token}])(${parts.gated})|[_+/-](${parts.strong})|${parts.anywhere}`, 'g');
      for (const text of texts(['ab', 'ba', 'tab', 'xab', 'ta', '_ab', 'aba'], 2000, 13))
        assert.deepEqual(starts(text, escaped), literalsAt(re, text), JSON.stringify(text));
    }
  });

  it('a finder split in two: the whole regex matches, in order, whatever lastIndex the loop sets', () => {
    const first = '(?:key|tok(?!s\\b))(?=([a-z_]{0,8}))\\1(?<named>[:=])';
    // `ke` where the first alternative may match too: the first is the match there.
    const rest = '-(?:-x|y)|:(?=\\d)|ke(?=y)';
    const whole = new RegExp(`${first}|${rest}`, 'gi');
    const split: Finder = altFinder([first], [rest], 'gi');
    for (const text of texts(['key', 'KEY_x', 'key=', 'toks', 'tok_a', ':1', '--x', '-y', 'my_key='], 2000, 5)) {
      for (const jumps of [[1], [0, 3, -2, 9]]) assert.deepEqual(run(split, text, jumps), run(whole, text, jumps));
    }
  });

  it('the key-name finder: its stems and words scanned, the rest searched, finds what KEY_FINDER finds', () => {
    // The rest's colons (key-finder-rest.ts): after a password word of any script, before `//:`, `:`, `$`, `{`, a port.
    const colons = [
      'пароль:',
      'Пароль :',
      '密码\t:',
      'パスワード:',
      'hasło :',
      'şifre:',
      'LOGIN :',
      'é:',
      'db:5432:',
      ':*:',
    ];
    const words = [
      ...fragmentsOf(KEY_FINDER.source),
      ...colons,
      ...[
        'api_key: ',
        'tokens: {',
        'password is ',
        'login:',
        '-u ',
        '-p',
        '\nhost:5432:db:user:pw',
        '::add-mask::',
        'user:{SHA}x',
        'u:$apr1$x',
      ],
    ];
    let found = 0;
    for (const text of texts(words, 3000, 17)) {
      for (const jumps of [[1], [0, 5, -3, 40]]) {
        const expected = run(KEY_FINDER, text, jumps);
        assert.deepEqual(run(keyFinder, text, jumps), expected, JSON.stringify(text));
        found += expected.length;
      }
    }
    assert.ok(found > 1000, `only ${found} matches`);
  });
});
