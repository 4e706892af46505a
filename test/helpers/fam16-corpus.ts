/**
 * Key-value forms and families the redactor missed (fam16): JSON values holding an escaped quote, Lisp, Clojure and
 * Emacs settings, YAML/INI/TOML values followed by a comment, a label on the line before a bare value, app passwords
 * in a mail context, LaunchDarkly SDK and mobile keys, `x-api-key` headers in every HTTP client, and key assignments
 * in Lua, Perl, PHP, Ruby, R, Julia, Kotlin, Swift and Dart. Each form is planted with generated values (a seeded
 * PRNG, no token-shaped literal committed) under many names; the twin holds the same forms with references,
 * placeholders, counters and words, which must come out byte for byte.
 */
import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { basename, join } from 'node:path';
import { rng } from './fake-secrets.js';

export interface Plant {
  cat: string;
  rel: string;
  text: string;
  /** The value as written in the text (escaped as planted): no 10-character window of it may survive. */
  value: string;
}
export interface Benign {
  cat: string;
  rel: string;
  text: string;
}

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const ALNUM = LOWER + LOWER.toUpperCase() + '0123456789';
const HEX = '0123456789abcdef';
const SYMBOLS = '!@$%^&*-_+=?.';

/** A generator of the values planted: provider-less keys (random base62, hex, base64) and passwords with symbols. */
function values(rand: () => number): {
  s: (chars: string, n: number) => string;
  key: () => string;
  pick: <T>(a: readonly T[]) => T;
  password: () => string;
  uuid: () => string;
} {
  const s = (chars: string, n: number): string => {
    for (;;) {
      let out = '';
      for (let i = 0; i < n; i++) out += chars[Math.floor(rand() * chars.length)];
      if (chars !== HEX || /[a-f]/.test(out)) if (!/\d/.test(chars) || /\d/.test(out)) return out;
    }
  };
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)]!;
  const key = (): string => {
    const k = rand();
    if (k < 0.4) return s(ALNUM, pick([32, 40, 48]));
    if (k < 0.6) return s(HEX, 32);
    if (k < 0.8) return s(ALNUM, 24) + pick(['', '-', '_']) + s(ALNUM, 12);
    return Buffer.from(s(ALNUM, 30)).toString('base64').replace(/=+$/, '');
  };
  const password = (): string => s(ALNUM, 6) + pick([...SYMBOLS]) + s(ALNUM, 5) + pick([...SYMBOLS]) + s(ALNUM, 3);
  const uuid = (): string => {
    const h = s(HEX, 32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
  };
  return { s, key, pick, password, uuid };
}

type Form = [cat: string, rel: string, (name: string, v: string) => string];

/** Names a value is planted under, in each spelling (snake, kebab, camel, upper). */
const SNAKE = ['api_key', 'openai_api_key', 'mistral_api_key', 'secret_key', 'auth_token', 'access_token', 'password'];
const kebab = (n: string): string => n.replace(/_/g, '-');
const camel = (n: string): string => n.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
const upper = (n: string): string => n.toUpperCase();

const JSON_ESC: Form[] = [
  ['json-escaped-quote', 'config.json', (n, v) => `{\n  "model": "gpt-4o",\n  "${n}": "${v}"\n}\n`],
  ['json-escaped-quote', 'tool.jsonl', (n, v) => `{"type":"tool_call","args":{"${camel(n)}":"${v}","retries":3}}\n`],
  ['json-escaped-quote', 'trace.log', (n, v) => `[tool] input: {"${upper(n)}": "${v}", "dry_run": false}\n`],
  ['json-escaped-quote', 'notes.md', (n, v) => `Config:\n\n\`\`\`json\n{ "${n}": "${v}" }\n\`\`\`\n`],
];
const LISP: Form[] = [
  ['lisp', 'init.el', (n, v) => `(setq ${kebab(n).replace(/^api-key$/, 'openai-key')} "${v}")\n`],
  [
    'lisp',
    'init.el',
    (n, v) => `(setq gptel-api-key "${v}"\n      gptel-model 'gpt-4o)\n`.replace('gptel-api-key', kebab(n)),
  ],
  ['lisp', 'config.el', (n, v) => `(defvar my/${kebab(n)} "${v}" "Key for the service.")\n`],
  ['lisp', 'config.el', (n, v) => `(defconst ${kebab(n)} "${v}")\n`],
  ['lisp', 'init.el', (n, v) => `(setenv "${upper(n)}" "${v}")\n`],
  ['lisp', 'init.el', (_, v) => `(gptel-make-anthropic "Claude" :stream t :key "${v}")\n`],
  ['clojure', 'core.clj', (n, v) => `(def ${kebab(n)} "${v}")\n`],
  ['clojure', 'config.edn', (n, v) => `{:${kebab(n)} "${v}"\n :model "gpt-4o"}\n`],
  ['clojure', 'core.clj', (n, v) => `(client/post url {:headers {"x-api-key" "${v}"} :${kebab(n)}-retries 3})\n`],
  ['clojure', 'deps.edn', (n, v) => `{:openai {:${kebab(n)} "${v}" :org "acme"}}\n`],
  ['lisp', 'app.lisp', (n, v) => `(defparameter *${kebab(n)}* "${v}")\n`],
  ['lisp', 'app.scm', (n, v) => `(define ${kebab(n)} "${v}")\n`],
];
const COMMENTED: Form[] = [
  ['yaml-comment', 'config.yaml', (n, v) => `backend:\n  type: openai\n  ${n}: ${v} # prod key, rotate monthly\n`],
  ['yaml-comment', 'config.yaml', (n, v) => `backend:\n  ${n}: "${v}"  # from the dashboard\n  model: gpt-4o\n`],
  ['yaml-comment', 'config.yml', (n, v) => `${n}: ${v};\nmodel: gpt-4o\n`],
  ['yaml-comment', 'config.yml', (n, v) => `agents:\n  - id: a\n    ${n}: ${v}; # old\n`],
  ['ini-comment', 'settings.ini', (n, v) => `[openai]\n${n} = ${v} ; rotated 2026-11\ntimeout = 30\n`],
  ['ini-comment', 'settings.ini', (n, v) => `[default]\n${n}=${v} # personal\n`],
  ['toml-comment', 'config.toml', (n, v) => `[provider]\n${n} = "${v}" # prod\nmodel = "gpt-4o"\n`],
  ['toml-comment', 'pyproject.toml', (n, v) => `[tool.agent]\n${n} = '${v}'  # TODO move to env\n`],
  ['dotenv-comment', '.env.txt', (n, v) => `${upper(n)}=${v} # added by setup\n`],
  ['properties-comment', 'app.properties', (n, v) => `${n.replace(/_/g, '.')}=${v} ! prod\n`],
];
const LABELS = [
  '# OpenAI key:',
  'OpenAI key',
  '-- old key (revoked?):',
  'Mistral API key:',
  '// anthropic token',
  '## Groq API key',
  '; deepseek secret',
  'My Cohere key (prod):',
  'password for the staging db:',
  '# token (expires 2026-12-31)',
  'REM api key',
  'Together key — do not share',
];
const LANG: Form[] = [
  ['lua', 'init.lua', (n, v) => `local ${n} = "${v}"\n`],
  ['lua', 'config.lua', (n, v) => `config.${n} = '${v}'\n`],
  ['lua', 'plugin.lua', (n, v) => `require("chatgpt").setup({ ${n} = "${v}" })\n`],
  ['perl', 'run.pl', (n, v) => `my $${n} = '${v}';\n`],
  ['perl', 'run.pl', (n, v) => `our $${upper(n)} = "${v}";\n`],
  ['perl', 'run.pl', (n, v) => `$ENV{${upper(n)}} = '${v}';\n`],
  ['perl', 'Client.pm', (n, v) => `my %cfg = (${n} => '${v}', model => 'gpt-4o');\n`],
  ['php', 'config.php', (n, v) => `<?php\n$${camel(n)} = '${v}';\n`],
  ['php', 'config.php', (n, v) => `<?php\nreturn ['${n}' => '${v}', 'model' => 'gpt-4o'];\n`],
  ['php', 'config.php', (n, v) => `<?php\nconst ${upper(n)} = "${v}";\n`],
  ['ruby', 'client.rb', (n, v) => `${upper(n)} = '${v}'\n`],
  ['ruby', 'client.rb', (n, v) => `config.${n} = "${v}"\n`],
  ['ruby', 'client.rb', (n, v) => `client = OpenAI::Client.new(${n}: "${v}")\n`],
  ['ruby', 'client.rb', (n, v) => `opts = { :${n} => '${v}' }\n`],
  ['r', 'analysis.R', (n, v) => `${n} <- "${v}"\n`],
  ['r', 'analysis.R', (n, v) => `Sys.setenv(${upper(n)} = "${v}")\n`],
  ['r', 'analysis.R', (n, v) => `${n} = '${v}'\n`],
  ['julia', 'main.jl', (n, v) => `const ${upper(n)} = "${v}"\n`],
  ['julia', 'main.jl', (n, v) => `${n} = "${v}"\n`],
  ['julia', 'main.jl', (n, v) => `ENV["${upper(n)}"] = "${v}"\n`],
  ['kotlin', 'Main.kt', (n, v) => `val ${camel(n)} = "${v}"\n`],
  ['kotlin', 'Config.kt', (n, v) => `    private const val ${upper(n)} = "${v}"\n`],
  ['kotlin', 'Config.kt', (n, v) => `val ${camel(n)}: String = "${v}"\n`],
  ['kotlin', 'build.gradle.kts', (n, v) => `buildConfigField("String", "${upper(n)}", "\\"${v}\\"")\n`],
  ['swift', 'Config.swift', (n, v) => `let ${camel(n)} = "${v}"\n`],
  ['swift', 'Config.swift', (n, v) => `    static let ${camel(n)}: String = "${v}"\n`],
  ['swift', 'Client.swift', (n, v) => `var ${camel(n)} = "${v}"\n`],
  ['dart', 'config.dart', (n, v) => `final ${camel(n)} = '${v}';\n`],
  ['dart', 'config.dart', (n, v) => `const String ${camel(n)} = '${v}';\n`],
  ['dart', 'config.dart', (n, v) => `  static const ${camel(n)} = "${v}";\n`],
];
/** `x-api-key` style headers as each HTTP client writes them; `h` is the header name. */
const HEADER_NAMES = ['x-api-key', 'X-API-Key', 'X-Api-Key', 'x-goog-api-key', 'api-key', 'X-Auth-Token', 'apikey'];
const HEADERS: [string, string, (h: string, v: string) => string][] = [
  ['header-python', 'call.py', (h, v) => `r = requests.get(url, headers={"${h}": "${v}"})\n`],
  [
    'header-python',
    'call.py',
    (h, v) => `headers = {\n    "${h}": "${v}",\n    "content-type": "application/json",\n}\n`,
  ],
  ['header-python', 'call.py', (h, v) => `client = httpx.Client(headers={'${h}': '${v}'})\n`],
  ['header-python', 'call.py', (h, v) => `session.headers.update({"${h}": "${v}"})\n`],
  ['header-python', 'call.py', (h, v) => `session.headers["${h}"] = "${v}"\n`],
  ['header-js', 'call.js', (h, v) => `const res = await fetch(url, { headers: { '${h}': '${v}' } });\n`],
  ['header-js', 'call.ts', (h, v) => `await axios.get(url, { headers: { "${h}": "${v}" } });\n`],
  ['header-js', 'call.js', (h, v) => `axios.defaults.headers.common['${h}'] = '${v}';\n`],
  ['header-js', 'call.js', (h, v) => `headers.set("${h}", "${v}");\n`],
  ['header-js', 'call.ts', (h, v) => `const headers = {\n  "${h}": \`${v}\`,\n};\n`],
  ['header-go', 'main.go', (h, v) => `req.Header.Set("${h}", "${v}")\n`],
  ['header-go', 'main.go', (h, v) => `\treq.Header.Add("${h}", "${v}")\n`],
  ['header-rust', 'main.rs', (h, v) => `let res = client.get(url).header("${h}", "${v}").send().await?;\n`],
  ['header-rust', 'main.rs', (h, v) => `headers.insert("${h}", HeaderValue::from_static("${v}"));\n`],
  ['header-curl', 'run.sh', (h, v) => `curl -s -H "${h}: ${v}" https://api.example.com/v1/run\n`],
  ['header-curl', 'run.sh', (h, v) => `curl --header '${h}:${v}' https://api.example.com/v1/run\n`],
  ['header-httpie', 'run.sh', (h, v) => `http GET https://api.example.com/v1/run ${h}:${v}\n`],
  ['header-httpie', 'run.sh', (h, v) => `https POST api.example.com/v1/run '${h}:${v}' q=hello\n`],
  ['header-java', 'Call.java', (h, v) => `conn.setRequestProperty("${h}", "${v}");\n`],
  ['header-csharp', 'Call.cs', (h, v) => `client.DefaultRequestHeaders.Add("${h}", "${v}");\n`],
  ['header-php', 'call.php', (h, v) => `curl_setopt($ch, CURLOPT_HTTPHEADER, ['${h}: ${v}']);\n`],
  ['header-ruby', 'call.rb', (h, v) => `req["${h}"] = "${v}"\n`],
  ['header-raw', 'request.http', (h, v) => `GET /v1/run HTTP/1.1\nHost: api.example.com\n${h}: ${v}\n`],
];

export function fam16Plants(seed = 16016): Plant[] {
  const rand = rng(seed);
  const { s, key, pick, password, uuid } = values(rand);
  const out: Plant[] = [];
  const names = (): string => pick(SNAKE);
  // JSON values holding an escaped quote (a password with a `"` in it), and a backslash.
  for (const [cat, rel, f] of JSON_ESC)
    for (let i = 0; i < 30; i++) {
      const v = `${s(ALNUM, 4 + (i % 5))}\\"${s(ALNUM, 6)}${pick(['', '\\\\', '!', '#'])}${s(ALNUM, 5)}`;
      out.push({
        cat,
        rel,
        text: f(pick(['password', 'db_password', 'secret', 'api_key', 'client_secret']), v),
        value: v,
      });
    }
  for (const [cat, rel, f] of [...LISP, ...COMMENTED, ...LANG])
    for (let i = 0; i < 16; i++) {
      const v = i % 4 === 3 && cat !== 'lisp' ? password() : key();
      out.push({ cat, rel, text: f(names(), v), value: v });
    }
  for (const [cat, rel, f] of HEADERS)
    for (let i = 0; i < 12; i++) {
      const v = key();
      out.push({ cat, rel, text: f(pick(HEADER_NAMES), v), value: v });
    }
  // A label on the line before the value, the value alone on its line.
  for (const label of LABELS)
    for (let i = 0; i < 12; i++) {
      const v = label.startsWith('password') ? password() : key();
      const rel = pick(['notes.md', 'keys.txt', 'answer.md', 'schema.sql']);
      const text = pick([`${label}\n${v}\n`, `${label}\n    ${v}\n\n`, `Notes\n\n${label}\n${v}\nthe rest is docs\n`]);
      out.push({ cat: 'label-above', rel, text, value: v });
    }
  out.push(...appPasswords(s, pick), ...launchDarkly(pick, uuid));
  return out;
}

/** Google app passwords (16 lowercase letters, 4 groups) and Apple's app-specific ones, in a mail context. */
function appPasswords(s: (chars: string, n: number) => string, pick: <T>(a: readonly T[]) => T): Plant[] {
  const out: Plant[] = [];
  const forms: [string, (v: string) => string][] = [
    ['mail.txt', (v) => `Gmail app password: ${v}\n`],
    ['notes.md', (v) => `SMTP password for the bot is ${v}\n`],
    ['mail.py', (v) => `imap.login("bot@gmail.com", "${v}")\n`],
    ['mail.py', (v) => `server = smtplib.SMTP_SSL("smtp.gmail.com", 465)\nserver.login(USER, "${v}")\n`],
    ['.muttrc', (v) => `set imap_pass = "${v}"\n`],
    ['.msmtprc', (v) => `account gmail\nhost smtp.gmail.com\npassword ${v}\n`],
    ['config.yaml', (v) => `smtp:\n  host: smtp.gmail.com\n  pass: ${v}\n`],
    ['notes.md', (v) => `iCloud app-specific password (IMAP): ${v}\n`],
    ['.env.txt', (v) => `MAIL_PASSWORD="${v}"\n`],
    ['answer.md', (v) => `Use the app password \`${v}\` for IMAP.\n`],
  ];
  for (const [rel, f] of forms)
    for (let i = 0; i < 10; i++) {
      const g = [0, 1, 2, 3].map(() => s(LOWER, 4));
      const v = pick([g.join(' '), g.join('-'), g.join('')]);
      out.push({ cat: 'app-password', rel, text: f(v), value: v });
    }
  return out;
}

/** LaunchDarkly server-side SDK keys (`sdk-` + UUID) and mobile keys (`mob-` + UUID). */
function launchDarkly(pick: <T>(a: readonly T[]) => T, uuid: () => string): Plant[] {
  const out: Plant[] = [];
  const forms: [string, (v: string) => string][] = [
    ['.env.txt', (v) => `LD_SDK_KEY=${v}\n`],
    ['config.yaml', (v) => `launchdarkly:\n  sdk_key: ${v}\n`],
    ['app.py', (v) => `ldclient.set_config(Config("${v}"))\n`],
    ['app.js', (v) => `const client = LaunchDarkly.init('${v}');\n`],
    ['trace.log', (v) => `[tool] stdout: initialised flags with ${v}\n`],
    ['App.swift', (v) => `let config = LDConfig(mobileKey: "${v}", autoEnvAttributes: .enabled)\n`],
    ['answer.md', (v) => `The key is ${v}, paste it into the dashboard.\n`],
  ];
  for (const [rel, f] of forms)
    for (let i = 0; i < 8; i++) {
      const v = `${pick(['sdk', 'mob'])}-${uuid()}`;
      out.push({ cat: 'launchdarkly', rel, text: f(v), value: v });
    }
  return out;
}

/** The twin: the same forms holding references, placeholders, counters and words. */
export function fam16Benign(seed = 61061): Benign[] {
  const rand = rng(seed);
  const { s, pick, uuid } = values(rand);
  const out: Benign[] = [];
  const refs = [
    '${OPENAI_API_KEY}',
    '<your-api-key>',
    'YOUR_API_KEY',
    'your-api-key-here',
    'sk-...',
    'changeme',
    '********',
    'REPLACE_ME',
  ];
  for (const [cat, rel, f] of [...LISP, ...COMMENTED, ...LANG])
    for (const v of refs.slice(0, 4)) out.push({ cat, rel, text: f(pick(SNAKE), v) });
  for (const [cat, rel, f] of HEADERS) for (const v of refs) out.push({ cat, rel, text: f(pick(HEADER_NAMES), v) });
  // Counters, model names, paths and words under names of the same kind.
  const benignNames = ['max_tokens', 'token_count', 'key_file', 'primary_key', 'api_base', 'model', 'secret_name'];
  const benignValues = () => pick(['4096', 'gpt-4o', '/etc/keys/openai.pem', 'id', 'https://api.example.com', 'db']);
  for (const [cat, rel, f] of [...COMMENTED, ...LANG])
    out.push({ cat, rel, text: f(pick(benignNames), benignValues()) });
  for (const [cat, rel, f] of JSON_ESC) {
    out.push({ cat, rel, text: f('description', `say \\"hello\\" to ${s(ALNUM, 8)}`) });
    out.push({ cat, rel, text: f('password', 'use \\"changeme\\" as the default') });
    out.push({ cat, rel, text: f('title', `The \\"${pick(['api key', 'token', 'secret'])}\\" field`) });
  }
  // Labels followed by references, hashes, ids and prose.
  for (const label of LABELS)
    for (const next of [
      '${OPENAI_API_KEY}',
      'see the vault',
      `sha256:${s(HEX, 64)}`,
      'export OPENAI_API_KEY=$(pass show openai)',
      'model: gpt-4o',
      '- name: rotate monthly',
      `commit ${s(HEX, 40)}`,
    ])
      out.push({ cat: 'label-above', rel: 'notes.md', text: `${label}\n${next}\n` });
  // Four words, version numbers and ids where app passwords and LaunchDarkly keys go.
  for (const t of [
    'Gmail app password: see the vault\n',
    'SMTP password for the bot is in the keychain\n',
    'IMAP folders: inbox sent spam junk\n',
    'set imap_folder = "work home list misc"\n',
    'the quick brown fox jumps over\n',
    'LD_SDK_VERSION=sdk-8.2.1\n',
    `request: req-${uuid()}\n`,
    `trace id ${uuid()}\n`,
    'launchdarkly:\n  sdk_key: ${LD_SDK_KEY}\n',
    `LD_CLIENT_SIDE_ID=${s(HEX, 24)}\n`,
    'mob-programming session at 10:00\n',
    'sdk-node-server 7.1.0\n',
  ])
    out.push({ cat: 'app-ld', rel: 'notes.md', text: t });
  return out;
}

const REAL_WORDS = /api[_-]?key|x-api-key|passw|secret|token|setq|\bsdk-|\bmob-|app.?password|imap|smtp/i;

/**
 * Real code beside the same names: lines of this project's node_modules and of Python's standard library (when the
 * machine has one) that name keys, passwords, tokens and headers, each redacted alone as its file would be.
 */
export function realCodeLines(max = 1200): Benign[] {
  const out: Benign[] = [];
  const roots = ['node_modules', '/usr/lib/python3.11', '/usr/lib/python3.12', '/usr/lib/python3.10'];
  const exts = /\.(?:js|cjs|mjs|ts|py|md)$/;
  const perRoot = Math.ceil(max / 2);
  for (const root of roots) {
    if (!existsSync(root)) continue;
    const files = walk(root, exts, 4000);
    let taken = 0;
    for (const file of files) {
      if (taken >= perRoot || out.length >= max) break;
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      let perFile = 0;
      for (const line of text.split('\n'))
        if (line.length < 240 && REAL_WORDS.test(line) && perFile < 6) {
          out.push({
            cat: `real:${root.startsWith('/') ? 'python' : 'node_modules'}`,
            rel: basename(file),
            text: `${line}\n`,
          });
          perFile++;
          taken++;
        }
    }
  }
  return out;
}

/** Files under `dir` (sorted, so the corpus is the same on every run) matching `exts`, at most `max`. */
function walk(dir: string, exts: RegExp, max: number): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0 && out.length < max) {
    const d = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? 1 : -1));
    } catch {
      continue;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory() && !/^(?:test|tests|__pycache__|\.bin)$/.test(e.name)) stack.push(p);
      else if (e.isFile() && exts.test(e.name)) out.push(p);
    }
  }
  return out;
}
