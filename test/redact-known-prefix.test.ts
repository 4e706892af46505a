/**
 * Issue 11, category 1 (attack 18): a known value's pieces are searched for (known-variants.ts), and a piece of one
 * key that is only its family's prefix (`sk-ant-api03-`) matched at the start of another key of that family; where
 * that key's body went on after `-` or `_` with a part holding `_` or `-` (`sk-ant-api03--U_4E…`), the hit stopped at
 * the prefix and the other key went out whole after `[REDACTED:known-value:…]`. Generated: for each family, a known
 * key and other keys of the same family whose bodies start with or hold `-` and `_`; the twins: the known key with a
 * word suffix (`-old`, `_backup-file`) keeps the suffix.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';

const rand = rng(Number(process.env.REDACT_SEED ?? 20261203) + 1803);
const pick = (chars: string, n: number): string =>
  Array.from({ length: n }, () => chars[Math.floor(rand() * chars.length)]).join('');
/** A body of token characters whose first part is short and cut by `_` or `-`. */
const cutBody = (n: number): string => {
  const sep = () => (rand() < 0.5 ? '-' : '_');
  return `${rand() < 0.5 ? sep() : ''}${pick(CHARSETS.alnum, 1 + Math.floor(rand() * 3))}${sep()}${pick(CHARSETS.urlsafe, n)}`;
};

const FAMILIES: { name: string; prefix: string; body: number }[] = [
  { name: 'ANTHROPIC_API_KEY', prefix: 'sk-ant-api03-', body: 93 },
  { name: 'OPENAI_API_KEY', prefix: 'sk-proj-', body: 120 },
  { name: 'GITHUB_TOKEN', prefix: 'github_pat_11', body: 70 },
  { name: 'SLACK_BOT_TOKEN', prefix: 'xoxb-1234567890-', body: 40 },
  { name: 'OPENROUTER_API_KEY', prefix: 'sk-or-v1-', body: 64 },
  { name: 'GROQ_API_KEY', prefix: 'gsk_', body: 52 },
  { name: 'HF_TOKEN', prefix: 'hf_', body: 34 },
  { name: 'LANGSMITH_API_KEY', prefix: 'lsv2_pt_', body: 40 },
];
const PLACES = [
  (k: string) => `[server]\nsecret=${k}\n`,
  (k: string) => `export OTHER_KEY="${k}"\n`,
  (k: string) => `{"key": "${k}"}\n`,
  (k: string) => `The second key is ${k} for staging.\n`,
];

describe('a known key does not stop another key of its family at their shared prefix', () => {
  it(`redacts ${FAMILIES.length} families × ${PLACES.length} placements × 6 keys whole`, () => {
    const leaks: string[] = [];
    for (const f of FAMILIES) {
      const known = `${f.prefix}${pick(CHARSETS.alnum, f.body)}`;
      const redactor = new Redactor({ knownValues: [{ name: f.name, value: known }] });
      for (const place of PLACES)
        for (let k = 0; k < 6; k++) {
          const other = `${f.prefix}${cutBody(f.body)}`;
          const out = redactor.redactString(place(other));
          const body = other.slice(f.prefix.length);
          for (let i = 0; i + 10 <= body.length; i++)
            if (out.includes(body.slice(i, i + 10))) {
              leaks.push(out);
              break;
            }
        }
    }
    assert.deepEqual(leaks.slice(0, 5), [], `${leaks.length} leaked`);
  });

  it('keeps a word suffix after the known key itself', () => {
    for (const f of FAMILIES) {
      const known = `${f.prefix}${pick(CHARSETS.alnum, f.body)}`;
      const redactor = new Redactor({ knownValues: [{ name: f.name, value: known }] });
      for (const suffix of ['-old', '_backup', '_backup-file', '-rest', '.json'])
        assert.equal(
          redactor.redactString(`cp ${known}${suffix} /tmp\n`),
          `cp [REDACTED:known-value:${f.name}]${suffix} /tmp\n`,
        );
    }
  });
});

/**
 * Attack 19: Baidu Qianfan's keys are `bce-v3/ALTAK-<21>/<40 hex>`; a key learned from a `.env` left out shares its
 * family's header (a piece of 12 characters or more) with every other Qianfan key, and the hit of that piece stopped
 * at the next `/`: the other key's secret half went out after `[REDACTED:known-value:…]`. A `/` is now stepped over
 * for a value that holds one; twins: the known key in a path keeps the path's next segment.
 */
describe('a known key that holds a `/` does not stop another key of its family at a `/`', () => {
  const qianfan = (access = pick(CHARSETS.alnum, 21)): string => `bce-v3/ALTAK-${access}/${pick(CHARSETS.hex, 40)}`;
  const learned = (known: string): Redactor => {
    const r = new Redactor({ learn: true });
    r.harvest('.env', `QIANFAN_API_KEY=${known}\n`);
    return r;
  };
  it(`redacts other keys whole: ${PLACES.length} placements × 8 keys, given and learned`, () => {
    const leaks: string[] = [];
    for (const make of [(k: string) => new Redactor({ knownValues: [{ name: 'QIANFAN_API_KEY', value: k }] }), learned])
      for (const place of PLACES)
        for (let k = 0; k < 8; k++) {
          const known = qianfan();
          // Half the others share the known key's access key (the piece then reaches the `/` before the secret).
          const other = qianfan(k % 2 === 0 ? undefined : known.slice(13, 34));
          const out = make(known).redactString(place(other));
          const secret = other.slice(-40);
          for (let i = 0; i + 10 <= secret.length; i++)
            if (out.includes(secret.slice(i, i + 10))) {
              leaks.push(out);
              break;
            }
        }
    assert.deepEqual(leaks.slice(0, 5), [], `${leaks.length} leaked`);
  });

  it('keeps the next segment of a path after the known key itself', () => {
    const known = qianfan();
    const redactor = new Redactor({ knownValues: [{ name: 'QIANFAN_API_KEY', value: known }] });
    for (const rest of ['/notes.txt', '/README', '/v2', '/backup-file', '/config/app.yaml'])
      assert.equal(redactor.redactString(`ls ${known}${rest}\n`), `ls [REDACTED:known-value:QIANFAN_API_KEY]${rest}\n`);
  });
});
