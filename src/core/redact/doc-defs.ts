/**
 * Secrets defined in document markup (round 23, issue 11 category 3): a LaTeX macro named for a secret
 * (`\newcommand{\apikey}{…}`, `\renewcommand*`, `\providecommand`, `\def\token{…}`, `\gdef`), a `key=value` of
 * `\pgfkeys{…}`/`\pgfset{…}`/`\setkeys{…}` (the key's last path segment is its name: `/api/key=…`), an Org file's
 * `#+PROPERTY: api_key …` and an AsciiDoc attribute entry (`:api-key: …`). The value is read as a table cell is
 * (doc-tables.ts's `cellValue`: `\texttt{…}` taken off, LaTeX's escapes read) and judged under the name (cells.ts's
 * `judgeCell`, as a row's value: a digit, a symbol or a random word). Found from the literals `command`, `\def\`,
 * `\gdef\`, `keys{`, `\pgfset{`, `#+PROPERTY:` and a line break then `:`; every read is bounded (`BODY` characters;
 * a group not closed within it is not read again for each command inside it).
 */
import { isSecretName, judgeCell } from './cells.js';
import { cellValue } from './doc-tables.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';

/** The most characters of a definition's body read. */
const BODY = 2048;

const MACRO =
  /\\(?:(?:new|renew|provide)command\*?\s{0,4}\{?\\([A-Za-z@]{2,40})\}?(?:\s{0,4}\[\d\])?|g?def\\([A-Za-z@]{2,40}))\s{0,4}\{/y;
const KEYS = /\\(?:pgfkeys|pgfset|setkeys(?:\{[A-Za-z@-]{1,40}\})?)\{/y;
const PROPERTY = /#\+PROPERTY:[ \t]+([A-Za-z_][\w.-]{1,63})[ \t]+(\S[^\r\n]{0,255})/iy;
/** An AsciiDoc attribute entry at a line's start: `:api-key: …`. */
const ATTRIBUTE = /\n:([A-Za-z][\w-]{1,63}):[ \t]+(\S[^\r\n]{0,255})/y;

/** The end of the group opened just before `at` (`}` at depth 0, `\{`/`\}` skipped), or -1 within BODY. */
function groupEnd(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length && i < at + BODY; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && depth-- === 0) return i;
  }
  return -1;
}

function judge(text: string, name: string, a: number, b: number, hits: Hit[]): void {
  const squashed = name.replace(/[@]/g, '');
  if (!isSecretName(squashed)) return;
  const { a: s, b: e, value } = cellValue(text, [a, b]);
  if (/\\[A-Za-z#]/.test(value)) return;
  const hit = judgeCell(squashed, value, 'row');
  if (hit === null) return;
  const exact = value === text.slice(s, e);
  hits.push({ rule: hit.rule, start: exact ? s + hit.start : s, end: exact ? s + hit.end : e });
}

/** The `key=value` pairs of a key list from `at` to `end`, split at top-level commas. */
function keyList(text: string, at: number, end: number, hits: Hit[]): void {
  let depth = 0;
  let from = at;
  for (let i = at; i <= end; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    if (i < end && (c !== ',' || depth > 0)) continue;
    const eq = from + text.slice(from, i).indexOf('=');
    if (eq >= from) {
      const key = text.slice(from, eq).trim().split('/').pop()!.replace(/\s+/g, '_');
      if (/^[A-Za-z][\w-]{0,63}$/.test(key)) judge(text, key, eq + 1, i, hits);
    }
    from = i + 1;
  }
}

export function docDefHits(text: string, starts: readonly number[]): Hit[] {
  const hits: Hit[] = [];
  let resume = 0;
  for (const i of starts) {
    if (i < resume) continue;
    // The command's backslash, a few characters before its word (`\\newcommand`, `\\pgfkeys{`).
    let at = i;
    if (text[i] !== '#' && text[i] !== '\n') while (at > 0 && i - at < 16 && text[at] !== '\\') at--;
    for (const re of [MACRO, KEYS, PROPERTY, ATTRIBUTE]) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (m === null) continue;
      if (re === PROPERTY || re === ATTRIBUTE) {
        judge(text, m[1]!, m.index + m[0].length - m[2]!.length, m.index + m[0].length, hits);
        break;
      }
      const open = m.index + m[0].length;
      const close = groupEnd(text, open);
      // Not closed within BODY: what it holds is not read again for each command inside it.
      resume = close === -1 ? open + BODY : close;
      if (close === -1) break;
      if (re === KEYS) keyList(text, open, close, hits);
      else judge(text, (m[1] ?? m[2])!, open, close, hits);
      break;
    }
  }
  return hits;
}

export function docDefPass(): Pass | null {
  const scan = literalScan(['command', '\\def\\', '\\gdef\\', 'keys{', '\\pgfset{', '#+property:', '\n:']);
  if (!scan) return null;
  // The original too where a backslash stands (the view reads `\newcommand`'s `\n` as a line break), and only there:
  // the original's own literal scan is a second run over the piece (the shared scan reads the view once).
  return { ...runPass((text) => docDefHits(text, scan(text)), true), rawOnlyIn: (text) => text.includes('\\') };
}
