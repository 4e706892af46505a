/**
 * Round 20: a word's fragment that a weak-prefix family starts with (`test_`, `live_`) starts no token cut
 * short in a file name: Python's caches of test modules (`test_wait3.cpython-310.pyc`,
 * `test_dbm_sqlite3.cpython-313.opt-2.pyc`) were read as Mollie keys cut short and left out as names holding a secret
 * (attack 20b). The twin: a Mollie key whole in a name still is one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { seededGen } from './helpers/fake-secrets.js';

const WORDS = ['wait', 'asyncgen', 'dbm', 'sqlite', 'json', 'http', 'client', 'server', 'utf8', 'codec', 'ssl', 'zip'];
const r = new Redactor();

describe('names20: word fragments in file names', () => {
  it('keeps the caches of test and live modules, every Python version and optimisation level', () => {
    const g = seededGen(2020);
    const names: string[] = [];
    for (let i = 0; i < 400; i++) {
      const words = [g.one(WORDS), g.one(WORDS), g.one(WORDS)].slice(0, 1 + g.int(3));
      const digit = g.int(3) === 0 ? String(g.int(10)) : '';
      const opt = ['', '.opt-1', '.opt-2'][g.int(3)];
      const prefix = ['test_', 'live_'][g.int(2)];
      names.push(`${prefix}${words.join('_')}${digit}.cpython-3${8 + g.int(6)}${opt}.pyc`);
    }
    const changed = r.scanNames(names).flatMap((hit, i) => (hit ? [`${names[i]} -> ${hit.shown}`] : []));
    assert.deepEqual(changed, []);
  });

  it('still finds a Mollie key whole in a name', () => {
    const g = seededGen(2021);
    const names = Array.from({ length: 50 }, () => {
      const key = `${g.pick('alnum', 10)}A${g.pick('alnum', 8)}a${g.pick('alnum', 9)}7`;
      return `notes_${['live_', 'test_'][g.int(2)]}${key}.txt`;
    });
    const missed = r.scanNames(names).flatMap((hit, i) => (hit ? [] : [names[i]!]));
    assert.deepEqual(missed, []);
  });
});
