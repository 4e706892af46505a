/** The paths of one share, distinct as the file system that receives them reads them (manifest-schema.ts). */
import { ManifestError, show } from './manifest-error.js';

/**
 * Refuses two entries with the same path, paths that differ only by Unicode normalisation (one
 * file on macOS), and a path that is also a folder of another (a file or link `a`, and `a/b`). On macOS and Windows,
 * whose file systems ignore case by default, and on a file system found to ignore it (`folds`: a FAT or exFAT drive,
 * an ext4 folder with casefold, on Linux), paths that differ only by case are one too (a link `A` and a file `a/x`
 * would write through the link).
 */
export function checkDistinctPaths(
  paths: Iterable<string>,
  platform: NodeJS.Platform = process.platform,
  folds = platform === 'darwin' || platform === 'win32',
): void {
  const seen = new Map<string, string>();
  for (const p of paths) {
    // ASCII is its own NFC (ICU's normalize cost ~1.5 µs a path, 1,600 paths a pull).
    const nfc = ASCII.test(p) ? p : p.normalize('NFC');
    const key = folds ? nfc.toLowerCase() : nfc;
    const prev = seen.get(key);
    if (prev !== undefined) {
      throw new ManifestError(
        prev === p
          ? `two entries have the path ${show(p)}`
          : `the paths ${show(prev)} and ${show(p)} differ only by ${folds ? 'case or ' : ''}Unicode normalisation`,
      );
    }
    seen.set(key, p);
  }
  const folders = new Set<string>();
  for (const [key, p] of seen) {
    const parent = newFolders(key, folders).find((f) => seen.has(f));
    if (parent !== undefined)
      throw new ManifestError(`${show(seen.get(parent)!)} is a file or link, and also the folder of ${show(p)}`);
  }
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * The folders of `path` (`a`, `a/b` for `a/b/c`) not yet in `folders`, shallowest first, added to it. Read from the
 * deepest up to the first one already there (its own folders are there too): each folder of a tree is sliced once,
 * not once per path below it.
 */
export function newFolders(path: string, folders: Set<string>): string[] {
  const found: string[] = [];
  for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) {
    const folder = path.slice(0, i);
    if (folders.has(folder)) break;
    folders.add(folder);
    found.push(folder);
  }
  return found.reverse();
}
