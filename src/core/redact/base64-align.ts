/**
 * Base64 runs that start or go on where the run finder does not cut them (base64.ts): a run glued to the path before
 * it (`…/api/v1/configs/eyJhcGlf…`: `/` is a base64 character, so the run starts at the path and decodes misaligned),
 * and url-safe base64 (`-` and `_`, which the finder reads as ends of runs).
 */
import { SpanAnswer } from './caches.js';

const B64_VALUE = new Int8Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  .split('')
  .forEach((c, i) => (B64_VALUE[c.charCodeAt(0)] = i));
B64_VALUE[45] = 62;
B64_VALUE[95] = 63;
const value = (text: string, i: number): number => B64_VALUE[text.charCodeAt(i)] ?? -1;

/** The characters decoded to see whether a run holds printable ASCII from a start (18 bytes). */
const HEAD = 24;
/** How far into a run a path's `/` may be for the base64 after it to be read from there. */
const PATH_REACH = 96;

const ascii = (b: number): boolean => (b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d;

/** True when the 24 characters from `start` (url-safe ones too) decode to printable ASCII. */
export function asciiHead(text: string, start: number): boolean {
  for (let g = start; g < start + HEAD; g += 4) {
    const a = value(text, g);
    const b = value(text, g + 1);
    const c = value(text, g + 2);
    const d = value(text, g + 3);
    if (a < 0 || b < 0 || c < 0 || d < 0) return false;
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    if (!ascii(v >>> 16) || !ascii((v >>> 8) & 0xff) || !ascii(v & 0xff)) return false;
  }
  return true;
}

/**
 * Where the base64 of text starts in a run [start, end) whose head decodes to no text: after a path's `/` near its
 * start (the printable ASCII that 18 bytes of random base64 never decode to: about 2^-25), or `start`.
 */
export function textStart(text: string, start: number, end: number): number {
  const reach = Math.min(end - HEAD, start + PATH_REACH);
  for (let i = slashFrom(text, start); i !== -1 && i < reach; i = slashFrom(text, i + 1))
    if (asciiHead(text, i + 1)) return i + 1;
  return start;
}

/** The last search for a `/`: it holds from where it started to the `/` it found (runs are read in order). */
const lastSlash = new SpanAnswer<number>();

/**
 * The first `/` at or after `from`, or -1: indexOf, its answer kept while it stands (a run with no `/` near it read
 * every character of its first 96 one by one).
 */
function slashFrom(text: string, from: number): number {
  const kept = lastSlash.at(text, from);
  if (kept !== undefined) return kept;
  const at = text.indexOf('/', from);
  return lastSlash.keep(text, from, at === -1 ? Infinity : at, at);
}

/** The last urlSafeEnd read on: it holds from where it started to before where it ended (runs are read in order). */
const lastUrlSafe = new SpanAnswer<number>();

/**
 * The end of a run at `end` carried on through url-safe base64 (`-`, `_` and the base64 characters after them). Its
 * answer is kept for the runs inside the same stretch (each run of a 1 MiB line of `-`-joined runs read it to the end).
 */
export function urlSafeEnd(text: string, end: number): number {
  const c = text.charCodeAt(end);
  if ((c !== 45 && c !== 95) || value(text, end + 1) < 0) return end;
  const kept = lastUrlSafe.at(text, end);
  if (kept !== undefined) return kept;
  let e = end;
  while (e < text.length && (text.charCodeAt(e) === 45 || text.charCodeAt(e) === 95) && value(text, e + 1) >= 0) {
    e++;
    while (e < text.length && value(text, e) >= 0) e++;
  }
  return lastUrlSafe.keep(text, end, e - 1, e);
}

/** How far back a url-safe run's start is looked for (a fragment 24 long or more was a run of its own). */
const URL_SAFE_BACK = 32;

/**
 * The start of a run at `start` carried back through url-safe base64 (short fragments and the `-`, `_` between them:
 * `YXNWM1F-MVFf…`, whose first fragment is too short to be a run) when it decodes to text from there, or `start`.
 */
export function urlSafeStart(text: string, start: number): number {
  const c = text.charCodeAt(start - 1);
  if ((c !== 45 && c !== 95) || value(text, start - 2) < 0) return start;
  let s = start - 1;
  while (s > 0 && start - s < URL_SAFE_BACK && value(text, s - 1) >= 0) s--;
  return value(text, s - 1) < 0 && asciiHead(text, s) ? s : start;
}
