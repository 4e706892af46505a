/**
 * A candidate of the one-step decoders (one-step.ts): a decoded range, or a decoded join of pieces (ranges in order).
 */
export interface Candidate {
  ranges: readonly (readonly [number, number])[];
  decoded: string;
  /** What found it (the placeholder's label). */
  kind: string;
  /** A random-looking token is a secret by itself here (no one spells an id one character code at a time). */
  random?: boolean;
  /** Judged with the names around it (one-step.ts's inContext) even when a random token is no secret by itself. */
  named?: boolean;
  /** Replaced whole over other passes' hits inside it (a byte list's rows: rule `encoded-secret-block`). */
  block?: boolean;
  /** The finder judged it a secret by itself (a random-looking token beside the word `rot13`: flipped.ts). */
  secret?: boolean;
}
