/**
 * File names read as text: a prefix-less key after a provider's name in a file name (`cache/cohere_<key>.json`, no
 * other file naming it) is found, the name shown with the key redacted; names of hashes, ids, models and code stay.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';

const KEY40 = 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7d';
const KEY32 = 'Qm8vT2xK6pZr4Wn9Ls1Hd5Jc3Fg7By0A';

describe('names read with separators as spaces', () => {
  it('finds a key after a provider name in a file or folder name', () => {
    const r = new Redactor();
    const planted = [`cohere_${KEY40}.json`, `mistral-${KEY32}.log`, `openai_${KEY40}`, `cohere_api_key_${KEY40}.txt`];
    const found = r.scanNames(planted);
    planted.forEach((name, i) => {
      const hit = found[i];
      assert.ok(hit, name);
      assert.ok(!hit.shown.includes(KEY32.slice(0, 10)) && !hit.shown.includes(KEY40.slice(0, 10)), hit.shown);
      assert.equal(hit.shown.slice(0, 6), name.slice(0, 6), 'the provider name is kept');
    });
    assert.match(found[0]!.shown, /^cohere_\[REDACTED[^\]]*\]\.json$/);
  });

  it('keeps names of hashes, ids, response ids, models and code', () => {
    const r = new Redactor();
    const kept = [
      'openai_45c08474a1b2c3d4e5f60718293a4b5c6d7e8f9045c08474a1b2c3d4e5f60718.json',
      'groq_8b510969e2ff40ce9d7d1c6a41bb8197.log',
      'gemini_c24f6aa8-3bf3-6a14-7c2f-7ad016edc5d4.json',
      'anthropic_msg_01bTaZ6j8j2UIqaiIbq1Da3x.json',
      'openai_chatcmpl-4acV1gC1lvrIpSILhsVsP5iqq2qvE.json',
      'claude-3-5-sonnet-20241022.json',
      'gpt-4o-mini-2024-07-18.jsonl',
      'run_20260301_100000.md',
      'token_counts.json',
      'cohere_embed_v3.py',
      'test_api_key_rotation.py',
      'secret_santa_list.md',
      'openai_resp_17b85386a1b2c3d4e5f6.json',
      'my_module_name_here.py',
    ];
    assert.deepEqual(
      r.scanNames(kept).flatMap((hit, i) => (hit ? [`${kept[i]} -> ${hit.shown}`] : [])),
      [],
    );
  });
});
