/**
 * Round 25, issue 11 (misc): placements a second attacker found leaking. Colon-separated credential lines pasted
 * into notes (`.pgpass`, htpasswd-ish `user:password`, shadow- and netrc-like one-liners) and inline env prefixes
 * before a command; passwords in prose in several languages and abbreviations; prefixed tokens inside paths;
 * quoted-printable `KEY=3D` values; hard-wrapped values continued on the next lines. Twins: the same placements with
 * benign look-alikes, and C/C++ declarations (`char *password;`), which are no values. Seeded (REDACT_SEED replays).
 */
import { gen, tokenMakers } from './glue15-tokens.js';

export interface Plant25 {
  cat: string;
  name: string;
  rel: string;
  text: string;
  value: string;
  /** Where a wrap cut the value: each piece of 8 characters or more must be gone too. */
  pieces: string[];
}
export interface Twin25 {
  cat: string;
  name: string;
  rel: string;
  text: string;
}

export const SEED = Number(process.env.REDACT_SEED ?? 2501);

type Make = (v: string, u: string) => string;
/** A shape: its category, the file it is in, its text given a value and a user. */
type Shape = [cat: string, rel: string, make: Make];

const MD = 'workspace/NOTES.md';
const ANS = 'agent_a/20260131_100000/answer.txt';
const LOG = 'logs/run.log';

export const SHAPES: Record<string, Shape> = {
  // Colon-separated credential lines and inline env prefixes.
  'pgpass-md': ['colon', MD, (v, u) => `Add this to ~/.pgpass:\n\n    db.internal:5432:app:${u}:${v}\n`],
  'pgpass-fence': ['colon', MD, (v, u) => `\`\`\`\n# ~/.pgpass\nlocalhost:5432:*:${u}:${v}\n\`\`\`\n`],
  'pgpass-answer': ['colon', ANS, (v, u) => `Your .pgpass line should be \`10.0.0.12:5432:orders:${u}:${v}\`.\n`],
  'pgpass-wild': ['colon', MD, (v) => `echo '*:*:*:postgres:${v}' > ~/.pgpass && chmod 600 ~/.pgpass\n`],
  'htpasswd-note': ['colon', MD, (v, u) => `Basic auth for the staging site (htpasswd): ${u}:${v}\n`],
  'user-pass-line': ['colon', ANS, (v, u) => `Credentials (user:password): \`${u}:${v}\`\n`],
  'shadow-like': ['colon', MD, (v, u) => `${u}:${v}:19700:0:99999:7:::\n`],
  'netrc-oneline': ['colon', MD, (v, u) => `machine api.example.com login ${u} password ${v}\n`],
  'netrc-fence': ['colon', MD, (v, u) => `\`\`\`\nmachine git.internal\n  login ${u}\n  password ${v}\n\`\`\`\n`],
  'env-prefix-python': ['colon', MD, (v) => `Run it with \`DB_PASS=${v} python main.py\`.\n`],
  'env-prefix-sh': ['colon', LOG, (v) => `$ API_SECRET=${v} ./deploy.sh --env prod\n`],
  'env-prefix-two': ['colon', MD, (v, u) => `    PGUSER=${u} PGPASSWORD=${v} psql -h db.internal app\n`],
  // Passwords in prose, in several languages and abbreviations.
  'es-contrasena': ['prose', ANS, (v, u) => `El usuario es ${u} y la contraseña del servidor es: ${v}\n`],
  'es-clave': ['prose', ANS, (v) => `La contraseña de la base de datos es: \`${v}\`\n`],
  'fr-mdp': ['prose', ANS, (v, u) => `Identifiant : ${u}\nMot de passe : ${v}\n`],
  'fr-inline': ['prose', ANS, (v) => `Le mot de passe : ${v} (à changer)\n`],
  'de-passwort': ['prose', ANS, (v, u) => `Benutzer: ${u}\nPasswort: ${v}\n`],
  'de-kennwort': ['prose', ANS, (v) => `Das Kennwort lautet: ${v}\n`],
  'pw-abbrev': ['prose', MD, (v, u) => `login ${u} pw ${v}\n`],
  'pwd-abbrev': ['prose', MD, (v, u) => `user ${u}, pwd: ${v}\n`],
  'pass-backtick': ['prose', MD, (v, u) => `ssh in as ${u}, pass \`${v}\`\n`],
  'login-as-admin': ['prose', ANS, (v) => `Log in as admin with password ${v} and change it.\n`],
  'wifi-pw': ['prose', MD, (v) => `wifi: Office-5G / pw ${v}\n`],
  'password-is': ['prose', ANS, (v, u) => `The ${u} account's password is ${v}\n`],
  // Prefixed tokens inside paths.
  'status-path': [
    'path',
    'status.json',
    (v) => `{\n  "workspace": "/home/u/.massgen/workspaces/bot_${v}/out",\n  "status": "done"\n}\n`,
  ],
  'manifest-path': [
    'path',
    '_session_manifest.json',
    (v) => `{\n  "files": [\n    {"path": "agent_a/workspace/run_${v}/report.md", "bytes": 120}\n  ]\n}\n`,
  ],
  'log-path': ['path', LOG, (v) => `INFO wrote /tmp/cache/${v}/result.json\n`],
  'prose-path': ['path', ANS, (v) => `I saved the file to \`~/exports/token_${v}.txt\`.\n`],
  'gist-name': ['path', MD, (v) => `See turn_1__attempt_1__agent_a__workspace__${v}__notes.md in the gist.\n`],
  // Quoted-printable.
  'qp-email': [
    'qp',
    'workspace/mail.eml',
    (v) =>
      `Content-Type: text/plain; charset=3Dutf-8\nContent-Transfer-Encoding: quoted-printable\n\nHi,=20here is the config:\nAPI_KEY=3D${v}\nThanks=\n, Bob\n`,
  ],
  'qp-noheader': ['qp', MD, (v) => `Forwarded text:\n> SECRET_KEY=3D${v}\n> DEBUG=3Dfalse\n`],
  'qp-soft': [
    'qp',
    'workspace/mail.eml',
    (v) =>
      `Content-Transfer-Encoding: quoted-printable\n\nThe new credentials are below, please store them in the vault=\n now.\nDB_PASSWORD=3D${v}\n`,
  ],
  'qp-json': ['qp', 'agent_a/20260131_100000/answer.json', (v) => `{"text": "quoted mail: token=3D${v} end"}\n`],
  // Hard-wrapped values.
  'wrap-env': ['wrap', MD, (v) => wrapped('SIGNING_KEY=', v, 64, '\n')],
  'wrap-76': ['wrap', MD, (v) => wrapped('PRIVATE_TOKEN=', v, 76, '\n')],
  'wrap-40': ['wrap', ANS, (v) => wrapped('api_secret=', v, 40, '\n')],
  'wrap-json': [
    'wrap',
    'agent_a/20260131_100000/answer.json',
    (v) => `{"content": ${jsonWrapped('SECRET_KEY=', v)}}\n`,
  ],
};

/** `head` + value cut at `width` columns, the rest on the next lines. */
function wrapped(head: string, v: string, width: number, nl: string): string {
  const s = head + v;
  const lines: string[] = [];
  for (let i = 0; i < s.length; i += width) lines.push(s.slice(i, i + width));
  return `Key (as printed):\n\n${lines.join(nl)}\n\nEnd.\n`;
}

function jsonWrapped(head: string, v: string): string {
  return JSON.stringify(wrapped(head, v, 64, '\n'));
}

const USERS = ['svc_app', 'alice', 'deploy', 'reporting', 'etl_user', 'postgres', 'mailer', 'ops'];

/** Values: passwords with symbols, prefix-less keys, hex, base64, and prefixed provider keys. */
function values(seed: number, n: number, cat: string): string[] {
  const r = gen(seed);
  const m = tokenMakers(seed + 7);
  const prefixed = [
    m['openai-api-key/proj']!,
    m['anthropic-api-key']!,
    m['github-token']!,
    m['aws-access-key-id']!,
    m['google-api-key']!,
  ];
  const shapes: (() => string)[] = [
    () => `${r('alnum', 5)}${r('(~^!#%*', 1)}${r('alnum', 4)}${r('(~^!#%*', 1)}${r('alnum', 5)}`,
    () => r('alnum', 20 + (n % 11)),
    () => r('hex', 32),
    () => `${r(LOWER_UP, 6)}${r('dig', 3)}${r('!@#$%^&*', 1)}${r(LOWER_UP, 3)}`,
    () => r('b64', 40),
    () => prefixed[Number(r('0123456789', 2)) % prefixed.length]!(),
  ];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    if (cat === 'path') out.push(pathToken(r, m, i));
    else if (cat === 'wrap') out.push(i % 2 ? r('b64', 120) : r('alnum', 90));
    else out.push(shapes[i % shapes.length]!());
  }
  return out;
}
const LOWER_UP = 'abcdefghijklmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';

function pathToken(r: ReturnType<typeof gen>, m: Record<string, () => string>, i: number): string {
  const tg = (): string => `${r('123456789', 1)}${r('dig', 8 + (i % 2))}:AA${r('url', 33)}`;
  const ks = [tg, m['github-token']!, m['openai-api-key/proj']!, m['slack-token']!, m['anthropic-api-key']!];
  return ks[i % ks.length]!();
}

/** A value in a place where a character ends it (`:` in a colon line, a path's `/`) cannot hold that character. */
function fits(cat: string, name: string, v: string): string {
  if (cat === 'colon' && !name.startsWith('env') && !name.startsWith('netrc')) return v.replace(/:/g, 'x');
  if (cat === 'prose' || name.startsWith('env') || name.startsWith('netrc')) return v.replace(/[`\s]/g, 'x');
  if (cat === 'qp') return v.replace(/=/g, 'Q');
  return v.replace(/[/+]/g, 'Q');
}

/** The pieces of `v` the lines of `text` hold (a wrap's cuts; `\\n` in a JSON string is a line break too). */
function piecesIn(text: string, v: string): string[] {
  return text
    .split(/\n|\\n/)
    .map((line) => line.slice(line.indexOf('=') + 1))
    .filter((p) => p.length >= 8 && v.includes(p));
}

export function plants(seed: number): Plant25[] {
  const out: Plant25[] = [];
  let k = 0;
  for (const [name, [cat, rel, make]] of Object.entries(SHAPES)) {
    const vs = values(seed + k, 8, cat);
    for (let i = 0; i < 8; i++, k++) {
      const v = fits(cat, name, vs[i]!);
      const text = make(v, USERS[k % USERS.length]!);
      out.push({ cat, name, rel, text, value: v, pieces: cat === 'wrap' ? piecesIn(text, v) : [v] });
    }
  }
  return out;
}

/**
 * Benign look-alikes a password's slot holds instead: references, placeholders, masks. (A UUID or a hex digest under
 * a password's name is a plausible password and is redacted: those twins sit where no name says password.)
 */
function benign(): string[] {
  return [
    '<your-password>',
    'xxxx',
    '$PGPASSWORD',
    '${DB_PASSWORD}',
    'changeme',
    '********',
    'process.env.DB_PASS',
    '<token>',
    '${{ secrets.DB_PASSWORD }}',
  ];
}

const TWIN_SHAPES: [cat: string, rel: string, text: (b: string) => string][] = [
  ['colon', MD, (b) => `Add this to ~/.pgpass:\n\n    db.internal:5432:app:svc_app:${b}\n`],
  ['colon', MD, (b) => `Run it with \`DB_PASS=${b} python main.py\`.\n`],
  ['colon', MD, (b) => `machine api.example.com login alice password ${b}\n`],
  ['prose', ANS, (b) => `La contraseña de la base de datos es: \`${b}\`\n`],
  ['prose', ANS, (b) => `Identifiant : alice\nMot de passe : ${b}\n`],
  ['prose', ANS, (b) => `Benutzer: alice\nPasswort: ${b}\n`],
  ['prose', MD, (b) => `user alice, pwd: ${b}\n`],
  ['qp', MD, (b) => `Forwarded text:\n> SECRET_KEY=3D${b}\n> DEBUG=3Dfalse\n`],
];

/** Fixed benign texts: C/C++ declarations, time stamps and ids in colon lines, paths with ids, wrapped prose. */
function fixedTwins(seed: number): Twin25[] {
  const r = gen(seed + 99);
  const sha = r('hex', 40);
  const uuid = `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`;
  const t: [string, string, string][] = [
    ['cdecl', 'workspace/auth.h', 'typedef struct {\n  SecretValue *secret;\n  char *password;\n} creds_t;\n'],
    ['cdecl', 'workspace/auth.c', 'const char *api_key = NULL;\nchar *password;\nstd::string token;\n'],
    ['cdecl', 'workspace/client.cpp', 'class Client {\n  std::string token;\n  const std::string& api_key;\n};\n'],
    ['cdecl', 'workspace/client.hpp', 'struct Config {\n  std::string password;\n  std::string secret_key;\n};\n'],
    ['cdecl', 'workspace/main.c', 'int main(void) {\n  char *password;\n  char password_buf[64];\n  return 0;\n}\n'],
    ['cdecl', 'workspace/NOTES.md', '```c\nconst char *api_key = NULL;\nSecretValue *secret;\n```\n'],
    ['cdecl', 'workspace/x.cc', 'static const char* secret_token = nullptr;\nunsigned char *secret;\n'],
    ['cdecl', 'workspace/y.rs', 'let password: &str;\nlet token: String;\n'],
    ['colon', LOG, '2026-01-31 10:00:00,123 INFO 12:34:56 started\n'],
    ['colon', MD, 'Times: 10:15:30:120:ok\n'],
    ['colon', MD, `    db.internal:5432:app:svc_app:*\n`],
    ['colon', MD, 'root:x:0:0:root:/root:/bin/bash\n'],
    ['colon', MD, 'daemon:*:19700:0:99999:7:::\n'],
    ['colon', MD, `Run \`DEBUG=1 python main.py\` or \`PORT=8080 npm start\`.\n`],
    ['colon', MD, `Run \`NODE_ENV=production LOG_LEVEL=debug node server.js\`.\n`],
    ['prose', ANS, 'The password is stored in the vault; ask ops for it.\n'],
    ['prose', ANS, 'Le mot de passe : voir le coffre-fort.\n'],
    ['prose', ANS, 'Passwort: siehe Tresor\n'],
    ['prose', MD, 'pw reset flow: see docs/auth.md\n'],
    ['prose', MD, `wifi: Office-5G / pw on the whiteboard\n`],
    ['path', 'status.json', `{\n  "workspace": "/home/u/.massgen/workspaces/workspace_${r('hex', 8)}/out"\n}\n`],
    ['path', LOG, `INFO wrote /tmp/cache/${sha}/result.json\n`],
    ['path', LOG, `INFO wrote /home/u/.cache/pip/http/${r('hex', 2)}/${r('hex', 56)}\n`],
    ['path', ANS, `I saved the file to \`~/exports/report_2026-01-31T10:00:00.txt\`.\n`],
    ['qp', 'workspace/mail.eml', 'Content-Transfer-Encoding: quoted-printable\n\nsize=3D12 colour=3Dred=\n end\n'],
    [
      'wrap',
      MD,
      'SUMMARY=This is a long sentence that was wrapped by the editor at sixty\nfour columns and continues here.\n',
    ],
    ['wrap', MD, `COMMIT=${sha}\nnext line of text here\n`],
    ['path', LOG, `INFO wrote /srv/runs/run_${uuid}/out/${sha}.json\n`],
    ['path', ANS, `See turn_1__attempt_1__agent_a__workspace__${uuid}__notes.md in the gist.\n`],
    ['path', 'status.json', `{"path": "agent_a/workspace/bot_1234/report_${r('dig', 10)}.md"}\n`],
    ['colon', MD, `Commit ${sha}:${uuid} was built at 2026-01-31T10:00:00Z\n`],
    [
      'colon',
      MD,
      `Image: node:20-alpine, then python:3.12-slim and registry.example.com:5000/app:${sha.slice(0, 12)}\n`,
    ],
    ['colon', MD, `Credentials (user:password): \`alice:<your-password>\`\n`],
    ['colon', MD, `scp deploy@host:releases/current ./out  # credentials: see vault\n`],
  ];
  return t.map(([cat, rel, text], i) => ({ cat, name: `fixed-${i}`, rel, text }));
}

export function twins(seed: number): Twin25[] {
  const out: Twin25[] = [];
  const bs = benign();
  TWIN_SHAPES.forEach(([cat, rel, text], i) => {
    for (const b of bs) out.push({ cat, name: `twin-${i}`, rel, text: text(b) });
  });
  return out.concat(fixedTwins(seed));
}
