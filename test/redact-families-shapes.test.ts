/**
 * Provider shapes that were missing from the table (issue 11): OpenAI ChatGPT session keys, Hugging
 * Face tokens whose body holds digits, Azure Storage account keys next to a context word, Weights &
 * Biases keys after `wandb login`, and JWTs whose payload is JSON that does not start `{"`. Each is
 * built at test time from fragments and a seeded generator, planted where MassGen writes it (a
 * trace line, answer prose, a tool result's JSON), and set beside look-alikes that must come out
 * byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';

const j = (...parts: string[]): string => parts.join('');
const rand = rng(20261201);
const r = (set: keyof typeof CHARSETS, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += CHARSETS[set][Math.floor(rand() * CHARSETS[set].length)];
  return s;
};
/** Random base62 with at least one capital and one digit, as real bodies hold. */
const body62 = (n: number): string => j('Q', '7', r('alnum', n - 2));
const b64url = (text: string): string => Buffer.from(text).toString('base64url');
const sig = (): string => Buffer.from(r('alnum', 32)).toString('base64url');

const SESSION = j('se', 'ss-', body62(40));
const HF = j('h', 'f_', body62(34));
const AZURE = j(Buffer.from(r('alnum', 64)).toString('base64').slice(0, 86), '==');
const WANDB = r('hex', 40);
const JWT_SPACED = j(b64url('{"alg":"HS256","typ":"JWT"}'), '.', b64url('{ "sub": "42", "name": "ada" }'), '.', sig());
const JWT_PRETTY = j(b64url('{\n  "alg": "HS256"\n}'), '.', b64url('{\n  "sub": "42"\n}'), '.', sig());

/** An ngrok authtoken, from a generator of its own (the values above stay as they were). */
const NGROK = ((): string => {
  const own = rng(7);
  const pick = (n: number): string =>
    Array.from({ length: n }, () => CHARSETS.alnum[Math.floor(own() * CHARSETS.alnum.length)]).join('');
  return j('2', 'Q', pick(25), '_', '7', pick(20));
})();

/** Where MassGen writes a value: a trace line, answer prose, a tool result's JSON. */
const placements = (before: string, value: string): string[] => [
  `2026-12-01 04:40:02 | agent_a | [tool] stdout: ${before}${value}`,
  `The run works now. I used ${before}${value} for the call, as you asked.`,
  JSON.stringify({ type: 'tool_result', tool: 'bash', output: `${before}${value}\n` }),
];

const CASES: { family: string; rule: string; texts: string[]; value: string }[] = [
  { family: 'openai-session', rule: 'openai-session-key', value: SESSION, texts: placements('', SESSION) },
  { family: 'huggingface-digits', rule: 'huggingface-token', value: HF, texts: placements('', HF) },
  {
    family: 'azure-storage-context',
    rule: 'azure-storage-key',
    value: AZURE,
    texts: [
      ...placements('the Azure storage account key is ', AZURE),
      ...placements('STORAGE_KEY: ', AZURE),
      ...placements('account key ', AZURE),
      `DefaultEndpointsProtocol=https;AccountName=massgenlogs;AccountKey=${AZURE};EndpointSuffix=core.windows.net`,
    ],
  },
  {
    family: 'wandb',
    rule: 'wandb-api-key',
    value: WANDB,
    texts: [
      ...placements('$ wandb login ', WANDB),
      ...placements('!wandb login --relogin ', WANDB),
      ...placements('wandb.login(key="', `${WANDB}")`),
    ],
  },
  {
    family: 'ngrok',
    rule: 'ngrok-authtoken',
    value: NGROK,
    texts: [
      ...placements('$ ngrok config add-authtoken ', NGROK),
      ...placements('ngrok authtoken ', NGROK),
      ...placements('ngrok http 8080 --authtoken ', NGROK),
    ],
  },
  {
    family: 'jwt-payload-spaced',
    rule: 'jwt',
    value: JWT_SPACED,
    texts: [...placements('', JWT_SPACED), JWT_SPACED, ...placements('Cookie: session=', JWT_SPACED)],
  },
  {
    family: 'jwt-pretty-header',
    rule: 'jwt',
    value: JWT_PRETTY,
    texts: [...placements('session=', JWT_PRETTY), ...placements('?jwt=', JWT_PRETTY)],
  },
];

const SHA512 = Buffer.from(r('alnum', 64)).toString('base64');
const LOOK_ALIKES = [
  // SHA-512 integrity strings are 88-character base64 with `==`, also beside @azure/storage-blob.
  `"integrity": "sha512-${SHA512}"`,
  `/@azure/storage-blob@12.17.0: resolution: {integrity: sha512-${SHA512}}`,
  `  resolved "https://registry.yarnpkg.com/@azure/storage-blob/-/storage-blob-12.17.0.tgz" integrity sha512-${SHA512}`,
  // An 88-character base64 run with no context word stays.
  `digest ${SHA512}`,
  j('se', 'ss-', 'cookie-store'),
  j('se', 'ss-', r('alnum', 12)),
  j('h', 'f_', r('hex', 40)),
  j('h', 'f_hub_download_cache_dir_for_models'),
  `git commit ${r('hex', 40)} (wandb run 3)`,
  `wandb: Syncing run ${r('lowerAlnum', 8)}; commit ${r('hex', 40)}`,
  j('ey', 'J', r('urlsafe', 12), '.', 'not-base64-json', '.x'),
  `session=${r('hex', 32)}`,
  // ngrok's own output: tunnel and endpoint ids, URLs, versions.
  'Forwarding                    https://9f3a-203-0-113-7.ngrok-free.app -> http://localhost:8080',
  `ngrok api tunnels list  # tn_${NGROK.slice(0, 27)}`,
  'Version                       3.5.0',
  // Three dotted parts that are no JWT (no `eyJ` header) under a name that is no secret's (`jwt=` is a weak secret
  // name since attack 47: a random value under it is judged as under `token=`).
  `trace=${j('ab', r('lowerAlnum', 10))}.${r('lowerAlnum', 12)}.${r('lowerAlnum', 12)}`,
];

describe('provider shapes added for issue 11', () => {
  const redactor = new Redactor();
  for (const c of CASES) {
    it(`${c.family}: redacted in every placement, named by its rule`, () => {
      for (const text of c.texts) {
        const out = redactor.redactString(text);
        assert.ok(!out.includes(c.value), `${c.family} leaked: ${out}`);
      }
      assert.ok(
        redactor.redactString(c.texts[1]!).includes(`[REDACTED:${c.rule}]`),
        redactor.redactString(c.texts[1]!),
      );
    });
  }
  it('keeps every look-alike byte for byte, alone and in a trace line', () => {
    for (const alike of LOOK_ALIKES) {
      assert.equal(redactor.redactString(alike), alike);
      for (const text of placements('', alike)) assert.equal(redactor.redactString(text), text);
    }
  });
});
