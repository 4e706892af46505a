/**
 * Files read only to learn their values that the walk does not list: those in a secret-bearing folder left out without
 * being entered (`.aws/`, `.azure/`, `.ssh/`: `credentials`, `config`, token caches), and the credentials a cache
 * folder holds beside what it caches (`.cargo/credentials.toml`, `.gradle/gradle.properties`). Only regular files
 * (lstat, never a link), a few levels deep and a few dozen in all: a folder of caches is not read whole.
 */
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** How deep below the folder, and how many files in all. */
const MAX_DEPTH = 3;
const MAX_FILES = 64;

/** The regular files under the folder `rel` (session-relative, ending in `/`), as session-relative paths. */
export function filesUnder(root: string, rel: string): string[] {
  const out: string[] = [];
  const visit = (dir: string, depth: number): void => {
    let names: string[];
    try {
      names = readdirSync(path.join(root, dir)).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (out.length >= MAX_FILES) return;
      try {
        const st = lstatSync(path.join(root, dir, name));
        if (st.isFile()) out.push(dir + name);
        else if (st.isDirectory() && depth < MAX_DEPTH) visit(`${dir}${name}/`, depth + 1);
      } catch {
        // Vanished or unreadable: nothing to learn.
      }
    }
  };
  visit(rel, 1);
  return out;
}

/** The credentials files of cache folders (`.cargo/`), by the folder's name. */
const IN_CACHES: Record<string, readonly string[]> = {
  '.cargo': ['credentials.toml', 'credentials'],
  '.gradle': ['gradle.properties'],
};

/** The credentials files a cache folder left out (`name`, its path `rel` ending in `/`) may hold: read to learn. */
export const credentialsInCache = (name: string, rel: string): string[] =>
  (IN_CACHES[name.replace(/\/$/, '')] ?? []).map((f) => rel + f);
