/**
 * Attack 42's categories (issue 11), seeded: a key in a LaTeX macro's braces (whose `\t`, `\n`, `\b` read as escapes);
 * a URL's password holding `>`; a passphrase in typographic quotes; an old key's hex in a note; a secret's name with
 * three or four digits glued on; Terraform's sensitive variables; GitHub's hex recovery codes on one line; a session
 * cookie in an element, after a setter's blank or under an upper-case `*_SESSION`; a password after a key emoji.
 * Twins: a one-line git log about key mappings, a placeholder PEM, a constant's name in an HTML index, and look-alikes
 * beside each new reading.
 */
import type { Plant } from './filtered.js';
import { gen, type Gen } from './glue15-tokens.js';
import { pick, planted, uuid, WS, type Form } from './planted.js';

const WORDS = ['velvet', 'hazel', 'glacier', 'harbor', 'cobalt', 'thistle', 'lantern', 'meadow', 'quartz', 'falcon'];
/** Four to six words of WORDS, none twice, joined by `sep`. */
function words(r: Gen, n: number, sep = ' '): string {
  const pool = [...WORDS];
  const out: string[] = [];
  while (out.length < n) out.push(pool.splice(Number.parseInt(r('dig', 3), 10) % pool.length, 1)[0]!);
  return out.join(sep);
}

/** A key in a LaTeX macro's braces, a URL's password with `>`, a passphrase in typographic quotes. */
export function markupPlants(seed: number): Plant[] {
  const r = gen(seed);
  const key = (): string => r('alnum', 32);
  const pw = (): string => `${r('alnum', 5)}${pick(r, ['^', ','])}${r('alnum', 2)}>${r('alnum', 4)}`;
  const forms: Form[] = [
    ['latex-texttt', `${WS}/report.tex`, key, (v) => `The key is \\texttt{${v}} in the appendix.\n`],
    ['latex-textbf', `${WS}/notes.tex`, key, (v) => `Our API token: \\textbf{${v}}\n`],
    ['latex-tab-name', `${WS}/setup.tex`, key, (v) => `api\\_key = \\texttt{${v}}\n`],
    ['url-gt', `${WS}/.env.local`, pw, (v) => `DATABASE_URL=postgres://app:${v}@db.internal:5432/prod\n`],
    ['url-gt-amqp', `${WS}/worker.yaml`, pw, (v) => `broker: amqp://guest:${v}@rabbit/\n`],
    ['curly-phrase', `${WS}/chat.md`, () => words(r, 4), (v) => `The wifi password is “${v}”.\n`],
    ['german-phrase', `${WS}/chat_de.md`, () => words(r, 5), (v) => `Das Passwort lautet „${v}“.\n`],
    ['guillemet-phrase', `${WS}/chat_fr.md`, () => words(r, 4), (v) => `Le mot de passe est « ${v} ».\n`],
  ];
  return planted(forms);
}

/** An old key's hex in a note, names with digits glued on, Terraform's sensitive variables, a key emoji. */
export function namedPlants(seed: number): Plant[] {
  const r = gen(seed);
  const hex = (n: number) => (): string => `${r('hex', n - 2)}${r('dig', 1)}a`;
  const tf = (name: string, v: string): string =>
    `variable "${name}" {\n  type      = string\n  sensitive = true\n  default   = "${v}"\n}\n`;
  const forms: Form[] = [
    ['old-one', `${WS}/client.py`, hex(40), (v) => `# TODO rotate, old one was ${v}\nk = os.getenv("WANDB_API_KEY")\n`],
    ['previous-one', `${WS}/app.js`, hex(64), (v) => `// previous one: ${v}\n`],
    [
      'passphrase-386',
      `${WS}/main.go`,
      () => `${words(r, 5, '-')}${r('dig', 2)}`,
      (v) => `sshPassphrase386 := "${v}"\n`,
    ],
    ['apikey-445', `${WS}/Config.swift`, () => uuid(r), (v) => `let apiKey445 = "${v}"\n`],
    ['secret-2024', `${WS}/settings.kt`, () => r('alnum', 28), (v) => `val clientSecret2024 = "${v}"\n`],
    ['tf-hex', `${WS}/variables.tf`, hex(32), (v) => tf('twilio', v)],
    ['tf-b64', `${WS}/infra/main.tf`, () => r('b64', 40), (v) => tf('aws_secret', v)],
    ['key-emoji', `${WS}/answer.md`, () => `${r('alnum', 9)}&${r('up', 2)}`, (v) => `\n🔑 ${v}\n`],
    ['key-emoji-colon', `${WS}/notes.md`, () => `${r('alnum', 7)}#${r('low', 4)}`, (v) => `🗝️: ${v}\n`],
  ];
  return planted(forms);
}

/** GitHub's hex recovery codes listed on one line after a flag or a scheme; session cookies in new syntaxes. */
export function codeCookiePlants(seed: number): Plant[] {
  const r = gen(seed);
  const code = (): string => `${r('hex', 2)}${r('dig', 1)}${r('hex', 1)}${pick(r, ['a', 'c', 'e'])}-${r('hex', 5)}`;
  const codes = (): string => Array.from({ length: 7 }, code).join(' ');
  // One of GitHub's codes in a hundred holds no letter: its shape is no other case's.
  const withDigits = (): string => [code(), code(), `${r('dig', 5)}-${r('dig', 5)}`, code(), code(), code()].join(' ');
  const sid = (): string => `${r('low', 12)}${r('dig', 2)}${r('low', 12)}`;
  const rails = (): string => `${r('b64', 60)}--${r('hex', 40)}`;
  const forms: Form[] = [
    ['codes-flag', `${WS}/ps.txt`, codes, (v) => `root 1404 python worker.py --token ${v} --queue default\n`],
    ['codes-set', `${WS}/deploy.bat`, withDigits, (v) => `set cfg_value=${v}\r\n`],
    ['codes-bearer', `${WS}/Api.swift`, codes, (v) => `request.setValue("Bearer ${v}", forHTTPHeaderField: "Auth")\n`],
    ['phpsessid-element', `${WS}/session.xml`, sid, (v) => `<service>\n  <phpsessid>${v}</phpsessid>\n</service>\n`],
    ['sessionid-element', `${WS}/dump.xml`, sid, (v) => `<SessionId>${v}</SessionId>\n`],
    [
      'setenv-rails',
      `${WS}/site.conf`,
      rails,
      (v) => `<VirtualHost *:80>\n  SetEnv RAILS_SESSION ${v}\n</VirtualHost>\n`,
    ],
    ['rails-upper', `${WS}/.env`, rails, (v) => `RAILS_SESSION=${v}\n`],
    ['dockerfile-env', `${WS}/Dockerfile`, sid, (v) => `ENV PHPSESSID ${v}\n`],
    [
      'yaml-flow-after-name',
      `${WS}/svc.yml`,
      () => `s%3A${r('alnum', 32)}.${r('url', 43)}`,
      (v) => `svc: {name: session_cookie, sessionCookie: "${v}", retries: 3}\n`,
    ],
  ];
  return planted(forms);
}

/** A key cut in two around an ellipsis, each half alone too short for any reading (the plant's value is the whole). */
export function halvesPlants(seed: number): Plant[] {
  const r = gen(seed);
  const split = (v: string): string => `${v.slice(0, v.length >> 1)} ... ${v.slice(v.length >> 1)}`;
  const note = (v: string): string => `credential (split for safety): ${split(v)}\n`;
  const forms: Form[] = [
    ['google', `${WS}/notes/rot.txt`, () => `AIza${r('url', 35)}`, note],
    ['tavily', `${WS}/notes/rot2.txt`, () => `tvly-dev-${r('alnum', 32)}`, note],
    [
      'slack-webhook',
      `${WS}/slack.txt`,
      () => `https://hooks.slack.com/services/T${r('up', 10)}/B${r('up', 10)}/${r('alnum', 24)}`,
      note,
    ],
    ['chat', `${WS}/chat.md`, () => `ghp_${r('alnum', 36)}`, (v) => `[user] here it is in two parts: ${split(v)}\n`],
  ];
  return planted(forms);
}

/** A person's own random value after `my …` in a chat, with no secret word. */
export function possessivePlants(seed: number): Plant[] {
  const r = gen(seed);
  const chat = (v: string): string =>
    `{"messages": [{"role": "user", "content": "my wireguard is ${v} can you test it?"}]}\n`;
  const forms: Form[] = [
    ['wireguard-b64', `${WS}/chat.json`, () => `${r('b64', 43)}=`, chat],
    ['rails-session', `${WS}/chat2.md`, () => `${r('b64', 48)}--${r('hex', 40)}`, (v) => `my rails session is ${v}\n`],
    ['vpn-psk', `${WS}/notes.md`, () => r('alnum', 28), (v) => `Our office VPN PSK: ${v}\n`],
  ];
  return planted(forms);
}

/** What must come out byte for byte: the first three were rewritten by the build attack 42 ran on. */
export const ATTACK42_TWINS: [string, string][] = [
  [
    `${WS}/changelog`,
    [
      '0965c28 Release 0.29.4',
      'f78a65a Disable ATK Bridge before we load it to prevent it from being loaded by GTK laf first',
      '6394303 Fix regression - confilct with GTK look and feel',
      '919717d Release 0.29.3',
      '44021c6 Add non-alphanumeric key mapping',
      '11e2da7 Release 0.29.2',
      '1684769 Add JAW_DEBUG - Set environment JAW_DEBUG=1 to get debug messages\n',
    ].join('\n'),
  ],
  [`${WS}/keys.md`, 'Add a key mapping for F13\nb3f1a2c Release 1.4.0 build 7\n'],
  [
    `${WS}/config.html`,
    '<pre><code class="language-ini">key="-----BEGIN PRIVATE KEY-----\\nXXXX\\nXXXX\\n-----END PRIVATE KEY-----"\n',
  ],
  [
    `${WS}/APIchunk8.html`,
    '</dd><dt>pass</dt><dd><a href="html/libxslt-xslt.html#XSLT_PARSE_OPTIONS">XSLT_PARSE_OPTIONS</a><br />\n',
  ],
  [`${WS}/paper.tex`, '\\begin{document}\n\\textbf{Note:} the key is in \\ref{sec:keys-and-tokens-overview}.\n'],
  [`${WS}/msg.json`, '{"msg":"a\\tb","k":"\\textbf{bold}"}\n'],
  [`${WS}/links.html`, '<a href="http://x.org:80">me@x.org</a> and <http://localhost:8080> @alice\n'],
  [`${WS}/db.md`, 'postgres://user:<password>@localhost/db\n'],
  [`${WS}/git.txt`, 'reverted: the old one was commit e1d4256dd488dacdf3aef0dafe00e33290a3da61\n'],
  [`${WS}/ids.txt`, 'the old one was 12345678901234567890123456789012\n'],
  [`${WS}/zips.txt`, 'zips: 12345-67890 23456-78901 34567-89012 45678-90123 56789-01234\n'],
  [
    `${WS}/vars.tf`,
    'variable "region" {\n  default = "us-east-1"\n}\nvariable "x" {\n  sensitive = true\n  default = "changeme"\n}\n',
  ],
  [`${WS}/out.tf`, 'output "pw" {\n  value     = random_password.db.result\n  sensitive = true\n}\n'],
  [`${WS}/state.xml`, '<session_id>attempt_1</session_id>\n<session>3f2b9c1e-8a4d-4c1b-9e2f-7a6b5c4d3e2f</session>\n'],
  [`${WS}/Dockerfile`, 'ENV SESSION_COOKIE_NAME sessionid\nSetEnv SESSION_TIMEOUT 3600\n'],
  [`${WS}/README.md`, '🔑 Key management\n🔑 Use the API key from the vault\n🗝️ Passwords are rotated every 90 days\n'],
  [
    `${WS}/Keys.kt`,
    'val rsaKey4096 = loadKey(path)\nsha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"\n',
  ],
  [`${WS}/consts.yaml`, 'password: MAX_RETRY_COUNT\n'],
  [`${WS}/log.txt`, 'Loading model ... done\nwait ... what\nStep 1 ... Step 12\nbuild 2024-01-05 ... 2024-01-06\n'],
  [`${WS}/range.md`, 'git diff a1b2c3d...e4f5a6b\nfn(...args)\npages 123456 ... 123470\nthe token ... was rotated\n'],
  [
    `${WS}/me.md`,
    [
      'my email is john.doe@example.com',
      'my branch is feature-x-2024-add-login-flow',
      'my commit is e1d4256dd488dacdf3aef0dafe00e33290a3da61',
      'my session id is 3f2b9c1e-8a4d-4c1b-9e2f-7a6b5c4d3e2f',
      'my request id was req_8f2k3l4m5n6p7q8r9s0t',
      'my model is gpt-4o-mini-2024-07-18',
      'my job is running-fine-on-node-pool-b\n',
    ].join('\n'),
  ],
  [`${WS}/mask.txt`, 'key: sk-proj ... wxyz (masked)\nuser_12345 ... user_67890\n'],
];
