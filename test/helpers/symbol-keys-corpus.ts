/**
 * Keys with symbols under names we know, and keys listed under plural names (issue 11, values the value finders
 * stopped short on): `OPENAI_KEY: "tTxWQg!PfLnm#z17n9"`, `GROQ_KEYS=k1,k2`, `API_KEYS=["…","…"]`, in env, YAML,
 * JSON, Python, JS, TOML, shell. Fake keys are drawn at test time; the benign twins hold the same forms with
 * placeholders, references, names, counts, paths and words joined by symbols.
 */
import { randomToken, type Planted } from './placements.js';

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const SYMBOLS = '!#$%&*@^~;|';

export interface SymbolKeysCorpus {
  symbols: Planted[];
  lists: Planted[];
  benign: [string, string][];
}

export function symbolKeysCorpus(rand: () => number): SymbolKeysCorpus {
  const tok = randomToken(rand);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)]!;
  /** A random key of 12 to 24 characters with one to three symbols inside (never first). */
  const symbolKey = (): string => {
    const s = tok(ALNUM, 12 + Math.floor(rand() * 12)).split('');
    const n = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < n; i++) s.splice(1 + Math.floor(rand() * (s.length - 1)), 0, pick([...SYMBOLS]));
    // `%` before `s` or `d` is a printf hole (`J%sIpj…` reads as a template: code-names.ts), not drawn.
    return s.join('').replace(/%(?=[sd])/g, '#');
  };
  const plainKey = (): string => tok(ALNUM, 20 + Math.floor(rand() * 20));
  const weakNames = ['OPENAI_KEY', 'GROQ_KEY', 'MISTRAL_KEY', 'cohere_key', 'AZURE_OPENAI_KEY', 'TOGETHER_KEY'];
  const strongNames = ['api_key', 'OPENAI_API_KEY', 'secret_key', 'client_secret', 'apiKey', 'ANTHROPIC_API_KEY'];
  const names = [...weakNames, ...strongNames];
  const layouts: [string, (n: string, v: string) => string][] = [
    ['config.yaml', (n, v) => `llm:\n  ${n}: "${v}"\n  model: gpt-4o\n`],
    ['config.yaml', (n, v) => `${n}: '${v}'\n`],
    ['.env', (n, v) => `${n}="${v}"\n`],
    ['.env', (n, v) => `export ${n}='${v}'\n`],
    ['settings.json', (n, v) => `{\n  "${n}": "${v}",\n  "timeout": 30\n}\n`],
    ['app.py', (n, v) => `${n} = "${v}"\n`],
    ['app.py', (n, v) => `client = Client(${n}="${v}")\n`],
    ['app.js', (n, v) => `const ${n} = '${v}';\n`],
    ['app.toml', (n, v) => `[llm]\n${n} = "${v}"\n`],
    ['run.sh', (n, v) => `${n}="${v}" python run.py\n`],
  ];
  const symbols: Planted[] = [];
  for (const n of names) for (const [rel, lay] of layouts) symbols.push([rel, (v) => lay(n, v), symbolKey]);
  const plurals = ['GROQ_KEYS', 'API_KEYS', 'OPENAI_API_KEYS', 'mistral_keys', 'apiKeys', 'ACCESS_TOKENS', 'passwords'];
  // In a list, `,` `;` and blanks separate the keys: a key's symbols are the others.
  const value = (): string => (rand() < 0.5 ? symbolKey().replace(/;/g, '~') : plainKey());
  const listLayouts: [string, (n: string, v: string) => string][] = [
    ['.env', (n, v) => `${n}=${v},${value()}\n`],
    ['.env', (n, v) => `${n}=${value()},${v}\n`],
    ['.env', (n, v) => `${n}=${value()};${v};${value()}\n`],
    ['.env', (n, v) => `${n}="${value()} ${v}"\n`],
    ['.env', (n, v) => `${n}='${v}, ${value()}'\n`],
    ['app.py', (n, v) => `${n} = ["${value()}", "${v}"]\n`],
    ['app.py', (n, v) => `${n}=['${v}', '${value()}', '${value()}']\n`],
    ['app.js', (n, v) => `const ${n} = ["${v}"];\n`],
    ['config.yaml', (n, v) => `${n}: [${v}, ${value()}]\n`],
    ['config.json', (n, v) => `{"${n}": ["${value()}", "${v}"]}\n`],
    ['config.toml', (n, v) => `${n} = ["${v}", "${value()}"]\n`],
  ];
  const lists: Planted[] = [];
  for (const n of plurals) for (const [rel, lay] of listLayouts) lists.push([rel, (v) => lay(n, v), value]);
  // Benign twins: the same names and forms holding what is no key.
  const benignValues = [
    '${OPENAI_API_KEY}',
    '$GROQ_KEY',
    'os.environ["OPENAI_KEY"]',
    'your-api-key-here',
    'deploy#prod#2024',
    'errors.login#title2',
    'v1.2.3#sha256',
    'user@example.com',
    '%Y-%m-%d %H:%M',
    '~/.ssh/id_ed25519',
    'https://api.example.com/v1',
    'true',
    '4096',
    'build-2024;release-3',
    'Ctrl+Shift+P',
  ];
  const benign: [string, string][] = [];
  for (const v of benignValues)
    for (const [rel, lay] of layouts.slice(0, 6)) benign.push([rel, lay(pick(weakNames), v)]);
  const benignLists = [
    ['app.py', 'sort_keys=True\n'],
    ['app.py', 'json.dumps(data, sort_keys=True, indent=2)\n'],
    ['config.yaml', 'secrets: inherit\n'],
    ['config.yaml', 'secrets: [DB_PASSWORD, OPENAI_API_KEY]\n'],
    ['.env', 'MAX_TOKENS=4096\n'],
    ['config.yaml', 'max_tokens: 8192\ninput_tokens: 123456789\n'],
    ['app.py', 'API_KEYS = [os.environ["A_KEY"], os.environ["B_KEY"]]\n'],
    ['app.py', 'keys: list[str] = []\n'],
    ['config.json', '{"keys": ["up", "down", "left"], "ssh_keys": ["~/.ssh/id_rsa", "~/.ssh/id_ed25519"]}\n'],
    ['config.yaml', 'api_keys: ${API_KEYS}\n'],
    ['.env', 'GROQ_KEYS=${GROQ_KEY_1},${GROQ_KEY_2}\n'],
    ['app.js', 'const keys = Object.keys(obj);\n'],
    ['config.yaml', 'primary_keys: [user_id, order_id]\n'],
    ['notes.md', 'The api keys: see the vault, rotated 2024-01-01.\n'],
    ['config.yaml', 'cache_keys: [user-profile-v2, session-list-v3]\n'],
  ] as [string, string][];
  benign.push(...benignLists);
  return { symbols, lists, benign };
}
