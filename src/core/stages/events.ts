/** Progress of a collection, for the UI to draw (or not). */
export type CollectEvent =
  { type: 'walked'; files: number; bytes: number } | { type: 'measured'; files: number; total: number; bytes: number };

/** What every stage that takes time accepts: a Ctrl-C, and somewhere to report progress. */
export interface StageControl {
  /** Aborts the collection (Ctrl-C). */
  signal?: AbortSignal;
  onEvent?: (e: CollectEvent) => void;
}
