/**
 * Round 22, a secret as code's default value or argument (issue 11): a key kept as the fallback of an environment
 * lookup or the default of a parameter, flag or option, across languages (pydantic, argparse, click, typer, absl,
 * Gradle, Android, R, Go, PHP, JavaScript, Python, Ruby, Kotlin, Swift, C#, Spring), and string chunks joined or
 * concatenated into a secret-named variable or an Authorization header. Values: provider keys with a prefix and
 * prefix-less random keys and passwords (the name is what makes them secret). Twins: the same shapes with benign
 * defaults, joins of words, paths and URLs, minified code. Seeded (REDACT_SEED replays a run); a plant leaks when
 * any of its pieces is still in the output.
 */
import { gen, tokenMakers, type Gen } from './glue15-tokens.js';

export interface Plant22 {
  name: string;
  text: string;
  /** The parts of the secret as they stand in the text (one for a whole value). */
  pieces: string[];
}

export const SEED = Number(process.env.REDACT_SEED ?? 2201);

/** A secret's name in the spellings of code: snake, camel, upper (env), kebab (flags). */
interface Name {
  snake: string;
  camel: string;
  upper: string;
  kebab: string;
}
const WORDS = [
  ['api', 'key'],
  ['token'],
  ['secret', 'key'],
  ['password'],
  ['auth', 'token'],
  ['access', 'token'],
  ['client', 'secret'],
  ['db', 'password'],
  ['openai', 'api', 'key'],
  ['stripe', 'secret', 'key'],
  ['github', 'token'],
  ['slack', 'bot', 'token'],
  ['webhook', 'secret'],
  ['app', 'secret'],
  ['anthropic', 'api', 'key'],
  ['private', 'token'],
];
const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
function nameOf(ws: readonly string[]): Name {
  return {
    snake: ws.join('_'),
    camel: ws[0]! + ws.slice(1).map(cap).join(''),
    upper: ws.join('_').toUpperCase(),
    kebab: ws.join('-'),
  };
}

/** One template: a name, a value (one literal), the code around it. */
type Shape = (n: Name, v: string) => string;

export const SHAPES: Record<string, Shape> = {
  'pydantic-field': (n, v) => `class Settings(BaseSettings):\n    ${n.snake}: str = Field(default="${v}")\n`,
  'pydantic-field-pos': (n, v) => `    ${n.snake}: SecretStr = Field("${v}", alias="${n.upper}")\n`,
  'pydantic-secretstr': (n, v) => `    ${n.snake}: SecretStr = SecretStr("${v}")\n`,
  'pydantic-secretstr-kw': (n, v) => `cfg = Config(${n.snake}=SecretStr('${v}'), timeout=30)\n`,
  argparse: (n, v) => `parser.add_argument("--${n.kebab}", default="${v}", help="the ${n.kebab}")\n`,
  'argparse-type': (n, v) => `p.add_argument('--${n.kebab}', type=str, default='${v}')\n`,
  click: (n, v) => `@click.option("--${n.kebab}", default="${v}", show_default=False)\ndef main(${n.snake}):\n`,
  'click-envvar': (n, v) => `@click.option('--${n.kebab}', envvar='${n.upper}', default='${v}')\n`,
  typer: (n, v) => `def main(${n.snake}: str = typer.Option("${v}", envvar="${n.upper}")):\n`,
  'typer-annotated': (n, v) => `def run(${n.snake}: Annotated[str, typer.Option()] = "${v}"):\n`,
  absl: (n, v) => `flags.DEFINE_string("${n.snake}", "${v}", "The ${n.snake.replace(/_/g, ' ')} to use.")\n`,
  'absl-kw': (n, v) => `flags.DEFINE_string(name='${n.snake}', default='${v}', help='key')\n`,
  'gradle-buildconfig': (n, v) => `        buildConfigField "String", "${n.upper}", "\\"${v}\\""\n`,
  'gradle-kts-buildconfig': (n, v) => `        buildConfigField("String", "${n.upper}", "\\"${v}\\"")\n`,
  'android-resvalue': (n, v) => `        resValue "string", "${n.snake}", "${v}"\n`,
  'r-assign': (n, v) => `${n.snake} <- "${v}"\n`,
  'r-setenv': (n, v) => `Sys.setenv(${n.upper} = "${v}")\n`,
  'r-default': (n, v) => `call_api <- function(query, ${n.snake} = "${v}") {\n`,
  'go-cmp-or': (n, v) => `\t${n.camel} := cmp.Or(os.Getenv("${n.upper}"), "${v}")\n`,
  'go-if-empty': (n, v) =>
    `\t${n.camel} := os.Getenv("${n.upper}")\n\tif ${n.camel} == "" {\n\t\t${n.camel} = "${v}"\n\t}\n`,
  'go-flag': (n, v) => `var ${n.camel} = flag.String("${n.kebab}", "${v}", "the ${n.kebab} for the API")\n`,
  'go-flag-var': (n, v) => `\tflag.StringVar(&${n.camel}, "${n.snake}", "${v}", "help")\n`,
  'php-getenv': (n, v) => `$${n.camel} = getenv('${n.upper}') ?: '${v}';\n`,
  'php-env': (n, v) => `$${n.camel} = $_ENV['${n.upper}'] ?? '${v}';\n`,
  'php-define': (n, v) => `define('${n.upper}', '${v}');\n`,
  'php-env-helper': (n, v) => `    '${n.snake}' => env('${n.upper}', '${v}'),\n`,
  'js-or': (n, v) => `const ${n.camel} = process.env.${n.upper} || "${v}";\n`,
  'js-nullish': (n, v) => `const ${n.camel} = process.env.${n.upper} ?? '${v}';\n`,
  'js-destructure': (n, v) => `const { ${n.upper} = "${v}" } = process.env;\n`,
  'js-destructure-ml': (n, v) => `const {\n  PORT = 3000,\n  ${n.upper} = '${v}',\n} = process.env;\n`,
  'js-bracket': (n, v) => `  ${n.camel}: process.env["${n.upper}"] || \`${v}\`,\n`,
  'py-get-or': (n, v) => `${n.snake} = os.environ.get("${n.upper}") or "${v}"\n`,
  'py-getenv-or': (n, v) => `${n.snake} = os.getenv('${n.upper}') or '${v}'\n`,
  'py-get-default': (n, v) => `${n.snake} = os.environ.get("${n.upper}", "${v}")\n`,
  'py-getenv-default': (n, v) => `${n.snake} = os.getenv("${n.upper}", default="${v}")\n`,
  'py-def': (n, v) => `def connect(host: str, ${n.snake}: str = "${v}") -> Client:\n`,
  'ruby-fetch-block': (n, v) => `${n.snake} = ENV.fetch("${n.upper}") { "${v}" }\n`,
  'ruby-fetch-arg': (n, v) => `${n.snake} = ENV.fetch('${n.upper}', '${v}')\n`,
  'ruby-or': (n, v) => `${n.snake} = ENV["${n.upper}"] || "${v}"\n`,
  'ruby-def': (n, v) => `def initialize(${n.snake}: "${v}", timeout: 30)\n`,
  'kotlin-fun': (n, v) => `fun createClient(${n.camel}: String = "${v}"): Client {\n`,
  'kotlin-class': (n, v) => `data class Config(val url: String, val ${n.camel}: String = "${v}")\n`,
  'kotlin-getenv': (n, v) => `val ${n.camel} = System.getenv("${n.upper}") ?: "${v}"\n`,
  'swift-init': (n, v) => `    init(${n.camel}: String = "${v}", session: URLSession = .shared) {\n`,
  'swift-func': (n, v) => `func makeClient(${n.camel}: String = "${v}") -> Client {\n`,
  'swift-env': (n, v) => `let ${n.camel} = ProcessInfo.processInfo.environment["${n.upper}"] ?? "${v}"\n`,
  'csharp-param': (n, v) => `public Client(string ${n.camel} = "${v}", int retries = 3)\n`,
  'csharp-env': (n, v) => `var ${n.camel} = Environment.GetEnvironmentVariable("${n.upper}") ?? "${v}";\n`,
  'ts-param': (n, v) => `export function createClient(${n.camel}: string = "${v}"): Client {\n`,
  'ts-ctor': (n, v) => `  constructor(private readonly ${n.camel} = '${v}') {}\n`,
  'java-getenv': (n, v) => `String ${n.camel} = Optional.ofNullable(System.getenv("${n.upper}")).orElse("${v}");\n`,
  'spring-value': (n, v) => `    @Value("\${${n.kebab.replace(/-/g, '.')}:${v}}")\n    private String ${n.camel};\n`,
  'rust-unwrap-or': (n, v) => `let ${n.snake} = env::var("${n.upper}").unwrap_or("${v}".to_string());\n`,
  'rust-unwrap-or-else': (n, v) => `let ${n.snake} = std::env::var("${n.upper}").unwrap_or_else(|_| "${v}".into());\n`,
  'dart-env': (n, v) => `const ${n.camel} = String.fromEnvironment('${n.upper}', defaultValue: '${v}');\n`,
  'elixir-env': (n, v) => `${n.snake} = System.get_env("${n.upper}", "${v}")\n`,
  'lua-or': (n, v) => `local ${n.snake} = os.getenv("${n.upper}") or "${v}"\n`,
};

/** Joined or concatenated chunks: a value cut into pieces. */
type Pieced = (n: Name, p: readonly string[]) => string;
const q = (p: readonly string[], c = '"', sep = ', '): string => p.map((x) => `${c}${x}${c}`).join(sep);
export const JOINS: Record<string, Pieced> = {
  'py-join': (n, p) => `${n.snake} = "".join([${q(p)}])\n`,
  'py-join-tuple': (n, p) => `${n.upper} = ''.join((${q(p, "'")}))\n`,
  'js-join': (n, p) => `const ${n.camel} = [${q(p)}].join("");\n`,
  'js-join-empty': (n, p) => `const ${n.camel} = [${q(p, "'")}].join('')\n`,
  'concat-plus': (n, p) => `${n.snake} = ${q(p, '"', ' + ')}\n`,
  'concat-js': (n, p) => `const ${n.camel} = ${q(p, "'", ' + ')};\n`,
  'go-join': (n, p) => `\t${n.camel} := strings.Join([]string{${q(p)}}, "")\n`,
  'auth-plus': (_n, p) => `headers = {"Authorization": "Bearer " + ${q(p, '"', ' + ')}}\n`,
  'auth-join': (_n, p) => `headers["Authorization"] = "Bearer " + "".join([${q(p)}])\n`,
  'auth-js-join': (_n, p) => `  headers: { Authorization: \`Bearer \${[${q(p, "'")}].join('')}\` },\n`,
  'php-dot': (n, p) => `$${n.camel} = ${q(p, "'", ' . ')};\n`,
  'ruby-join': (n, p) => `${n.snake} = [${q(p)}].join\n`,
  'java-plus': (n, p) => `private static final String ${n.upper} = ${q(p, '"', ' + ')};\n`,
};

/** A value: a provider key with its prefix, a prefix-less random key, a hex secret, a password with symbols. */
function values(seed: number): () => string {
  const makers = tokenMakers(seed);
  const r: Gen = gen(seed + 7);
  const families = ['openai-api-key/proj', 'sk-api-key', 'groq-api-key', 'huggingface-token', 'google-api-key'];
  const ghp = (): string => ['gh', 'p_', r('alnum', 36)].join('');
  const xoxb = (): string => ['xo', 'xb-', r('dig', 12), '-', r('dig', 13), '-', r('alnum', 24)].join('');
  const kinds: (() => string)[] = [
    () => makers[families[Number(r('dig', 1)) % families.length]!]!(),
    ghp,
    xoxb,
    () => r('alnum', 32),
    () => r('alnum', 24 + (r('dig', 1).charCodeAt(0) % 16)),
    () => r('hex', 40),
    () => r('url', 43),
    () => `${r('alnum', 6)}${r('!#%*@^-.', 1)}${r('alnum', 5)}${r('!#%*@^-.', 1)}${r('alnum', 4)}`,
    () => `${r('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${r('low', 9)}${r('!#%*@', 1)}${r('dig', 3)}`,
  ];
  let i = 0;
  return () => kinds[i++ % kinds.length]!();
}

/** Cuts a value into two to four pieces of 4+ characters. */
function cut(v: string, k: number): string[] {
  const n = Math.min(k, Math.max(2, Math.floor(v.length / 6)));
  const size = Math.ceil(v.length / n);
  return Array.from({ length: n }, (_, i) => v.slice(i * size, (i + 1) * size)).filter((x) => x.length > 0);
}

export function plants(seed: number): Plant22[] {
  const next = values(seed);
  const out: Plant22[] = [];
  let w = seed % WORDS.length;
  for (let round = 0; round < 3; round++)
    for (const [shape, make] of Object.entries(SHAPES)) {
      const n = nameOf(WORDS[w++ % WORDS.length]!);
      const v = next();
      out.push({ name: `${shape}/${n.snake}`, text: make(n, v), pieces: [v] });
    }
  for (let round = 0; round < 4; round++)
    for (const [shape, make] of Object.entries(JOINS)) {
      const n = nameOf(WORDS[w++ % WORDS.length]!);
      const v = next();
      const pieces = cut(v, 2 + (round % 3));
      out.push({
        name: `join/${shape}/${n.snake}`,
        text: make(n, pieces),
        pieces: pieces.filter((p) => p.length >= 6),
      });
    }
  return out;
}

/** Benign defaults: placeholders and references under secret names, models, regions, URLs and ids under others. */
const SECRET_DEFAULTS = [
  'your-api-key-here',
  'sk-...',
  '<TOKEN>',
  'xxxxxxxxxxxxxxxx',
  'YOUR_API_KEY',
  'OPENAI_API_KEY',
  '~/.config/app/token.json',
  '/etc/secrets/api_key',
  'changeme',
  'The API key to use.',
  'sk-proj-REPLACE_ME',
  'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
  'replace-with-your-token',
  'None',
  'password.txt',
  '${API_KEY}',
  '',
  'null',
  'false',
  '0',
];
const OTHER_NAMES = [
  ['model'],
  ['region'],
  ['base', 'url'],
  ['log', 'level'],
  ['request', 'id'],
  ['embedding', 'model'],
  ['commit', 'sha'],
  ['cache', 'dir'],
  ['redis', 'url'],
];
function otherDefault(r: Gen, n: string): string {
  if (n === 'model') return r('x', 1) === 'x' ? 'gpt-4o-mini' : 'claude-3-5-sonnet-20241022';
  if (n === 'region') return 'europe-west4';
  if (n === 'base_url') return 'https://api.openai.com/v1';
  if (n === 'log_level') return 'INFO';
  if (n === 'request_id' || n === 'commit_sha') return r('hex', 40);
  if (n === 'embedding_model') return 'text-embedding-3-small';
  if (n === 'cache_dir') return '~/.cache/massgen/runs';
  return 'redis://localhost:6379/0';
}

/** Word pieces joined under names that hold no secret, and placeholders' pieces under secret names. */
const JOIN_TWINS: [string[], string[]][] = [
  [
    ['base', 'url'],
    ['https://api.', 'example.com', '/v1/chat'],
  ],
  [
    ['install', 'dir'],
    ['/usr/local', '/share/', 'massgen'],
  ],
  [['greeting'], ['Hello', ' ', 'world']],
  [
    ['model', 'name'],
    ['claude-3-', 'opus-', '20240229'],
  ],
  [
    ['output', 'path'],
    ['data/', 'runs/', 'output.json'],
  ],
  [['query'], ['SELECT * ', 'FROM users ', 'WHERE id = ?']],
  [
    ['api', 'key'],
    ['your-', 'api-', 'key-here'],
  ],
  [['token'], ['<', 'TOKEN', '>']],
  [['password'], ['change', 'me']],
  [
    ['your', 'token', 'here'],
    ['YOUR_', 'TOKEN'],
  ],
  [
    ['api', 'key', 'placeholder'],
    ['sk-', '...'],
  ],
];

export function twins(seed: number): string[] {
  const r = gen(seed);
  const out: string[] = [];
  let w = seed % WORDS.length;
  let i = 0;
  for (let round = 0; round < 2; round++)
    for (const [shape, make] of Object.entries(SHAPES)) {
      out.push(make(nameOf(WORDS[w++ % WORDS.length]!), SECRET_DEFAULTS[i++ % SECRET_DEFAULTS.length]!));
      const other = OTHER_NAMES[i % OTHER_NAMES.length]!;
      // A SecretStr declares a secret whatever its name.
      if (!/secretstr|field-pos/.test(shape)) out.push(make(nameOf(other), otherDefault(r, other.join('_'))));
    }
  // A header's chunks are a credential's: only placeholders' pieces there.
  for (const [ws, p] of JOIN_TWINS)
    for (const [shape, make] of Object.entries(JOINS))
      if (!shape.startsWith('auth-') || /key|token|password/.test(ws.join('_'))) out.push(make(nameOf(ws), p));
  return out.concat(codeTwins(seed));
}

/** Minified bundles and code around the same calls, with no literal secret. */
function codeTwins(seed: number): string[] {
  const r = gen(seed + 3);
  const id = (): string => r('hex', 32);
  return [
    `const t=process.env.OPENAI_API_KEY||e.apiKey||"",n=t?{Authorization:"Bearer "+t}:{};`,
    `var o=r.token??"",a=["Bearer",o].join(" ");return{headers:{Authorization:a}}`,
    `api_key = os.environ.get("OPENAI_API_KEY") or config.get("api_key")\n`,
    `token = os.getenv("GITHUB_TOKEN") or None\n`,
    `parser.add_argument("--api-key", default=os.environ.get("API_KEY"), help="API key")\n`,
    `@click.option("--token", envvar="GITHUB_TOKEN", default=None)\n`,
    `flags.DEFINE_string("api_key", None, "The API key.")\n`,
    `buildConfigField "String", "API_KEY", "\\"\${apiKeyProperty}\\""\n`,
    `buildConfigField "String", "BUILD_ID", "\\"${id()}\\""\n`,
    `resValue "string", "app_name", "MassGen Share"\n`,
    `commit_sha <- "${r('hex', 40)}"\n`,
    `request_id := cmp.Or(os.Getenv("REQUEST_ID"), "${id()}")\n`,
    `$apiKey = getenv('API_KEY') ?: null;\n`,
    `define('CACHE_KEY_PREFIX', 'massgen:v2:');\n`,
    `const { NODE_ENV = "development", PORT = "3000" } = process.env;\n`,
    `session_id = os.environ.get("SESSION_ID") or "${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}"\n`,
    `fun greet(name: String = "world", greeting: String = "Hello") {\n`,
    `@Value("\${stripe.api.url:https://api.stripe.com}")\n`,
    `@Value("\${app.token.ttl:3600}")\n`,
    `checksum = "".join(["${r('hex', 16)}", "${r('hex', 16)}"])  # sha256 prefix\n`,
    `const url = ["https://", host, "/api/", version].join("");\n`,
    `path = os.path.join(base, "secrets", "api_key.txt")\n`,
    `const token = "Bearer " + getToken();\n`,
    `auth_header = "Bearer " + os.environ["API_TOKEN"]\n`,
    `key := strings.Join([]string{"cache", userID, "v2"}, ":")\n`,
    `model = os.getenv("MODEL") or "gpt-4o-2024-08-06"\n`,
    `etag = ENV.fetch("ETAG") { "${id()}" }\n`,
    `!function(e){var t=e.env.API_KEY||"",n=e.env.BASE_URL||"https://api.openai.com/v1";e.c={t:t,n:n}}(process);`,
    `def __init__(self, api_key: str | None = None, base_url: str = "https://api.anthropic.com"):\n`,
    `init(apiKey: String = "", baseURL: URL = URL(string: "https://api.example.com")!) {\n`,
  ];
}

export function leaked(ps: readonly Plant22[], redact: (s: string) => string): string[] {
  return ps
    .filter((p) => {
      const out = redact(p.text);
      return p.pieces.some((x) => out.includes(x));
    })
    .map((p) => `${p.name}: ${JSON.stringify(p.text.slice(0, 200))}`);
}
