/**
 * Files whose name is the only label of the secret they hold (issue 11): a bare key written alone to `api_key.txt`,
 * `openai_key`, `.deepinfra_token`, `mistral-key.txt`, `secrets.txt`, `credentials`, Ansible's `.vault_pass`, and
 * secret-bearing formats known by their name: Terraform state (`terraform.tfstate`, its `.backup`: `random_password`
 * results and every sensitive value in clear), two-factor recovery and backup codes (`github-recovery-codes.txt`,
 * `Backup-codes-<user>.txt`), wallet seed phrases (`seed.txt`, `mnemonic.txt`), password databases and wallets. Such a
 * file is left out as secret-bearing (its reason shown in the dry run), and its bare values are learned for the whole
 * export (labelFileValues). Files only: a folder `token/` of a lexer is no secret. Names are read as secretFileStem
 * reads them (another case, a copy, a backup). Code and prose keep their names' meaning: `keys.py`, `tokens.md`,
 * `tokenizer.json`, `secret_santa.txt`, `token_count.txt` go out through the redactor like any file.
 */
import { dotenvEntries, knownValuesFromEnv, notSecretEnvName, type KnownValue } from './redact/known-values.js';
import { credentialFileValues } from './credential-formats.js';
import { readsAsCredential } from './redact/learn-gate.js';
import { CREDENTIAL_FIELD, LABELLED_FILE } from './redact/learned.js';
import { secretFileStem } from './secret-names.js';

/** Extensions a bare value is written with (none, a text file, or the name's own `.token`, `.secret`). */
const EXT = '(?:\\.(?:txt|text|dat|raw|secret|secrets|token|pw|pwd|pass))?';
/** The last word of the name: what the file holds. */
const HOLDS =
  '(?:api[_.-]?key|access[_.-]?key|secret[_.-]?key|private[_.-]?key|key|token|secrets?|passwords?|passwd|passphrase|(?:vault|db|admin|root|smtp|ftp|ssh|wifi|vpn)[_.-]?pass|pat|credentials?|creds)';
/**
 * Words before it that make it something else: a public key, a database's key, a tokenizer's special tokens, a
 * pagination cursor, an example; or prose (`link-to-token`, `notes-about-the-key.txt`).
 */
const NOT_SECRET =
  /(?:^|[._-])(?:public|pub|sort|primary|foreign|partition|cache|lookup|row|hash|map|bos|eos|pad|unk|cls|sep|mask|special|page|next|cursor|continuation|example|sample|dummy|fake|placeholder|template|random|rng|to|for|of|and|how|the|about|with|on|from|in)[._-]/;
const HOLDER = new RegExp(`^\\.?(?:[a-z0-9]+[._-])*?${HOLDS}${EXT}$`);

/** Secret-bearing formats known by their name. */
const FORMATS = [
  // Terraform state and its backups (secretFileStem takes `.backup` off).
  /\.tfstate$/,
  // Two-factor recovery and backup codes: GitHub's `github-recovery-codes.txt`, Google's `Backup-codes-<user>.txt`.
  /^(?:[a-z0-9]+[._ -])*(?:recovery|backup|2fa|mfa|otp|totp|scratch|emergency)[._ -]?codes?(?:[ _-][\w@.+-]{0,63}[\w@+-])?(?:\.(?:txt|text|pdf))?$/,
  // Wallet seed phrases.
  new RegExp(
    `^\\.?(?:[a-z0-9]+[._-])*?(?:seed|seed[._-]?(?:phrase|words)|mnemonics?|(?:secret[._-]?)?recovery[._-]?phrase)${EXT}$`,
  ),
  // Password databases, wallets, PuTTY keys, an Ethereum keystore (`UTC--<time>--<address>`).
  /\.(?:kdb|kdbx|psafe3|keychain|keychain-db|ppk)$|^wallet\.dat$|^utc--[\w.:-]+--[0-9a-f]{40}(?:\.json)?$/,
];

/**
 * A login's user and password on two lines, as OpenVPN's `auth-user-pass` reads them (`auth.txt`, `vpn-auth.txt`,
 * `login.conf`, `pass.txt`, `userpass.txt`, `auth-user-pass`): with a text or config extension (a script `pass` or
 * `login` is code).
 */
const LOGIN_FILE =
  /^(?:[a-z0-9]+[._-])*?(?:(?:auth|login|pass|user[_.-]?pass)\.(?:txt|text|conf|cfg|creds?)|auth[_.-]user[_.-]pass(?:\.txt)?)$/;

/** A quick test first: a name holding none of these words is none of the above. */
const WORDS =
  /key|token|secret|pass|pat|cred|tfstate|code|seed|mnemonic|phrase|kdb|psafe|keychain|ppk|wallet|utc--|auth|login/i;

/** True when a file called `name` holds a secret its name labels (see the file's comment). */
export function isLabelFileName(name: string): boolean {
  if (!WORDS.test(name)) return false;
  const stem = secretFileStem(name);
  return (HOLDER.test(stem) || LOGIN_FILE.test(stem) || FORMATS.some((re) => re.test(stem))) && !NOT_SECRET.test(stem);
}

/**
 * True when a file called `name` is one of the secret-bearing formats known by their name (never judged by content).
 */
export function isSecretFormatName(name: string): boolean {
  if (!WORDS.test(name)) return false;
  const stem = secretFileStem(name);
  return FORMATS.some((re) => re.test(stem));
}

/**
 * The bare values of a file left out for its name (isLabelFileName): each line that is one token, no comment and no
 * assignment (a `name=value` line is the key-name layer's), quotes taken off. The redactor learns them (learned.ts
 * decides which can be secrets: a short word, a path or a number is not propagated).
 */
function labelFileValues(name: string, text: string): string[] {
  // A key file's armored blocks (`server.key`) are the shape rules' (a public block's lines are no secret).
  if (!isLabelFileName(name) || /-{4,5} ?BEGIN /.test(text)) return [];
  if (secretFileStem(name).endsWith('.tfstate')) return tfstateValues(text);
  const values: string[] = [];
  for (const raw of text.split(/\r?\n/, 256)) {
    const line = raw.trim().replace(/^(["'`])(.*)\1$/, '$2');
    // An assignment (`aws_secret_access_key=…`) is the key-name layer's: learned whole, it hid the value from it.
    const assignment = /^[A-Za-z_][\w.-]*=[^=]/.test(line);
    if (line.length >= 8 && line.length <= 1024 && !assignment && !/\s|^[#;]|^\/\//.test(line)) values.push(line);
  }
  return values;
}

/**
 * The values a file left out as secret-bearing teaches by its name (the redactor learns them, with what its layers find
 * in it): a `.env`'s entries (every value that reads as a credential, whatever its name: the file is a secret's), a
 * label file's bare values, a credential store's fields (credential-formats.ts). `rel`: its path in the session.
 */
export function harvestValues(rel: string, text: string): KnownValue[] {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  if (/^\.env|\.env$/.test(secretFileStem(name))) {
    const entries = dotenvEntries(text);
    const named = knownValuesFromEnv(entries);
    const random = entries
      .filter(([n, v]) => readsAsCredential(v.trim()) && !notSecretEnvName(n))
      .map(([n, v]) => ({ name: n, value: v.trim() }));
    return [...named, ...random];
  }
  return [
    ...labelFileValues(name, text).map((value) => ({ name: LABELLED_FILE, value })),
    ...credentialFileValues(rel, text).map((value) => ({ name: CREDENTIAL_FIELD, value })),
  ];
}

/**
 * A Terraform state's generated secrets: `random_password`'s `result` and `bcrypt_hash` (the values under secret key
 * names, `password`, `private_key_pem`, are the key-name layer's).
 */
function tfstateValues(text: string): string[] {
  const values: string[] = [];
  for (const m of text.matchAll(/"(?:result|bcrypt_hash)"\s*:\s*"((?:[^"\\\r\n]|\\.){8,1024})"/g)) {
    try {
      values.push(JSON.parse(`"${m[1]!}"`) as string);
    } catch {
      // Not JSON's escapes: not a value of a state file.
    }
  }
  return values;
}
