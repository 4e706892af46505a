/**
 * Round 23 (issue 11, categories 3 and 7): a secret whose value spans lines, generated from a seed. The format spreads
 * it (YAML plain multi-line scalars and explicit keys, TOML multi-line strings with line-ending backslashes, HCL
 * heredocs, Python triple-quoted strings, XML CDATA, INI and .properties continuations) or a wrapper does (e-mail
 * quoting, quoted-printable soft breaks, comment prefixes, diff lines and word diffs, Python lists of lines, `<br>`,
 * Markdown hard breaks, CRLF, doubly escaped JSON, Jupyter stream text lists, 80-column terminal output, Rich panels,
 * `terraform output`). Values: prefixed provider keys and prefix-less random keys and passwords, cut at 8 to 76
 * characters. The twins: the same layouts with benign multi-line content (prose, public certificates, base64 images,
 * lockfile hashes, SQL, code, descriptions and prompts, quoted mail, diffs of code), which must come out byte for byte.
 * A plant leaks when a piece of 8+ characters or a 10-character window of its value is still in the output.
 */
import { seededGen, type SeededGen } from './fake-secrets.js';

export const SEED = Number(process.env.REDACT_SEED ?? 2301);

export interface Plant {
  name: string;
  text: string;
  value: string;
  pieces: string[];
}

const j = (...xs: string[]): string => xs.join('');

/** A value: a prefixed provider key or a prefix-less random key or password. */
function value(g: SeededGen): [string, string] {
  const sk = j('s', 'k');
  const kinds: [string, () => string][] = [
    ['openai', () => `${sk}-proj-${g.pick('urlsafe', 40)}${j('T3Bl', 'bkFJ')}${g.pick('urlsafe', 40)}`],
    ['anthropic', () => `${sk}-ant-api03-${g.pick('urlsafe', 93)}AA`],
    ['github', () => `${j('gh', 'p_')}${g.pick('alnum', 36)}`],
    ['slack', () => `${j('xo', 'xp-')}${g.pick('digits', 11)}-${g.pick('digits', 12)}-${g.pick('hex', 32)}`],
    ['google', () => `${j('AI', 'za')}Sy${g.pick('urlsafe', 33)}`],
    ['stripe', () => `${sk}_live_${g.pick('alnum', 40)}`],
    ['hex', () => g.pick('hex', 40 + 8 * g.int(4))],
    ['base64', () => g.pick('b64', 40 + g.int(30))],
    ['alnum', () => g.pick('alnum', 32 + g.int(30))],
    ['password', () => password(g)],
  ];
  const [kind, make] = g.one(kinds);
  let v = make();
  while (/^(?:alnum|base64)$/.test(kind) && !(/\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v))) v = make();
  while (kind === 'hex' && !/[a-f]/.test(v)) v = make();
  return [kind, v];
}

function password(g: SeededGen): string {
  const syms = '!@#%^*_+?~-';
  const n = 28 + g.int(20);
  let s = g.pick('letters', 1);
  while (s.length < n) s += g.int(5) === 0 ? syms[g.int(syms.length)] : g.pick(g.int(3) === 0 ? 'digits' : 'alnum', 1);
  return s + g.pick('digits', 2);
}

/** The value cut into pieces of `w` characters (the last shorter). */
function cut(v: string, w: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < v.length; i += w) out.push(v.slice(i, i + w));
  return out;
}

const NAMES = [
  'api_key',
  'apiKey',
  'password',
  'token',
  'secret',
  'client_secret',
  'auth_token',
  'access_token',
  'db_password',
  'private_token',
  'OPENAI_API_KEY',
  'GITHUB_TOKEN',
  'SLACK_TOKEN',
  'secret_key',
];

/** A layout: the secret's name, its value, and the pieces it is cut into (widths chosen by the layout). */
type Layout = (g: SeededGen, name: string, v: string) => [string, string[]];
const width = (g: SeededGen, lo = 8, hi = 76): number => lo + g.int(hi - lo + 1);
/** Pieces of a random width, at least two. */
const split = (g: SeededGen, v: string, lo = 10, hi = 40): string[] =>
  v.length < 24 ? [v] : cut(v, Math.min(width(g, lo, hi), v.length - 4));
const lines = (ps: string[], pre: string, post = ''): string => ps.map((p) => pre + p + post).join('\n');

/** The layouts of a value spread by a format or a wrapper. */
export const LAYOUTS: Record<string, Layout> = {
  'yaml-plain-multiline': (g, n, v) => {
    const ps = split(g, v);
    return [`service:\n  ${n}: ${ps[0]}\n${lines(ps.slice(1), '    ')}\n  region: eu-west-1\n`, ps];
  },
  'yaml-plain-next': (g, n, v) => {
    const ps = split(g, v);
    return [`service:\n  ${n}:\n    ${ps.join('\n    ')}\n  user: deploy\n`, ps];
  },
  'yaml-explicit-key': (g, n, v) => {
    const ps = g.int(2) ? [v] : split(g, v);
    return [`settings:\n  ? ${n}\n  : ${ps.join('\n    ')}\n  ? region\n  : eu-west-1\n`, ps];
  },
  'toml-basic-backslash': (g, n, v) => {
    const ps = split(g, v);
    return [`[provider]\n${n} = """\\\n    ${ps.join('\\\n    ')}"""\nmodel = "gpt-4o"\n`, ps];
  },
  'toml-basic-lines': (g, n, v) => {
    const ps = g.int(2) ? [v] : split(g, v);
    return [`[auth]\n${n} = """\n${ps.join('\\\n')}\n"""\n`, ps];
  },
  'toml-literal': (g, n, v) => [`[auth]\n${n} = '''\n${v}\n'''\ntimeout = 30\n`, [v]],
  'hcl-heredoc': (g, n, v) => [`variable "x" {}\n${n} = <<EOT\n${v}\nEOT\n`, [v]],
  'hcl-heredoc-indented': (g, n, v) => [
    `resource "vault_generic_secret" "app" {\n  data_json = "{}"\n  ${n} = <<-EOT\n    ${v}\n  EOT\n}\n`,
    [v],
  ],
  'terraform-output': (g, n, v) => [
    `$ terraform output\ncluster_name = "prod-eks"\n${n} = <<EOT\n${v}\nEOT\nregion = "us-east-1"\n`,
    [v],
  ],
  'python-triple': (g, n, v) => {
    const ps = g.int(2) ? [v] : split(g, v);
    return [`import os\n\n${n.toUpperCase()} = """\n${ps.join('\\\n')}\n""".strip()\n`, ps];
  },
  'python-triple-inline': (g, n, v) => [`${n} = '''${v}'''\nclient = Client(${n})\n`, [v]],
  'xml-cdata': (g, n, v) => [`<config>\n  <${n}><![CDATA[\n    ${v}\n  ]]></${n}>\n</config>\n`, [v]],
  'ini-continuation': (g, n, v) => {
    const ps = split(g, v);
    return [`[default]\nregion = us-east-1\n${n} =\n${lines(ps, '    ')}\n`, ps];
  },
  'properties-continuation': (g, n, v) => {
    const ps = split(g, v);
    return [`app.name=demo\n${n.replace(/_/g, '.')}=${ps.join('\\\n    ')}\nserver.port=8080\n`, ps];
  },
  'mail-quoted': (g, n, v) => {
    const q = g.one(['> ', '>> ', '> > ']);
    const ps = split(g, v);
    return [`On Tue, Ann wrote:\n${q}Here is the config:\n${q}${n}=${ps[0]}\n${lines(ps.slice(1), q)}\n${q}\n`, ps];
  },
  'quoted-printable': (g, n, v) => {
    const ps = split(g, v, 20, 60);
    const body = `${n}=3D${ps.join('=\n')}`;
    return [`Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\nHi,\n${body}\nThanks\n`, ps];
  },
  'comment-hash': (g, n, v) => {
    const ps = split(g, v);
    return [`# old settings:\n# ${n}: ${ps[0]}\n${lines(ps.slice(1), '#   ')}\nexport REGION=us\n`, ps];
  },
  'comment-slash': (g, n, v) => {
    const ps = split(g, v);
    return [`// TODO remove\n// const ${n} = "${ps[0]}\n${lines(ps.slice(1), '//   ')}";\nrun();\n`, ps];
  },
  'comment-sql': (g, n, v) => {
    const ps = split(g, v);
    return [`-- ${n}: ${ps[0]}\n${lines(ps.slice(1), '--   ')}\nSELECT 1;\n`, ps];
  },
  'comment-star': (g, n, v) => {
    const ps = split(g, v);
    return [`/**\n * Config.\n * ${n} = ${ps[0]}\n${lines(ps.slice(1), ' *     ')}\n */\n`, ps];
  },
  'diff-added': (g, n, v) => {
    const ps = split(g, v);
    return [`@@ -1,2 +1,4 @@\n region: us\n+${n}: ${ps[0]}\n${lines(ps.slice(1), '+  ')}\n user: x\n`, ps];
  },
  'diff-removed': (g, n, v) => {
    const ps = split(g, v);
    return [`@@ -1,4 +1,2 @@\n region: us\n-${n}: ${ps[0]}\n${lines(ps.slice(1), '-  ')}\n user: x\n`, ps];
  },
  'word-diff': (g, n, v) => {
    const ps = split(g, v);
    return [`${n}: [-old-]{+${ps[0]}+}\n${lines(ps.slice(1), '{+', '+}')}\nuser: x\n`, ps];
  },
  'python-list': (g, n, v) => {
    const ps = split(g, v);
    return [`${n} = "".join([\n${lines(ps, '    "', '",')}\n])\n`, ps];
  },
  'python-list-inline': (g, n, v) => {
    const ps = split(g, v);
    return [`parts = {"${n}": ["${ps[0]}",\n${lines(ps.slice(1), '    "', '",')}\n]}\n`, ps];
  },
  'html-br': (g, n, v) => {
    const ps = split(g, v);
    return [`<p>${n}: ${ps.join('<br>\n')}<br>\nthanks</p>\n`, ps];
  },
  'markdown-hard-break': (g, n, v) => {
    const ps = split(g, v);
    return [`Setup notes:\n\n**${n}**: ${ps.join('  \n')}  \nRestart after.\n`, ps];
  },
  crlf: (g, n, v) => {
    const ps = split(g, v);
    return [`[default]\r\n${n} =\r\n${lines(ps, '  ').replace(/\n/g, g.int(2) ? '\r\n' : '\n')}\r\nregion=us\n`, ps];
  },
  'json-double-escaped': (g, n, v) => {
    const ps = split(g, v);
    return [`{"log": "{\\"${n}\\": \\"${ps.join('\\\\r\\\\n')}\\"}"}\n`, ps];
  },
  'jupyter-stream': (g, n, v) => {
    const ps = split(g, v);
    const items = [`"${n} = ${ps[0]}"`, ...ps.slice(1).map((p) => `"${p}"`)];
    items[items.length - 1] = items[items.length - 1]!.replace(/"$/, '\\n"');
    const out = `{"name": "stdout", "output_type": "stream", "text": [\n     ${items.join(',\n     ')}\n    ]}`;
    return [`{"cells": [{"cell_type": "code", "outputs": [\n    ${out}\n   ]}]}\n`, ps];
  },
  'terminal-80': (g, n, v) => {
    const line = `$ echo ${n.toUpperCase()}=${v}`;
    const w = g.one([40, 64, 72, 80]);
    const ps = cut(line, w);
    const head = line.indexOf('=') + 1;
    const vs = ps.map((p, i) => (i === 0 ? p.slice(head) : p)).filter((p) => p.length > 0);
    return [`${ps.join('\n')}\n$ \n`, vs];
  },
  'rich-panel': (g, n, v) => {
    const inner = g.one([30, 40, 50, 60]);
    const text = `${n}: ${v}`;
    const rows = cut(text, inner);
    const vs = [rows[0]!.slice(n.length + 2), ...rows.slice(1)].filter((p) => p.length > 0);
    const body = rows.map((r) => `│ ${r.padEnd(inner)} │`).join('\n');
    return [`╭${'─'.repeat(inner + 2)}╮\n${body}\n╰${'─'.repeat(inner + 2)}╯\n`, vs];
  },
};

/** Every plant of a seed: each layout with several names and value shapes. */
export function plants(seed: number, per = 6): Plant[] {
  const g = seededGen(seed);
  const out: Plant[] = [];
  for (const [layout, make] of Object.entries(LAYOUTS))
    for (let i = 0; i < per; i++) {
      const [kind, v] = value(g);
      const [text, pieces] = make(g, g.one(NAMES), v);
      out.push({ name: `${layout}/${kind}`, text, value: v, pieces });
    }
  return out;
}

/** Whether a piece of 8+ characters or a 10-character window of the value survives. */
export function leaks(out: string, p: Plant): boolean {
  if (p.pieces.some((x) => x.length >= 8 && out.includes(x))) return true;
  for (let i = 0; i + 10 <= p.value.length; i += 2) if (out.includes(p.value.slice(i, i + 10))) return true;
  return false;
}

export { twins } from './multiline23-twins.js';
