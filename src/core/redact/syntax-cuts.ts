/**
 * The syntax a value may sit in after its secret name or label, as cuts (ranges to take out) so that what is left
 * reads as a plain `name: value` (unwrap.ts): markup around the label or the value (BBCode `[b]`/`[code]`, HTML tags,
 * Markdown emphasis, code spans and strike-through, AsciiDoc `+…+` and `::`), a Markdown link's text as the value
 * (`API key: [V](https://…)`) or a link's query value under a label (`![token](https://…?V)`), YAML tags and anchors
 * (`!!str`, `!secret`, `!<tag:…>`, `&a`), and code's byte and string wrappers (`[]byte(`, `Buffer.from(`, `b"`,
 * `rb'`, `u8"`, `@"`, `R"(…)"`, `new TextEncoder().encode(`).
 */
import { isAlnum, isTokenChar, isWhiteSpace } from './escapes.js';

export type Cut = [number, number];

/** How far after an opening mark or `R"(` its closing one is looked for (a label or a value: shorter). */
const REACH = 256;

const BBCODE =
  /\[\/?(?:b|i|u|s|code|icode|quote|tt|pre|color|font|size|spoiler|mono|noparse|c|inline|highlight)(?:=[^\]\n]{0,40})?\]/iy;
const HTML_TAG = /<\/?[A-Za-z][\w:-]{0,20}(?:\s[^<>\n]{0,200})?\/?>/y;
/** Emphasis, code spans, strike-through, AsciiDoc's passthrough `+`. */
const MARKS = /\*{1,3}|_{1,3}|`{1,3}\+?|~~|\+`/y;
/** A Markdown link: its text, then its target. */
const LINK = /\[([^[\]\n]{1,200})\]\(([^()\s]{1,400})\)/y;
/** A link target's last query or fragment value (base64's padding kept). */
const QUERY_VALUE = /[?&#](?:[\w.-]{1,40}=)?([^?&#=]+=*)$/;
/** A YAML tag or anchor before a value (`!!str `, `!secret `, `!<tag:yaml.org,2002:str> `, `&creds `). */
const YAML_PROP = /(?:!(?:!?[\w.:/-]{0,40}|<[^<>\s]{1,100}>)|&[\w-]{1,64})[ \t]+/y;
/** Calls and prefixes that wrap a string literal (the literal's opening quote must follow; `bytearray(b'…')`). */
const WRAPPER =
  /(?:\[\]byte\(|(?:Buffer\.from|String::from|Vec::from|bytes|bytearray|SecretStr|SecretString|Secret|CString|std::string|\[?NSString stringWithUTF8String:|Encoding\.UTF8\.GetBytes|new TextEncoder\(\)\.encode)\((?:[rR]?[bB]|[bB][rR])?|(?:rb|br|Rb|bR|RB|BR|b|B|r|R|u8|u|U|L|@)(?=["']))(?=["'])/y;

const isQuote = (c: number): boolean => c === 34 || c === 39;
/** True when `c` is a word character (letters, digits, `_`). */
const isWord = (c: number): boolean => isAlnum(c) || c === 95;

/**
 * A link to a heading (`[password](#password-reset)`, `…/README.md#api-keys`): a fragment spelled as a slug of words
 * (lower case, `-` between them), or the whole target a fragment. A heading's anchor holds no secret.
 */
const inPageAnchor = (url: string, value: string): boolean =>
  url.startsWith('#') || (url.endsWith(`#${value}`) && /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(value));

/** The cut of a Markdown link at `at` (`[`): `[V](url)` as `V`; `[label](…?V)` as `label V`. */
function linkCuts(text: string, at: number, end: number, cuts: Cut[]): number {
  LINK.lastIndex = at;
  const m = LINK.exec(text);
  if (!m || LINK.lastIndex > end) return at + 1;
  const close = at + 1 + m[1]!.length;
  const url = m[2]!;
  // A query or fragment value (after the last `?`, `=` or `#`) under a label: kept, the rest of the target cut.
  const q = QUERY_VALUE.exec(url);
  if (/(?:key|token|secret|passw|pwd|auth)/i.test(m[1]!) && q && q[1]!.length >= 8 && !inPageAnchor(url, q[1]!)) {
    const v = close + 2 + url.length - q[1]!.length;
    cuts.push([at, at + 1], [close, v], [LINK.lastIndex - 1, LINK.lastIndex]);
  } else cuts.push([at, at + 1], [close, LINK.lastIndex]);
  return LINK.lastIndex;
}

/** The one cut a sticky regex makes at `at`, or null. */
function stickyCut(re: RegExp, text: string, at: number, end: number): Cut | null {
  re.lastIndex = at;
  return re.test(text) && re.lastIndex <= end ? [at, re.lastIndex] : null;
}

/** Emphasis marks at a word's edge only (`api_key`'s `_` stays). */
function markCut(text: string, at: number, end: number, cuts: Cut[]): Cut | null {
  const cut = stickyCut(MARKS, text, at, end);
  if (!cut) return null;
  const c = text.charCodeAt(at);
  const [before, after] = [text.charCodeAt(at - 1), text.charCodeAt(cut[1])];
  // Emphasis stands at a token's edge: `api_key`'s and `-_2`'s `_` are the token's own.
  if (c !== 96 && c !== 43 && isTokenChar(before) && isTokenChar(after)) return null;
  // A symbol of a quoted password (`"Ab3*"`, `'~~x'`) is no mark.
  if (isQuote(before) || isQuote(after)) return null;
  return c === 95 || c === 42 ? pairedCut(text, cut, end, cuts) : cut;
}

/** Words between `_` marks, a label's (`_API key_`, `__token__`): not a token (`__sk-…9__` is glued-right.ts's). */
const LABEL_BETWEEN = /\s|^[A-Za-z][A-Za-z-]{0,30}$/;

/**
 * `_` and `*` emphasis opens before a word and closes after one, with the same run (`_API key_`, `**V**`): the
 * opening mark is cut with its closing one on the line (`_` over a label's words only); a lone mark is not (`_KEY=`
 * in a hex dump's column, `__init__`'s end, a YAML alias `*a1`, a bullet's `* `).
 */
function pairedCut(text: string, cut: Cut, end: number, cuts: Cut[]): Cut | null {
  const c = text.charCodeAt(cut[0]);
  const mark = text[cut[0]]!;
  const n = cut[1] - cut[0];
  const stop = Math.min(end, cut[1] + REACH);
  if (isBlank(text.charCodeAt(cut[1])) || text.charCodeAt(cut[1]) === c) return null;
  for (let i = text.indexOf(mark, cut[1]); i !== -1 && i < stop; i = text.indexOf(mark, i + 1)) {
    let j = i;
    while (text.charCodeAt(j) === c) j++;
    if (j - i !== n || isBlank(text.charCodeAt(i - 1)) || isTokenChar(text.charCodeAt(j))) {
      i = j - 1;
      continue;
    }
    if (c === 95 && !LABEL_BETWEEN.test(text.slice(cut[1], i))) return null;
    cuts.push([i, j]);
    return cut;
  }
  return null;
}

/** White space, or the text's edge (a code past it is NaN). */
const isBlank = (c: number): boolean => isWhiteSpace(c) || Number.isNaN(c);

/** AsciiDoc's `term:: value`: `::` after a term and before a blank or the line's end (not `key::ecdsa`, `a::b`). */
function dlistMark(text: string, at: number): boolean {
  const after = text.charCodeAt(at + 2);
  return (
    text.charCodeAt(at - 1) !== 58 &&
    (after === 32 || after === 9 || after === 10 || after === 13 || Number.isNaN(after))
  );
}

/** The cuts of the syntax at `at` (pushed), and where reading goes on. */
function cutsAt(text: string, at: number, end: number, cuts: Cut[]): number {
  const c = text.charCodeAt(at);
  let cut: Cut | null = null;
  if (c === 91) cut = stickyCut(BBCODE, text, at, end) ?? stickyCut(WRAPPER, text, at, end);
  if (c === 91 && cut === null) return linkCuts(text, at, end, cuts);
  if (c === 60) cut = stickyCut(HTML_TAG, text, at, end);
  else if (c === 42 || c === 95 || c === 96 || c === 126 || c === 43) cut = markCut(text, at, end, cuts);
  else if ((c === 33 || c === 38) && !isWord(text.charCodeAt(at - 1))) cut = stickyCut(YAML_PROP, text, at, end);
  else if (c === 58 && text.charCodeAt(at + 1) === 58 && dlistMark(text, at)) cut = [at, at + 1];
  else if (!isWord(text.charCodeAt(at - 1)) && c !== 91) cut = stickyCut(WRAPPER, text, at, end);
  if (cut === null) return at + 1;
  cuts.push(cut);
  if (text.charCodeAt(at) === 82 && text.charCodeAt(cut[1] + 1) === 40) rawStringCuts(text, cut[1], end, cuts);
  return cut[1];
}

/** C++'s raw string `R"(V)"`: its parentheses are cut too. */
function rawStringCuts(text: string, quote: number, end: number, cuts: Cut[]): void {
  // Within REACH only: a search to the region's end for each `R"(` is quadratic on a long line (regions merge).
  const i = text.slice(quote + 2, Math.min(end, quote + 2 + REACH)).indexOf(')"');
  if (i !== -1) cuts.push([quote + 1, quote + 2], [quote + 2 + i, quote + 3 + i]);
}

/** The cuts in text[from, end), in order, not overlapping. */
export function syntaxCuts(text: string, from: number, end: number): Cut[] {
  const cuts: Cut[] = [];
  for (let at = from; at < end;) at = cutsAt(text, at, end, cuts);
  cuts.sort((a, b) => a[0] - b[0]);
  return cuts.filter((c, i) => i === 0 || c[0] >= cuts[i - 1]![1]);
}
