import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import {
  hexCases,
  hexLookAlikes,
  knownOf,
  leakedIn,
  markupCases,
  markupLookAlikes,
  wrapCases,
  wrapLookAlikes,
  type SplitCase,
} from './helpers/split-corpus.js';

/**
 * Issue 11, "redaction that generalises": three categories an independent attacker found leaking (helpers/
 * split-corpus.ts): tokens split by markup in text files, variable-length tokens hard-wrapped at a fixed width, and hex
 * dumps of a `.env` with no offset column or with wide groups. A dozen providers' keys and a prefix-less key learned
 * elsewhere (a known value), for three seeds; look-alikes of each notation must come out byte-identical.
 */
function redact(c: { rel: string; text: string }, seed: number): string {
  const f = new Redactor({ knownValues: knownOf(seed) }).filter({ rel: c.rel });
  return f.write(c.text) + f.end();
}

const SEEDS = [11, 12, 13];

function leaks(cases: (seed: number) => SplitCase[]): string[] {
  const out: string[] = [];
  for (const seed of SEEDS) for (const c of cases(seed)) if (leakedIn(redact(c, seed), c.value)) out.push(c.name);
  return out;
}

function changed(alikes: (seed: number) => { rel: string; text: string }[]): string[] {
  const out: string[] = [];
  for (const seed of SEEDS) for (const a of alikes(seed)) if (redact(a, seed) !== a.text) out.push(a.rel);
  return out;
}

/** The tags of an HTML/XML text, in order. */
const tags = (text: string): string[] => text.match(/<[^<>]*>/g) ?? [];

describe('tokens split by markup', () => {
  it('highlighting spans, <wbr>, &shy;, <br>, Markdown emphasis and code, <tspan>s, <w:r> runs: every piece', () => {
    assert.deepEqual(leaks(markupCases), []);
  });

  it('the markup stays as it was: only the pieces of text change', () => {
    for (const c of markupCases(11)) {
      const out = redact(c, 11);
      assert.deepEqual(tags(out.replace(/\[REDACTED:[^\]]*\]/g, '')), tags(c.text), c.name);
      assert.notEqual(out, c.text, c.name);
    }
  });

  it('pages, SVGs, Office XML and Markdown with code spans come out unchanged', () => {
    assert.deepEqual(changed(markupLookAlikes), []);
  });
});

describe('tokens hard-wrapped at a fixed width', () => {
  it('plain, indented and quoted continuation lines: the header, middle and signature all go', () => {
    assert.deepEqual(leaks(wrapCases), []);
  });

  it('wrapped prose, lists of hashes and ids, wrapped URLs and quotes come out unchanged', () => {
    assert.deepEqual(changed(wrapLookAlikes), []);
  });

  it('a key on the line after a token (`sha256: …`) is no piece of it', () => {
    const xai = `${'xa'}i-${'Ab_3'.repeat(20)}`;
    const hash = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    const out = redact({ rel: 'a/log.txt', text: `XAI_API_KEY=${xai}\nsha256: ${hash}\n` }, 11);
    assert.ok(out.endsWith(`\nsha256: ${hash}\n`) && !out.includes(xai), out);
  });
});

describe('hex dumps', () => {
  it('xxd -p, spaced bytes, wide xxd groups and columns, in a file or a JSON string: the dump is replaced', () => {
    assert.deepEqual(leaks(hexCases), []);
  });

  it('dumps of a README, random bytes and MAC addresses come out unchanged', () => {
    assert.deepEqual(changed(hexLookAlikes), []);
  });
});
