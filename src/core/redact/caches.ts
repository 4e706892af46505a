/**
 * The small caches of the redactor's helpers, in one place. A pass's helpers are asked about the same text (the same
 * line, the same run) many times in a row, and some answers took a read of the whole text or line each time; they are
 * kept here, never in module-level variables of their own. Each cache is an optimisation only: the answer is the one
 * `make` would give again (every helper cached is a pure function of what it is keyed by).
 *
 * - LastAnswer: the answer for the last text (and position) asked.
 * - SpanAnswer: an answer that holds for a span of positions of the last text (the end of a run is the same from any
 *   start inside it).
 * - BoundedAnswers: answers by key, at most `max` kept (all dropped when full): names judged, which a log repeats;
 *   memoised wraps a pure judgement of a string in one (key-names.ts: whether a name is a secret's).
 *
 * A text found equal to the one kept replaces it (`this.text = text`): two strings with the same characters are
 * compared character by character, the same string at once. Kept, the old string made every later question about
 * the new one read both whole: a file exported after another with the same content (an agent's snapshot of a log)
 * cost the key-name pass 5 s per MiB instead of 1.
 */

/** The answer for the last text asked, and position (0 when none is given): kept until another is asked. */
export class LastAnswer<V> {
  private text: string | null = null;
  private at = 0;
  private value: V | undefined;

  /** The answer kept for `text` at `at`, else `make()`'s, kept in its place. */
  get(text: string, make: () => V, at = 0): V {
    if (at === this.at && text === this.text) {
      this.text = text;
      return this.value as V;
    }
    const value = make();
    this.text = text;
    this.at = at;
    this.value = value;
    return value;
  }
}

/** An answer that holds for the positions `from` to `to` (both included) of the last text kept. */
export class SpanAnswer<V> {
  private text: string | null = null;
  private from = 0;
  private to = -1;
  private value: V | undefined;

  /** The answer kept, when `at` is inside its span of `text`; else undefined. */
  at(text: string, at: number): V | undefined {
    if (at < this.from || at > this.to || text !== this.text) return undefined;
    this.text = text;
    return this.value;
  }

  /** Keeps `value` as the answer for positions `from` to `to` of `text` (dropping the one kept before); returns it. */
  keep(text: string, from: number, to: number, value: V): V {
    this.text = text;
    this.from = from;
    this.to = to;
    this.value = value;
    return value;
  }
}

/** Answers by key, at most `max` of them: all are dropped when it is full (a bound on memory only). */
export class BoundedAnswers<K, V> {
  private readonly kept = new Map<K, V>();

  constructor(private readonly max: number) {}

  /** The answer kept for `key`, else `make()`'s, kept. */
  get(key: K, make: () => V): V {
    let value = this.kept.get(key);
    if (value === undefined) {
      value = make();
      if (this.kept.size >= this.max) this.kept.clear();
      this.kept.set(key, value);
    }
    return value;
  }
}

/** A pure judgement of a string, its answers kept (at most `max`: a log repeats its names, each is judged once). */
export function memoised<V>(judge: (key: string) => V, max = 4096): (key: string) => V {
  const answers = new BoundedAnswers<string, V>(max);
  return (key) => answers.get(key, () => judge(key));
}
