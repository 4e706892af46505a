/**
 * Text from outside (file names, manifest paths, gh's messages, a gist's description) may hold
 * terminal control sequences: `\e]0;title\a` retitles the window, `\e[2J` clears it, a bidi
 * override reorders what is shown. Everything we print passes through here first: each control
 * character is shown as a visible escape (`\x1b`, `\x7f`, `\u009b`, `\u202e`), never sent raw.
 */

// C0 controls (but tab and line feed, decided per call), DEL, C1 controls, the Unicode bidi marks, embeddings,
// overrides and isolates (U+061C, U+200E-F, U+202A-E, U+2066-9), and the invisible characters that hide or split
// what a name shows: the zero-width space, the line and paragraph separators, the word joiner and invisible operators
// (U+2060-4) and the byte order mark (U+FEFF, a BOM quoted in a parser's message). The zero-width joiner stays: emoji.
const CONTROLS_KEEP_LINES =
  /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/g;
const CONTROLS_ONE_LINE = /[\x00-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/g;

const visible = (c: string): string => {
  const code = c.charCodeAt(0);
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
const OWN_OR_CONTROL_LINES =
  /(\x1b\[(?:1|2|22|31|32|33|39)m)|[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/g;
const OWN_OR_CONTROL_ONE_LINE =
  /(\x1b\[(?:1|2|22|31|32|33|39)m)|[\x00-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/g;

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

// Characters JSON.stringify leaves raw that a terminal may obey: DEL, C1 controls, bidi
// controls (and the JS line separators). They only ever occur inside JSON strings.
const JSON_RAW_CONTROLS = /[\x7f-\x9f\u2028\u2029\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * JSON text with the control characters JSON.stringify leaves raw written as `\uXXXX` escapes (the same JSON value).
 */
export function jsonTerminalSafe(json: string): string {
  JSON_RAW_CONTROLS.lastIndex = 0;
  return JSON_RAW_CONTROLS.test(json)
    ? json.replace(JSON_RAW_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : json;
}
