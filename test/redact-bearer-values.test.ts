import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mnemonic } from './helpers/bip39-words.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { damaged, leakCounter, randomToken, type Planted } from './helpers/placements.js';

/**
 * A Bearer credential of no known token shape (a BIP-39 mnemonic of 12 or 24 words, `0x` and 64 hex, 32/40/64 random
 * characters) in the places a header is written (curl, nginx, HTTP dumps, code, tool-call JSON), and mnemonics under
 * their names (`mnemonic`, `seed`, `seed_phrase`, `recovery phrase:`). A leak is any 10-character window of the value.
 * Twins: Bearer placeholders and references, English prose after `seed`, and header docs.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 151502));
const tok = randomToken(rand);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const { leaked } = leakCounter('bearer-values', 6);

const values: [string, () => string][] = [
  ['mnemonic-12', () => mnemonic(rand, 12)],
  ['mnemonic-24', () => mnemonic(rand, 24)],
  ['0x-hex', () => `0x${tok(CHARSETS.hex, 64)}`],
  ['alnum-32', () => tok(CHARSETS.alnum, 32)],
  ['alnum-40', () => tok(CHARSETS.alnum, 40)],
  ['hex-64', () => tok(CHARSETS.hex, 64)],
  ['urlsafe-64', () => tok(CHARSETS.urlsafe, 64)],
  ['lower-32', () => tok(CHARSETS.lowerAlnum, 32)],
];
const H = () => pick(['Authorization', 'authorization', 'AUTHORIZATION']);
const B = () => pick(['Bearer', 'Bearer', 'bearer', 'BEARER']);
const headers: [string, (v: string) => string][] = [
  ['run.sh', (v) => `curl -s -H "${H()}: ${B()} ${v}" https://api.example.com/v1/items\n`],
  ['run.sh', (v) => `curl -s -H '${H()}: ${B()} ${v}' https://api.example.com/v1/items\n`],
  ['run.sh', (v) => `wget --header="Authorization: Bearer ${v}" https://api.example.com/dump\n`],
  ['nginx.conf', (v) => `location /api/ {\n    proxy_set_header ${H()} "${B()} ${v}";\n}\n`],
  ['nginx.conf', (v) => `    proxy_set_header Authorization 'Bearer ${v}';\n`],
  ['request.http', (v) => `GET /v1/items HTTP/1.1\nHost: api.example.com\n${H()}: ${B()} ${v}\n\n`],
  ['headers.json', (v) => `{"headers": {"${H()}": "${B()} ${v}", "Accept": "application/json"}}\n`],
  ['client.py', (v) => `headers = {"Authorization": "Bearer ${v}"}\nrequests.get(url, headers=headers)\n`],
  ['client.py', (v) => `session.headers["Authorization"] = 'Bearer ${v}'\n`],
  ['client.ts', (v) => `await fetch(url, { headers: { Authorization: 'Bearer ${v}' } });\n`],
  ['client.ts', (v) => `const auth = \`Bearer ${v}\`;\n`],
  ['main.go', (v) => `req.Header.Set("Authorization", "Bearer ${v}")\n`],
  ['config.yaml', (v) => `headers:\n  Authorization: Bearer ${v}\n`],
  ['config.yaml', (v) => `auth_header: "Bearer ${v}"\n`],
  [
    'tool.json',
    (v) => JSON.stringify({ command: `curl -H "Authorization: Bearer ${v}" https://x.example/api` }) + '\n',
  ],
  ['answer.md', (v) => `Send the header \`Authorization: Bearer ${v}\` with each request.\n`],
  ['run.ps1', (v) => `$h = @{ Authorization = "Bearer ${v}" }\n`],
  ['.env', (v) => `AUTH_HEADER="Authorization: Bearer ${v}"\n`],
];
const planted: Planted[] = [];
for (const [rel, lay] of headers) for (const [, gen] of values) planted.push([rel, lay, gen]);

const LABELS: [string, (v: string) => string][] = [
  ['wallet.env', (v) => `MNEMONIC="${v}"\n`],
  ['wallet.env', (v) => `WALLET_SEED='${v}'\n`],
  ['config.yaml', (v) => `wallet:\n  mnemonic: "${v}"\n`],
  ['config.yaml', (v) => `seed_phrase: ${v}\n`],
  ['wallet.json', (v) => `{"mnemonic": "${v}", "path": "m/44'/60'/0'/0"}\n`],
  ['wallet.json', (v) => `{"seedPhrase": "${v}"}\n`],
  ['hardhat.config.js', (v) => `accounts: { mnemonic: "${v}" },\n`],
  ['answer.md', (v) => `Your recovery phrase: ${v}\n`],
  ['answer.md', (v) => `Secret Recovery Phrase:\n\n${v}\n`],
  ['notes.txt', (v) => `seed: ${v}\n`],
  ['wallet.py', (v) => `seed_phrase = "${v}"\n`],
  ['wallet.py', (v) => `w = Wallet.from_mnemonic("${v}")\n`],
  ['run.log', (v) => `[wallet] restoring from mnemonic=${v}\n`],
];
const labelled: Planted[] = [];
for (const [rel, lay] of LABELS) for (const n of [12, 24] as const) labelled.push([rel, lay, () => mnemonic(rand, n)]);

describe('a Bearer credential of no known shape', () => {
  it(`redacts ${planted.length} placements × 6 values`, () => {
    assert.deepEqual(leaked('bearer', planted), []);
  });
  it('keeps Bearer placeholders and references', () => {
    const kept = ['<token>', '$TOKEN', '${TOKEN}', '{{token}}', 'YOUR_TOKEN', '<access_token>', '$(cat token.txt)'];
    const benign: [string, string][] = [];
    for (const [rel, lay] of headers) for (const v of kept) benign.push([rel, lay(v)]);
    benign.push(['answer.md', 'Bearer tokens are sent in the Authorization header of each request.\n']);
    benign.push(['answer.md', 'The bearer of this letter is entitled to collect the parcel from the post office.\n']);
    assert.deepEqual(damaged(benign), []);
  });
});

describe('BIP-39 mnemonics under their names', () => {
  it(`redacts ${labelled.length} placements × 6 mnemonics`, () => {
    assert.deepEqual(leaked('mnemonic', labelled), []);
  });
  it('keeps prose of lowercase words after seed and mnemonic', () => {
    const prose = [
      'The seed of the idea grew into a project that many people would love and use every single day now.',
      'seed: random values fix each trial so every result stays stable across machines during long benchmark runs',
      'Set the seed to 42 so the split stays fixed between runs of the evaluation suite on every machine.',
      'A mnemonic helps students remember planets: my very eager mother just served us nine pizzas today.',
      'recovery phrase is twelve or twenty four words long and should never be typed into any website at all',
      'seed = 1234  # fixed random seed for reproducible training runs on every worker node',
      'use a mnemonic device like rhymes, acronyms, chunking and visual imagery for better recall in exams',
    ];
    const benign: [string, string][] = prose.map((p) => ['answer.md', p + '\n']);
    assert.deepEqual(damaged(benign), []);
  });
});
