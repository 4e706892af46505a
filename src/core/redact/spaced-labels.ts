/**
 * Round 37: passwords holding blanks that the readers of a name's value cut at the first one:
 * - two parts apart by one blank (`password: "Maple tree42!"`, `db_password: 'Maple tree42!'`, `The wifi password is
 *   Maple tree42!`): quoted after a password's name and its separator, or alone to the line's end after it or a
 *   copula; the value is person-passwords.ts' twoPartPassword (one part mixes letters with digits or symbols); round
 *   39: quoted after the name and blanks in fish's `set -x NAME "…"` and csh's `setenv NAME "…"`;
 * - curl's `-u`/`--user` given a quoted `user:pass phrase` (`-u admin:'correct horse battery staple'`, `-u "admin:maple
 *   river stone 42"`): what the quotes hold after the `:` when it has a blank (a `$` in double quotes is the shell's);
 * - `ssh password <words>` with no copula (and `root`, `sudo`, `vpn`, `wifi`, `router`, `server`, `admin`): the words
 *   to the line's end when passphrases.ts' passphraseValue takes them (no sentence's or form's word).
 *
 * Linear: each regex is sticky or global with bounded runs that exclude what ends them.
 */
import { lineBefore } from './line-heads.js';
import { passphraseValue } from './passphrases.js';
import { twoPartPassword } from './person-passwords.js';
import { runPass, type Hit, type Pass } from './pass.js';

/**
 * A password's name, its separator or a copula, then a quoted value closed before `,;})]`, a `#` comment or the
 * line's end, or an unquoted value to the line's end. Each blank run is followed by what no blank is (one run between
 * the quote and the line's end, one after the copula): overlapping runs were quadratic on a line of blanks.
 */
const SPACED =
  /(?<![A-Za-z])(?:password|passwd|passwort|kennwort|passphrase|pwd|pass)(?:["'`]?[ \t]*(?::=|=|:)[ \t]*|[ \t]+(is|ist|est)[ \t]+(?::[ \t]*)?|[ \t]{1,8}(?=["'`]))(?:(["'`])([^\s"'`]{1,40} [^\s"'`]{1,40})\2(?=[ \t]*(?:[,;}\])#]|\r?$))|([^\s"'`]{1,40} [^\s"'`]{1,40}?)\.?[ \t]*\r?$)/dgim;
const CURL_USER =
  /(?:^|[\s(])(?:-[a-zA-Z]{0,4}u|--user|--proxy-user)(?:[ \t]+|=)?(?:(["'])[^\s:'"\\]{0,128}:([^'"\\\r\n]{1,256})\1|[^\s:'"\\]{0,128}:(["'])([^'"\\\r\n]{1,256})\3)/dg;
const SERVICE_WORDS =
  /(?<![A-Za-z0-9_-])(?:ssh|sftp|root|sudo|vpn|wifi|wi-fi|wlan|router|server|admin)[ \t]+(?:password|passwd|pw|passphrase)[ \t]+([a-z0-9.-](?: ?[a-z0-9.-]){7,119})[ \t]*\.?\r?$/dgim;

const at = (m: RegExpExecArray, n: number): [number, number] => m.indices![n]!;
const FORM_FIELD = /(?:label|placeholder|hint|msgid|msgstr|title)["']?[ \t]*[:=]/i;
/** The line around [start, end), at most 512 characters either side (a long line is not read whole per match). */
function lineAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 512), start);
  const after = text.slice(end, end + 512);
  return before.slice(before.lastIndexOf('\n') + 1) + text.slice(start, end) + after.split('\n', 1)[0]!;
}

/** fish's `set` with options (`set -gx`, `set --export`) or csh's `setenv`, then the name, before `at`. */
const SETTER = /(?:^|[;&|(]|\band)[ \t]*(?:set(?:[ \t]+--?[a-zA-Z]{1,12})+|setenv)[ \t]+[\w.-]{0,64}$/;
const setterBefore = (text: string, at: number): boolean => SETTER.test(lineBefore(text, at, 512));

function spacedHits(text: string, hits: Hit[]): void {
  for (const m of text.matchAll(SPACED)) {
    const n = m[3] !== undefined ? 3 : 4;
    const v = m[n]!;
    // A form's or a catalogue's sibling on the line: a label, not a password.
    if (!twoPartPassword(v) || FORM_FIELD.test(lineAround(text, m.index, m.index + m[0].length))) continue;
    // A name and a quoted value apart by blanks alone: fish's `set -x NAME "…"` or csh's `setenv NAME "…"` only.
    const sep = m[0].slice(0, at(m, n)[0] - 1 - m.index);
    if (n === 3 && m[1] === undefined && !/[:=]/.test(sep) && !setterBefore(text, m.index)) continue;
    const [start, end] = at(m, n);
    hits.push({ rule: 'spaced-password', start, end });
  }
}

function curlHits(text: string, hits: Hit[]): void {
  for (const m of text.matchAll(CURL_USER)) {
    const n = m[2] !== undefined ? 2 : 4;
    const v = m[n]!;
    const quote = m[n - 1]!;
    if (!/\b(?:curl|wget|http)\b/.test(lineAround(text, m.index, m.index + 1))) continue;
    if (!v.includes(' ') || v.trim().length < 8 || (quote === '"' && v.includes('$')) || /^[<{[]|^\*+$/.test(v))
      continue;
    const [start, end] = at(m, n);
    hits.push({ rule: 'cli-password', start, end });
  }
}

function serviceWordHits(text: string, hits: Hit[]): void {
  for (const m of text.matchAll(SERVICE_WORDS)) {
    // A sentence's full stop is no part of the words.
    const v = m[1]!.replace(/\.+$/, '');
    if (!passphraseValue(v)) continue;
    const [start] = at(m, 1);
    hits.push({ rule: 'word-passphrase', start, end: start + v.length });
  }
}

function spacedLabelHits(text: string): Hit[] {
  const hits: Hit[] = [];
  if (/pass|pwd|kennwort/i.test(text)) spacedHits(text, hits);
  if (/-u|--user|--proxy-user/.test(text)) curlHits(text, hits);
  if (/ (?:password|passwd|pw|passphrase) /i.test(text)) serviceWordHits(text, hits);
  return hits.sort((a, b) => a.start - b.start);
}

/** The pass of passwords with blanks after their labels (see the file's comment). */
export function spacedLabelPass(): Pass {
  return runPass(spacedLabelHits);
}
