/**
 * Keys a recipient recovers in one simple step: spelled one character at a time (spelled.ts), written in another
 * radix (radix.ts), reversed or in rot13 (flipped.ts), assembled from string pieces (pieces.ts), or in runs of one
 * code per character and other encodings one command undoes (code-runs.ts). Each finder gives
 * candidates: a range of the original and the text it decodes to. The decoded text is scanned by the other passes
 * (`detect`, the known values included); a candidate whose finder says a random-looking token is enough is replaced
 * when it decodes to one. A candidate in pieces has each piece replaced (quotes and separators stay).
 */
import type { Candidate } from './candidate.js';
import { randomToken } from './credential-values.js';
import { codeRunCandidates } from './code-runs.js';
import { completeForm } from './split.js';
import { flippedCandidates } from './flipped.js';
import type { Hit, Pass } from './pass.js';
import { runPass } from './pass.js';
import { pieceCandidates } from './pieces.js';
import { namesA85, radixCandidates, uuBegins } from './radix.js';
import type { View } from './normalise.js';
import { spelledCandidates } from './spelled.js';

/** The most candidates decoded per piece of text (bounds the work on hostile input). */
const MAX_CANDIDATES = 256;

const FINDERS: readonly ((text: string) => Candidate[])[] = [
  spelledCandidates,
  radixCandidates,
  flippedCandidates,
  pieceCandidates,
  codeRunCandidates,
];

/** One random-looking token (an assignment, `OPENAI_MODEL=gpt-4o`, is not one). */
const oneToken = (s: string): boolean => /^[A-Za-z0-9_+/-]+={0,2}$/.test(s) && randomToken(s);

/** True when `piece` alone is a complete token of a fixed-length family (split.ts). */
const whole = (piece: string, detect: (text: string) => string | null): boolean => {
  const rule = detect(piece);
  return rule !== null && completeForm(rule, piece);
};

/** Decodes the candidates of every finder, and adds the hits of those that hold a secret. */
function decodeAll(text: string, detect: (text: string) => string | null, hits: Hit[]): void {
  let budget = MAX_CANDIDATES;
  for (const find of FINDERS) {
    for (const c of find(text)) {
      if (budget-- <= 0) return;
      const rule = detect(c.decoded) ?? (c.secret || (c.random && oneToken(c.decoded.trim())) ? 'random-token' : null);
      if (!rule) continue;
      // Pieces one of which is a whole key already (a key, then `+ "<sha>"`): that piece is found alone, the rest kept.
      if (c.ranges.length > 1 && c.ranges.some(([s, e]) => whole(text.slice(s, e), detect))) continue;
      for (const [start, end] of c.ranges)
        hits.push({ rule: 'encoded-secret', start, end, label: `${c.kind}:${rule}` });
    }
  }
}

/** The pass; `detect` says which rule the decoded text holds a secret of, or null. */
export function oneStepPass(detect: (text: string) => string | null): Pass {
  let depth = 0;
  const pass = runPass((text) => {
    const hits: Hit[] = [];
    // Decoded text is scanned by every pass, this one too: one level inside another (a reversed key in base32), no
    // more (a reversed key holds its own prefix reversed again).
    if (depth >= 2) return hits;
    depth++;
    try {
      decodeAll(text, detect, hits);
    } finally {
      depth--;
    }
    return hits.sort((a, b) => a.start - b.start);
  });
  // ascii85 and uuencode use `\`, `%` and `&`, which the normalised view decodes: read on the original.
  const rawOnlyIn = (text: string, view: View): boolean =>
    text.includes('<~') || uuBegins(view.text) || namesA85(view.text);
  return { ...pass, raw: true, rawOnlyIn };
}
