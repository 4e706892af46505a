/**
 * Round 21, secrets split across layout (issue 11, categories 3 and 7): a prefix-less value under a secret name in a
 * table (Markdown with no padding, a name in a header and the value in a row below, HTML rows and `<th>` headers, TSV,
 * reStructuredText grids, psql/MySQL client output, box-drawing tables); a key printed in dash groups of mixed sizes;
 * a prefix-less value under a secret name split over an array or string pieces; a secret cut over three sentences,
 * lines or chat messages. Values and twins come from a seeded generator (REDACT_SEED replays a run); a plant leaks
 * when any of its pieces is still in the output.
 */
import { gen, tokenMakers, type Gen } from './glue15-tokens.js';

export interface Plant21 {
  name: string;
  text: string;
  /** The parts of the secret as they stand in the text (one for a whole value). */
  pieces: string[];
}

export const SEED = Number(process.env.REDACT_SEED ?? 2101);

/** Secret names of the row or column, in the spellings tables print. */
const NAMES = [
  'API_KEY',
  'api_key',
  'password',
  'Password',
  'token',
  'secret',
  'client_secret',
  'db_password',
  'OPENAI_API_KEY',
  'access_token',
  'auth_token',
  'API Key',
  'Secret Key',
  'private_key',
  'apikey',
];
/** Non-secret first columns (a service or an environment). */
const SERVICES = ['openai', 'anthropic', 'prod', 'staging', 'stripe', 'github', 'mistral', 'db', 'redis', 'groq'];

/** A prefix-less value: alphanumeric, hex, URL-safe, base64 or a human password, of varied lengths. */
function value(r: Gen): string {
  const k = Number(r('01234', 1));
  const n = 20 + Number(r('0123456789', 1)) * 3;
  if (k === 0) return r('alnum', n);
  if (k === 1) return r('hex', 32 + 8 * Number(r('01', 1)));
  if (k === 2) return `${r('alnum', 6)}${r('_-', 1)}${r('url', n - 7)}`;
  if (k === 3) return r('b64', n).replace(/^[+/]/, 'Q');
  return `${r('alnum', 5)}${r('!@#%^*', 1)}${r('alnum', 4)}${r('!@#%^*', 1)}${r('alnum', 4)}`;
}

type Row = (name: string, v: string, svc: string) => string;
const padTo = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - s.length));
const bar = (w: number[], c = '-', j = '+'): string => `${j}${w.map((n) => c.repeat(n + 2)).join(j)}${j}`;
const row = (cells: string[], w: number[], b = '|'): string =>
  `${b} ${cells.map((c, i) => padTo(c, w[i]!)).join(` ${b} `)} ${b}`;
const widths = (...rows: string[][]): number[] => rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));

function grid(head: string[], body: string[], c = '-', j = '+', b = '|', hc = '='): string {
  const w = widths(head, body);
  return [bar(w, c, j), row(head, w, b), bar(w, hc, j), row(body, w, b), bar(w, c, j)].join('\n');
}
function mysql(head: string[], body: string[]): string {
  const w = widths(head, body);
  return [bar(w), row(head, w), bar(w), row(body, w), bar(w), '1 row in set (0.00 sec)'].join('\n');
}
function psql(head: string[], body: string[]): string {
  const w = widths(head, body);
  const line = (cs: string[]): string => ` ${cs.map((c, i) => padTo(c, w[i]!)).join(' | ')}`;
  return [
    line(head),
    w
      .map((n) => '-'.repeat(n + 2))
      .join('+')
      .slice(1),
    line(body),
    '(1 row)',
  ].join('\n');
}
function boxed(head: string[], body: string[]): string {
  const w = widths(head, body);
  const rule = (l: string, m: string, r: string): string => `${l}${w.map((n) => '─'.repeat(n + 2)).join(m)}${r}`;
  return [rule('┌', '┬', '┐'), row(head, w, '│'), rule('├', '┼', '┤'), row(body, w, '│'), rule('└', '┴', '┘')].join(
    '\n',
  );
}

/** Category 1: a table where a secret-named row or column holds the value. */
export const TABLES: [string, Row][] = [
  ['md-nopad-row', (n, v) => `|${n}|${v}|`],
  ['md-nopad-kv', (n, v) => `|Name|Value|\n|---|---|\n|${n}|${v}|`],
  ['md-nopad-head', (n, v, s) => `|service|${n}|\n|-|-|\n|${s}|${v}|`],
  ['md-head', (n, v, s) => `| service | ${n} |\n| --- | --- |\n| ${s} | ${v} |`],
  ['md-head-3', (n, v, s) => `| service | ${n} | notes |\n|:--|:--|:--|\n| ${s} | ${v} | rotated monthly |`],
  ['html-row', (n, v) => `<tr><td>${n}</td><td>${v}</td></tr>`],
  ['html-row-lines', (n, v) => `<table>\n  <tr>\n    <td>${n}</td>\n    <td>${v}</td>\n  </tr>\n</table>`],
  ['html-th', (n, v, s) => `<table><tr><th>service</th><th>${n}</th></tr><tr><td>${s}</td><td>${v}</td></tr></table>`],
  [
    'html-th-lines',
    (n, v, s) =>
      `<table>\n<thead><tr><th>Service</th><th>${n}</th></tr></thead>\n<tbody>\n<tr><td>${s}</td><td>${v}</td></tr>\n</tbody>\n</table>`,
  ],
  ['tsv-kv', (n, v) => `name\tvalue\n${n}\t${v}`],
  ['tsv-row', (n, v) => `${n}\t${v}`],
  ['tsv-head', (n, v, s) => `service\t${n}\tregion\n${s}\t${v}\tus-east-1`],
  ['rst-kv', (n, v) => grid(['Name', 'Value'], [n, v])],
  ['rst-head', (n, v, s) => grid(['Service', n], [s, v])],
  ['mysql-kv', (n, v) => mysql(['name', 'value'], [n, v])],
  ['mysql-head', (n, v, s) => mysql(['service', n], [s, v])],
  ['psql-kv', (n, v) => psql(['key', 'value'], [n, v])],
  ['psql-head', (n, v, s) => psql(['id', 'service', n], ['1', s, v])],
  ['box-kv', (n, v) => boxed(['Key', 'Value'], [n, v])],
  ['box-head', (n, v, s) => boxed(['Service', n], [s, v])],
];

/** Values a secret-named cell holds in the open: placeholders, masks, references, states. */
const SHOWN = [
  '<YOUR_API_KEY>',
  '********',
  'not set',
  '${OPENAI_API_KEY}',
  'env:OPENAI_API_KEY',
  'true',
  'see vault',
  'sk-...',
  '(hidden)',
  'required',
  'os.environ["DB_PASSWORD"]',
];
/** Benign id columns and what they hold: a hash, a digest, a UUID, a model name, a count, a trace id, a URL, a date. */
const ID_COLUMNS: [string, (r: Gen, i: number) => string][] = [
  ['commit', (r) => r('hex', 40)],
  ['sha256', (r) => r('hex', 64)],
  ['request_id', (r) => `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`],
  ['model', (_, i) => ['gpt-4o-mini', 'claude-3-5-sonnet-20241022', 'gemini-1.5-pro', 'mistral-large-latest'][i % 4]!],
  ['count', (r, i) => r('0123456789', 1 + (i % 5))],
  ['trace_id', (r) => r('hex', 32)],
  ['endpoint', (r) => `https://api.example.com/v1/${r('abcdefghij', 6)}`],
  ['created', (_, i) => `2025-0${1 + (i % 9)}-1${i % 10}`],
];

export function tablePlants(seed: number): Plant21[] {
  const r = gen(seed);
  const out: Plant21[] = [];
  for (const [place, f] of TABLES)
    for (let i = 0; i < NAMES.length; i++) {
      const v = value(r);
      out.push({
        name: `table/${place}/${NAMES[i]}`,
        text: f(NAMES[i]!, v, SERVICES[i % SERVICES.length]!),
        pieces: [v],
      });
    }
  return out;
}

export function tableTwins(seed: number): string[] {
  const r = gen(seed);
  const out: string[] = [];
  for (const [, f] of TABLES) {
    for (let i = 0; i < NAMES.length; i++) out.push(f(NAMES[i]!, SHOWN[i % SHOWN.length]!, SERVICES[i % 10]!));
    for (let i = 0; i < 3 * ID_COLUMNS.length; i++) {
      const [n, v] = ID_COLUMNS[i % ID_COLUMNS.length]!;
      out.push(f(n, v(r, i), SERVICES[i % 10]!));
    }
  }
  return out;
}

/** `t` in groups of 2 to 10 characters (not all equal). */
function mixedGroups(t: string, r: Gen): string[] {
  const out: string[] = [];
  for (let i = 0; i < t.length;) {
    const n = 2 + Number(r('012345678', 1));
    out.push(t.slice(i, i + n));
    i += n;
  }
  return out;
}

/** Category 2: groups of mixed sizes between dashes. */
const DASHED: [string, (g: string, label: string) => string][] = [
  ['label', (g, l) => `${l}: ${g}`],
  ['prose', (g, l) => `Here is my ${l.toLowerCase()}, formatted by the tool: ${g} (do not share)`],
  ['env', (g, l) => `${l.toUpperCase().replace(/ /g, '_')}=${g}`],
  ['json', (g, l) => JSON.stringify({ role: 'user', content: `${l}: ${g}` })],
  ['yaml', (g, l) => `${l.toLowerCase().replace(/ /g, '_')}: "${g}"`],
];
const DASH_LABELS = ['License key', 'API key', 'Token', 'Secret', 'Access key', 'Password'];

export function dashPlants(seed: number): Plant21[] {
  const makers = tokenMakers(seed);
  const r = gen(seed + 1);
  const out: Plant21[] = [];
  for (const [place, f] of DASHED) {
    for (let i = 0; i < 30; i++) {
      const v = i % 3 === 0 ? r('up', 24 + (i % 7)) : r('alnum', 20 + (i % 13));
      const g = mixedGroups(v, r);
      out.push({ name: `dash/plain/${place}/${i}`, text: f(g.join('-'), DASH_LABELS[i % 6]!), pieces: g });
    }
    for (const fam of ['openai-api-key/proj', 'anthropic-api-key', 'openrouter-api-key', 'sk-api-key']) {
      const t = makers[fam]!();
      const head = t.match(/^sk-(?:proj-|ant-api03-|or-v1-)?/)![0];
      const g = mixedGroups(t.slice(head.length), r);
      out.push({ name: `dash/${fam}/${place}`, text: f(head + g.join('-'), 'API key'), pieces: g });
    }
  }
  return out.map((p) => ({ ...p, pieces: p.pieces.filter((x) => x.length >= 6) }));
}

export function dashTwins(seed: number): string[] {
  const r = gen(seed);
  const out: string[] = [];
  const forms = [
    () => `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`,
    () => `2024-${r('01', 1)}${r('12', 1)}-${r('12', 1)}${r('0123456789', 1)}`,
    () => `v${r('0123', 1)}.${r('0123456789', 2)}.${r('0123456789', 1)}-rc.${r('12', 1)}`,
    () => ['fix-login-redirect-loop', 'feature-add-dark-mode-toggle', 'my-long-branch-name'][Number(r('012', 1))]!,
    () => `978-${r('01', 1)}-${r('0123456789', 3)}-${r('0123456789', 5)}-${r('0123456789', 1)}`,
    () => `+1-${r('23456789', 3)}-${r('0123456789', 3)}-${r('0123456789', 4)}`,
    () => `${r('hex', 7)}-${r('hex', 12)}-${r('hex', 5)}`,
    () => `gpt-4o-mini-2024-07-18`,
    () => `run-${r('low', 6)}-${r('0123456789', 10)}`,
    () => `${r('up', 4)}-${r('up', 4)}-${r('up', 4)}-${r('up', 4)}`,
  ];
  const ctx = [
    (x: string) => `id: ${x}`,
    (x: string) => `Created branch ${x} from main`,
    (x: string) => JSON.stringify({ role: 'assistant', content: `The build ${x} passed.` }),
    (x: string) => `ref=${x}`,
  ];
  for (let i = 0; i < 200; i++) out.push(ctx[i % ctx.length]!(forms[i % forms.length]!()));
  return out;
}

/** A value in 2 to 5 pieces of 6 or more characters. */
function split(v: string, r: Gen): string[] {
  const k = 2 + Number(r('0123', 1));
  const n = Math.max(6, Math.ceil(v.length / k));
  return v.match(new RegExp(`[^]{1,${n}}`, 'g'))!.filter((x, i, a) => x.length >= 6 || i < a.length - 1);
}
const dq = (xs: string[], sep = ', '): string => xs.map((x) => `"${x}"`).join(sep);
const sq = (xs: string[], sep = ', '): string => xs.map((x) => `'${x}'`).join(sep);

/** Category 3: a prefix-less value under a secret name over an array or string pieces. */
const PIECES: [string, (p: string[], n: string) => string][] = [
  ['toml-array', (p, n) => `${n} = [${dq(p)}]`],
  ['json-array', (p, n) => JSON.stringify({ [n]: p })],
  ['json-pretty', (p, n) => JSON.stringify({ config: { [n]: p } }, null, 2)],
  ['yaml-flow', (p, n) => `${n}: [${p.join(', ')}]`],
  ['yaml-block', (p, n) => `${n}:\n${p.map((x) => `  - ${x}`).join('\n')}`],
  ['js-join', (p, n) => `const ${n} = [${sq(p, ',')}].join('');`],
  ['py-implicit', (p, n) => `${n} = ${dq(p, ' ')}`],
  ['py-paren', (p, n) => `${n} = (\n    ${dq(p, '\n    ')}\n)`],
  ['shell-adjacent', (p, n) => `export ${n.toUpperCase()}=${dq(p, '')}`],
  ['js-plus', (p, n) => `const ${n} = ${sq(p, ' + ')};`],
];
const PIECE_NAMES = ['api_key', 'token', 'password', 'secret_key', 'client_secret', 'auth_token', 'db_password'];

export function piecePlants(seed: number): Plant21[] {
  const r = gen(seed);
  const out: Plant21[] = [];
  for (const [place, f] of PIECES)
    for (let i = 0; i < PIECE_NAMES.length * 2; i++) {
      const v = i % 7 === 6 ? `${r('alnum', 6)}!${r('alnum', 8)}#${r('alnum', 5)}` : value(r);
      const p = split(v, r);
      out.push({ name: `pieces/${place}/${PIECE_NAMES[i % 7]}`, text: f(p, PIECE_NAMES[i % 7]!), pieces: p });
    }
  return out;
}

export function pieceTwins(seed: number): string[] {
  const r = gen(seed);
  const out: string[] = [];
  const lists = [
    () => ['read', 'write', 'admin'],
    () => ['gpt-4o', 'claude-3-5-sonnet', 'gemini-pro'],
    () => ['read', 'write', 'admin'],
    () => ['src/index.ts', 'src/cli.ts'],
    () => ['Hello, ', 'world'],
    () => ['OPENAI_API_KEY', 'ANTHROPIC_API_KEY'],
    () => ['us-east-1', 'eu-west-1'],
  ];
  // Hashes and ids under id names; words, models, files, env names under any name (a secret name's too).
  const names = ['scopes', 'models', 'ids', 'files', 'greeting', 'required_keys', 'regions', 'api_keys', 'tokens'];
  for (const [, f] of PIECES) {
    for (let i = 0; i < 20; i++) out.push(f(lists[i % lists.length]!(), names[i % names.length]!));
    for (const n of ['commit_ids', 'request_ids', 'shas']) out.push(f([r('hex', 8), r('hex', 8), r('hex', 8)], n));
  }
  return out;
}

/** Category 4: a secret cut over three sentences, lines or chat messages. */
const PROSE: [string, (p: string[], prefix: string) => string][] = [
  [
    'sentences',
    (p, h) =>
      `The first part of my key is ${h}${p[0]}. Then comes ${p[1]}. It ends with ${p.slice(2).join('')}. Thanks!`,
  ],
  ['lines', (p, h) => `My key, in three lines:\n${h}${p[0]}\n${p[1]}\n${p.slice(2).join('')}\nUse it for the demo.`],
  [
    'numbered',
    (p, h) => `Part 1 of the key: ${h}${p[0]}\nPart 2 of the key: ${p[1]}\nPart 3 of the key: ${p.slice(2).join('')}`,
  ],
  [
    'messages',
    (p, h) =>
      [
        { role: 'user', content: `Here is the start of my API key: ${h}${p[0]}` },
        { role: 'user', content: `next part: ${p[1]}` },
        { role: 'user', content: `and the last part: ${p.slice(2).join('')}` },
      ]
        .map((m) => JSON.stringify(m))
        .join('\n'),
  ],
];
const PW_PROSE: [string, (p: string[]) => string][] = [
  ['pw-sentences', (p) => `My password is ${p[0]}. The next bit is ${p[1]}. The last bit is ${p.slice(2).join('')}.`],
  ['pw-lines', (p) => `my password is ${p[0]}\ncontinued: ${p[1]}\nand finally ${p.slice(2).join('')}`],
  [
    'pw-messages',
    (p) =>
      [`The password starts with ${p[0]}`, `then ${p[1]}`, `and ends with ${p.slice(2).join('')}`]
        .map((c) => JSON.stringify({ role: 'user', content: c }))
        .join('\n'),
  ],
];

export function prosePlants(seed: number): Plant21[] {
  const makers = tokenMakers(seed);
  const r = gen(seed + 2);
  const out: Plant21[] = [];
  const fams = ['anthropic-api-key', 'openai-api-key/proj', 'openrouter-api-key', 'sk-api-key', 'google-api-key'];
  for (const [place, f] of PROSE)
    for (const fam of fams) {
      const t = makers[fam]!();
      const head = t.match(/^(?:sk-(?:proj-|ant-api03-|or-v1-)?|AIza)/)![0];
      const body = t.slice(head.length);
      const a = Math.floor(body.length / 3);
      const p = [body.slice(0, a), body.slice(a, 2 * a), body.slice(2 * a)];
      out.push({ name: `prose/${fam}/${place}`, text: f(p, head), pieces: p });
    }
  for (const [place, f] of PW_PROSE)
    for (let i = 0; i < 10; i++) {
      const p = [r('alnum', 6 + (i % 3)), r('alnum', 6), r('alnum', 6 + (i % 4))];
      out.push({ name: `prose/password/${place}/${i}`, text: f(p), pieces: p });
    }
  return out;
}

export function proseTwins(): string[] {
  return [
    'The first part of the guide covers setup. Then comes configuration. It ends with deployment.',
    'My key takeaway is simple. Then comes testing. It ends with a summary.',
    'Part 1 of the key: introduction\nPart 2 of the key: usage\nPart 3 of the key: conclusion',
    'my password is stored in the vault\ncontinued: see the runbook\nand finally rotate it monthly',
    JSON.stringify({ role: 'user', content: 'Here is the start of my API key: it begins with sk-' }),
    JSON.stringify({ role: 'user', content: 'next part: the README' }),
    'The password starts with a capital letter. Then a digit. It ends with a symbol.',
  ];
}

/** Leaks: the plants whose pieces are still in their redacted text. */
export function leaked(plants: readonly Plant21[], redact: (s: string) => string): string[] {
  return plants
    .filter((p) => {
      const out = redact(p.text);
      return p.pieces.some((x) => out.includes(x));
    })
    .map((p) => `${p.name}: ${p.text.slice(0, 200)}`);
}
