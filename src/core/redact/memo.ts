/**
 * Identical texts redacted once. MassGen copies an agent's workspace into every answer snapshot,
 * so a session holds the same files many times (the large benchmark's dry run measures 1,761
 * files of 243 distinct contents: 91% of its bytes are copies). A whole text's result is kept by
 * its bytes' digest, its file name (which says how it is read: code, YAML, a `.env`) and the
 * number of values learned when it was made: a copy redacted after a value was learned is
 * redacted again, so a result is reused only where redacting again would give the same.
 */
import crypto from 'node:crypto';
import type { TextFilter } from '../content.js';

/** At most this many results are kept, and this many characters of redacted output. */
const MAX_ENTRIES = 20_000;
const MAX_CHARS = 32 * 1024 * 1024;

interface Kept {
  /** The output, or null when it is the text itself. */
  out: string | null;
  filter: TextFilter;
}

export class WholeMemo {
  private readonly kept = new Map<string, Kept>();
  private chars = 0;

  /** The filter's output for a whole text (`bytes` its UTF-8), made by `make` unless an identical one was. */
  whole(
    name: string,
    text: string,
    bytes: Buffer,
    version: number,
    make: () => TextFilter,
  ): { out: string; filter: TextFilter } {
    const key = `${version}/${name}/${crypto.hash('sha1', bytes, 'base64')}`;
    const hit = this.kept.get(key);
    if (hit) return { out: hit.out ?? text, filter: hit.filter };
    const filter = make();
    const out = filter.write(text) + filter.end();
    const changed = out !== text;
    if (this.kept.size < MAX_ENTRIES && (!changed || this.chars + out.length <= MAX_CHARS)) {
      this.kept.set(key, { out: changed ? out : null, filter });
      if (changed) this.chars += out.length;
    }
    return { out, filter };
  }
}

/** Texts longer than this are not kept by TextMemo; at most this many characters of keys in all. */
const MAX_TEXT = 64 * 1024;
const MAX_TEXT_CHARS = 8 * 1024 * 1024;

/**
 * Results for short texts met many times, by the text and the number of values learned when the result was made: a
 * directory's names (every workspace snapshot lists the same ones: the large benchmark's walk lists 1,134 directories
 * of 38 distinct listings, whose scan was 75 ms of its dry run).
 */
export class TextMemo<T> {
  private readonly kept = new Map<string, T>();
  private chars = 0;

  /** `maxEntries`: results kept at most (MAX_ENTRIES unless said). */
  constructor(private readonly maxEntries = MAX_ENTRIES) {}

  get(text: string, version: number, make: () => T): T {
    if (text.length > MAX_TEXT) return make();
    const key = `${version}\n${text}`;
    const hit = this.kept.get(key);
    if (hit !== undefined) return hit;
    const made = make();
    if (this.kept.size < this.maxEntries && this.chars + key.length <= MAX_TEXT_CHARS) {
      this.kept.set(key, made);
      this.chars += key.length;
    }
    return made;
  }
}
