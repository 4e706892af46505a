/**
 * Learned values: a value that any layer recognised as a secret in one place (a key name in
 * `execution_metadata.yaml`, a `.env` file, a secret-bearing file left out of the export) is
 * replaced wherever else it appears in the export and in everything printed. Only values that
 * can be secrets are propagated (propagatable): a short default such as `postgres` under
 * `POSTGRES_PASSWORD` is still redacted where its key names it, and nowhere else.
 */
import { closeSync, lstatSync, openSync, readSync } from 'node:fs';
import { isPublicToken } from './benign.js';
import { codeOrPattern } from './code-patterns.js';
import { generatedPassword } from './generated-passwords.js';
import { namedShape } from './learn-gate.js';
import { classChanges, shannon } from './generic.js';
import { isPlaceholderValue } from './key-names.js';
import { wordsOnly } from './natural-text.js';
import { passwordName } from './secret-endings.js';

/**
 * What the collector needs of the redactor to learn values (the Redactor implements it):
 * how many values are known, the ones learned since, values from a file that is not exported,
 * and whether values found while redacting are learned now (during a collection; not while
 * files are written, so a written file is exactly what was measured).
 */
export interface Learning {
  version(): number;
  since(version: number): string[];
  harvest(rel: string, text: string): void;
  active(on: boolean): void;
}

/**
 * The largest file read only to learn its values (a `.env`, a `credentials.json`): 8 MiB (at 1 MiB, a `.env` padded
 * with comments was not read and its keys went out wherever they appeared).
 */
const HARVEST_MAX = 8 * 1024 * 1024;
/**
 * The most bytes read only to learn values, in all (config-like files left out by a limit are many in a large
 * workspace).
 */
export const HARVEST_TOTAL = 16 * 1024 * 1024;

/** A regular file's text, up to HARVEST_MAX bytes (lstat first: never a FIFO, a device or a link); null otherwise. */
export function readCapped(abs: string): string | null {
  try {
    const st = lstatSync(abs);
    if (!st.isFile() || st.size > HARVEST_MAX) return null;
    const fd = openSync(abs, 'r');
    try {
      // One more byte than the size: a file that grew since the lstat is caught.
      const want = st.size + 1;
      const buf = Buffer.allocUnsafe(want);
      let n = 0;
      for (let got = 1; got > 0 && n < want; n += got) got = readSync(fd, buf, n, want - n, null);
      return n >= want ? null : buf.toString('utf8', 0, n);
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}

/**
 * Defaults and words that are never propagated, compared after lowercasing and dropping digits
 * and punctuation at the ends (`Password123!` is `password`). Short on purpose: the other rules
 * (letters only under 20 characters, low entropy) catch most words.
 */
const COMMON = new Set([
  'postgres',
  'postgresql',
  'password',
  'passwd',
  'admin',
  'administrator',
  'root',
  'secret',
  'changeme',
  'changeit',
  'default',
  'letmein',
  'welcome',
  'qwerty',
  'qwertyuiop',
  'asdfgh',
  'test',
  'testing',
  'tester',
  'guest',
  'user',
  'username',
  'mysql',
  'mariadb',
  'redis',
  'mongo',
  'mongodb',
  'rabbitmq',
  'elastic',
  'minio',
  'minioadmin',
  'example',
  'sample',
  'demo',
  'local',
  'localhost',
  'dev',
  'development',
  'staging',
  'production',
  'prod',
  'token',
  'apikey',
  'secretkey',
  'placeholder',
  'dummy',
  'fake',
  'none',
  'null',
  'undefined',
  'master',
  'main',
  'super',
  'superuser',
  'pass',
  'trustno',
  'abc',
  'abcdef',
  'iloveyou',
  'sunshine',
  'dragon',
  'monkey',
]);

/** Words that mark a value as a placeholder rather than a secret (`your-api-key-here`, `sk-example-…`). */
const PLACEHOLDER_WORD =
  /your|example|placeholder|dummy|sample|changeme|replace|insert|x{6,}|(?<![A-Za-z0-9])xxxx(?![A-Za-z0-9])|redacted|\.\.\./gi;
/** An arrow function's `=>` or `->`, an object literal's or an array's start, a markup tag, a generic type. */
const CODE_SHAPE = /=>|->|^\{[A-Za-z_$][\w$]*:|^\[[A-Za-z_$"']|<\/?[a-z][\w:-]*>|[A-Za-z]<[A-Z]\w*>/;
/**
 * A name in angle brackets (`<api-key>`, `sk-<KEY>`, `<your token>`, `<Your Key>`); a generator's `&>`, `<9` or `<xTT>`
 * is no placeholder.
 */
const ANGLED = /<(?:[a-z][a-z0-9_ .-]{2,}|[A-Z][A-Z0-9_ .-]{2,}|[A-Z][a-z]+(?:[ _-][A-Za-z][a-z]+)+)>/;

/**
 * True when the value holds a placeholder word written as a word: after a non-letter or at the start (`your-key`,
 * `YOUR_KEY`, `sk-yourkeyhere`), or capitalised between camelCase words (`sk-EnterYourKey`). A random value holds
 * `iyour`, `aYOURs` or `kYourz` now and then (1 in 3,000 random 40-character values did), and is no placeholder for
 * it; `xxxx` counts only as a whole part of the value (`sk-xxxx`, `xxxx-xxxx`), or six or more.
 */
function hasPlaceholderWord(v: string): boolean {
  if (ANGLED.test(v)) return true;
  for (const m of v.matchAll(PLACEHOLDER_WORD)) {
    const w = m[0];
    const before = m.index === 0 ? '' : v[m.index - 1]!;
    const after = v[m.index + w.length] ?? '';
    const title = w.slice(1) === w.slice(1).toLowerCase() && w[0] !== w[0]!.toLowerCase();
    if (!/[A-Za-z]/.test(before) && (w === w.toLowerCase() || w === w.toUpperCase() || title)) return true;
    if (/[a-z]/.test(before) && title && !/[a-z]/.test(after)) return true;
  }
  return false;
}

/** The name values read from a credential store's fields are learned under (credential-formats.ts). */
export const CREDENTIAL_FIELD = 'credential-file';
/** The name a label file's bare values are learned under (label-files.ts: `api_key.txt`, `.vault_pass`). */
export const LABELLED_FILE = 'labelled-file';
/**
 * A password's name (`password`, `DB_PASS`, `smb_pwd`, `ldap_default_authtok`, `Kennwort`, secret-endings.ts), or one
 * ending in `pw` (`olcRootPW`): the name vouches for a person's short password (`Oxidiz353!`: 2.9 bits a character,
 * attack 50), which is learned as a credential store's is.
 */
/** The shortest value propagated. */
const MIN_PROPAGATED = 10;
/** The shortest value of a credential store's field or under a password's name propagated (`F@lc0n18!`: attack 50). */
const MIN_FIELD = 8;
/**
 * The most values propagated in one export (a bound on memory only): a regex alternation of 256 values cost about
 * 25 ms per MB of every later file, 1,024 values 450 ms, so more than MANY_VALUES are searched for by one hashed scan
 * (many-literals.ts), whose cost does not grow with their number.
 */
const MAX_LEARNED = 100_000;
/** The longest value propagated (a literal searched for everywhere; longer ones are blocks the shape rules know). */
const MAX_PROPAGATED = 1024;

/**
 * Letters of both cases changing at every other or third character (`lzAtszcOaRNbGHaQ`): a generator's, not words
 * (camelCase words change at one in four or fewer: `XMLHttpRequest`, `HelloWorldAgain`).
 */
const randomLetters = (v: string): boolean => v.length >= 12 && !v.includes(' ') && classChanges(v) >= 0.35;

/**
 * A base64 value that starts with `/` (one in 64 do): its first segment is 16 or more characters of both cases and
 * digits, changing class often, which no folder's name is (`/kKI0Yxf3XDDpiacFA82BGoM…`; not `/usr/lib/python3.11`).
 */
function randomAfterSlash(v: string): boolean {
  const first = /^\/([^/]{16,})/.exec(v)?.[1];
  return (
    first !== undefined && /[a-z]/.test(first) && /[A-Z]/.test(first) && /\d/.test(first) && classChanges(first) >= 0.35
  );
}

/** Three words or more of three letters or more joined by one of `-`, `_`, `.`, 16 characters or more. */
const joinedWords = (v: string): boolean =>
  v.length >= 16 && /^[A-Za-z]{3,}([-_.])[A-Za-z]{3,}(?:\1[A-Za-z]{3,})+$/.test(v);

/**
 * True when a value recognised as a secret in one place is redacted everywhere else too:
 * 10–1,024 characters without whitespace (a variable the user named may hold a passphrase
 * with spaces, from 8 characters: knownValuesFromEnv); not a placeholder, a reference, a path (but
 * randomAfterSlash) or a number; not a common default or word (`postgres`, `admin`, `changeme`, `Password123`); a
 * value of letters only from 20 characters on (or randomLetters); at least 6 distinct characters and 3 bits of
 * entropy per character.
 */
export function propagatable(value: string, min = MIN_PROPAGATED, spaces = false, field = false): boolean {
  const v = value;
  if (v.length < min || v.length > MAX_PROPAGATED) return false;
  if (/[\x00-\x1f\x7f]/.test(v) || (spaces ? /^\s|\s$/ : /\s/).test(v)) return false;
  if (isPlaceholderValue(v) || hasPlaceholderWord(v) || isPublicToken(v) || codeOrPattern(v)) return false;
  // Code cut at a value's end (`{scale:1,render:i=>` from a bundle's `password:{…}`): an arrow or an object literal's
  // first member, unless a generator's (its class changes throughout).
  if (CODE_SHAPE.test(v) && !generatedPassword(v, true)) return false;
  // A provider's prefix alone (`sk-ant-api03-`, `github_pat_`): words and numbers, then the separator a key follows.
  if (/[-_]$/.test(v) && namedShape(v.slice(0, -1))) return false;
  if (/^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)/.test(v) && !randomAfterSlash(v)) return false;
  if (/^[\d.,:+-]+$/.test(v)) return false;
  if (/^[A-Za-z ]+$/.test(v) && v.length < 20 && !randomLetters(v)) return false;
  // Words of any script (`Authentifizierungstoken`, `API-Schlüssel`, `¿Olvidaste`): in prose everywhere else. A
  // passphrase a variable the user named holds (`DB_PASSWORD='correct horse battery'`) is theirs: no label.
  // A passphrase of three words or more joined (`dolphin-voyager-ember-ember`) from a credential store or under a
  // password's name is the user's (attack 50: an Ansible vault password file's, said again in a command).
  if (wordsOnly(v) && !(spaces && /\s/.test(v)) && !(field && joinedWords(v))) return false;
  const core = v.toLowerCase().replace(/^[^a-z]+|[^a-z]+$/g, '');
  if (COMMON.has(core) || COMMON.has(core.replace(/[^a-z]/g, ''))) return false;
  // A credential store's field is a secret by its place (`.pgpass`'s fifth): a person's password may repeat characters.
  if (new Set(v).size < 6 || shannon(v) < (field ? 2.5 : 3)) return false;
  return true;
}

/**
 * The values learned during one export, in the order they were learned. `version` counts them:
 * a file measured at version v has seen every value before v and may hold any learned after.
 */
export class LearnedValues {
  private readonly byValue = new Map<string, string>();
  private readonly order: string[] = [];

  get version(): number {
    return this.order.length;
  }

  /**
   * Adds a value (named by the key or rule it was found under); false if it is known already, not propagatable, or
   * MAX_LEARNED are known.
   */
  add(name: string, value: string): boolean {
    if (
      this.byValue.has(value) ||
      this.order.length >= MAX_LEARNED ||
      !(name === CREDENTIAL_FIELD || name === LABELLED_FILE || passwordName(name)
        ? propagatable(value, MIN_FIELD, false, true)
        : propagatable(value, MIN_PROPAGATED))
    )
      return false;
    this.byValue.set(value, name);
    this.order.push(value);
    return true;
  }

  has(value: string): boolean {
    return this.byValue.has(value);
  }

  /** The values learned since `version`. */
  since(version: number): string[] {
    return this.order.slice(version);
  }

  all(): { name: string; value: string }[] {
    return this.order.map((value) => ({ name: this.byValue.get(value)!, value }));
  }
}

/** Extensions of config-like files, whose key names are read before anything else. */
const CONFIG_EXT = /\.(?:ya?ml|json|toml|ini|cfg|conf|env|properties|ipynb)$/i;

/** True for a config-like file: its values are learned before the other files are measured. */
export const isConfigLike = (rel: string): boolean => {
  const base = rel.slice(rel.lastIndexOf('/') + 1);
  return CONFIG_EXT.test(base) || /^\.env(?:\.|$)/i.test(base) || base === 'credentials';
};

/**
 * Above this many known values, the literal pass skips its substring search per value and its regex: one hashed
 * search finds them all (many-literals.ts).
 */
export const MANY_VALUES = 16;
