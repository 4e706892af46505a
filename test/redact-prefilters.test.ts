/**
 * Searches that stand for a regex over the whole text (speed): each must find what the search it replaced found, on
 * generated texts of the literals themselves, their case variants, separators and characters that are not ASCII.
 * - anchors read from the shared literal scan (anchors.ts) and by indexOf;
 * - a finder of token characters searched inside the token runs (runs.ts) and over the whole text;
 * - the near-labels prefilter (label-words.ts): every label the regex finds starts where the scan says one may.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anchoredMatches, anchors } from '../src/core/redact/anchors.js';
import { LABEL, labelMayBeIn } from '../src/core/redact/label-words.js';
import { startsInRuns, tokenOnly } from '../src/core/redact/runs.js';
import { rng } from './helpers/fake-secrets.js';

/** Texts of 1 to 16 pieces: a fragment (upper-cased one time in seven) or a separator, from a fixed seed. */
function texts(fragments: readonly string[], count: number, seed: number): string[] {
  const rand = rng(seed);
  const pool = [' ', '\n', '.', '-', '_', ':', '"', '/', 'é', '\u212a', 'ключ', 'x', '0'];
  const piece = (): string => {
    const from = rand() < 0.6 ? fragments : pool;
    const x = from[Math.floor(rand() * from.length)]!;
    return rand() < 0.15 ? x.toUpperCase() : x;
  };
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(rand() * 16) }, piece).join(''));
}

const random = (rand: () => number, n: number, chars: string): string =>
  Array.from({ length: n }, () => chars[Math.floor(rand() * chars.length)]).join('');

describe('searches read from the shared scan or the token runs find what they stand for', () => {
  it('anchored matches: the same from the shared literal scan as from indexOf of each literal', () => {
    const list = [
      { literal: 'valid', backs: [1] },
      { literal: 'VALID', backs: [1] },
      { literal: 'uthor', backs: [2] },
      { literal: 'cret', backs: [2, 9], at: (t: string, i: number): boolean => t[i - 1] !== 'x' },
    ];
    const scanned = anchors(list);
    assert.ok(scanned.starts !== null);
    const sticky = /nvalid|NVALID|nauthori[sz]ed|secret|se?cret/y;
    let found = 0;
    for (const text of texts(
      ['invalid', 'INVALID', 'Invalid', 'unauthorized', 'secret', 'xcret', 'cret', 'se'],
      3000,
      3,
    )) {
      const expected = anchoredMatches(text, { list, starts: null }, sticky).map((m) => [m.index, m[0]]);
      assert.deepEqual(
        anchoredMatches(text, scanned, sticky).map((m) => [m.index, m[0]]),
        expected,
      );
      found += expected.length;
    }
    assert.ok(found > 500, `only ${found} matches`);
  });

  // Discord's finder (a `.` in every match) and Mailgun's (a `-`: a run without one is not read).
  const HEX = '0123456789abcdef';
  const TOKEN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  const FINDERS: [string, number, string, (rand: () => number) => string][] = [
    [
      '\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{25}',
      33,
      '.',
      (rand) => `${random(rand, 24, TOKEN)}.${random(rand, 6, TOKEN)}.${random(rand, 27, TOKEN)}`,
    ],
    [
      '[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}',
      50,
      '-',
      (rand) => `${random(rand, 30 + Math.floor(rand() * 6), HEX)}-${random(rand, 8, HEX)}-${random(rand, 8, HEX)}`,
    ],
  ];
  for (const [source, length, holds, match] of FINDERS)
    it(`a finder of token characters (${source}): its starts inside the token runs are its matches over the text`, () => {
      assert.deepEqual(tokenOnly(source), { min: length, holds });
      const starts = startsInRuns(source)!;
      const rand = rng(5);
      const parts = [
        () => match(rand),
        () => `.${random(rand, 6, TOKEN)}.${random(rand, 25, TOKEN)}`,
        () => random(rand, 1 + Math.floor(rand() * 40), TOKEN),
        () => random(rand, 1 + Math.floor(rand() * 60), HEX),
        () => '.',
        () => '..',
        () => '-',
        () => ' ',
        () => '/',
        () => '+',
        () => '\n',
      ];
      let found = 0;
      for (let t = 0; t < 3000; t++) {
        let text = '';
        for (let n = 1 + Math.floor(rand() * 10); n > 0; n--) text += parts[Math.floor(rand() * parts.length)]!();
        const expected = [...text.matchAll(new RegExp(source, 'g'))].map((m) => m.index);
        assert.deepEqual(starts(text), expected, JSON.stringify(text));
        found += expected.length;
      }
      assert.ok(found > 300, `only ${found} matches`);
    });

  it('tokenOnly refuses what may match outside a token run', () => {
    for (const source of ['a(?=b)', '[A-z]{20}', 'x\\b', '[^a]{20}', '^abc', 'a?b', '[+a]{20}', 'a|b'])
      assert.equal(tokenOnly(source), null, source);
    assert.deepEqual(tokenOnly('pat[A-Za-z0-9]{14}\\.[a-f0-9]{16}'), { min: 34, holds: '.' });
  });

  it('near-labels: every label the regex finds starts where the scan says one may be', () => {
    const words = ['openai', 'Cohere', 'api key', 'API_KEY', 'tokens', 'passwd', 'azure-openai', 'together.ai', 'dd'];
    const more = ['ключ', '密钥', 'キー', 'apiキー', 'clé', 'schlüssel', '\u212aeys', 'add', 'xai', 'Secret'];
    let found = 0;
    for (const text of texts([...words, ...more], 3000, 9)) {
      for (const m of text.matchAll(LABEL)) {
        assert.ok(labelMayBeIn(text, m.index, m.index + m[0].length), JSON.stringify([text, m.index]));
        found++;
      }
      // The search says no label where there is none to say (not always yes).
      if (!/[^\x00-\x7f]/.test(text) && !/ai|dd|ke|to|pa|co|ap|se|tog|az|ac|cr|be/i.test(text))
        assert.equal(labelMayBeIn(text, 0, text.length), false, JSON.stringify(text));
    }
    assert.ok(found > 1000, `only ${found} labels`);
  });
});
