/**
 * Where the key-name finder's rest (key-name-pass.ts: flags, command options, the `:` forms of placements.ts and
 * prose-passwords.ts' `login:`, the mnemonic/hmac/contraseña/clave word) may match, from the shared literal scan
 * (alt-finder.ts's RestStarts): its regex, searched over the whole text, tried every `-`, `:` and `c` of it (two
 * thirds of the key-name pass on logs, where `:` is everywhere). The colons are scanned for with the characters
 * around them that colonStart asks for (COLONS): every `:` of a log's JSON and times, scanned and then passed over,
 * was a third of the shared scan. Each position is a superset of the regex's own conditions there, read from one or
 * two characters around it:
 * - a `-`: a flag or `--password-stdin` (`-` after it), `redis-cli` (`c` after it), or an option after a blank, a
 *   quote or `(` (their lookbehinds);
 * - a `:`: `://:`, `::add-mask::`, `:$apr1$`, `:{SHA}` (the characters after it), a pgpass line's `host:5432:`
 *   (a digit or `*` after it, the end of the line's first field), or `login:` and the password words of
 *   other scripts (`n`, `o`, `e` or a character beyond ASCII before it, a blank between allowed);
 * - the word's `c`: the last letter of `mnemonic` and `hmac`, the first of `contrase` and `clave`.
 * Characters beyond ASCII are taken as any (`\s` holds some): the regex decides there.
 */
import type { RestStarts } from './alt-finder.js';
import { BEYOND } from './literal-scan.js';

const SPACE = 32;
/** ASCII `\s`: tab to carriage return, and space. */
const isAsciiSpace = (c: number): boolean => c === SPACE || (c >= 9 && c <= 13);
/** `[\s'"(]` (any character beyond ASCII may be a space). */
const beforeOption = (c: number): boolean => isAsciiSpace(c) || c === 39 || c === 34 || c === 40 || c >= 128;
/** `[no…e]` of PASSWORD_COLON, case folded, or a character beyond ASCII. */
const endsPasswordWord = (c: number): boolean => {
  const l = c | 0x20;
  return l === 110 || l === 111 || l === 101 || c >= 128;
};
/** Not `[:\s#"'{,]`: a character of a pgpass line's first field. */
const inFirstField = (c: number): boolean =>
  !isAsciiSpace(c) && c !== 58 && c !== 35 && c !== 34 && c !== 39 && c !== 123 && c !== 44 && !Number.isNaN(c);

function dashStart(text: string, at: number): boolean {
  const n = text.charCodeAt(at + 1);
  return n === 45 || (n | 0x20) === 99 || beforeOption(text.charCodeAt(at - 1));
}

/** The `:` at `at` ends a line's first field: 1 to 253 characters of it before, from the line's start. */
function endsFirstField(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= 253 && inFirstField(text.charCodeAt(i))) i--;
  return i < at - 1 && (i < 0 || text.charCodeAt(i) === 10);
}

function colonStart(text: string, at: number): boolean {
  const n = text.charCodeAt(at + 1);
  // `://:`, `::add-mask::`, `:$apr1$`, `:{SHA}`.
  if ((n === 47 && text.startsWith('//:', at + 1)) || n === 58 || n === 36 || n === 123) return true;
  const b = text.charCodeAt(at - 1);
  if (((n >= 48 && n <= 57) || n === 42) && endsFirstField(text, at)) return true;
  return endsPasswordWord(b) || ((b === SPACE || b === 9) && endsPasswordWord(text.charCodeAt(at - 2)));
}

/**
 * The colons colonStart may accept, by the characters around them (not every `:`: JSON and logs are full of them):
 * those after it, and a password word's last letter (or a character beyond ASCII: BEYOND), maybe a blank between.
 */
const COLONS = [
  ...['://:', '::', ':$', ':{', ':*', ...'0123456789'.split('').map((d) => `:${d}`)],
  ...['n', 'o', 'e', BEYOND].flatMap((w) => [`${w}:`, `${w} :`, `${w}\t:`]),
];

export const KEY_REST_STARTS: RestStarts = {
  literals: ['-', ...COLONS, 'mnemonic', 'hmac', 'contrase', 'clave'],
  start(text, at) {
    const c = text.charCodeAt(at);
    if (c === 45) return dashStart(text, at) ? at : -1;
    if (c === 58) return colonStart(text, at) ? at : -1;
    const l = c | 0x20;
    // A word's last letter before its colon (or a blank then it).
    if (l === 110 || l === 111 || l === 101 || c >= 128) {
      const colon = text.charCodeAt(at + 1) === 58 ? at + 1 : at + 2;
      return colonStart(text, colon) ? colon : -1;
    }
    // mnemonic, hmac: the `c` they end with; contrase, clave: their first.
    return l === 109 ? at + 7 : l === 104 ? at + 3 : at;
  },
};
