/**
 * What the passes find in a text a pass decoded or read around a candidate (base64, hex dumps, escapes, one-step
 * encodings): the rule of the first secret, for that pass to name its placeholder.
 */
import { keepHits } from './hits.js';
import { passHits, type Pass } from './pass.js';

/** The rule of the first secret the passes find in text decoded from base64 or hex (placeholders are none), or null. */
export function innerRule(passes: readonly Pass[], skip: Pass, text: string): string | null {
  for (const pass of passes) {
    if (pass === skip) continue;
    const hits = keepHits(passHits(pass, text), text, { code: false });
    if (hits.length > 0) return hits[0]!.label ?? hits[0]!.rule;
  }
  return null;
}

/** The rule of the first hit the passes find in text that overlaps [start, end), or null (one-step.ts's context). */
export function innerRuleAt(
  passes: readonly Pass[],
  skip: Pass,
  text: string,
  start: number,
  end: number,
): string | null {
  for (const pass of passes) {
    if (pass === skip) continue;
    const hit = keepHits(passHits(pass, text), text, { code: false }).find((h) => h.start < end && h.end > start);
    if (hit) return hit.label ?? hit.rule;
  }
  return null;
}
