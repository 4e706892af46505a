import ignore, { type Ignore } from 'ignore';

/** Why a default pattern excludes something; shown to the user and recorded in the manifest. */
export type ExcludeCategory =
  | 'dependency tree or cache'
  | 'debug log'
  | 'duplicate (latest symlink)'
  | 'nested MassGen logs'
  | 'subagent logs'
  | 'OS junk'
  | 'secret-bearing file'
  | 'user pattern';

/**
 * Default exclusions in gitignore syntax, matched by path segment (never by substring).
 * Patterns ending in `/` match directories only, which are then never descended into.
 */
export const DEFAULT_EXCLUDES: Readonly<Record<Exclude<ExcludeCategory, 'user pattern'>, readonly string[]>> = {
  'dependency tree or cache': [
    'node_modules/', 'bower_components/', 'jspm_packages/', '.pnpm-store/', '.yarn/cache/',
    '.git', '.hg/', '.svn/',
    '.venv/', 'venv/', '.virtualenv/', 'site-packages/', '.tox/', '.nox/', '.eggs/', '*.egg-info/',
    '__pycache__/', '.pytest_cache/', '.mypy_cache/', '.ruff_cache/', '.ipynb_checkpoints/', '.hypothesis/',
    '.next/', '.nuxt/', '.parcel-cache/', '.turbo/', '.cache/', '.gradle/', '.cargo/',
    '*.pyc', '*.pyo', '*.pyd',
  ],
  'debug log': [
    'massgen.log', 'massgen.log.*', 'massgen.*.log', 'massgen.*.log.*',
    'massgen_debug.log', 'massgen_debug.log.*', 'massgen_debug.*.log', 'massgen_debug.*.log.*',
    'streaming_debug.log', 'streaming_debug.log.*', 'streaming_debug.*.log', 'streaming_debug.*.log.*',
    'mcp_*_stderr.log', 'mcp_*_stderr.log.*', 'mcp_*_stderr.*.log',
  ],
  'duplicate (latest symlink)': ['final_presentation*_latest.txt'],
  'nested MassGen logs': ['.massgen/', 'massgen_logs/'],
  'subagent logs': ['subagents/'],
  'OS junk': ['.DS_Store', 'Thumbs.db', 'ehthumbs.db', 'desktop.ini', '._*', '.Spotlight-V100/', '.Trashes/', '$RECYCLE.BIN/'],
  'secret-bearing file': [
    '.env', '.env.*', '.envrc', '*.env',
    'credentials.json', 'credentials.yaml', 'credentials.yml', 'client_secret*.json', 'service-account*.json',
    'secrets.json', 'secrets.yaml', 'secrets.yml', 'secrets.toml',
    '*.pem', '*.key', '*.p12', '*.pfx', '*.jks', '*.keystore', '*.kdbx', '*.gpg', '*.asc',
    'id_rsa*', 'id_dsa*', 'id_ecdsa*', 'id_ed25519*', '.ssh/', '.aws/', '.gnupg/', '.docker/config.json',
    '.npmrc', '.yarnrc', '.yarnrc.yml', '.pypirc', '.netrc', '_netrc', '.git-credentials', '.htpasswd', '.pgpass',
  ],
};

export interface ExcludeOptions {
  /** `--exclude` patterns and `.massgenignore` lines (gitignore syntax, `!` negates). */
  exclude?: readonly string[];
  /** `--include` patterns: re-include what a default or user pattern excluded. */
  include?: readonly string[];
}

export interface ExcludeMatcher {
  /**
   * Why `relPath` (posix, relative to the session root) is excluded, or null if it is not.
   * Directories must be passed with a trailing `/` so that directory-only patterns apply.
   */
  reason(relPath: string): ExcludeCategory | null;
}

export function createExcludeMatcher(opts: ExcludeOptions = {}): ExcludeMatcher {
  const user = (opts.exclude ?? []).filter((p) => p.trim() !== '' && !p.trimStart().startsWith('#'));
  const include = (opts.include ?? []).filter((p) => p.trim() !== '');
  const all: Ignore = ignore({ allowRelativePaths: true })
    .add(Object.values(DEFAULT_EXCLUDES).flat())
    .add(user)
    .add(include.map((p) => `!${p}`));
  const byCategory: [ExcludeCategory, Ignore][] = [
    ['user pattern', ignore({ allowRelativePaths: true }).add(user.filter((p) => !p.startsWith('!')))],
    ...Object.entries(DEFAULT_EXCLUDES).map(
      ([category, patterns]) => [category as ExcludeCategory, ignore({ allowRelativePaths: true }).add(patterns)] as [ExcludeCategory, Ignore],
    ),
  ];
  return {
    reason(relPath) {
      if (!all.ignores(relPath)) return null;
      for (const [category, ig] of byCategory) if (ig.ignores(relPath)) return category;
      return 'user pattern';
    },
  };
}

/**
 * Splits a `.massgenignore` text into exclusion patterns and `redact:` patterns.
 * Lines are gitignore patterns; `redact: REGEX` lines (or the indented/`-` items after a bare
 * `redact:` line) are extra redaction patterns for the redactor.
 */
export function parseMassgenignore(text: string): { exclude: string[]; redact: string[] } {
  const exclude: string[] = [];
  const redact: string[] = [];
  let inRedactBlock = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    const inline = /^redact:\s*(.*)$/.exec(line);
    if (inline) {
      if (inline[1]) redact.push(inline[1]);
      inRedactBlock = !inline[1];
      continue;
    }
    if (inRedactBlock) {
      const item = /^\s+(?:-\s+)?(.+)$/.exec(line) ?? /^-\s+(.+)$/.exec(line);
      if (item) {
        redact.push(item[1]!);
        continue;
      }
      inRedactBlock = false;
    }
    if (line.trim() === '' || line.startsWith('#')) continue;
    exclude.push(line);
  }
  return { exclude, redact };
}
