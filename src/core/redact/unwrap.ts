/**
 * A value behind syntax after its secret name or label (syntax-cuts.ts): markup (`[b]API key:[/b] [code]V[/code]`,
 * `<b>token</b>: <code>V</code>`, `**password**: `V``), YAML tags and anchors (`api_key: !!str V`), code's byte and
 * string wrappers (`apiKey := []byte("V")`, `secret = b"V"`). The lines that hold a secret word (found by the shared
 * literal scan) are read from their start to WINDOW characters after the word, the syntax taken out (a blank put
 * where the cut stood between two words), by the other passes; a hit that starts or ends at a cut (or a quote after
 * it) is kept, mapped back to the original: the syntax stays as it was.
 */
import { Deriving, disjoint, mappedHits, type Reflowed } from './joined.js';
import { isSpaceOrTab } from './escapes.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { syntaxCuts, type Cut } from './syntax-cuts.js';

/** The secret words a read starts from. */
const scan = literalScan(['key', 'token', 'secret', 'passw', 'pwd', 'pass', 'auth', 'cred', 'bearer'])!;
/** How far after a word its value is looked for, and before it its line's start. */
const WINDOW = 256;
/** How far before a hit a cut may end (an opening quote between them). */
const NEAR = 2;

const isBlank = (c: number): boolean => isSpaceOrTab(c) || Number.isNaN(c);

/** The regions to read: from a line's start (WINDOW back at most) to WINDOW after its last word, in order. */
function regions(text: string): [number, number][] {
  const out: [number, number][] = [];
  // The next line break at or after the last word (-1: none left): one search per line, not one per word.
  let nl = -2;
  const lineEnd = (w: number): number => {
    if (nl !== -1 && nl < w) nl = text.indexOf('\n', w);
    return Math.min(nl === -1 ? text.length : nl, w + WINDOW);
  };
  for (const w of scan(text)) {
    const last = out[out.length - 1];
    if (last && w < last[1]) {
      last[1] = Math.max(last[1], lineEnd(w));
      continue;
    }
    let s = w;
    while (s > 0 && w - s < WINDOW && text.charCodeAt(s - 1) !== 10) s--;
    out.push([Math.max(s, last?.[1] ?? 0), lineEnd(w)]);
  }
  return out;
}

/**
 * The regions with their cuts taken out, one line each, the positions of the cuts in it (joins) and where each line
 * ends in it; null if none.
 */
function unwrapped(text: string): { r: Reflowed; ends: number[] } | null {
  const out = new Deriving(text);
  const ends: number[] = [];
  for (const [s, e] of regions(text)) {
    const cuts: Cut[] = syntaxCuts(text, s, e);
    if (cuts.length === 0) continue;
    let at = s;
    for (const [cs, ce] of cuts) {
      out.copy(at, cs);
      // A blank where the cut stood between two words (`<dt>API key</dt><dd>V`).
      if (!isBlank(text.charCodeAt(cs - 1)) && !isBlank(text.charCodeAt(ce)) && out.length > 0 && cs > s) out.add(' ');
      out.join();
      at = ce;
    }
    out.copy(at, e);
    ends.push(out.length);
    // Lines apart: three blank lines between them, more than any multi-line reader bridges (next-lines.ts: two).
    out.add('\n\n\n\n');
  }
  const r = out.done();
  return r === null ? null : { r, ends };
}

/**
 * The hits within one line of the derived text: lines apart in the original stand next to each other there, and a
 * hit across them reads a structure the original does not have (a PEM placeholder's BEGIN and END lines with the
 * `...` between them left out).
 */
function withinLines(hits: Hit[], ends: readonly number[]): Hit[] {
  let i = 0;
  return hits
    .sort((a, b) => a.start - b.start)
    .filter((h) => {
      while (i < ends.length && ends[i]! < h.start) i++;
      return i < ends.length && h.end <= ends[i]!;
    });
}

/** The pass: `detect` gives the other passes' (but `self`'s) hits in a text. */
export function unwrapPass(detect: (text: string, self: Pass) => Hit[]): Pass {
  let depth = 0;
  const pass: Pass = runPass((text) => {
    if (depth > 0) return [];
    const u = unwrapped(text);
    if (u === null) return [];
    depth++;
    try {
      return disjoint(mappedHits(u.r, withinLines(detect(u.r.text, pass), u.ends), NEAR));
    } finally {
      depth--;
    }
  });
  return pass;
}
