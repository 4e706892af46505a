import { createHash } from 'node:crypto';

/** Longest gist file name we produce, in UTF-8 bytes (NAME_MAX on the file systems gh reads from). */
export const MAX_NAME_BYTES = 255;

export const MANIFEST_NAME = '_session_manifest.json';
/** The overflow archive travels as base64 text parts named `_archive.zip.b64.partNNN`. */
export const archivePartName = (index: number): string => `_archive.zip.b64.part${String(index + 1).padStart(3, '0')}`;

/** `turn_N__attempt_M__`; `turn_N__` for the files directly under `turn_N/` (attempt TURN_LEVEL, -1). */
const attemptPrefix = (turn: number, attempt: number): string =>
  attempt < 0 ? `turn_${turn}__` : `turn_${turn}__attempt_${attempt}__`;

/** What the MassGen Viewer does to a gist file name to get a path back: every `__` becomes `/`. */
export const viewerUnflatten = (name: string): string => name.replace(/__/g, '/');

const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');
// Control characters (Cc: C0, DEL, C1), backslash, `%` (our escape character), and the format characters (Cf) that
// reorder or hide what a name shows (bidi overrides and isolates, zero-width characters, the BOM, the soft hyphen, tag
// characters: `a\u202etxt.exe` shows as `aexe.txt` in the gist's file list) never go into a plain name.
const UNSAFE_CHAR = /[\p{Cc}\p{Cf}\\%]/u;

/**
 * The name MassGen's exporter would give (`turn_N__attempt_M__` + path with `/` → `__`), or
 * null when that name would be ambiguous: the Viewer would not read the path back, the path
 * holds `%` or characters a name cannot carry, or the name is too long.
 */
export function plainName(turn: number, attempt: number, attemptRel: string): string | null {
  const name = attemptPrefix(turn, attempt) + attemptRel.split('/').join('__');
  if (viewerUnflatten(name) !== attemptPrefix(turn, attempt).replace(/__/g, '/') + attemptRel) return null;
  if (UNSAFE_CHAR.test(name) || byteLength(name) > MAX_NAME_BYTES) return null;
  return name;
}

const pct = (ch: string): string =>
  [...Buffer.from(ch, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');

/**
 * Escapes one path segment so that it contains no `__`, neither starts nor ends with `_`, and
 * holds no `%`, control character or backslash: each such character becomes `%XX`.
 * Joined with `__`, escaped segments read back unambiguously (split on `__`, then percent-decode).
 */
function escapeSegment(segment: string): string {
  const chars = [...segment];
  return chars
    .map((ch, i) => {
      if (ch === '_') {
        const risky = i === 0 || i === chars.length - 1 || chars[i - 1] === '_' || chars[i + 1] === '_';
        return risky ? '%5F' : ch;
      }
      return UNSAFE_CHAR.test(ch) ? pct(ch) : ch;
    })
    .join('');
}

const shortHash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 10);

/** Cuts the middle out of one segment (a file name) to `max` bytes, keeping its start and its extension. */
function cutSegment(segment: string, max: number): string {
  const dot = segment.lastIndexOf('.');
  const ext = dot > segment.length - 12 && dot > 0 ? segment.slice(dot) : '';
  let head = '';
  for (const ch of segment.slice(0, segment.length - ext.length)) {
    if (byteLength(head + ch) + byteLength(ext) > max) break;
    head += ch;
  }
  return head.replace(/_+$/, '') + ext;
}

/**
 * Shortens a name over 255 bytes in the middle, by whole directories: its leading segments (`turn_N`, `attempt_M`,
 * the agent, the step, `workspace`, ...) as far as they fit, then `~<hash>` standing for the directories left out,
 * then the file name whole, so the Viewer (which reads `__` as `/`) shows the real file name under
 * `…/workspace/~<hash>/`. Only a file name that alone does not fit is cut (its start and extension kept). The hash
 * is of `key` (the file's exact path): two names shortened alike stay apart.
 */
function shorten(name: string, key: string): string {
  if (byteLength(name) <= MAX_NAME_BYTES) return name;
  const parts = name.split('__');
  const marker = `~${shortHash(key)}`;
  const min = parts.length > 2 ? 2 : 1;
  let last = parts.pop()!;
  const room = MAX_NAME_BYTES - byteLength(`${parts.slice(0, min).join('__')}__${marker}__`);
  if (byteLength(last) > room) last = cutSegment(last, room);
  const kept = parts.slice(0, min);
  for (const part of parts.slice(min)) {
    if (byteLength([...kept, part, marker, last].join('__')) > MAX_NAME_BYTES) break;
    kept.push(part);
  }
  return [...kept, marker, last].join('__');
}

/** The unambiguous name: escaped segments, then shortened if it is still too long. */
export function escapedName(turn: number, attempt: number, attemptRel: string): string {
  const name = attemptPrefix(turn, attempt) + attemptRel.split('/').map(escapeSegment).join('__');
  return shorten(name, `${turn}/${attempt}/${attemptRel}`);
}

interface NameRequest {
  turn: number;
  attempt: number;
  attemptRel: string;
}

/**
 * Gives every file a flat gist name: the plain MassGen name when it is unambiguous, else an
 * escaped (and if need be shortened) one. Names are unique even compared without case (gists
 * are pulled onto case-insensitive file systems too); a clash gets a hash of its path.
 * Deterministic: the result depends only on the set of requests, in any order.
 */
export function assignNames(requests: readonly NameRequest[]): string[] {
  const order = requests
    .map((r, i) => ({ r, i, key: `${r.turn}/${r.attempt}/${r.attemptRel}` }))
    .sort(
      (a, b) =>
        a.r.turn - b.r.turn ||
        a.r.attempt - b.r.attempt ||
        (a.r.attemptRel < b.r.attemptRel ? -1 : a.r.attemptRel > b.r.attemptRel ? 1 : 0),
    );
  const taken = new Set<string>([MANIFEST_NAME.toLowerCase()]);
  const out = new Array<string>(requests.length);
  for (const { r, i, key } of order) {
    let name = plainName(r.turn, r.attempt, r.attemptRel) ?? escapedName(r.turn, r.attempt, r.attemptRel);
    for (let n = 0; taken.has(name.toLowerCase()); n++) {
      const base = escapedName(r.turn, r.attempt, r.attemptRel);
      const dot = base.lastIndexOf('.');
      const ext = dot > base.length - 12 && dot > base.indexOf('__') ? base.slice(dot) : '';
      name = shorten(`${base.slice(0, base.length - ext.length)}~${shortHash(`${key}#${n}`)}${ext}`, `${key}#${n}`);
    }
    taken.add(name.toLowerCase());
    out[i] = name;
  }
  return out;
}

/**
 * Reads a flat gist name back into turn, attempt and path: the reverse of plainName and of
 * escapedName (for names that were not shortened). Returns null for names of another form.
 */
export function parseFlatName(name: string): { turn: number; attempt: number; attemptRel: string } | null {
  const m = /^turn_0*(\d{1,15})__attempt_0*(\d{1,15})__(.+)$/.exec(name);
  if (!m) return null;
  try {
    const attemptRel = m[3]!
      .split('__')
      .map((seg) => decodeURIComponent(seg))
      .join('/');
    return { turn: Number(m[1]), attempt: Number(m[2]), attemptRel };
  } catch {
    return null;
  }
}
