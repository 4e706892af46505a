/**
 * Round 40's split plants (issue 11, attack 40 class D), from a seeded generator (no secret-shaped literal is
 * committed): a value cut so that one piece went out before: a shell `\`-newline glued inside a flag's or a header's
 * value (a JSON Web Token's signature on the next line too), Python's adjacent literals in parentheses and JS's `+`
 * holding a URL with a password, a YAML block scalar cutting a URL's password, a hex key cut into `+`-joined literals
 * under a short name, a key of 12-character lines a blank line under its label, a JSON string wrapped at 80 columns.
 */
import type { Plant } from './filtered.js';
import { gen, tokenMakers } from './glue15-tokens.js';
import { pick, planted, WS, type Form } from './planted.js';

/** `v` cut in two at `at` (a fraction of its length). */
const halves = (v: string, at = 0.5): [string, string] => {
  const n = Math.floor(v.length * at);
  return [v.slice(0, n), v.slice(n)];
};
/** `v` in lines of `w` characters. */
const wrapped = (v: string, w: number): string => (v.match(new RegExp(`[^]{1,${w}}`, 'g')) ?? []).join('\n');

/** A value continued on the next line by a backslash glued inside it. */
export function gluedPlants(seed: number): Plant[] {
  const t = tokenMakers(seed);
  const r = gen(seed);
  const b64u = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  const jwt = (): string =>
    `${b64u({ alg: 'HS256', typ: 'JWT' })}.${b64u({ sub: `usr_${r('low', 8)}`, exp: 1999999999 })}.${r('url', 43)}`;
  const flag =
    (name: string, at: number, tail = ' --region us-east-1') =>
    (v: string) => {
      const [a, b] = halves(v, at);
      return `./deploy ${name} ${a}\\\n${b}${tail}\n`;
    };
  const forms: Form[] = [
    ['replicate', `${WS}/scripts/deploy.sh`, t['replicate-api-token']!, flag('--token', 0.5)],
    ['github', `${WS}/scripts/push.sh`, t['github-token']!, flag('--auth', 0.4, ' --yes')],
    ['proj', `${WS}/scripts/run.sh`, t['openai-api-key/proj']!, flag('--api-key', 0.6)],
    ['random', `${WS}/scripts/sync.sh`, () => r('alnum', 40), flag('--api-key', 0.5)],
    [
      'jwt-sig',
      `${WS}/scripts/call.sh`,
      jwt,
      (v) => {
        // The signature alone on the next line: the first parts and their `.` end the flag's line.
        const dot = v.lastIndexOf('.') + 1;
        return `./deploy --token ${v.slice(0, dot)}\\\n${v.slice(dot)} --region us-east-1\n`;
      },
    ],
    [
      'jwt-header',
      `${WS}/scripts/curl.sh`,
      jwt,
      (v) => {
        const [a, b] = halves(v, 0.8);
        return `curl -H "Authorization: Bearer ${a}\\\n${b}" https://api.example.io/v1/me\n`;
      },
    ],
    [
      'yaml-run',
      `${WS}/.github/workflows/ci.yml`,
      t['huggingface-token']!,
      (v) => {
        const [a, b] = halves(v);
        return `steps:\n  - run: |\n      ./push --hf-token ${a}\\\n      ${b} --private\n`;
      },
    ],
  ];
  return planted(forms);
}

/** A URL's password cut by concatenated literals or a YAML block scalar; a hex key cut into literals. */
export function joinedPlants(seed: number): Plant[] {
  const r = gen(seed);
  const pw = (): string => `${r('alnum', 14)}${r('dig', 2)}${r('alnum', 8)}`;
  const hosts = ['db.internal.example.net:5432/prod', 'cache.corp.example.com:6379/0', 'mq.example.org:5672/vh'];
  const url = (scheme: string, user: string) => (v: string) => `${scheme}://${user}:${v}@${pick(r, hosts)}`;
  const py = (scheme: string) => (v: string) => {
    const [a, b] = halves(url(scheme, 'app_user')(v), 0.45);
    return `TOKEN = (\n    "${a}"\n    "${b}")\n`;
  };
  const js = (v: string): string => {
    const [a, b] = halves(url('mysql', 'svc')(v), 0.4);
    return `const dsn = "${a}" +\n  "${b}";\n`;
  };
  const yaml = (key: string, style: string) => (v: string) => {
    const u = url('https', 'deploy')(v);
    const cut = u.indexOf(v) + Math.floor(v.length / 2);
    return `auth:\n  ${key}: ${style}\n    ${u.slice(0, cut)}\n    ${u.slice(cut)}\n`;
  };
  const hex = (name: string, q: string) => (v: string) => {
    const [a, b] = halves(v);
    return `const ${name} = ${q}${a}${q} +\n${q}${b}${q};\n`;
  };
  const forms: Form[] = [
    ['py-postgres', `${WS}/app/settings.py`, pw, py('postgresql')],
    ['py-redis', `${WS}/app/cache.py`, pw, py('redis')],
    ['py-amqp', `${WS}/app/queue.py`, pw, py('amqp')],
    ['js-mysql', `${WS}/src/db.js`, pw, js],
    ['yaml-folded', `${WS}/k8s/values.yaml`, pw, yaml('token', '>-')],
    ['yaml-literal', `${WS}/deploy/app.yml`, pw, yaml('password', '|')],
    ['yaml-dsn', `${WS}/config/prod.yaml`, pw, yaml('proxy_password', '>')],
    ['hex-k', `${WS}/src/sign.js`, () => r('hex', 64), hex('k', "'")],
    ['hex-x', `${WS}/src/keys.ts`, () => r('hex', 64), hex('x', '"')],
    ['hex-32', `${WS}/src/aes.js`, () => r('hex', 32), hex('s', "'")],
  ];
  return planted(forms);
}

/** A key hard-wrapped under its label: 12-character lines a blank line below it; a JSON string at 80 columns. */
export function wrapPlants(seed: number): Plant[] {
  const r = gen(seed);
  const labels = ['API key:', 'Signing secret:', 'token:', 'Access token:'];
  const w12 = (v: string): string => `${pick(r, labels)}\n\n${wrapped(v, 12)}\n`;
  const json = (name: string) => (v: string) => `\`\`\`json\n${wrapped(`{"${name}": "${v}", "id": 3}`, 80)}\n\`\`\`\n`;
  const forms: Form[] = [
    ['w12-a', `${WS}/notes/keys.md`, () => r('alnum', 48), w12],
    ['w12-b', `${WS}/notes/ops.md`, () => r('alnum', 60), w12],
    ['w12-c', `${WS}/../chat.log`, () => r('alnum', 36), w12],
    ['json-secret', `${WS}/notes/api.md`, () => r('url', 150), json('client_secret')],
    ['json-token', `${WS}/notes/auth.md`, () => r('alnum', 170), json('refresh_token')],
    ['json-key', `${WS}/notes/k.md`, () => r('url', 200), json('api_key')],
  ];
  return planted(forms);
}

/** Look-alikes that stay: continued commands, strings joined in code, digests, URLs with no password, prose. */
export const SPLIT_TWINS: readonly (readonly [string, string])[] = [
  [`${WS}/scripts/build.sh`, 'docker build \\\n  --platform linux/amd64 \\\n  -t app:latest .\n'],
  [`${WS}/scripts/a.sh`, 'echo building\\\nthe image\nls -la\\\n--color\n'],
  [`${WS}/scripts/b.sh`, './configure --prefix=/usr/local\\\n/opt --enable-shared\n'],
  [`${WS}/app/urls.py`, 'BASE = (\n    "https://api.example.com/"\n    "v1/users?page=2")\n'],
  [`${WS}/src/url.js`, 'const u = "postgresql://app_user:" +\n  "${PASSWORD}@db.local:5432/app";\n'],
  [`${WS}/src/digest.js`, "const hash = '9f86d081884c7d659a2feaa0c55ad015' +\n'a3bf4f1b2b0b822cd15d6c15b0f00a08';\n"],
  [
    `${WS}/k8s/values.yaml`,
    'desc:\n  text: >-\n    Connect with https://user:password@localhost:5432\n    from the docs.\n',
  ],
  [`${WS}/notes/prose.md`, 'API key:\n\nGet one from the\ndashboard under the\nSettings tab.\n'],
  [`${WS}/notes/table.md`, 'Steps:\n\nabcdefgh1234\nbuild the app\n'],
  [`${WS}/notes/long.md`, `\`\`\`json\n{"description": "${'word '.repeat(15)}\nmore words here", "id": 3}\n\`\`\`\n`],
];
