/**
 * Round 24, secrets in tabular CLI output and name/value pair layouts (issue 11, category 3): box-drawn tables (light,
 * heavy, double, rounded, ASCII), tabulate/psql/Markdown styles, fixed-width columns, secrets-manager and platform
 * listings (doppler, heroku, vault, aws ssm, az keyvault, fly/railway/vercel, kubectl base64, docker inspect), values
 * truncated or wrapped in a cell; name/value pairs over two keys or lines (CI variable lists, Kubernetes `env:`, ECS
 * and Terraform Cloud JSON, CloudFormation parameters) and commands that set a variable (setx, PowerShell, fish, csh,
 * launchctl, systemd, Dockerfile, docker run -e, declare -x). Twins: the same layouts holding ids, regions, ARNs,
 * versions, hashes, UUIDs, URLs, booleans, models, counters, references, placeholders and masked values.
 * Seeded (REDACT_SEED replays); a plant leaks when any of its pieces is still in the output.
 */
import { seededGen, type SeededGen } from './fake-secrets.js';
import { tokenMakers } from './glue15-tokens.js';

export interface Plant24 {
  name: string;
  text: string;
  pieces: string[];
}

export const SEED = Number(process.env.REDACT_SEED ?? 2401);

const SECRET_NAMES = [
  'OPENAI_API_KEY',
  'STRIPE_SECRET_KEY',
  'DB_PASSWORD',
  'GITHUB_TOKEN',
  'SLACK_BOT_TOKEN',
  'AWS_SECRET_ACCESS_KEY',
  'DATABASE_PASSWORD',
  'JWT_SECRET',
  'SENDGRID_API_KEY',
  'ANTHROPIC_API_KEY',
  'REDIS_PASSWORD',
  'WEBHOOK_SIGNING_SECRET',
  'MAILGUN_API_KEY',
  'AUTH0_CLIENT_SECRET',
  'SESSION_SECRET',
  'PG_PASS',
  'PGPASSWORD',
  'TWILIO_AUTH_TOKEN',
  'NPM_TOKEN',
  'DD_API_KEY',
  'ENCRYPTION_KEY',
];
const PREFIXED = ['openai-api-key/proj', 'github-token', 'anthropic-api-key', 'groq-api-key', 'huggingface-token'];

/** A secret value: a provider key with its prefix, or prefix-less (alnum, hex, URL-safe, base64, a password). */
function secretValue(g: SeededGen, makers: Record<string, () => string>): string {
  const k = g.int(6);
  if (k === 0) return makers[g.one(PREFIXED)]!();
  if (k === 1) return g.pick('alnum', 24 + g.int(20));
  if (k === 2) return g.pick('hex', 32 + 8 * g.int(3));
  if (k === 3) return `${g.pick('alnum', 8)}_${g.pick('urlsafe', 28)}`;
  if (k === 4) return `${g.pick('alnum', 16)}${g.pick('b64', 20)}`.replace(/[+/]$/, 'Q');
  return `${g.pick('letters', 4)}${g.one(['!', '@', '#', '%', '^', '*'])}${g.pick('alnum', 6)}${g.one(['!', '@', '%'])}${g.pick('alnum', 5)}`;
}

const pad = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - s.length));
type Rows = string[][];
const colWidths = (rows: Rows): number[] => rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));

/** A box table: corner and junction characters per style (top, header rule, bottom), vertical bar. */
interface Box {
  top: string;
  mid: string;
  bot: string;
  h: string;
  v: string;
}
const BOXES: Record<string, Box> = {
  light: { top: '┌┬┐', mid: '├┼┤', bot: '└┴┘', h: '─', v: '│' },
  heavy: { top: '┏┳┓', mid: '┣╋┫', bot: '┗┻┛', h: '━', v: '┃' },
  double: { top: '╔╦╗', mid: '╠╬╣', bot: '╚╩╝', h: '═', v: '║' },
  rounded: { top: '╭┬╮', mid: '├┼┤', bot: '╰┴╯', h: '─', v: '│' },
  ascii: { top: '+++', mid: '+++', bot: '+++', h: '-', v: '|' },
};
function boxTable(style: Box, rows: Rows): string {
  const w = colWidths(rows);
  const rule = (c: string): string => `${c[0]}${w.map((n) => style.h.repeat(n + 2)).join(c[1])}${c[2]}`;
  const line = (r: string[]): string => `${style.v} ${r.map((c, i) => pad(c, w[i]!)).join(` ${style.v} `)} ${style.v}`;
  return [rule(style.top), line(rows[0]!), rule(style.mid), ...rows.slice(1).map(line), rule(style.bot)].join('\n');
}
function spaced(rows: Rows, underline: boolean, gap = 2): string {
  const w = colWidths(rows);
  const line = (r: string[]): string =>
    r
      .map((c, i) => pad(c, w[i]!))
      .join(' '.repeat(gap))
      .trimEnd();
  const out = [line(rows[0]!)];
  if (underline) out.push(w.map((n) => '-'.repeat(n)).join(' '.repeat(gap)));
  return [...out, ...rows.slice(1).map(line)].join('\n');
}
function markdown(rows: Rows, align: string): string {
  const w = colWidths(rows).map((n) => Math.max(n, 3));
  const line = (r: string[]): string => `| ${r.map((c, i) => pad(c, w[i]!)).join(' | ')} |`;
  const sep = `|${w.map((n) => (align === 'l' ? `:${'-'.repeat(n + 1)}` : align === 'c' ? `:${'-'.repeat(n)}:` : '-'.repeat(n + 2))).join('|')}|`;
  return [line(rows[0]!), sep, ...rows.slice(1).map(line)].join('\n');
}
function psql(rows: Rows): string {
  const w = colWidths(rows);
  const line = (r: string[]): string => ` ${r.map((c, i) => pad(c, w[i]!)).join(' | ')}`;
  const sep = w
    .map((n) => '-'.repeat(n + 2))
    .join('+')
    .slice(1);
  return [line(rows[0]!), sep, ...rows.slice(1).map(line), `(${rows.length - 1} rows)`].join('\n');
}
const b64 = (s: string): string => Buffer.from(s).toString('base64');
const kebab = (n: string): string => n.toLowerCase().replace(/_/g, '-');
const camel = (n: string): string =>
  n
    .toLowerCase()
    .split('_')
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');

/** Layouts of one name and one value, with neighbours (a non-secret row) from `o` (name) and `ov` (value). */
type Layout = (n: string, v: string, o: string, ov: string) => string;
const T = 'SecureString';
export const LAYOUTS: Record<string, Layout> = {
  ...Object.fromEntries(
    Object.entries(BOXES).map(([k, b]) => [
      `box-${k}`,
      (n: string, v: string, o: string, ov: string) =>
        boxTable(b, [
          ['NAME', 'VALUE'],
          [o, ov],
          [n, v],
        ]),
    ]),
  ),
  'box-3col': (n, v, o, ov) =>
    boxTable(BOXES.light!, [
      ['Name', 'Value', 'Environment'],
      [n, v, 'production'],
      [o, ov, 'production'],
    ]),
  'doppler-secrets': (n, v, o, ov) =>
    boxTable(BOXES.light!, [
      ['NAME', 'VALUE', 'NOTE'],
      ['DOPPLER_CONFIG', 'dev', ''],
      [n, v, ''],
      [o, ov, ''],
    ]),
  'tabulate-simple': (n, v, o, ov) =>
    spaced(
      [
        ['name', 'value'],
        [o, ov],
        [n, v],
      ],
      true,
    ),
  'fixed-width': (n, v, o, ov) =>
    spaced(
      [
        ['NAME', 'VALUE'],
        [o, ov],
        [n, v],
      ],
      false,
      3,
    ),
  'env-column': (n, v, o, ov) =>
    spaced(
      [
        [o, ov],
        [n, v],
        ['HOME', '/home/dev'],
      ],
      false,
      1,
    ),
  'heroku-config': (n, v, o, ov) => {
    const w = Math.max(n.length, o.length) + 2;
    return `=== my-app-prod Config Vars\n${pad(`${o}:`, w)}${ov}\n${pad(`${n}:`, w)}${v}`;
  },
  'vault-kv': (n, v, o, ov) =>
    `====== Data ======\n${spaced(
      [
        ['Key', 'Value'],
        [kebab(o), ov],
        [kebab(n), v],
      ],
      true,
      4,
    )}`,
  'md-left': (n, v, o, ov) =>
    markdown(
      [
        ['Variable', 'Value'],
        [o, ov],
        [n, v],
      ],
      'l',
    ),
  'md-center': (n, v, o, ov) =>
    markdown(
      [
        ['Key', 'Value'],
        [`\`${o}\``, `\`${ov}\``],
        [`\`${n}\``, `\`${v}\``],
      ],
      'c',
    ),
  psql: (n, v, o, ov) =>
    psql([
      ['key', 'value'],
      [o.toLowerCase(), ov],
      [n.toLowerCase(), v],
    ]),
  'aws-ssm-table': (n, v) => {
    const rows = [
      ['Name', 'Type', 'Value', 'Version'],
      [`/prod/app/${n}`, T, v, '3'],
    ];
    const w = colWidths(rows);
    const rule = `|+${w.map((x) => '-'.repeat(x + 3)).join('+')}+|`;
    const inner = rule.length - 2;
    const line = (r: string[]): string => `||  ${r.map((c, i) => pad(c, w[i]!)).join(' |  ')} ||`;
    return [
      '-'.repeat(inner + 2),
      `|${pad('                GetParameters', inner)}|`,
      `+${'-'.repeat(inner)}+`,
      `||${pad('                 Parameters', inner - 2)}||`,
      rule,
      line(rows[0]!),
      rule,
      line(rows[1]!),
      rule,
    ].join('\n');
  },
  'aws-ssm-json': (n, v) =>
    `{\n    "Parameter": {\n        "Name": "/prod/${n}",\n        "Type": "SecureString",\n        "Value": "${v}",\n        "Version": 3\n    }\n}`,
  'aws-ssm-yaml': (n, v) =>
    `Parameters:\n- ARN: arn:aws:ssm:eu-west-1:123456789012:parameter/${n}\n  Name: /${kebab(n)}\n  Type: SecureString\n  Value: ${v}\n  Version: 2`,
  'aws-ssm-text': (n, v) =>
    `PARAMETERS\tarn:aws:ssm:us-east-1:123456789012:parameter/prod/${n}\t2026-11-02T10:11:12.000000+00:00\t/prod/${n}\t${T}\t${v}\t3`,
  'az-keyvault': (n, v) =>
    spaced(
      [
        ['ContentType', 'Name', 'Value'],
        ['', kebab(n), v],
      ],
      true,
    ),
  'railway-vars': (n, v, o, ov) =>
    `╔══════════════════════ Variables for api ══════════════════════╗\n║ ${o} │ ${ov} ║\n║${'─'.repeat(40)}║\n║ ${n} │ ${v} ║\n╚${'═'.repeat(40)}╝`,
  'kubectl-yaml': (n, v, o, ov) =>
    `apiVersion: v1\ndata:\n  ${kebab(o)}: ${b64(ov)}\n  ${kebab(n)}: ${b64(v)}\nkind: Secret\nmetadata:\n  name: app-secrets\ntype: Opaque`,
  'docker-inspect': (n, v, o, ov) =>
    `        "Env": [\n            "${o}=${ov}",\n            "${n}=${v}",\n            "PATH=/usr/local/sbin:/usr/local/bin"\n        ],`,
  'box-truncated': (n, v, o, ov) =>
    boxTable(BOXES.rounded!, [
      ['Key', 'Value'],
      [o, ov],
      [n, `${v.slice(0, 18)}…`],
    ]),
  'box-wrapped': (n, v, o, ov) => {
    // A wrapping table fills the value column's width on every line but the last.
    const h = Math.max(8, Math.ceil(v.length / 2));
    return boxTable(BOXES.light!, [
      ['Name', 'Value'],
      [o, ov.slice(0, h)],
      [n, v.slice(0, h)],
      ['', v.slice(h)],
    ]);
  },
  'mysql-vertical': (n, v) =>
    `*************************** 1. row ***************************\n name: ${n}\nvalue: ${v}`,
  'azure-variables': (n, v, o, ov) => `variables:\n- name: ${o}\n  value: ${ov}\n- name: ${n}\n  value: ${v}`,
  'k8s-env': (n, v, o, ov) => `    env:\n    - name: ${o}\n      value: "${ov}"\n    - name: ${n}\n      value: "${v}"`,
  'k8s-env-flow': (n, v) => `        - {name: ${n}, value: '${v}'}`,
  'ecs-json': (n, v, o, ov) =>
    `"environment": [\n  {\n    "name": "${o}",\n    "value": "${ov}"\n  },\n  {\n    "name": "${n}",\n    "value": "${v}"\n  }\n]`,
  'ecs-json-reversed': (n, v) => `{"value": "${v}", "name": "${n}"}`,
  'tfc-vars': (n, v) =>
    `{\n  "data": {\n    "type": "vars",\n    "attributes": {\n      "key": "${n.toLowerCase()}",\n      "value": "${v}",\n      "category": "terraform",\n      "sensitive": true\n    }\n  }\n}`,
  'tfc-vars-plain': (n, v) => `{"key": "${n}", "value": "${v}", "category": "env", "hcl": false}`,
  'cfn-json': (n, v) => `[\n  {\n    "ParameterKey": "${camel(n)}",\n    "ParameterValue": "${v}"\n  }\n]`,
  'cfn-cli': (n, v) =>
    `aws cloudformation deploy --stack-name app --parameter-overrides ParameterKey=${camel(n)},ParameterValue=${v}`,
  'gha-with': (n, v) =>
    `      - uses: some/action@v3\n        with:\n          ${kebab(n)}: ${v}\n          region: us-east-1`,
  setx: (n, v) => `C:\\> setx ${n} ${v}\nSUCCESS: Specified value was saved.`,
  'cmd-set': (n, v) => `set ${n}=${v}`,
  'ps-env': (n, v) => `PS C:\\> $env:${n} = '${v}'`,
  'ps-setenv': (n, v) => `[Environment]::SetEnvironmentVariable('${n}', '${v}', 'User')`,
  'fish-set': (n, v) => `set -gx ${n} ${v}`,
  'csh-setenv': (n, v) => `setenv ${n} ${v}`,
  launchctl: (n, v) => `launchctl setenv ${n} ${v}`,
  systemd: (n, v) => `[Service]\nEnvironment="${n}=${v}"\nExecStart=/usr/bin/app`,
  'docker-env': (n, v) => `FROM node:20\nENV ${n}=${v}\nRUN npm ci`,
  'docker-env-space': (n, v) => `ENV ${n} ${v}`,
  'docker-arg': (n, v) => `ARG ${n}=${v}`,
  'docker-run': (n, v) => `docker run --rm -e ${n}=${v} -p 8080:8080 app:latest`,
  'gha-env': (n, v, o, ov) => `    env:\n      ${o}: ${ov}\n      ${n}: ${v}`,
  'gitlab-vars-json': (n, v) =>
    `[{"variable_type":"env_var","key":"${n}","value":"${v}","protected":false,"masked":false,"raw":false}]`,
  'bitbucket-vars': (n, v) => `{"type": "pipeline_variable", "key": "${n}", "value": "${v}", "secured": false}`,
  'compose-env': (n, v, o, ov) => `services:\n  api:\n    environment:\n      - ${o}=${ov}\n      - ${n}=${v}`,
  'ps-setitem': (n, v) => `Set-Item -Path Env:${n} -Value "${v}"`,
  'docker-run-quoted': (n, v) => `docker run --env "${n}=${v}" app`,
  'sm-table': (n, v) =>
    boxTable(BOXES.ascii!, [
      ['Name', 'SecretString'],
      [`prod/${kebab(n)}`, v],
    ]),
  'heroku-lower': (n, v, o, ov) => `${o.toLowerCase()}: ${ov}\n${n.toLowerCase()}: ${v}`,
  'tfc-vars-between': (n, v) => `{"value": "${v}", "category": "env", "hcl": false, "key": "${n}"}`,
  'k8s-env-reversed': (n, v, o, ov) => `env:\n  - value: "${ov}"\n    name: ${o}\n  - value: "${v}"\n    name: ${n}`,
  'cfn-yaml': (n, v) =>
    `Parameters:\n  - ParameterKey: ${camel(n)}\n    ParameterValue: ${v}\n    UsePreviousValue: false`,
  'circleci-env': (n, v) => `    docker:\n      - image: cimg/node:20.1\n        environment:\n          ${n}: ${v}`,
  'ecs-secrets-mixed': (n, v, o, ov) =>
    `"environment": [{"name": "${o}", "value": "${ov}"}, {"name": "${n}", "value": "${v}"}], "essential": true`,
  'heroku-config-get': (n, v) => `$ heroku config:get ${n} -a my-app\n${v}`,
  'doppler-get-plain': (n, v) => `$ doppler secrets get ${n} --plain\n${v}`,
  'env-column-eq': (n, v, o, ov) =>
    `$ env | sort | column -t -s=\n${spaced(
      [
        [o, ov],
        [n, v],
      ],
      false,
    )}`,
  'declare-x': (n, v, o, ov) => `declare -x ${o}="${ov}"\ndeclare -x ${n}="${v}"`,
};

const OTHER: [string, (g: SeededGen) => string][] = [
  ['AWS_REGION', (g) => g.one(['us-east-1', 'eu-west-2', 'ap-southeast-1'])],
  ['LOG_LEVEL', (g) => g.one(['info', 'debug', 'warn'])],
  ['NODE_ENV', () => 'production'],
  ['APP_VERSION', (g) => `${g.int(9)}.${g.int(20)}.${g.int(30)}`],
  ['MODEL_NAME', (g) => g.one(['gpt-4o-mini', 'claude-3-5-sonnet-20241022', 'gemini-1.5-pro', 'llama-3.1-70b'])],
  ['WORKERS', (g) => String(1 + g.int(32))],
  ['FEATURE_FLAGS_ENABLED', (g) => g.one(['true', 'false'])],
  ['BASE_URL', (g) => g.one(['https://api.example.com/v1', 'http://localhost:8080'])],
];

function pickName(g: SeededGen): string {
  const n = g.one(SECRET_NAMES);
  return n;
}

/** Pieces that must not survive: the value (or its visible part) and, for kubectl, its base64. */
function piecesOf(layout: string, v: string, text: string): string[] {
  if (layout === 'box-truncated') return [v.slice(0, 18)];
  if (layout === 'box-wrapped') {
    const h = Math.max(8, Math.ceil(v.length / 2));
    return [v.slice(0, h), v.slice(h)].filter((x) => x.length >= 4);
  }
  if (layout === 'kubectl-yaml') return [b64(v)];
  return text.includes(v) ? [v] : [];
}

export function plants(seed: number, perLayout = 4): Plant24[] {
  const g = seededGen(seed);
  const makers = tokenMakers(seed);
  const out: Plant24[] = [];
  for (const [name, layout] of Object.entries(LAYOUTS))
    for (let i = 0; i < perLayout; i++) {
      const n = pickName(g);
      const v = secretValue(g, makers);
      const [o, ov] = g.one(OTHER);
      const text = layout(n, v, o, ov(g));
      out.push({ name: `${name}/${n}`, text, pieces: piecesOf(name, v, text) });
    }
  return out;
}

/** Non-secret values for twins: ids, hashes, ARNs, references, placeholders and masked values. */
const TWIN_VALUES: [string, (g: SeededGen) => string][] = [
  ['COMMIT_SHA', (g) => g.pick('hex', 40)],
  [
    'REQUEST_ID',
    (g) => `${g.pick('hex', 8)}-${g.pick('hex', 4)}-4${g.pick('hex', 3)}-a${g.pick('hex', 3)}-${g.pick('hex', 12)}`,
  ],
  ['ROLE_ARN', (g) => `arn:aws:iam::${g.pick('digits', 12)}:role/app-deploy`],
  ['IMAGE_DIGEST', (g) => `sha256:${g.pick('hex', 64)}`],
  ...OTHER,
];
const SECRET_REFS: ((n: string) => string)[] = [
  (n) => `\${{ secrets.${n} }}`,
  (n) => `$(${n})`,
  () => '****',
  () => '<redacted>',
  () => 'your-api-key-here',
  () => '<TOKEN>',
  () => 'xxxxxxxxxxxx',
  () => 'changeme',
  () => '[hidden]',
  () => '(sensitive value)',
  (n) => `\${${n}}`,
  () => 'sk-...',
];
/** Layouts whose value column can only hold a value (no name): references there are kept as in a real listing. */
export function twins(seed: number, perLayout = 3): Plant24[] {
  const g = seededGen(seed);
  const out: Plant24[] = [];
  for (const [name, layout] of Object.entries(LAYOUTS)) {
    // A Secret's data and a SecretString are secret by declaration, as is a variable marked sensitive: no twin there.
    if (name === 'kubectl-yaml' || name === 'sm-table' || name.startsWith('aws-ssm')) continue;
    for (let i = 0; i < perLayout; i++) {
      const [o, ov] = g.one(OTHER);
      if (i === 0) {
        const n = pickName(g);
        const ref = g.one(SECRET_REFS)(n);
        const text = layout(n, ref, o, ov(g)).replace('"sensitive": true', '"sensitive": false');
        out.push({ name: `${name}/ref`, text, pieces: [] });
      } else {
        const [n, tv] = g.one(TWIN_VALUES);
        const text = layout(n, tv(g), o, ov(g)).replace('"sensitive": true', '"sensitive": false');
        out.push({ name: `${name}/${n}`, text, pieces: [] });
      }
    }
  }
  out.push(
    {
      name: 'k8s/valueFrom',
      text: '    - name: DB_PASSWORD\n      valueFrom:\n        secretKeyRef:\n          name: db\n          key: password',
      pieces: [],
    },
    {
      name: 'fly/digest',
      text: `NAME             DIGEST            CREATED AT\nOPENAI_API_KEY   ${g.pick('hex', 16)}  2m ago`,
      pieces: [],
    },
    {
      name: 'vercel/encrypted',
      text: ' name                 value               environments        created\n OPENAI_API_KEY       Encrypted           Production          3d ago',
      pieces: [],
    },
  );
  return out;
}

/** The plants with a piece still in `red(text)`. */
export function leaked(ps: readonly Plant24[], red: (s: string) => string): string[] {
  return ps
    .filter((p) => {
      const o = red(p.text);
      return p.pieces.some((x) => o.includes(x));
    })
    .map((p) => p.name);
}

export function changed(ps: readonly Plant24[], red: (s: string) => string): string[] {
  return ps
    .filter((p) => red(p.text) !== p.text)
    .map((p) => `${p.name}: ${JSON.stringify(p.text)} => ${JSON.stringify(red(p.text))}`);
}
