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

/** One segment of a default pattern (`*.pem`, `id_rsa*`) as an anchored regex: `*` is any run within the segment. */
export const segmentRegex = (seg: string): RegExp =>
  new RegExp(
    `^${seg
      .split('*')
      .map((lit) => lit.replace(/[.+^${}()|\\]/g, '\\$&'))
      .join('[^/]*')}$`,
  );

/**
 * Default exclusions in gitignore syntax, matched by path segment (never by substring).
 * Patterns ending in `/` match directories only, which are then never descended into. Only
 * `*` wildcards and multi-segment patterns anchored anywhere (written `**` + `/a/b`) are used (see `compileDefault`).
 */
export const DEFAULT_EXCLUDES: Readonly<Record<Exclude<ExcludeCategory, 'user pattern'>, readonly string[]>> = {
  'dependency tree or cache': [
    'node_modules/',
    'bower_components/',
    'jspm_packages/',
    '.pnpm-store/',
    '**/.yarn/cache/',
    '.git',
    '.hg/',
    '.svn/',
    '.venv/',
    'venv/',
    '.virtualenv/',
    'site-packages/',
    '.tox/',
    '.nox/',
    '.eggs/',
    '*.egg-info/',
    '__pycache__/',
    '.pytest_cache/',
    '.mypy_cache/',
    '.ruff_cache/',
    '.ipynb_checkpoints/',
    '.hypothesis/',
    '.next/',
    '.nuxt/',
    '.parcel-cache/',
    '.turbo/',
    '.cache/',
    '.gradle/',
    '.cargo/',
    '*.pyc',
    '*.pyo',
    '*.pyd',
  ],
  'debug log': [
    'massgen.log',
    'massgen.log.*',
    'massgen.*.log',
    'massgen.*.log.*',
    'massgen_debug.log',
    'massgen_debug.log.*',
    'massgen_debug.*.log',
    'massgen_debug.*.log.*',
    'streaming_debug.log',
    'streaming_debug.log.*',
    'streaming_debug.*.log',
    'streaming_debug.*.log.*',
    'mcp_*_stderr.log',
    'mcp_*_stderr.log.*',
    'mcp_*_stderr.*.log',
  ],
  'duplicate (latest symlink)': ['final_presentation*_latest.txt'],
  'nested MassGen logs': ['.massgen/', 'massgen_logs/'],
  'subagent logs': ['subagents/'],
  'OS junk': [
    '.DS_Store',
    'Thumbs.db',
    'ehthumbs.db',
    'desktop.ini',
    '._*',
    '.Spotlight-V100/',
    '.Trashes/',
    '$RECYCLE.BIN/',
  ],
  'secret-bearing file': [
    '.env',
    '.env.*',
    '.envrc',
    '*.env',
    'credentials.json',
    'credentials.yaml',
    'credentials.yml',
    'client_secret*.json',
    'service-account*.json',
    'secrets.json',
    'secrets.yaml',
    'secrets.yml',
    'secrets.toml',
    '*.pem',
    '*.key',
    '*.p12',
    '*.pfx',
    '*.jks',
    '*.keystore',
    '*.kdbx',
    '*.gpg',
    '*.asc',
    'id_rsa*',
    'id_dsa*',
    'id_ecdsa*',
    'id_ed25519*',
    '.ssh/',
    '.aws/',
    '.gnupg/',
    '**/.docker/config.json',
    '.npmrc',
    '.yarnrc',
    '.yarnrc.yml',
    '.pypirc',
    '.netrc',
    '_netrc',
    'netrc',
    '.git-credentials',
    '.htpasswd',
    '.pgpass',
    'pgpass.conf',
    // Credential stores known by their name (credential-formats.ts reads their fields to learn the values).
    'chap-secrets',
    'pap-secrets',
    'sasl_passwd',
    'rsyncd.secrets',
    'rsync.secrets',
    '.my.cnf',
    '.mylogin.cnf',
    'htpasswd',
    '*.htpasswd',
    '.htdigest',
    '.dockercfg',
    'wpa_supplicant*.conf',
    '*.nmconnection',
    '.boto',
    '.s3cfg',
    'rclone.conf',
    '*.tfvars',
    '*.tfvars.json',
    'kubeconfig',
    '*.kubeconfig',
    '**/.kube/config',
    '**/.gem/credentials',
    '**/gh/hosts.yml',
    '**/.config/hub',
    '.azure/',
    // gcloud's: SQLite databases of tokens, application default credentials, per-account key files.
    'credentials.db',
    'access_tokens.db',
    'application_default_credentials.json',
    'legacy_credentials/',
    // This tool's own file: its `redact:` lines are the user's secrets, written out (a project copied as a workspace).
    '.massgenignore',
  ],
};
