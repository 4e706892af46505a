/**
 * Attack 59's damage and its known values. A commit's id on a commit log's line with a key word in its subject
 * (`11818cb fix(auth): rotate keys without downtime (<40 hex>)`), and a digest above such a line; a value on the line
 * after a secret's line read as its wrapped rest when its characters are another alphabet's (an IPFS CID after a Stripe
 * key, a digest after a password); an Ethereum address; `&lt;/s&gt;`. And `.env` values as known values: each item of
 * a list (`SERVICE_TOKENS=a,b`), a JSON object's secrets, `*_SEED`, `*_CREDS`, a service's hex key (`SERPER=<40
 * hex>`), a short value's base64. Seeded (REDACT_SEED).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { dotenvEntries, knownValuesFromEnv } from '../src/core/redact/known-values.js';
import { filtered, itKeeps, learningRedactor, leaksWindow } from './helpers/filtered.js';
import { seededGen, type SeededGen } from './helpers/fake-secrets.js';
import { madeUpPhrase } from './helpers/made-up-words.js';

const SEED = Number(process.env.REDACT_SEED ?? 5903);

function commitLines(g: SeededGen): [string, string][] {
  const out: [string, string][] = [];
  const subjects = ['fix(auth): rotate keys without downtime', 'feat: token refresh for the API key', 'Rotate keys'];
  for (let i = 0; i < 12; i++) {
    const line = `${g.pick('hex', 6)}${g.one(['a', 'b', 'c'])} ${subjects[i % 3]} (${g.pick('hex', 39)}7)`;
    out.push(
      ...([
        ['workspace/logs/worker_output.txt', `${line}\n`],
        ['workspace/index.html', `<p>${line}</p>\n`],
        ['workspace/inventory.csv', `kind,text\nnote,"${line}"\n`],
        ['coordination_events.json', `{"details": "${line}"}\n`],
        ['workspace/main.py', `# ${g.pick('hex', 63)}1\n# ${line}\n`],
      ] as [string, string][]),
    );
  }
  return out;
}

const OTHER_BENIGN: [string, string][] = [
  ['workspace/index.html', '<p>eos_token: "&lt;/s&gt;"</p>\n<p>bos_token: "&lt;s&gt;"</p>\n'],
  ['workspace/probe.py', '# 0x4977bf50d00dee763e7539bcdc64e1c4cf5c29b2\n# Rotate your API key every 90 days.\n'],
];

/** A secret's line, then a benign value alone on the next line; the benign value must come out as it was. */
function linesAfterSecrets(g: SeededGen): [string, string, string][] {
  const stripe = `rk_live_${g.pick('alnum', 40)}`;
  const cid = `bafybei${g.pick('lowerAlnum', 52).replace(/[01]/g, 'q')}`;
  const sha = g.pick('hex', 64);
  return [
    [
      'workspace/docs/runbook.md',
      `Use this key for the stripe backend: ${stripe}\n${cid}\npi_${g.pick('alnum', 24)}\n`,
      cid,
    ],
    [
      'workspace/setup.sh',
      `mysql -h db -u root -p'${g.pick('alnum', 12)}#${g.pick('alnum', 20)}' analytics\n${sha}\n`,
      sha,
    ],
    ['workspace/logs/app.log', `GET /v1/search?key=sk-${g.pick('alnum', 48)}&q=agents HTTP/1.1" 200\n${sha}\n`, sha],
    [
      'workspace/docs/runbook.md',
      `My wifi passphrase: "${g.pick('alnum', 8)}!${g.pick('alnum', 8)}"\n${sha.slice(0, 40)}\n`,
      sha.slice(0, 40),
    ],
  ];
}

describe('attack 59: ids and digests beside secrets stay', () => {
  itKeeps(
    `commit ids on commit logs' lines, a digest above one (seed ${SEED})`,
    () => commitLines(seededGen(SEED)),
    60,
  );
  itKeeps("a model's special tokens escaped in HTML, an Ethereum address", () => OTHER_BENIGN, 2);
  it(`a value of another alphabet on the line after a secret is no rest of it (seed ${SEED})`, () => {
    for (const [rel, text, benign] of linesAfterSecrets(seededGen(SEED + 1))) {
      const out = filtered(learningRedactor(), rel, text);
      assert.ok(out.includes(benign), `${rel}: ${out}`);
      assert.notEqual(out, text, `the secret of ${rel} went out`);
    }
  });
});

describe('attack 59 and hostile 59: .env values learned in their parts and forms', () => {
  it(`items of a list, a JSON object's secrets, seeds, creds, a service's hex key, short base64 (seed ${SEED})`, () => {
    const g = seededGen(SEED + 2);
    const t = [0, 1, 2].map(() => `${g.pick('alnum', 14)}${g.pick('digits', 2)}`);
    const [pw, hex, seed] = [
      `${g.pick('alnum', 6)}!${g.pick('alnum', 6)}?`,
      g.pick('hex', 40),
      madeUpPhrase(g, ' ', 12),
    ];
    const env = [
      `SERVICE_TOKENS=${t.join(',')}`,
      `DB_CONFIG={"user":"app","password":"${t[0]}x","nested":{"api_key":"${t[1]}y"}}`,
      `SMTP_CREDS='${pw}'  # from vault`,
      `export SERPER="${hex}"`,
      `WALLET_SEED="${seed}"`,
      'RANDOM_SEED=20260131',
      'ALLOWED_HOSTS=a.example.com,b.example.com',
    ].join('\n');
    const r = new Redactor({ knownValues: knownValuesFromEnv(dotenvEntries(env)) });
    const b64 = (s: string): string => Buffer.from(s).toString('base64');
    const html = (s: string): string => [...s].map((c) => `&#x${c.charCodeAt(0).toString(16)};`).join('');
    const secrets = [...t, `${t[0]}x`, `${t[1]}y`, pw, hex, seed];
    const text = [
      ...t.map((v) => `Rotated to ${v}.`),
      `password ${t[0]}x and ${t[1]}y`,
      `blob ${b64(pw)}`,
      `<td>${html(hex)}</td>`,
      `seed: ${seed}`,
      'hosts a.example.com and b.example.com, seed 20260131',
    ].join('\n');
    const out = filtered(r, 'agent_a/answer.txt', text);
    for (const v of secrets) assert.ok(!leaksWindow(out, v), `${v} went out: ${out}`);
    assert.match(out, /hosts a\.example\.com and b\.example\.com, seed 20260131/);
  });
});
