/**
 * Round 17: the benign twin of round 16's prefix-less keys near a credential noun or a provider (prose-near.ts), from
 * the suites 55b01dd broke (test/helpers/prose17-corpus.ts): a credential word glued into a name, a path, a flag or a
 * model's name; type names under a key's name; SSH public keys under a comment about keys; an API id's prefix before
 * its id; typed ids (`tn_…`, `task-…`). 2,000 generated texts: 0 changed at ef54404, 936 at 55b01dd (135 of 200
 * file names), 0 after.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { BENIGN17_COUNT, benign17 } from './helpers/prose17-corpus.js';

const SEED = Number(process.env.REDACT_SEED ?? 20261217);

describe('names, paths, flags, type names, public keys and typed ids near a credential word', () => {
  it('2,000 generated texts over every template come out unchanged, nothing learned', () => {
    const r = new Redactor({ learn: true });
    r.active(true);
    const texts = benign17(SEED, 2000);
    assert.ok(BENIGN17_COUNT >= 10);
    const damaged = texts.filter((t) => r.redactString(t) !== t);
    assert.deepEqual(damaged.slice(0, 10), []);
    assert.equal(r.version(), 0);
    const doc = benign17(SEED + 1, 200).join('\n');
    assert.equal(r.redactString(doc), doc);
  });

  it('file names read with separators as spaces keep their API ids', () => {
    const r = new Redactor();
    const names = benign17(SEED + 2, BENIGN17_COUNT * 50).filter((t) => /^\w+_[\w-]+\.json$/.test(t));
    assert.ok(names.length >= 40);
    assert.deepEqual(
      r.scanNames(names).flatMap((h, i) => (h ? [`${names[i]} -> ${h.shown}`] : [])),
      [],
    );
  });
});
