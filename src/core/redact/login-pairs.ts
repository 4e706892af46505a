/**
 * An account and its secret as a pair of strings where the record says it is a login (attack 58: a log's
 * `{"type":"login","data":["deploy","<40 hex>"]}`, `["alice","<four words>"]`): account-rows.ts reads such a pair
 * after a well-known login only, and takes a strong password only. Here a pair `["<name>", "<value>"]` within 200
 * characters after a login's word on its line (`login`, `signin`, `auth`, `credentials`, `creds`) takes its second
 * string when it reads as a secret: a random token, 32 or more hex digits, a diceware passphrase, a person's password.
 * So does Kaggle's `{"username": "…", "key": "…"}`.
 */
import { indexWithin, lineStartOrCap } from './bounded.js';
import { humanPassword, randomToken } from './credential-values.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { passphraseValue } from './passphrases.js';
import { personPassword } from './person-passwords.js';
import { UUID_VALUE } from './shapes.js';

const scan = literalScan(['login', 'signin', 'sign_in', 'auth', 'credentials', 'creds', '"username"']);
/** Kaggle's `kaggle.json`: `{"username": "…", "key": "…"}` (attack 59), the key the account's secret. */
const USER_KEY = /"username"[ \t]*:[ \t]*"[^"\\\r\n]{1,64}"[ \t]*,\s{0,40}"key"[ \t]*:[ \t]*"([^"\\\r\n]{6,256})"/dy;
/** A pair of strings: a name (an account's shape) and a value. */
const PAIR = /\[[ \t]*(["'])([\w.@+\\-]{1,64})\1[ \t]*,[ \t]*(["'])([^"'\\\r\n]{6,256})\3[ \t]*\]/dg;
const REACH = 200;
const LONGEST = 2048;

/** A secret's shape (see the file's comment); no URL, path, address or UUID. */
function secretShape(v: string): boolean {
  if (UUID_VALUE.test(v) || /:\/\/|^[~./]|@[\w-]+\.\w/.test(v)) return false;
  if (/^(?:0x)?[0-9a-f]{32,128}$/i.test(v)) return /\d/.test(v) && /[a-f]/i.test(v);
  if (/\s/.test(v)) return passphraseValue(v);
  return randomToken(v) || personPassword(v) || humanPassword(v);
}

function pairHits(text: string): Hit[] {
  const hits: Hit[] = [];
  let readTo = 0;
  for (const at of scan?.(text) ?? []) {
    if (text.charCodeAt(at) === 34) {
      USER_KEY.lastIndex = at;
      const k = USER_KEY.exec(text);
      if (k !== null && secretShape(k[1]!))
        hits.push({ rule: 'login-pair', start: k.indices![1]![0], end: k.indices![1]![1] });
      continue;
    }
    // A line of minified code (longer than LONGEST before the word) is no log's record.
    if (at - lineStartOrCap(text, at, LONGEST) >= LONGEST) continue;
    const from = Math.max(at, readTo);
    // Read once, each character of a line at most REACH past a word (a line of `auth` repeated stays linear).
    const nl = indexWithin(text, 10, from, at + REACH - from);
    const to = nl === -1 ? Math.min(text.length, at + REACH) : nl;
    if (to <= from) continue;
    // The pair may end past the window: read to its longest end.
    const window = text.slice(from, Math.min(text.length, to + 340));
    for (const m of window.matchAll(PAIR)) {
      if (m.index >= to - from) break;
      if (secretShape(m[4]!))
        hits.push({ rule: 'login-pair', start: from + m.indices![4]![0], end: from + m.indices![4]![1] });
    }
    readTo = to;
  }
  return hits;
}

/** The pass (see the file's comment). */
export function loginPairPass(): Pass {
  return runPass(pairHits);
}
