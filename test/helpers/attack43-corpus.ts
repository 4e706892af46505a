/**
 * Attack 43's categories (issue 11), seeded: a provider's token inside a longer value under a secret's name (the head
 * went out), HAProxy's `insecure-password` with `/` in it, hex under `auth`, redis `AUTH` inside a line (redis-py's
 * error, a client's bytes), a Discord bot token hard-wrapped in prose, Ansible's `vault_*` variables. Twins: a hex
 * signature under `sig`, a CVSROOT after `cvs://`, a WASM blob's run after `/EAA`, and look-alikes beside each reading.
 * Attack 41's false positives mended beside them: a locale's sentence under `token:`, an AWS ARN's resource name after
 * `:secret:`, a call's keyword argument given a variable, a build's name with a short digest under `key:`, a box
 * table's merged row under a `password` column.
 */
import type { Plant } from './filtered.js';
import { gen, tokenMakers } from './glue15-tokens.js';
import { pick, planted, WS, type Form } from './planted.js';

/** A provider's token after or before random characters, under a secret's name: the value goes whole. */
export function tailPlants(seed: number): Plant[] {
  const r = gen(seed);
  const t = tokenMakers(seed + 100);
  const forms: Form[] = [
    ['hex-then-github', `${WS}/app.yaml`, () => r('hex', 40) + t['github-token']!(), (v) => `  client_secret: ${v}\n`],
    [
      'words-then-github',
      `${WS}/b.yaml`,
      () => `velvet-nimbus-${r('low', 5)}${t['github-token']!()}`,
      (v) => `client_secret: ${v}\n`,
    ],
    ['head-then-slack', `${WS}/c.yaml`, () => `${r('alnum', 30)}${t['slack-token']!()}`, (v) => `password: "${v}"\n`],
    [
      'head-then-anthropic',
      `${WS}/d.json`,
      () => `${r('url', 50)}-${t['anthropic-api-key']!()}`,
      (v) => `{"client_secret": "${v}"}\n`,
    ],
    ['github-then-tail', `${WS}/e.env`, () => `${t['github-token']!()}.${r('alnum', 24)}`, (v) => `API_TOKEN=${v}\n`],
    ['xai-inside', `${WS}/f.toml`, () => `${r('alnum', 12)}_${t['xai-api-key']!()}`, (v) => `secret = "${v}"\n`],
  ];
  return planted(forms);
}

/** HAProxy's insecure password with `/`, hex under `auth`, redis `AUTH` inside a line, Ansible's `vault_*`. */
export function namedPlants(seed: number): Plant[] {
  const r = gen(seed);
  const b64 = (): string => `${r('b64', 12)}/${r('b64', 10)}/${r('alnum', 40)}==`;
  const hex = (): string => r('hex', pick(r, [32, 40, 64]));
  const pw = (): string =>
    `${pick(r, ['harbor', 'lantern', 'cobalt'])}-${pick(r, ['quartz', 'meadow'])}-${r('low', 6)}${r('dig', 3)}`;
  const forms: Form[] = [
    ['haproxy', `${WS}/haproxy.cfg`, b64, (v) => `userlist admins\n  user ops insecure-password ${v}\n`],
    ['haproxy-groups', `${WS}/lb/haproxy.cfg`, b64, (v) => `  user ci insecure-password ${v} groups deploy\n`],
    ['auth-json', `${WS}/upstream.json`, hex, (v) => `{"auth": "${v}", "region": "eu"}\n`],
    [
      'auth-xml',
      `${WS}/proxy.xml`,
      hex,
      (v) => `<upstream endpoint="https://api.acme.io" auth="${v}" timeout="30"/>\n`,
    ],
    ['auth-header', `${WS}/req.txt`, hex, (v) => `GET /v1/items HTTP/1.1\nAuth: ${v}\n`],
    ['auth-logfmt', `${WS}/logs/server.log`, hex, (v) => `ts=1712 level=info path=/v1 auth=${v} status=200\n`],
    ['auth-diff', `${WS}/change.diff`, hex, (v) => `@@ -1,2 +1,2 @@\n-auth = ""\n+auth = "${v}"\n`],
    ['oauth-camel', `${WS}/cfg.js`, hex, (v) => `const upstreamAuth = "${v}";\n`],
    [
      'redis-py',
      `${WS}/logs/worker.log`,
      pw,
      (v) => `redis.exceptions.AuthenticationError: Command # 1 (AUTH default ${v}) of pipeline caused error\n`,
    ],
    [
      'redis-py-nouser',
      `${WS}/logs/w2.log`,
      pw,
      (v) => `redis.exceptions.ResponseError: Command # 1 (AUTH ${v}) of pipeline caused error\n`,
    ],
    ['redis-bytes', `${WS}/logs/debug.out`, () => r('b64', 36), (v) => `sending b'AUTH ${v}\\r\\n'\n`],
    ['vault-x', `${WS}/group_vars/all/vault.yml`, () => r('alnum', 35), (v) => `vault_x: "${v}"\n`],
    [
      'vault-api',
      `${WS}/group_vars/prod/vault.yml`,
      () => `${r('url', 60)}`,
      (v) => `vault_api: "${v}"\nvault_addr: "https://vault:8200"\n`,
    ],
    [
      'vault-admin',
      `${WS}/host_vars/db.yml`,
      () => `${r('alnum', 8)}!${r('alnum', 6)}`,
      (v) => `vault_jenkins_admin: "${v}"\n`,
    ],
  ];
  return planted(forms);
}

/** An account and its password in a sentence about logging in, with no password word. */
export function loginPlants(seed: number): Plant[] {
  const r = gen(seed);
  const token = (): string => `${r('alnum', 20)}${r('dig', 2)}${r('alnum', 18)}`;
  const pw = (): string => `${pick(r, ['Tq', 'Zr', 'Mv'])}${r('alnum', 6)}#${r('dig', 3)}`;
  const forms: Form[] = [
    ['url-between', `${WS}/answer.md`, token, (v) => `You can log in at https://admin.acme.io with ci-bot / ${v}\n`],
    ['colon-pair', `${WS}/notes.md`, pw, (v) => `To check the dashboard, login with ci-bot:${v}.\n`],
    ['use-to-sign-in', `${WS}/chat.md`, token, (v) => `**user:** use deploy / ${v} to sign in, thanks\n`],
    ['sign-in-as', `${WS}/runbook.md`, pw, (v) => `Sign into Grafana as ops@acme.io / ${v} and open the board.\n`],
  ];
  return planted(forms);
}

/** A dotted token (a Discord bot token's) cut by a hard wrap at 80 columns, prose after it. */
export function dottedWrapPlants(seed: number): Plant[] {
  const r = gen(seed);
  const discord = (): string => `M${r('alnum', 25)}.${r('url', 6)}.${r('url', 38)}`;
  const wrapped =
    (lead: string) =>
    (v: string): string => {
      const line = `${lead}${v} and it is valid until March.`;
      return `${line.slice(0, 80)}\n${line.slice(80)}\n`;
    };
  const forms: Form[] = [
    [
      'discord-wrap',
      `${WS}/notes/wrap.txt`,
      discord,
      wrapped('[agent_a] Configured the upstream client; the credential in use is '),
    ],
    [
      'discord-wrap-dot',
      `${WS}/notes/wrap2.txt`,
      discord,
      wrapped('[agent_b] The bot token from the developer portal is '),
    ],
    [
      'discord-wrap-md',
      `${WS}/answer.md`,
      discord,
      wrapped('> Note for the maintainers: the bot token we deployed with was '),
    ],
  ];
  return planted(forms);
}

/** Texts that must come out byte for byte (attack 41's benign files, cut to the lines that were changed). */
export const ATTACK41_FP_TWINS: [string, string][] = [
  [
    `${WS}/locales/zh.yml`,
    'zh:\n  auth:\n    password: "密码"\n    token: "令牌已过期，请重新登录"\n    secret: "密钥无效。请检查！"\n',
  ],
  [
    `${WS}/locales/ja.json`,
    '{"auth": {"token": "トークンの有効期限が切れました。", "api_key": "キーを入力してください、"}}\n',
  ],
  [`${WS}/locales/ko.yml`, 'ko:\n  token: "토큰이 만료되었습니다。 다시 로그인하세요"\n'],
  [
    `${WS}/botocore/examples-1.json`,
    [
      '{"output": {',
      '  "ARN": "arn:aws:secretsmanager:us-west-2:123456789012:secret:MyTestDatabaseSecret-a1b2c3",',
      '  "Other": "aws:arn:secretsmanager:us-west-2:123456789012:secret:MyTestDatabaseMasterSecret-a1b2c3",',
      '  "Param": "arn:aws:ssm:us-east-1:123456789012:parameter/prod/db/password-Zq81Ka",',
      '  "Gov": "arn:aws-us-gov:secretsmanager:us-gov-west-1:123456789012:secret:prod/api/token-AbC123"',
      '}}\n',
    ].join('\n'),
  ],
  [
    `${WS}/test_ssl.py`,
    [
      '        ctx.load_cert_chain(CERTFILE_PROTECTED, password=getpass_unicode)',
      '        ctx.load_cert_chain(CERTFILE_PROTECTED, password=getpass_bytes)',
      '            ctx.load_cert_chain(CERTFILE_PROTECTED, password=getpass_badpass)',
      '        client = make_client(host, token=session_token, timeout=5)',
      '        login(user=admin_user, password=admin_password)\n',
    ].join('\n'),
  ],
  [
    `${WS}/ci/labelled.yaml`,
    'build:\n  digest: sha256:6ca6\n  key: build-2686dfc792a0\ndeploy:\n  key: web-frontend-5d8f7c9b6\n',
  ],
  [
    `${WS}/docs/url.md`,
    [
      '┌────────────────────────────────────────────────────────────────────────────────────────────────┐',
      '│                                              href                                              │',
      '├──────────┬──┬─────────────────────┬────────────────────────┬───────────────────────────┬───────┤',
      '│ protocol │  │        auth         │          host          │           path            │ hash  │',
      '│          │  │                     ├─────────────────┬──────┼──────────┬────────────────┤       │',
      '│          │  │                     │    hostname     │ port │ pathname │     search     │       │',
      '├──────────┴──┼──────────┬──────────┼────────────────────────┤          │                │       │',
      '│ protocol │  │ username │ password │          host          │          │                │       │',
      '├──────────┴──┼──────────┴──────────┼────────────────────────┤          │                │       │',
      '│   origin    │                     │         origin         │ pathname │     search     │ hash  │',
      '├─────────────┴─────────────────────┴────────────────────────┴──────────┴────────────────┴───────┤',
      '│                                              href                                              │',
      '└────────────────────────────────────────────────────────────────────────────────────────────────┘\n',
    ].join('\n'),
  ],
];

/** Attack 43's false positives and look-alikes beside each new reading. */
export const ATTACK43_TWINS: [string, string][] = [
  [
    `${WS}/bare.md`,
    [
      'The request id was Xq8mLp2vRt9aBcdEfGhIjKlMnOpQrStUv12 and it failed.',
      'Fetching the next page, cursor: CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA0YmsYwKv5ywYQAQ for the list.',
      'run echo SGVsbG8gd29ybGQgdGhpcyBpcyBhIHRlc3Q= to see the message',
      'The commit 9f2b1c0d4e5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c and the build 4c0b5a4e-8f6a-4d3b-9d7e-2f1a6b3c9e0d passed.',
      'The nonce dGhlIHNhbXBsZSBub25jZQ9xYz7K was sent with the request.',
      'We renamed getUserAccessTokenFromStorage2024 in the client and shipped it.',
      'see https://example.com/a/Xq8mLp2vRt9aBcdEfGhIjKlMnOpQrStUv12 for the details',
      '',
    ].join('\n'),
  ],
  [
    `${WS}/login.md`,
    'Log in with your GitHub account / SSO.\nSign in as user@example.com / SSO provider settings.\nlogin with docker:latest image\nLogin with Google / Microsoft accounts, or log in as admin/password-reset.\n',
  ],
  [
    `${WS}/az.sh`,
    'az login --service-principal -u 0f8fad5b-d9cb-469f-a165-70867728950e -p "$AZ_SECRET" --tenant 72f988bf-86f1-41af-91ab-2d7cd011db47\n',
  ],
  [
    `${WS}/docs/npm-audit.md`,
    '```\n{\n    "keyid": "SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA",\n    "sig": "a312b9c3cb4a1b693e8ebac5ee1ca9cc01f2661c14391917dcb111517f72370809..."\n}\n```\n',
  ],
  [`${WS}/sig.json`, '{"sig": "3045022100e1f0d2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7022041"}\n'],
  [
    `${WS}/copyright`,
    'The sources were obtained from\n  cvs://:pserver:anoncvs@sources.redhat.com:/cvs/src\nand :ext:user@cvs.example.org:/cvsroot.\n',
  ],
  [
    `${WS}/llhttp-wasm.js`,
    `module.exports = Buffer.from('AAghMAAE8UAAB/EAAAoBUAACMUAACJ${'EgAAixQAAE0VAADUEQAAzxQAABAYAADJFgAA3BYAAMERAADgFwAAuxQAAHQUAAB8FQAA'.repeat(10)}/TcLAQE', 'base64')\n`,
  ],
  [
    `${WS}/vault.yml`,
    'vault_addr: "https://vault.internal:8200"\nvault_namespace: admin/team-a\nvault_version: 1.15.2\nvault_image: hashicorp/vault:1.15\nvault_role_id: "4c0b5a4e-8f6a-4d3b-9d7e-2f1a6b3c9e0d"\n',
  ],
  [
    `${WS}/auth.yml`,
    'auth_sha: 1a0a02aa7b830910b20ce14d1ddf2b34627a87cc3e2c93df0c2aa4cb2cf3697c\nauth_commit: 9f2b1c0d4e5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c\n',
  ],
  [`${WS}/redis.md`, 'The docs say (AUTH required) for this command, and "AUTH token" is how you send it.\n'],
  [
    `${WS}/haproxy.cfg`,
    'userlist admins\n  user x password $6$k8Lm2vRt$9aBcDeF0/gHiJkLmN1oPqR2sTuV3wXyZ\n  user y insecure-password ${HAPROXY_PASSWORD}\n',
  ],
];
