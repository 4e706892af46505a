/**
 * The urls24 corpus (issue 11, categories 3, 4 and 7): secrets carried inside URLs, as webhook paths, keys in paths,
 * query parameters of any name, fragments, in the places MassGen sessions hold URLs (JSON with `\/` and `\u0026`, HAR
 * and heap snapshot string tables, urllib3/httpx log lines that print the path alone, curl/wget/httpie, Markdown, HTML,
 * YAML/TOML/.env, Python and JS strings, percent-encoded once or twice inside another URL). Values are random, built
 * like the real ones; twins are URLs of the same layouts whose paths and queries hold ids and public values.
 */
import { CHARSETS, rng, uuidOf } from './fake-secrets.js';
import { randomToken } from './placements.js';

/** One planted URL: the URL, the secret part a recipient could use, and the host that must stay readable. */
export interface PlantedUrl {
  shape: string;
  url: string;
  secret: string;
}

/** One text to redact as the file `rel`: `secret` must not survive (empty for a twin, which must survive whole). */
export interface UrlCase {
  shape: string;
  layout: string;
  rel: string;
  text: string;
  secret: string;
  host: string;
}

type Gen = ReturnType<typeof gens>;

function gens(seed: number) {
  const rand = rng(seed);
  const tok = randomToken(rand);
  const int = (a: number, b: number): number => a + Math.floor(rand() * (b - a + 1));
  const one = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const s = (set: keyof typeof CHARSETS, n: number): string => tok(CHARSETS[set], n);
  const digits = (n: number): string => String(int(1, 9)) + Array.from({ length: n - 1 }, () => int(0, 9)).join('');
  const uuid = (): string => uuidOf(s('hex', 32), true);
  const org = (): string => one(['acme', 'globex', 'initech', 'umbrella', 'hooli', 'vandelay', 'wayne-labs']);
  const host = (): string =>
    one(['api.acme.io', 'data.globex-corp.net', 'svc.initech.dev:8443', 'gateway.hooli.com', 'edge.umbrella.org']);
  return { rand, int, one, s, digits, uuid, org, host };
}

const enc = encodeURIComponent;

/** The secret-bearing URL shapes: each call builds one URL with fresh random values. */
const SHAPES: readonly ((g: Gen) => PlantedUrl)[] = [
  (g) => {
    const v = g.s('alnum', 24);
    return {
      shape: 'slack-webhook',
      url: `https://hooks.slack.com/services/T${g.s('upperAlnum', 8)}/B${g.s('upperAlnum', 10)}/${v}`,
      secret: v,
    };
  },
  (g) => {
    const v = g.s('hex', 32);
    return {
      shape: 'slack-trigger',
      url: `https://hooks.slack.com/triggers/T${g.s('upperAlnum', 9)}/${g.digits(13)}/${v}`,
      secret: v,
    };
  },
  (g) => {
    const v = g.s('urlsafe', 68);
    const h = g.one(['discord.com', 'discordapp.com', 'ptb.discord.com']);
    return { shape: 'discord-webhook', url: `https://${h}/api/webhooks/${g.digits(19)}/${v}`, secret: v };
  },
  (g) => {
    const v = g.s('lowerAlnum', 26);
    return { shape: 'mattermost-hook', url: `https://chat.${g.org()}.io/hooks/${v}`, secret: v };
  },
  (g) => {
    const v = g.s('urlsafe', 43);
    const h = `prod-${g.int(10, 99)}.${g.one(['westus', 'westeurope', 'eastus2'])}.logic.azure.com:443`;
    const q = `api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${v}`;
    return {
      shape: 'logic-app-sig',
      url: `https://${h}/workflows/${g.s('hex', 32)}/triggers/manual/paths/invoke?${q}`,
      secret: v,
    };
  },
  (g) => {
    const v = g.s('urlsafe', 43);
    const h = `default${g.s('hex', 32)}.${g.s('hex', 2)}.environment.api.powerplatform.com:443`;
    const p = `powerautomate/automations/direct/workflows/${g.s('hex', 32)}/triggers/manual/paths/invoke`;
    return {
      shape: 'power-automate-sig',
      url: `https://${h}/${p}?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${v}`,
      secret: v,
    };
  },
  (g) => {
    const v = `V2${g.s('urlsafe', 44)}`;
    const url = `https://${g.org()}.webhook.office.com/webhookb2/${g.uuid()}@${g.uuid()}/IncomingWebhook/${g.s('hex', 32)}/${g.uuid()}/${v}`;
    return { shape: 'teams-webhook', url, secret: v };
  },
  (g) => {
    const v = `AA${g.s('urlsafe', 33)}`;
    const tail = g.one(['sendMessage', 'getUpdates', `sendMessage?chat_id=-100${g.digits(10)}&text=done`]);
    return { shape: 'telegram-bot', url: `https://api.telegram.org/bot${g.digits(10)}:${v}/${tail}`, secret: v };
  },
  (g) => {
    const v = g.s('lowerAlnum', 7);
    return { shape: 'zapier-hook', url: `https://hooks.zapier.com/hooks/catch/${g.digits(8)}/${v}/`, secret: v };
  },
  (g) => {
    const v = g.s('urlsafe', 22);
    const ev = g.one(['deploy_done', 'nightly', 'alert']);
    return { shape: 'ifttt-key', url: `https://maker.ifttt.com/trigger/${ev}/with/key/${v}`, secret: v };
  },
  (g) => {
    const v = g.s('lowerAlnum', 32);
    return { shape: 'make-hook', url: `https://hook.${g.one(['eu1', 'eu2', 'us1'])}.make.com/${v}`, secret: v };
  },
  (g) => {
    const v = g.uuid();
    return { shape: 'n8n-hook', url: `https://${g.org()}.app.n8n.cloud/webhook/${v}`, secret: v };
  },
  (g) => {
    const v = g.s('urlsafe', 43);
    const url = `https://chat.googleapis.com/v1/spaces/AAAA${g.s('urlsafe', 7)}/messages?key=AIzaSy${g.s('urlsafe', 33)}&token=${v}%3D`;
    return { shape: 'google-chat-token', url, secret: v };
  },
  (g) => {
    const v = g.s('urlsafe', 32);
    return { shape: 'alchemy-key', url: `https://eth-mainnet.g.alchemy.com/v2/${v}`, secret: v };
  },
  (g) => {
    const v = g.s('hex', 32);
    return {
      shape: 'infura-key',
      url: `https://${g.one(['mainnet', 'sepolia', 'polygon-mainnet'])}.infura.io/v3/${v}`,
      secret: v,
    };
  },
  (g) => {
    const v = g.s('hex', 40);
    return {
      shape: 'quicknode-key',
      url: `https://${g.one(['silent-dawn', 'cool-river'])}.quiknode.pro/${v}/`,
      secret: v,
    };
  },
  (g) => {
    const v = g.s('alnum', 32);
    const h = g.host();
    return { shape: 'path-api-key', url: `https://${h}/v1/${v}/forecast/51.5,-0.12?units=si`, secret: v };
  },
  (g) => {
    const v = g.s('hex', 32);
    const url = `https://calendar.google.com/calendar/ical/${g.org()}.team%40gmail.com/private-${v}/basic.ics`;
    return { shape: 'ical-private', url, secret: v };
  },
  (g) => {
    const v = g.s('lowerAlnum', 25);
    const url = `https://www.dropbox.com/scl/fi/${g.s('lowerAlnum', 21)}/report-q3.pdf?rlkey=${v}&dl=0`;
    return { shape: 'dropbox-rlkey', url, secret: v };
  },
  (g) => {
    const name = g.one(['k', 'auth', 'sk', 'token', 'key', 'apikey', 'api_key', 'access_token', 'secret', 'auth_key']);
    const v = g.s(g.one(['alnum', 'urlsafe', 'lowerAlnum'] as const), g.int(24, 48));
    const url = `https://${g.host()}/api/v2/items?limit=20&${name}=${v}&format=json`;
    return { shape: `query-${name}`, url, secret: v };
  },
  (g) => {
    const v = g.s('urlsafe', g.int(28, 40));
    const url = `https://app.${g.org()}.com/oauth/callback?code=${v}&state=${g.s('alnum', 20)}`;
    return { shape: 'oauth-code', url, secret: v };
  },
  (g) => {
    const v = `0A${g.s('urlsafe', 60)}`;
    const url = `http://localhost:8080/?state=${g.s('alnum', 30)}&code=4%2F${v}&scope=email%20profile`;
    return { shape: 'google-oauth-code', url, secret: v };
  },
  (g) => {
    const v = g.s('urlsafe', g.int(40, 90));
    const url = `https://app.${g.org()}.com/callback#access_token=${v}&token_type=Bearer&expires_in=3600&state=${g.s('alnum', 16)}`;
    return { shape: 'fragment-access-token', url, secret: v };
  },
  (g) => {
    const v = g.s('hex', 64);
    const q =
      `X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20250301T120000Z&X-Amz-Expires=3600` +
      `&X-Amz-SignedHeaders=host&X-Amz-Signature=${v}`;
    return {
      shape: 's3-presigned-sig',
      url: `https://${g.org()}-runs.s3.amazonaws.com/out/${g.uuid()}.json?${q}`,
      secret: v,
    };
  },
  (g) => {
    const v = `IQoJb3JpZ2luX2Vj${g.s('alnum', 120)}`;
    const url = `https://${g.org()}-data.s3.us-east-1.amazonaws.com/a.csv?X-Amz-Security-Token=${v}%2F${g.s('alnum', 40)}%3D&X-Amz-Expires=900`;
    return { shape: 's3-security-token', url, secret: v };
  },
  (g) => {
    const v = g.s('hex', 256);
    const q = `X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Date=20250301T120000Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=${v}`;
    return {
      shape: 'gcs-signature',
      url: `https://storage.googleapis.com/${g.org()}-exports/run.tar.gz?${q}`,
      secret: v,
    };
  },
  (g) => {
    const v = g.s('alnum', 40);
    const q = `sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-01-01T00:00:00Z&st=2025-01-01T00:00:00Z&spr=https&sig=${v}%2B${g.s('alnum', 2)}%3D`;
    return {
      shape: 'azure-sas-sig',
      url: `https://${g.org()}store.blob.core.windows.net/results/run.json?${q}`,
      secret: v,
    };
  },
  (g) => {
    const v = g.s('alnum', 36);
    return { shape: 'prefixed-ghp', url: `https://${g.host()}/repos/sync?token=ghp_${v}`, secret: v };
  },
  (g) => {
    const v = g.s('alnum', 24);
    const url = `https://${g.host()}/slack/relay?bot=xoxb-${g.digits(12)}-${g.digits(13)}-${v}`;
    return { shape: 'prefixed-xoxb', url, secret: v };
  },
  (g) => {
    const v = g.s('urlsafe', 20);
    const url = `https://${g.host()}/v1/chat?sig=${v}&expires=${g.digits(10)}`;
    return { shape: 'query-sig', url, secret: v };
  },
];

/** The URL shapes twins are built from: ids and public values in the same places. */
const TWIN_SHAPES: readonly ((g: Gen) => string)[] = [
  (g) => `https://github.com/${g.org()}/massgen/blob/${g.s('hex', 40)}/massgen/cli.py#L${g.int(1, 900)}`,
  (g) => `https://github.com/${g.org()}/massgen/commit/${g.s('hex', 40)}`,
  (g) => `https://api.${g.org()}.io/v1/runs/${g.uuid()}/events?limit=50`,
  (g) => `https://cdn.${g.org()}.com/assets/main.${g.s('hex', 20)}.js`,
  (g) => `https://${g.org()}.com/_next/static/chunks/pages/index-${g.s('hex', 16)}.js`,
  (g) => `https://${g.org()}-uploads.s3.amazonaws.com/uploads/2025/03/${g.uuid()}/report.pdf`,
  (g) => `https://www.youtube.com/watch?v=${g.s('urlsafe', 11)}&t=${g.int(1, 900)}s`,
  (g) => `https://${g.org()}.slack.com/archives/C${g.s('upperAlnum', 10)}/p${g.digits(16)}`,
  (g) => `https://www.googleapis.com/drive/v3/files?pageSize=100&pageToken=${g.s('urlsafe', 40)}`,
  (g) => `https://api.${g.org()}.io/v2/items?page_token=${g.s('alnum', 32)}&page_size=25`,
  (g) => `https://api.${g.org()}.io/list?cursor=${g.s('urlsafe', 36)}&limit=100`,
  (g) =>
    `https://${g.org()}.com/blog/launch?utm_source=newsletter&utm_medium=email&utm_campaign=spring_${g.int(2020, 2026)}`,
  (g) =>
    `https://accounts.${g.org()}.com/o/oauth2/auth?client_id=${g.digits(12)}-${g.s('lowerAlnum', 32)}.apps.googleusercontent.com` +
    `&response_type=code&scope=openid%20email&state=${g.s('alnum', 30)}&nonce=${g.s('alnum', 24)}`,
  (g) =>
    `https://login.${g.org()}.com/authorize?client_id=${g.s('alnum', 32)}&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb`,
  (g) =>
    `https://${g.org()}-runs.s3.amazonaws.com/out/run.json?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20250301T120000Z` +
    `&X-Amz-Expires=3600&X-Amz-SignedHeaders=host`,
  () => 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
  () => 'https://hooks.slack.com/services/YOUR/WEBHOOK/URL',
  () => 'https://api.telegram.org/bot<token>/sendMessage',
  () => 'https://discord.com/api/webhooks/{webhook_id}/{webhook_token}',
  (g) => `https://${g.host()}/v1/data?access_token=<token>&q=london`,
  (g) => `https://${g.host()}/v1/data?api_key=YOUR_API_KEY&units=metric`,
  (g) => `https://${g.host()}/v1/data?sig=xxxx&k=xxxxxxxxxxxxxxxxxxxx`,
  (g) => `https://${g.host()}/v1/data?token=\${API_TOKEN}&t=${g.digits(10)}`,
  () => 'https://mainnet.infura.io/v3/YOUR-PROJECT-ID',
  () => 'https://eth-mainnet.g.alchemy.com/v2/your-api-key',
  (g) => `https://gist.github.com/${g.org()}/${g.s('hex', 32)}`,
  (g) => `https://huggingface.co/${g.org()}/model-7b/resolve/${g.s('hex', 40)}/model.safetensors?download=true`,
  (g) => `https://registry.npmjs.org/${g.org()}-cli/-/${g.org()}-cli-1.${g.int(0, 20)}.0.tgz`,
  (g) => `https://pypi.org/project/massgen/0.${g.int(0, 9)}.${g.int(0, 30)}/`,
  (g) => `https://arxiv.org/abs/24${g.int(10, 12)}.${g.digits(5)}v2`,
  (g) => `https://${g.org()}.atlassian.net/browse/MG-${g.int(10, 9999)}?focusedCommentId=${g.digits(6)}`,
  (g) => `https://api.${g.org()}.io/v1/messages/msg_${g.s('alnum', 24)}`,
  (g) => `https://platform.openai.com/logs/chatcmpl-${g.s('alnum', 29)}`,
  (g) => `https://fonts.googleapis.com/css2?family=Inter:wght@400;700&display=swap&v=${g.int(1, 9)}`,
  (g) => `https://${g.host()}/search?q=massgen+agents&sort=desc&page=${g.int(1, 9)}`,
  (g) => `https://${g.host()}/files/${g.s('hex', 64)}?etag=${g.s('hex', 32)}`,
  (g) => `https://${g.host()}/callback?code=200&state=ok&t=${g.digits(13)}`,
  // `t=` is a time or a tracker's id (Twitter's, Figma's share links), as the families' tests plant look-alikes there.
  (g) => `https://${g.host()}/v1/items?t=${g.s('alnum', 24)}&page=2`,
  (g) => `https://${g.host()}/images/${g.s('hex', 8)}-${g.s('hex', 4)}.png?w=640&q=75`,
  (g) => `https://docs.${g.org()}.com/guide/#access_token-lifetime`,
  (g) => `https://${g.host()}/webhooks/github?event=push&delivery=${g.uuid()}`,
  // Base64 of public data (a JSON state, an analytics id), trackers' click ids.
  (g) => {
    const state = Buffer.from(JSON.stringify({ page: g.int(1, 99), tab: 'runs', org: g.org() })).toString('base64');
    return `https://app.${g.org()}.com/dashboard?view=${encodeURIComponent(state)}&embed=1`;
  },
  (g) =>
    `https://images.unsplash.com/photo-${g.digits(13)}?ixid=${Buffer.from(`3|${g.digits(4)}|0|0|photo-page||||en|0`).toString('base64')}&w=1000`,
  (g) => `https://${g.org()}.com/pricing?gclid=Cj0KCQiA${g.s('urlsafe', 60)}&utm_source=google`,
  (g) => `https://${g.org()}.com/blog?fbclid=IwAR${g.s('urlsafe', 56)}`,
];

/** The layouts: where a URL sits in a session or a workspace, as [file name, text]. */
const LAYOUTS: readonly [string, (url: string, host: string, path: string) => [string, string]][] = [
  ['prose', (u) => ['workspace/notes.md', `Posted the summary to ${u} after the run.\n`]],
  [
    'json-escaped',
    (u) => {
      const e = u.replace(/\//g, '\\/').replace(/&/g, '\\u0026');
      return ['logs/session.jsonl', `{"role":"tool","content":"requested ${e} ok","ts":1712}\n`];
    },
  ],
  ['json', (u) => ['workspace/result.json', `{\n  "endpoint": "${u}",\n  "retries": 3\n}\n`]],
  [
    'har',
    (u) => [
      'logs/trace.har',
      `{"log":{"entries":[{"request":{"method":"POST","url":"${u}","httpVersion":"HTTP/1.1","headers":[]}}]}}\n`,
    ],
  ],
  [
    'heap',
    (u) => ['logs/run.heapsnapshot', `{"nodes":[0,1,2],"strings":["(root)","system / Context","${u}","Object"]}\n`],
  ],
  [
    'urllib3',
    (_u, h, p) => [
      'logs/run.log',
      `DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): ${h}:443\n` +
        `DEBUG:urllib3.connectionpool:https://${h}:443 "POST ${p} HTTP/1.1" 200 None\n`,
    ],
  ],
  ['httpx', (u) => ['logs/run.log', `INFO:httpx:HTTP Request: POST ${u} "HTTP/1.1 200 OK"\n`]],
  [
    'curl',
    (u) => [
      'workspace/notify.sh',
      `curl -sS -X POST -H 'Content-Type: application/json' -d '{"text":"done"}' '${u}'\n`,
    ],
  ],
  ['wget', (u) => ['workspace/fetch.sh', `wget -q -O out.json "${u}"\n`]],
  ['httpie', (u) => ['workspace/notify.sh', `http --ignore-stdin POST ${u} text=deployed\n`]],
  ['markdown-link', (u) => ['workspace/README.md', `See [the endpoint](${u}) for the report.\n`]],
  ['autolink', (u) => ['workspace/README.md', `Endpoint: <${u}>\n`]],
  ['html', (u) => ['workspace/index.html', `<p><a href="${u.replace(/&/g, '&amp;')}">open</a></p>\n`]],
  ['html-src', (u) => ['workspace/index.html', `<img src="${u.replace(/&/g, '&amp;')}" alt="chart">\n`]],
  ['yaml', (u) => ['workspace/config.yaml', `notify:\n  target: ${u}\n  retries: 3\n`]],
  ['yaml-quoted', (u) => ['workspace/config.yml', `endpoints:\n  - "${u}"\n`]],
  ['toml', (u) => ['workspace/config.toml', `[notify]\nendpoint = "${u}"\n`]],
  ['dotenv', (u) => ['workspace/deploy.env', `NOTIFY_ENDPOINT=${u}\n`]],
  ['python', (u) => ['workspace/notify.py', `resp = requests.post("${u}", json={"text": msg}, timeout=10)\n`]],
  ['js', (u) => ['workspace/notify.js', `const res = await fetch('${u}', { method: 'POST', body });\n`]],
  [
    'redirect-once',
    (u) => ['workspace/notes.md', `Login link: https://login.example.com/continue?redirect=${enc(u)}&lang=en\n`],
  ],
  [
    'redirect-twice',
    (u) => {
      const inner = `https://app.example.com/cb?to=${enc(u)}`;
      return ['logs/run.log', `GET https://sso.example.com/start?next=${enc(inner)} 302\n`];
    },
  ],
];

function split(url: string): [string, string] {
  const at = url.indexOf('://') + 3;
  const slash = url.indexOf('/', at);
  const host = url.slice(at, slash < 0 ? url.length : slash).replace(/:\d+$/, '');
  return [host, slash < 0 ? '/' : url.slice(slash)];
}

/** Every shape in every layout, `rounds` times with fresh values. */
export function urls24Cases(seed = 2424, rounds = 2): UrlCase[] {
  const g = gens(seed);
  const out: UrlCase[] = [];
  for (let r = 0; r < rounds; r++)
    for (const make of SHAPES)
      for (const [layout, place] of LAYOUTS) {
        const p = make(g);
        const [host, path] = split(p.url);
        const [rel, text] = place(p.url, host, path);
        out.push({ shape: p.shape, layout, rel, text, secret: p.secret, host });
      }
  return out;
}

/** Every twin shape in every layout: must come out byte for byte. */
export function urls24Twins(seed = 4242): UrlCase[] {
  const g = gens(seed);
  const out: UrlCase[] = [];
  for (const make of TWIN_SHAPES)
    for (const [layout, place] of LAYOUTS) {
      const url = make(g);
      const [host, path] = split(url);
      const [rel, text] = place(url, host, path);
      out.push({ shape: url, layout, rel, text, secret: '', host });
    }
  return out;
}

/** Whether the output still holds the secret: the whole value when short, else any 10-character window. */
export function leaksSecret(out: string, secret: string): boolean {
  if (secret.length < 14) return out.includes(secret);
  for (let i = 0; i + 10 <= secret.length; i += 3) if (out.includes(secret.slice(i, i + 10))) return true;
  return false;
}
