/**
 * Round 27's plants and twins (issue 11), from a seeded generator (no secret-shaped literal is committed):
 * - a secret's variable named in prose, then its value (`Configure \`ENCRYPTION_KEY\` as \`…\``, `Set SMTP_PASS to …`,
 *   `I used \`…\` for \`SESSION_SECRET\``), keys of hex, base64 and base62, passwords of words and numbers and of a
 *   generator's symbols;
 * - a generator's password with brackets, commas or semicolons in prose (`pass \`E{pl-%N}cITF^^yBj)mPT\``);
 * - code: a person's password of words and numbers joined by a dot in a string constant (JS, C#, Kotlin, shell), and
 *   values with brackets and symbols in a compose file's `- NAME=…` and an environment prefix (`NAME=… python …`).
 * Twins: the same sentences and lines holding what is no secret (a reference, a placeholder, a hash named so, code).
 */
import { gen, tokenMakers } from './glue15-tokens.js';

export interface Plant {
  name: string;
  rel: string;
  text: string;
  value: string;
}

const KEY_NAMES = ['ENCRYPTION_KEY', 'JWT_SECRET', 'SESSION_SECRET', 'HMAC_KEY', 'APP_KEY', 'SECRET_KEY_BASE'];
const MORE_KEY_NAMES = ['WEBHOOK_SECRET', 'MASTER_KEY', 'SIGNING_KEY', 'COOKIE_SECRET', 'webhook_secret', 'app_key'];
const PW_NAMES = [
  'RABBITMQ_DEFAULT_PASS',
  'LDAP_BIND_PW',
  'SMTP_PASS',
  'DBPASSWORD',
  'adminPassword',
  'REDIS_PASSWORD',
];

const KEY_FORMS: ((n: string, v: string) => string)[] = [
  (n, v) => `Configure \`${n}\` as \`${v}\`.\n`,
  (n, v) => `Set \`${n}\` to \`${v}\` before starting.\n`,
  (n, v) => `\`${n}\` is \`${v}\`.\n`,
  (n, v) => `I used \`${v}\` for \`${n}\`.\n`,
  (n, v) => `Then set ${n} to ${v} and restart.\n`,
  (n, v) => `The ${n} should be \`${v}\`.\n`,
  (n, v) => `Export ${n} (value \`${v}\`) in your shell.\n`,
];

const WORDS = ['Zephyr', 'Lychee', 'Nimbus', 'Fjord', 'Tundra', 'Walrus', 'Quince', 'Saffron'];
const TAILS = ['kestrel', 'pumice', 'obsidian', 'juniper', 'harbor', 'cobalt', 'glacier', 'marble'];

/** A person's password of words and numbers (`Zephyr80.tundra347h3T`) joined by `sep`. */
const personal = (r: ReturnType<typeof gen>, i: number, sep: string): string =>
  `${WORDS[i % WORDS.length]}${r('dig', 2)}${sep}${TAILS[(i * 3) % TAILS.length]}${r('dig', 3)}${r('alnum', 3)}`;

/** A generator's password holding a bracket, a comma or a semicolon among its symbols. */
function symbolic(r: ReturnType<typeof gen>, i: number): string {
  const marks = '(),[]{};';
  const body = `${r('alnum', 5)}${r('!#$%^&*-_=+~?:.', 1)}${r('alnum', 4 + (i % 4))}${r('!#%^&*~?', 1)}${r('alnum', 5)}`;
  const at = 2 + (i % 9);
  return `${body.slice(0, at)}${marks[i % marks.length]}${body.slice(at)}`;
}

export function namedPlants(seed: number): Plant[] {
  const r = gen(seed);
  const out: Plant[] = [];
  const names = [...KEY_NAMES, ...MORE_KEY_NAMES];
  for (let i = 0; i < 42; i++) {
    const v = [r('hex', 40 + (i % 3) * 12), `${'+/'[i % 2]}${r('b64', 42)}=`, r('alnum', 32)][i % 3]!;
    const n = names[i % names.length]!;
    out.push({
      name: `key/${n}/${i % KEY_FORMS.length}`,
      rel: 'answer.md',
      text: KEY_FORMS[i % KEY_FORMS.length]!(n, v),
      value: v,
    });
  }
  for (let i = 0; i < 24; i++) {
    const v = i % 2 ? symbolic(r, i) : personal(r, i, '#_.-'[i % 4]!);
    const n = PW_NAMES[i % PW_NAMES.length]!;
    const form = KEY_FORMS[[0, 1, 2, 5][i % 4]!]!;
    out.push({ name: `password/${n}/${i % 4}`, rel: 'final/agent_a/answer.txt', text: form(n, v), value: v });
  }
  return out;
}

/** Sentences that name a secret's variable and hold no secret. */
export function namedTwins(seed: number): string[] {
  const r = gen(seed);
  return [
    'Set `JWT_SECRET` to a long random string before you deploy.\n',
    '`API_KEY` is required; the client reads it from the environment.\n',
    'Set `DB_PASSWORD` to `${DB_PASSWORD}` in the compose file.\n',
    '`CACHE_KEY` is `user-profile-v2-by-account-id`.\n',
    `The \`SECRET_KEY\` hash is \`${r('hex', 64)}\` (sha256 of the file).\n`,
    `I rotated \`GITHUB_TOKEN\` in commit \`${r('hex', 40)}\`.\n`,
    '`SESSION_SECRET` should be `process.env.SESSION_SECRET`.\n',
    '`PRIMARY_KEY` is `organization_membership_id` in that table.\n',
    '`SORT_KEY` is `created_at_descending_order`.\n',
    'Set `DB_PASSWORD` to `changeme` for local runs only.\n',
    'Configure `ENCRYPTION_KEY` as `$(openssl rand -hex 32)`.\n',
    'The `OPENAI_API_KEY` is read by `os.environ.get("OPENAI_API_KEY")`.\n',
    `\`MAX_TOKENS\` is \`${r('dig', 4)}\` and \`TOKEN_USAGE\` is logged.\n`,
    'Set `SMTP_PASS` to the app password from your mail provider.\n',
  ];
}

const PROSE_FORMS: ((v: string) => string)[] = [
  (v) => `Basic auth for staging: user \`admin\`, pass \`${v}\`\n`,
  (v) => `wifi: OfficeNet / pw ${v}\n`,
  (v) => `The staging DB password is ${v} for now.\n`,
  (v) => `Use \`${v}\` as the admin password.\n`,
  (v) => `mot de passe : ${v}\n`,
  (v) => `login is admin, password ${v} (change it)\n`,
];

export function prosePlants(seed: number): Plant[] {
  const r = gen(seed);
  return Array.from({ length: 48 }, (_, i) => {
    const v = symbolic(r, i);
    return {
      name: `prose/${i % PROSE_FORMS.length}`,
      rel: 'answer.md',
      text: PROSE_FORMS[i % PROSE_FORMS.length]!(v),
      value: v,
    };
  });
}

/** Code after the same words: brackets that nest, members and subscripts, types, templates. */
export const PROSE_CODE_TWINS = [
  'os.environ[KEY]',
  'self.cfg[db][password]',
  'Dict[str,Any]',
  'settings.DATABASES[default][PASSWORD]',
  'Optional[SecretStr]',
  'credentials[index+1]',
  '{{password}}',
  'getpass.getpass()',
];

const CODE_FORMS: [string, (n: string, v: string) => string][] = [
  ['workspace/app.js', (n, v) => `export const ${n} = '${v}';\n`],
  ['workspace/App.cs', (n, v) => `private const string ${n} = "${v}";\n`],
  ['workspace/Main.kt', (n, v) => `val ${n} = "${v}"\n`],
  ['workspace/run.sh', (n, v) => `export ${n.toUpperCase()}='${v}'\n`],
  ['workspace/debug.log', (n, v) => `DEBUG: ${n.toLowerCase()}='${v}' model='gpt-5'\n`],
];
const CODE_NAMES = ['dbPassword', 'ldapBindPw', 'adminPwd', 'smtpPass', 'redisPassword'];

const ENV_FORMS: [string, (n: string, v: string) => string][] = [
  ['workspace/docker-compose.yml', (n, v) => `services:\n  db:\n    environment:\n      - ${n}=${v}\n`],
  ['answer.md', (n, v) => `Run it like this:\n\n    ${n}=${v} python main.py --model gpt-5\n`],
];
const ENV_NAMES = ['POSTGRES_PASSWORD', 'RABBITMQ_DEFAULT_PASS', 'REDIS_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'API_SECRET'];

export function codePlants(seed: number): Plant[] {
  const r = gen(seed);
  const out: Plant[] = [];
  for (let i = 0; i < 30; i++) {
    const [rel, form] = CODE_FORMS[i % CODE_FORMS.length]!;
    const v = personal(r, i, '.');
    out.push({ name: `code/${rel}`, rel, text: form(CODE_NAMES[i % CODE_NAMES.length]!, v), value: v });
  }
  for (let i = 0; i < 30; i++) {
    const [rel, form] = ENV_FORMS[i % ENV_FORMS.length]!;
    const v = symbolic(r, i);
    out.push({ name: `env/${rel}`, rel, text: form(ENV_NAMES[i % ENV_NAMES.length]!, v), value: v });
  }
  return out;
}

/** The same lines holding references, paths and code. */
export const CODE_TWINS: [string, string][] = [
  ['workspace/app.js', "export const dbPassword = 'settings.db.password';\n"],
  ['workspace/App.cs', 'private const string dbPassword = "ConnectionStrings.DefaultConnection";\n'],
  ['workspace/Main.kt', 'val ldapBindPw = "config.ldap.bindPassword"\n'],
  ['workspace/run.sh', "export DB_PASSWORD='$(cat /run/secrets/db_password)'\n"],
  [
    'workspace/docker-compose.yml',
    'services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD=${POSTGRES_PASSWORD}\n',
  ],
  [
    'workspace/docker-compose.yml',
    'services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD_FILE=/run/secrets/db\n',
  ],
  [
    'workspace/docker-compose.yml',
    'services:\n  db:\n    environment:\n      - POSTGRES_HOST=db.internal:5432,replica\n',
  ],
  ['answer.md', 'Run it like this:\n\n    DB_PASSWORD=$(cat .secret) python main.py --model gpt-5\n'],
  ['answer.md', 'Run it like this:\n\n    MODEL_NAME=gpt-5,gpt-5-mini python main.py --verbose\n'],
  ['workspace/notes.md', '- TOKEN_LIMIT=4096,8192 (per agent)\n'],
];

/** A generator's password whose symbol comes after a dozen characters (where the readings stop). */
const tailed = (r: ReturnType<typeof gen>, i: number): string =>
  `${r('alnum', 10 + (i % 4))}${',;#]!'[i % 5]}${r('alnum', 4)}${'!%^~?'[(i * 3) % 5]}${r('alnum', 5)}`;

const TAIL_FORMS: [string, (v: string) => string][] = [
  ['workspace/deploy.sh', (v) => `terraform apply -auto-approve -var 'db_password=${v}' -var 'region=us-east-1'\n`],
  ['workspace/release.sh', (v) => `mvn -B deploy -P release '-Dgpg.passphrase=${v}'\n`],
  ['answer.md', (v) => `Wachtwoord: ${v}\n`],
  ['workspace/hosts.ini', (v) => `web1 ansible_host=10.0.0.5 ansible_password=${v}\n`],
  ['answer.md', (v) => `パスワード：${v}\n`],
  ['workspace/.env.notes', (v) => `SMTP_PASSWORD=${v}\n`],
];

export function tailPlants(seed: number): Plant[] {
  const r = gen(seed);
  return Array.from({ length: 36 }, (_, i) => {
    const [rel, form] = TAIL_FORMS[i % TAIL_FORMS.length]!;
    const v = tailed(r, i);
    return { name: `tail/${rel}/${i % TAIL_FORMS.length}`, rel, text: form(v), value: v };
  });
}

/** A command that prints a new or stored secret, and its output on the next line. */
const PRINTS: [string, (r: ReturnType<typeof gen>, i: number) => string][] = [
  ['openssl rand -base64 32', (r) => `${r('b64', 43)}=`],
  ["python -c 'import secrets; print(secrets.token_urlsafe(32))'", (r) => r('url', 43)],
  ['aws configure get aws_secret_access_key', (r) => r('b64', 40)],
  ['cat /run/secrets/db_password', (r, i) => personal(r, i, '#')],
  ['echo $DB_PASSWORD', (r, i) => `Señal${r('dig', 3)}€${r('alnum', 6)}ç${r('dig', 2)}${i % 10}`],
  ['heroku auth:token', (r) => `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`],
];

export function outputPlants(seed: number): Plant[] {
  const r = gen(seed);
  return Array.from({ length: 36 }, (_, i) => {
    const [cmd, make] = PRINTS[i % PRINTS.length]!;
    const v = make(r, i);
    const json = JSON.stringify({ command: cmd });
    const text = [
      `$ ${cmd}\n${v}\n$ ls\n`,
      `### Tool Call: execute_command\n\`\`\`json\n${json}\n\`\`\`\n\n### Tool Result:\n${v}\n`,
      `I ran it:\n\n\`${cmd}\`\n\n\`\`\`\n${v}\n\`\`\`\n`,
    ][i % 3]!;
    const rel = ['workspace/terminal.log', 'execution_trace.md', 'answer.md'][i % 3]!;
    return { name: `output/${cmd.split(' ')[0]}/${i % 3}`, rel, text, value: v };
  });
}

/** Lines damaged by earlier rounds (attack 26), with no secret in them. */
export function fidelityTwins(seed: number): [string, string][] {
  const r = gen(seed);
  return [
    [
      'workspace/printenv.txt',
      `HOME=/home/dev\nPWD=/home/dev/proj-${r('low', 5)}\nSSH_AUTH_SOCK=/tmp/ssh-${r('alnum', 10)}/agent.${r('dig', 5)}\nKRB5CCNAME=FILE:/tmp/krb5cc_1000\nLANG=C.UTF-8\nSHELL=/bin/bash\n`,
    ],
    ['workspace/app.service', '[Service]\nLoadCredential=db_password:/etc/app/db_password\nExecStart=/usr/bin/app\n'],
    ['answer.md', 'dsn="ora.internal/ORCLPDB1"\n\nDSN: ora.internal/ORCLPDB1\n'],
    ['workspace/common-password', 'password    [success=1 default=ignore]  pam_unix.so obscure use_authtok yescrypt\n'],
    ['workspace/terminal.log', '$ aws configure get region\nus-east-1\n'],
    ['workspace/heap.txt', 'PATH=/usr/bin\nHOME=/home/node\nOPENAI_API_KEY=[Filtered]\nNODE_ENV=production\n'],
  ];
}

/** A token that ends its line, and the next line's first word (a sentence's, capitalised). */
export function nextLineTwins(seed: number): { rel: string; text: string; value: string; after: string }[] {
  const m = tokenMakers(seed);
  const after = ['Keep it somewhere safe.', 'Success! You are now authenticated.', 'To access the server, open it.'];
  return ['browserbase-api-key', 'vault-token', 'contentful-token', 'slack-token', 'huggingface-token'].flatMap(
    (f, i) =>
      after.map((a, k) => {
        const v = m[f]!();
        return { rel: 'answer.md', text: `Here is your key: ${v}\n${a}\n`, value: v, after: a, name: `${f}/${i}/${k}` };
      }),
  );
}

/** MassGen's own MCP server arguments: a flag holds the key, the other arguments are no pieces of it. */
export function mcpArgs(seed: number): { text: string; value: string }[] {
  const m = tokenMakers(seed);
  return ['openai-api-key/proj', 'anthropic-api-key', 'groq-api-key', 'huggingface-token'].map((f) => {
    const v = m[f]!();
    return {
      text: `mcp_servers:\n  - name: tools\n    command: npx\n    args: ["-y", "firecrawl-mcp", "--api-key=${v}"]\n`,
      value: v,
    };
  });
}

/** A `.env` line quoted-printable encoded (`=` as `=3D`) in a log, a trace or a mail, no soft break around it. */
export function qpPlants(seed: number): Plant[] {
  const m = tokenMakers(seed);
  const forms: [string, (n: string, v: string) => string][] = [
    ['turn_1/attempt_1/agent_outputs/agent_a.txt', (n, v) => `=== OUTPUT LOG ===\n${n}=3D${v}\n`],
    ['execution_trace.md', (n, v) => `## Tool Result:\n${n}=3D${v}\n\n`],
    ['workspace/mail.eml', (n, v) => `Subject: env\n\nHere it is:\n${n}=3D"${v}"\n`],
  ];
  return ['aws-access-key-id', 'aws-access-key-id/sts', 'github-token', 'stripe-secret-key'].flatMap((f, i) =>
    forms.map(([rel, form], k) => {
      const v = m[f]!();
      const n = ['AWS_ACCESS_KEY_ID', 'AWS_ACCESS_KEY_ID', 'GITHUB_TOKEN', 'STRIPE_KEY'][i]!;
      return { name: `qp/${f}/${k}`, rel, text: form(n, v), value: v };
    }),
  );
}

/** Lines with `=3D` that hold no secret (a value that is `3D`, a model's name). */
export const QP_TWINS: [string, string][] = [
  ['workspace/render.env', 'VIEW=3D\nMODE=3Dprinting_large\nTIMEOUT=30\n'],
  ['answer.md', 'Set `RENDER=3D` for the viewer, and MODEL=3Dunet_2024_large for the segmentation.\n'],
];

/** A Slack webhook's URL under a `.env` name: its ids and its secret part. */
export function webhookUrl(seed: number): string {
  const r = gen(seed);
  return `https://hooks.slack.com/services/T${r('up', 9)}/B${r('up', 10)}/${r('alnum', 24)}`;
}

/** The review of round 27: texts that must come out unchanged. */
export function reviewTwins(seed: number): [string, string][] {
  const r = gen(seed);
  const sha = r('hex', 40);
  return [
    ['answer.md', '```bash\nopenssl rand -hex 32\n```\n\n```env\nDJANGO_SECRET_KEY=\n```\n'],
    ['answer.md', '运行下面的命令：\n\n$ openssl rand -hex 32\n把输出粘贴到.env里\n'],
    ['workspace/types.ts', 'const t = (apiToken as Record<string,unknown>);\n'],
    ['workspace/build.log', `sha1=3D${r('hex', 38).toUpperCase()}\nPORT=5432\nHOST=db.internal\n`],
    ['workspace/git.log', `${sha} Move SESSION_SECRET into vault\n${r('hex', 40)} Rotate the API_KEY docs\n`],
    ['answer.md', 'The password must match `^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[!@#$%^&*]).{12,}$` here.\n'],
  ];
}

/** The review of round 27: a value and what follows it, which must stay (`[rel, text, value, after]`). */
export function reviewTails(seed: number): [string, string, string, string][] {
  const v = gen(seed)('alnum', 16);
  return [
    ['workspace/app.js', `const cfg = {token:${v},user:bob};\n`, v, ',user:bob};'],
    ['workspace/cookies.txt', `Set-Cookie: session=${v};Secure;HttpOnly\n`, v, ';Secure;HttpOnly'],
    ['workspace/notes.ini', `[token=${v}][user=bob]\n`, v, '][user=bob]'],
  ];
}

/** The review of round 27: plants the first version missed or cut. */
export function reviewPlants(seed: number): Plant[] {
  const r = gen(seed);
  const m = tokenMakers(seed);
  const pw = (): string => `${r('alnum', 6)}!${r('alnum', 5)}#${r('alnum', 4)}`;
  const gh = m['github-token']!();
  const out: Plant[] = [];
  const add = (rel: string, text: string, value: string): void => {
    out.push({ name: `review/${out.length}`, rel, text, value });
  };
  let v = pw();
  add('answer.md', `    DB_PASSWORD=${v} node app.js  \n`, v);
  v = pw();
  add('answer.md', `The DB_PASSWORD is set to ${v} for staging.\n`, v);
  v = pw();
  add('answer.md', `**SMTP_PASS** should be **${v}**\n`, v);
  add('workspace/args.json', `{"args": ["--token=${gh.slice(0, 20)}", "${gh.slice(20)}"]}\n`, gh);
  v = r('hex', 64);
  add(
    'workspace/terminal.log',
    `$ node -e "console.log(require('crypto').randomBytes(32).toString('hex'))"\n${v}\n`,
    v,
  );
  v = r('alnum', 32);
  add('workspace/terminal.log', `$ pwgen -s 32 1\n${v}\n`, v);
  v = r('hex', 64);
  add('answer.md', `- \`openssl rand -hex 32\`\n\n\`\`\`\n${v}\n\`\`\`\n`, v);
  return out;
}
