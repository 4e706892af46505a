/**
 * Attack 58 and hostile 58: secrets placed where only their place says what they are. A headerless table's column of
 * passwords beside a column of accounts; a login record's pair of strings (`{"type":"login","data":["deploy","…"]}`);
 * a token in a sentence about a refused credential or a hand-over (`I tried "…" but the API returned 401`); a
 * notebook cell's print of a key (`print(client.api_key)`) with any characters; a Kubernetes Secret's data under a weak
 * name; a provider's token glued into a name on both sides (`cache_ghp_…_v2`); the Telegram Bot API's path segment
 * after `bot` whatever it holds. Seeded (REDACT_SEED).
 */
import { describe } from 'node:test';
import { itKeeps, itRedacts, type Plant } from './helpers/filtered.js';
import { seededGen, type SeededGen } from './helpers/fake-secrets.js';

const SEED = Number(process.env.REDACT_SEED ?? 5802);

const password = (g: SeededGen): string =>
  `${g.pick('letters', 3)}${g.one(['!', '%', '&', '(', '#', '='])}${g.pick('alnum', 8)}${g.pick('digits', 2)}`;
const random40 = (g: SeededGen): string => `${g.pick('letters', 2)}${g.pick('alnum', 36)}${g.pick('digits', 2)}`;
const LOGINS = ['deploy', 'admin', 'svc-runner', 'app_user', 'alice'];

function csvPlants(g: SeededGen): Plant[] {
  const out: Plant[] = [];
  for (let t = 0; t < 6; t++) {
    const delim = [',', '\t', ';'][t % 3]!;
    const rows = Array.from({ length: 5 }, (_, i) => [
      String(100 + g.int(900)),
      g.one(LOGINS),
      `${g.one(LOGINS).replace('-', '')}@example.com`,
      i === 2 ? `${g.pick('alnum', 6)}_(${g.pick('alnum', 9)}` : password(g),
      `2026-01-${10 + i}`,
    ]);
    const text = `${rows.map((r) => r.join(delim)).join('\n')}\n`;
    for (const r of rows) out.push({ name: `table ${t} ${r[3]}`, rel: 'workspace/data/users.csv', text, value: r[3]! });
  }
  return out;
}

function pairAndSentencePlants(g: SeededGen): Plant[] {
  return Array.from({ length: 24 }, (_, i) => {
    const v = g.one([random40, (x: SeededGen) => x.pick('hex', 40), password])(g);
    const [rel, text] = [
      ['agent_outputs/agent_a.txt', `{"type":"login","data":["${g.one(LOGINS)}","${v}"]}\n`],
      ['workspace/logs/app.log', `2026-01-02 auth ok ["${g.one(LOGINS)}", "${v}"] from 10.0.0.4\n`],
      ['agent_b/answer.txt', `I tried "${random40(g)}" but the API returned 401.\n`],
      ['workspace/notes/chat_log.md', `user: ok try this one instead ${random40(g)}\n`],
    ][i % 4]!;
    const value = i % 4 < 2 ? v : /(?:"|instead )([A-Za-z0-9]{40})/.exec(text!)![1]!;
    return { name: `${rel} ${i}`, rel: rel!, text: text!, value };
  }).filter((p) => p.value.length >= 10);
}

function notebookAndMore(g: SeededGen): Plant[] {
  const out: Plant[] = [];
  for (let i = 0; i < 8; i++) {
    const v = `${g.pick('alnum', 20)}${g.one(['%', '*', '~'])}${g.pick('alnum', 12)}`;
    const src = g.one(['print(client.api_key)', 'print(cfg["db_password"])', 'display(os.environ["X_TOKEN"])']);
    const cell = {
      cell_type: 'code',
      source: [src],
      outputs: [{ name: 'stdout', output_type: 'stream', text: [`${v}\n`] }],
    };
    out.push({
      name: src,
      rel: 'workspace/analysis.ipynb',
      text: JSON.stringify({ cells: [cell] }, null, 1),
      value: v,
    });
  }
  for (let i = 0; i < 8; i++) {
    const hex = g.pick('hex', 32).replace(/^./, 'a').replace(/.$/, '7');
    const b64 = Buffer.from(hex).toString('base64');
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-${i}\ntype: Opaque\ndata:\n  sentry_dsn: ${b64}\n`;
    out.push({ name: `k8s ${i}`, rel: 'workspace/k8s/secret.yaml', text, value: b64 });
  }
  const tokens = [
    () => `gh${'p'}_${g.pick('alnum', 36)}`,
    () => `AKIA${g.pick('base32', 12).toUpperCase()}${g.one(['2', '3', '4', '5'])}${g.pick('base32', 3).toUpperCase()}`,
    () => `AIza${g.pick('alnum', 35)}`,
    () => `npm_${g.pick('alnum', 36)}`,
    () => `gsk_${g.pick('alnum', 52)}`,
  ];
  for (let i = 0; i < 10; i++) {
    const v = tokens[i % tokens.length]!();
    out.push({
      name: `glued ${v.slice(0, 4)}`,
      rel: 'agent_outputs/agent_a.txt',
      text: `cache_${v}_v2 then\n`,
      value: v,
    });
  }
  for (let i = 0; i < 6; i++) {
    const v = i % 2 ? `sk-${g.pick('alnum', 48)}` : g.pick('hex', 32).replace(/^./, 'b');
    const text = `POST https://api.telegram.org/bot${v}/sendMessage 200\n`;
    out.push({ name: `telegram ${i}`, rel: 'workspace/logs/app.log', text, value: v });
  }
  return out;
}

const KEPT: [string, string][] = [
  [
    'workspace/data/ids.csv',
    '1,alice@example.com,usr_2Nk8dL3x,2026-01-01\n2,bob@example.com,usr_9Xk2mP0q,2026-01-02\n3,carol@example.com,usr_4Hq7wR1z,2026-01-03\n',
  ],
  [
    'workspace/data/dept.csv',
    '1,alice@example.com,Engineering & Ops,2026-01-01\n2,bob@example.com,R&D,2026-01-02\n3,carol@example.com,Sales/EMEA,2026-01-03\n',
  ],
  [
    'workspace/data/ph.csv',
    'alice@example.com;+49 151 2345678;Berlin\nbob@example.com;+49 151 8765432;Hamburg\ncarol@example.com;+1 (555) 010-2030;NYC\n',
  ],
  [
    'agent_outputs/agent_a.txt',
    '{"type":"login","data":["alice","success"]}\nauth methods: ["password", "publickey"]\n',
  ],
  [
    'agent_outputs/agent_a.txt',
    '{"event":"login","data":["alice","2026-01-01T10:00:00Z"]}\nlogin: ["alice", "Mozilla/5.0 (X11; Linux x86_64)"]\n',
  ],
  ['workspace/logs/app.log', 'HTTP 401 Unauthorized request_id=Xk3mP9qR2vL8nW4bT6yH1cJ5 path=/v1/chat/completions\n'],
  [
    'workspace/logs/app.log',
    'GET /api/users/getUserAccessTokenFromCacheV2 403 Forbidden\nversion 4.01.3 release aB3dE5fG7hJ9kL1mN3pQ5rS7tU9v\n',
  ],
  [
    'workspace/logs/app.log',
    '2026-01-01 401 sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n',
  ],
  [
    'workspace/x.ipynb',
    JSON.stringify({
      cells: [
        {
          cell_type: 'code',
          source: ['print(tokenizer.vocab_size)'],
          outputs: [{ name: 'stdout', output_type: 'stream', text: ['50257\n'] }],
        },
      ],
    }),
  ],
];

describe('attack 58: secrets that only their place names', () => {
  itRedacts(`a headerless table's column of passwords (seed ${SEED})`, () => csvPlants(seededGen(SEED)), 30);
  itRedacts(
    `a login's pair of strings, a refused or handed-over token (seed ${SEED})`,
    () => pairAndSentencePlants(seededGen(SEED + 1)),
    20,
  );
  itRedacts(
    `a notebook's print of a key, a Secret's data, glued tokens, a bot's path (seed ${SEED})`,
    () => notebookAndMore(seededGen(SEED + 2)),
    32,
  );
  itKeeps('ids, departments, phones, login events, request ids and counts stay', () => KEPT, 9);
});
