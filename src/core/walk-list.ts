/**
 * Listing one directory for the walk (walk.ts): names sorted, names that are not UTF-8 and names equal to another up
 * to Unicode normalisation reported and dropped, an unreadable directory reported.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { codeOf, type EntryKind, type WalkSink } from './walk-types.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The entries of a directory listed with UTF-8 names whose names really are UTF-8: lists it
 * again as bytes, reports each name that is not (`onBad`), and drops the entries it produced.
 */
function keepUtf8Names(dirents: Dirent[], dirAbs: string, onBad: (bytes: Buffer, kind: EntryKind) => void): Dirent[] {
  const kindOf = (d: Dirent<string | Buffer>): EntryKind => (d.isDirectory() ? 'dir' : d.isFile() ? 'file' : 'unknown');
  let raw: Dirent<Buffer>[];
  try {
    raw = readdirSync(dirAbs, { withFileTypes: true, encoding: 'buffer' });
  } catch {
    // The directory went away in between: report each suspect name as read, never drop one silently.
    const suspect = (d: Dirent): boolean => d.name.includes('\uFFFD');
    for (const d of dirents.filter(suspect)) onBad(Buffer.from(d.name), kindOf(d));
    return dirents.filter((d) => !suspect(d));
  }
  const valid = new Map<string, number>();
  for (const d of raw) {
    try {
      const name = utf8.decode(d.name);
      valid.set(name, (valid.get(name) ?? 0) + 1);
    } catch {
      onBad(d.name, kindOf(d));
    }
  }
  return dirents.filter((d) => {
    const left = valid.get(d.name) ?? 0;
    valid.set(d.name, left - 1);
    return left > 0;
  });
}

/**
 * A directory's entries sorted by name, names that are not UTF-8 reported and dropped; null
 * (reported) when it cannot be read.
 */
export function listDirectory(dirAbs: string, dir: number, sessionDir: string, sink: WalkSink): Dirent[] | null {
  let dirents: Dirent[];
  try {
    dirents = readdirSync(dirAbs, { withFileTypes: true });
  } catch (err) {
    sink.skipped(dir, '', {
      kind: 'dir',
      size: null,
      category: 'unreadable',
      reason: `directory could not be read (${codeOf(err)})`,
    });
    return null;
  }
  // A name that is not UTF-8 reads back with U+FFFD in it: only then is the directory listed
  // again as bytes, to report those names and keep the rest.
  if (dirents.some((d) => d.name.includes('\uFFFD')))
    dirents = keepUtf8Names(dirents, dirAbs, (bytes, kind) => {
      const shown = bytes.toString('latin1').replace(/[^\x20-\x7e]/g, '?');
      sink.skipped(dir, shown, {
        kind,
        size: null,
        category: 'bad name',
        reason: 'name is not valid UTF-8 (a gist cannot name it)',
      });
      // What it holds is counted as left out too (census.ts), by the path's bytes: no string names it.
      if (kind === 'dir') sink.notEntered?.(Buffer.concat([Buffer.from(sessionDir), bytes]));
    });
  dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return dropNormalisedTwins(dirents, dir, sessionDir, sink);
}

/**
 * Names equal up to Unicode normalisation (`é` composed and decomposed) are one name to macOS and to the share's
 * pull, which refuses such a share: the first in sorted order is kept, the others are left out with why.
 */
function dropNormalisedTwins(dirents: Dirent[], dir: number, sessionDir: string, sink: WalkSink): Dirent[] {
  if (!dirents.some((d) => /[^\x00-\x7f]/.test(d.name))) return dirents;
  const seen = new Map<string, string>();
  return dirents.filter((d) => {
    const key = d.name.normalize('NFC');
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, d.name);
      return true;
    }
    const isDir = d.isDirectory();
    if (isDir) sink.notEntered?.(sessionDir + d.name);
    sink.skipped(dir, isDir ? `${d.name}/` : d.name, {
      kind: isDir ? 'dir' : d.isFile() ? 'file' : d.isSymbolicLink() ? 'link' : 'unknown',
      size: null,
      category: 'bad name',
      reason: `same name as ${JSON.stringify(first)} up to Unicode normalisation (one name on macOS)`,
    });
    return false;
  });
}
