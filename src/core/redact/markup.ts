/**
 * Tokens split by markup in a text file: pieces in consecutive text nodes of HTML, SVG or Office XML (highlighting
 * `<span>`s, `<wbr>`, `<br>`, `<tspan>`s, WordprocessingML `<w:r><w:t>` runs, an XML comment, two CDATA sections' seam
 * `]]><![CDATA[`), cut by `&shy;` or a zero-width
 * character, or by Markdown emphasis or code spans inside a token (`sk-**ant**-…`, `` `sk-ant-`api03… ``). A cut is a
 * run of such markup glued between two token characters: inline tags only (a block's tag, `<td>`, `<p>`, `<li>`, ends
 * its text), blanks only between two tags or after a `<br>`. The text is read with its cuts taken out (joined.ts);
 * only a hit that crosses a cut is kept, each piece replaced in place, the markup kept as it was.
 */
import { isTokenChar } from './escapes.js';
import { disjoint, joinCuts, mappedHits } from './joined.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';

/** Inline elements of HTML, SVG and Office XML (lower case, namespace kept): their tags cut no text. */
const INLINE = new Set(
  (
    'span a b i em strong code mark font small big sub sup u s del ins kbd samp var wbr br tt q cite abbr dfn bdi ' +
    'bdo nobr tspan textpath tref r t rpr w:r w:t w:rpr w:b w:i w:u w:color w:sz w:szcs w:rfonts w:highlight w:lang ' +
    'w:proofErr w:bookmarkstart w:bookmarkend a:r a:t a:rpr text:span'
  )
    .toLowerCase()
    .split(' '),
);
const TAG = /<(\/?)([A-Za-z][\w:.-]{0,31})(?:\s[^<>]{0,300})?\/?>/y;
/** `&shy;`, zero-width characters, spelled or as they are (the view decodes only printable references). */
const SOFT =
  /&(?:shy|#173|#[xX]0*[aA][dD]|ZeroWidthSpace|zwj|zwnj|NoBreak|lrm|rlm|#820[3-7]|#8288);|\p{Default_Ignorable_Code_Point}/uy;
/** Markdown emphasis and code-span marks inside a token. */
const MARKS = /\*{1,3}|`{1,3}|~~/y;
/**
 * The characters a cut may start with, found by the shared literal scan (literal-scan.ts: a search of its own cost
 * more than the rest of the pass). A soft hyphen or zero-width character as it is (not spelled) starts none.
 */
const scanStarts = literalScan(['<', '&', '*', '`', '~', ']]>'])!;

/** An XML comment (short: a cut, not a block) and the seam of two CDATA sections (attack 51). */
const COMMENT = /<!--[^]{0,64}?-->/y;
const CDATA_SEAM = ']]><![CDATA[';

/** A token character or `.` (a JSON Web Token's). */
const pieceChar = (c: number): boolean => isTokenChar(c) || c === 46;

/** Where a run of markup starting at `at` ends (blanks after a `<br>` or between tags included), or -1. */
function cutEnd(text: string, at: number): number {
  let i = at;
  let tag = false;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 93 && text.startsWith(CDATA_SEAM, i)) {
      [i, tag] = [i + CDATA_SEAM.length, true];
      continue;
    }
    if (c === 60 && text.startsWith('<!--', i)) {
      COMMENT.lastIndex = i;
      if (!COMMENT.test(text)) return -1;
      [i, tag] = [COMMENT.lastIndex, true];
      continue;
    }
    if (c === 60) {
      TAG.lastIndex = i;
      const m = TAG.exec(text);
      if (!m || !INLINE.has(m[2]!.toLowerCase())) return -1;
      i = TAG.lastIndex;
      // Blanks after a line break's tag, or between two tags, cut nothing that reads as text.
      let j = i;
      while (j < text.length && j - i < 64 && /\s/.test(text[j]!)) j++;
      if (j > i && (m[2]!.toLowerCase() === 'br' || text.charCodeAt(j) === 60)) i = j;
      tag = true;
      continue;
    }
    const re = c === 38 || c >= 0xad ? SOFT : c === 42 || c === 96 || c === 126 ? MARKS : null;
    if (re === null) break;
    re.lastIndex = i;
    if (!re.test(text)) break;
    i = re.lastIndex;
  }
  return i > at && (tag || i - at <= 8) ? i : -1;
}

/** The runs of markup glued between two token characters. */
function markupCuts(text: string): [number, number][] {
  const cuts: [number, number][] = [];
  let done = 0;
  for (const at of scanStarts(text)) {
    if (at < done || !pieceChar(text.charCodeAt(at - 1))) continue;
    const end = cutEnd(text, at);
    if (end === -1) continue;
    if (end < text.length && pieceChar(text.charCodeAt(end))) cuts.push([at, end]);
    done = end;
  }
  return cuts;
}

/** The pass: `detect` gives the other passes' hits in a text (the text with its cuts taken out). */
export function markupPass(detect: (text: string) => Hit[]): Pass {
  return runPass((text) => {
    const joined = joinCuts(text, markupCuts(text));
    return joined ? disjoint(mappedHits(joined, detect(joined.text))) : [];
  });
}
