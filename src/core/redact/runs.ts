/**
 * Runs of characters of one class (base64, token characters) found by skipping ahead like Boyer-Moore: a run of `min`
 * must cover the `min`th character from here, so a position whose `min`th character is outside the class is passed
 * over at once (about 0.2 s per 100 MB).
 */

/**
 * The [start, end) of the first run of at least `min` characters of the class, from `from`; or null. The class is a
 * table by character code (line-heads.ts's charSet): a predicate passed in made the call megamorphic (two callers),
 * which V8 does not inline (half the cost of the provider-map and base64 searches).
 */
export function nextRun(text: string, from: number, min: number, inClass: Uint8Array): [number, number] | null {
  const n = text.length;
  let i = from;
  while (i + min <= n) {
    if (inClass[text.charCodeAt(i + min - 1)] === 0) {
      i += min;
      continue;
    }
    let j = i + min - 2;
    while (j >= i && inClass[text.charCodeAt(j)] === 1) j--;
    if (j >= i) {
      i = j + 1;
      continue;
    }
    let e = i + min;
    while (e < n && inClass[text.charCodeAt(e)] === 1) e++;
    return [i, e];
  }
  return null;
}
