/** Where a link a share asks for may lead: checked by its target's text, then against the tree as written. */
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { isRepositoryControl } from '../core/manifest-schema.js';

/** The folder of a `/`-separated relative path ('' at the top). */
const parentOf = (rel: string): string => (rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '');

/** Why a link's target leaves the tree (absolute, or climbing above the root at any step), or null. */
export function outsideReason(rel: string, target: string): string | null {
  if (target === '' || target.includes('\0')) return 'its target is empty or holds NUL';
  if (path.isAbsolute(target) || path.win32.isAbsolute(target)) return 'its target is an absolute path';
  if (target.split(/[/\\]/).some(isRepositoryControl)) return 'its target is a .git or .hg folder';
  let depth = rel.split('/').length - 1;
  // A backslash is a separator on Windows: counted as one on every platform, so `..\\..\\x` climbs everywhere.
  for (const c of target.split(/[/\\]/)) {
    if (c === '' || c === '.') continue;
    if (c === '..') {
      if (--depth < 0) return 'its target is outside the directory';
    } else depth++;
  }
  return null;
}

/**
 * True when a folder on the way to the target (not its last step) is a link, or is missing with a `..` after it:
 * read with `/` alone (as POSIX follows it) and with a backslash as a separator too (as Windows does).
 */
export async function passesThroughLink(root: string, rel: string, target: string): Promise<boolean> {
  return (await throughLink(root, rel, target, /\//)) || (await throughLink(root, rel, target, /[/\\]/));
}

async function throughLink(root: string, rel: string, target: string, separator: RegExp): Promise<boolean> {
  const steps = target.split(separator).filter((c) => c !== '' && c !== '.');
  let cur = path.join(root, ...parentOf(rel).split('/').filter(Boolean));
  for (let i = 0; i < steps.length - 1; i++) {
    const c = steps[i]!;
    if (c === '..') {
      cur = path.dirname(cur);
      continue;
    }
    cur = path.join(cur, c);
    let st;
    try {
      st = await lstat(cur);
    } catch {
      // The target does not exist: the link dangles, harmlessly; unless `..` follows the missing folder
      // (`up2/../../etc` where the link up2 was refused): whatever is made there later decides where it leads.
      return steps.slice(i + 1).includes('..');
    }
    if (st.isSymbolicLink()) return true;
    if (!st.isDirectory()) return false;
  }
  return false;
}
