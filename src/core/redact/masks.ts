/**
 * Masked keys that still show too much (issue 11, leaks10 category 1): a log that prints `sk-proj-Ab3dEf9hIj2k...wxyz`
 * or `key[:12] + '***'` keeps ten or more characters of the real key, enough to find it. The characters shown before a
 * mask (`...`, `…`, `***`, `•••`) are redacted when they are ten or more random characters (letters and digits, no hex
 * alone, no name of words and numbers) after a key's prefix (`sk-proj-`, `gsk_`, `hf_`, `AIza`…) or on a line that
 * names a key, a token, a secret or a password. A proper mask (`sk-...`, `sk-proj-ab12...wx89`), a placeholder
 * (`your-api-k...`, `xxxxxxxx...`), an ellipsis after words (`Loading tokenizer...`) or after an id, a hash or a model
 * name (`req_011CU2...`, `3f2b9c1e8a4d...`, `gpt-4o-mini-2024...`) is kept. The same for the characters shown
 * after a mark (`sk-...XwU0i89tBd`, `****************mQS8uq26w2`, `xxxxxxxxxxxx3MGoueFFpV`): four are a proper mask.
 * Round 24: the end of a preview cut at a fixed length (`"reason_preview": "… key gsk_SKTsMAZAnlwv"`) is such a mark.
 */
import { isPlaceholderText } from './benign.js';
import { judgeAssignment } from './key-names.js';
import { namedShape } from './learn-gate.js';
import { lineBefore } from './line-heads.js';
import { runPass, type Hit, type Pass } from './pass.js';

/** The marks a tool writes where it hides the rest of a key. */
const MARKS = ['...', '\u2026', '***', '\u2022\u2022\u2022'] as const;
/** Keys' documented prefixes, shown before the random part. */
const PREFIX =
  /^(?:sk-(?:proj-|ant-(?:api\d\d-|admin\d\d-)?|or-v1-|svcacct-|admin-)?|gsk_|hf_|ghp_|gho_|ghu_|ghs_|github_pat_|glpat-|xox[abpe]-|AIza|ya29\.|r8_|pplx-|fw_|nvapi-|tvly-|csk-|xai-|pa-|sk_live_|sk_test_|rk_live_|key-|SG\.)/;
/** A line naming what the shown characters belong to. */
const SECRET_WORD = /key|token|secret|passw|pwd|bearer|auth|credential|\bpat\b/i;
const TOKEN_CHAR = /[A-Za-z0-9_.-]/;

/** The token that ends at `end` (letters, digits, `_`, `-` and the dots of a prefix), or null. */
function tokenBefore(text: string, end: number): number | null {
  let s = end;
  while (s > 0 && s > end - 120 && TOKEN_CHAR.test(text[s - 1]!)) s--;
  // A dot ends a sentence or a path part; only a prefix's (`ya29.`, `SG.`) is read.
  // (Not past `end`: a run of dots read to its end at each mark in it was quadratic; the token was too short anyway.)
  while (s < end && (text[s] === '.' || text[s] === '-' || text[s] === '_')) s++;
  if (end - s < 10) return null;
  const before = text[s - 1];
  return before === '/' || before === '@' || before === '\\' ? null : s;
}

/**
 * True for ten or more random characters shown of a key (`token` without its prefix): letters and digits, or after a
 * prefix letters of both cases (`gsk_SKTsMAZAnlwv…`).
 */
function shownKey(body: string, prefixed = false): boolean {
  const mixed = /\d/.test(body) || (prefixed && /[a-z]/.test(body) && /[A-Z]/.test(body));
  if (body.length < 10 || !mixed || !/[A-Za-z]/.test(body) || /\./.test(body)) return false;
  return !/^[0-9a-f]+$/i.test(body) && !namedShape(body) && !isPlaceholderText(body);
}

/**
 * True when the base64 run around `at` is an SSH public key's (`AAAAB3NzaC1yc2E…`, `AAAAC3NzaC1lZDI1NTE5…`, as
 * `ssh-keygen`, `authorized_keys` and `gcloud … ssh-keys --key='AAAA…...…'` write it): its first bytes are a
 * key type's length and name (`ssh-rsa`, `ssh-ed25519`, `ecdsa-sha2-nistp256`, `sk-ssh-ed25519@openssh.com`). A public
 * key is public by design: its head or tail beside a mark is no key shown.
 */
function sshPublicKeyAt(text: string, at: number): boolean {
  let s = at;
  while (s > 0 && at - s < 1024 && /[A-Za-z0-9+/]/.test(text[s - 1]!)) s--;
  if (!text.startsWith('AAAA', s)) return false;
  const head = Buffer.from(text.slice(s, s + 24), 'base64');
  if (head.length < 11) return false;
  const n = head.readUInt32BE(0);
  return n >= 7 && n <= 64 && /^(?:ssh-|ecdsa-|sk-)[a-z0-9-]/.test(head.toString('latin1', 4, 4 + Math.min(n, 8)));
}

/**
 * The characters shown of a key cut at `i` (a mark, or the end of a preview: `prefixed`, only after a key's prefix; an
 * id cut there, `3f2a9c1e-7b4d-4abc`, is no key), added to `hits`.
 */
function shownBefore(text: string, i: number, hits: Hit[], prefixed = false): void {
  // A token ending in `.` shows no key (shownKey: no dot; no prefix ending in `.` is ten characters): a run of dots
  // walked 120 characters back at each of its marks (1 MiB of `.`: 0.7 s).
  if (text.charCodeAt(i - 1) === 46) return;
  const start = tokenBefore(text, i);
  if (start === null) return;
  const token = text.slice(start, i);
  const prefix = PREFIX.exec(token)?.[0] ?? '';
  if (!shownKey(token.slice(prefix.length), prefix !== '') || (prefix === '' && namedShape(token))) return;
  if (prefix === '' && (prefixed || !SECRET_WORD.test(lineBefore(text, start, 120)))) return;
  if (sshPublicKeyAt(text, start)) return;
  hits.push({ rule: 'masked-key', start, end: i });
}

/** A value's characters: a key's, base64's and a password's symbols (no blank, quote, bracket or separator). */
const CUT_CHAR = /[A-Za-z0-9_+/!#$%^&*~@-]/;
/** A name and its assignment before a value (`API_KEY=`, `"password": "`, `\\"token\\": \\"`, `secret: '`). */
const NAMED = /([A-Za-z][A-Za-z0-9_.-]{1,63})\\?["']?[ \t]{0,4}[:=][ \t]{0,4}(?:\\?["'`])?$/;

/**
 * The characters shown of a value assigned to a secret's name and cut at `i` by a mark or a preview's end
 * (`export API_KEY="9hW4…+sI…`, `"password": "59366b10b4…`, `OPENAI_API_KEY=AKIAKDNW…`, JSON-escaped too), added to
 * `hits`: the name says what they are, so base64's `+/`, a password's symbols and hex count, as they would whole
 * (judgeAssignment). Ten characters at least, not words nor digits alone (`"token": "Loading...`).
 */
function namedCut(text: string, i: number, hits: Hit[]): void {
  let s = i;
  while (s > 0 && i - s < 200 && CUT_CHAR.test(text[s - 1]!)) s--;
  const value = text.slice(s, i);
  // Digits alone (`token_count: 1234567890...`) and words (`InitialisingTheClient...`) are no key's head.
  if (value.length < 10 || /^\d+$|^(?![A-Z]+$)[A-Za-z]+$/.test(value) || namedShape(value)) return;
  // An assignment's mark or quote right before the value, or NAMED (searched from every start of its slice) is not run.
  if (!/[=:"'`\\ \t]/.test(text[s - 1] ?? '')) return;
  const m = NAMED.exec(text.slice(Math.max(0, s - 80), s));
  if (!m || judgeAssignment(m[1]!, value) === null) return;
  hits.push({ rule: 'masked-key', start: s, end: i });
}

/** A JSON field holding a text cut at a fixed length (MassGen's `reason_preview`, `final_answer_preview`). */
const PREVIEW = /preview\\?"[ \t]{0,4}:[ \t]{0,4}\\?"/y;
/** The longest preview read for its end. */
const MAX_PREVIEW = 4096;

/** The ends of previews: where a cut left a key's first characters (round 24), each read up to MAX_PREVIEW. */
function previewEnds(text: string, hits: Hit[]): void {
  let from = 0;
  for (let i = text.indexOf('preview', from); i !== -1; i = text.indexOf('preview', from)) {
    from = i + 7;
    PREVIEW.lastIndex = i;
    if (!PREVIEW.test(text)) continue;
    const stop = Math.min(text.length, PREVIEW.lastIndex + MAX_PREVIEW);
    let e = PREVIEW.lastIndex;
    // (Its escapes may be decoded: a preview of several lines is one value.)
    while (e < stop && text[e] !== '"') e += text[e] === '\\' && text[e + 1] !== '"' ? 2 : 1;
    from = Math.max(from, e);
    if (text[e] !== '"') continue;
    shownBefore(text, text[e - 1] === '\\' ? e - 1 : e, hits, true);
  }
}

function maskHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const mark of MARKS)
    for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + mark.length)) {
      shownBefore(text, i, hits);
      namedCut(text, i, hits);
    }
  previewEnds(text, hits);
  tailHits(text, hits);
  return hits.sort((a, b) => a.start - b.start);
}

/** Marks before the characters a tool shows of a key's end: those of MARKS, and a run of x (`xxxxxxxx3MGo…`). */
const TAIL_MARKS = [...MARKS, 'xxxxxx', 'XXXXXX'] as const;
const TAIL_CHAR = /[A-Za-z0-9_-]/;

/**
 * The characters shown after a mark (`sk-...XwU0i89tBd`, `****************mQS8uq26w2`, `xxxxxxxx3MGoueFFpV`), added to
 * `hits` when they are ten or more random characters on a line naming a key. Each run of a mark's character is read
 * once, to its end (a run of `x` or `*` may be megabytes long), and at most 120 characters after it.
 */
function tailHits(text: string, hits: Hit[]): void {
  for (const mark of TAIL_MARKS) {
    const ch = mark[0]!;
    for (let i = text.indexOf(mark); i !== -1;) {
      let e = i + mark.length;
      while (e < text.length && text[e] === ch) e++;
      const next = text.indexOf(mark, e);
      // A run of x starts a token (or follows a prefix's `-` or `_`): `xxxxxx` inside a word is no mark.
      const starts = ch !== 'x' && ch !== 'X' ? true : !/[A-Za-z0-9]/.test(text.charAt(i - 1));
      let end = e;
      while (end < text.length && end < e + 120 && TAIL_CHAR.test(text[end]!)) end++;
      if (
        starts &&
        end - e >= 10 &&
        end < e + 120 &&
        !/[./@]/.test(text.charAt(end)) &&
        shownKey(text.slice(e, end)) &&
        SECRET_WORD.test(lineBefore(text, i, 120)) &&
        !sshPublicKeyAt(text, i)
      )
        hits.push({ rule: 'masked-key', start: e, end });
      i = next;
    }
  }
}

/** The pass of masked keys that show ten or more characters (see the file's comment). */
export function maskPass(): Pass {
  return {
    ...runPass(maskHits),
    requires: (t: string) => TAIL_MARKS.some((m) => t.includes(m)) || t.includes('preview'),
  };
}
