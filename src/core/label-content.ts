/**
 * Secret-bearing names judged by their content (issue 11, attack8 FP-6): a file whose name only suggests a secret
 * (`passwords.txt` holding a strength checker's list of common passwords, `token` holding `placeholder-token-here`,
 * `notes/key` holding `C major`, `secrets` holding a sentence about Vault) and the example files of secret-bearing
 * names (`.env.example`, `client_secret.example.json`) go out, redacted as usual, when their content holds nothing
 * secret-like; they stay out when it does. What is secret-like: whatever the redactor finds in the file (the walk asks
 * it), and what only the name labels, judged here: a random-looking token anywhere; a bare value alone on its line
 * (but a placeholder or, under a key, token or secret name, a plain word); under a password or credentials name any
 * value but a placeholder, unless the file is a word list (bare lines, none random-looking, three of them among the
 * most common passwords, or 50 lines); under a
 * credentials name a secret key name or a profile section, whatever its value (a cloud CLI's credentials file). Never
 * judged by content, always left out: `.env` files but the example ones, the formats of label-files.ts (Terraform
 * state, recovery codes, seed phrases, wallets), every other secret-bearing default (`credentials.json`, `.npmrc`,
 * `id_rsa`: private key files are key-files.ts's).
 */
import { isLabelFileName, isSecretFormatName } from './label-files.js';
import { isPlaceholderText } from './redact/benign.js';
import { looksRandom, wordiness } from './redact/generic.js';
import { isPlaceholderValue, isSecretKey } from './redact/key-names.js';
import { readsAsCredential } from './redact/learn-gate.js';
import { secretFileStem } from './secret-names.js';

/** A name that says it is an example of what it names: `.env.example`, `client_secret.sample.json`. */
const EXAMPLE = /(?:^|[._-])(?:example|examples|sample|samples|template|templates|tmpl|tpl|dist)(?:[._-]|$)/;

/** How a secret-bearing name is judged by its content: as a label file, as an example file, or not at all (null). */
export function contentJudgedName(name: string): 'label' | 'example' | null {
  const stem = secretFileStem(name);
  if (EXAMPLE.test(stem)) return 'example';
  return isLabelFileName(name) && !isSecretFormatName(name) ? 'label' : null;
}

/** The word of the name that says what the file holds (`password`, `credentials`, `token`, `key`, ...). */
const PASSWORDS =
  /(?:^|[._-])(?:passwords?|passwd|passphrase|pass|pw|pwd|credentials?|creds|auth|login|userpass)(?:\.[a-z]+)?$/;
const CREDENTIALS = /(?:^|[._-])(?:credentials?|creds)(?:\.[a-z]+)?$/;

/** A field that names who or where, not a secret: `username: see-1password`, `url: https://…`. */
const NEUTRAL_FIELD =
  /^(?:user(?:name)?|login|e-?mail|mail|account|name|url|uri|host(?:name)?|site|server|port|hint|notes?|see|docs?|where|comment|description|region|output)$/i;

/** A pair that says who, where or how much: a neutral field, a URL, a path, a number (`DATABASE_URL=postgres://…`). */
const neutral = (key: string, value: string): boolean =>
  NEUTRAL_FIELD.test(key) ||
  /(?:url|uri|host|path|dir|file|name|id|port|region|endpoint)$/i.test(key) ||
  /:\/\/|^[./~]|^\d+$/.test(value);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A token that reads as a secret wherever it is: random, long hex (a raw key), a UUID (a Postmark token). */
function randomLooking(t: string): boolean {
  if (t.length < 10 || isPlaceholderText(t)) return false;
  if (looksRandom(t) || /^(?:0x)?[0-9a-f]{32,}$/i.test(t) || UUID.test(t)) return true;
  // Mixed classes that do not read as words (`W7kq9PzL3m`, `Winter2024!`; not `see-1password`).
  return readsAsCredential(t) && wordiness(t) < 0.6;
}

/** Quotes, brackets and trailing punctuation off a token. */
const bare = (t: string): string => t.replace(/^[("'`[{<]+|[)"'`\]}>,;.!?]+$/g, '');

/** A plain word or words (`tiktoken`, `placeholder-token-here`): parts in one case, each with a word's vowels. */
const wordLike = (v: string): boolean =>
  /^[A-Za-z]+(?:[-_.][A-Za-z]+)*$/.test(v) &&
  v
    .split(/[-_.]/)
    .every(
      (p) =>
        /^(?:[a-z]+|[A-Z][a-z]+|[A-Z]+)$/.test(p) &&
        (p.length < 4 || p.replace(/[^aeiouy]/gi, '').length >= p.length / 4),
    );

/** The most common passwords of the public breach lists: a list holding several of them is a word list. */
const COMMON = new Set(
  (
    '123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123 football ' +
    'monkey letmein shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael 654321 superman 1qaz2wsx ' +
    '7777777 121212 000000 qazwsx 123qwe trustno1 iloveyou sunshine princess welcome admin password1 passw0rd ' +
    'starwars freedom whatever qwerty123 zaq12wsx login solo charlie'
  ).split(' '),
);
const commonShare = (lines: readonly string[]): number => lines.filter((l) => COMMON.has(l.toLowerCase())).length;

/** True when the text of a content-judged file (`name`) holds something secret-like that only its name labels. */
export function holdsSecretLike(name: string, text: string): boolean {
  const stem = secretFileStem(name);
  const passwords = PASSWORDS.test(stem);
  const credentials = CREDENTIALS.test(stem);
  const example = contentJudgedName(name) === 'example';
  const pairs: string[] = [];
  const bares: string[] = [];
  let bareLines = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || /^(?:#|\/\/|;|--)/.test(line)) continue;
    // A random-looking token anywhere, whole or a part of it between `=`, `:`, `@`, `/` (a URL's, a pair's).
    for (const t of line.split(/\s+/)) if (t.split(/[=:@/?&,]/).some((p) => randomLooking(bare(p)))) return true;
    if (credentials && /^\[(?:default|profile [^\]]+|[\w.-]+)\]$/.test(line)) return true;
    const pair = /^(?:export\s+)?["']?([\w.-]{1,64})["']?\s*[:=]\s*(.*)$/.exec(line);
    if (pair) {
      const value = bare(pair[2]!.trim());
      // A cloud CLI's credentials file, whatever it holds; an example's value under a secret name that is no stand-in.
      if (
        isSecretKey(pair[1]!) &&
        (credentials || (example && !isPlaceholderValue(value) && !isPlaceholderText(value)))
      )
        return true;
      if (!/\s/.test(value) && !neutral(pair[1]!, value) && (passwords || (!example && !wordLike(value))))
        pairs.push(value);
      continue;
    }
    const one = bare(line);
    // Under a password's name, a few words without a sentence's end are a passphrase (`purple monkey dishwasher`).
    if (passwords && /\s/.test(one) && !/[.!?:]$/.test(line) && one.split(/\s+/).length <= 8) pairs.push(one);
    if (/\s/.test(one) || one.length < 4) continue;
    bareLines++;
    if (passwords || !wordLike(one)) bares.push(one);
  }
  // A word list (a strength checker's common passwords): bare lines, none random-looking (checked above), that say so:
  // three of the most common passwords among them, or 50 lines (no one keeps that many of their own in one file).
  if (passwords && pairs.length === 0 && (commonShare(bares) >= 3 || bareLines >= 50)) return false;
  return [...pairs, ...bares].some((v) => v.length >= 4 && !isPlaceholderText(v));
}
