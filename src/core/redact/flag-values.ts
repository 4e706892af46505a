/**
 * Command-line flags that name a secret (round 28), with the shell's quoting: `--admin_password='Fjor$29pum&x'`,
 * `--user_pass=…`, `'-Dspring.datasource.password=QgVA2;pRJF;…'` (the whole argument quoted), `-Dgpg.passphrase=…`,
 * `--requirepass 'R6B3i#mj1i;…'`, `--db-password "…"`. The key-name layer reads a name after `--` only when it is a
 * word of its own (`--password=`, `--admin-password=`), and a quoted value only to its first `;`, `,` or `}`: a
 * generator's password went out whole or in part. Here a flag's name is read whole (a `.`, `_` or `-` joins its
 * words); it must be a secret's (key-names.ts's isSecretKey, or redis' `requirepass` and `masterauth`), not a switch
 * (`--no-password`) nor a file, a command or a prompt (isSecretKey keeps `--password-file`). A quoted value is read to
 * its closing quote, a bare one to a blank or the shell's `|`, `;`, `&`; after a blank (`--password VALUE`) the value
 * must not be another flag. The value is judged as a password or a token (a diceware passphrase only when quoted)
 * and never a variable, a substitution or a placeholder.
 */
import { humanPassword } from './credential-values.js';
import { digitsPassword } from './cli-passwords.js';
import { isPlaceholderText } from './benign.js';
import { joinedWords } from './id-shapes.js';
import { isPlaceholderValue, isSecretKey } from './key-names.js';
import { literalScan } from './literal-scan.js';
import { passphraseValue } from './passphrases.js';
import { sentencePassword } from './phrase-values.js';
import { runPass, startHits, type Hit, type Pass } from './pass.js';
import { notAPassword, tokenValue } from './prose-values.js';

export const FLAG_RULE = 'flag-password';
/** The rule of quoted-assignments.ts, which judges its values as this file does. */
export const QUOTED_RULE = 'quoted-assignment';
/** The rule of tool-stores.ts, which judges its values as this file does. */
export const STORE_RULE = 'tool-store-secret';
/** Rules whose values are judged here, not again by the placeholder and code filters (hits.ts). */
export const ARG_RULES: ReadonlySet<string> = new Set([FLAG_RULE, QUOTED_RULE, STORE_RULE]);

/** Go's and Consul's single-dash flags that take a secret (`consul kv get -token=…`, `-password=…`). */
const GO_FLAGS = ['token', 'password', 'passwd', 'pass', 'secret', 'api-key', 'apikey', 'auth-token', 'client-secret'];
/**
 * A flag's start (`--`, `-D` of a Java system property, `-P` of a Gradle project property, a single-dash Go flag); a
 * quote may open the whole argument before it.
 */
const scan = literalScan(['--', '-D', '-P', ...GO_FLAGS.map((f) => `-${f}`)]);
/**
 * The flag's name, its separator and the value: quoted, or bare to a blank or a shell operator; or the next item of an
 * argument list (`["redis-server", "--requirepass", "…"]` in a compose file's or a pod's command, Python's argv).
 */
const FLAG =
  /(?:--|-D|-P|-(?=[a-z]))([A-Za-z][A-Za-z0-9_.-]{0,80})(?:=|[ \t]+(?=["'A-Za-z0-9!#%&*+,./:;?@^_~[\]{}()=\u00c0-\uffff-])|["'][ \t]*,[ \t]*(?=["']))(?:(["'])([^\r\n]{1,256}?)\2|([^\s"'`|;&<>]{1,256}))/y;
/** A name a value after a blank may belong to: its last word a password's or a token's (`--db-password VALUE`). */
const SPACED_NAME = /(?:pass(?:word|wd|phrase)?|pwd|secret|token|key)$/i;
/** Names the key-name layer does not call a secret's: redis' options. */
const TOOL_NAMES = /^(?:requirepass|masterauth)$/i;
/**
 * A variable (`%APPDATA%`, `%(pw)s`; a password may start with `%`), a substitution, a file (`@~/pw.txt`; a password
 * may start with `@`), a prompt or settings (`--secret=id=gh_token,env=GH_TOKEN`), not a value.
 */
const NOT_VALUE =
  /^(?:[$<{]|@(?:[/~.]|\S*\.[A-Za-z0-9]{1,8}$)|%[A-Za-z_][\w.]*%|%[({]|env:|file:|fd:|stdin$|-)|\$[({]|^[a-z][a-z0-9_-]*=(?=[a-z])/i;

/** A secret flag's value: a password, a token or (quoted) a passphrase; no variable, prompt or placeholder. */
export function secretArgValue(v: string, quoted: boolean): boolean {
  if (v.length < 6 || NOT_VALUE.test(v) || notAPassword(v)) return false;
  if (/\s/.test(v)) return quoted && (passphraseValue(v) || sentencePassword(v, 0) === v.length);
  // A path or a secret manager's name (`projects/1/secrets/db/versions/5`), unless it reads as a token.
  if (/[/\\]/.test(v)) return tokenValue(v);
  // A short password (`Pa$s12`) holds a digit and a symbol; a long one is no placeholder.
  const symbols = /[^A-Za-z0-9]/.test(v) && /\d/.test(v) && /[A-Za-z]/.test(v);
  const mixed = v.length >= 8 && /\d/.test(v) && /[A-Za-z]/.test(v);
  if (v.length >= 8 ? isPlaceholderValue(v) || isPlaceholderText(v) : !symbols) return false;
  // Words and numbers joined by `-`, `_` or `.` alone (`test-token-1234`, `db-password-2024`): a name, a stand-in; a
  // diceware passphrase is no name (passphraseValue: a generator's words).
  if (joinedWords(v) && !/[^A-Za-z0-9._-]/.test(v)) return passphraseValue(v);
  return symbols || mixed || humanPassword(v) || tokenValue(v) || passphraseValue(v) || digitsPassword(v);
}

function flagHit(text: string, at: number): Hit | null {
  // A flag starts an argument: a blank, a quote, `=` or `(` before it (not `a--b`, not a line of dashes).
  if (!/^(?:[\s"'(=[,]|)$/.test(text[at - 1] ?? '')) return null;
  FLAG.lastIndex = at;
  const m = FLAG.exec(text);
  if (m === null) return null;
  const name = m[1]!.replace(/[.-]+$/, '');
  if (/^no[-_]/i.test(name) || !(isSecretKey(name) || TOOL_NAMES.test(name))) return null;
  const spaced = !m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length).startsWith('=');
  // A single dash: Go's flags only, with `=` (`-token=…`; `-p pass` is a short flag's cluster).
  if (
    text[at + 1] !== '-' &&
    text[at + 1] !== 'D' &&
    text[at + 1] !== 'P' &&
    (spaced || !GO_FLAGS.includes(name.toLowerCase()))
  )
    return null;
  if (spaced && !SPACED_NAME.test(name) && !TOOL_NAMES.test(name)) return null;
  let quoted = m[2] !== undefined;
  let v = quoted ? m[3]! : m[4]!;
  const start = FLAG.lastIndex - v.length - (quoted ? 1 : 0);
  // The whole argument quoted (`'-Dx.password=V'`): the value runs to the quote that opened it.
  const open = text[at - 1];
  if (!quoted && !spaced && (open === "'" || open === '"')) {
    // Looked for in the next 257 characters only (a search to a long line's end for each flag was quadratic).
    const rest = text.slice(start, start + 257);
    const close = rest.indexOf(open);
    const line = rest.indexOf('\n');
    if (close !== -1 && (line === -1 || close < line)) {
      v = rest.slice(0, close);
      quoted = true;
    }
  }
  if (!quoted) v = v.replace(/[),;.]+$/, '');
  if (!secretArgValue(v, quoted)) return null;
  return { rule: FLAG_RULE, start, end: start + v.length };
}

const flagHits = (text: string): Hit[] => startHits(scan?.(text) ?? [], (at) => flagHit(text, at));

/** The pass (context-passes.ts). */
export const flagValuePass = (): Pass => runPass(flagHits);
