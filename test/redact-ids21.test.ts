/**
 * Issue 11, category 8: response and request ids (a Gemini `responseId`, `messageId`, `request_id`, `x-request-id`,
 * `traceId`, `generationId`) after a provider's name were read as that provider's key: the id noun glued to the word
 * before it (camelCase, snake_case, kebab-case) was no word to the prose readers' veto (id-nouns.ts) nor to a table's
 * column header (labels.ts). Fresh ids (a seeded PRNG, `REDACT_SEED`) must come out byte for byte; the twin: a key
 * under a key's name in the same places is still replaced.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seededGen, type SeededGen } from './helpers/fake-secrets.js';
import { leaksValue, redactAs } from './helpers/placements.js';

const SEED = Number(process.env.REDACT_SEED ?? 2131);
const IDS = ['responseId', 'response_id', 'requestId', 'request_id', 'traceId', 'x-request-id', 'generationId'];
const MORE_IDS = ['messageId', 'message_id', 'trace_id', 'X-Request-Id', 'callId', 'id'];
const PROVIDERS = ['gemini', 'vertex', 'openai', 'anthropic', 'claude', 'google', 'grok', 'azure', 'mistral'];

function value(g: SeededGen): string {
  return g.one([
    () => g.pick('urlsafe', 20 + g.int(11)),
    () => g.pick('alnum', 20 + g.int(8)),
    () => `chatcmpl-${g.pick('alnum', 29)}`,
    () => `msg_01${g.pick('alnum', 22)}`,
    () => `req_${g.pick('alnum', 24)}`,
    () => `resp_${g.pick('hex', 48)}`,
    () => `toolu_01${g.pick('alnum', 22)}`,
    () => `call_${g.pick('alnum', 24)}`,
  ])();
}

const places = (p: string, k: string, v: string): [string, string][] => [
  ['agent.json', `${JSON.stringify({ backend: p, response: { [k]: v, modelVersion: 'gemini-2.5-pro' } }, null, 2)}\n`],
  ['agent.json', `${JSON.stringify({ provider: p, [k]: v })}\n`],
  ['log.txt', `[${p}] ${k}: ${v}\n`],
  ['log.txt', `${p} ${k} ${v}\n`],
  ['answer.md', `The ${p} API returned ${k} \`${v}\`.\n`],
  ['notes.md', `| provider | ${k} |\n|---|---|\n| ${p} | ${v} |\n`],
  ['trace.yaml', `${p}:\n  ${k}: ${v}\n`],
  ['stream.txt', `data: {"${k}":"${v}","candidates":[]}\n`],
];

describe('ids21: response and request ids after a provider name', () => {
  it('come out byte for byte', () => {
    const g = seededGen(SEED);
    console.log(`ids21 seed ${SEED}`);
    const texts = Array.from({ length: 80 }, () =>
      places(g.one(PROVIDERS), g.one([...IDS, ...MORE_IDS]), value(g)),
    ).flat();
    const changed = texts.flatMap(([rel, t]) => {
      const out = redactAs(rel, t);
      return out === t ? [] : [`${JSON.stringify(t)} -> ${JSON.stringify(out)}`];
    });
    assert.deepEqual(changed, []);
  });

  it('a key under a key name in the same places is still replaced', () => {
    const g = seededGen(SEED + 1);
    const missed: string[] = [];
    for (let i = 0; i < 40; i++) {
      const v = `${g.pick('alnum', 16)}${g.int(10)}${g.pick('alnum', 16)}`;
      const p = g.one(PROVIDERS);
      for (const [rel, t] of places(p, g.one(['api_key', 'apiKey', 'token', 'secret_key']), v).slice(2))
        if (leaksValue(redactAs(rel, t), v)) missed.push(JSON.stringify(t));
    }
    assert.deepEqual(missed, []);
  });
});
