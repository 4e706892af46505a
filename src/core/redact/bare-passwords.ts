/**
 * A generator's password with no name beside it (attack 33): `M8m9bRV8^p2nMEnheU` in an agent's output, a chat line, a
 * clipboard history's `"text"`, a table's cell under no name, a TODO's `change NymJwHUJ8NxiIe@37 on the NAS`. A word of
 * 12 to 32 characters (a generator's length; a longer run is a key's, read by its shape) between blanks, quotes,
 * brackets or separators, of lower and upper case letters, digits and one to three of a password's symbols
 * (`!@#$%^&*~?+`, `-` and `_` beside them), whose letters and digits change class throughout (generated-passwords.ts,
 * strict), and no address (`ops@Mail2.io`), no encoded run (`%2F%3A`), no template, on a line that reaches under
 * 4 KiB either way. Read outside code only (hits.ts): in code the same run is an expression's or a decorator's.
 */
import { generatedPassword } from './generated-passwords.js';
import { charSet, lineAround, shortLines } from './line-heads.js';
import { runPass, type Hit, type Pass } from './pass.js';

export const BARE_RULE = 'bare-password';

const SYMBOLS = '!@#$%^&*~?+';
/**
 * A candidate: a word's start after a blank, a quote (closed by the same quote after it), an element's `>` (closed
 * by `</`) or a CSV's `,` or `;`, with a bound lookahead for a symbol (linear on a long run), its characters, then a
 * blank, a quote, `</`, or a sentence's `.`, `,`, `;`, `:` before a blank.
 */
const CANDIDATE =
  /(?<=^|[\s"'`]|>(?=[^<\s]{12,32}<\/)|[,;](?=[^,;\s]{12,32}(?:[,;\r\n]|$)))(?=[A-Za-z0-9!@#$%^&*~?+_-]{0,31}[!@#$%^&*~?])[A-Za-z0-9][A-Za-z0-9!@#$%^&*~?+_-]{10,30}[A-Za-z0-9!@#$%^&*~?+](?=$|[\s"'`]|<\/|[.,;:](?:\s|$))/my;

/**
 * A person's password of two words, each with a number, a symbol between (`Cactus2022!otter63`, `Summer2024#Beach9`,
 * `cactus2022@otter63`): no sentence's word or a name's is spelled so.
 */
const HUMAN = /^[A-Za-z][a-z]{2,10}\d{2,4}[!#$%^&*?~@][A-Za-z][a-z]{2,10}\d{1,4}$/;

function bare(v: string): boolean {
  if (HUMAN.test(v)) return true;
  // One to three symbols, one of them neither `+` (a licence's `LGPLv3+_or_GPLv2+`, Unicode's `U+02d4-U+02D5`) nor a
  // sentence's last `?` or `!` (`Where is getV2ApiKeys?`).
  const symbols = [...v].filter((c) => SYMBOLS.includes(c)).length;
  if (symbols < 1 || symbols > 3 || !/[!@#$%^&*~?](?!$)/.test(v) || !generatedPassword(v, true)) return false;
  // A word of five lower-case letters or more in it is a person's or a name's (`00Dy8dBbCQGuLid!Awesome-avll8dbz`),
  // not a generator's run.
  if (/[a-z]{5,}/.test(v)) return false;
  // An escape's body a decoder left (`As%4u0073x41`, `u0073Z9%Z9J@`).
  if (/u00[0-9A-Fa-f]{2}/.test(v)) return false;
  // An address, URL-encoding (two escapes or more), a template's or a shell's reference, an entity.
  return !/@[A-Za-z0-9-]+\.[A-Za-z]|(?:%[0-9A-Fa-f]{2}.*){2}|\$[{(A-Za-z_]|&[a-z]+;/.test(v);
}

/** The longest line read either way from a candidate (a minified bundle's data string is one long line). */
const LONG_LINE = 4096;
/**
 * A line of more than 40 characters and no blank (a git binary patch's base85, a PDF's ASCII85, a data string): no
 * candidate's, unless it is markup (`<Value>…</Value>`) or a CSV row (commas or semicolons, no quote or bracket).
 */
const BASE85_LINE = /^[A-Za-z][0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~]{5,}$/;
function dense(line: string, before: string): boolean {
  // A git binary patch's line, short or not: base85's characters after a length letter, below `literal N`, `delta N`
  // or another such line.
  if (BASE85_LINE.test(line) && (BASE85_LINE.test(before) || /^(?:literal|delta) \d+$/.test(before))) return true;
  if (!/^\S{41,}$/.test(line)) return false;
  if (/<[A-Za-z][\w:.-]{0,63}>/.test(line) && line.includes('</')) return false;
  return !(/^[^"'()<>[\]\\{}`]*$/.test(line) && (line.match(/[,;]/g)?.length ?? 0) >= 2);
}

/** A candidate's characters (CANDIDATE's), by code. */
const TOKEN = charSet('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*~?+_-');
const isToken = (text: string, i: number): boolean => TOKEN[text.charCodeAt(i)] === 1;
/** The symbols one of which a candidate holds: the scan starts at each (a text without them costs one search). */
const SYMBOL = /[!@#$%^&*~?]/g;

function bareHits(text: string): Hit[] {
  const hits: Hit[] = [];
  // A line longer than LONG_LINE either way from the candidate is not read; a dense line neither (judged once).
  const lines = shortLines(text, LONG_LINE);
  let judged: [number, number] | null = null;
  let skip = false;
  // The end of the run of candidate characters read last: its other symbols are passed.
  let runEnd = -1;
  for (const s of text.matchAll(SYMBOL)) {
    if (s.index < runEnd) continue;
    // The run around the symbol, at most 32 characters back; a longer run is no candidate (read to its end once).
    let start = s.index;
    while (start > 0 && s.index - start < 32 && isToken(text, start - 1)) start--;
    let end = s.index + 1;
    while (end < text.length && isToken(text, end)) end++;
    runEnd = end;
    if ((start > 0 && isToken(text, start - 1)) || end - start > 32 || end - start < 12) continue;
    const line = lines(start, end);
    if (line === null) continue;
    if (line !== judged) {
      judged = line;
      const prev = line[0] === 0 ? null : lineAround(text, line[0] - 1, line[0] - 1, LONG_LINE);
      skip = dense(text.slice(line[0], line[1]).trim(), prev === null ? '' : text.slice(prev[0], prev[1]).trim());
    }
    if (skip) continue;
    CANDIDATE.lastIndex = start;
    const m = CANDIDATE.exec(text);
    if (m === null) continue;
    // A quote before it closes after it.
    const open = text[start - 1];
    if (open !== undefined && `"'\``.includes(open) && text[start + m[0].length] !== open) continue;
    const v = m[0].replace(/[!?]$/, (c) => (bare(m[0]) ? c : ''));
    if (bare(v)) hits.push({ rule: BARE_RULE, start, end: start + v.length });
  }
  return hits;
}

/** The pass of generators' passwords with no name beside them (see the file's comment). */
export const barePasswordPass = (): Pass => runPass(bareHits);
