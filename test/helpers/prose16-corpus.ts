/**
 * Round 16's corpus of prefix-less keys in prose, code and tables, and its benign twin. The plants: hex (32, 40, 64),
 * UUIDs (lower and upper case), base62 of 24 to 48 with any number of digits (none to many) and URL-safe base64, in
 * 48 sentence, code and table templates, each made of a subject, a verb of use, a provider's noun and a quoting:
 * `use <hex> as the Groq key`, `my key is <uuid>`, `Exa accepted <key>`, a CSV under `provider,value`, a notebook
 * cell's `make_client("<hex>")` after `# the Mistral key`. Generated with a seeded rng (no value is pasted).
 * The twin: database, cache, sort, partition and object keys, ids, slugs, paths, hashes in prose, form validation
 * settings; and real sentences holding `key`, `token`, `password`, `secret` from /usr/share/doc and node_modules
 * READMEs (what this machine has).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type SeededGen, seededGen, uuidOf } from './fake-secrets.js';

type Gen = SeededGen;
const gen = seededGen;

/** A prefix-less key in one of the documented shapes; base62 with `digits` digits at most (0 to 3: few digits). */
export function plainKey(g: Gen, kind = g.int(8)): string {
  if (kind === 0) return g.pick('hex', 32);
  if (kind === 1) return g.pick('hex', 40);
  if (kind === 2) return g.pick('hex', 64);
  if (kind === 3) return uuidOf(g.pick('hex', 32), g.int(2) === 0);
  if (kind === 4) return uuidOf(g.pick('hex', 32), true).toUpperCase();
  if (kind === 5) {
    // Base62 with few digits (0 to 3), both cases.
    const n = 24 + g.int(25);
    const chars = [...g.pick('letters', n)];
    for (let d = g.int(4); d > 0; d--) chars[g.int(n)] = g.pick('digits', 1);
    if (!/[a-z]/.test(chars.join(''))) chars[0] = 'q';
    if (!/[A-Z]/.test(chars.join(''))) chars[1] = 'Q';
    return chars.join('');
  }
  if (kind === 6) {
    let v = '';
    while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = g.pick('alnum', 32 + g.int(17));
    return v;
  }
  let v = '';
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v) || !/[-_]/.test(v.slice(1, -1)))
    v = g.pick('urlsafe', 32 + g.int(11));
  return v;
}

const PROVIDERS = [
  'Groq',
  'Mistral',
  'Cohere',
  'Exa',
  'Deepgram',
  'Serper',
  'SerpAPI',
  'Together',
  'Tavily',
  'Datadog',
  'Postmark',
  'Okta',
  'Jina',
  'Voyage',
  'Pinecone',
];
const SUBJECTS = ['my', 'our', 'the', 'your', 'this'];
const NOUNS = ['key', 'API key', 'token', 'secret', 'access key', 'api token', 'auth token', 'credential'];
const QUOTES: [string, string][] = [
  ['', ''],
  ['"', '"'],
  ['`', '`'],
  ["'", "'"],
  ['“', '”'],
  ['**', '**'],
];
const ENDS = ['', '.', ',', ' — thanks', '!', ' (rotate later)', ';'];

/**
 * The templates: `{S}` a subject, `{N}` a credential noun, `{P}` a provider, `{p}` lower case, `{U}` upper case, `{V}`
 * the quoted value, `{v}` the bare value (code and tables), `{E}` an ending.
 */
const LEAK_TEMPLATES = [
  'use {V} as the {P} key{E}',
  'Use {V} as {S} {P} {N}{E}',
  '{S} key is {V}{E}',
  '{S} {N} is {V}{E}',
  'Authenticate using key {V}{E}',
  'Authenticate with {N} {V}{E}',
  'pass the key {V} to the client{E}',
  'pass {V} as the {N}{E}',
  '{P} accepted {V}{E}',
  '{P} rejected {V}, so I rotated it{E}',
  'Tried {V} with {P} and it worked{E}',
  'The {P} {N} is {V}{E}',
  'Here is {S} {P} {N}: {V}{E}',
  'Set {V} as {S} {P} {N}{E}',
  'I used the {N} {V} for {P}{E}',
  '{P} {N} → {V}',
  'Your new {P} {N}: {V}{E}',
  'Login to {P} with {V}{E}',
  'Paste {V} into the {P} settings{E}',
  'Please rotate {V}, the {P} {N} I shared{E}',
  'the client needs the {N} {V}{E}',
  'Key for {P} = {V}',
  '- {P}: {V}',
  '* **{P}**: {V}',
  '{P} works with {V} now{E}',
  'Calling {P} with {N} {V} returned 200{E}',
  'Sign requests with {V} (the {P} {N}){E}',
  'Remember: {P} {N} {V}{E}',
  'provider,value\n{p},{v}\n',
  'service,api_key\n{p},{v}\n',
  'name,key\n{p},{v}\n',
  'provider;token\n{p};{v}\n',
  'service\tsecret\n{p}\t{v}\n',
  '| provider | key |\n|---|---|\n| {p} | {v} |\n',
  '| Service | Token |\n| --- | --- |\n| {P} | `{v}` |\n',
  '# the {P} key\nclient = make_client("{v}")\n',
  '# {P} API key\nclient = connect("{v}")\n',
  '// the {P} key\nconst client = createClient("{v}");\n',
  '// {P} token\nconst c = await init("{v}");\n',
  '// {P} API key\nc := newClient("{v}")\n',
  '// {P} key\nlet client = build_client("{v}");\n',
  '# {P} key\nclient = connect("{v}")\n',
  '// {P} key\nClient c = Client.create("{v}");\n',
  "$client = new Client('{v}'); // {P} key\n",
  'var client = new Client("{v}"); // {P} API key\n',
  'val client = Client("{v}") // {P} key\n',
  '{"service": "{p}", "value": "{v}"}\n',
  'client = make_client("{v}")  # {P} key\n',
];

export interface Plant {
  line: string;
  value: string;
  template: number;
}

/** `n` plants, the templates in turn; values, providers, subjects, nouns, quotes and endings random. */
export function leakPlants(seed: number, n: number): Plant[] {
  const g = gen(seed);
  const out: Plant[] = [];
  for (let i = 0; i < n; i++) {
    const template = i % LEAK_TEMPLATES.length;
    const p = g.one(PROVIDERS);
    const value = plainKey(g);
    const [o, c] = g.one(QUOTES);
    const line = LEAK_TEMPLATES[template]!.replaceAll('{P}', p)
      .replaceAll('{p}', p.toLowerCase())
      .replaceAll('{U}', p.toUpperCase())
      .replaceAll('{S}', g.one(SUBJECTS))
      .replaceAll('{N}', g.one(NOUNS))
      .replaceAll('{E}', g.one(ENDS))
      .replaceAll('{V}', `${o}${value}${c}`)
      .replaceAll('{v}', value);
    out.push({ line, value, template });
  }
  return out;
}

export const LEAK_TEMPLATE_COUNT = LEAK_TEMPLATES.length;

const TABLES = ['orders', 'users', 'accounts', 'events', 'invoices', 'sessions', 'products', 'teams', 'audit_log'];
const COLUMNS = ['order_id', 'user_id', 'created_at', 'updated_at', 'tenant_id', 'sku', 'email', 'event_time', 'slug'];
const WORDS = ['user', 'profile', 'cart', 'feed', 'home', 'search', 'report', 'daily', 'avatar', 'settings', 'page'];
const FILES = ['x.png', 'avatar.jpg', 'report.pdf', 'data.csv', 'index.html', 'thumb.webp', 'export.json'];
const KEY_KINDS = [
  'cache',
  'primary',
  'sort',
  'partition',
  'object',
  'foreign',
  'composite',
  'row',
  'lookup',
  'dict',
  'map',
  'Redis',
  'S3 object',
  'sharding',
  'translation',
  'i18n',
  'React',
  'index',
  'dedup',
  'routing',
];

type Benign = (g: Gen) => string;

const slug = (g: Gen): string => `${g.one(WORDS)}-${g.one(WORDS)}-${g.int(1000)}`;
const uuid = (g: Gen): string => uuidOf(g.pick('hex', 32), g.int(2) === 0);

const BENIGN: Benign[] = [
  (g) => `The ${g.one(['cache', 'Redis', 'memcached'])} key is ${slug(g)}`,
  (g) => `S3 object key is uploads/${uuid(g)}/${g.one(FILES)}`,
  (g) => `The object key is ${g.one(['uploads', 'media', 'exports'])}/${g.int(2030)}/${uuid(g)}/${g.one(FILES)}.`,
  (g) => `Password field: minLength=${8 + g.int(60)}`,
  (g) => `password: { minLength: ${8 + g.int(8)}, maxLength: ${64 + g.int(64)}, required: true }`,
  (g) => `Password must be at least ${8 + g.int(8)} characters, maxLength=${64 + g.int(64)}`,
  (g) => `key: ${g.one(TABLES)}_${g.one(TABLES)}_${g.int(100)}`,
  (g) => `the primary key is ${g.one(COLUMNS)}`,
  (g) => `sort key is ${g.one(COLUMNS)}`,
  (g) => `The partition key is ${g.one(COLUMNS)} and the sort key is ${g.one(COLUMNS)}.`,
  (g) => `The ${g.one(KEY_KINDS)} key is ${g.one(COLUMNS)}`,
  (g) => `The ${g.one(KEY_KINDS)} key is ${g.one(TABLES)}:${g.one(COLUMNS)}:${g.int(99999)}`,
  (g) => `${g.one(KEY_KINDS)} key: ${slug(g)}`,
  (g) => `The ${g.one(KEY_KINDS)} key for this row is ${g.one(TABLES)}#${uuid(g)}`,
  (g) => `The Redis key \`session:${uuid(g)}\` expires in ${g.int(7200)} s`,
  (g) => `the dedup key is ${g.one(TABLES)}-${g.int(1e6)}-${g.one(WORDS)}`,
  (g) =>
    `Uploaded to s3://bucket-${g.int(99)}/${g.one(WORDS)}/${uuid(g)}.json (object key ${g.one(WORDS)}/${uuid(g)}.json)`,
  (g) => `the translation key is ${g.one(WORDS)}.${g.one(WORDS)}.${g.one(['title', 'label', 'placeholder'])}`,
  (g) => `React warns: each child needs a key; we use key=${g.one(COLUMNS)}`,
  (g) => `The token count is ${g.int(200000)} and the budget is ${g.int(1e6)} tokens.`,
  (g) => `max_tokens is ${g.int(8192)}; tokens used: ${g.int(99999)}`,
  (g) => `The token expired at 2026-11-${10 + g.int(19)}T${10 + g.int(13)}:00:00Z`,
  (g) => `commit ${g.pick('hex', 40)} fixed the key rotation test`,
  (g) => `The file hash is ${g.pick('hex', 64)} (sha256), the key lookup uses it`,
  (g) => `checksum ${g.pick('hex', 32)} matches the one in the key manifest`,
  (g) => `request id ${uuid(g)}; the token refresh succeeded`,
  (g) => `trace id ${g.pick('hex', 32)} for the secret rotation job`,
  (g) => `The secret is stored in Vault at secret/data/${g.one(WORDS)}/${g.one(WORDS)}`,
  (g) => `The secret name is ${g.one(WORDS)}-${g.one(WORDS)}-credentials`,
  (g) => `the password policy requires ${g.int(4) + 1} digits and ${g.int(3) + 1} symbols`,
  (g) => `The key column is ${g.one(COLUMNS)}, the value column is ${g.one(COLUMNS)}`,
  (g) => `the idempotency header is set per request (see ${g.one(TABLES)}_${g.one(COLUMNS)})`,
  (g) => `Use ${g.one(COLUMNS)} as the sort key`,
  (g) => `use ${g.one(TABLES)}_${g.one(COLUMNS)} as the partition key`,
  (g) => `The key ${g.one(TABLES)}/${g.one(WORDS)}/${g.int(9999)}.parquet was written`,
  (g) => `the lookup key is ${g.one(TABLES)}_${g.one(WORDS)}_${g.one(WORDS)}_v${g.int(9)}`,
  (g) => `the key ${g.one(WORDS)}_${g.one(WORDS)}_${g.int(999)} was evicted from the cache`,
  (g) => `the slug is ${slug(g)} and the key is ${g.one(WORDS)}_${g.int(9999)}`,
  (g) => `| key | type |\n|---|---|\n| ${g.one(COLUMNS)} | ${g.one(['string', 'int', 'uuid', 'timestamp'])} |`,
  (g) => `key,count\n${g.one(WORDS)}_${g.one(WORDS)},${g.int(9999)}`,
  (g) => `The API key header is X-Api-Key; the value comes from ${g.one(['the env', 'Vault', 'the secret store'])}.`,
  (g) => `The token endpoint is https://auth.example.com/oauth/${g.one(['token', 'authorize'])}`,
  (g) => `partition key: /${g.one(COLUMNS)}`,
  (g) => `the sort key was ${g.one(COLUMNS)}#${g.one(COLUMNS)}`,
  (g) => `Cache key pattern: ${g.one(TABLES)}:{${g.one(COLUMNS)}}:${g.one(WORDS)}`,
];

/** `n` generated benign lines (the templates in turn). */
export function benignLines(seed: number, n: number): string[] {
  const g = gen(seed);
  return Array.from({ length: n }, (_, i) => BENIGN[i % BENIGN.length]!(g));
}

const WORD = /\b(?:keys?|tokens?|passwords?|secrets?)\b/i;

function readText(path: string): string {
  try {
    if (statSync(path).size > 2_000_000) return '';
    const b = readFileSync(path);
    return path.endsWith('.gz') ? gunzipSync(b).toString('utf8') : b.toString('utf8');
  } catch {
    return '';
  }
}

/**
 * Real sentences that hold a key, token, password or secret word: /usr/share/doc's READMEs, NEWS and changelogs and
 * node_modules' READMEs, at most `n`; lines of 20 to 300 characters, with no run of 24 token characters mixing
 * letters and digits (an example key a README prints is no benign line).
 */
export function docSentences(roots: string[], n: number): string[] {
  const out = new Set<string>();
  const files: string[] = [];
  for (const root of roots) {
    let dirs: string[] = [];
    try {
      dirs = readdirSync(root).sort();
    } catch {
      continue;
    }
    for (const d of dirs) {
      const sub = d.startsWith('@') ? readdirSafe(join(root, d)).map((x) => join(d, x)) : [d];
      for (const s of sub)
        for (const f of readdirSafe(join(root, s)))
          if (/^(?:README|NEWS|changelog|copyright)/i.test(f)) files.push(join(root, s, f));
    }
  }
  for (const f of files) {
    for (const raw of readText(f).split('\n')) {
      const line = raw.trim();
      if (line.length < 20 || line.length > 300 || !WORD.test(line)) continue;
      const runs = line.match(/[A-Za-z0-9+/=_-]{24,}/g) ?? [];
      if (runs.some((r) => /\d/.test(r) && /[A-Za-z]/.test(r))) continue;
      out.add(line);
      if (out.size >= n) return [...out];
    }
  }
  return [...out];
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}
