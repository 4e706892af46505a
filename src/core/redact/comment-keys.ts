/**
 * Keys a note names by what was done to them rather than by a key name: a comment or a line of prose that says a
 * key was rotated, revoked, leaked, compromised or expired (`// TODO rotate 3rf1…`, `# revoked: Ab9…`, `the leaked
 * token Xk2… is dead`), an old one kept (`# old key: …`, `// previous secret was …`), or one held for now (`# TODO
 * remove before commit: …`, `temp creds for the demo: …`, `hardcode … until vault works`). A few short words may come
 * between the word and the value; the value must read as a credential (credential-values.ts's namedCredential, or
 * learn-gate.ts's readsAsCredential: random letters with few digits) and be no digest (hex alone) nor a UUID (a commit
 * reverted, a run rotated are ids), but an old one's hex of 32 digits or more is its key (`old one was <hex>`).
 * Found from the words' literals by the shared literal scan; each reads a bounded window after it (no line is read to
 * its end per candidate).
 */
import { atomic, wordsGap } from './atomic-blanks.js';
import { identifierLike } from './benign.js';
import { namedCredential } from './credential-values.js';
import { namedShape, readsAsCredential } from './learn-gate.js';
import { idNounBefore } from './id-nouns.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { UUID_VALUE } from './shapes.js';

/** The words, lowercase (the scan folds case); a word must start a word of the text (`prerotate` is none). */
const WORDS = [
  'rotate',
  'revoke',
  'leaked',
  'compromised',
  'expired',
  'old key',
  'old token',
  'old secret',
  'previous key',
  'previous token',
  'previous secret',
  'former key',
  'former token',
  // `# TODO rotate, old one was <hex>` (attack 42): an old one is a key's, which may be hex.
  'old one',
  'previous one',
  // A key held for now (`# TODO remove before commit: …`, `temp creds for the demo: …`).
  // (The longer first: the first word found is read.)
  'remove before committing',
  'remove before commit',
  'do not commit',
  "don't commit",
  'temp creds',
  'temporary creds',
  // A key written into code for now (`temp: hardcode <key> until vault works`).
  'hardcode',
];
/**
 * After a word: the rest of it (`rotated`, `revoked`, `rotating`), then at most three short words or a `:`/`=` (maybe
 * after a `?`: `revoked?: …`), then the value, a run of 16 to 200 token or base64 characters, ending at no token
 * character.
 */
const TAIL = new RegExp(
  String.raw`[a-z]{0,3}[?!]?(?:[ \t]*[:=]|${wordsGap('w')}|[ \t]*\((?:[A-Za-z]{1,12}[ \t]*){0,2}\)[ \t]*[:=]?)${atomic('b')}` +
    String.raw`["'\`(]?(?<v>[A-Za-z0-9_-][A-Za-z0-9_.+/-]{15,199}={0,2})(?![A-Za-z0-9_\-+/=])`,
  'y',
);
/** At most this many characters after a word are read. */
const WINDOW = 280;
const HEX = /^[0-9a-f]+$/i;
/** The share of vowels among the letters: words hold about 4 in 10, random letters 1 in 5. */
const vowelShare = (v: string): number =>
  (v.match(/[aeiou]/gi) ?? []).length / Math.max(1, (v.match(/[a-z]/gi) ?? []).length);

const starts =
  literalScan(WORDS) ??
  ((text: string): number[] => [...text.matchAll(new RegExp(WORDS.join('|'), 'gi'))].map((m) => m.index));

/** A value that reads as a key here: no digest (hex alone), UUID or model's name; a credential's shape. */
function keyValue(value: string, b64: boolean): boolean {
  // A model's or a tool's name (`hardcode gpt-4o-mini-2024-07-18 for now`) is no key either.
  if (HEX.test(value) || UUID_VALUE.test(value) || namedShape(value)) return false;
  if (!(b64 || namedCredential(value) || readsAsCredential(value))) return false;
  // Judged here, not as code (hits.ts): a camelCase name of words is kept, random letters with few digits are not.
  return !(identifierLike(value) && vowelShare(value) >= 0.25);
}

function commentKeyHits(text: string): Hit[] {
  const hits: Hit[] = [];
  let after = 0;
  for (const i of starts(text)) {
    if (i < after || /[A-Za-z0-9_]/.test(text.charAt(i - 1))) continue;
    const word = WORDS.find((w) => text.slice(i, i + w.length).toLowerCase() === w);
    if (word === undefined) continue;
    const window = text.slice(i, Math.min(text.length, i + WINDOW));
    TAIL.lastIndex = word.length;
    const m = TAIL.exec(window);
    // A run the window cut is read no further: it is longer than any value here.
    if (m === null || (m.index + m[0].length === window.length && /[A-Za-z0-9_.-]/.test(text.charAt(i + WINDOW))))
      continue;
    // A noun names the value an id (`key rotation finished: object … stored`, `revoked, see commit …`).
    if (idNounBefore(m[0].slice(0, m[0].length - m.groups!.v!.length))) continue;
    const value = m.groups!.v!.replace(/\.+$/, '');
    // Base64's `+` and `/` only in a run of base64 (`XtEa…/YETP…+zg0U4=`: a secret's 32 bytes), not in a path.
    const b64 = /[+/=]/.test(value);
    if (b64 && !(/^[A-Za-z0-9+/]{22,}={0,2}$/.test(value) && namedCredential(value.replace(/[+/=]/g, '')))) continue;
    // Base64 of words or JSON (`SGVsbG8gV29ybGQ…`, a JWT's header `eyJhbGciOi…`) is text, no key's bytes.
    if (/^[\t\n\r\x20-\x7e]*$/.test(Buffer.from(value, 'base64').toString('latin1'))) continue;
    // Hex is a digest's or a commit's, but an old key's or token's of 32 digits or more (`old one was <hex>`) a key's.
    const oldHex = /^(?:old|previous|former) /.test(word) && HEX.test(value) && value.length >= 32 && /\d/.test(value);
    if (!oldHex && !keyValue(value, b64)) continue;
    const start = i + m.index + m[0].length - m.groups!.v!.length;
    hits.push({ rule: 'comment-secret', start, end: start + value.length });
    after = start + value.length;
  }
  return hits;
}

/** The pass of keys named by what was done to them (see the file's comment). */
export function commentKeyPass(): Pass {
  return runPass(commentKeyHits);
}
