/**
 * Paths a pulled share leaves out unless asked: files that tools act on when you open, enter or work in their folder.
 * A share is untrusted: the folder it writes is one the user then opens in an editor, `cd`s into, or runs a package
 * manager in. (Names that hold control characters are written as they are: printed, they are escaped.)
 */

/**
 * Names that make a tool run something, or read settings that can, in the folder that holds them: direnv's `.envrc`;
 * editors' project settings and tasks (`.vscode`, `.idea`, `.fleet`, `.zed`, `.devcontainer`'s postCreateCommand);
 * package managers' per-project settings (`.npmrc`'s script-shell, `.yarnrc.yml`'s yarnPath, a pnpmfile, bun's
 * preload, mise's tasks); other version control folders (`.jj`, `.svn`, `.bzr`; `.git` and `.hg` are refused outright,
 * manifest-schema.ts) and git's attributes and submodules; Windows Explorer's `desktop.ini` and `autorun.inf`; and this
 * tool's own `.massgenignore` and `.massgen` folder (a later export of the pulled folder reads them).
 */
const TOOL_NAMES = new Set([
  '.envrc',
  '.vscode',
  '.idea',
  '.fleet',
  '.zed',
  '.devcontainer',
  '.devcontainer.json',
  '.npmrc',
  '.yarnrc',
  '.yarnrc.yml',
  '.pnpmfile.cjs',
  '.pnpmfile.mjs',
  'bunfig.toml',
  '.mise.toml',
  'mise.toml',
  '.jj',
  '.svn',
  '.bzr',
  '.gitattributes',
  '.gitmodules',
  'desktop.ini',
  'autorun.inf',
  '.massgenignore',
  '.massgen',
]);

/**
 * True when `rel` (a share's path, `/`-separated) is left out of a pull: a segment is a name tools act on, compared as
 * case-insensitive file systems and Windows (trailing dots and spaces dropped) read it.
 */
export function isToolFile(rel: string): boolean {
  for (const part of rel.split('/')) if (TOOL_NAMES.has(part.toLowerCase().replace(/[. ]+$/, ''))) return true;
  return false;
}

/** The warning for what a pull left out, or null when nothing was. */
export function leftOutLine(paths: readonly string[], show: (p: string) => string): string | null {
  if (paths.length === 0) return null;
  const list = `${paths.slice(0, 5).map(show).join(', ')}${paths.length > 5 ? `, ${paths.length - 5} more` : ''}`;
  return `Left out ${paths.length === 1 ? '1 file' : `${paths.length} files`} that tools act on when you open or enter their folder (${list}): pull again with --tool-files to write them.`;
}
