/**
 * Round 21 (issue 11, categories 2 and 3): secrets behind markup and unusual syntax. A prefix-less value (random
 * alphanumeric, hex, base64, a password with symbols) after its label but inside BBCode, Markdown, HTML tags or
 * reStructuredText/AsciiDoc literals; in byte and string wrappers of code (`[]byte("…")`, `b"…"`, `Buffer.from("…")`);
 * behind YAML tags and anchors; in Redis MONITOR lines and redis-cli histories; in shell histories whose blanks are
 * escaped (`\040`, `\x20`, `\u0020`); under a bare `key` in HAR and Postman records. Each category has its twins: the
 * same layouts around ids, URLs, versions, words and code, that must come out byte for byte. Seeded (REDACT_SEED).
 */
import { gen, type Gen } from './glue15-tokens.js';

export interface Plant {
  /** `category/layout/label/shape`. */
  name: string;
  text: string;
  secret: string;
}

export const SEED = Number(process.env.REDACT_SEED ?? 2101);

/** Prefix-less value shapes: random alphanumeric 32-64, hex 32/40/64, base64, url-safe, a password with symbols. */
export const SHAPES: [string, (r: Gen) => string][] = [
  ['alnum', (r) => r('alnum', 32 + Number(r('0123456789', 1)) * 3)],
  ['hex32', (r) => r('hex', 32)],
  ['hex40', (r) => r('hex', 40)],
  ['hex64', (r) => r('hex', 64)],
  ['b64', (r) => `${r('b64', 42)}==`],
  ['urlsafe', (r) => r('url', 43)],
  ['password', (r) => `${r('alnum', 7)}${r('#$%*@^~', 1)}${r('alnum', 6)}${r('0123456789', 1)}${r('#%*@', 1)}`],
];

/** Passwords cannot hold every character every layout quotes with: a value shape for a layout. */
const passable = (v: string, bad: string): boolean => ![...bad].some((c) => v.includes(c));

type Layout = (label: string, value: string, r: Gen) => string;
export interface Category {
  name: string;
  labels: readonly string[];
  layouts: readonly [string, Layout][];
  /** Characters a value may not hold in this category's layouts. */
  bad?: string;
  twinLabels: readonly string[];
  twinValues: readonly ((r: Gen, k: number) => string)[];
}

/** Non-secret values: ids, counters, versions, URLs, words, code references, hashes under a hash name. */
export const BENIGN: ((r: Gen, k: number) => string)[] = [
  (r) => r('0123456789', 7),
  (r) => `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`,
  (r) => `https://docs.example.com/${r('abcdefghij', 6)}/setup`,
  () => 'v2.14.3',
  () => 'hello world',
  () => 'gpt-4o-mini',
  () => 'process.env.OPENAI_API_KEY',
  () => 'YOUR_API_KEY',
  () => 'see the settings page',
  (_, k) => String(1767225600 + k),
];

const MARKUP_LABELS = ['API key', 'Token', 'Password', 'Secret key', 'Access token', 'OpenAI API key', 'client secret'];
const MARKUP: [string, Layout][] = [
  ['bbcode-b-code', (l, v) => `[b]${l}:[/b] [code]${v}[/code]`],
  ['bbcode-quote', (l, v) => `[quote]${l}: ${v}[/quote]`],
  ['bbcode-i-b', (l, v) => `[i]${l}[/i] = [b]${v}[/b]`],
  ['bbcode-color', (l, v) => `Here it is. [color=red]${l}:[/color] [font=monospace]${v}[/font]`],
  ['md-link-value', (l, v) => `${l}: [${v}](https://platform.example.com/keys)`],
  ['md-image', (l, v) => `![${l.toLowerCase()}](https://img.example.com/badge?${v})`],
  ['md-bold-code', (l, v) => `**${l.toLowerCase()}**: \`${v}\``],
  ['md-italic-code', (l, v) => `- _${l}_ → \`${v}\``],
  ['md-bold-bold', (l, v) => `**${l}:** **${v}**`],
  ['md-table-code', (l, v) => `| ${l} | \`${v}\` |`],
  ['md-strike', (l, v) => `${l}: ~~${v}~~ (revoked)`],
  ['html-b-code', (l, v) => `<b>${l.toLowerCase()}</b>: <code>${v}</code>`],
  ['html-strong-kbd', (l, v) => `<p><strong>${l}</strong> <kbd>${v}</kbd></p>`],
  ['html-dt-dd', (l, v) => `<dl><dt>${l}</dt><dd><code>${v}</code></dd></dl>`],
  ['html-span', (l, v) => `<span class="label">${l}:</span> <span class="mono">${v}</span>`],
  ['html-td', (l, v) => `<tr><td>${l}</td><td><tt>${v}</tt></td></tr>`],
  ['rst-literal', (l, v) => `:${l}: \`\`${v}\`\``],
  ['rst-inline', (l, v) => `*${l}*: \`\`${v}\`\``],
  ['adoc-literal', (l, v) => `*${l}*:: \`+${v}+\``],
  ['adoc-mono', (l, v) => `${l}:: \`${v}\``],
  ['json-md', (l, v) => JSON.stringify({ role: 'assistant', content: `Sure!\n\n**${l}**: \`${v}\`\n` })],
];

const CODE_NAMES = [
  'apiKey',
  'api_key',
  'secret',
  'password',
  'authToken',
  'SECRET_KEY',
  'clientSecret',
  'signing_secret',
];
const BYTES: [string, Layout][] = [
  ['go-bytes', (n, v) => `${n} := []byte("${v}")`],
  ['go-var-bytes', (n, v) => `var ${n} = []byte("${v}")`],
  ['go-field-bytes', (n, v) => `cfg := Config{${n}: []byte("${v}")}`],
  ['py-bytes', (n, v) => `${n} = b"${v}"`],
  ['py-bytes-sq', (n, v) => `${n} = b'${v}'`],
  ['py-raw', (n, v) => `${n} = r"${v}"`],
  ['py-rb', (n, v) => `${n} = rb'${v}'`],
  ['py-kwarg', (n, v) => `client = Client(${n}=b"${v}")`],
  ['node-buffer', (n, v) => `const ${n} = Buffer.from("${v}");`],
  ['node-buffer-enc', (n, v) => `const ${n} = Buffer.from('${v}', 'utf8');`],
  ['node-encoder', (n, v) => `const ${n} = new TextEncoder().encode("${v}");`],
  ['rust-as-bytes', (n, v) => `let ${n} = "${v}".as_bytes();`],
  ['rust-string-from', (n, v) => `let ${n} = String::from("${v}");`],
  ['rust-to-string', (n, v) => `let ${n}: String = "${v}".to_string();`],
  ['rust-byte-str', (n, v) => `const ${n.toUpperCase()}: &[u8] = b"${v}";`],
  ['objc-at', (n, v) => `NSString *${n} = @"${v}";`],
  ['cs-verbatim', (n, v) => `var ${n} = @"${v}";`],
  ['cpp-u8', (n, v) => `auto ${n} = u8"${v}";`],
  ['cpp-raw', (n, v) => `const char* ${n} = R"(${v})";`],
  ['java-getbytes', (n, v) => `byte[] ${n} = "${v}".getBytes(StandardCharsets.UTF_8);`],
  ['kotlin-tobytearray', (n, v) => `val ${n} = "${v}".toByteArray()`],
  ['ruby-b', (n, v) => `${n} = "${v}".b`],
];

const YAML_NAMES = ['api_key', 'password', 'token', 'secret', 'client_secret', 'apiKey', 'auth_token', 'db_password'];
const YAML: [string, Layout][] = [
  ['str', (n, v) => `${n}: !!str ${v}\n`],
  ['str-dq', (n, v) => `${n}: !!str "${v}"\n`],
  ['str-sq', (n, v) => `config:\n  ${n}: !!str '${v}'\n`],
  ['secret-tag', (n, v) => `${n}: !secret ${v}\n`],
  ['vault-tag', (n, v) => `${n}: !vault ${v}\n`],
  ['binary', (n, v) => `${n}: !!binary ${v}\n`],
  ['binary-block', (n, v) => `${n}: !!binary |\n  ${v}\n`],
  ['ref-sub', (n, v) => `Properties:\n  ${n}: !Sub '${v}'\n`],
  ['anchor', (n, v) => `${n}: &${n.replace(/_/g, '')} ${v}\n`],
  ['anchor-tag', (n, v) => `${n}: &creds !!str ${v}\n`],
  ['tag-anchor-dq', (n, v) => `  ${n}: !!str &k "${v}"\n`],
  ['list-tag', (n, v) => `- ${n}: !!str ${v}\n`],
  ['verbatim-tag', (n, v) => `${n}: !<tag:yaml.org,2002:str> ${v}\n`],
  ['custom-tag', (n, v) => `${n}: !Encrypted ${v}\n`],
];

const REDIS: [string, Layout][] = [
  ['monitor-auth', (_, v) => `1712345678.123456 [0 127.0.0.1:6379] "AUTH" "${v}"`],
  ['monitor-auth-user', (_, v) => `1712345678.223456 [0 10.0.0.5:51234] "AUTH" "default" "${v}"`],
  ['monitor-hello', (_, v) => `1712345678.323456 [0 127.0.0.1:6379] "HELLO" "3" "AUTH" "app" "${v}"`],
  ['monitor-config-set', (_, v) => `1712345679.000001 [0 127.0.0.1:51234] "CONFIG" "SET" "requirepass" "${v}"`],
  ['monitor-config-masterauth', (_, v) => `1712345679.000002 [0 lua] "config" "set" "masterauth" "${v}"`],
  ['monitor-set', (n, v) => `1712345680.5 [1 172.17.0.1:40000] "SET" "${n}" "${v}"`],
  ['monitor-hset', (n, v) => `1712345680.6 [0 127.0.0.1:6379] "HSET" "user:42:creds" "${n}" "${v}"`],
  ['monitor-setex', (n, v) => `1712345680.7 [0 127.0.0.1:6379] "SETEX" "cfg:${n}" "3600" "${v}"`],
  ['cli-a', (_, v) => `redis-cli -h cache.internal -p 6380 -a ${v} ping`],
  ['cli-a-quoted', (_, v) => `$ redis-cli -a '${v}' --no-auth-warning info`],
  ['cli-pass', (_, v) => `redis-cli --pass ${v} -n 2 keys '*'`],
  ['cli-user-pass', (_, v) => `redis-cli --user admin --pass "${v}" get foo`],
  ['history-auth', (_, v) => `127.0.0.1:6379> AUTH ${v}\nOK`],
  ['history-auth-user', (_, v) => `127.0.0.1:6379> AUTH default ${v}\nOK`],
  ['history-config', (_, v) => `AUTH admin ${v}\nCONFIG SET requirepass ${v}`],
  ['cli-set', (n, v) => `127.0.0.1:6379> SET ${n} ${v}\nOK`],
];
const REDIS_KEYS = ['api_key', 'openai:api_key', 'session:token', 'secret', 'password'];

const ESCAPED: [string, Layout][] = [
  ['octal-export', (n, v) => `: 1712345678:0;export\\040${n}=${v}`],
  ['octal-curl', (_, v) => `curl\\040-H\\040"Authorization:\\040Bearer\\040${v}"\\040https://api.example.com`],
  ['octal-curl-key', (_, v) => `curl\\040-H\\040'x-api-key:\\040${v}'\\040https://api.example.com/v1`],
  ['octal-flag', (n, v) => `mytool\\040--${n.toLowerCase().replace(/_/g, '-')}\\040${v}`],
  ['octal-quote', (n, v) => `export\\040${n}=\\042${v}\\042`],
  ['hex-export', (n, v) => `export\\x20${n}=${v}`],
  ['hex-curl', (_, v) => `curl\\x20-H\\x20\\x22Authorization:\\x20Bearer\\x20${v}\\x22`],
  ['u-export', (n, v) => `"cmd": "export\\u0020${n}=${v}"`],
  ['u-curl', (_, v) => `{"cmd":"curl\\u0020-H\\u0020\\u0022Authorization:\\u0020Bearer\\u0020${v}\\u0022"}`],
  ['octal-set', (n, v) => `set\\040-x\\040${n}\\040${v}`],
  ['octal-redis', (_, v) => `redis-cli\\040-a\\040${v}\\040ping`],
  ['octal-mysql', (_, v) => `mysql\\040-u\\040root\\040--password=${v}`],
];
const ENV_NAMES = ['API_KEY', 'OPENAI_API_KEY', 'SECRET_KEY', 'DB_PASSWORD', 'AUTH_TOKEN', 'GITHUB_TOKEN'];

const q = JSON.stringify;
const KEYED: [string, Layout][] = [
  ['har-bare-key', (_, v) => `{"request":{"headers":[{"name":"accept","value":"*/*"}]},"key": ${q(v)}}`],
  ['bare-key-pretty', (_, v) => `{\n  "id": 3,\n  "key": ${q(v)},\n  "enabled": true\n}`],
  [
    'postman-auth-key',
    (_, v) =>
      `{"auth":{"type":"apikey","apikey":[{"key":"value","value":${q(v)},"type":"string"},{"key":"key","value":"x-api-key","type":"string"}]}}`,
  ],
  [
    'postman-auth-bearer',
    (_, v) => `{"auth":{"type":"bearer","bearer":[{"key":"token","value":${q(v)},"type":"string"}]}}`,
  ],
  [
    'postman-auth-key-value',
    (_, v) => `"apikey": [\n  {\n    "key": "key",\n    "value": ${q(v)},\n    "type": "string"\n  }\n]`,
  ],
  [
    'postman-query',
    (_, v) => `{"url":{"raw":"https://x/api","query":[{"key":"key","value":${q(v)}},{"key":"q","value":"ai"}]}}`,
  ],
  ['har-query-key', (_, v) => `{"queryString":[{"name":"key","value":${q(v)}},{"name":"page","value":"2"}]}`],
  ['har-query-key-pretty', (_, v) => `"queryString": [\n  {\n    "name": "key",\n    "value": ${q(v)}\n  }\n]`],
  ['postman-var', (_, v) => `{"variable":[{"key":"key","value":${q(v)},"type":"string"}]}`],
  ['har-postdata', (_, v) => `{"postData":{"params":[{"name":"key","value":${q(v)}}]}}`],
];

export const CATEGORIES: Category[] = [
  {
    name: 'markup',
    labels: MARKUP_LABELS,
    layouts: MARKUP,
    bad: '`*_~[]<>|()#&?',
    twinLabels: ['Model', 'Version', 'Docs', 'Request id', 'Commit', 'Note', 'Example', 'Key', 'Token count'],
    twinValues: BENIGN,
  },
  {
    name: 'bytes',
    labels: CODE_NAMES,
    layouts: BYTES,
    bad: '"\'()\\',
    twinLabels: ['greeting', 'body', 'msg', 'payload', 'name', 'path', 'keyName', 'secretName'],
    twinValues: BENIGN,
  },
  {
    name: 'yaml',
    labels: YAML_NAMES,
    layouts: YAML,
    bad: '"\'#',
    twinLabels: ['name', 'model', 'version', 'image', 'region', 'commit', 'id', 'description'],
    twinValues: BENIGN,
  },
  {
    name: 'redis',
    labels: REDIS_KEYS,
    layouts: REDIS,
    bad: '"\'$*',
    twinLabels: [],
    twinValues: BENIGN,
  },
  {
    name: 'escaped',
    labels: ENV_NAMES,
    layouts: ESCAPED,
    bad: '"\'\\$',
    twinLabels: ['PATH', 'HOME', 'MODEL', 'LOG_LEVEL', 'PORT', 'VERSION'],
    twinValues: BENIGN,
  },
  { name: 'keyed', labels: ['key'], layouts: KEYED, bad: '', twinLabels: [], twinValues: BENIGN },
];

/** Every layout of a category with each label and each value shape (the values drawn from `seed`). */
export function plants(seed: number, only?: string): Plant[] {
  const r = gen(seed);
  const out: Plant[] = [];
  for (const c of CATEGORIES) {
    if (only && c.name !== only) continue;
    for (const [layout, place] of c.layouts)
      for (const label of c.labels)
        for (const [shape, make] of SHAPES) {
          let secret = make(r);
          while (!passable(secret, c.bad ?? '')) secret = make(r);
          out.push({ name: `${c.name}/${layout}/${label}/${shape}`, text: place(label, secret, r), secret });
        }
  }
  return out;
}

/** Leaked: the secret, or a piece of 12 of its characters, in the output. */
export function leaks(out: string, p: Plant): boolean {
  const s = p.secret;
  const w = Math.min(12, s.length);
  for (let i = 0; i + w <= s.length; i += 4) if (out.includes(s.slice(i, i + w))) return true;
  return out.includes(s.slice(-w));
}

const REDIS_TWINS: ((r: Gen, k: number) => string)[] = [
  (r) => `1712345680.5 [1 172.17.0.1:40000] "SET" "page:views:${r('0123456789', 3)}" "${r('0123456789', 5)}"`,
  (r) => `1712345680.6 [0 127.0.0.1:6379] "GET" "session:${r('hex', 32)}"`,
  (r) => `1712345680.7 [0 127.0.0.1:6379] "HSET" "user:42" "name" "Alice ${r('ABCDEFG', 1)}."`,
  (r) => `1712345680.8 [0 127.0.0.1:6379] "SET" "cache:etag" "${r('hex', 40)}"`,
  () => `1712345680.9 [0 127.0.0.1:6379] "SELECT" "2"`,
  () => `1712345681.0 [0 127.0.0.1:6379] "PING"`,
  (r) => `1712345681.1 [0 lua] "EXPIRE" "job:${r('0123456789', 6)}" "3600"`,
  () => `1712345681.2 [0 127.0.0.1:6379] "CONFIG" "SET" "maxmemory" "256mb"`,
  () => `1712345681.3 [0 127.0.0.1:6379] "CONFIG" "GET" "requirepass"`,
  (r) => `redis-cli -h cache.internal -p 6380 -n ${r('0123', 1)} keys 'user:*'`,
  () => `127.0.0.1:6379> SET greeting "hello world"\nOK`,
  (r) => `127.0.0.1:6379> GET model:${r('0123456789', 4)}\n"gpt-4o-mini"`,
  (r) =>
    `1712345681.4 [0 127.0.0.1:6379] "XADD" "events" "*" "id" "${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}"`,
];

const KEYED_TWINS: ((r: Gen, k: number) => string)[] = [
  () => `{"type":"keydown","key": "ArrowUp","code":"ArrowUp"}`,
  (r) => `<li key={item.id}>{item.label}</li>\n<Row key="row-${r('0123456789', 3)}" />`,
  () => `{"key": "settings.title", "value": "Settings"}`,
  (r) => `{"key": "cache:user:${r('0123456789', 5)}", "ttl": 60}`,
  () => `{"key": "user_id", "value": "42"}`,
  () => `{"key":"Content-Type","value":"application/json","type":"text"}`,
  () => `{"queryString":[{"name":"page","value":"2"},{"name":"key","value":"user_id"}]}`,
  (r) => `{"key": "${r('0123456789', 8)}"}`,
  () =>
    `{"auth":{"type":"apikey","apikey":[{"key":"key","value":"x-api-key","type":"string"},{"key":"in","value":"header","type":"string"}]}}`,
  () => `{"variable":[{"key":"baseUrl","value":"https://api.example.com","type":"string"}]}`,
  () => `{"key": "{{apiKey}}"}`,
  () => `{"auth":{"type":"bearer","bearer":[{"key":"token","value":"{{token}}","type":"string"}]}}`,
  (r) => `{"key": "messages.errors.${r('abcdefgh', 6)}"}`,
  () => `"key": "Escape"`,
];

const ESCAPED_TWINS: ((r: Gen, k: number) => string)[] = [
  () => `curl\\040-H\\040"Accept:\\040application/json"\\040https://api.example.com`,
  (r) => `git\\040commit\\040-m\\040"fix ${r('abcdefgh', 5)}"`,
  (r) => `: 1712345678:0;cd\\040/home/user/${r('abcdefgh', 6)}`,
  (r) => `git\\040checkout\\040${r('hex', 40)}`,
  () => `"cmd": "echo\\u0020hello\\u0020world"`,
  () => `mount\\040-o\\040ro\\040/dev/sda1\\040/mnt/My\\040Disk`,
  (r) => `export\\040SESSION_ID=${r('hex', 32)}`,
];

const YAML_TWINS: ((r: Gen, k: number) => string)[] = [
  () => `password: !secret wifi_password\n`,
  () => `api_key: !secret openai_api_key\n`,
  () => `token: !env_var GITHUB_TOKEN\n`,
  () => `ApiKey: !Ref ApiKeyParameter\n`,
  () => `Password: !GetAtt Secret.Value\n`,
  () => `secret: !Sub '{{resolve:secretsmanager:prod/db:SecretString:password}}'\n`,
  (r) => `version: !!str ${r('0123456789', 1)}.${r('0123456789', 2)}\n`,
  (r) => `checksum: !!binary ${r('b64', 40)}==\n`,
  () => `base: &defaults\n  adapter: postgres\n`,
];

const BYTES_TWINS: ((r: Gen, k: number) => string)[] = [
  () => `msg := []byte("hello world")`,
  () => `key := []byte(os.Getenv("API_KEY"))`,
  () => `secret = b"\\x00\\x01"`,
  () => `const token = Buffer.from(process.env.TOKEN ?? "", "utf8");`,
  (r) => `let key = String::from("user:${r('0123456789', 4)}");`,
  () => `NSString *apiKey = @"YOUR_API_KEY";`,
  () => `pattern = r"^[A-Za-z0-9]{32}$"`,
  () => `password = b"changeme"`,
];

const MARKUP_TWINS: ((r: Gen, k: number) => string)[] = [
  () => `**API key**: see [the dashboard](https://platform.example.com/api-keys)`,
  (r) => `[rotate token](https://github.com/acme/app/commit/${r('hex', 40)})`,
  () => `<b>Token</b>: <code>process.env.GITHUB_TOKEN</code>`,
  () => `[b]Password:[/b] [code]<your password>[/code]`,
  () => `**password**: \`********\``,
  (r) => `| Key | \`${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}\` |`,
  () => `- _API key_ → \`OPENAI_API_KEY\``,
  (r) => `<kbd>Ctrl</kbd>+<kbd>K</kbd> opens the key palette (${r('0123456789', 3)})`,
];

/**
 * Layouts whose value is a secret by the layout alone (a header, a password flag, a `!secret` tag): no twins. Open on
 * the base already, not this round's: `~~process.env.X~~` read whole as a value, a uuid under `<dd>` labelled.
 */
const SECRET_BY_LAYOUT = /curl|redis|mysql|secret-tag|vault-tag|custom-tag|md-strike|html-dt-dd/;

const OWN_TWINS: Record<string, ((r: Gen, k: number) => string)[]> = {
  markup: MARKUP_TWINS,
  bytes: BYTES_TWINS,
  yaml: YAML_TWINS,
  redis: REDIS_TWINS,
  escaped: ESCAPED_TWINS,
  keyed: KEYED_TWINS,
};

function layoutTwins(c: Category, r: Gen, per: number): string[] {
  const out: string[] = [];
  for (const [, place] of c.layouts.filter(([n]) => !SECRET_BY_LAYOUT.test(n)))
    for (let k = 0; k < per; k++) {
      const value = c.twinValues[k % c.twinValues.length]!(r, k);
      out.push(place(c.twinLabels[k % c.twinLabels.length]!, value, r));
    }
  return out;
}

/** The twins of a category: its layouts with non-secret labels and values, and the category's own ordinary lines. */
export function twins(seed: number, only?: string): string[] {
  const r = gen(seed);
  const out: string[] = [];
  for (const c of CATEGORIES) {
    if (only && c.name !== only) continue;
    if (c.twinLabels.length) out.push(...layoutTwins(c, r, 20));
    const own = OWN_TWINS[c.name] ?? [];
    for (let k = 0; k < 10; k++) for (const t of own) out.push(t(r, k));
  }
  return out;
}
