/**
 * The rest of a value a pass read in a bounded window (prose-credentials.ts reads at most 160 characters of a value
 * in a window of 240): a JWT, a Salesforce session id, an Azure SAS signature or a long base64url token in a sentence
 * goes on past the window, and the part past it went out. The pass decides on the value it read; the hit then runs to
 * the end of the run of value characters in the whole text.
 *
 * Linear: the end of a run is the same from any start inside it, so the last run read is remembered (a line of
 * repeated `-token:` labels inside one long run reads the run once).
 */
import { SpanAnswer } from './caches.js';

/** The characters of a value: no blank, quote, angle bracket, backslash, letter of a script written without blanks. */
const VALUE_RUN = /[^\s"'`“”„«»「」『』<>\\\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff01-\uff5e]*/uy;

/** The last run read: its end holds from where it was read to that end. */
const lastRun = new SpanAnswer<number>();

/** The end of the run of value characters at text[from] (from itself when none). */
export function valueRunEnd(text: string, from: number): number {
  const kept = lastRun.at(text, from);
  if (kept !== undefined) return kept;
  VALUE_RUN.lastIndex = from;
  const m = VALUE_RUN.exec(text);
  const end = from + (m === null ? 0 : m[0].length);
  return lastRun.keep(text, from, end, end);
}

/**
 * The end of a value read in a window: `end` (where the value read stopped, its closing marks taken off) unless the
 * read was `capped` (it took the most characters it may, or ran to the window's end) at `capEnd` and the value goes
 * on; then the run's end, closing marks (`.`, `,`, `)`, `**`) taken off again.
 */
export function uncappedEnd(text: string, end: number, capEnd: number, capped: boolean): number {
  if (!capped) return end;
  const run = valueRunEnd(text, capEnd);
  if (run <= capEnd) return end;
  const tail = /(?:[*_]{2}|[.,;:)\]}’”»」』])+$/.exec(text.slice(Math.max(capEnd, run - 64), run));
  return tail === null ? run : run - tail[0].length;
}
