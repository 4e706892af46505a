/**
 * Round 39's plants (issue 11), from a seeded generator (no secret-shaped literal is committed), for attack 39's first
 * categories: a value split over lines by a language's continuation (PowerShell's backtick, Python's adjacent literals
 * in parentheses, a shell `\` inside double quotes); continuation lines of config formats (INI, TOML `"""`, YAML
 * `>-`/`|`); a PEM or OpenSSH private key inside a JSON string with `\n` escapes; fish's `set -gx` and csh's `setenv`;
 * Twitter/X app-only bearer tokens with no name.
 */
import type { Plant } from './filtered.js';
import { gen, tokenMakers } from './glue15-tokens.js';
import { planted, type Form } from './planted.js';

export const WS = 'turn_1/attempt_1/agent_c/20260202_091500_123456/workspace';
export { pick, planted, type Form } from './planted.js';
/** `v` cut in two at `at` (a fraction of its length). */
export const halves = (v: string, at = 0.5): [string, string] => {
  const n = Math.floor(v.length * at);
  return [v.slice(0, n), v.slice(n)];
};

/** A value split over lines by a language's continuation. */
export function continuationPlants(seed: number): Plant[] {
  const t = tokenMakers(seed);
  const ps = (v: string, name: string): string => {
    const [a, b] = halves(v);
    return `${name} = "${a}" + \`\n  "${b}"\n`;
  };
  const py = (v: string, name: string, at: number): string => {
    const [a, b] = halves(v, at);
    return `${name} = (\n    "${a}"\n    "${b}"\n)\n`;
  };
  const sh = (v: string, pre: string): string => {
    const [a, b] = halves(v, 0.4);
    return `${pre}"${a}\\\n${b}"\n`;
  };
  return planted([
    ['ps-proj', `${WS}/scripts/setup.ps1`, t['openai-api-key/proj']!, (v) => ps(v, '$k')],
    ['ps-ant', `${WS}/scripts/env.ps1`, t['anthropic-api-key']!, (v) => ps(v, '$env:CLAUDE')],
    ['ps-gh', `${WS}/deploy/push.ps1`, t['github-token']!, (v) => ps(v, '$pat')],
    ['py-key', `${WS}/app/settings.py`, t['stripe-secret-key']!, (v) => py(v, 'KEY', 0.5)],
    ['py-slack', `${WS}/bot/config.py`, t['slack-token']!, (v) => py(v, 'SLACK', 0.3)],
    ['py-hf', `${WS}/ml/train.py`, t['huggingface-token']!, (v) => py(v, 'hf', 0.6)],
    ['sh-curl', `${WS}/scripts/call.sh`, t['groq-api-key']!, (v) => sh(v, 'curl https://api.groq.com -H ')],
    ['sh-docker', `${WS}/scripts/run.sh`, t['xai-api-key']!, (v) => sh(v, 'docker run -e ')],
  ]);
}

/** Continuation lines of config formats under a secret name. */
export function configPlants(seed: number): Plant[] {
  const t = tokenMakers(seed);
  const r = gen(seed);
  return planted([
    ['ini', `${WS}/config/app.ini`, t['slack-token']!, (v) => `[slack]\nbot_token =\n    ${v}\nchannel = ops\n`],
    ['ini-cfg', `${WS}/setup.cfg`, t['pypi-token']!, (v) => `[pypi]\npassword =\n  ${v}\nusername = __token__\n`],
    ['toml', `${WS}/config/app.toml`, t['github-token']!, (v) => `[gh]\ntoken = """\n${v}"""\n`],
    [
      'toml-multi',
      `${WS}/pyproject.toml`,
      () => r('b64', 64),
      (v) => `[tool.secrets]\nsigning_secret = """\n${v.slice(0, 32)}\n${v.slice(32)}"""\n`,
    ],
    ['yaml-folded', `${WS}/k8s/values.yaml`, t['openai-api-key/proj']!, (v) => `openai:\n  api_key: >-\n    ${v}\n`],
    [
      'yaml-literal',
      `${WS}/ci/config.yml`,
      () => r('alnum', 48),
      (v) => `env:\n  SECRET_TOKEN: |\n    ${v.slice(0, 24)}\n    ${v.slice(24)}\n  REGION: eu\n`,
    ],
    ['yaml-plain', `${WS}/compose.yml`, t['sendgrid-api-key']!, (v) => `x:\n  mail_password: >\n    ${v}\n`],
  ]);
}

/** An OpenSSH or PEM private key inside a JSON string with `\n` escapes. */
export function escapedPemPlants(seed: number): Plant[] {
  const r = gen(seed);
  const body = (n: number): string[] => Array.from({ length: n }, () => r('b64', 70));
  const pem = (kind: string, lines: string[]): string =>
    `-----BEGIN ${kind}PRIVATE KEY-----\\n${lines.join('\\n')}\\n-----END ${kind}PRIVATE KEY-----\\n`;
  const last =
    (kind: string, make: (p: string) => string): Form[2] =>
    () => {
      const lines = body(4);
      const v = `${lines[3]!.slice(0, 40)}`;
      lines[3] = v;
      cache.set(v, make(pem(kind, lines)));
      return v;
    };
  const cache = new Map<string, string>();
  const form = (v: string): string => cache.get(v)!;
  const ecs = (p: string): string =>
    `{"containerDefinitions": [{"secrets": [], "environment": [{"name": "SSH_KEY", "value": "${p}"}]}]}\n`;
  const mcp = (p: string): string =>
    `{"mcpServers": {"git": {"command": "uvx", "args": ["mcp-server-git", "--key", "${p}"]}}}\n`;
  const env = (p: string): string => `{"DEPLOY_KEY": "${p}"}\n`;
  return planted([
    ['ecs', `${WS}/ecs/task-def.json`, last('OPENSSH ', ecs), form],
    ['mcp', `${WS}/.mcp.json`, last('OPENSSH ', mcp), form],
    ['rsa', `${WS}/config/deploy.json`, last('RSA ', env), form],
    ['pkcs8', `${WS}/ecs/task.json`, last('', ecs), form],
    ['ec', `${WS}/logs/tool-call.json`, last('EC ', (p) => `{"tool":"write","content":"${p}"}\n`), form],
  ]);
}

/** fish's `set -gx`/`set -Ux`/`set -x` and csh's `setenv` under a secret name. */
export function fishPlants(seed: number): Plant[] {
  const t = tokenMakers(seed);
  const r = gen(seed);
  const cookie = (): string => `s%3A${r('url', 32)}.${r('alnum', 43)}`;
  const fish = `${WS}/.config/fish/config.fish`;
  return planted([
    ['gx', fish, () => r('alnum', 40), (v) => `set -gx API_TOKEN ${v}\n`],
    ['Ux', fish, () => r('hex', 40), (v) => `set -Ux SECRET_KEY ${v}\n`],
    ['x-quoted', fish, () => r('b64', 44), (v) => `set -x DB_PASSWORD "${v}"\n`],
    ['cookie', `${WS}/notes/fish.md`, cookie, (v) => `set -gx SESSION_SECRET ${v}\n`],
    ['csh', `${WS}/.cshrc`, () => r('url', 36), (v) => `setenv AUTH_TOKEN ${v}\n`],
    ['csh-q', `${WS}/.tcshrc`, () => r('alnum', 32), (v) => `setenv MY_API_KEY "${v}"\n`],
    ['fish-ant', fish, t['tavily-api-key']!, (v) => `set --global --export TAVILY_KEY '${v}'\n`],
    ['spaced', fish, () => `Maple ${r('low', 5)}${r('dig', 2)}!`, (v) => `set -x DB_PASSWORD "${v}"\n`],
    ['csh-spaced', `${WS}/.cshrc`, () => `Harbor ${r('low', 4)}${r('dig', 2)}`, (v) => `setenv SMTP_PASSWORD "${v}"\n`],
  ]);
}

/** Twitter/X app-only bearer tokens with no name beside them. */
export function twitterPlants(seed: number): Plant[] {
  const r = gen(seed);
  const A = 'A'.repeat(21);
  const tok = (): string => `${A}${r('alnum', 6)}AAAAAAA${r('alnum', 70)}`;
  const escaped = (): string => `${A}${r('alnum', 6)}AAAAAAA${r('alnum', 20)}%2B${r('alnum', 30)}%3D${r('alnum', 40)}`;
  return planted([
    ['plain', `${WS}/notes/x.md`, tok, (v) => `the app-only token: ${v}\n`],
    ['curl', `${WS}/scripts/x.sh`, tok, (v) => `curl "https://api.x.com/2/tweets?ids=1" -H "x: ${v}"\n`],
    ['json', `${WS}/logs/out.json`, tok, (v) => `{"result": "${v}"}\n`],
    ['list', `${WS}/notes/keys.txt`, escaped, (v) => `- ${v}\n`],
    ['py', `${WS}/app/x.py`, tok, (v) => `client = tweepy.Client("${v}")\n`],
  ]);
}
