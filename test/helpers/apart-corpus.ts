/**
 * Attack 15's categories, planted at test time from fragments and a seeded generator (no token-shaped literal is
 * committed): named secrets the writer split apart. Concatenated literals in many languages (concat), values cut
 * into lines of 16 characters or hard-wrapped at 72-120 columns (wrap16, hardwrap), characters spaced out with
 * spaces, dots or dashes (spaced); and benign twins of each that must come out byte for byte.
 */
import { randomStrings, rng } from './fake-secrets.js';
import { families } from './glue-corpus.js';

export interface ApartPlant {
  category: string;
  /** The file name the text is redacted as. */
  rel: string;
  /** The secrets the text holds. */
  secrets: string[];
  text: string;
}

type Gen = ReturnType<typeof randomStrings>;

/** Cuts `v` into `n` pieces at random places (each piece 2+ characters). */
function cutInto(rand: () => number, v: string, n: number): string[] {
  const cuts = new Set<number>();
  while (cuts.size < n - 1) cuts.add(2 + Math.floor(rand() * (v.length - 4)));
  const at = [0, ...[...cuts].sort((a, b) => a - b), v.length];
  return at.slice(1).map((e, i) => v.slice(at[i], e));
}

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

/** Values: provider keys and opaque keys (letters of both cases and digits), a password-like one. */
function values(r: Gen, rand: () => number): () => string {
  const fam = Object.values(families(r));
  const opaque = [
    () => r('alnum', 40),
    () => r('hex', 64),
    () => `${r('alnum', 12)}${r('urlsafe', 20)}`,
    () => r('alnum', 32),
  ];
  return () => (rand() < 0.65 ? pick(rand, fam)() : pick(rand, opaque)());
}

const SNAKE = ['api_key', 'secret_key', 'auth_token', 'access_token', 'client_secret', 'openai_api_key', 'token'];
const UPPER = ['API_KEY', 'OPENAI_API_KEY', 'GITHUB_TOKEN', 'SECRET_KEY', 'ANTHROPIC_API_KEY', 'AUTH_TOKEN'];
const CAMEL = ['apiKey', 'secretKey', 'authToken', 'accessToken', 'clientSecret', 'githubToken'];

/** [file name, text] of literals `p` (already quoted pieces' contents) under the name `n`. */
type Syntax = [string, (n: Record<string, string>, p: string[]) => string];

const q = (p: string[], quote: string): string[] => p.map((s) => `${quote}${s}${quote}`);

export const CONCAT_SYNTAXES: Syntax[] = [
  ['app.py', (n, p) => `${n.snake} = ${q(p, '"').join(' + ')}\n`],
  ['app.py', (n, p) => `${n.snake} = ${q(p, "'").join(' +\n    ')}\nprint("ok")\n`],
  ['app.py', (n, p) => `${n.upper} = (\n    ${q(p, '"').join('\n    ')}\n)\n`],
  ['app.py', (n, p) => `${n.snake} = (${q(p, '"').join(' ')})\n`],
  ['app.py', (n, p) => `client = Client(${n.snake}=${q(p, '"').join(' + ')})\n`],
  ['app.py', (n, p) => `${n.upper} = ${q(p, '"').join(' \\\n    ')}\n`],
  ['app.py', (n, p) => `config["${n.snake}"] = ${q(p, "'").join(' + ')}\n`],
  ['index.js', (n, p) => `const ${n.camel} = ${q(p, '"').join(' + ')};\n`],
  ['index.js', (n, p) => `const ${n.camel} =\n  ${q(p, "'").join(' +\n  ')};\n`],
  ['index.js', (n, p) => `const config = {\n  ${n.camel}: ${q(p, "'").join('\n    + ')},\n};\n`],
  ['index.ts', (n, p) => `const ${n.camel} = ${q(p, '`').join(' + ')};\n`],
  ['index.ts', (n, p) => `const ${n.camel} = \`${p.map((s) => '${"' + s + '"}').join('')}\`;\n`],
  ['Main.java', (n, p) => `    private static final String ${n.upper} = ${q(p, '"').join(' +\n            ')};\n`],
  ['Program.cs', (n, p) => `var ${n.camel} = ${q(p, '"').join(' + ')};\n`],
  [
    'Program.cs',
    (n, p) =>
      `string ${n.camel} = ${q(p, '@"')
        .join(' + ')
        .replace(/@"(?=[ ;]|$)/g, '"')};\n`,
  ],
  ['main.c', (n, p) => `#define ${n.upper} ${q(p, '"').join(' ')}\n`],
  ['main.c', (n, p) => `static const char *${n.snake} =\n    ${q(p, '"').join('\n    ')};\n`],
  ['main.go', (n, p) => `\t${n.camel} := ${q(p, '"').join(' + ')}\n`],
  ['index.php', (n, p) => `$${n.snake} = ${q(p, "'").join(' . ')};\n`],
  ['index.php', (n, p) => `define('${n.upper}', ${q(p, "'").join(' .\n    ')});\n`],
  ['run.pl', (n, p) => `my $${n.snake} = ${q(p, '"').join(' . ')};\n`],
  ['Module1.vb', (n, p) => `Dim ${n.camel} As String = ${q(p, '"').join(' & ')}\n`],
  ['Module1.vb', (n, p) => `Const ${n.upper} = ${q(p, '"').join(' & _\n    ')}\n`],
  ['seed.sql', (n, p) => `UPDATE settings SET ${n.snake} = ${q(p, "'").join(' || ')} WHERE id = 1;\n`],
  ['seed.sql', (n, p) => `INSERT INTO config (name, value) VALUES ('${n.snake}', ${q(p, "'").join(' || ')});\n`],
  ['init.lua', (n, p) => `local ${n.snake} = ${q(p, '"').join(' .. ')}\n`],
  ['app.rb', (n, p) => `${n.upper} = ${q(p, "'").join(' + ')}\n`],
  ['app.rb', (n, p) => `${n.snake} = ${q(p, '"').join(' \\\n  ')}\n`],
  ['Main.kt', (n, p) => `val ${n.camel} = ${q(p, '"').join(' + ')}\n`],
  ['lib.rs', (n, p) => `const ${n.upper}: &str = concat!(${q(p, '"').join(', ')});\n`],
  ['run.sh', (n, p) => `export ${n.upper}=${p.map((s, i) => (i % 2 ? `'${s}'` : `"${s}"`)).join('')}\n`],
];

/** Category 1: literals concatenated under a secret name. */
export function concatPlants(seed: number, perSyntax = 8): ApartPlant[] {
  const r = randomStrings(seed);
  const rand = rng(seed + 1);
  const value = values(r, rand);
  const out: ApartPlant[] = [];
  for (const [rel, make] of CONCAT_SYNTAXES) {
    for (let i = 0; i < perSyntax; i++) {
      const v = value();
      const names = { snake: pick(rand, SNAKE), upper: pick(rand, UPPER), camel: pick(rand, CAMEL) };
      const text = make(names, cutInto(rand, v, 2 + Math.floor(rand() * 3)));
      out.push({ category: 'concat', rel, secrets: [v], text });
    }
  }
  return out;
}

/** Benign concatenations under the same syntaxes: prose, URLs, paths, names, env var names. */
export function concatTwins(seed: number): [string, string][] {
  const rand = rng(seed + 2);
  const pieces = [
    ['https://api.example.com', '/v1/', 'keys'],
    ['Get your key at ', 'https://platform.example.com/', 'account/api-keys'],
    ['/etc/', 'secrets/', 'database.json'],
    ['OPENAI_', 'API_', 'KEY'],
    ['Bearer ', 'token'],
    ['Use at least ', '12 characters'],
    ['projects/', 'my-project/', 'secrets/', 'api-key/versions/latest'],
    ['~/.config/', 'massgen/', 'credentials.yaml'],
    ['token-', 'refresh-', 'interval'],
    ['The API key ', 'is missing'],
    ['secret', 'manager'],
    ['your-', 'key-', 'here'],
  ];
  const names = { snake: 'api_key_help', upper: 'API_KEY_URL', camel: 'tokenEndpoint' };
  const out: [string, string][] = [];
  for (const [rel, make] of CONCAT_SYNTAXES) {
    for (let k = 0; k < 3; k++) {
      const p = pick(rand, pieces).map((s) => s.replace(/ /g, rel.endsWith('.sh') ? '_' : ' '));
      out.push([rel, make(names, p)]);
      out.push([rel, make({ snake: 'api_key', upper: 'API_KEY', camel: 'apiKey' }, p)]);
    }
  }
  return out;
}
