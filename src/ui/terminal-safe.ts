/**
 * Text from outside (file names, manifest paths, gh's messages, a gist's description) may hold
 * terminal control sequences: `\e]0;title\a` retitles the window, `\e[2J` clears it, a bidi
 * override reorders what is shown. Everything we print passes through here first: each control
 * character is shown as a visible escape (`\x1b`, `\x7f`, `\u009b`, `\u202e`), never sent raw.
 */

// C0 controls (but tab and line feed, decided per call), DEL, C1 controls, and the characters that print as nothing
// (Unicode's Default_Ignorable_Code_Point: the bidi marks, embeddings, overrides and isolates, the zero-width space,
// the word joiner, invisible operators, the byte order mark, the soft hyphen, the combining grapheme joiner, Hangul
// fillers, variation selectors, tag characters: hostile 59's `style\u034f.css` printed as `style.css`), the line and
// paragraph separators, and the Braille blank (U+2800). The zero-width joiner stays, and a variation selector after
// a pictograph (emoji).
const INVISIBLE =
  '(?!\\u200d)(?:(?<!\\p{Extended_Pictographic})[\\ufe00-\\ufe0f]|(?![\\ufe00-\\ufe0f])\\p{Default_Ignorable_Code_Point})|[\\u2028\\u2029\\u2800]';
const CONTROLS_KEEP_LINES = new RegExp(`[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]|${INVISIBLE}`, 'gu');
const CONTROLS_ONE_LINE = new RegExp(`[\\x00-\\x1f\\x7f-\\x9f]|${INVISIBLE}`, 'gu');

const visible = (c: string): string => {
  const code = c.codePointAt(0)!;
  if (code > 0xffff) return `\\u{${code.toString(16)}}`;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/**
 * `s` with every control character shown as an escape. `lines: true` keeps line feeds and tabs
 * (a multi-line message); the default escapes them too (a name or path printed on one line).
 */
export function terminalSafe(s: string, opts: { lines?: boolean } = {}): string {
  const re = opts.lines ? CONTROLS_KEEP_LINES : CONTROLS_ONE_LINE;
  re.lastIndex = 0;
  return re.test(s) ? s.replace(re, visible) : s;
}

// The only sequences our styler emits (style.ts colours), kept when
// colour is on; every other control character is still escaped.
const OWN_OR_CONTROL_LINES = new RegExp(`(\\x1b\\[(?:1|2|22|31|32|33|39)m)|${CONTROLS_KEEP_LINES.source}`, 'gu');
const OWN_OR_CONTROL_ONE_LINE = new RegExp(`(\\x1b\\[(?:1|2|22|31|32|33|39)m)|${CONTROLS_ONE_LINE.source}`, 'gu');

/**
 * terminalSafe for text that our own styler may have coloured: its colour sequences pass, every
 * other control character is escaped. Names and paths should still be escaped with
 * terminalSafe before they are styled (so a name's own `\e[31m` is shown, not obeyed).
 */
export function terminalSafeStyled(s: string, opts: { lines?: boolean } = {}): string {
  const re = opts.lines ? OWN_OR_CONTROL_LINES : OWN_OR_CONTROL_ONE_LINE;
  re.lastIndex = 0;
  return s.replace(re, (m, own: string | undefined) => own ?? visible(m));
}

// Characters JSON.stringify leaves raw that a terminal may obey or that print as nothing: DEL, C1 controls, the
// invisible characters above (and the JS line separators). They only ever occur inside JSON strings.
const JSON_RAW_CONTROLS = new RegExp(`[\\x7f-\\x9f]|${INVISIBLE}`, 'gu');

/**
 * JSON text with the control characters JSON.stringify leaves raw written as `\uXXXX` escapes (the same JSON value).
 */
export function jsonTerminalSafe(json: string): string {
  JSON_RAW_CONTROLS.lastIndex = 0;
  return JSON_RAW_CONTROLS.test(json)
    ? // (A tag character is two UTF-16 units, each its own escape: split('') gives the units.)
      json.replace(JSON_RAW_CONTROLS, (c) =>
        c
          .split('')
          .map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`)
          .join(''),
      )
    : json;
}
