/**
 * Round 22 (issue 11): a secret on the line(s) after the thing that says it is one, generated from a seed. A label (a
 * Markdown heading, a bold line, a sentence, a `label:` line, a comment, a diff's added line, a quoted e-mail line, an
 * HTML line before `<br>`) naming a provider's or a service's key, token, password or credentials, then (after
 * optional blank lines) the value alone: in a fenced block (``` or ~~~, with or without an info string), an indented
 * block, the next line (indented, under the same comment, quote or diff mark). Values: prefixed provider keys and
 * prefix-less random keys and passwords (20-64 characters). The twins: the same labels and layouts before code,
 * commands, variable names, hashes, UUIDs, model names, URLs, JSON, placeholders and prose, and id labels before
 * hashes and UUIDs; they must come out byte for byte.
 */
import { seededGen, type SeededGen } from './fake-secrets.js';

export const SEED = Number(process.env.REDACT_SEED ?? 2201);

export interface Plant {
  name: string;
  text: string;
  value: string;
}

const PROVIDERS = [
  'Anthropic',
  'OpenAI',
  'Stripe',
  'GitHub',
  'Slack',
  'Groq',
  'Mistral',
  'Cohere',
  'Twilio',
  'SendGrid',
  'Datadog',
  'Pinecone',
  'Supabase',
  'Vercel',
  'Cloudflare',
  'Tavily',
  'Postgres',
  'Redis',
  'staging',
  'prod',
  'the backend',
  'our CI',
  'Jira',
  'the admin',
];
const NOUNS = ['API key', 'secret key', 'token', 'access token', 'password', 'credentials', 'api key', 'auth token'];

/** A label's words naming a provider's secret, several ways. */
function labelWords(g: SeededGen): string {
  const p = g.one(PROVIDERS);
  const n = g.one(NOUNS);
  return g.one([
    `${p} ${n}`,
    `${p} ${n} (rotated)`,
    `New ${p} ${n}`,
    `Here is the ${p} ${n}`,
    `Here's my ${p} ${n}`,
    `The ${p} ${n} for the demo`,
    `${p} ${n} for staging`,
    `Use this ${n} for ${p}`,
  ]);
}

/** A value: a prefixed provider key, or a prefix-less random key or password. */
function value(g: SeededGen): [string, string] {
  const sk = ['s', 'k'].join('');
  const kinds: [string, () => string][] = [
    ['openai', () => `${sk}-proj-${g.pick('urlsafe', 48)}${['T3Bl', 'bkFJ'].join('')}${g.pick('urlsafe', 48)}`],
    ['github', () => `${['gh', 'p_'].join('')}${g.pick('alnum', 36)}`],
    ['slack', () => `${['xo', 'xb-'].join('')}${g.pick('digits', 12)}-${g.pick('digits', 13)}-${g.pick('alnum', 24)}`],
    ['stripe', () => `${sk}_live_${g.pick('alnum', 32)}`],
    ['alnum', () => g.pick('alnum', 20 + g.int(45))],
    ['alnum', () => g.pick('alnum', 32)],
    ['urlsafe', () => g.pick('alnum', 4) + g.pick('urlsafe', 20 + g.int(30)) + g.pick('alnum', 2)],
    ['password', () => password(g)],
    ['password', () => password(g)],
  ];
  const [kind, make] = g.one(kinds);
  let v = make();
  // A random draw with no digit, no upper or no lower case letter is no key's shape: draw again.
  while (kind !== 'password' && !(/\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v))) v = make();
  return [kind, v];
}

function password(g: SeededGen): string {
  const syms = '!@#%^*_+=?~&$-';
  const n = 20 + g.int(25);
  let s = g.pick('letters', 1);
  // Letters, digits and a symbol every few characters, at random places.
  while (s.length < n)
    s += g.int(5) === 0 ? syms[g.int(syms.length)] : g.pick(g.int(3) === 0 ? 'digits' : 'letters', 1);
  if (!/\d/.test(s)) s += g.pick('digits', 2);
  return s;
}

const blanks = (g: SeededGen): string => ['', '\n', '\n\n'][g.int(3)]!;
const fence = (g: SeededGen): [string, string] => {
  const f = g.one(['```', '~~~']);
  return [f + g.one(['', 'text', 'bash', 'env', 'sh', ' ']), f];
};

type Layout = (g: SeededGen, label: string, v: string) => string;

/** The layouts (each given the label's words and the value's lines). */
export const LAYOUTS: Record<string, Layout> = {
  'heading-fence': (g, l, v) => {
    const [o, c] = fence(g);
    return `${'#'.repeat(2 + g.int(3))} ${l}\n${blanks(g)}${o}\n${v}\n${c}\n`;
  },
  'heading-colon-fence': (g, l, v) => {
    const [o, c] = fence(g);
    return `Notes from setup.\n\n### ${l}:\n\n${o}\n${v}\n${c}\n\nThen restart the worker.\n`;
  },
  'heading-indented': (g, l, v) => `## ${l}\n\n    ${v}\n\nDone.\n`,
  'bold-fence': (g, l, v) => {
    const [o, c] = fence(g);
    return `**${l}:**\n${blanks(g)}${o}\n${v}\n${c}\n`;
  },
  'bold-next-line': (g, l, v) => `- deploy notes\n\n**${l}:**\n${v}\n\n`,
  'sentence-fence': (g, l, v) => {
    const [o, c] = fence(g);
    return `Thanks for the help! ${l}:\n${blanks(g)}${o}\n${v}\n${c}\nLet me know if it works.\n`;
  },
  'sentence-indented': (g, l, v) => `${l}:\n\n        ${v}\n\nIt expires next week.\n`,
  'sentence-next-line': (g, l, v) => `${l}:\n${v}\n`,
  'your-key-is': (g, l, v) => `Your ${g.one(NOUNS)} is:\n    ${v}\nKeep it safe.\n`,
  'yaml-plain': (g, l, v) => {
    const name = g.one(['api_key', 'token', 'password', 'secret', 'auth_token', 'access_key', 'client_secret']);
    return `${g.one(PROVIDERS).toLowerCase().replace(/\W+/g, '_')}:\n  ${name}:\n    ${v}\n  region: eu-west-1\n`;
  },
  'properties-continuation': (g, l, v) => {
    const name = g.one(['api.key', 'db.password', 'auth.token', 'client.secret', 'smtp.password']);
    return `app.name=demo\n${name} = \\\n    ${v}\nserver.port=8080\n`;
  },
  'ini-continuation': (g, l, v) => `[${g.one(PROVIDERS).toLowerCase().replace(/\W+/g, '')}]\ntoken =\n  ${v}\n`,
  'quote-label': (g, l, v) => `On Mon, Bob wrote:\n> Hi Ann,\n> ${l}:\n> ${v}\n> Cheers\n`,
  'quote-cut-label': (g, l, v) => {
    const words = l.split(' ');
    const k = Math.max(1, words.length - 2);
    return `> ${words.slice(0, k).join(' ')}\n> ${words.slice(k).join(' ')}:\n>\n>     ${v}\n`;
  },
  'quote-wrapped-value': (g, l, v) => {
    // A mail client wraps quoted lines at 60 to 72 columns: a long value's tail goes on the next quoted line.
    const q = '> '.repeat(1 + g.int(3));
    const width = 60 + g.int(12);
    const cut = Math.min(v.length - 4, width - q.length);
    const lines = cut >= 16 && q.length + v.length > width ? `${q}${v.slice(0, cut)}\n${q}${v.slice(cut)}` : q + v;
    return `${q}${l}:\n${lines}\n${q}\n${q.slice(2)}Ann wrote earlier\n`;
  },
  'hash-comment': (g, l, v) => `# ${l}\n# ${v}\nexport REGION=us-east-1\n`,
  'slash-comment': (g, l, v) => `const client = makeClient();\n// ${l}:\n// ${v}\n`,
  'sql-comment': (g, l, v) => `-- ${l}:\n--   ${v}\nSELECT 1;\n`,
  'diff-added': (g, l, v) => `@@ -1,3 +1,5 @@\n # Setup\n+${l}:\n+${v}\n+\n context line\n`,
  'diff-fence': (g, l, v) => `+### ${l}\n+\n+\`\`\`\n+${v}\n+\`\`\`\n`,
  'html-br': (g, l, v) => `<p>${l}:<br>${v}<br>Thanks</p>\n`,
  'html-br-lines': (g, l, v) => `<div>${l}:<br/>\n${v}<br/>\n</div>\n`,
  'chat-turn': (g, l, v) => `user: ${l.toLowerCase()}\n\n${v}\n\nassistant: I will set it up.\n`,
};

/** Every plant of a seed: each layout with several labels and value shapes. */
export function plants(seed: number, per = 6): Plant[] {
  const g = seededGen(seed);
  const out: Plant[] = [];
  for (const [layout, make] of Object.entries(LAYOUTS))
    for (let i = 0; i < per; i++) {
      const [kind, v] = value(g);
      out.push({ name: `${layout}/${kind}`, text: make(g, labelWords(g), v), value: v });
    }
  return out;
}

/** Benign contents after a secret's label: code, commands, names, placeholders, URLs, model names, JSON, prose. */
function benign(g: SeededGen): string {
  const env = g.one(['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'STRIPE_SECRET_KEY', 'GITHUB_TOKEN', 'SLACK_BOT_TOKEN']);
  return g.one([
    `export ${env}=...`,
    `echo $${env}`,
    env,
    `${env}=<your-key>`,
    'sk-...',
    '<your-key>',
    '<TOKEN>',
    'xxxxxxxxxxxxxxxxxxxxxxxx',
    'YOUR_TOKEN_HERE',
    'your-api-key-here',
    'os.environ["OPENAI_API_KEY"]',
    'client = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])',
    'gh auth login --with-token < token.txt',
    'stripe login',
    `https://dashboard.stripe.com/apikeys`,
    'https://platform.openai.com/api-keys',
    'claude-3-5-sonnet-20241022',
    'gpt-4o-mini-2024-07-18',
    'mistral-large-latest',
    '{"api_key": "${API_KEY}", "model": "gpt-4o"}',
    'See the vault entry prod/payments for the value.',
    'Ask Dana for it; it is in 1Password under Engineering.',
    'It is stored in the CI secrets as STRIPE_SECRET_KEY.',
    'read from the environment at startup',
    'npm run setup -- --interactive',
    `vault kv get -field=token secret/${g.pick('lowerAlnum', 6)}`,
    'kubectl create secret generic api --from-env-file=.env',
    'Rotated_Every_Ninety_Days_By_The_Platform_Team',
    'getTokenFromKeychain',
    'process.env.SENDGRID_API_KEY',
  ]);
}

/** An id label and its value: a hash, a UUID, a commit, a request id. */
function idPair(g: SeededGen): [string, string] {
  const uuid = (): string =>
    `${g.pick('hex', 8)}-${g.pick('hex', 4)}-4${g.pick('hex', 3)}-a${g.pick('hex', 3)}-${g.pick('hex', 12)}`;
  return g.one([
    ['SHA-256 checksum', g.pick('hex', 64)],
    ['Commit', g.pick('hex', 40)],
    ['Request ID', uuid()],
    ['Trace id', g.pick('hex', 32)],
    ['Build hash', g.pick('hex', 40)],
    ['Session id', uuid()],
    ['MD5 of the archive', g.pick('hex', 32)],
    ['Run id', `run_${g.pick('lowerAlnum', 20)}`],
    ['Model', 'claude-3-5-sonnet-20241022'],
    ['Release', `v${g.int(9)}.${g.int(20)}.${g.int(30)}`],
    ['Token refresh fix', g.pick('hex', 40)],
    ['Key rotation', g.pick('hex', 40)],
    ['Password reset flow', uuid()],
    ['API key usage', `${g.int(900)} requests`],
  ] as [string, string][]);
}

/** The layouts whose secret's name is their own, not the label's (an id under it would be a secret). */
const OWN_NAME = /^(?:yaml-plain|properties-continuation|ini-continuation|your-key-is)$/;

/** The twins of a seed: each layout with a secret's label before benign lines, and an id label before ids. */
export function twins(seed: number, per = 5): string[] {
  const g = seededGen(seed);
  const out: string[] = [];
  for (const [layout, make] of Object.entries(LAYOUTS))
    for (let i = 0; i < per; i++) {
      out.push(make(g, labelWords(g), benign(g)));
      const [label, id] = idPair(g);
      if (!OWN_NAME.test(layout)) out.push(make(g, label, id));
    }
  return out;
}

/** Whether a value (or a 12-character window of it) survives redaction. */
export function leaks(out: string, p: Plant): boolean {
  if (out.includes(p.value)) return true;
  for (let i = 0; i + 12 <= p.value.length; i += 4) if (out.includes(p.value.slice(i, i + 12))) return true;
  return false;
}
