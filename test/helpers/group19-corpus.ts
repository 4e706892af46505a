/**
 * Round 19, tokens cut apart by the text around them: printed in groups of 4, 5, 6 or 8 between blanks or dashes, or
 * split over the elements of an array (struct18-corpus.ts's placements, and more); and the look-alikes that must come
 * out byte for byte: hex dumps of the common tools, SQL tuples, changelogs, addresses, ids, digit groups, backup-code
 * and word lists, joined arrays of words and ids, git logs. Everything is generated from a seed.
 */
import { rng } from './fake-secrets.js';
import { gen, type Gen } from './glue15-tokens.js';
import { dq, pieces, sq } from './struct18-corpus.js';

/** Writes the value `t` in a placement, `label` (`NAME: ` or empty) before it, `name` its variable's name. */
export type Placer = (t: string, r: Gen, label: string, name: string) => string;

/** `t` in groups of `n` characters between `sep`. */
export const grouped = (t: string, n: number, sep: string): string => t.match(new RegExp(`.{1,${n}}`, 'gs'))!.join(sep);

/** Groups of 4, 5, 6 and 8 between blanks and dashes, in prose, code spans, a terminal's box and a JSON answer. */
export const MORE_GROUPS: [string, Placer][] = [
  ['space5', (t, _, l) => `The key is ${l}${grouped(t, 5, ' ')}, rotate it monthly.`],
  ['space6-code', (t, _, l) => `\`${l}${grouped(t, 6, ' ')}\``],
  ['space8-quote', (t, _, l) => `> ${l}${grouped(t, 8, ' ')}`],
  ['dash5', (t, _, l) => `${l}${grouped(t, 5, '-')}`],
  ['dash6-prose', (t, _, l) => `Use ${l}${grouped(t, 6, '-')} for now.`],
  ['dash8', (t, _, l) => `* ${l}${grouped(t, 8, '-')}`],
  ['space4-box', (t, _, l) => `│ ${l}${grouped(t, 4, ' ')} │`],
  ['json-space6', (t, _, l) => JSON.stringify({ role: 'assistant', content: `${l}${grouped(t, 6, ' ')}` })],
];

/** More arrays that code joins: TypeScript, Python lists over lines, Ruby, Go, a shell array, a JSON tool call. */
export const MORE_ARRAYS: [string, Placer][] = [
  ['ts-const', (t, r, _, n) => `export const ${n}: string = [\n  ${dq(pieces(t, r), ',\n  ')},\n].join('');`],
  ['py-list', (t, r, _, n) => `${n} = ''.join([${sq(pieces(t, r), ', ')}])`],
  ['rb-join', (t, r, _, n) => `${n} = [${dq(pieces(t, r))}].join`],
  ['go-join', (t, r, _, n) => `${n} := strings.Join([]string{${dq(pieces(t, r))}}, "")`],
  ['json-tool', (t, r) => JSON.stringify({ tool: 'set_secret', args: { parts: pieces(t, r) } }, null, 4)],
];

/** Twins: ordinary text in the shapes above, many beside a secret word (`token`, `key`, `password`, `api_keys`). */
export function groupTwins19(seed: number, words: readonly string[]): string[] {
  const r = gen(seed);
  const rand = rng(seed + 1);
  const int = (n: number): number => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const hexes = (n: number, w: number): string[] => Array.from({ length: n }, () => r('hex', w));
  const ascii = (): string =>
    Array.from({ length: 16 }, () => pick(['a', 'p', 'i', '_', 'k', 'e', 'y', ':', '.'])).join('');
  const secretWord = (): string => pick(['token', 'api_key', 'password', 'secret', 'auth', 'KEY']);
  const off = (i: number, w: number): string => (i * 16).toString(16).padStart(w, '0');
  const idents = (): string[] => Array.from({ length: 3 + int(4) }, () => pick(CODE_NAMES));
  const out: string[] = [];
  for (let i = 0; i < 30; i++) {
    const ws = Array.from({ length: 8 }, () => pick(words));
    const sw = secretWord();
    out.push(
      // Hex dumps: xxd (-g 2, -g 4, -g 8), hexdump, od -x, od -t x4, a JSON-escaped xxd, gdb's x/4xw.
      `${off(i, 8)}: ${hexes(8, 4).join(' ')}  ${sw}: ${'${'}${r('up', 14 - sw.length - 2)}`,
      `${off(i, 8)}: ${hexes(4, 8).join(' ')}  ${ascii()}`,
      `${off(i, 8)}: ${hexes(2, 16).join(' ')}  ${ascii()}`,
      `${off(i, 7)} ${hexes(8, 4).join(' ')}`,
      `${off(i, 7)} ${hexes(4, 8).join(' ')}`,
      JSON.stringify({ stdout: `${off(0, 8)}: ${hexes(8, 4).join(' ')}  ${sw}: ${'${'}OPENAI\n` }),
      `0x7ffd${r('hex', 4)}: 0x${r('hex', 8)} 0x${r('hex', 8)} 0x${r('hex', 8)} 0x${r('hex', 8)}`,
      // SQL tuples into key tables.
      `INSERT INTO ${pick(['api_keys', 'tokens', 'secrets'])} (id, provider, created_at) VALUES ` +
        `(${int(99)}, '${pick(words)}', '2024-0${1 + int(9)}-1${int(9)}'), (${int(99)}, '${pick(words)}${int(9)}', '${r('dig', 4)}-01-01');`,
      // Changelogs.
      `  * ${pick(['Pass', 'Only pass'])} ${r('up', 4)}=${pick(['yes', 'no'])} pointers in calls; ${ws.slice(0, 4).join(' ')}.`,
      `- ${pick(['Fix', 'Add', 'Bump'])} ${sw} ${pick(words)} ${r('dig', 1)}.${r('dig', 2)}.${r('dig', 1)} (#${r('dig', 4)})`,
      // Addresses and ids.
      `${sw} rotation done; host ${[0, 1, 2, 3, 4, 5, 6, 7].map(() => r('hex', 4)).join(':')}`,
      `${sw} rotation done; mac ${Array.from({ length: 6 }, () => r('hex', 2)).join(pick([':', '-']))} / ${r('hex', 4)}.${r('hex', 4)}.${r('hex', 4)}`,
      `${sw}_id: ${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`,
      `{${r('hex', 8).toUpperCase()}-${r('hex', 4).toUpperCase()}-${r('hex', 4).toUpperCase()}-${r('hex', 4).toUpperCase()}-${r('hex', 12).toUpperCase()}} ${sw}`,
      `ISBN 978-${r('dig', 1)}-${r('dig', 3)}-${r('dig', 5)}-${r('dig', 1)} and ${r('dig', 3)}-${r('dig', 10)}`,
      `call +1 ${r('dig', 3)} ${r('dig', 3)} ${r('dig', 4)} or card ${r('dig', 4)} ${r('dig', 4)} ${r('dig', 4)} ${r('dig', 4)}`,
      `${sw} rotation ticket filed for order ${r('dig', 4)}-${r('dig', 4)}-${r('dig', 4)}-${r('dig', 4)}`,
      // Lists of short codes that are no key: coupon codes, ticket ids, word lists.
      `Codes: ${Array.from({ length: 5 }, () => `${pick(words).slice(0, 4).toUpperCase()}${r('dig', 2)}`).join(' ')}`,
      `Tickets ${Array.from({ length: 6 }, () => `${pick(['ABC', 'OPS', 'SEC'])}-${r('dig', 4)}`).join(' ')}`,
      `${sw} words: ${ws.join(' ')}`,
      `${ws.slice(0, 6).join('-')}`,
      `${ws
        .slice(0, 5)
        .map((w) => w.toUpperCase())
        .join(' ')}`,
      // Arrays of words and ids, joined.
      `const ${sw.toLowerCase()}Parts = [${dq(ws.slice(0, 4))}].join("-");`,
      `${sw.toLowerCase()} = "".join(["${pick(words)}", "${pick(words)}${r('dig', 2)}", "${pick(words)}"])`,
      JSON.stringify({ tool: 'grep', args: { [sw]: [`src/${pick(words)}.ts`, `${pick(words)}/${pick(words)}2.tsx`] } }),
      JSON.stringify({ ids: [`user_${r('dig', 6)}`, `org_${r('dig', 6)}`, `team_${r('dig', 4)}`] }),
      `scopes = ['${pick(['read', 'write'])}:${pick(words)}', 'admin:${pick(words)}', 'repo']`,
      // Code's lists of identifiers under a name that says key or token (key codes, a lexer's tokens, menu ids):
      // a key name before an array does not make its elements one secret (attack 19b).
      `const ${pick(['keys', 'tokens', 'keyNames', 'hotkeys'])} = [${dq(idents())}];`,
      `${pick(['KEYS', 'TOKENS'])} = [${dq(idents())}]`,
      // Git logs: short hashes.
      `${r('hex', 7)} ${r('hex', 7)} ${r('hex', 7)} ${r('hex', 7)} ${r('hex', 7)} (${sw} rotation)`,
      `* ${r('hex', 7)} ${pick(['Fix', 'Add'])} ${sw} ${pick(words)} ${pick(words)}`,
    );
  }
  return out;
}

/** Names code keeps in lists: key codes, shortcuts, a lexer's token kinds, menu and command ids. */
const CODE_NAMES = [
  ...['Up', 'Down', 'Left', 'Right'].map((d) => `Arrow${d}`),
  ...'WASDQEZX'.split('').map((k) => `Key${k}`),
  ...'1234567890'.split('').map((d) => `Digit${d}`),
  ...['F1', 'F5', 'F12', 'Enter', 'Escape', 'Tab', 'Backspace', 'ShiftLeft', 'ControlRight', 'Numpad7'],
  ...['ctrl+s', 'ctrl+z', 'shift+Tab', 'cmd+k', 'alt+F4', 'ctrl+shift+p'],
  ...['IDENT', 'NUMBER', 'STRING', 'LParen', 'RParen', 'LBrace', 'RBrace', 'Semicolon', 'EOF', 'Int64', 'Float32'],
  ...['menuFile', 'menuEdit', 'menuView', 'helpAbout', 'cmdSave2', 'editUndo', 'viewZoom3', 'fileOpenRecent'],
];

/** `t` cut in `n` pieces at random places (each 4 characters or more). */
function cutIn(t: string, n: number, r: Gen): string[] {
  const out: string[] = [];
  let at = 0;
  for (let k = n; k > 1; k--) {
    const room = t.length - at - 4 * k;
    const len = 4 + Math.floor((parseInt(r('0123456789abcdef', 2), 16) / 256) * Math.max(1, room));
    out.push(t.slice(at, at + len));
    at += len;
  }
  out.push(t.slice(at));
  return out;
}

/** Category 3: a token split across a table row's cells side by side (Markdown, box drawing, two or three cells). */
export const CELLS: [string, Placer][] = [
  ['md-two', (t, r) => `| key | ${cutIn(t, 2, r).join(' | ')} |`],
  ['md-three', (t, r) => `| ${cutIn(t, 3, r).join(' | ')} |`],
  ['box', (t, r) => `│ ${cutIn(t, 2, r).join(' │ ')} │`],
  ['md-row', (t, r) => `| Name | Value | More |\n|---|---|---|\n| prod | ${cutIn(t, 2, r).join(' | ')} |`],
];

/** Twins of category 3: tables of words, ids, hashes, numbers and model names in cells side by side. */
export function cellTwins(seed: number, words: readonly string[]): string[] {
  const r = gen(seed);
  const rand = rng(seed + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out: string[] = [];
  for (let i = 0; i < 60; i++)
    out.push(
      `| ${pick(words)} | ${pick(words)}_${pick(words)} | ${pick(words)} |`,
      `| ${r('hex', 7)} | ${r('hex', 40)} | ${r('hex', 12)} |`,
      `| user_${r('dig', 6)} | org_${r('dig', 6)} | ${r('dig', 4)}-${r('dig', 2)}-${r('dig', 2)} |`,
      `│ gpt-4o-mini │ claude-3-5-sonnet-${r('dig', 8)} │ ${r('dig', 4)} │`,
      `| ${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)} | ${pick(words)} | token |`,
      `| sha256:${r('hex', 64)} | ${r('alnum', 12)} | ${pick(words)}.${pick(['ts', 'py', 'md'])} |`,
    );
  return out;
}
