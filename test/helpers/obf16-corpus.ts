/**
 * The corpus of the sixteenth obfuscations round: a provider token of every family (fake-secrets.ts,
 * fake-families.ts) or a value under a secret's name, obfuscated one way and written in three places each: hard
 * wraps at 32 columns, 120-column wraps behind a log prefix, quoted-printable soft breaks inside JSON-escaped text,
 * base64url-encoded JSON (OAuth `state=`, unsigned JWT-like payloads), URL-encoded tokens holding a zero-width
 * character, HTML/XML character references for some characters, Rust `concat!`/`format!`, connection URLs under a
 * key name, and macros that define a key (LaTeX, m4, CMake, C). The benign twins have the same shapes and no
 * secret. A recipient's reading (readings) undoes every obfuscation on the output, independently of the redactor.
 */
import { familyFakes } from './fake-families.js';
import { CHARSETS, fakeSecrets } from './fake-secrets.js';
import { leaksValue, redactAs, type Planted } from './placements.js';
import { wildValues } from './wild-values.js';

const ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];

/**
 * Single-line tokens of every family that is found as written in a sentence (a value found only under a name or in
 * its context is in keyedCorpus's).
 */
export function familyTokens(): string[] {
  return (cached ??= tokensFoundPlain());
}
let cached: string[] | undefined;
function tokensFoundPlain(): string[] {
  const fakes = [...fakeSecrets(), ...familyFakes()];
  const ok = (v: string): boolean => /^[\x21-\x7e]{16,}$/.test(v) && !/["'\\<>&`]/.test(v);
  return [
    ...new Set(
      fakes.filter((f) => ('text' in f ? f.text === f.value : !f.byKeyName) && ok(f.value)).map((f) => f.value),
    ),
  ].filter((v) => !leaksValue(redactAs('out.txt', `The agent used ${v} and exited.\n`), v));
}

/** Cuts a text into lines of `width` characters. */
const cut = (s: string, width: number): string[] => s.match(new RegExp(`[^]{1,${width}}`, 'g')) ?? [];
const b64url = (s: string): string => Buffer.from(s).toString('base64url');

/** `n` characters of the token replaced by HTML references, decimal, hex or mixed. */
function entities(v: string, rand: () => number, mode: number): string {
  const at = new Set<number>();
  const n = 1 + Math.floor(rand() * 3);
  at.add(0);
  while (at.size < n + 1) at.add(Math.floor(rand() * v.length));
  return [...v]
    .map((c, i) => {
      if (!at.has(i)) return c;
      const code = c.charCodeAt(0);
      const hex = mode === 1 || (mode === 2 && i % 2 === 1);
      return hex ? `&#x${code.toString(16)};` : `&#${code};`;
    })
    .join('');
}

/** A token cut into 2 or 3 pieces at random places. */
function pieces(v: string, rand: () => number): string[] {
  const a = 3 + Math.floor(rand() * (v.length / 2 - 3));
  if (rand() < 0.5) return [v.slice(0, a), v.slice(a)];
  const b = a + 2 + Math.floor(rand() * (v.length - a - 4));
  return [v.slice(0, a), v.slice(a, b), v.slice(b)];
}

const PREFIXES = [
  '2026-01-02 10:00:00 INFO ',
  '[2026-01-02T10:00:00.123Z] DEBUG agent_a: ',
  'Jan 02 10:00:00 host app[4242]: ',
];

/** Every family token × every obfuscation × three placements. */
export function tokenCorpus(rand: () => number): [string, Planted[]][] {
  const toks = familyTokens();
  const zw = (v: string): string => {
    const at = 2 + Math.floor(rand() * (v.length - 4));
    const z = ZW[Math.floor(rand() * ZW.length)]!;
    return encodeURIComponent(v.slice(0, at) + z + v.slice(at));
  };
  const plus = (v: string): string => encodeURIComponent(v).replace(/-/g, '%2D').replace(/_/g, '%5F');
  const wrapAt = (s: string, w: number, lead = ''): string =>
    `${cut(s, w)
      .map((l) => lead + l)
      .join('\n')}\n`;
  const logWrap = (p: string, s: string): string =>
    `${cut(s, 120 - p.length)
      .map((l) => p + l)
      .join('\n')}\n`;
  const say = (v: string): string => `The agent called the provider with ${v} and it answered 200 OK after retrying.`;
  const qp = (s: string): string => cut(s, 75).join('=\\n');
  const rs = (v: string): string =>
    pieces(v, rand)
      .map((p) => `"${p}"`)
      .join(', ');
  const fam = (cat: string, ps: [string, (v: string) => string][]): [string, Planted[]] => [
    cat,
    ps.flatMap(([rel, f]) => toks.map((t): Planted => [rel, f, () => t])),
  ];
  return [
    fam('wrap32', [
      ['out.txt', (v) => wrapAt(say(v), 32)],
      ['mail.txt', (v) => wrapAt(say(v), 32, '> ')],
      ['notes.md', (v) => `Key:\n\n${wrapAt(v, 32, '    ')}\nDone.\n`],
    ]),
    fam(
      'log120',
      PREFIXES.map((p): [string, (v: string) => string] => ['run.log', (v) => logWrap(p, say(v))]),
    ),
    fam('qp-json', [
      [
        'trace.json',
        (v) => `{"content": "${qp(`Subject: config\\n\\n{\\"api_key\\": \\"${v}\\"}`.padStart(60, ' '))}"}\n`,
      ],
      ['trace.json', (v) => `{"role": "tool", "output": "${qp(`${'x'.repeat(50)} token ${v} end`)}"}\n`],
      [
        'events.jsonl',
        (v) => `{"text": "${qp(`Content-Transfer-Encoding: quoted-printable\\n\\nHere is the key: ${v}`)}"}\n`,
      ],
    ]),
    fam('b64url-json', [
      ['run.log', (v) => `GET /oauth/callback?code=abc123&state=${b64url(JSON.stringify({ api_key: v, n: 4 }))} 302\n`],
      ['out.md', (v) => `payload: ${b64url('{"alg":"none"}')}.${b64url(JSON.stringify({ sub: 'agent', token: v }))}\n`],
      ['trace.json', (v) => `{"state": "${b64url(JSON.stringify({ redirect: '/home', key: v }))}"}\n`],
    ]),
    fam('url-zw', [
      ['run.log', (v) => `GET /v1/hook?token=${zw(v)}&page=2 HTTP/1.1\n`],
      ['out.md', (v) => `Open https://example.com/cb?code=${plus(v)} to finish.\n`],
      ['run.sh', (v) => `curl -d "k=${zw(v)}" https://example.com/x\n`],
    ]),
    fam('entities', [
      ['page.html', (v) => `<p>Your key: <code>${entities(v, rand, 0)}</code></p>\n`],
      ['feed.xml', (v) => `<item><description>${entities(v, rand, 1)}</description></item>\n`],
      ['page.html', (v) => `<div data-x="${entities(v, rand, 2)}">ok</div>\n`],
    ]),
    fam('rust', [
      ['main.rs', (v) => `let key = concat!(${rs(v)});\n`],
      ['main.rs', (v) => `const K: &str = concat!(\n    ${rs(v).replace(/, /g, ',\n    ')}\n);\n`],
      [
        'main.rs',
        (v) =>
          ((p) => `let k = format!("${'{}'.repeat(p.length)}", ${p.map((q) => `"${q}"`).join(', ')});\n`)(
            pieces(v, rand),
          ),
      ],
    ]),
  ];
}

/** Values under a secret's name: connection URLs under a key field, and macros that define a key. */
export function keyedCorpus(rand: () => number): [string, Planted[]][] {
  const { tok, pick, pw } = wildValues(rand);
  const toks = familyTokens();
  const value = (): string => pick([() => tok(CHARSETS.alnum, 32), pw, () => pick(toks)])();
  const pass = (): string =>
    pick([() => tok(CHARSETS.alnum, 20), () => `${tok(CHARSETS.alnum, 12)}-${tok(CHARSETS.alnum, 6)}`])();
  const schemes = ['postgresql', 'postgres', 'mysql', 'mongodb+srv', 'redis', 'amqp'];
  const url = (pw: string): string =>
    `${pick(schemes)}://${pick(['user', 'app', 'admin'])}:${pw}@db.example.com:5432/app`;
  const keyNames = ['x-api-key', 'api_key', 'apiKey', 'token', 'secret', 'DATABASE_PASSWORD', 'auth_token'];
  const macroNames = ['API_KEY', 'OPENAI_API_KEY', 'SECRET_TOKEN', 'DB_PASSWORD', 'apikey'];
  const n = (): string => pick(keyNames);
  const m = (): string => pick(macroNames);
  const times = (k: number, ps: [string, (v: string) => string, () => string][]): Planted[] =>
    Array.from({ length: k }, () => ps).flat();
  return [
    [
      'conn-url',
      times(12, [
        ['config.json', (v) => `{"${n()}": "${url(v)}", "timeout": 30}\n`, pass],
        ['config.yaml', (v) => `${n()}: ${url(v)}\n`, pass],
        ['.env', (v) => `${m()}=${url(v)}\n`, pass],
      ]),
    ],
    [
      'macros',
      times(12, [
        ['paper.tex', (v) => `\\newcommand{\\${pick(['apikey', 'apiKey', 'secretToken'])}}{${v}}\n`, value],
        ['config.m4', (v) => `define(\`${m()}', \`${v}')dnl\n`, value],
        ['CMakeLists.txt', (v) => `set(${m()} "${v}" CACHE STRING "")\n`, value],
        ['config.h', (v) => `#define ${m()} "${v}"\n`, value],
        ['paper.tex', (v) => `\\def\\${pick(['apikey', 'apitoken'])}{${v}}\n`, value],
        ['CMakeLists.txt', (v) => `set(${m()} ${v})\n`, value],
      ]),
    ],
  ];
}

/** What a recipient reads: references and percent escapes decoded, zero-width removed, soft breaks and wraps joined,
 * base64url runs decoded. */
export function readings(out: string): string {
  const parts = [out];
  const dec = out
    .replace(/&#([xX][0-9a-fA-F]+|\d+);?/g, (_, e: string) =>
      String.fromCodePoint(e[0] === 'x' || e[0] === 'X' ? parseInt(e.slice(1), 16) : parseInt(e, 10)),
    )
    .replace(/(?:%[0-9a-fA-F]{2})+/g, (s) => Buffer.from(s.replace(/%/g, ''), 'hex').toString('utf8'))
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
  parts.push(dec, out.replace(/=\\n|=\n/g, ''));
  const lines = out.split('\n');
  for (const strip of [/^/, /^(?:> | {4}|# )/, /^.*?(?:INFO|DEBUG|\]:) /])
    parts.push(lines.map((l) => l.replace(strip, '')).join(''));
  for (const r of out.match(/[A-Za-z0-9_-]{16,}/g) ?? []) parts.push(Buffer.from(r, 'base64url').toString('latin1'));
  parts.push(out.replace(/"\s*,\s*"/g, ''));
  return parts.join('\n');
}
export const leaksRead = (out: string, v: string): boolean => leaksValue(readings(out), v);

/** Benign text of the same shapes: must come out byte-identical. */
export function benignCorpus(rand: () => number): [string, string][] {
  const { tok, pick } = wildValues(rand);
  const words = ['alpha', 'bravo', 'render', 'config', 'build', 'matrix', 'vector', 'delta', 'river', 'stone'];
  const sentence = (): string => Array.from({ length: 30 }, () => pick(words)).join(' ');
  const png = (): string => `iVBORw0KGgoAAAANSUhEUgAA${tok(CHARSETS.b64, 200)}`;
  const out: [string, string][] = [];
  for (let i = 0; i < 60; i++) {
    const img = png();
    out.push(
      ['mail.txt', `Content-Type: image/png\nContent-Transfer-Encoding: base64\n\n${cut(img, 76).join('\n')}\n`],
      ['out.txt', `${cut(`data:image/png;base64,${img}`, 32).join('\n')}\n`],
      ['out.txt', `${cut(sentence(), 32).join('\n')}\n`],
      [
        'run.log',
        `${cut(sentence() + ' ' + sentence(), 95)
          .map((l) => pick(PREFIXES) + l)
          .join('\n')}\n`,
      ],
      [
        'trace.json',
        `{"content": "${cut(`Content-Transfer-Encoding: quoted-printable\\n\\n${sentence()} caf=C3=A9 ${sentence()}`, 75).join('=\\n')}"}\n`,
      ],
      [
        'mail.eml',
        `Content-Transfer-Encoding: quoted-printable\n\n${cut(`${sentence()} =E2=80=94 ${sentence()}`, 75).join('=\n')}\n`,
      ],
      [
        'run.log',
        `GET /oauth/callback?code=${tok(CHARSETS.hex, 8)}&state=${b64url(JSON.stringify({ redirect: '/home', nonce: i }))} 302\n`,
      ],
      [
        'out.md',
        `header: ${b64url('{"alg":"none","typ":"JWT"}')}.${b64url(JSON.stringify({ sub: pick(words), iat: 1767225600 + i }))}\n`,
      ],
      ['run.log', `GET /search?q=${encodeURIComponent(`${pick(words)}\u200b${pick(words)}`)}&page=${i} HTTP/1.1\n`],
      [
        'out.md',
        `Search https://example.com/s?q=${encodeURIComponent(`${pick(words)}+${pick(words)}-${pick(words)}`)}\n`,
      ],
      ['page.html', `<p>Caf&#233; &amp; cr&#xe8;me &#8212; ${pick(words)} &lt;tag&gt; &#x2014; &#115;ection</p>\n`],
      ['feed.xml', `<title>${pick(words)}&#x27;s build &#35;${i} &#8211; ${pick(words)}</title>\n`],
      ['main.rs', `let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/${pick(words)}.rs");\n`],
      ['main.rs', `let msg = format!("{}: {}", "${pick(words)}", "${pick(words)} ${pick(words)}");\n`],
      ['config.yaml', `database_url: postgres://app@db.example.com:5432/${pick(words)}\nkey_field: ${pick(words)}\n`],
      ['paper.tex', `\\newcommand{\\${pick(words)}}{\\mathbf{${pick(words)}}}\n\\def\\R{\\mathbb{R}}\n`],
      ['config.m4', `define(\`${pick(words).toUpperCase()}_DIR', \`/usr/share/${pick(words)}')dnl\n`],
      [
        'CMakeLists.txt',
        `set(CMAKE_CXX_STANDARD 17)\nset(${pick(words).toUpperCase()}_SOURCES src/${pick(words)}.cpp CACHE STRING "")\n`,
      ],
      ['config.h', `#define ${pick(words).toUpperCase()}_VERSION "${i}.2.3"\n#define KEY_ESCAPE 27\n`],
    );
  }
  return out;
}
