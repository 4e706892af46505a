/**
 * A generator's password with no name beside it (attack 33): `M8m9bRV8^p2nMEnheU` in an agent's output, a chat line, a
 * clipboard history's `"text"`, a table's cell under no name, a TODO's `change NymJwHUJ8NxiIe@37 on the NAS`. A word of
 * 12 to 32 characters (a generator's length; a longer run is a key's, read by its shape) between blanks, quotes,
 * brackets or separators, of lower and upper case letters, digits and one to three of a password's symbols
 * (`!@#$%^&*~?+`, `-` and `_` beside them), whose letters and digits change class throughout (generated-passwords.ts,
 * strict), and no address (`ops@Mail2.io`), no encoded run (`%2F%3A`), no template, on a line under 4 KiB. Read
 * outside code only (hits.ts): in code the same run is an expression's or a decorator's.
 */
import { generatedPassword } from './generated-passwords.js';
import { runPass, type Hit, type Pass } from './pass.js';

export const BARE_RULE = 'bare-password';

const SYMBOLS = '!@#$%^&*~?+';
/**
 * A candidate: a word's start after a blank, a quote, `(` or a table's `|` (or an element's `>`), with a bound
 * lookahead for a symbol (linear on a long run), its characters, then a blank, a quote, `)`, `|`, an element's `</`,
 * or a sentence's `.`, `,`, `;`, `:` before a blank. Not inside a run of printable characters (a bundle's data string:
 * `…;1:oVK[\`Ab3…>]Und`).
 */
const CANDIDATE =
  /(?<=^|[\s"'`(|]|>(?=[^<\s]{12,32}<\/)|[,;](?=[^,;\s]{12,32}(?:[,;\r\n]|$)))(?=[A-Za-z0-9!@#$%^&*~?+_-]{0,31}[!@#$%^&*~?])[A-Za-z0-9][A-Za-z0-9!@#$%^&*~?+_-]{10,30}[A-Za-z0-9!@#$%^&*~?+](?=$|[\s"'`)|]|<\/|[.,;:](?:\s|$))/gm;

function bare(v: string): boolean {
  // One to three symbols, one of them not `+` (a licence's `LGPLv3+_or_GPLv2+`, Unicode's `U+02d4-U+02D5`).
  const symbols = [...v].filter((c) => SYMBOLS.includes(c)).length;
  if (symbols < 1 || symbols > 3 || !/[!@#$%^&*~?]/.test(v) || !generatedPassword(v, true)) return false;
  // An address, URL-encoding (two escapes or more), a template's or a shell's reference, an entity.
  return !/@[A-Za-z0-9-]+\.[A-Za-z]|(?:%[0-9A-F]{2}.*){2}|\$[{(A-Za-z_]|&[a-z]+;/.test(v);
}

/** The longest line read (a minified bundle's data string is one long line). */
const LONG_LINE = 4096;

function bareHits(text: string): Hit[] {
  const hits: Hit[] = [];
  // The current candidate's line (found once a line: linear however many candidates a line holds).
  let lineEnd = -1;
  let long = false;
  for (const m of text.matchAll(CANDIDATE)) {
    if (m.index >= lineEnd) {
      const end = text.indexOf('\n', m.index);
      lineEnd = end === -1 ? text.length : end;
      long = lineEnd - (text.lastIndexOf('\n', m.index) + 1) > LONG_LINE;
    }
    if (long) continue;
    const v = m[0].replace(/[!?]$/, (c) => (bare(m[0]) ? c : ''));
    if (bare(v)) hits.push({ rule: BARE_RULE, start: m.index, end: m.index + v.length });
  }
  return hits;
}

/** The pass of generators' passwords with no name beside them (see the file's comment). */
export const barePasswordPass = (): Pass => runPass(bareHits);
