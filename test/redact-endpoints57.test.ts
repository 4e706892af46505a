/**
 * Attack 57: a key in the query of an API's configured address went out when its parameter's name said nothing a rule
 * reads (`base_url: https://gateway.acme.dev/v1?access=<key>` in execution_metadata.yaml, which every share holds).
 * Under an address's name (`base_url`, `api_base`, `api_url`, `OPENAI_BASE_URL`), a random value of 20 characters or
 * more in its query is a key whatever its parameter's name. Twins: versions, deployments, UUIDs, page tokens, and a
 * random value in a link under another name, stay. Seeded (REDACT_SEED).
 */
import { describe } from 'node:test';
import { itKeeps, itRedacts, type Plant } from './helpers/filtered.js';
import { seededGen } from './helpers/fake-secrets.js';

const SEED = Number(process.env.REDACT_SEED ?? 5704);

const NAMES = ['base_url', 'api_base', 'apiBase', 'baseURL', 'api_url', 'OPENAI_BASE_URL', 'ANTHROPIC_BASE_URL'];
const PARAMS = ['access', 'k', 'gw', 'x', 'client', 'sub', 'u', 'acct'];

function plants(seed: number): Plant[] {
  const g = seededGen(seed);
  return Array.from({ length: 42 }, (_, i) => {
    const name = NAMES[i % NAMES.length]!;
    // (A key holds digits: random base62 of 32 characters holds five on average; code files judge one with a digit or
    // none as an identifier.)
    const value = `${g.one([
      () => g.pick('alnum', 32 + g.int(16)),
      () => g.pick('urlsafe', 40),
      () => `${g.pick('hex', 32)}`,
    ])()}${g.pick('digits', 3)}`;
    const url = `https://gateway.acme.dev/v1?${g.one(['', 'api-version=2024-02-01&'])}${g.one(PARAMS)}=${value}`;
    const [rel, text] = g.one<[string, string]>([
      ['execution_metadata.yaml', `agents:\n- backend:\n    type: openai\n    ${name}: ${url}\n    model: gpt-4o\n`],
      ['workspace/agent_a/settings.json', `{\n  "${name}": "${url}",\n  "model": "gpt-4o"\n}\n`],
      ['workspace/agent_a/.env', `${name.toUpperCase()}=${url}\n`],
      ['workspace/agent_b/client.py', `client = OpenAI(${name}="${url}")\n`],
      ['workspace/agent_b/run.sh', `python serve.py --base-url=${url}\n`],
      ['workspace/agent_b/config.php', `return ['base_url' => '${url}'];\n`],
      ['workspace/agent_a/config.yaml', `llm:\n  base-url: ${url}\n`],
    ]);
    return { name: `${name} in ${rel}`, rel, text, value };
  });
}

const KEPT: [string, string][] = [
  ['execution_metadata.yaml', 'backend:\n  base_url: https://x.openai.azure.com/openai?api-version=2024-02-01\n'],
  ['execution_metadata.yaml', 'backend:\n  api_base: https://gw.acme.dev/v1?deployment=gpt-4o-mini&region=eu-west-1\n'],
  ['workspace/a.yaml', 'base_url: https://api.acme.dev/v1/items?id=0be3acd7-0c4c-4f4f-8c9f-c36f623b0349\n'],
  [
    'workspace/a.json',
    '{"base_url": "https://id.acme.dev/auth?client_id=Zk4WbN8sYc3dHq7vLm2pXr9t&state=aB3dE5gH7jK9mN1pQ2rS&nonce=Xr9tZk4WbN8sYc3dHq7v"}\n',
  ],
  ['workspace/a.json', '{"base_url": "https://api.acme.dev/v1?nextPageToken=CgtBcVl0ZnNmT1lzRRABGAE2kd8"}\n'],
  ['workspace/notes.md', 'See https://docs.acme.dev/guide?ref=aB3dE5gH7jK9mN1pQ2rS4tU6 for the setup.\n'],
  ['workspace/.env', 'BASE_URL=https://api.acme.dev/v1?page=2&per_page=100&sort=created_at\n'],
  [
    'execution_metadata.yaml',
    'backend:\n  base_url: https://api.example.com/v1?model=meta-llama/Llama-3.1-70B-Instruct-Turbo2' +
      '&deployment=prod-eastus2-gpt4o-2024-08-06\n',
  ],
  [
    'workspace/a.yaml',
    'api_base: https://gw.acme.dev/v1?commit=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b' +
      '&sha256=2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae&trace=01HQZX8K2M3N4P5Q6R7S8T9V0W\n',
  ],
];

describe("attack 57: a key in an API address's query", () => {
  itRedacts(`a random value in a configured address's query is redacted (seed ${SEED})`, () => plants(SEED), 42);
  itKeeps('versions, deployments, models, digests, traces, ids, page tokens and other links stay', () => KEPT, 8);
});
