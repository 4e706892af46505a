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
  /** The finder judged it a secret by itself (a random-looking token beside the word `rot13`: flipped.ts). */
  secret?: boolean;
}
