/**
 * attack8 FP-6 (issue 11, false positives): files withheld for their name although their content holds no secret. A
 * label file (`passwords.txt`, `token`, `notes/key`, `secrets`, `credentials`) or an example of a secret-bearing file
 * (`.env.example`, `client_secret.example.json`) goes out, byte for byte, when it holds nothing secret-like (a word
 * list, prose, placeholders); the same names holding a secret stay out, as do private key files, `.env` files and the
 * credentials files of cloud CLIs whatever they hold.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { randomStrings } from './helpers/fake-secrets.js';
import { exportWorkspace, type WorkspaceExport } from './helpers/workspace-export.js';

const COMMON = `password
123456
12345678
qwerty
abc123
monkey
letmein
dragon
baseball
iloveyou
trustno1
sunshine
princess
football
welcome1
shadow99
`;

/** Benign files with secret-like names: each must go out unchanged. */
const BENIGN: Record<string, string> = {
  'passwords.txt': COMMON,
  'data/common-passwords.txt': 'password\n123456789\nqwertyuiop\npassword1\nsunshine2020\nfootball123\nwelcome123\n',
  'wordlists/top-passwords.txt': `# top passwords, for the strength meter\n${COMMON}superman\nMonkey123\n`,
  token: 'placeholder-token-here\n',
  'token.txt': 'tiktoken\n',
  'notes/key': 'C major\n',
  'notes/secret.txt': 'the secret ingredient is cardamom\n',
  secrets: 'See docs/secrets.md for how we store secrets (we use Vault).\n',
  credentials: 'username: see-1password\n',
  '.env.example':
    'OPENAI_API_KEY=\nANTHROPIC_API_KEY=your-key-here\nDATABASE_URL=postgres://user:password@localhost:5432/app\n',
  '.env.template': 'OPENAI_API_KEY=<your key>\n',
  '.env.sample': 'PORT=3000\nDEBUG=true\nOPENAI_API_KEY=\nLOG_LEVEL=info\n',
  'api_key.txt': 'Put your API key here, then run make.\n',
  'notes/secret': 'TODO: ask Dana where the staging secret lives.\n',
  'password.txt': '<your password>\n',
  'music/key.txt': 'Key of the song: D minor\nTempo: 92 bpm\n',
  'client_secret.example.json':
    '{"installed": {"client_id": "YOUR_CLIENT_ID.apps.googleusercontent.com", "client_secret": "YOUR_CLIENT_SECRET"}}\n',
  auth_token: 'none: this service uses the OAuth device flow\n',
  'docs/passphrase.txt': 'Pick a passphrase of four random words, like the comic says.\n',
  'config/token': 'Tokens are issued by the gateway; see README.md.\n',
  'demo/secrets.txt': 'Nothing here yet.\nAsk in #platform for access.\n',
  'api_key.example': 'your-api-key-here\n',
  'credentials.sample.json': '{"username": "demo", "password": "<password>"}\n',
  'secret.md': '# The secret of good prompts\n\nBe specific, give examples, and say what done looks like.\n',
};

/** The same kinds of names holding a secret (or a cloud CLI's credentials file): each must stay out. */
function secretFiles(seed: number): { files: Record<string, string>; values: string[] } {
  const r = randomStrings(seed);
  const v = {
    gmail: `Tq7#kLm9!x${r('alnum', 4)}`,
    human: `Sunflower${r('digits', 4)}`,
    phrase: 'purple monkey dishwasher lamp',
    urlsafe: r('urlsafe', 40),
    hex: r('hex', 64),
    aes: r('hex', 64),
    openai: `sk-proj-${r('urlsafe', 40)}T3BlbkFJ${r('urlsafe', 40)}`,
    akia: `AKIA${r('upperAlnum', 16)}`,
    awsSecret: r('b64', 40),
    ant: `sk-ant-api03-${r('urlsafe', 93)}AA`,
    db: `Xk9mP2vL8q${r('alnum', 4)}`,
    bare: r('alnum', 32),
    staging: `W7kq9PzL3m${r('alnum', 4)}`,
    ghp: `ghp_${r('alnum', 36)}`,
    vault: `hvs.${r('alnum', 24)}`,
    uuid: `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`,
    gocspx: `GOCSPX-${r('urlsafe', 28)}`,
    digits: `8042${r('digits', 8)}`,
    winter: `Winter${r('digits', 4)}!`,
    weak: `abc${r('digits', 3)}def`,
    db2: r('alnum', 14),
    own: `Summer${r('digits', 4)}!`,
  };
  const files: Record<string, string> = {
    'passwords.txt': `gmail: ${v.gmail}\n`,
    'password.txt': `${v.human}\n`,
    'keys/passphrase.txt': `${v.phrase}\n`,
    token: `${v.urlsafe}\n`,
    'token.txt': `${v.hex}\n`,
    'notes/key': `AES key: ${v.aes}\n`,
    secrets: `OPENAI_API_KEY=${v.openai}\n`,
    credentials: `[default]\naws_access_key_id = ${v.akia}\naws_secret_access_key = ${v.awsSecret}\n`,
    'aws/credentials': '[default]\naws_access_key_id = YOUR_ACCESS_KEY\naws_secret_access_key = YOUR_SECRET\n',
    '.env.example': `ANTHROPIC_API_KEY=${v.ant}\n`,
    '.env.template': `DB_PASSWORD=${v.db}\n`,
    'api_key.txt': `${v.bare}\n`,
    'notes/secret.txt': `the staging secret is ${v.staging}\n`,
    github_token: `${v.ghp}\n`,
    '.vault-token': v.vault,
    'key.txt': `${v.uuid}\n`,
    'client_secret.example.json': `{"installed": {"client_id": "x.apps.googleusercontent.com", "client_secret": "${v.gocspx}"}}\n`,
    'config/token': `${v.digits}\n`,
    password: `{"password": "${v.winter}"}\n`,
    'demo/token.txt': `${v.weak}\n`,
    'demo/secrets.txt': `db: ${v.db2}\n`,
    // A person's own weak passwords, one per line: no word list (none of the most common among them).
    'old/passwords.txt': `Fluffy1987\nGreatDane42\n${v.own}\nMapleSyrup7\nBlueHeron09\n`,
    // Never judged by content: a `.env`, a cloud CLI's credentials file, a private key.
    '.env': 'PORT=3000\n',
    'credentials.json': '{"installed": {"client_id": "YOUR_CLIENT_ID", "client_secret": "YOUR_CLIENT_SECRET"}}\n',
    'keys/id_ed25519': '-----BEGIN OPENSSH PRIVATE KEY-----\nplaceholder\n-----END OPENSSH PRIVATE KEY-----\n',
  };
  return { files, values: Object.values(v) };
}

const exportLabelled = (files: Record<string, string>): Promise<WorkspaceExport> =>
  exportWorkspace(files, { tag: 'fp10', question: 'label files' });

describe('files withheld for their name (attack8 FP-6)', () => {
  it('a benign file with a secret-like name goes out, byte for byte', async () => {
    const { shared, leftOut, written } = await exportLabelled(BENIGN);
    assert.deepEqual(
      Object.keys(BENIGN).filter((n) => !shared.includes(n)),
      [],
      `left out: ${[...leftOut].map(([p, why]) => `${p} (${why})`).join(', ')}`,
    );
    const changed = Object.entries(BENIGN).filter(([n, text]) => {
      const gist = [...written].find(([g]) => g.endsWith(`workspace__${n.replace(/\//g, '__')}`));
      return gist?.[1] !== text;
    });
    assert.deepEqual(
      changed.map(([n]) => n),
      [],
    );
  });

  for (const seed of [1010, 1011]) {
    it(`the same names holding a secret stay out, and no value goes out (seed ${seed})`, async () => {
      const { files, values } = secretFiles(seed);
      const { shared, leftOut, written } = await exportLabelled(files);
      assert.deepEqual(
        Object.keys(files).filter((n) => shared.includes(n)),
        [],
      );
      for (const n of Object.keys(files)) assert.match(leftOut.get(n) ?? 'not listed', /secret-bearing file/, n);
      for (const [n, text] of written) for (const v of values) assert.ok(!text.includes(v), `${v} in ${n}`);
    });
  }
});
