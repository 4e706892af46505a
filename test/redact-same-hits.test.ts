/**
 * Prefilters that skip text where a pass cannot find a hit (speed, round 19) must find exactly the hits the pass found
 * reading the whole text: each optimised pass against its whole-text reading (test/helpers/whole-readings.ts, made of
 * the pass's own pieces), on generated texts made of the pieces
 * its regex reads (words of the right lengths and of others, every separator, list numbers, characters that end a
 * word) and on the repository's Markdown and sources. (bench/redact-compare.ts compares two builds' outputs over a
 * large corpus; this is the small fixed one.)
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { BIP39_ENGLISH as wordlist } from '../src/core/redact/bip39-english.js';
import type { Candidate } from '../src/core/redact/candidate.js';
import { seedPhrasePass } from '../src/core/redact/seed-phrases.js';
import { spreadCandidates } from '../src/core/redact/spelled.js';
import { proseNearHits } from '../src/core/redact/prose-near.js';
import { proseNearHitsWhole, seedPhraseHitsWhole, spreadWhole } from './helpers/whole-readings.js';
import { fakeSecrets } from './helpers/fake-secrets.js';
import { rng } from './helpers/fake-secrets.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Texts of `count` pieces drawn from `pools` (each pool equally likely), from a fixed seed. */
export function texts(pools: readonly (readonly string[])[], count: number, length: number, seed: number): string[] {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(rand() * length) }, () => pick(pick(pools))).join(''),
  );
}

/** The repository's own Markdown and sources (real prose and code), each file a text. */
export function repoTexts(): string[] {
  const out: string[] = [];
  for (const dir of ['', 'docs', 'src/core/redact', 'test']) {
    const abs = path.join(repo, dir);
    for (const f of readdirSync(abs))
      if (/\.(?:md|ts)$/.test(f) && out.length < 400) out.push(readFileSync(path.join(abs, f), 'utf8'));
  }
  return out;
}

describe('prefiltered passes find what the whole-text reading finds', () => {
  it('seed phrases: the stretches read (seed-phrases.ts chains) hold every RUN match with a phrase', () => {
    const pass = seedPhrasePass();
    const bip = wordlist.slice(0, 400);
    const other = ['the', 'and', 'ab', 'x', 'abcdefghi', 'wordlike', 'Abandon', 'zoo', 'agent', 'éclair', 'ivy'];
    const seps = [
      ' ',
      ' ',
      '  ',
      '\t',
      '\n',
      ' \n  ',
      '\r\n',
      '\n1. ',
      '\n 12) ',
      '\n123. ',
      '\n7:',
      '.',
      ',',
      '-',
      '_',
    ];
    const ends = ['"', "'", '0', '9', ')', ':', '/', '\u00e9', '\u212a', 'A'];
    // Words each followed by a separator, mostly BIP-39's, runs long enough to be phrases.
    const rand = rng(19);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const generated = Array.from({ length: 2000 }, () => {
      let s = rand() < 0.5 ? pick(ends) : '';
      for (let n = Math.floor(rand() * 40); n > 0; n--) {
        const r = rand();
        s += (r < 0.85 ? pick(bip) : r < 0.95 ? pick(other) : pick(ends)) + (rand() < 0.8 ? ' ' : pick(seps));
      }
      return s;
    });
    let phrases = 0;
    for (const text of [...generated, ...texts([bip, bip, bip, seps, other, ends], 1000, 60, 19), ...repoTexts()]) {
      const got = pass.run!(text);
      assert.deepEqual(got, seedPhraseHitsWhole(text), JSON.stringify(text.slice(0, 300)));
      phrases += got.length;
    }
    assert.ok(phrases > 50, `only ${phrases} phrases: the texts do not exercise the pass`);
  });

  it('spread tokens: the stretches probed (spelled.ts spreadCandidates) hold every run the whole walk finds', () => {
    const rand = rng(21);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const chars = 'abcXYZ0189_+/=~'.split('');
    const gaps = [' ', ' ', '  ', '\t', '.', '-', ' - ', '  -  ', ' . ', '       ', '        ', '\n'];
    const noise = ['word', 'ab', ' ', '\n', 'é', '"', 'sk-ant-', '1a 16 2q ', ' 15'];
    let runs = 0;
    const generated = Array.from({ length: 3000 }, () => {
      let s = rand() < 0.5 ? pick(noise) : '';
      for (let n = Math.floor(rand() * 60); n > 0; n--) s += rand() < 0.9 ? pick(chars) + pick(gaps) : pick(noise);
      return s;
    });
    // Runs of 15 to 17 characters with the shortest gaps, at every offset from the probes.
    const short = Array.from({ length: 1500 }, (_, k) => {
      let s = 'x'.repeat(k % 40) + pick([' ', 'word ', '\n', '"', '"', 'é']);
      for (let n = 15 + (k % 3); n > 0; n--) s += pick(chars) + (n > 1 ? pick([' ', '.', '-', '\t']) : '');
      return s + pick(['', ' ', 'ab', ' word', '"', '"', 'é']);
    });
    for (const text of [...generated, ...short, ...texts([chars, gaps, noise], 1000, 80, 22), ...repoTexts()]) {
      // From empty, and after 60 candidates of the other readings (spelledCandidates stops at 64 in all).
      for (const before of [0, 60]) {
        const filler = (): Candidate[] =>
          Array.from({ length: before }, (_, k) => ({ ranges: [[k, k + 1]], decoded: '', kind: 'invisible' }));
        const got = filler();
        spreadCandidates(text, got);
        const whole = filler();
        spreadWhole(text, whole);
        assert.deepEqual(got, whole, JSON.stringify(text.slice(0, 300)));
        if (before === 0) runs += got.length;
      }
    }
    assert.ok(runs > 200, `only ${runs} spread runs: the texts do not exercise the walk`);
  });

  it('keys near anchors: the windows read (prose-near.ts) hold every hit of every window', () => {
    const rand = rng(23);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const keys = [
      ...fakeSecrets(7).map((s) => s.value.replace(/^[a-z]+[_-]/i, '')),
      '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b',
      'Qw8rTz3nLp5vXk2mBd7hJf4sGc9yNa6e==',
      'Qw8rTz3nLp5vXk2mBd7hJf4s=Gc9yNa6eQw8rTz3nLp5v=',
    ];
    const anchors = ['key', 'token', 'the Groq key', 'Tavily', 'API key', 'input_tokens', 'secret', 'credentials'];
    const filler = [
      'the',
      'use',
      'pass',
      'with',
      ' ',
      ' ',
      '\n',
      '# ',
      '"',
      '.',
      ',',
      'x'.repeat(150),
      'word '.repeat(40),
    ];
    const generated = Array.from({ length: 3000 }, () => {
      let s = '';
      for (let n = 2 + Math.floor(rand() * 20); n > 0; n--) {
        const r = rand();
        s += (r < 0.2 ? pick(anchors) : r < 0.35 ? pick(keys) : pick(filler)) + pick([' ', ' ', '\n', ' "', '" ', '=']);
      }
      return s;
    });
    let hits = 0;
    for (const text of [...generated, ...repoTexts()]) {
      const got = proseNearHits(text);
      assert.deepEqual(got, proseNearHitsWhole(text), JSON.stringify(text.slice(0, 300)));
      hits += got.length;
    }
    assert.ok(hits > 300, `only ${hits} hits: the texts do not exercise the pass`);
  });
});
