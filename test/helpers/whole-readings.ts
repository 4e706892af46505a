/**
 * Reference readings of the passes whose prefilters skip text (round 19's speed-ups), for test/redact-same-hits: each
 * reads the whole text where the pass reads only where a hit can be, with the pass's own pieces, so the two must find
 * the same. They live here, not in src: the redactor holds one implementation of each pass.
 */
import { anchorsOf, valuesNearAnchors, windowAt, windowValues } from '../../src/core/redact/prose-near.js';
import type { Hit } from '../../src/core/redact/pass.js';
import { phrasesOf } from '../../src/core/redact/seed-phrases.js';
import { spreadIn } from '../../src/core/redact/spelled.js';
import type { Candidate } from '../../src/core/redact/candidate.js';

/** The seed-phrase pass's hits with RUN over the whole text (the pass reads only the stretches `chains` finds). */
export function seedPhraseHitsWhole(text: string): Hit[] {
  const found: [number, number][] = [];
  phrasesOf(text, 0, found);
  return found.map(([start, end]) => ({ rule: 'seed-phrase', start, end }));
}

/** The spread runs of the whole text walked (spelled.ts's spreadCandidates walks only the stretches around probes). */
export function spreadWhole(text: string, out: Candidate[]): void {
  spreadIn(text, 0, text.length, out);
}

/** proseNearHits with every window read (the pass reads only the windows with an anchor near enough). */
export function proseNearHitsWhole(text: string): Hit[] {
  const found = anchorsOf(text);
  if (found === null) return [];
  const values: [number, number][] = [];
  let readTo = 0;
  for (const p of found.starts) {
    const [from, to] = windowAt(text, p, readTo);
    readTo = Math.max(readTo, to);
    windowValues(text, from, to, values);
  }
  return valuesNearAnchors(text, found, values);
}
