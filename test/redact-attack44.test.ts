/**
 * Issue 11, attack 44 (seeded, REDACT_SEED replays; helpers/attack44-corpus.ts): keys wrapped after hyphens, passwords
 * that start with punctuation, a Slack webhook's path without its host, a fixed-length token at a line's end; and its
 * false positives: a provider's prefix with a placeholder beside a known key, OAuth 1's parameters, a digest in
 * minified code.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { changedOutputs, filtered, itKeeps, itRedacts, learningRedactor } from './helpers/filtered.js';
import {
  ATTACK44_TWINS,
  hyphenWrapPlants,
  KNOWN_ANTHROPIC,
  lineEndPlants,
  punctuationPlants,
  textwrap,
  webhookPathPlants,
} from './helpers/attack44-corpus.js';
import { WS } from './helpers/planted.js';
import { itIsLinear } from './helpers/child-timer.js';

const SEED = Number(process.env.REDACT_SEED ?? 4401);

describe(`attack 44 (seed ${SEED})`, () => {
  it('the wrapper breaks after hyphens and cuts long pieces, as textwrap does', () => {
    assert.equal(textwrap('the key is sk-svcacct-abc and more', 16), 'the key is sk-\nsvcacct-abc and\nmore\n');
    assert.equal(textwrap('x ' + 'a'.repeat(20), 8), 'x\naaaaaaaa\naaaaaaaa\naaaa\n');
  });
  itRedacts('keys hard-wrapped after hyphens, lines shorter than the width', () => hyphenWrapPlants(SEED), 5);
  itRedacts('passwords that start with punctuation', () => punctuationPlants(SEED + 1), 8);
  itRedacts("a Slack webhook's path without its host", () => webhookPathPlants(SEED + 2), 3);
  itRedacts("a fixed-length token at a line's end", () => lineEndPlants(SEED + 3), 2);

  it("a fixed-length token at a line's end takes nothing of the next line", () => {
    for (const p of lineEndPlants(SEED + 3)) {
      const next = p.text.split('\n')[1]!;
      const out = filtered(learningRedactor(), p.rel, p.text).split('\n')[1]!;
      assert.ok(out === next || !/\]\w/.test(out), out);
    }
  });

  it("keeps a provider's prefix with a placeholder when a key of the family is known", () => {
    const r = new Redactor({ learn: true, knownValues: [{ name: 'ANTHROPIC_API_KEY', value: KNOWN_ANTHROPIC }] });
    r.active(true);
    assert.deepEqual(changedOutputs(r, ATTACK44_TWINS), []);
    // The key itself, and a preview of it cut after its first characters, still go.
    const out = filtered(r, `${WS}/a.txt`, `key ${KNOWN_ANTHROPIC}\npreview: ${KNOWN_ANTHROPIC.slice(0, 24)}\n`);
    assert.ok(!out.includes(KNOWN_ANTHROPIC.slice(13, 23)), out);
  });
  itKeeps('OAuth 1 parameters, a digest in minified code, look-alike paths and values', () => ATTACK44_TWINS, 8);

  describe('linear time', () => {
    itIsLinear([
      ['hyphen wraps', 'is sk-\nab-'],
      ['colon equals', 'password: =a'],
      ['webhook paths', '/services/TABCDEFGH/B'],
    ]);
  });
});
