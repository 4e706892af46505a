/**
 * Secrets written as a list under a label (issue 11, category 2):
 * - a wallet's seed phrase (BIP-39: 12 to 24 words of 3 to 8 lowercase letters) after `mnemonic`, `seed phrase`,
 *   `recovery phrase`, `seed words` and a separator (`:`, `=`, `is`, a quote, a call's `(`, a line break), or after
 *   `Bearer ` (a header's credential: `Authorization: Bearer <12 words>`) or `token=` (attack 59), a code's item
 *   (`os.environ["SEED_PHRASE"] = "…"`), words on one line or
 *   several, numbered or not; the words stop at one no BIP-39 list holds (`the`, `and`, `your`: prose), and fewer than
 *   12 are no phrase (`the seed phrase is 12 words long`);
 * - two-factor recovery and backup codes (`xxxxx-xxxxx`, `1234 5678`) listed under `recovery codes`, `backup codes`,
 *   `2FA codes` on the label's line or the lines after it (bulleted, numbered, comma-separated): four or more codes.
 * Each is found where the shared literal scan found its label's word (literal-scan.ts); the label's case is any.
 */
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { ascending } from './seed-phrases.js';
import { pushAll } from '../lists.js';

const WORDS = [
  ...['mnemonic', 'seed', 'recovery', 'backup', '2fa', 'mfa', 'scratch', 'emergency', 'two-factor', 'bearer'],
  ...['token=', 'token:'],
  // A key's name with a phrase of twelve words or more in quotes (`apiKey: "<words>"`, `app.secret_key = b"…"`).
  ...['apikey', 'api_key', 'api-key', 'secret_key', 'secretkey', 'private_key', 'privatekey'],
];

/**
 * A seed phrase's label (from the scan's word on), its separator and any opening quote; or the label as a pair's name
 * and the value after it (`{"name": "MNEMONIC", "value": "…"}`, `os.environ.setdefault("MNEMONIC", "…")`, YAML's
 * `- name:` then `value:` on the next line: attack 59).
 */
const PHRASE_LABEL =
  /(?:(?:mnemonic(?:[ _-]?(?:phrase|words|seed))?|seed(?:[ _-]?(?:phrase|words))?|(?:recovery|backup|secret)[ _-]?phrase|(?:api|secret|private)[ _-]?key(?=["'`]?\]?[ \t]*[:=(,][ \t]*[bBrRuU]{0,2}["'`]))["'`]?\]?\**[ \t]*(?:(?:is|was)(?![A-Za-z]))?[ \t]*(?:,[ \t]*(?:\r?\n[ \t]*)?(?:["'`]?value["'`]?[ \t]*[:=][ \t]*)?|\r?\n[ \t]*["'`]?value["'`]?[ \t]*[:=][ \t]*|:?=?)\**[ \t]*(?:\r?\n[ \t]*)?(?:\([ \t]*)?["'`]?|bearer[ \t]+|token[ \t]*[:=][ \t]*["'`]?)[ \t]*/iy;
/** One word of a phrase, numbered or not, after the blanks or line break before it. */
const PHRASE_WORD = /(?:\s{0,8}(?:\d{1,2}[.)][ \t]*)?)([a-z]{3,8})(?![A-Za-z0-9_-])/y;
/**
 * Common words no BIP-39 English list holds: prose, not a phrase. (`that`, `this`, `then`, `they`, `there`, `what`,
 * `when`, `where`, `will`, `into`, `may`, `you` are BIP-39 words: a phrase holding one was cut short and went out.)
 */
export const NOT_BIP39 = new Set(
  (
    'the and with your them these those from are was were been than which their should would could its our not ' +
    'for but had has each some words anyone down'
  ).split(' '),
);

/** The words of a seed phrase from `at` (after its label): their [start, end), or null when fewer than 12. */
function phraseAt(text: string, at: number): [number, number] | null {
  let start = -1;
  const ends: number[] = [];
  const words: string[] = [];
  PHRASE_WORD.lastIndex = at;
  for (let m = PHRASE_WORD.exec(text); m !== null && words.length < 24; m = PHRASE_WORD.exec(text)) {
    if (NOT_BIP39.has(m[1]!)) break;
    if (start === -1) start = m.index + m[0].length - m[1]!.length;
    ends.push(m.index + m[0].length);
    words.push(m[1]!);
  }
  // In alphabetical order: the word list itself (`seed seek segment …` in a copy of it), no phrase.
  if (words.length < 12 || ascending(words)) return null;
  // A phrase is 12, 15, 18, 21 or 24 words: a word past them is the next line's (`seed: <12 words>` then `hosts …`).
  return [start, ends[words.length - (words.length % 3) - 1]!];
}

/** A recovery or backup codes label (from the scan's word on). */
const CODES_LABEL =
  /(?:recovery|backup|2fa|mfa|scratch|emergency|two-factor)(?:[ _-](?:verification|authentication|login|recovery|backup))?[ _-]?codes?\b/iy;
/**
 * One code: GitHub's `xxxxx-xxxxx`, `XXXX-XXXX(-XXXX)`, Google's `1234 5678`, two groups of letters and digits apart
 * (`f9ohl 99gu0`: a digit in them), 6 to 10 digits.
 */
const CODE =
  /(?<![\w-])(?:[a-z0-9]{4,6}-[a-z0-9]{4,6}|[A-Z0-9]{4}(?:-[A-Z0-9]{4}){1,3}|\d{4} \d{4}|(?=[a-z ]{0,12}\d)[a-z0-9]{4,6} [a-z0-9]{4,6}|\d{6,10})(?![\w-])/g;
/** The longest line read for codes. */
const CODES_LINE = 4096;
/**
 * What a line of codes holds besides them: bullets, numbers, separators, quotes, and (round 23) the cells' syntax of
 * document tables: `&` and `\\` (LaTeX), `!` and `!!` (MediaWiki), `="…"` (Excel), `+`/`=` rules (Org, reST).
 */
const BESIDE = /^[\s,;|"'`[\]{}:*•=+!&\\-]*(?:\d{1,2}[.)])?[\s,;|"'`[\]{}:*•=+!&\\-]*$/;
/** LaTeX's rules between a table's rows (`\hline`) and the commands around a cell's code (`\texttt{…}`), as blanks. */
const TEX_RULE = /\\(?:hline|midrule|toprule|bottomrule|texttt|verb|url|path|textbf)(?![A-Za-z])/g;
const TEX_CELL = new RegExp(TEX_RULE.source);
/** HTML's tags around a label and its codes (`<p>Recovery codes:&nbsp;…</p>`, `<li>…</li>`), as blanks (round 37). */
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9]{0,15}(?:[ \t][^<>\r\n]{0,200})?\/?>/g;
const blanked = (m: string): string => ' '.repeat(m.length);
/** Arrows and glyphs between a codes label and its codes (`&#x2192;`, `&rarr;`, `→`, `->`, `=>`, emoji), as blanks. */
const ARROW =
  /&(?:rarr|rArr|srarr|xrarr|raquo|mdash|ndash|#x2192|#8594|#x21d2|#8658|#187);|[\u2192\u21d2\u279c\u2794\u27f6\u27f9\u00bb\u2014\u2013]|[-=]>|\p{Extended_Pictographic}\ufe0f?/giu;

/** The codes listed after a label ending at `at`: on the rest of its line and the lines after it. */
function codesAfter(text: string, at: number, hits: Hit[]): void {
  const found: Hit[] = [];
  let lineStart = at;
  let gap = 0;
  for (let line = 0; line < 64 && lineStart < text.length; line++) {
    // A line of codes is short: a longer one ends the list (read whole for each label, a line of `recovery codes: `
    // repeated was quadratic).
    let s = text.slice(lineStart, lineStart + CODES_LINE + 1);
    const nl = s.indexOf('\n');
    if (nl !== -1) s = s.slice(0, nl);
    else if (s.length > CODES_LINE) break;
    const lineEnd = lineStart + s.length;
    s = s.replace(TEX_RULE, blanked).replace(HTML_TAG, blanked).replace(ARROW, blanked);
    const codes = [...s.matchAll(CODE)];
    const rest = s.replace(CODE, ' ');
    // The label's own line may say more (`(keep them safe):`).
    // A later line holds codes only; before the first, blank lines and rules (`|---|`) may come; between rows of a
    // table, rules (`|---+---|`, `|-`, `\hline`) and one blank line (AsciiDoc's rows).
    if (line > 0 && codes.length === 0) {
      if (!BESIDE.test(s) || (found.length > 0 && s.trim() === '' && gap++ > 0)) break;
    } else if (line > 0 && !BESIDE.test(rest)) break;
    else gap = 0;
    if (line === 0 && codes.length > 0 && !BESIDE.test(rest.slice(rest.search(/[:=]/) + 1))) return;
    for (const c of codes)
      found.push({ rule: 'recovery-codes', start: lineStart + c.index, end: lineStart + c.index + c[0].length });
    lineStart = lineEnd + 1;
  }
  if (found.length >= 4) pushAll(hits, found);
}

/** The pass of seed phrases and recovery codes under their labels. */
export function secretListPass(): Pass | null {
  const scan = literalScan(WORDS);
  if (!scan) return null;
  const pass = runPass(function secretListHits(text) {
    const hits: Hit[] = [];
    let resume = 0;
    for (const i of scan(text)) {
      if (i < resume || (i > 0 && /[A-Za-z0-9]/.test(text[i - 1]!))) continue;
      PHRASE_LABEL.lastIndex = i;
      const label = PHRASE_LABEL.exec(text);
      const phrase = label && phraseAt(text, i + label[0].length);
      if (phrase) {
        hits.push({ rule: 'seed-phrase', start: phrase[0], end: phrase[1] });
        resume = phrase[1];
        continue;
      }
      CODES_LABEL.lastIndex = i;
      const codes = CODES_LABEL.exec(text);
      if (codes) codesAfter(text, i + codes[0].length, hits);
      if (hits.length > 0) resume = Math.max(resume, hits[hits.length - 1]!.end);
    }
    return hits;
  }, true);
  // The original too where LaTeX's commands stand between codes (the view reads `\texttt` as a tab and `extt`).
  return { ...pass, rawOnlyIn: (text) => TEX_CELL.test(text) };
}
