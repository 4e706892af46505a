/**
 * Attack 38's leaks, as categories (issue 11): WordPress's keys and salts outside `define()` (a Docker image's
 * `WORDPRESS_*`, `.env`, YAML, a PHP array), symbols and all; an MCP server's `env:`/`headers:` map that YAML anchors
 * (`env: &env1`). Twins: the documented placeholder, references to the names, a map of public settings.
 */
import type { Plant } from './filtered.js';
import { gen, type Gen } from './glue15-tokens.js';

/** WordPress's generator's characters (wp_generate_password with special characters, no quote or backslash). */
const WP = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_[]{}<>~`+=,.;:/?|';
/** A salt of the generator's characters with a symbol in its first half (the one the rule needs is drawn). */
const salt = (r: Gen): string => `${r('hex', 3)}${r('!@#%^&*', 1)}${r(WP.replace(/[<>]/g, ''), 60)}`;
const NAMES = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'NONCE_SALT'];

export function wordpressPlants(seed: number): Plant[] {
  const r = gen(seed);
  const forms: [string, string, (n: string, v: string) => string][] = [
    ['env', 'site/.env.production', (n, v) => `${n}=${v}\n`],
    [
      'docker',
      'site/docker-compose.yml',
      (n, v) => `services:\n  wp:\n    environment:\n      WORDPRESS_${n}: '${v}'\n`,
    ],
    ['trace', 'execution_trace.md', (n, v) => `### Tool result\n\`\`\`\nDB_HOST=db\n${n}=${v}\n\`\`\`\n`],
    ['array', 'site/wp-salts.php', (n, v) => `return [\n    '${n}' => '${v}',\n];\n`],
    ['yaml', 'site/secrets.yaml', (n, v) => `wordpress:\n  ${n}: "${v}"\n`],
    ['export', 'notes/setup.sh', (n, v) => `export WORDPRESS_${n}="${v}"\n`],
  ];
  return forms.map(([name, rel, form], i) => {
    const v = salt(r);
    return { name, rel, text: form(NAMES[i % NAMES.length]!, v), value: v };
  });
}

export const WORDPRESS_TWINS: [string, string][] = [
  ['site/wp-config-sample.php', "define( 'AUTH_KEY',         'put your unique phrase here' );\n"],
  ['site/wp-config.php', "define( 'NONCE_SALT', getenv_docker('WORDPRESS_NONCE_SALT', '') );\n"],
  ['site/wp-config.php', 'if ( ! defined( "AUTH_KEY" ) ) { wp_die(); }\n'],
  ['site/.env.example', 'AUTH_KEY=${WORDPRESS_AUTH_KEY:-}\n'],
  ['docs/wp.md', 'Set AUTH_KEY, SECURE_AUTH_KEY, LOGGED_IN_KEY and NONCE_KEY to long random strings.\n'],
];

const MCP = (anchor: string, body: string): string =>
  `orchestrator:\n  mcp_servers:\n    - name: srv\n      type: stdio\n      command: npx\n      env: ${anchor}\n${body}`;

export function mcpAnchorPlants(seed: number): Plant[] {
  const r = gen(seed);
  const forms: [string, (v: string) => string, string][] = [
    ['aws-like', (v) => MCP('&env1', `        X_NLCO: "${v}"\n`), `${r('alnum', 20)}+${r('alnum', 19)}`],
    ['hex', (v) => MCP('&srv_env', `        SERVICE_CRED: ${v}\n`), r('hex', 40)],
    ['headers', (v) => MCP('&e', `        X_TEAM: "${v}"\n`), r('alnum', 32)],
  ];
  return forms.map(([name, form, v]) => ({ name, rel: 'execution_metadata.yaml', text: form(v), value: v }));
}

export const MCP_ANCHOR_TWINS: [string, string][] = [
  [
    'execution_metadata.yaml',
    MCP('&env1', '        LOG_LEVEL: debug\n        REGION: eu-west-1\n        TIMEOUT: "30"\n'),
  ],
  [
    'execution_metadata.yaml',
    MCP('&env2', '        HOME_DIR: /home/user\n        API_BASE: https://api.example.com\n'),
  ],
];
