/**
 * Structural leaks (round 18): a secret cut, grouped, joined or wrapped by the text around it, generated for every
 * prefix family of rules.ts (glue15-tokens.ts) and for prefix-less values under a secret name, in several placements
 * per category; and the twins, look-alikes of each placement that must come out byte for byte.
 */
import { rng } from './fake-secrets.js';
import { gen, tokenMakers, type Gen } from './glue15-tokens.js';

export interface Plant {
  /** `category/family/placement`. */
  name: string;
  text: string;
  secret: string;
}

/** Prefix-less values under a secret name: the name and a maker of its value. */
export const NAMED: [string, (r: Gen) => string][] = [
  ['MISTRAL_API_KEY', (r) => r('alnum', 32)],
  ['OPENAI_API_KEY', (r) => r('alnum', 40)],
  ['DEEPGRAM_API_KEY', (r) => r('hex', 40)],
  ['db_password', (r) => r('alnum', 24)],
  ['client_secret', (r) => r('url', 40)],
  ['COHERE_API_KEY', (r) => r('alnum', 40)],
  ['auth_token', (r) => r('hex', 32)],
  ['SECRET_KEY', (r) => r('b64', 44)],
];

/**
 * Writes the value `t` in a placement, `label` (`NAME=` for a named value, or empty) right before it; `name`: the
 * secret's name (a variable's), or `key` for a token with a prefix.
 */
type Placer = (t: string, r: Gen, label: string, name: string) => string;

const octal = (c: string, three: boolean): string =>
  `\\${c
    .charCodeAt(0)
    .toString(8)
    .padStart(three ? 3 : 2, '0')}`;
/** Some characters of `t` as octal escapes: the first, or the first and a few more, in 2 or 3 digits where they fit. */
function someOctal(t: string, r: Gen, all: boolean): string {
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    const code = c.charCodeAt(0);
    const esc = i === 0 || (all && r('0123', 1) === '0');
    // `\63` is two digits only when the next character is no octal digit (C reads up to three).
    const two = code < 0o100 && !/[0-7]/.test(t[i + 1] ?? '') && r('01', 1) === '1';
    out += esc ? octal(c, !two) : c;
  }
  return out;
}

/** Category 4: the first character (or some) escaped: HTML references, `\u`, `\x`, two- and three-digit octal. */
export const ESCAPES: [string, Placer][] = [
  ['html-dec', (t, _, l) => `<p>Your key: ${l}&#${t.charCodeAt(0)};${t.slice(1)}</p>`],
  ['html-hex', (t, _, l) => `<code>${l}&#x${t.charCodeAt(0).toString(16)};${t.slice(1)}</code>`],
  ['js-u', (t, _, l) => `const k = "${l}\\u${t.charCodeAt(0).toString(16).padStart(4, '0')}${t.slice(1)}";`],
  ['py-x', (t, _, l) => `key = "${l}\\x${t.charCodeAt(0).toString(16)}${t.slice(1)}"`],
  ['c-octal-first', (t, r, l) => `static const char *key = "${l}${someOctal(t, r, false)}";`],
  ['c-octal-some', (t, r, l) => `const char k[] = "${l}${someOctal(t, r, true)}";`],
  ['shell-octal', (t, r, l) => `export TOKEN=$'${l}${someOctal(t, r, false)}'`],
  [
    'shell-octal-some',
    (t, r, l) => `curl -H $'${l || 'Authorization: Bearer '}${someOctal(t, r, true)}' https://api.example.com`,
  ],
  ['py-bytes-octal', (t, r, l) => `k = b"${l}${someOctal(t, r, false)}".decode()`],
  ['printf-octal', (t, r, l) => `printf '${l}${someOctal(t, r, true)}' > ~/.token`],
  ['cdata', (t, _, l) => `<config><key><![CDATA[${l}${t}]]></key></config>`],
];

/** `t` in groups of `n` characters between `sep`. */
const grouped = (t: string, n: number, sep: string): string => t.match(new RegExp(`.{1,${n}}`, 'g'))!.join(sep);
/** A named value's label as prose writes it (`OPENAI_API_KEY: `), or none. */
const said = (l: string): string => l.replace(/=$/, ': ');

/** Category 1: printed in groups of a few characters, as people "obscure" a key and terminal UIs print one. */
export const GROUPS: [string, Placer][] = [
  ['space4-prose', (t, _, l) => `Here it is: ${said(l)}${grouped(t, 4, ' ')} (keep it safe)`],
  ['space4-code', (t, _, l) => `Your key is \`${said(l)}${grouped(t, 4, ' ')}\`.`],
  ['dash4', (t, _, l) => `${said(l)}${grouped(t, 4, '-')}`],
  ['space-n', (t, r, l) => `  ${said(l)}${grouped(t, 3 + Number(r('01234', 1)), ' ')}`],
  ['json-answer', (t, _, l) => JSON.stringify({ role: 'assistant', content: `${said(l)}${grouped(t, 4, ' ')}` })],
];

/** `t` cut in pieces of 3 to 14 characters. */
export function pieces(t: string, r: Gen): string[] {
  const out: string[] = [];
  for (let i = 0; i < t.length;) {
    const n = 3 + parseInt(r('0123456789ab', 1), 16);
    out.push(t.slice(i, i + n));
    i += n;
  }
  return out;
}
export const dq = (xs: string[], sep = ', '): string => xs.map((x) => `"${x}"`).join(sep);
export const sq = (xs: string[], sep = ','): string => xs.map((x) => `'${x}'`).join(sep);

/** Category 2: split over the elements of an array that code joins, or a tool call's JSON array. */
export const ARRAYS: [string, Placer][] = [
  ['js-join', (t, r, _, n) => `const ${n} = [${dq(pieces(t, r))}].join("");`],
  ['js-join-tight', (t, r, _, n) => `let ${n}=[${sq(pieces(t, r))}].join('')`],
  ['py-join', (t, r, _, n) => `${n} = "".join([${dq(pieces(t, r))}])`],
  ['py-join-lines', (t, r, _, n) => `parts = [\n    ${dq(pieces(t, r), ',\n    ')},\n]\n${n} = "".join(parts)`],
  ['json-args', (t, r, _, n) => JSON.stringify({ name: 'set_env', arguments: { name: n, parts: pieces(t, r) } })],
  ['json-pretty', (t, r, _, n) => JSON.stringify({ tool: 'write', [n]: pieces(t, r) }, null, 2)],
];

/** Every category's plants for one seed: each family's token and each named value in each placement. */
export function structPlants(seed: number, categories: Record<string, [string, Placer][]>, named = true): Plant[] {
  const makers = tokenMakers(seed);
  const r = gen(seed + 1);
  const out: Plant[] = [];
  for (const [cat, placers] of Object.entries(categories)) {
    for (const [family, make] of Object.entries(makers)) {
      for (const [place, p] of placers) {
        const t = make();
        out.push({ name: `${cat}/${family}/${place}`, text: p(t, r, '', 'key'), secret: t });
      }
    }
    for (const [name, make] of named ? NAMED : []) {
      for (const [place, p] of placers) {
        const v = make(r);
        out.push({ name: `${cat}/${name}/${place}`, text: p(v, r, `${name}=`, name), secret: v });
      }
    }
  }
  return out;
}

/** The text's letters and digits, with placeholders and escapes (`&#115;`, `\u0073`, `\x73`, `\163`) taken out. */
const letters = (s: string): string =>
  s
    .replace(/\[REDACTED:[^\]\n]*\]/g, '~')
    .replace(/&#x?[0-9a-f]+;|\\u[0-9a-f]{4}|\\x[0-9a-f]{2}|\\[0-7]{2,3}/gi, '~')
    .replace(/[^A-Za-z0-9~]/g, '');

/** True when 12 letters and digits of the secret in a row (whatever was between them) are still in `out`. */
export function plantLeaks(out: string, p: Plant): boolean {
  const o = letters(out);
  const s = p.secret.replace(/[^A-Za-z0-9]/g, '');
  for (let i = 0; i + 12 <= s.length; i++) if (o.includes(s.slice(i, i + 12))) return true;
  return false;
}

/** Twins of category 4: escapes of ordinary text (words, paths, colour codes, regexes, binary reprs). */
export function escapeTwins(seed: number, words: readonly string[]): string[] {
  const r = gen(seed);
  const rand = rng(seed + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const phrase = (n: number): string => Array.from({ length: n }, () => pick(words)).join(' ');
  const oct = (w: string): string => octal(w, true) + w.slice(1);
  const out: string[] = [];
  for (let i = 0; i < 60; i++) {
    const w = phrase(4);
    out.push(
      `printf("${oct(w)}\\n");`,
      `echo $'${oct(w)}'`,
      `<p>&#${w.charCodeAt(0)};${w.slice(1)} &amp; ${pick(words)}</p>`,
      `s = "\\u${w.charCodeAt(0).toString(16).padStart(4, '0')}${w.slice(1)}"`,
      `C:\\Users\\${pick(words)}\\1${r('dig', 2)}\\${pick(words)}_${r('low', 6)}.txt`,
      `b'\\177ELF\\002\\001\\001\\000${r('low', 4)}'`,
      `re.sub(r"(\\w+)-(\\d+)", r"\\2\\1", "${pick(words)}")`,
      `const char *fmt = "\\033[1;3${r('dig', 1)}m${phrase(2)}\\033[0m";`,
      `<![CDATA[${phrase(6)}]]>`,
      `char s[] = "\\${r('01', 1)}${r('01234567', 2)}${pick(words)}_${pick(words)}";`,
    );
  }
  return out;
}

/** Twins of categories 1 and 2: prose in short words, numbers, dumps, ids and arrays of ordinary strings. */
export function groupTwins(seed: number, words: readonly string[]): string[] {
  const r = gen(seed);
  const rand = rng(seed + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const four = words.filter((w) => w.length === 4);
  const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
  const out: string[] = [];
  for (let i = 0; i < 40; i++) {
    const ws = Array.from({ length: 8 }, () => pick(four));
    out.push(
      `${cap(ws.join(' '))}.`,
      ws.map(cap).join(' '),
      `note: ${ws.slice(0, 5).join(' ')}`,
      ws.join('-'),
      `${r('dig', 4)} ${r('dig', 4)} ${r('dig', 4)} ${r('dig', 4)}`,
      `${r('hex', 8)}: ${Array.from({ length: 8 }, () => r('hex', 4)).join(' ')}  ${r('alnum', 16)}`,
      `commits ${Array.from({ length: 5 }, () => r('hex', 7)).join(' ')}`,
      `const tags = [${dq(ws.slice(0, 4))}].join(", ");`,
      `"".join(["${cap(pick(words))}", "${pick(words)}", "${r('dig', 4)}"])`,
      JSON.stringify({ files: [`src/${pick(words)}.ts`, `README.md`, `${pick(words)}/${cap(pick(words))}2.tsx`] }),
      JSON.stringify({ models: ['gpt-4o', `claude-${r('dig', 1)}-5-sonnet-2024${r('dig', 4)}`] }),
      JSON.stringify({
        ids: [`${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`, r('hex', 40)],
      }),
      `keys = ['${cap(pick(words))}', '${cap(pick(words))}', 'Tab', 'F${r('dig', 1)}']`,
      `${ws
        .slice(0, 6)
        .map((w) => w.toUpperCase())
        .join(' ')}`,
    );
  }
  return out;
}
