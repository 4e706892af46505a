/**
 * The corpus of the seventh encodings round (attack7 L6 and the encodings parts), one list per category, each plant
 * with the random part a recipient must not recover (checked in every one-step view: decoded-views.ts):
 * 1. prefixed keys outside the big families reversed or in rot13, in several placements;
 * 2. base64 (standard, url-safe, wrapped, unpadded, in JSON strings, in non-image data: URIs) of text holding a bare
 *    prefix-less secret under its key name;
 * 3. notebook outputs that show reprs of objects holding keys under provider names (text/plain and text/html).
 * And the look-alikes of each that must stay byte for byte. Values are built at test time from fragments.
 */
import { generateKeyPairSync } from 'node:crypto';
import { randomStrings } from './fake-secrets.js';

const j = (...parts: string[]): string => parts.join('');

export interface Plant {
  name: string;
  text: string;
  /** The random part: no 10-character window of it may be recoverable. */
  body: string;
}

export const rot13 = (s: string): string =>
  s.replace(/[A-Za-z]/g, (c) => {
    const b = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
  });
export const reverse = (s: string): string => [...s].reverse().join('');

type R = ReturnType<typeof randomStrings>;

/** Prefixed keys of families outside the big ones (rules.ts), each [family, key, body]. */
export function prefixedKeys(r: R): [string, string, string][] {
  const make = (family: string, prefix: string, body: string, suffix = ''): [string, string, string] => [
    family,
    prefix + body + suffix,
    body,
  ];
  const sig = (n: number): string => j(r('urlsafe', n - 1), 'A');
  return [
    make('deepseek', j('s', 'k-'), r('hex', 32)),
    make('sendgrid', j('S', 'G.'), j(r('urlsafe', 22), '.', r('urlsafe', 43))),
    make('tavily', j('tv', 'ly-', 'dev-'), r('alnum', 32)),
    make('nvidia', j('nv', 'api-'), r('urlsafe', 64)),
    make('pinecone', j('pc', 'sk_'), j(r('alnum', 6), '_', r('alnum', 60))),
    make('langsmith', j('ls', 'v2_pt_'), j(r('hex', 32), '_', r('hex', 10))),
    make('fireworks', j('f', 'w_'), r('alnum', 24)),
    make('firecrawl', j('f', 'c-'), r('hex', 32)),
    make('e2b', j('e2', 'b_'), r('hex', 40)),
    make('elevenlabs', j('s', 'k_'), r('hex', 48)),
    make('google-oauth', j('GOC', 'SPX-'), r('urlsafe', 28)),
    make('cerebras', j('cs', 'k-'), r('lowerAlnum', 48)),
    make('replicate', j('r', '8_'), r('alnum', 37)),
    make('llamacloud', j('ll', 'x-'), r('alnum', 48)),
    make('together', j('tgp', '_v1_'), r('urlsafe', 43)),
    make('google-access', j('ya', '29.'), r('urlsafe', 60)),
    make('digitalocean', j('dop', '_v1_'), r('hex', 64)),
    make('supabase', j('sb', 'p_'), r('hex', 40)),
    make('databricks', j('da', 'pi'), r('hex', 32)),
    make('linear', j('lin', '_api_'), r('alnum', 40)),
    make('notion', j('nt', 'n_'), r('alnum', 46)),
    make('sentry', j('sntr', 'yu_'), r('hex', 64)),
    make('mailgun', j('ke', 'y-'), r('hex', 32)),
    make('shopify', j('shp', 'at_'), r('hex', 32)),
    make('brevo', j('xkey', 'sib-'), j(r('hex', 64), '-', r('alnum', 16))),
    make('docker', j('dckr', '_pat_'), r('urlsafe', 27)),
    make('vault', j('hv', 's.'), j('CAES', r('urlsafe', 90))),
    make('heroku', j('HR', 'KU-'), r('urlsafe', 60)),
    make('jwt', j('ey', 'JhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.', 'ey', 'J'), j(r('urlsafe', 40), '.', sig(43))),
    make('perplexity', j('pp', 'lx-'), r('alnum', 48)),
  ];
}

/** Category 1: each prefixed key reversed or in rot13, in the placements an agent writes. */
export function flippedPlants(seed: number): Plant[] {
  const r = randomStrings(seed);
  const out: Plant[] = [];
  for (const [family, key, body] of prefixedKeys(r)) {
    const rot = rot13(key);
    const rev = reverse(key);
    const add = (name: string, text: string): number => out.push({ name: `${name}/${family}`, text, body });
    add('rot13-note', `${family} (rot13): ${rot}`);
    add('rot13-bare', `stored value ${rot} for later`);
    add('rot13-json', JSON.stringify({ note: 'encoded', value: rot }));
    add('rot13-codecs', `key = codecs.decode('${rot}', 'rot13')`);
    add('reversed-bare', `backwards: ${rev}`);
    add('reversed-slice', `KEY = "${rev}"[::-1]`);
  }
  // Prefix-less keys in rot13 beside the word (`azure (rot13): …`, `codecs.decode('…', 'rot13')`).
  const uuid = [8, 4, 4, 4, 12].map((n) => r('hex', n)).join('-');
  for (const [family, key] of [
    ['azure', r('hex', 32)],
    ['wandb', r('hex', 40)],
    ['mistral', r('alnum', 32)],
    ['heroku', uuid],
    ['wireguard', `${r('b64', 43)}=`],
    ['zai', j(r('hex', 32), '.', r('alnum', 16))],
  ] as const) {
    out.push({ name: `rot13-label/${family}`, text: `${family} (rot13): ${rot13(key)}`, body: key });
    out.push({ name: `rot13-decode/${family}`, text: `k = codecs.decode("${rot13(key)}", "rot_13")`, body: key });
  }
  // A PEM private key in rot13, as a note and inside a JSON string.
  for (const type of ['ec', 'ed25519'] as const) {
    const opts = type === 'ec' ? { namedCurve: 'P-256' } : {};
    const pem = generateKeyPairSync(type as 'ec', opts as { namedCurve: string }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    }) as string;
    const body = pem.split('\n')[1]!;
    out.push({ name: `rot13-note/pem-${type}`, text: `pem (rot13): ${rot13(pem)}`, body });
    out.push({ name: `rot13-json/pem-${type}`, text: JSON.stringify({ note: 'encoded', value: rot13(pem) }), body });
  }
  return out;
}

/** Look-alikes of category 1: ordinary identifiers that start (or end) with a flipped prefix. */
export function flippedLookAlikes(seed: number): string[] {
  const r = randomStrings(seed);
  return [
    'bucket cn-northwest-1-analytics-production-logs-archive-2026 is in the China region',
    'region: cn-north-1, endpoint: cn-north-1.amazonaws.com.cn/analytics/production/archive',
    'er_diagram_customer_orders_shipments_v2 and er_model_for_the_billing_service_schema',
    'css: fx-shadow-large-elevated-card-hover-transition fx-blur-background-overlay-modal',
    `asset fx-${r('lowerAlnum', 8)}-particle-emitter-config-v3 loaded`,
    'FT.SEARCH idx:products "@title:wireless headphones" LIMIT 0 10',
    'phz_bfpvyyngbe_zbqhyr_cnenzrgref and gur_dhvpx_oebja_sbk',
    `Guvf vf whfg ebg13 grkg nobhg nccyrf naq benatrf, abguvat zber (rot13)`,
    `rot13("hello world") == "uryyb jbeyq"; sha256 of rot13.py: ${r('hex', 64)}`,
    `the rot13 module, version 1.2.3, commit ${r('hex', 40)}`,
    `reversed: ${reverse('configuration_manager_instance_for_tests')}`,
    `rot13: ${rot13('hello_world_this_is_a_test_of_rot13')} and rot13 of the file name: ${rot13('configuration')}.gkg`,
    'see rot13.py in /usr/share/rot13/rot13_cipher_example.py (rot13 test: tests/test_rot13_roundtrip_cases.py)',
    `-----ORTVA PREGVSVPNGR-----\n${r('b64', 64)}\n-----RAQ PREGVSVPNGR-----`,
    `-----ORTVA CHOYVP XRL-----\n${r('b64', 64)}\n-----RAQ CHOYVP XRL-----`,
    `request id ${reverse('req_') + r('alnum', 24)} and ${r('alnum', 24)}_qer`,
    'npm run ks-lint-staged-and-format-all-files -- --fix',
    'key-value-store-configuration-for-the-cache-layer-primary',
    `build ${r('hex', 12)}-ipad-simulator-release-configuration`,
    `print(codecs.decode('${rot13('tokens_per_minute_limit_for_the_org')}', 'rot13'))`,
    `rot13 example => ${rot13('configuration_manager_instance')} (ROT-13 of an identifier)`,
    `rot_13: ${r('hex', 32)}.${r('hex', 8)} is the checksum of rot13.tar.gz`,
  ];
}

const b64 = (s: string): string => Buffer.from(s).toString('base64');
const b64url = (s: string): string => Buffer.from(s).toString('base64url');
const wrap = (s: string, w: number, nl: string): string => s.match(new RegExp(`.{1,${w}}`, 'g'))!.join(nl);

/** Prefix-less secrets under their key names, each [text, body]. */
function bareSecrets(r: R): [string, string][] {
  const hex40 = r('hex', 40);
  const mistral = r('alnum', 32);
  const cohere = r('alnum', 40);
  const azure = r('hex', 32);
  const pw = j(r('letters', 6), '#', r('digits', 3), r('alnum', 6));
  const aws = r('b64', 40);
  return [
    [JSON.stringify({ api_key: hex40 }), hex40],
    [`MISTRAL_API_KEY=${mistral}\nLOG_LEVEL=info\n`, mistral],
    [JSON.stringify({ model: 'command-r', url: 'https://api.cohere.com/v1?x=1', cohere_api_key: cohere }), cohere],
    [`azure:\n  endpoint: https://acme.openai.azure.com/\n  api_key: ${azure}\n`, azure],
    [`{'user': 'admin', 'password': '${pw}'}`, pw],
    [`[default]\naws_access_key_id = AKIA${r('base32', 16)}\naws_secret_access_key = ${aws}\n`, aws],
  ];
}

/** Category 2: base64 of text holding a bare secret. */
export function base64Plants(seed: number): Plant[] {
  const r = randomStrings(seed);
  const out: Plant[] = [];
  bareSecrets(r).forEach(([text, body], i) => {
    const add = (name: string, t: string): number => out.push({ name: `${name}/${i}`, text: t, body });
    add('std', `payload: ${b64(text)}`);
    add('url-safe', `payload: ${b64url(text)}`);
    add('url-safe-json', JSON.stringify({ config: b64url(`${text}\n# ok? yes>no ~done`) }));
    add('unpadded', `blob=${b64(text).replace(/=+$/, '')}`);
    add('wrapped', wrap(b64(`${text}\n${'#'.repeat(60)}\n`), 76, '\n'));
    add('json-string', JSON.stringify({ event: 'upload', data: b64(text) }));
    add('json-wrapped', JSON.stringify({ data: wrap(b64(`${text}\n${'#'.repeat(60)}\n`), 64, '\n') }));
    add('data-uri', `<a href="data:application/json;base64,${b64(text)}">config</a>`);
    add('url-path', `GET https://share.example.com/api/v1/configs/${b64url(text)} HTTP/1.1`);
    add('url-path-std', `curl -s https://paste.example.org/raw/${b64(text)}`);
    add('file-path', `wrote /tmp/uploads/cfg${b64(text).replace(/=+$/, '')}.txt`);
    add('data-uri-text', `fetch("data:text/plain;charset=utf-8;base64,${b64url(text)}")`);
  });
  return out;
}

/** Look-alikes of category 2: base64 of benign text, images, integrity strings, placeholders. */
export function base64LookAlikes(seed: number): string[] {
  const r = randomStrings(seed);
  const png = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13]),
    Buffer.from('IHDR'),
    Buffer.from(Array.from({ length: 60 }, (_, i) => (i * 89 + 7) % 256)),
  ]);
  const benign = JSON.stringify({ model: 'gpt-4o', max_tokens: 4096, input_tokens: 1234, token_source: 'api' });
  return [
    `payload: ${b64(benign)}`,
    `payload: ${b64url(`${benign}?page=2>`)}`,
    JSON.stringify({ data: b64(`api_key: \${OPENAI_API_KEY}\nbase_url: https://api.openai.com/v1\n`) }),
    `blob=${b64(JSON.stringify({ request_id: `req_${r('alnum', 24)}`, api_key_id: r('hex', 8) })).replace(/=+$/, '')}`,
    `<img src="data:image/png;base64,${png.toString('base64')}">`,
    `"integrity": "sha512-${r('b64', 86)}=="`,
    `"integrity": "sha1-${r('b64', 27)}="`,
    wrap(b64(`# README\n\nThis project shows how to call the API.\nSet OPENAI_API_KEY in your shell.\n`), 76, '\n'),
    `data:text/plain;base64,${b64('Hello, this is a plain text attachment with nothing secret.')}`,
    `GET https://cdn.example.com/assets/img/${r('b64', 64).replace(/[+/]/g, 'x')}.png`,
    `GET https://share.example.com/api/v1/configs/${b64url(benign)} HTTP/1.1`,
    `config=${b64url(`MODEL=gpt-4o\nLOG_LEVEL=debug\nAPI_KEY=<your key here>\nTIMEOUT=30\n`)}`,
  ];
}

/** Prefix-less keys a notebook output shows: [provider, env name, key]. */
function notebookKeys(r: R): [string, string, string][] {
  return [
    ['mistral', 'MISTRAL_API_KEY', r('alnum', 32)],
    ['cohere', 'COHERE_API_KEY', r('alnum', 40)],
    ['azure', 'AZURE_OPENAI_API_KEY', r('hex', 32)],
    ['wandb', 'WANDB_API_KEY', r('hex', 40)],
    ['zhipu', 'ZAI_API_KEY', j(r('hex', 32), '.', r('alnum', 16))],
  ];
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const cellOf = (source: string, data: Record<string, string>): unknown => ({
  cell_type: 'code',
  execution_count: 3,
  metadata: {},
  outputs: [
    {
      data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.split(/(?<=\n)/)])),
      execution_count: 3,
      metadata: {},
      output_type: 'execute_result',
    },
  ],
  source: source.split(/(?<=\n)/),
});
export const notebook = (cells: unknown[]): string =>
  JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1);

/** A DataFrame's text repr as pandas prints it: every column right-aligned, two blanks between. */
export function frameText(names: string[], rows: string[][]): string {
  const idx = String(rows.length - 1).length;
  const widths = names.map((n, c) => Math.max(n.length, ...rows.map((r) => r[c]!.length)));
  const head = ' '.repeat(idx) + names.map((n, c) => `  ${n.padStart(widths[c]!)}`).join('');
  const body = rows.map((r, i) => String(i).padEnd(idx) + r.map((v, c) => `  ${v.padStart(widths[c]!)}`).join(''));
  return [head, ...body].join('\n');
}

/** Category 3: notebook outputs that show objects holding keys. */
export function notebookPlants(seed: number): Plant[] {
  const r = randomStrings(seed);
  const keys = notebookKeys(r);
  const out: Plant[] = [];
  const add = (name: string, body: string, source: string, data: Record<string, string>): number =>
    out.push({ name, text: notebook([cellOf(source, data)]), body });
  for (const [provider, env, key] of keys) {
    const cap = provider[0]!.toUpperCase() + provider.slice(1);
    add(`client-repr/${provider}`, key, 'client', { 'text/plain': `${cap}Client(api_key='${key}', timeout=30)` });
    add(`dict-repr/${provider}`, key, 'keys', {
      'text/plain': `{'${provider}': '${key}', 'model': 'large-latest'}`,
    });
    add(`settings-secretstr/${provider}`, key, 'settings', {
      'text/plain': `Settings(${provider}_api_key=SecretStr('${key}'), debug=False)`,
    });
    add(`subscript/${provider}`, key, `cfg['${provider}']`, { 'text/plain': `'${key}'` });
    add(`env-subscript/${provider}`, key, `cfg["${env}"]`, { 'text/plain': `'${key}'` });
  }
  // Entries named after a service or a short secret word (attack7's notebook_repr: `cfg['twilio_tok']`).
  const pw = j(r('letters', 6), '#', r('digits', 3), r('alnum', 6));
  for (const [entry, key] of [
    ['twilio_tok', r('hex', 32)],
    ['db_pw', pw],
    ['azure_storage', `${r('b64', 86)}==`],
    ['heroku', [8, 4, 4, 4, 12].map((n) => r('hex', n)).join('-')],
  ] as const)
    add(`subscript/${entry}`, key, `cfg['${entry}']`, { 'text/plain': `'${key}'` });
  // pandas DataFrames: a key column, shown as text and as HTML.
  const table = frameText(
    ['provider', 'api_key', 'enabled'],
    keys.map(([p, , k], i) => [p, k, i % 2 ? 'True' : 'False']),
  );
  const html = [
    '<div>',
    '<table border="1" class="dataframe">',
    '  <thead>',
    '    <tr style="text-align: right;">',
    '      <th></th>',
    '      <th>provider</th>',
    '      <th>api_key</th>',
    '    </tr>',
    '  </thead>',
    '  <tbody>',
    ...keys.flatMap(([p, , k], i) => [
      '    <tr>',
      `      <th>${i}</th>`,
      `      <td>${escapeHtml(p)}</td>`,
      `      <td>${escapeHtml(k)}</td>`,
      '    </tr>',
    ]),
    '  </tbody>',
    '</table>',
    '</div>',
  ].join('\n');
  for (const [p, , k] of keys) {
    add(`dataframe-text/${p}`, k, 'df', { 'text/plain': table });
    add(`dataframe-html/${p}`, k, 'df', { 'text/html': html, 'text/plain': 'see html' });
    add(`dataframe-both/${p}`, k, 'df', { 'text/html': html, 'text/plain': table });
  }
  return out;
}

/** Look-alikes of category 3: masked reprs, model names, ids. */
export function notebookLookAlikes(seed: number): string[] {
  const r = randomStrings(seed);
  const nb = (source: string, data: Record<string, string>): string => notebook([cellOf(source, data)]);
  const models = ['gpt-4o-mini', 'claude-3-5-sonnet-20241022', 'mistral-large-latest', 'command-r-plus'];
  // (A 40-hex commit on a row naming `mistral-large-latest` is taken for a key labelled by the provider's name:
  // near-labels.ts, not this round's.)
  const frame = frameText(
    ['model', 'tokens', 'request', 'token_id'],
    models.map((m, i) => [m, String(1000 + i * 37), `req_${r('alnum', 24)}`, `${i * 3}`]),
  );
  const html = [
    '<table border="1" class="dataframe">',
    '<thead><tr><th></th><th>model</th><th>tokens</th><th>commit</th></tr></thead>',
    '<tbody>',
    ...models.map((m, i) => `<tr><th>${i}</th><td>${m}</td><td>${100 * i}</td><td>${r('hex', 40)}</td></tr>`),
    '</tbody>',
    '</table>',
  ].join('\n');
  return [
    nb('settings', { 'text/plain': "Settings(openai_api_key=SecretStr('**********'), debug=False)" }),
    nb('client', { 'text/plain': "MistralClient(api_key='${MISTRAL_API_KEY}', endpoint='https://api.mistral.ai')" }),
    nb('models', {
      'text/plain': `{'openai': '${models[0]}', 'anthropic': '${models[1]}', 'mistral': '${models[2]}'}`,
    }),
    nb("cfg['azure']", { 'text/plain': "'https://acme-eastus.openai.azure.com/'" }),
    nb("cfg['openai']", { 'text/plain': "'gpt-4o-2024-08-06'" }),
    nb('df', { 'text/plain': frame }),
    nb('df', {
      'text/plain': frameText(
        ['provider', 'api_key'],
        models.map((m) => [m, '<set in .env>']),
      ),
    }),
    nb('df', {
      'text/plain': frameText(
        ['name', 'secret_name'],
        models.map((m, i) => [m, `db-creds-${i}`]),
      ),
    }),
    nb('df', { 'text/html': html, 'text/plain': 'table' }),
    nb('ids', { 'text/plain': `{'openai': 'chatcmpl-${r('alnum', 29)}', 'anthropic': 'msg_${r('alnum', 24)}'}` }),
    nb('run', {
      'text/plain': `Run(id='${r('hex', 8)}-${r('hex', 4)}-${r('hex', 4)}-${r('hex', 4)}-${r('hex', 12)}')`,
    }),
    nb("cfg['heroku_app']", { 'text/plain': "'massgen-dashboard-staging-2026'" }),
    nb("cfg['azure_region']", { 'text/plain': "'eastus2-availability-zone-3'" }),
    nb("cfg['db_pw_rotation']", { 'text/plain': "'P90D-rotation-policy-v2'" }),
    nb("cfg['wandb']", { 'text/plain': "{'project': 'massgen-evals', 'entity': 'acme-research'}" }),
  ];
}
