import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { damaged, leakedPlacements, randomToken, type Planted } from './helpers/placements.js';

/**
 * Benign strings an attacker's benign corpus saw changed: a digest under its own name below a line of code that
 * sets a password (near-labels.ts took that line for a label), and the dummy keys local OpenAI-compatible servers
 * document. Their secret neighbours stay redacted.
 */
describe('benign: digests below code, local servers’ dummy keys', () => {
  const rand = rng(Number(process.env.REDACT_SEED ?? 8181));
  const tok = randomToken(rand);
  const hex = (): string => tok(CHARSETS.hex, 64);
  it('keeps a digest whose line above is code setting a password or token', () => {
    const cases: [string, string][] = [];
    for (const [rel, above, below] of [
      ['app.py', 'password = input("Password: ")', 'EXPECTED = "H"'],
      ['check.py', 'pw = getpass.getpass()', 'expected_sha256 = "H"'],
      ['auth.js', 'const token = await getToken();', 'const HASH = "H";'],
      ['verify.rb', 'secret = ENV.fetch("APP_SECRET")', 'DIGEST = "H"'],
      ['hash.sh', 'PASSWORD=$(cat /run/secrets/pw)', 'WANT="H"'],
    ])
      cases.push([rel!, `${above}\n${below!.replace('H', hex())}\n`]);
    assert.deepEqual(damaged(cases), []);
  });
  it('keeps the dummy keys of local servers', () => {
    assert.deepEqual(
      damaged([
        ['local_llm.py', 'client = OpenAI(base_url="http://localhost:1234/v1", api_key="lm-studio")\n'],
        ['llama.py', 'client = OpenAI(base_url="http://127.0.0.1:8080/v1", api_key="sk-no-key-required")\n'],
        ['conf.yaml', 'llm:\n  base_url: http://localhost:8000/v1\n  api_key: not-needed\n'],
        ['cfg.json', '{"baseURL": "http://localhost:11434/v1", "apiKey": "llama.cpp"}\n'],
        ['proxy.py', 'client = openai.OpenAI(api_key="anything", base_url="http://0.0.0.0:4000")\n'],
      ]),
      [],
    );
  });
  const key = (): string => tok(CHARSETS.alnum, 32);
  const planted: Planted[] = [
    ['keys.py', (v) => `# Cohere\nVALUE = "${v}"\n`, key],
    ['keys.md', (v) => `Mistral API key:\n  ${v}\n`, key],
    ['local.py', (v) => `client = OpenAI(api_key="lmstudio-${v}")\n`, key],
    ['c.yaml', (v) => `llm:\n  api_key: sk-${v}\n`, key],
  ];
  it('still redacts keys beside them', () => {
    assert.deepEqual(leakedPlacements(planted, 4), []);
  });
});
