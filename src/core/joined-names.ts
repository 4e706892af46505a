/**
 * A secret spread over folder names: a URL saved to disk by wget or httrack (`hooks.slack.com/services/T…/B…/…/
 * index.html`), a cache keyed by a URL's parts. Each name is judged alone as its directory is listed (walk.ts,
 * Redactor.scanNames), so none of the parts is a secret; the relative path, joined, is one. Each name is read again
 * after the last folders of its directory, by the passes that need no context (known values, provider shapes, the
 * user's patterns); an entry whose name holds part of a secret so found (one that starts in a folder, or one the
 * folders name: a webhook's token after `discord.com/api/webhooks/<id>/`) is left out with everything under it,
 * shown redacted from the folder the secret starts in: no part of it goes out in a gist file name, the manifest or a
 * zip.
 */
import type { EntryKind, WalkSink } from './walk-types.js';

/** An entry whose path holds a secret across its folders: where the secret starts, and the rest of the path shown. */
export interface JoinedSecret {
  rules: string[];
  /** The directory (session-relative, ending in `/`) holding the folder the secret starts in. */
  dir: string;
  /** The path from there to the entry, redacted. */
  shown: string;
}

/** Judges the names of one directory (`dir`: session-relative, ending in `/`) after its last folders. */
type JoinedScanner = (dir: string, names: readonly string[]) => readonly (JoinedSecret | null)[];

/** Folders read before a name: a URL's host and path (`discord.com/api/v10/webhooks/<id>/<token>`) fit in them. */
const TAIL_FOLDERS = 8;

/** The last `TAIL_FOLDERS` folders of `dir` (which ends in `/`). */
function tailOf(dir: string): string {
  let at = dir.length - 1;
  for (let n = 0; n < TAIL_FOLDERS && at > 0; n++) at = dir.lastIndexOf('/', at - 1);
  return at <= 0 ? dir : dir.slice(at + 1);
}

const RULES = /\[REDACTED:([^\]]+)\]/g;

/**
 * The secret a line (folders, then a name from `cut` on) holds in its name, if any: across the boundary, or in the
 * name alone but found by the folders before it (a Discord webhook's token, the last part of its URL).
 */
function across(line: string, read: string, cut: number): { from: number; rules: string[] } | null {
  if (read === line) return null;
  let from = 0;
  while (from < line.length && from < read.length && line[from] === read[from]) from++;
  let back = 0;
  while (back < line.length - from && back < read.length - from && line.at(-1 - back) === read.at(-1 - back)) back++;
  if (line.length - back <= cut) return null;
  const rules = [...read.slice(from, read.length - back).matchAll(RULES)].map((m) => m[1]!);
  return { from, rules: rules.length ? [...new Set(rules)] : ['secret'] };
}

/** A scanner over `redact`: the context-free redaction of text (Redactor.redactContextFree). */
export function joinedScanner(redact: (text: string) => string): JoinedScanner {
  return (dir, names) => {
    const tail = tailOf(dir);
    if (tail === '' || names.length === 0) return names.map(() => null);
    const lines = names.map((n) => tail + n.replace(/[\r\n]/g, ' '));
    let read = redact(lines.join('\n')).split('\n');
    if (read.length !== lines.length) read = lines.map(redact);
    // A line changed in the batch is read again alone: a hit across a line break (a token's pieces joined: split.ts)
    // keeps the break but moves a line's text to the one before it.
    else read = read.map((r, i) => (r === lines[i] ? r : redact(lines[i]!)));
    return lines.map((line, i) => {
      const hit = across(line, read[i]!, tail.length);
      if (!hit) return null;
      const start = line.lastIndexOf('/', hit.from - 1) + 1;
      return { rules: hit.rules, dir: dir.slice(0, dir.length - tail.length + start), shown: read[i]!.slice(start) };
    });
  };
}

/** The names shown from each folder of a walk (by its sink) for a secret across folders. */
const shownIn = new WeakMap<WalkSink, Set<string>>();

/** Leaves out an entry whose path holds a secret across folders, shown redacted from the folder it starts in. */
export function leftOutJoined(
  sink: WalkSink,
  dir: number,
  rel: string,
  kind: EntryKind,
  size: number | null,
  j: JoinedSecret,
): void {
  if (kind === 'dir') sink.notEntered?.(rel);
  // Entries shown from one folder (a webhook's folders, each token under `hooks.slack.com/services/`) stay distinct.
  const taken = shownIn.get(sink) ?? new Set<string>();
  shownIn.set(sink, taken);
  let shown = j.shown;
  for (let n = 2; taken.has(`${dir}\0${shown}`); n++) shown = `${j.shown}~${n}`;
  taken.add(`${dir}\0${shown}`);
  sink.skipped(dir, kind === 'dir' ? `${shown}/` : shown, {
    kind,
    size,
    category: 'secret in name',
    reason: `path holds a secret across its folders (${j.rules.join(', ')}); left out, shown redacted`,
  });
}
