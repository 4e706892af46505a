import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { scanBinaryViews, scanCarrier } from '../src/core/redact/carriers.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { cookieCorpus } from './helpers/cookie-corpus.js';
import { rng } from './helpers/fake-secrets.js';
import { damaged, leakCounter, leaksValue, redactAs } from './helpers/placements.js';

/**
 * Issue 11 (cookies13): session cookies and session ids given by name in every syntax (helpers/cookie-corpus.ts); the
 * same lines base64-encoded in a text, gzipped, or in a UTF-16 file; and the benign twins, which must come out
 * byte-identical (MassGen's own session ids among them).
 */
const seed = Number(process.env.REDACT_SEED ?? 1313);
const { planted, benign } = cookieCorpus(rng(seed));
const counter = leakCounter('cookies13');

describe('issue 11, cookies13: session cookies by name in every syntax', () => {
  for (const [cat, placements] of Object.entries(planted))
    it(`redacts session credentials: ${cat}`, () => {
      assert.deepEqual(counter.leaked(cat, placements), []);
    });
  it('keeps the benign twins byte-identical', () => {
    assert.deepEqual(damaged(benign), []);
  });
  it('catches a session line inside a carrier: a base64 block, a gzip, a UTF-16 file', () => {
    const r = new Redactor();
    const missed: string[] = [];
    for (const [rel, place, value] of Object.values(planted)
      .flat()
      .filter((_, i) => i % 4 === 0)) {
      const v = value();
      const text = place(v);
      const b64 = Buffer.from(text).toString('base64');
      if (leaksValue(redactAs('dump.txt', `payload:\n${b64}\n`), b64.slice(8, 40))) missed.push(`base64 ${rel}`);
      const gz = gzipSync(Buffer.from(text));
      const found = scanCarrier(gz, (b) => r.scanBinary(b));
      if (!found || found.rules.length === 0) missed.push(`gzip ${rel}`);
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      if (scanBinaryViews(utf16, (b) => r.scanBinary(b)).rules.length === 0) missed.push(`utf16 ${rel}`);
    }
    assert.deepEqual(missed, []);
  });
});
