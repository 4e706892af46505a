/**
 * Issue 11, round 25 (coord25): a secret the user pasted into the question, or an agent quoted, inside MassGen's own
 * coordination files (test/helpers/coord25-corpus.ts): final presentation and vote dicts (JSON and Python repr),
 * status.json previews cut inside the value, the question in status and system snapshots, the task handed to voting
 * agents (labelled, `> `-quoted and wrapped answers) and coordination tables whose long cells wrap across rows. No
 * config teaches the value first. Twins (ids, labels, hashes, models, references, placeholders) come out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { plants, twins, SEED } from './helpers/coord25-corpus.js';
import { filtered } from './helpers/filtered.js';

describe('secrets in MassGen coordination files (coord25)', () => {
  const r = new Redactor();
  it('redacts every planted value', () => {
    const ps = plants(SEED);
    assert.ok(ps.length >= 200, `${ps.length} plants`);
    const leaked = ps
      .filter((p) => {
        const out = filtered(r, p.rel, p.text);
        return p.parts.some((x) => out.includes(x));
      })
      .map((p) => `${p.category}/${p.name} [${p.parts.join(' | ')}]: ${p.text}`);
    assert.deepEqual(leaked, [], `leaked ${leaked.length} of ${ps.length}`);
  });
  it('twins go out byte for byte', () => {
    const ts = twins(SEED);
    assert.ok(ts.length >= 100, `${ts.length} twins`);
    const changed = ts
      .map((t) => [t, filtered(r, t.rel, t.text)] as const)
      .filter(([t, out]) => out !== t.text)
      .map(([t, out]) => `${t.name}: ${out}`);
    assert.deepEqual(changed, [], `changed ${changed.length} of ${ts.length}`);
  });
  describe('stays linear on hostile input', () =>
    itIsLinear([
      ['wrapped table rows', '│ abcdefgh │\n'],
      ['quoted answer lines', '> abcdefghij\n'],
      ['a row going on from the one above', '│   │ the key │\n│   │ abcdefghij0123 │\n'],
      ['values cut under a name', 'API_KEY="a1b2c3d4e5f6g7…'],
      ['a mark after a long value', 'password=' + 'a1#'.repeat(80) + '…'],
      ['runs of marks', 'token: ***'],
      ['a password word and brackets', 'the password you gave ('],
    ]));
});
