/**
 * Git takes a folder for a repository's control folder (a bare repository) when it holds a `HEAD` beside `objects`
 * and `refs`, or beside `commondir`, which points them elsewhere. From any folder below, `git status` (run by shell
 * prompts and editors on entering it) then reads that folder's `config` and runs the commands it names
 * (core.fsmonitor, aliases, hooks). Refusing the name `.git` is not enough: a share must not lay such a folder out.
 */
const HEAD = 1;
const STORE = 2;

/** The name as a case-insensitive file system, or Windows (which drops trailing dots and blanks), reads it. */
const folded = (name: string): string => name.toLowerCase().replace(/[. ]+$/, '');

function role(name: string): number {
  const n = folded(name);
  if (n === 'head') return HEAD;
  return n === 'objects' || n === 'refs' || n === 'commondir' ? STORE : 0;
}

/** The entries a pull has made so far, by folder: says when one more would complete a repository's layout. */
export class RepositoryLayoutGuard {
  private readonly roles = new Map<string, number>();

  /**
   * Records the entry at `rel` (a file, folder or link; `/`-separated); returns the folder ('' for the root) that it
   * makes a repository's control folder, or null.
   */
  add(rel: string): string | null {
    const slash = rel.lastIndexOf('/');
    const r = role(rel.slice(slash + 1));
    if (r === 0) return null;
    const dir = slash === -1 ? '' : rel.slice(0, slash);
    const roles = (this.roles.get(dir) ?? 0) | r;
    this.roles.set(dir, roles);
    return roles === (HEAD | STORE) ? dir : null;
  }
}
