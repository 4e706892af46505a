/**
 * Round 23, a secret put together from pieces or broken by typographic characters (issue 11): string literals
 * joined or concatenated in code under names that say nothing (`k`, `x`, `cfg`, `tok`) or passed straight into a
 * call, across JavaScript/TypeScript, Python, Go, Java, C#, Rust, shell, PHP, Ruby, Kotlin and Swift; literals
 * reversed in code; a secret whose name is only in a side argument (`alias=`, `env=`, `envvar=`, `help=`); and
 * tokens whose dashes are typographic (en dash, non-breaking hyphen, minus sign) or hold invisible characters (soft
 * hyphen, zero-width space, `<wbr>`, `&shy;`). Values: provider keys with a prefix and prefix-less random keys and
 * passwords. Twins: the same layouts with words, class lists, paths, SQL, hashes and UUIDs joined from parts, dash
 * ranges and typographic prose, benign side arguments and placeholders. Seeded (REDACT_SEED replays a run); a plant
 * leaks when any of its pieces of 6+ characters (but a provider's bare prefix) is still in the output.
 */
import { gen, tokenMakers, type Gen } from './glue15-tokens.js';

export interface Plant23 {
  name: string;
  text: string;
  /** What must not be in the output. */
  pieces: string[];
}

export const SEED = Number(process.env.REDACT_SEED ?? 2301);

/** A value: provider keys with a prefix, prefix-less random keys and passwords with punctuation. */
function values(seed: number): () => string {
  const makers = tokenMakers(seed);
  const r: Gen = gen(seed + 7);
  const families = [
    'openai-api-key/proj',
    'github-token',
    'sk-api-key',
    'groq-api-key',
    'huggingface-token',
    'google-api-key',
    'aws-access-key-id',
    'npm-token',
    'anthropic-api-key',
    'stripe',
    'slack',
    'resend',
  ];
  const extra: Record<string, () => string> = {
    stripe: () => ['sk', '_live_', r('alnum', 24)].join(''),
    slack: () => ['xo', 'xb-', r('dig', 12), '-', r('dig', 13), '-', r('alnum', 24)].join(''),
    resend: () => ['r', 'e_', r('alnum', 8), '_', r('alnum', 24)].join(''),
  };
  const kinds: (() => string)[] = [
    () => {
      const f = families[Number(r('dig', 2)) % families.length]!;
      return (extra[f] ?? makers[f]!)();
    },
    () => r('alnum', 32),
    () => `${r('alnum', 7)}${r('!#%*@^$', 1)}${r('alnum', 6)}${r('!#%*@^$', 1)}${r('alnum', 5)}`,
    () => r('url', 40),
    () => `${r('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${r('low', 10)}${r('!#%*@', 1)}${r('dig', 4)}${r('alnum', 6)}`,
  ];
  let i = 0;
  return () => kinds[i++ % kinds.length]!();
}

/** Cuts a value into `k` pieces of 6 to 16 characters (fewer where the value is short). */
function cut(v: string, k: number): string[] {
  const n = Math.max(2, Math.min(k, Math.floor(v.length / 6), 8));
  const size = Math.max(Math.ceil(v.length / n), 1);
  const out: string[] = [];
  for (let at = 0; at < v.length; at += size) out.push(v.slice(at, at + size));
  return out;
}

/** Pieces cut at most 16 long: values longer than 8 × 16 keep their tail as one last piece. */
function pieces16(v: string, k: number): string[] {
  const p = cut(v, k);
  if (p.every((x) => x.length <= 16) || p.length >= 8) return p;
  return cut(v, Math.min(8, Math.ceil(v.length / 16)));
}

const NAMES = ['k', 'x', 's', 'cfg', 'KEY', 'tok', 'v', 'data', 'val', 'c', 'auth', 'p'];
type Pieced = (n: string, p: readonly string[]) => string;
const q = (p: readonly string[], c = '"', sep = ', '): string => p.map((x) => `${c}${x}${c}`).join(sep);

/** Joins of literals in code, under bland names or passed into a call. */
export const JOINS: Record<string, Pieced> = {
  'js-join': (n, p) => `const ${n} = [${q(p, "'")}].join('');\n`,
  'js-join-dq': (n, p) => `let ${n} = [${q(p)}].join("")\n`,
  'js-concat-arr': (n, p) => `const ${n} = ['${p[0]}'].concat([${q(p.slice(1), "'")}]).join('');\n`,
  'js-str-concat': (n, p) => `const ${n} = '${p[0]}'.concat(${q(p.slice(1), "'")});\n`,
  'js-template': (n, p) => `const ${n} = \`${p.map((x) => `\${'${x}'}`).join('')}\`;\n`,
  'js-plus': (n, p) => `var ${n} = ${q(p, "'", ' + ')};\n`,
  'js-plus-lines': (n, p) => `const ${n} =\n  ${q(p, "'", ' +\n  ')};\n`,
  'js-fetch': (_n, p) => `await fetch(url, { headers: { Authorization: 'Bearer ' + [${q(p, "'")}].join('') } });\n`,
  'js-fetch-plus': (_n, p) => `fetch(u, {headers: {'X-Api-Key': ${q(p, "'", ' + ')}}})\n`,
  'ts-obj': (n, p) => `export const ${n} = { value: [${q(p)}].join('') };\n`,
  'py-join': (n, p) => `${n} = "".join([${q(p)}])\n`,
  'py-join-sq': (n, p) => `${n} = ''.join(('${p.join("', '")}'))\n`,
  'py-implicit': (n, p) => `${n} = ${q(p, '"', ' ')}\n`,
  'py-implicit-parens': (n, p) => `${n} = (\n${p.map((x) => `    "${x}"\n`).join('')})\n`,
  'py-percent': (n, p) => `${n} = "${'%s'.repeat(p.length)}" % (${q(p)})\n`,
  'py-format': (n, p) => `${n} = "${'{}'.repeat(p.length)}".format(${q(p)})\n`,
  'py-fstring': (n, p) => `${n} = f"${p.map((x) => `{'${x}'}`).join('')}"\n`,
  'py-requests': (_n, p) => `r = requests.get(url, headers={"Authorization": "Bearer " + ${q(p, '"', ' + ')}})\n`,
  'py-call-join': (_n, p) => `client = Client("".join([${q(p)}]), timeout=30)\n`,
  'go-join': (n, p) => `\t${n} := strings.Join([]string{${q(p)}}, "")\n`,
  'go-plus': (n, p) => `\t${n} := ${q(p, '"', ' + ')}\n`,
  'go-sprintf': (n, p) => `\t${n} := fmt.Sprintf("${'%s'.repeat(p.length)}", ${q(p)})\n`,
  'java-join': (n, p) => `String ${n} = String.join("", ${q(p)});\n`,
  'java-builder': (n, p) =>
    `String ${n} = new StringBuilder()${p.map((x) => `.append("${x}")`).join('')}.toString();\n`,
  'java-plus': (n, p) => `final String ${n} = ${q(p, '"', ' + ')};\n`,
  'cs-concat': (n, p) => `var ${n} = string.Concat(${q(p)});\n`,
  'cs-join': (n, p) => `var ${n} = String.Join("", new[] { ${q(p)} });\n`,
  'rust-concat': (n, p) => `let ${n} = concat!(${q(p)});\n`,
  'rust-arr-concat': (n, p) => `let ${n} = [${q(p)}].concat();\n`,
  'sh-adjacent': (n, p) => `${n.toUpperCase()}=${q(p, '"', '')}\n`,
  'sh-mixed-quotes': (n, p) => `export ${n.toUpperCase()}=${p.map((x, i) => (i % 2 ? `'${x}'` : `"${x}"`)).join('')}\n`,
  'sh-vars': (_n, p) =>
    `${p.map((x, i) => `P${i}=${x}`).join('\n')}\ncurl -H "Authorization: Bearer ${p.map((_, i) => `$P${i}`).join('')}" $URL\n`,
  'php-dot': (n, p) => `$${n} = ${q(p, "'", ' . ')};\n`,
  'php-implode': (n, p) => `$${n} = implode('', [${q(p, "'")}]);\n`,
  'ruby-join': (n, p) => `${n} = [${q(p)}].join\n`,
  'ruby-plus': (n, p) => `${n} = ${q(p, "'", ' + ')}\n`,
  'kotlin-join': (n, p) => `val ${n} = listOf(${q(p)}).joinToString("")\n`,
  'swift-joined': (n, p) => `let ${n} = [${q(p)}].joined()\n`,
};

/** Literals reversed in code. */
type Flip = (n: string, rev: string) => string;
const chars = (s: string): string => [...s].reverse().join('');
export const REVERSALS: Record<string, Flip> = {
  'py-slice': (n, v) => `${n} = "${v}"[::-1]\n`,
  'py-reversed-join': (n, v) => `${n} = ''.join(reversed('${v}'))\n`,
  'js-reverse': (n, v) => `const ${n} = '${v}'.split('').reverse().join('');\n`,
  'js-spread-reverse': (n, v) => `const ${n} = [...'${v}'].reverse().join('');\n`,
  'php-strrev': (n, v) => `$${n} = strrev('${v}');\n`,
  'sh-rev': (n, v) => `${n.toUpperCase()}=$(rev <<< "${v}")\n`,
  'ruby-reverse': (n, v) => `${n} = "${v}".reverse\n`,
  'java-reverse': (n, v) => `String ${n} = new StringBuilder("${v}").reverse().toString();\n`,
};

/** A secret whose name is only in a side argument. */
type Side = (field: string, env: string, v: string) => string;
export const SIDES: Record<string, Side> = {
  'pydantic-alias': (f, e, v) => `class S(BaseSettings):\n    ${f}: str = Field(default="${v}", alias="${e}")\n`,
  'pydantic-env': (f, e, v) => `    ${f}: str = Field("${v}", env="${e}")\n`,
  'pydantic-validation-alias': (f, e, v) => `    ${f}: str = Field(default='${v}', validation_alias='${e}')\n`,
  'pydantic-alias-first': (f, e, v) => `    ${f}: str = Field(alias="${e}", default="${v}")\n`,
  'setting-default': (f, e, v) => `${f} = Setting(default="${v}", validation_alias="${e}")\n`,
  'click-envvar': (f, e, v) => `@click.option("--${f}", envvar="${e}", default="${v}")\n`,
  'typer-envvar': (f, e, v) => `def main(${f}: str = typer.Option("${v}", envvar="${e}")):\n`,
  'argparse-help': (f, e, v) =>
    `parser.add_argument("--${f}", default="${v}", help="${e.split('_')[0]} API key for the search tool")\n`,
  'spring-value': (f, e, v) =>
    `    @Value("\${${e.toLowerCase().replace(/_/g, '.')}:${v}}")\n    private String ${f};\n`,
  'env-dict-get': (f, e, v) => `${f} = settings.get("${e}", "${v}")\n`,
};
const FIELDS = ['cmc', 'bing', 'serp', 'tv', 'x', 'primary', 'upstream', 'svc'];
const ENVS = ['X_API_KEY', 'OPENAI_API_KEY', 'CMC_PRO_API_KEY', 'BING_SEARCH_TOKEN', 'SERPAPI_KEY', 'GH_TOKEN'];

/** Typographic characters a reader removes or copy and paste turns back into `-`. */
const DASHES = ['\u2013', '\u2014', '\u2012', '\u2011', '\u2212', '\u2010'];
const INVISIBLE = ['\u00ad', '\u200b', '\u200d', '\u2060', '<wbr>', '&shy;', '&#8203;'];
const ENTITY_DASHES = ['&#8209;', '&ndash;', '&#x2011;', '&minus;'];

/** A prefixed key with typographic dashes or invisible characters in it, in prose, Markdown, code and config. */
type Typo = (shown: string) => string;
export const TYPO_LAYOUTS: Record<string, Typo> = {
  prose: (s) => `Paste ${s} into the dashboard and press Save.\n`,
  'prose-colon': (s) => `Use this one: ${s} (expires Friday).\n`,
  bullet: (s) => `- Staging: ${s}\n`,
  quote: (s) => `> The new value is ${s}, please rotate the old one.\n`,
  html: (s) => `<p>Your new token is <code>${s}</code></p>\n`,
  'md-code': (s) => `Run it with \`${s}\` as the first argument.\n`,
  env: (s) => `SERVICE=${s}\n`,
  json: (s) => `{"value": "${s}", "ok": true}\n`,
};

/** Typographic forms of a value with a prefix (a dash or underscore after its first letters). */
function typographic(r: Gen, v: string, i: number): string | null {
  const sep = /^[A-Za-z0-9]{1,6}[-_]/.exec(v);
  const k = i % 3;
  if (k === 0 && sep && v[sep[0].length - 1] === '-') {
    const d = DASHES[i % DASHES.length]!;
    return v.replace(/-/g, () => d);
  }
  if (k === 1 && sep && v[sep[0].length - 1] === '-') return v.replace(/-/g, () => ENTITY_DASHES[i % 4]!);
  // Invisible characters every 6 to 12 characters.
  const inv = INVISIBLE[i % INVISIBLE.length]!;
  let out = '';
  let next = 6 + (Number(r('dig', 1)) % 7);
  for (let at = 0; at < v.length; at++) {
    out += v[at];
    if (at + 1 === next && at + 1 < v.length) {
      out += inv;
      next += 6 + (Number(r('dig', 1)) % 7);
    }
  }
  return out;
}

/** The parts of a value that must not survive: pieces of 6+ characters that are not a provider's bare prefix. */
const BARE_PREFIX = /^[A-Za-z0-9]{1,8}[-_.](?:[a-z0-9]{1,8}[-_])?$/;
const mustGo = (ps: readonly string[]): string[] => ps.filter((p) => p.length >= 6 && !BARE_PREFIX.test(p));
/** The runs of a typographic value between its inserted characters. */
const runsOf = (shown: string): string[] =>
  shown.split(/[\u2010-\u2014\u2212\u00ad\u200b\u2060-]|\u200d|<wbr>|&[#\w]+;/).filter((x) => x.length >= 6);

export function plants(seed: number): Plant23[] {
  const next = values(seed);
  const r = gen(seed + 11);
  const out: Plant23[] = [];
  let w = seed % NAMES.length;
  for (let round = 0; round < 3; round++)
    for (const [shape, make] of Object.entries(JOINS)) {
      const n = NAMES[w++ % NAMES.length]!;
      const v = next();
      const p = pieces16(v, 2 + ((round + w) % 7));
      out.push({ name: `join/${shape}/${n}`, text: make(n, p), pieces: mustGo(p) });
    }
  for (let round = 0; round < 4; round++)
    for (const [shape, make] of Object.entries(REVERSALS)) {
      const n = NAMES[w++ % NAMES.length]!;
      const v = next().replace(/[$'"]/g, '%');
      out.push({ name: `reverse/${shape}/${n}`, text: make(n, chars(v)), pieces: mustGo(cut(chars(v), 3)) });
    }
  for (let round = 0; round < 3; round++)
    for (const [shape, make] of Object.entries(SIDES)) {
      const f = FIELDS[w % FIELDS.length]!;
      const e = ENVS[w++ % ENVS.length]!;
      const v = next().replace(/[$'"{}:]/g, '%');
      out.push({ name: `side/${shape}/${f}`, text: make(f, e, v), pieces: mustGo(cut(v, 3)) });
    }
  const makers = tokenMakers(seed + 5);
  const typoFamilies = [
    'openai-api-key/proj',
    'anthropic-api-key',
    'sk-api-key',
    'groq-api-key',
    'github-token',
    'npm-token',
    'huggingface-token',
    'google-api-key',
  ];
  let i = 0;
  for (let round = 0; round < 4; round++)
    for (const [layout, make] of Object.entries(TYPO_LAYOUTS)) {
      const fam = typoFamilies[i % typoFamilies.length]!;
      const resend = ['r', 'e_', r('alnum', 8), '_', r('alnum', 24)].join('');
      const v = i % 9 === 4 ? resend : makers[fam]!();
      const shown = typographic(r, v, i++) ?? v;
      out.push({ name: `typo/${layout}/${fam}/${i}`, text: make(shown), pieces: runsOf(shown) });
    }
  return out;
}

/** Look-alikes in the same layouts that must come out byte for byte. */
const WORD_PIECES: string[][] = [
  ['btn', ' btn-primary', ' btn-lg'],
  ['container ', 'mx-auto ', 'px-4'],
  ['/usr/local/', 'share/', 'massgen'],
  ['SELECT id, name ', 'FROM users ', 'WHERE active = 1'],
  ['Hello', ', ', 'world'],
  ['https://api.', 'example.com', '/v1/chat'],
  ['data/', 'runs/', 'output.json'],
  ['claude-3-', 'opus-', '20240229'],
  ['your-', 'api-', 'key-here'],
  ['sk-', '...'],
  ['<', 'TOKEN', '>'],
  ['xxxx', 'xxxx', 'xxxx', 'xxxx'],
  ['gpt-4o', '-mini'],
  ['massgen', '-', 'share'],
  ['logs/', 'attempt_1/', 'final.json'],
  ['The quick ', 'brown fox ', 'jumps'],
  ['text-sm ', 'font-medium ', 'text-gray-700'],
  ['INSERT INTO ', 'runs (id) ', 'VALUES (?)'],
];
const WORDS = ['password', 'character', 'reversed', 'palindrome', 'strawberry', 'configuration', 'DashboardKey'];

function hashPieces(r: Gen, i: number): string[] {
  if (i % 3 === 0) return [r('hex', 8), '-', r('hex', 4), '-4', r('hex', 3), '-a', r('hex', 3), '-', r('hex', 12)];
  if (i % 3 === 1) return [r('hex', 16), r('hex', 16), r('hex', 8)];
  return [r('hex', 20), r('hex', 20)];
}

const PROSE_TWINS = [
  'Read pages 10\u201320 before the meeting.',
  'The study ran 2020\u20132024 in three cities.',
  'It was late \u2014 far too late \u2014 to change the plan.',
  'Temperatures fall to \u221212 \u00b0C at night.',
  'Use the non\u2011breaking hyphen in e\u2011mail and co\u2011operate.',
  'The London\u2013Paris route opened in 1994.',
  'Score: 3\u20131 after extra time.',
  'Call 555\u20120123 for support.',
  'An em\u2014dash\u2014joined phrase is still prose.',
  'The hyphen\u00adated word breaks here only at a line\u2019s end.',
  'A zero\u200bwidth space hides in plain text.',
  'The sk\u2011learn library (scikit\u2011learn) is fine.',
  'Models gpt\u20114o and claude\u20113\u20115\u2011sonnet were compared.',
  'The range is A\u2013Z, then 0\u20139.',
  'Version 1.2\u20131.4 fixed the re\u2013entrant bug.',
  '<p>Long&shy;word and super<wbr>cali<wbr>fragilistic</p>',
  '<p>See pages 4&ndash;9 and &#8209;the note&#8209;</p>',
  'Set it to your\u2011api\u2011key\u2011here before you start.',
  'Paste re\u2013your\u2013key\u2013here into the dashboard.',
  'Replace sk\u2011proj\u2011\u2026 with your own key.',
];

const SIDE_TWINS = [
  `    model: str = Field(default="gpt-4o", alias="MODEL")\n`,
  `    openai_api_key: str | None = Field(default=None, alias="OPENAI_API_KEY")\n`,
  `    api_key: SecretStr = Field(..., env="OPENAI_API_KEY")\n`,
  `    base_url: str = Field("https://api.openai.com/v1", env="OPENAI_BASE_URL")\n`,
  `    region: str = Field(default='us-east-1', validation_alias='AWS_REGION')\n`,
  `    bing: str = Field(default="", alias="BING_API_KEY")\n`,
  `    cmc: str = Field(default="your-api-key-here", alias="CMC_PRO_API_KEY")\n`,
  `    tv: str = Field(default="<TOKEN>", env="TAVILY_API_KEY")\n`,
  `@click.option("--token", envvar="GITHUB_TOKEN", default=None)\n`,
  `@click.option("--model", envvar="MODEL_NAME", default="claude-3-5-sonnet-20241022")\n`,
  `def main(endpoint: str = typer.Option("https://api.example.com", envvar="API_ENDPOINT")):\n`,
  `parser.add_argument("--api-key", default=os.environ.get("API_KEY"), help="API key for the search tool")\n`,
  `parser.add_argument("--timeout", default="30", help="API timeout for the search tool")\n`,
  `parser.add_argument("--engine", default="google", help="search engine that needs an API key")\n`,
  `    @Value("\${api.key:}")\n    private String apiKey;\n`,
  `    @Value("\${api.url:https://api.example.com}")\n    private String url;\n`,
  `timeout = settings.get("API_TIMEOUT", "30")\n`,
  `cache = Setting(default="~/.cache/massgen", validation_alias="CACHE_DIR")\n`,
  `    key_prefix: str = Field(default="massgen:v2:", alias="REDIS_KEY_PREFIX")\n`,
  `    token_ttl: int = Field(default=3600, alias="TOKEN_TTL")\n`,
];

/** Names that say nothing about a secret (the key-name layer judges `KEY`, `tok`, `auth` on their own). */
const TWIN_NAMES = ['x', 's', 'v', 'data', 'val', 'c', 'p', 'cls', 'path', 'q', 'out', 'msg'];

export function twins(seed: number): string[] {
  const r = gen(seed);
  const out: string[] = [];
  let w = 0;
  for (const p of WORD_PIECES)
    for (const [shape, make] of Object.entries(JOINS))
      if (!/fetch|requests|sh-vars/.test(shape) || p[0] === 'sk-' || p[0] === '<')
        out.push(make(TWIN_NAMES[w++ % 12]!, p));
  for (let i = 0; i < 24; i++) {
    // Not into a header: hex or a UUID there is a credential.
    const shapes = Object.entries(JOINS)
      .filter(([k]) => !/fetch|requests|sh-vars/.test(k))
      .map(([, make]) => make);
    out.push(shapes[(i * 7) % shapes.length]!(['digest', 'uuid', 'sha', 'etag'][i % 4]!, hashPieces(r, i)));
  }
  for (const word of WORDS)
    for (const make of Object.values(REVERSALS)) out.push(make(TWIN_NAMES[w++ % 12]!, chars(word)));
  out.push(`expected = ''.join(reversed(word))\n`, `const r = s.split('').reverse().join('');\n`);
  // Lists of ids and words joined with a separator, and ids side by side.
  for (let i = 0; i < 12; i++) {
    const ids = [r('alnum', 12), r('alnum', 12), r('alnum', 12)];
    out.push(
      `row = ",".join([${q(ids)}])\n`,
      `\tkey := strings.Join([]string{${q(ids)}}, ":")\n`,
      `const line = [${q(ids, "'")}].join(' ');\n`,
      `ids = [${q(ids)}]\n`,
      `assert_eq!(parse(${q(ids)}), Ok(()));\n`,
    );
  }
  for (const t of PROSE_TWINS) out.push(t + '\n');
  out.push(...SIDE_TWINS);
  return out;
}

export function leaked(ps: readonly Plant23[], redact: (s: string) => string): string[] {
  return ps
    .filter((p) => {
      const out = redact(p.text);
      return p.pieces.some((x) => out.includes(x));
    })
    .map((p) => `${p.name}: ${JSON.stringify(p.text.slice(0, 240))}`);
}
