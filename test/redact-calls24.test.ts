/**
 * Issue 11, category 3 (round 24): a secret code hands to an API by a setter or builder, by position, or inside a
 * connection string (test/helpers/calls24-corpus.ts), in many languages, in source files, notebook cells, Markdown
 * code blocks, config files and logs, through the file filter an export uses. Twins (references, placeholders,
 * same-named calls that hold nothing) come out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { plants, twins, SEED } from './helpers/calls24-corpus.js';
import { filtered } from './helpers/filtered.js';

describe('secrets handed to code by position, setter or connection string (calls24)', () => {
  const r = new Redactor();
  it('redacts every planted value', () => {
    const ps = plants(SEED);
    assert.ok(ps.length >= 300, `${ps.length} plants`);
    const leaked = ps.filter((p) => filtered(r, p.rel, p.text).includes(p.value)).map((p) => `${p.name}: ${p.text}`);
    assert.deepEqual(leaked, [], `leaked ${leaked.length} of ${ps.length}`);
  });
  it('twins go out byte for byte', () => {
    const ts = twins(SEED);
    assert.ok(ts.length >= 100, `${ts.length} twins`);
    const changed = ts.filter((t) => filtered(r, t.rel, t.text) !== t.text).map((t) => filtered(r, t.rel, t.text));
    assert.deepEqual(changed, [], `changed ${changed.length} of ${ts.length}`);
  });
  describe('stays linear on hostile input', () =>
    itIsLinear([
      ['setPassword( on one line', 'ds.setPassword("'],
      ['.set( with a secret name', '.set("api_key", '],
      ['PWD={ unclosed', 'PWD={abc'],
      ['@tcp( after a long token', 'aaaaaaaa:bbbbbbbb@tcp('],
      ['jwt.encode( over lines', 'jwt.encode(payload,\n'],
      ['nested calls', 'redis.Redis(('],
    ]));
});
