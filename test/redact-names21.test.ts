/**
 * Issue 11, category 8: a module's name after a secret word (`token_refresh3.pyc`, `password_loader79.pyo`,
 * `secret_sauce3.cpython-312.pyc`, `access_token_box.cpython-38.pyc`,
 * `password_reset3.min.js`) was read as `token <value>` in the name's spaced stem or as a token cut short, and left out
 * as a name holding a secret. Fresh names (a seeded PRNG, `REDACT_SEED`) must come out unchanged, in a listing and in
 * text; the twin: a random key after the same words still is found.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { seededGen, type SeededGen } from './helpers/fake-secrets.js';
import { redactAs } from './helpers/placements.js';

const SEED = Number(process.env.REDACT_SEED ?? 2121);
const WORDS = ['sauce', 'word', 'manager', 'store', 'rotation', 'refresh', 'reset', 'hashing', 'utils', 'bucket'];
const MORE = ['vault', 'handler', 'parser', 'scanner', 'keeper', 'rotate', 'cache', 'loader', 'helper', 'gen', 'box'];
const SHORT = ['santa', 'agent', 'service', 'tests', 'ctx', 'cfg', 'api', 'auth', 'crypto', 'hmac', 'jwt', 'oauth'];
const PRE = ['secret_', 'secrets_', 'token_', 'tokens_', 'password_', 'passwd_', 'api_key_', 'apikey_', 'test_token_'];
const PRE2 = ['test_secret_', 'test_password_', 'access_token_', 'private_key_', 'credentials_', 'auth_token_'];

function suffix(g: SeededGen): string {
  const py = `cpython-3${8 + g.int(6)}`;
  return g.one([
    `.${py}.pyc`,
    `.${py}-pytest-${7 + g.int(2)}.${g.int(5)}.${g.int(5)}.pyc`,
    `.${py}.opt-${1 + g.int(2)}.pyc`,
    ...['.min.js', '.min.css', '.js.map', '.d.ts', '.pyc', '.pyo', '.so', '.o'],
  ]);
}

function names(g: SeededGen, n: number): string[] {
  const words = [...WORDS, ...MORE, ...SHORT];
  return Array.from({ length: n }, () => {
    const ws = [g.one(words), g.one(words)].slice(0, 1 + g.int(2)).join('_');
    return `${g.one([...PRE, ...PRE2])}${ws}${g.int(3) ? String(g.int(100)) : ''}${suffix(g)}`;
  });
}

describe('names21: module names after a secret word', () => {
  it('are kept, in a listing and in text', () => {
    const g = seededGen(SEED);
    console.log(`names21 seed ${SEED}`);
    const all = names(g, 800);
    const shown = new Redactor().scanNames(all).flatMap((hit, i) => (hit ? [`${all[i]} -> ${hit.shown}`] : []));
    assert.deepEqual(shown, []);
    const texts: [string, string][] = all.flatMap((n) => [
      ['answer.md', `Removed __pycache__/${n} before the run.\n`],
      ['tree.txt', `├── ${n}\n`],
      ['out.json', `${JSON.stringify({ files: [n] })}\n`],
    ]);
    assert.deepEqual(
      texts.filter(([rel, t]) => redactAs(rel, t) !== t),
      [],
    );
  });

  it('a random key after the same words is still found', () => {
    const g = seededGen(SEED + 1);
    const keys = Array.from({ length: 100 }, () => `${g.pick('alnum', 14)}${g.int(10)}${g.pick('alnum', 14)}`);
    const all = keys.map((k) => `${g.one(['token_', 'secret_', 'password_', 'api_key_'])}${k}${suffix(g)}`);
    const missed = new Redactor().scanNames(all).flatMap((hit, i) => (hit ? [] : [all[i]!]));
    assert.deepEqual(missed, []);
  });
});
