/**
 * Round 23, a secret handed to or listed by a store (store-calls23-corpus.ts; issue 11): SDK calls that store a value
 * (store-calls.ts), `defaults write`, `consul kv put` (stores.ts), SMTP `AUTH PLAIN` (transcripts.ts), and the
 * listings of `etcdctl get`, `consul kv get -recurse`, `vault kv get`/`vault read` (store-listings.ts). Twins: the
 * same calls and listings with config values, references, placeholders and metadata rows, byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { leaked, plants, SEED, twins } from './helpers/store-calls23-corpus.js';

const r = new Redactor();
const red = (s: string): string => {
  const f = r.filter({ rel: 'workspace/scripts/setup.py' });
  return f.write(s) + f.end();
};

describe(`round 23: a secret handed to or listed by a store (seed ${SEED}, REDACT_SEED replays)`, () => {
  for (const seed of [SEED, SEED + 1])
    it(`seed ${seed}: store calls, defaults, consul, AUTH PLAIN and store listings`, () =>
      assert.deepEqual(leaked(plants(seed), red), []));

  it('twin: config values, references, placeholders and metadata in the same calls and listings are kept', () => {
    const all = twins(SEED + 2);
    assert.ok(all.length >= 300, `${all.length} twins`);
    const changed = all.filter((t) => red(t) !== t).map((t) => `${JSON.stringify(t)} => ${JSON.stringify(red(t))}`);
    assert.deepEqual(changed, []);
  });

  itIsLinear([
    ['put_parameter calls', 'ssm.put_parameter(Value="a1B2c3D4e5f6g7H8", '],
    ['unclosed set_secret calls', 'set_secret("a", "b", {"c": ['],
    ['defaults write', 'defaults write com.a k -string "a1B2c3D4e5f6g7H8" '],
    ['etcdctl get lines', '$ etcdctl get /a\n/a/api_key\na1B2c3D4e5f6g7H8\n'],
    ['etcdctl get words', 'etcdctl get '],
    ['vault tables', 'vault read x\n---   -----\npassword   a1B2c3D4e5f6g7H8\n'],
    ['AUTH PLAIN', 'AUTH PLAIN\n334 \n'],
  ]);
});
