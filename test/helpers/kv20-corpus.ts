/**
 * Key/value layouts of 2026 tools (round 20): a secret's name and its value in separate fields of one structure
 * (OpenTelemetry attributes, HAR name/value pairs, Postman and ECS pairs, GraphQL variables), generated over many
 * secret names and value shapes; and the twins, the same layouts with non-secret names and ordinary values, that must
 * come out byte for byte.
 */
import { gen, tokenMakers, type Gen } from './glue15-tokens.js';

export interface KvPlant {
  /** `layout/name/shape`. */
  name: string;
  text: string;
  secret: string;
}

/** Value shapes under a secret name: prefix-less random, hex, base64, a password with symbols, a prefixed token. */
export function valueShapes(seed: number): [string, (r: Gen) => string][] {
  const makers = Object.entries(tokenMakers(seed));
  let i = 0;
  return [
    ['alnum', (r) => r('alnum', 24 + r('0123456789', 1).charCodeAt(0) - 48 + 8)],
    ['hex40', (r) => r('hex', 40)],
    ['hex64', (r) => r('hex', 64)],
    ['b64', (r) => `${r('b64', 42)}==`],
    ['urlsafe', (r) => r('url', 43)],
    ['password', (r) => `${r('alnum', 6)}${r('!#$%&*@^~', 1)}${r('alnum', 5)}${r('0123456789', 1)}${r('!#$%&*@', 1)}`],
    ['prefixed', () => makers[i++ % makers.length]![1]()],
  ];
}

/** Secret names as tracing attributes, headers, query parameters and form fields write them. */
export const OTEL_NAMES = [
  'gen_ai.request.api_key',
  'http.request.header.x-api-key',
  'openai.api_key',
  'db.password',
  'app.client_secret',
  'llm.auth_token',
  'service.secret_key',
  'http.request.header.api-key',
];
export const PAIR_NAMES = [
  'key',
  'api_key',
  'apikey',
  'x-api-key',
  'access_token',
  'password',
  'client_secret',
  'token',
];

/** A non-secret value: ids, counters, hashes, URLs, words. */
export function benignValue(r: Gen, k: number): string {
  const values = [
    () => r('0123456789', 6),
    () => `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`,
    () => `https://api.example.com/v1/${r('abcdefghij', 6)}`,
    () => 'application/json',
    () => `gpt-4o-mini`,
    () => `en-US,en;q=0.9`,
    () => r('hex', 40),
    () => `sha256:${r('hex', 64)}`,
    () => 'chat completions',
    () => String(1767225600 + k),
  ];
  return values[k % values.length]!();
}
export const BENIGN_NAMES = [
  'gen_ai.request.model',
  'http.request.header.content-type',
  'http.url',
  'trace_id',
  'session.id',
  'http.request.header.accept-language',
  'gen_ai.response.id',
  'commit',
  'user-agent',
  'page',
];

type Layout = (name: string, value: string) => string;
const q = JSON.stringify;

/** Category 1: a name and its value in separate fields. */
export const PAIR_LAYOUTS: [string, Layout, 'otel' | 'pair'][] = [
  [
    'otel-string',
    (n, v) => `{"attributes":[{"key":"k","value":{"intValue":"3"}},{"key":${q(n)},"value":{"stringValue":${q(v)}}}]}`,
    'otel',
  ],
  [
    'otel-string-pretty',
    (n, v) =>
      `{\n  "attributes": [\n    {\n      "key": ${q(n)},\n      "value": {\n        "stringValue": ${q(v)}\n      }\n    }\n  ]\n}\n`,
    'otel',
  ],
  [
    'otel-array',
    (n, v) => `{"attributes":[{"key":${q(n)},"value":{"arrayValue":{"values":[{"stringValue":${q(v)}}]}}}]}`,
    'otel',
  ],
  [
    'otel-array-pretty',
    (n, v) =>
      `{\n  "key": ${q(n)},\n  "value": {\n    "arrayValue": {\n      "values": [\n        {\n          "stringValue": ${q(v)}\n        }\n      ]\n    }\n  }\n}\n`,
    'otel',
  ],
  [
    'otel-in-string',
    (n, v) =>
      q({ body: `{"key":${q(n)},"value":{"arrayValue":{"values":[{"stringValue":"a"},{"stringValue":${q(v)}}]}}}` }),
    'otel',
  ],
  ['otel-value-first', (n, v) => `[{"value":{"stringValue":${q(v)}},"key":${q(n)}}]`, 'otel'],
  ['har-query', (n, v) => `{"queryString":[{"name":"q","value":"agents"},{"name":${q(n)},"value":${q(v)}}]}`, 'pair'],
  ['har-header', (n, v) => `"headers": [\n  {\n    "name": ${q(n)},\n    "value": ${q(v)}\n  }\n]`, 'pair'],
  ['har-cookie', (n, v) => `{"cookies":[{"name":${q(n)},"value":${q(v)},"path":"/","httpOnly":true}]}`, 'pair'],
  ['postman', (n, v) => `{"key":${q(n)},"value":${q(v)},"type":"text","enabled":true}`, 'pair'],
  ['ecs-env', (n, v) => `{"environment":[{"name":${q(n)},"value":${q(v)}}]}`, 'pair'],
  ['graphql-vars', (n, v) => `{"query":"mutation($v: String!) { set(v: $v) }","variables":{${q(n)}:${q(v)}}}`, 'pair'],
  ['graphql-inline', (n, v) => `mutation { connect(${n.replace(/[^A-Za-z0-9_]/g, '_')}: ${q(v)}) { ok } }`, 'pair'],
];

/** Every layout with each of its names and every value shape, the values drawn from `seed`. */
function plantsOf<K>(
  seed: number,
  layouts: readonly (readonly [string, (n: string, v: string) => string, K])[],
  namesOf: (kind: K) => readonly string[],
): KvPlant[] {
  const r = gen(seed);
  const plants: KvPlant[] = [];
  for (const [layout, place, kind] of layouts)
    for (const name of namesOf(kind))
      for (const [shape, make] of valueShapes(seed + plants.length)) {
        const secret = make(r);
        plants.push({ name: `${layout}/${name}/${shape}`, text: place(name, secret), secret });
      }
  return plants;
}

export const pairPlants = (seed: number): KvPlant[] =>
  plantsOf(seed, PAIR_LAYOUTS, (kind) => (kind === 'otel' ? OTEL_NAMES : PAIR_NAMES));

export function pairTwins(seed: number): string[] {
  const r = gen(seed);
  const out: string[] = [];
  for (const [, place] of PAIR_LAYOUTS)
    for (let k = 0; k < 30; k++) out.push(place(BENIGN_NAMES[k % BENIGN_NAMES.length]!, benignValue(r, k)));
  return out;
}

/** Leaked: the secret, or its longest piece of 12+ characters (a part kept), in the output. */
export function kvLeaks(out: string, p: KvPlant): boolean {
  if (out.includes(p.secret)) return true;
  const s = p.secret;
  const w = Math.min(12, s.length);
  for (let i = 0; i + w <= s.length; i += 4) if (out.includes(s.slice(i, i + w))) return true;
  return false;
}

/** Category 2: dumps of language runtimes (PHP var_dump and print_r, Ruby inspect, Python repr, Go %+v and %#v). */
export const DUMP_NAMES = [
  'api_key',
  'apiKey',
  'password',
  'client_secret',
  'auth_token',
  'secret_key',
  'access_token',
];
export const GO_NAMES = ['APIKey', 'ApiKey', 'Password', 'ClientSecret', 'AuthToken', 'SecretKey', 'AccessToken'];
export const DUMP_LAYOUTS: [string, Layout, 'go' | 'snake'][] = [
  [
    'php-var_dump',
    (n, v) => `array(2) {\n  ["id"]=>\n  int(7)\n  ["${n}"]=>\n  string(${v.length}) "${v}"\n}\n`,
    'snake',
  ],
  [
    'php-var_dump-private',
    (n, v) => `object(Cfg)#1 (2) {\n  ["${n}":"Cfg":private]=>\n  string(${v.length}) "${v}"\n  ["x"]=>\n  NULL\n}\n`,
    'snake',
  ],
  [
    'php-var_dump-protected',
    (n, v) => `object(A\\Cfg)#3 (1) {\n  ["${n}":protected]=>\n  string(${v.length}) "${v}"\n}`,
    'snake',
  ],
  ['php-print_r', (n, v) => `Array\n(\n    [id] => 7\n    [${n}] => ${v}\n)\n`, 'snake'],
  [
    'php-print_r-private',
    (n, v) => `Cfg Object\n(\n    [${n}:Cfg:private] => ${v}\n    [debug:protected] => 1\n)\n`,
    'snake',
  ],
  ['ruby-inspect', (n, v) => `#<Config ${n}="${v}", region="us-east-1">`, 'snake'],
  ['ruby-hash-rocket', (n, v) => `{:${n}=>"${v}", :timeout=>30}`, 'snake'],
  ['ruby-hash-34', (n, v) => `{${n}: "${v}", timeout: 30}`, 'snake'],
  ['ruby-struct', (n, v) => `#<struct Settings ${n}="${v}">`, 'snake'],
  ['py-dataclass', (n, v) => `Config(base_url='https://api.x.ai', ${n}='${v}', timeout=30)`, 'snake'],
  ['py-nested', (n, v) => `Settings(llm=LLMConfig(model='gpt-4o', ${n}='${v}'))`, 'snake'],
  ['go-plus-v', (n, v) => `config: {BaseURL:https://x ${n}:${v} Timeout:30s}`, 'go'],
  ['go-plus-v-ptr', (n, v) => `&{${n}:${v}}`, 'go'],
  ['go-sharp-v', (n, v) => `main.Config{BaseURL:"https://x", ${n}:"${v}", Retries:3}`, 'go'],
];

export const dumpPlants = (seed: number): KvPlant[] =>
  plantsOf(seed, DUMP_LAYOUTS, (kind) => (kind === 'go' ? GO_NAMES : DUMP_NAMES));

export const DUMP_BENIGN_NAMES = [
  'id',
  'model',
  'region',
  'commit_sha',
  'request_id',
  'base_url',
  'RequestID',
  'Model',
];
export function dumpTwins(seed: number): string[] {
  const r = gen(seed);
  const out: string[] = [];
  for (const [, place] of DUMP_LAYOUTS)
    for (let k = 0; k < 30; k++) out.push(place(DUMP_BENIGN_NAMES[k % DUMP_BENIGN_NAMES.length]!, benignValue(r, k)));
  return out;
}
