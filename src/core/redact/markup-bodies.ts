/**
 * Prose that markup wraps, read as the lines it is: the body of a comment (HTML/XML `<!-- … -->`, JSX `{/* … *\/}`,
 * Go templates' `{{/* … *\/}}`, Handlebars `{{!-- … --}}`, Jinja `{# … #}`, JSP `<%-- … --%>`, ERB `<%# … %>`, the
 * Markdown comment idiom `[//]: # (…)`), Markdown alt text `![…]`, a link's or a reference definition's title
 * (`"…"`, `'…'`, `(…)`), and HTML `alt`, `title` and `aria-label` values. Written inside its markup, `api key "…"`
 * or `token …` no longer starts a line, where the key-name and prose passes read a label; each body line is read as a
 * line of its own (chunks.ts's joinedHits), every hit mapped back onto the body, the markup kept as it was. Bodies
 * are bounded (MAX_BODY), and every regex here is a literal followed by single bounded classes (linear).
 */
import { joinedHits, type Piece } from './chunks.js';
import type { Hit } from './pass.js';

/** How much of a comment is read (a longer one is read to here). */
const MAX_BODY = 8192;

/** Comment openers and their closers. */
const OPEN = /<!--+|\{\{?\/\*|\{\{!--|\{#|<%--|<%#|\[(?:\/\/|comment)\]:[ \t]*(?:#|<>)[ \t]*\(/g;
const CLOSE: [string, string][] = [
  ['<!--', '-->'],
  ['{{/*', '*/}}'],
  ['{/*', '*/}'],
  ['{{!--', '--}}'],
  ['{#', '#}'],
  ['<%--', '--%>'],
  ['<%#', '%>'],
  ['[', ')'],
];

/** Alt text, a link's title, a reference definition's title (the title may go on the next line), HTML attributes. */
const ALT = /!\[([^\]\n]{1,400})\]/dg;
const TITLE =
  /(?:\]\([^\s()[\]]{0,2000}|\]:[ \t]*<?[^\s<>[\]"'()]{1,2000}>?)(?:[ \t]+|[ \t]*\n[ \t]*)(?:"([^"\n]{1,400})"|'([^'\n]{1,400})'|\(([^()\n]{1,400})\))/dg;
const ATTR = /\b(?:alt|title|aria-label)[ \t]*=[ \t]*(?:"([^"\n]{1,500})"|'([^'\n]{1,500})')/dgi;

/** The lines of [s, e) of the text, each a stream of one piece. */
function linesOf(text: string, s: number, e: number, out: Piece[][]): void {
  for (let at = s; at < e;) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 || nl > e ? e : nl;
    if (end > at) out.push([[at, end]]);
    at = end + 1;
  }
}

/** The comments' bodies, line by line. */
function commentBodies(text: string, out: Piece[][]): void {
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(text); m !== null; m = OPEN.exec(text)) {
    const s = m.index + m[0].length;
    const open = m[0];
    const close = CLOSE.find(([o]) => open.startsWith(o))![1];
    // The Markdown idiom ends with its line; the others at their closer, or MAX_BODY on (searched no further: an
    // unclosed comment repeated would search to the end once each).
    const limit = Math.min(text.length, s + MAX_BODY);
    // A closer may share the opener's dashes (`<!---->`, `<!--->`): searched from the opener's literal end.
    const from = open.startsWith('<!--') ? m.index + 4 : s;
    const found = text.slice(from, limit).indexOf(close === ')' ? '\n' : close);
    let e = found === -1 ? limit : Math.max(s, from + found);
    if (close === ')' && text[e - 1] === ')') e--;
    linesOf(text, s, e, out);
    OPEN.lastIndex = Math.max(OPEN.lastIndex, e);
  }
}

/** The range of the first group each match of `re` (flag `d`) sets. */
function groupBodies(text: string, re: RegExp, out: Piece[][]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const range = m.indices!.slice(1).find((x) => x !== undefined);
    if (range) out.push([[range[0], range[1]]]);
  }
}

/** The hits `detect` finds in the markup's bodies, read as lines, mapped back onto the text. */
export function markupBodyHits(text: string, detect: (lines: string) => Hit[]): Hit[] {
  const streams: Piece[][] = [];
  const comments = ['<!--', '/*', '{{!', '{#', '<%', ']:'];
  if (comments.some((c) => text.includes(c))) commentBodies(text, streams);
  if (text.includes('![')) groupBodies(text, ALT, streams);
  if (text.includes('](') || text.includes(']:')) groupBodies(text, TITLE, streams);
  if (text.includes('=')) groupBodies(text, ATTR, streams);
  if (streams.length === 0) return [];
  streams.sort((a, b) => a[0]![0] - b[0]![0]);
  return joinedHits(text, streams, detect);
}
