import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { damaged, leakCounter, leaksValue, randomToken, type Planted } from './helpers/placements.js';

/**
 * The urls12 placements (issue 11): keys in URLs (query parameters of any host, webhook URLs whose path is the
 * secret), tokens printed by tools (vault, op, cloudflared, otpauth, gh, aws configure), keys in code comments and
 * UUID keys under secret names, masked copies. Values are random, with no provider prefix. A leak is any 10-character
 * window of the value in the output; every look-alike must come out byte-identical.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 121212));
const tok = randomToken(rand);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const len = (a: number, b: number): number => a + Math.floor(rand() * (b - a + 1));
const { leaked, count } = leakCounter('urls12');
/** The text as an export writes it: measured once with learning on (values found are learned), then redacted. */
function exported(rel: string, text: string): string {
  const r = new Redactor({ learn: true });
  r.active(true);
  const m = r.filter({ rel });
  m.write(text);
  m.end();
  r.active(false);
  const f = r.filter({ rel });
  return f.write(text) + f.end();
}
const alnum = (a: number, b: number) => (): string => tok(CHARSETS.alnum, len(a, b));
const hex = (a: number, b: number) => (): string => tok(CHARSETS.hex, len(a, b));
const urlsafe = (a: number, b: number) => (): string => tok(CHARSETS.urlsafe, len(a, b));
const b32 = (a: number, b: number) => (): string => tok(CHARSETS.base32, len(a, b));
const b64 = (a: number, b: number) => (): string => tok(CHARSETS.b64, len(a, b));
const lowerAlnum = (a: number, b: number) => (): string => tok(CHARSETS.lowerAlnum, len(a, b));
const uuid = (): string => {
  const h = tok(CHARSETS.hex, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
};
const host = (): string =>
  pick(['api.example.io', 'data.acme-corp.net', 'svc.internal.lan:8443', 'my-func.azurewebsites.net']);
const word = (): string => pick(['weather', 'deploy', 'alerts', 'build_done', 'nightly']);

describe('1. keys in URLs', () => {
  const params = [
    'appid',
    'code',
    'api_key',
    'apikey',
    'access_token',
    'auth',
    'token',
    'key',
    'sig',
    'secret',
    'password',
    'api-key',
    'client_secret',
    'private_token',
    'auth_token',
    'apiKey',
    'accessToken',
  ];
  const query: Planted[] = [];
  for (const p of params) {
    query.push(['run.log', (v) => `GET https://${host()}/v1/data?q=london&${p}=${v}&units=metric\n`, alnum(20, 40)]);
    query.push(['trace.jsonl', (v) => `{"url":"https://${host()}/api/x?${p}=${v}","status":200}\n`, hex(24, 40)]);
    query.push([
      'answer.md',
      (v) => `Call \`curl "https://${host()}/data/2.5/weather?${p}=${v}"\` to test.\n`,
      urlsafe(24, 48),
    ]);
  }
  it('redacts the value of a secret query parameter on any host', () => {
    assert.deepEqual(leaked('1q', query), []);
  });
  const hooks: Planted[] = [
    ['run.log', (v) => `POST https://maker.ifttt.com/trigger/${word()}/with/key/${v}\n`, urlsafe(22, 43)],
    [
      'answer.md',
      (v) => `curl -X POST https://maker.ifttt.com/trigger/${word()}/json/with/key/${v}\n`,
      urlsafe(22, 43),
    ],
    ['run.log', (v) => `webhook: https://hook.eu1.make.com/${v}\n`, lowerAlnum(32, 32)],
    ['run.log', (v) => `MAKE_URL=https://hook.us2.make.com/${v}\n`, lowerAlnum(32, 32)],
    [
      'config.yaml',
      (v) => `url: https://hooks.zapier.com/hooks/catch/${len(100000, 9999999)}/${v}/\n`,
      lowerAlnum(6, 8),
    ],
    ['run.log', (v) => `sending to https://${v}.m.pipedream.net\n`, lowerAlnum(15, 20)],
    ['run.log', (v) => `N8N: https://acme.app.n8n.cloud/webhook/${v}\n`, uuid],
    ['run.log', (v) => `curl https://n8n.example.org/webhook-test/${v}\n`, uuid],
    ['run.log', (v) => `MATTERMOST_WEBHOOK=https://mattermost.acme.io/hooks/${v}\n`, lowerAlnum(26, 26)],
    ['run.log', (v) => `rocket: https://chat.acme.io/hooks/${alnum(17, 17)()}/${v}\n`, alnum(40, 48)],
    [
      'run.log',
      (v) => `https://chat.googleapis.com/v1/spaces/AAAA${alnum(7, 7)()}/messages?key=AIzaSy${v}&token=x\n`,
      urlsafe(33, 33),
    ],
    [
      'run.log',
      (v) => `https://chat.googleapis.com/v1/spaces/AAAA${alnum(7, 7)()}/messages?key=k&token=${v}\n`,
      urlsafe(40, 44),
    ],
    [
      'run.log',
      (v) => `curl -s -F "token=${v}" -F "user=u${alnum(29, 29)()}" https://api.pushover.net/1/messages.json\n`,
      lowerAlnum(30, 30),
    ],
    ['run.log', (v) => `curl -d "backup done" https://ntfy.sh/${v}\n`, alnum(16, 24)],
    ['run.log', (v) => `curl -m 10 --retry 5 https://hc-ping.com/${v}\n`, uuid],
    [
      'run.log',
      (v) => `HC_URL=https://hc-ping.com/${v}/${pick(['db-backup', 'nightly', 'cron-job'])}\n`,
      lowerAlnum(22, 22),
    ],
    [
      'run.log',
      (v) =>
        `SENTRY_DSN=https://0123456789abcdef0123456789abcdef:${v}@o${len(10000, 999999)}.ingest.sentry.io/${len(1000, 999999)}\n`,
      hex(32, 32),
    ],
    [
      'config.py',
      (v) => `sentry_sdk.init(dsn="https://0123456789abcdef0123456789abcdef:${v}@sentry.acme.io/12")\n`,
      hex(32, 32),
    ],
    ['run.log', (v) => `POST https://outlook.office.com/webhook/${v}\n`, uuid],
    ['run.log', (v) => `https://api.telegram.org/bot${len(100000000, 999999999)}:${v}/sendMessage\n`, urlsafe(35, 35)],
    ['run.log', (v) => `notify: https://my-func.azurewebsites.net/api/HttpTrigger1?code=${v}==\n`, alnum(40, 56)],
    [
      'run.log',
      (v) =>
        `https://prod-12.westus.logic.azure.com:443/workflows/${hex(32, 32)()}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers&sv=1.0&sig=${v}\n`,
      urlsafe(43, 43),
    ],
    [
      'run.log',
      (v) => `GET https://acme.blob.core.windows.net/c/f.bin?sv=2022-11-02&ss=b&sp=r&se=2026-01-01&sig=${v}%3D\n`,
      alnum(40, 44),
    ],
    ['run.log', (v) => `https://user:${v}@db.example.com:5432/app\n`, alnum(16, 24)],
    ['run.log', (v) => `https://discord.com/api/webhooks/${len(1e17, 9e17)}/${v}\n`, urlsafe(68, 68)],
    ['run.log', (v) => `GITLAB: https://gitlab.com/api/v4/projects?private_token=${v}\n`, alnum(20, 20)],
    ['run.log', (v) => `wss://stream.example.io/ws?access_token=${v}\n`, urlsafe(30, 60)],
    ['run.log', (v) => `https://${host()}/hooks/${v}\n`, alnum(24, 40)],
    ['run.log', (v) => `url = "https://${host()}/webhook/${v}"\n`, alnum(24, 40)],
  ];
  it('redacts the secret path of a webhook URL', () => {
    assert.deepEqual(leaked('1h', hooks), []);
  });
  it('keeps page numbers, versions, ids, commit SHAs, words and placeholders', () => {
    const sha = tok(CHARSETS.hex, 40);
    const kept: [string, string][] = [
      ['run.log', 'GET https://api.example.io/items?page=2&per_page=50\n'],
      ['run.log', 'https://cdn.example.io/app.js?v=3\n'],
      ['run.log', `https://api.example.io/items?id=${tok(CHARSETS.hex, 24)}\n`],
      ['run.log', `see https://github.com/acme/app/commit/${sha}\n`],
      ['run.log', `https://github.com/acme/app/blob/${sha}/src/index.ts#L12\n`],
      ['run.log', 'https://example.io/search?key=value&sort=asc\n'],
      ['run.log', 'https://example.io/search?key=weather&token=none\n'],
      ['answer.md', 'https://api.openweathermap.org/data/2.5/weather?q=London&appid=YOUR_API_KEY\n'],
      ['answer.md', 'https://api.openweathermap.org/data/2.5/weather?q=London&appid={API_KEY}\n'],
      ['answer.md', 'https://maker.ifttt.com/trigger/{event}/with/key/<your-key>\n'],
      ['answer.md', 'https://maker.ifttt.com/trigger/event/with/key/xxxxxxxxxxxxxxxxxxxxxx\n'],
      ['answer.md', 'https://my-func.azurewebsites.net/api/HttpTrigger1?code=<function-key>\n'],
      ['answer.md', 'curl "https://api.example.io/v1?api_key=$API_KEY"\n'],
      ['answer.md', 'https://example.io/x?api_key=${API_KEY}&format=json\n'],
      [
        'run.log',
        'https://example.io/oauth/authorize?response_type=code&client_id=app&redirect_uri=https%3A%2F%2Fx.io\n',
      ],
      ['run.log', 'https://example.io/callback?code=200&state=ok\n'],
      ['run.log', `https://www.youtube.com/watch?v=dQw4w9WgXcQ\n`],
      ['run.log', `https://example.io/track?sort=desc&lang=en&token_type=bearer\n`],
      ['run.log', `https://hooks.zapier.com/hooks/catch/123456/abcdef/ documented\n`.replace('abcdef', 'YOUR_ID')],
      ['run.log', `https://ntfy.sh/mytopic\n`],
      ['run.log', `https://hc-ping.com/your-uuid-here\n`],
      ['run.log', `https://docs.sentry.io/platforms/python/\n`],
      ['run.log', `https://example.io/archive/2024/06/index.html?ref=nav\n`],
      ['run.log', `https://registry.npmjs.org/react/-/react-18.2.0.tgz#sha512-${tok(CHARSETS.b64, 40)}\n`],
      ['run.log', `https://example.io/a?key=${'x'.repeat(32)}\n`],
      ['run.log', 'https://example.io/files?sig=&path=/a\n'],
      ['run.log', `https://pypi.org/simple/requests/?key=requests\n`],
      ['run.log', `https://example.io/api/users/${uuid()}/profile\n`],
      ['run.log', `https://example.io/webhook/stripe\n`],
      ['run.log', `https://example.io/hooks/post-receive\n`],
      ['run.log', 'https://api.openweathermap.org/data/2.5/forecast?lat=51.5&lon=-0.12&units=metric&lang=de\n'],
      ['run.log', 'https://maker.ifttt.com/trigger/{event}/json/with/key/{webhooks_key}\n'],
      ['run.log', 'https://hook.eu1.make.com/your-webhook-id\n'],
      ['run.log', 'https://YOUR-ENDPOINT.m.pipedream.net\n'],
      ['run.log', 'https://n8n.example.org/webhook/order-created\n'],
      ['run.log', 'https://example.io/api/webhooks/github\n'],
      ['run.log', 'https://ntfy.sh/alerts\n'],
      ['run.log', 'https://hc-ping.com/<uuid>\n'],
      ['run.log', 'SENTRY_DSN=https://examplePublicKey@o0.ingest.sentry.io/0\n'],
      ['run.log', 'https://api.telegram.org/bot<token>/getMe\n'],
      ['run.log', 'https://my-func.azurewebsites.net/api/HttpTrigger1?code=%FUNCTION_KEY%\n'],
      ['run.log', 'https://accounts.example.io/callback?code=4&state=xyz\n'],
      ['run.log', 'https://example.io/countries?code=DE&lang=de\n'],
      ['run.log', `https://graph.microsoft.com/v1.0/me?appid=${uuid()}\n`],
      ['run.log', 'https://example.io/download?file=report-2024.pdf&version=12\n'],
      ['answer.md', 'Set `?appid=` to your OpenWeather key and `units=metric`.\n'],
      ['answer.md', 'The webhook URL looks like `https://hook.eu1.make.com/<id>`.\n'],
    ];
    assert.deepEqual(damaged(kept), []);
  });
});

describe('2. tokens printed by tools', () => {
  const printed: Planted[] = [
    ['run.log', (v) => `$ vault operator init\nUnseal Key 1: ${v}\nUnseal Key 2: ${b64(44, 44)()}\n`, b64(44, 44)],
    ['run.log', (v) => `Unseal Key 3: ${v}\nUnseal Key 4: x\n`, b64(44, 44)],
    [
      'run.log',
      (v) => `Unseal Key 1: x\nInitial Root Token: hvs.${v}\n\nVault initialized with 5 key shares\n`,
      alnum(24, 24),
    ],
    ['run.log', (v) => `Initial Root Token: s.${v}\n`, alnum(24, 24)],
    ['run.log', (v) => `Recovery Key 1: ${v}\n`, b64(44, 44)],
    ['run.log', (v) => `$ op read op://Private/Stripe/credential\n${v}\n$ echo done\n`, alnum(24, 40)],
    ['run.log', (v) => `$ op read "op://dev/db/password"\n${v}\n`, alnum(16, 32)],
    ['run.log', (v) => `$ sudo cloudflared service install ${v}\n`, () => 'eyJh' + b64(120, 180)()],
    ['run.log', (v) => `cloudflared tunnel run --token ${v}\n`, () => 'eyJh' + b64(120, 180)()],
    [
      'answer.md',
      (v) => `Your Matrix access token is syt_${v} — keep it safe.\n`,
      () => `${lowerAlnum(6, 6)()}_${alnum(20, 20)()}_${alnum(6, 6)()}`,
    ],
    ['run.log', (v) => `otpauth://totp/ACME:alice@acme.io?secret=${v}&issuer=ACME\n`, b32(16, 32)],
    ['run.log', (v) => `otpauth://totp/GitHub:bob?algorithm=SHA1&digits=6&secret=${v}\n`, b32(16, 32)],
    ['run.log', (v) => `otpauth-migration://offline?data=${v}\n`, () => 'Ci' + b64(60, 120)()],
    ['run.log', (v) => `$ gh auth token\n${v}\n`, () => alnum(36, 36)()],
    ['run.log', (v) => `$ gh auth token\ngho_${v}\n`, alnum(36, 36)],
    [
      'run.log',
      (v) =>
        `$ aws configure\nAWS Access Key ID [None]: AKIA${tok(CHARSETS.upperAlnum, 16)}\nAWS Secret Access Key [None]: ${v}\nDefault region name [None]: us-east-1\n`,
      b64(40, 40),
    ],
    [
      'run.log',
      (v) =>
        `$ aws configure\nAWS Access Key ID [****************ABCD]: \nAWS Secret Access Key [****************wxyz]: ${v}\n`,
      b64(40, 40),
    ],
    ['run.log', (v) => `$ vault kv get -field=password secret/db\n${v}\n`, alnum(20, 32)],
    ['run.log', (v) => `$ vault token create -format=json\n{"auth":{"client_token":"hvs.${v}"}}\n`, alnum(24, 24)],
    ['run.log', (v) => `token            hvs.${v}\ntoken_accessor   x\n`, alnum(24, 24)],
  ];
  it('redacts tokens a tool printed', () => {
    assert.deepEqual(leaked('2', printed), []);
  });
  it('keeps usernames and benign tool output', () => {
    const kept: [string, string][] = [
      ['run.log', '$ vault kv get -field=username secret/db\nsvc_deploy01\n'],
      ['run.log', 'Unseal Progress: 1/3\nUnseal Nonce: n/a\nSealed: true\n'],
      ['run.log', '$ op read op://Private/Stripe/username\nalice@example.com\n'],
      ['run.log', 'otpauth://totp/ACME:alice?secret=BASE32SECRET&issuer=ACME\n'],
      ['run.log', '$ gh auth status\nLogged in to github.com account alice (keyring)\n'],
      [
        'run.log',
        '$ aws configure\nAWS Access Key ID [None]: \nDefault region name [None]: us-east-1\nDefault output format [None]: json\n',
      ],
      ['run.log', '$ cloudflared service install --help\n'],
    ];
    assert.deepEqual(damaged(kept), []);
  });
});

describe('3. keys in code comments, UUID keys under secret names', () => {
  const comments: Planted[] = [
    ['app.py', (v) => `import os\n# old key: ${v}\nKEY = os.environ["KEY"]\n`, alnum(24, 40)],
    ['app.py', (v) => `x = 1  # token ${v} (revoked)\n`, alnum(24, 40)],
    ['main.js', (v) => `// TODO rotate ${v}\nconst k = process.env.K;\n`, alnum(28, 40)],
    ['main.ts', (v) => `/* token: ${v} */\nexport const a = 1;\n`, alnum(24, 40)],
    ['main.go', (v) => `// apiKey := "${v}"\nkey := os.Getenv("K")\n`, alnum(24, 40)],
    ['deploy.sh', (v) => `#!/bin/sh\n# export API_KEY=${v}\n`, alnum(24, 40)],
    ['main.ts', (v) => ` * @example client = new Client('${v}')\n`, alnum(32, 40)],
    ['main.js', (v) => `// previous secret was ${v}, replaced 2024-05\n`, alnum(24, 40)],
    ['app.py', (v) => `"""\nUses the key ${v} for staging.\n"""\n`, alnum(24, 40)],
    ['main.go', (v) => `/*\n  password: ${v}\n*/\n`, alnum(16, 24)],
  ];
  it('redacts keys in comments', () => {
    assert.deepEqual(leaked('3c', comments), []);
  });
  const names = [
    'AZDO_PAT',
    'HEROKU_API_KEY',
    'GH_PAT',
    'SERVICE_KEY',
    'ACME_API_KEY',
    'OCTOPUS_KEY',
    'DEPLOY_TOKEN',
    'NEWRELIC_KEY',
    'CLARIFAI_PAT',
    'ado_pat',
  ];
  const uses: ((n: string, v: string) => string)[] = [
    (n, v) => `${n}=${v}\nlater: using ${v} for the call\n`,
    (n, v) => `export ${n}="${v}"\n[agent] auth header set to ${v}\n`,
    (n, v) => `{"env": {"${n}": "${v}"}}\n{"msg": "retrying with ${v}"}\n`,
    (n, v) => `${n}: ${v}\n---\ncurl -u :${v} https://dev.azure.com/acme/_apis/projects\n`,
  ];
  it('redacts a UUID under a secret name and its other appearances', () => {
    const missed: string[] = [];
    for (const n of names)
      for (const use of uses)
        for (let i = 0; i < 3; i++) {
          const v = uuid();
          const leak = leaksValue(exported('run.log', use(n, v)), v);
          count('3u', leak);
          if (leak) missed.push(use(n, v).trim());
        }
    assert.deepEqual(missed, []);
  });
  it('keeps UUIDs under id names and comments without keys', () => {
    const kept: [string, string][] = [];
    for (const n of ['request_id', 'trace_id', 'uuid', 'SESSION_ID', 'AZURE_TENANT_ID', 'key_id', 'run_uuid']) {
      const v = uuid();
      kept.push(['run.log', `${n}=${v}\nlater: ${v} done\n`]);
      const t = `${n}: ${v}\n[agent] step for ${v} finished\n`;
      if (exported('run.log', t) !== t) kept.push(['learned', t]);
    }
    kept.push(
      ['app.py', '# TODO rotate the key every 90 days\nKEY = os.environ["KEY"]\n'],
      ['main.js', '// token: see the README for how to get one\n'],
      ['main.go', `// sha: ${tok(CHARSETS.hex, 40)}\n`],
      ['main.ts', `/* id: ${uuid()} */\n`],
      ['app.py', '# old key: None\n'],
      ['deploy.sh', '# export API_KEY=your-key-here\n'],
      ['main.js', '// keyPressed handler for keyboardEvent\n'],
      ['main.js', '// TODO rotate tokenRefreshHandler2Callback when the API changes\n'],
      ['app.py', '# revoked: getUserAccountSettings2 is deprecated\n'],
      ['main.ts', '// expired: AbstractSingletonProxyFactoryBean\n'],
      ['app.py', '# leaked token in commit abc, see SECURITY_ADVISORY_2024_0012 for details\n'],
      ['main.go', '// rotate LOG_FILE_MAX_SIZE_BYTES_10MB daily\n'],
      ['deploy.sh', `# revert ${tok(CHARSETS.hex, 40)} if the rotate fails\n`],
      ['app.py', `# old key id: ${uuid()}\n`],
      ['main.js', '// the token expired; call refreshAccessToken() again\n'],
      ['main.ts', '/* previous key was stored in process.env.OLD_API_KEY */\n'],
    );
    assert.deepEqual(damaged(kept), []);
  });
});

describe('4. masked or partial copies', () => {
  const masked: Planted[] = [
    ['run.log', (v) => `OPENAI_API_KEY=sk-...${v}\n`, alnum(8, 12)],
    ['run.log', (v) => `key: ****************${v}\n`, alnum(8, 12)],
    ['run.log', (v) => `token xxxxxxxxxxxxxxxx${v}\n`, alnum(8, 12)],
    ['run.log', (v) => `api_key=${v}${'*'.repeat(24)}\n`, alnum(10, 14)],
  ];
  it('redacts what a mask leaves shown beyond a short end', () => {
    assert.deepEqual(leaked('4', masked), []);
  });
  it('still redacts a full key whose ends a mask showed', () => {
    const missed: string[] = [];
    for (let i = 0; i < 6; i++) {
      const body = tok(CHARSETS.alnum, 40);
      const full = `${['s', 'k'].join('')}-proj-${body}`;
      const text = `key: ${full.slice(0, 8)}...${body.slice(-4)}\nOPENAI_API_KEY=${full}\n`;
      const leak = leaksValue(exported('run.log', text), body);
      count('4', leak);
      if (leak) missed.push(text);
    }
    assert.deepEqual(missed, []);
  });
  it('keeps proper masks, ellipses and runs of x', () => {
    const kept: [string, string][] = [
      ['run.log', 'OPENAI_API_KEY=sk-...abcd\n'],
      ['run.log', 'key: ****************1234\n'],
      ['run.log', 'token xxxxxxxxxxxxxxxxABCD\n'],
      ['run.log', 'Loading tokenizer...done in 12.5s\n'],
      ['run.log', 'token: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n'],
      ['run.log', `commit ${tok(CHARSETS.hex, 8)}...${tok(CHARSETS.hex, 12)} merged\n`],
      ['run.log', 'key ****...**** hidden\n'],
      ['run.log', `password: ${'*'.repeat(12)}\n`],
      ['run.log', 'api_key=XXXXXXXXXXXXXXXXXXXXXXXX\n'],
      ['run.log', 'Waiting for token...Retrying2024Request\n'.replace('Retrying2024Request', 'retrying in 5s')],
    ];
    assert.deepEqual(damaged(kept), []);
  });
});
