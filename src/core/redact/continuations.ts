/**
 * A value split over lines by a backslash before the line break (attack7 L3), each piece shorter than the value's
 * shape, joined by whoever reads it:
 * - inside quotes: `export X="first half\` + `second half"` (shell, Python, YAML double quotes drop the break);
 * - unquoted: Dockerfile `ENV X=first\` + `second` (the backslash glued to the value: `ENV A=x \` is a list of pairs);
 * - quoted pieces joined by Python's explicit continuation: `X = "first" \` + `"second"`.
 * The pieces are joined and judged as the value of the name (judgeAssignment); each piece is a hit. Read from
 * line-values.ts on the lines of secret-name stems that end with a backslash (8 lines at most).
 */
import { isPlaceholderValue, judgeAssignment } from './key-names.js';
import type { Hit } from './pass.js';
import { SHAPE_RULES } from './rules.js';

let shapes: { id: string; re: RegExp }[] | null = null;
/**
 * The rule of a prefixed provider shape the whole joined value has (`AKIA…` under `AWS_ACCESS_KEY_ID`), or null: a rule
 * marked `prefix`, or one whose source starts with its keyword (`django-insecure-…`).
 */
export function shapeOf(value: string): string | null {
  shapes ??= SHAPE_RULES.filter((r) => r.prefix || r.keywords.some((k) => r.source.startsWith(k))).map((r) => ({
    id: r.id,
    re: new RegExp(`^(?:${r.source})$`),
  }));
  return shapes.find((r) => r.re.test(value))?.id ?? null;
}

/** A URL's user and password (the `url-password` rule's form), with the password's place. */
const URL_PASSWORD =
  /^[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@'"<>`]{1,100}:(?<s>[^\s/'"<>`]{3,200})@[^\s/'"<>`@]{1,200}(?:[/?#][^\s'"<>`]{0,400})?$/di;

/**
 * The hits of a URL's password in a value a format spread over lines (a YAML block scalar's: formats.ts), given as its
 * pieces ([start, text] each), or null: round 40's `token: >-` then `https://deploy:AceJ…` and `g@proxy…:8443`, where
 * no line holds the whole URL. Each piece of the password is a hit; the user and the host stay.
 */
export function joinedUrlHits(pieces: readonly (readonly [number, string])[]): Hit[] | null {
  const m = URL_PASSWORD.exec(pieces.map(([, p]) => p).join(''));
  const pw = m?.groups?.s;
  if (!m || !pw || isPlaceholderValue(pw) || !/\d/.test(pw)) return null;
  const [ps, pe] = m.indices!.groups!.s!;
  const hits: Hit[] = [];
  let at = 0;
  for (const [start, p] of pieces) {
    const [s, e] = [Math.max(ps, at), Math.min(pe, at + p.length)];
    if (s < e) hits.push({ rule: 'url-password', start: start + s - at, end: start + e - at });
    at += p.length;
  }
  return hits;
}

const MAX_LINES = 8;
const PIECE = `[^"'\`\\s\\\\]*`;
/** The first line: a name, `=` `:=` `:`, then an open quote and a piece, a piece, or a quoted piece, then `\`. */
const FIRST = new RegExp(
  `(?:^|[\\s({,])["']?([A-Za-z_][A-Za-z0-9_.-]{0,63})["']?[ \\t]*(?::=|=|:)[ \\t]*(?:(?<open>["'])(?<a>${PIECE})|(?<b>[^"'\`\\s\\\\]+)|[rRbBuUf]?(?<q>["'])(?<c>${PIECE})\\k<q>[ \\t]*)\\\\\\r?$`,
);
const QUOTED_NEXT = new RegExp(`^[ \\t]*(${PIECE})(\\\\\\r?$|["'])`);
const BARE_NEXT = /^[ \t]*([^"'`\s\\]+)(\\?)[ \t]*\r?$/;
const JOINED_NEXT = new RegExp(`^[ \\t]*[rRbBuUf]?(["'])(${PIECE})\\1[ \\t]*(\\\\?)`);

/** The hits of a value continued from the line [from, to) (which ends with a backslash) onto the next lines. */
export function continuedHits(text: string, from: number, to: number, hits: Hit[]): void {
  const m = FIRST.exec(text.slice(from, to));
  if (m === null) return;
  const g = m.groups!;
  const kind = g.open !== undefined ? 'quoted' : g.b !== undefined ? 'bare' : 'joined';
  const first = g.a ?? g.b ?? g.c!;
  const firstStart = from + m.index + m[0].lastIndexOf(first + (kind === 'joined' ? g.q! : '\\'));
  const pieces: [number, string][] = [[firstStart, first]];
  let pos = to + 1;
  for (let n = 0; n < MAX_LINES && pos < text.length; n++) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    const line = text.slice(pos, end);
    const re = kind === 'quoted' ? QUOTED_NEXT : kind === 'bare' ? BARE_NEXT : JOINED_NEXT;
    const next = re.exec(line);
    if (next === null) return;
    const piece = kind === 'joined' ? next[2]! : next[1]!;
    pieces.push([pos + next[0].indexOf(piece, next[0].search(/\S/)), piece]);
    const goesOn = kind === 'quoted' ? next[2] !== '"' && next[2] !== "'" : next[kind === 'bare' ? 2 : 3] === '\\';
    if (!goesOn) break;
    if (n === MAX_LINES - 1) return;
    pos = end + 1;
  }
  const value = pieces.map(([, p]) => p).join('');
  if (value.length < 8) return;
  // The pieces are judged here, whole: as line values, not each alone by the false-positive filter (hits.ts).
  const rule = judgeAssignment(m[1]!, value) !== null ? 'line-value' : shapeOf(value);
  if (rule === null) return;
  for (const [start, p] of pieces) if (p.length > 0) hits.push({ rule, start, end: start + p.length });
}
