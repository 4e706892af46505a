/**
 * Round 37: iCalendar and vCard lines folded (RFC 5545 §3.1, RFC 6350 §3.2: a line break and one blank continue the
 * line), which cut a password or a token after its label onto the next line (`DESCRIPTION:… Password: Maple20\r\n
 * 24river`, `Passcode:\r\n  Xk9mQv27`). In a text with a calendar's or a card's lines (`BEGIN:VEVENT`, or a
 * `DESCRIPTION:`/`NOTE:` line with no blank after the `:`), the folded lines are joined, a label's value read on the
 * joined line (a password's word, `passcode`, `pin`, `token`, `secret`, `key`, then `:`, `=` or `is`, which
 * Markdown's `the API key\n  rotation2024` lacks), and, when the fold cut the label or the value,
 * each of its pieces redacted. The value must read as a person's password (person-passwords.ts), a key
 * (credential-values.ts' namedCredential), or six digits or more after a passcode's or a PIN's word.
 *
 * Linear: the joined text is built once with a map of its pieces; one global regex of bounded runs reads it.
 */
import { namedCredential } from './credential-values.js';
import { personPassword } from './person-passwords.js';
import { runPass, type Hit, type Pass } from './pass.js';

const CALENDAR = /^BEGIN:V(?:CALENDAR|EVENT|TODO|CARD|JOURNAL)\r?$/m;
/** A calendar's or a card's property with its value right after the `:` (Markdown's `NOTE: …` has a blank). */
const PROPERTY = /^(?:DESCRIPTION|NOTE|SUMMARY|COMMENT|LOCATION)(?:;[^:\r\n]{0,200})?:[^ \t\r\n]/m;
const FOLD = /\r?\n[ \t]/g;
const LABELLED =
  /(?<![\p{L}\p{N}_])(password|passwort|passcode|passwd|kennwort|pwd|pw|pin|token|secret|api[ _-]?key|access[ _-]?code|mot de passe|contrase[ñn]a)(?![\p{L}\p{N}_])(?:[ \t]*[:=][ \t]*|[ \t]+(?:is|ist)[ \t]+)([^\s"'<>\\,;]{4,128})/dgiu;

/** The text with its folds removed, and for each piece of it where it starts in both. */
function unfold(text: string): { joined: string; pieces: [number, number][] } {
  const pieces: [number, number][] = [[0, 0]];
  let joined = '';
  let last = 0;
  for (const m of text.matchAll(FOLD)) {
    joined += text.slice(last, m.index);
    last = m.index + m[0].length;
    pieces.push([joined.length, last]);
  }
  return { joined: joined + text.slice(last), pieces };
}

/** The original ranges of the joined range [start, end): one per piece it crosses. */
function originalRanges(pieces: [number, number][], start: number, end: number): [number, number][] {
  // The last piece starting at or before `start`, by bisection (a walk from the end was quadratic in folds).
  let [i, hi] = [0, pieces.length - 1];
  while (i < hi) {
    const mid = (i + hi + 1) >> 1;
    if (pieces[mid]![0] <= start) i = mid;
    else hi = mid - 1;
  }
  const out: [number, number][] = [];
  for (let from = start; from < end; i++) {
    const next = i + 1 < pieces.length ? Math.min(end, pieces[i + 1]![0]) : end;
    if (next > from) out.push([pieces[i]![1] + from - pieces[i]![0], pieces[i]![1] + next - pieces[i]![0]]);
    from = next;
  }
  return out;
}

const judged = (label: string, v: string): boolean =>
  /^(?:passcode|pin|access[ _-]?code)$/i.test(label)
    ? /^\d{6,12}$/.test(v) || personPassword(v)
    : personPassword(v) || namedCredential(v);

function foldHits(text: string): Hit[] {
  if (!text.includes('\n ') && !text.includes('\n\t')) return [];
  // A calendar or a card (its BEGIN line, or a property's line with its value right after the `:`), not Markdown.
  if (!CALENDAR.test(text) && !PROPERTY.test(text)) return [];
  const { joined, pieces } = unfold(text);
  if (pieces.length === 1) return [];
  const hits: Hit[] = [];
  for (const m of joined.matchAll(LABELLED)) {
    const v = m[2]!.replace(/[.)]+$/, '');
    if (!judged(m[1]!, v)) continue;
    const [start] = m.indices![2]!;
    // Only where a fold cut the label or the value: the other passes read an unfolded one.
    if (originalRanges(pieces, m.index, start + v.length).length < 2) continue;
    for (const [s, e] of originalRanges(pieces, start, start + v.length))
      hits.push({ rule: 'folded-secret', start: s, end: e });
  }
  return hits;
}

/** The pass of secrets in folded iCalendar and vCard lines (see the file's comment). */
export function icsFoldPass(): Pass {
  return runPass(foldHits);
}
