/**
 * A secret the model wrote, cut across consecutive records of a streamed output (streaming_debug.log's StreamChunk
 * reprs, JSON lines, server-sent events): each record alone holds too little of it for any pass, and every record went
 * out. The records of one stream are read joined (chunks.ts): no 10-character window of a secret can be read back by
 * joining the records' decoded texts, whatever the cut (inside the name too) and the number of records. The twin:
 * streams of prose, code, ids, hashes and public keys cut the same way come out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { plants, randomCuts, recipientJoin, recordsOf, SHAPES, windowLeak } from './helpers/chunk-corpus.js';
import { randomStrings, rng } from './helpers/fake-secrets.js';

const redactor = new Redactor();
const shapes = Object.entries(SHAPES);

describe('a secret cut across the records of a streamed output', () => {
  it('is redacted for every family and shape, cut at random into 2 to 5 records', () => {
    const rand = rng(2026120201);
    const missed: string[] = [];
    let n = 0;
    for (const seed of [11, 12]) {
      for (const p of plants(seed)) {
        for (const [name, shape] of shapes) {
          const log = recordsOf(p.text, randomCuts(rand, p.text, p.span), shape);
          const out = redactor.redactString(log);
          n++;
          if (windowLeak(recipientJoin(out), p.value)) missed.push(`${p.family} in ${name}`);
        }
      }
    }
    assert.ok(n >= 500, `${n} plants`);
    assert.deepEqual(missed, []);
  });

  it('is redacted when cut in two at every position of the name and the value', () => {
    const missed: string[] = [];
    let n = 0;
    for (const p of plants(13).filter((x) => !x.family.startsWith('pem'))) {
      const [from, to] = p.span;
      for (let at = from + 1; at < to; at += 3) {
        const [name, shape] = shapes[at % shapes.length]!;
        const out = redactor.redactString(recordsOf(p.text, [at], shape));
        n++;
        if (windowLeak(recipientJoin(out), p.value)) missed.push(`${p.family} at ${at - from} in ${name}`);
      }
    }
    assert.ok(n >= 1000, `${n} plants`);
    assert.deepEqual(missed, []);
  });

  it('leaves streams without a secret byte for byte', () => {
    const r = randomStrings(77);
    const rand = rng(78);
    const begin = (kind: string): string => ['-----BEG', `IN ${kind}-----`].join('');
    const end = (kind: string): string => ['-----EN', `D ${kind}-----`].join('');
    const texts = [
      'Here is the plan: first we read the config, then we call the API with the user key from the environment.',
      `The commit ${r('hex', 40)} fixed it; run id ${r('hex', 8)}-${r('hex', 4)}-${r('hex', 4)}-${r('hex', 4)}-${r('hex', 12)}.`,
      'def main():\n    api_key = os.environ["OPENAI_API_KEY"]\n    client = OpenAI(api_key=api_key)\n    return client\n',
      `${begin('PUBLIC KEY')}\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${r('b64', 20)}\n${end('PUBLIC KEY')}\n`,
      `${begin('CERTIFICATE')}\nMIIDdzCCAl+gAwIBAgIE${r('b64', 44)}\n${r('b64', 64)}\n${end('CERTIFICATE')}\n`,
      'Set KAGGLE_KEY to your own key (see https://www.kaggle.com/settings) and TOKEN=<your token>.',
      `{"model": "gpt-4o", "temperature": 0.2, "max_tokens": 4096, "seed": ${Math.floor(rand() * 1e6)}}`,
      `sha256: ${r('hex', 64)}\nsize: 1048576\n`,
      'The answer is 42. Agent B voted for agent A because its answer was more complete.',
    ];
    const changed: string[] = [];
    let n = 0;
    for (const text of texts) {
      for (const [name, shape] of shapes) {
        for (let k = 0; k < 8; k++) {
          const log = recordsOf(text, randomCuts(rand, text, [0, text.length]), shape);
          n++;
          if (redactor.redactString(log) !== log) changed.push(`${name}: ${log.slice(0, 120)}`);
        }
      }
    }
    assert.ok(n >= 400, `${n} streams`);
    assert.deepEqual(changed, []);
  });

  it('reads a long stream in linear time', () => {
    const line = `StreamChunk(type='content', content='${'a'.repeat(40)}')\n`;
    for (const text of [line.repeat(20000), `content='${' '.repeat(1 << 20)}`, `"content"${' '.repeat(1 << 20)}`]) {
      const t0 = process.cpuUsage();
      redactor.redactString(text);
      const { user, system } = process.cpuUsage(t0);
      assert.ok(user + system < 3e6, `${(user + system) / 1e6} s`);
    }
  });
});
