/**
 * Paths a pulled share leaves out unless asked: files that tools act on when you open, enter or work in their folder.
 * A share is untrusted: the folder it writes is one the user then opens in an editor, `cd`s into, runs a package
 * manager, a build or a coding agent in. Such files are a class with no end of members (direnv's `.envrc`, editors'
 * settings and exrc files, Claude Code's and Gemini CLI's hooks and MCP servers, cargo's runner, git's and other
 * version control's settings), and nearly all of them are hidden: so every hidden name is left out but a few that no
 * tool runs anything from, and so are the visible names tools load by themselves and the build scripts and tool
 * configurations editors run on open (tool-files-build.ts), the files package managers, build tools and task runners
 * act on when the user runs them in the folder, and any file at the top that no session holds there
 * (tool-files-run.ts). (Names that hold control characters are written as they are: printed, they are escaped.)
 */

import { buildContentJudge, isBuildName, isBuildPath } from './tool-files-build.js';
import { isRunName, isSessionTop } from './tool-files-run.js';

/** A path segment as case-insensitive file systems and Windows read it (trailing dots and spaces dropped). */
const asRead = (part: string): string => part.toLowerCase().replace(/[. ]+$/, '');

/**
 * Hidden names that only list or describe (ignore lists, placeholders, an example env file). Version pins are not
 * among them: pyenv before 2.3.3 ran the `bin/python` of a `.python-version` naming `../../path` (CVE-2022-35861),
 * and nodenv, nvm and fnm read `.node-version` and `.nvmrc` as they are.
 */
const INERT_HIDDEN = new Set([
  '.gitignore',
  '.gitkeep',
  '.keep',
  '.dockerignore',
  '.npmignore',
  '.prettierignore',
  '.eslintignore',
  '.nojekyll',
  '.editorconfig',
  '.env.example',
  '.env.sample',
  '.env.template',
]);

/**
 * Visible names a tool loads by itself from the folder it works in: pytest's `conftest.py`, Python's
 * `sitecustomize.py`/`usercustomize.py`, rustup's toolchain file (it can name a toolchain by path), MSBuild's and
 * NuGet's per-folder imports and the .NET SDK's pin, bun's and mise's settings, Ansible's `ansible.cfg` (read from
 * the folder Ansible runs in: its vault password file is a program it runs), Windows Explorer's `desktop.ini` and
 * `autorun.inf`, and the instructions coding agents read on start (`CLAUDE.md`, `AGENTS.md`, `GEMINI.md`, Amp's
 * `AGENT.md`, Codex's `AGENTS.override.md`, Qwen Code's `QWEN.md`, Crush's `CRUSH.md`, Warp's `WARP.md`), and the
 * settings of the agents that start their MCP servers' commands from them (OpenCode's `opencode.json[c]`, Crush's
 * `crush.json`). mise also reads `mise.local.toml`, `mise.<env>.toml` and `mise/config.toml` (MISE_NAMES).
 */
const TOOL_NAMES = new Set([
  'conftest.py',
  'sitecustomize.py',
  'usercustomize.py',
  'rust-toolchain',
  'rust-toolchain.toml',
  'directory.build.props',
  'directory.build.targets',
  'directory.build.rsp',
  'directory.packages.props',
  'global.json',
  'nuget.config',
  'bunfig.toml',
  'mise.toml',
  'opencode.json',
  'opencode.jsonc',
  'crush.json',
  'ansible.cfg',
  'desktop.ini',
  'autorun.inf',
  'claude.md',
  'claude.local.md',
  'agents.md',
  'agents.override.md',
  'agent.md',
  'gemini.md',
  'qwen.md',
  'crush.md',
  'warp.md',
  // Darcs' repository folder: its preferences run hooks (`posthook`) in the folder.
  '_darcs',
]);

/** mise's other configuration files: `mise.local.toml`, `mise.<env>.toml`, `mise/config.toml`, `mise/conf.d/*.toml`. */
const MISE_NAMES = /(?:^|\/)mise(?:\.[^/]*\.toml$|\/(?:config\.toml$|conf\.d\/))/;

/**
 * Visible configuration files whose settings can make a tool import code from the folder it runs in: pytest's `-p`
 * plugins and `pythonpath` (in `pytest.ini`, `tox.ini`, `setup.cfg` or `pyproject.toml`: with them a plugin beside
 * the file runs as `conftest.py` would), pylint's `init-hook` (Python in a string) and `load-plugins`, flake8's local
 * plugins. Most of these files only describe a project, so they are left out only when they hold such a setting.
 */
const P_PLUGIN = `(?<![\\w-])-p["']?[\\s,]*["']?(?!no:)[A-Za-z_]`;
const CONFIG_NAMES = new Set(['pyproject.toml', 'setup.cfg', 'tox.ini', 'pytest.ini', 'pylintrc']);
const LOADS_CODE = new RegExp(
  [
    // `addopts = -p plugin`, `addopts = ["-p", "plugin"]`, `-pplugin`; `-p no:cacheprovider` only turns one off.
    `^[ \\t]*["']?addopts["']?[ \\t]*=.*?${P_PLUGIN}`,
    // An option on an indented continuation line of an INI value.
    `^[ \\t]+["']?${P_PLUGIN}`,
    `^[ \\t]*["']?(?:pythonpath|init[-_]hook|load[-_]plugins)["']?[ \\t]*[=:]`,
    `^\\[flake8:local-plugins\\]`,
  ].join('|'),
  'im',
);

const fileName = (rel: string): string => asRead(rel.slice(rel.lastIndexOf('/') + 1));

/** The test of a configuration file's content (true: it makes a tool run code from its folder), else undefined. */
function contentJudge(name: string): ((text: string) => boolean) | undefined {
  return CONFIG_NAMES.has(name) ? (text) => LOADS_CODE.test(text) : buildContentJudge(name);
}

/** True when `rel` is a configuration file whose content decides whether a pull leaves it out (loadsCode). */
export const isToolConfig = (rel: string): boolean => contentJudge(fileName(rel)) !== undefined;

/** For a configuration file (isToolConfig): true when its content makes a tool run code from its folder. */
const loadsCode = (rel: string, content: Buffer): boolean =>
  contentJudge(fileName(rel))?.(content.toString('utf8')) ?? false;

/**
 * True when a path is a tool's by more than one of its segments (mise's settings, Gradle's wrapper), by its file's
 * name a command run in its folder acts on (tool-files-run.ts), or is a file at the top that no session holds there.
 */
function isToolPath(rel: string): boolean {
  const name = fileName(rel);
  if (isRunName(name) || (!rel.includes('/') && !isSessionTop(name))) return true;
  const read = rel.split('/').map(asRead).join('/');
  return MISE_NAMES.test(read) || isBuildPath(read);
}

/** True when a path segment is a tool's: a hidden name that is not inert, or a visible name a tool loads or runs. */
function isToolName(part: string): boolean {
  if (commandHazard(part)) return true;
  const name = asRead(part);
  return name.startsWith('.') ? !INERT_HIDDEN.has(name) : TOOL_NAMES.has(name) || isBuildName(name);
}

/**
 * A name a command in the folder reads as something else (hostile 60): an option (`--checkpoint-action=exec=…` read by
 * `tar cf x.tar *`, `-rf` by `rm *`), a home directory (`~`, `~user`), or dots written with look-alikes (`․․`,
 * U+2024 twice, `．．`) that read as `..` where the name is normalised, and look like it everywhere.
 */
function commandHazard(part: string): boolean {
  if (part.startsWith('-') || part.startsWith('~')) return true;
  return /[^\x00-\x7f]/.test(part) && /^\.+$/.test(part.normalize('NFKC').replace(/[\s\u200b-\u200f\u2060]/g, ''));
}

/**
 * True when `rel` (a share's path, `/`-separated) is left out of a pull: one of its segments is a tool's, or it is a
 * configuration file (isToolConfig) whose `content` loads code; without its content, such a file is left out.
 */
export function isToolFile(rel: string, content?: Buffer): boolean {
  for (const part of rel.split('/')) if (isToolName(part)) return true;
  if (isToolPath(rel)) return true;
  return isToolConfig(rel) && (content === undefined || loadsCode(rel, content));
}

/**
 * isToolFile for the many paths of one pull: each folder judged once (a share's thousands of files share a few dozen
 * folders), then each file's own name. `top`: a file at the top that no session holds there is one too (a pull's).
 */
export function toolFileJudge(top = true): (rel: string, content?: Buffer) => boolean {
  // For a copy an assistant reads (`top` false): only the names a tool or an assistant loads by itself (`CLAUDE.md`,
  // hidden settings: `.claude/`, `.mcp.json`, `.vscode/`), not the files a command acts on when run (`package.json`).
  const judged = top ? isToolPath : (): boolean => false;
  const folders = new Map<string, boolean>();
  const toolFolder = (dir: string): boolean => {
    let judged = folders.get(dir);
    if (judged === undefined) {
      const slash = dir.lastIndexOf('/');
      judged = isToolName(dir.slice(slash + 1)) || (slash !== -1 && toolFolder(dir.slice(0, slash)));
      folders.set(dir, judged);
    }
    return judged;
  };
  return (rel, content) => {
    const slash = rel.lastIndexOf('/');
    if (isToolName(rel.slice(slash + 1)) || (slash !== -1 && toolFolder(rel.slice(0, slash))) || judged(rel))
      return true;
    return top && isToolConfig(rel) && (content === undefined || loadsCode(rel, content));
  };
}

/** The warning for what a pull left out, or null when nothing was. */
export function leftOutLine(paths: readonly string[], show: (p: string) => string): string | null {
  if (paths.length === 0) return null;
  const list = `${paths.slice(0, 5).map(show).join(', ')}${paths.length > 5 ? `, ${paths.length - 5} more` : ''}`;
  return `Left out ${paths.length === 1 ? '1 file' : `${paths.length} files`} that tools and commands act on in their folder (${list}): pull again with --tool-files to write them.`;
}
