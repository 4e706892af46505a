/**
 * An account and its password in a sentence about logging in, with no password word (attack 43: `You can log in at
 * https://admin.acme.io with ci-bot / DvA59v4w…`, `login with ci-bot:…`, `use deploy / … to sign in`): `log in`,
 * `login`, `sign in` (`into` too), at most 100 characters of the sentence, `with`, `as` or `using`, an account name,
 * `/` or `:`, then a value that reads as a person's password or a random token; or `use <account> / <value>` before
 * `to log in`. Found from the shared literal scan; each read is bounded.
 */
import { humanPassword, randomToken } from './credential-values.js';
import { literalScan } from './literal-scan.js';
import { runPass, startHits, type Hit, type Pass } from './pass.js';

const scan = literalScan(['log in', 'login', 'sign in', 'signin', 'log on']);
/** The verb, the rest of its sentence, `with`/`as`/`using`, the account, the mark, the value. */
const AFTER =
  /(?:log[ \t]?(?:in|on)|sign[ \t]?in)(?:to)?\b(?:[^\n.!?]|[.!?](?=\S)){0,100}?\b(?:with|as|using)[ \t]+["'`]?[\w.@+\\-]{2,64}["'`]?[ \t]*(?:\/|:)[ \t]*["'`]?([^\s"'`]{8,128})/iy;
/** Before `to log in`: `use` or `with`, the account, `/`, the value. */
const BEFORE = /\b(?:use|with)[ \t]+["'`]?[\w.@+\\-]{2,64}["'`]?[ \t]*\/[ \t]*["'`]?([^\s"'`]{8,128}?)["'`]?[ \t]+$/i;

/** The hit on a value found at `start`, its sentence's closing punctuation taken off, if it reads as a password. */
function passwordHit(v: string, start: number): Hit | null {
  const bare = v.replace(/[.,;:!?)\]]+$/, '');
  if (bare.length < 8 || /:\/\/|^[/~]/.test(bare)) return null;
  return humanPassword(bare) || randomToken(bare) ? { rule: 'prose-password', start, end: start + bare.length } : null;
}

function loginHit(text: string, at: number): Hit | null {
  if (at > 0 && /[A-Za-z0-9_]/.test(text.charAt(at - 1))) return null;
  AFTER.lastIndex = at;
  const m = AFTER.exec(text);
  const after = m === null ? null : passwordHit(m[1]!, at + m[0].length - m[1]!.length);
  if (after !== null || !/[ \t]to[ \t]$/i.test(text.slice(Math.max(0, at - 4), at))) return after;
  const from = Math.max(0, at - 4 - 220);
  const b = BEFORE.exec(text.slice(from, at - 3));
  return b === null ? null : passwordHit(b[1]!, from + b.index + b[0].lastIndexOf(b[1]!));
}

const loginHits = (text: string): Hit[] => startHits(scan?.(text) ?? [], (at) => loginHit(text, at));

/** The pass of accounts and passwords in sentences about logging in (see the file's comment). */
export function loginPhrasePass(): Pass {
  return runPass(loginHits);
}
