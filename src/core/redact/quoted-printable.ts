/**
 * Quoted-printable in the view (normalise.ts): whether a text says or looks quoted-printable, and soft line breaks
 * written inside a JSON or JS string, which are read in any text.
 */
import { hexAt, isTokenChar } from './escapes.js';

/**
 * True if the text says `quoted-printable` (or `Quoted-printable`, `QUOTED-PRINTABLE`): each `-`
 * is checked (a native search for one character), where includes() of the phrase scanned every `u`.
 */
export function saysQuotedPrintable(text: string): boolean {
  for (let i = text.indexOf('-', 5); i !== -1; i = text.indexOf('-', i + 1)) {
    if (text.startsWith('uoted-printable', i - 5) || text.startsWith('UOTED-PRINTABLE', i - 5)) return true;
  }
  return false;
}

/**
 * Quoted-printable without a MIME header: an encoded `=` (`=3D`) and a soft line break (`=` ending a line of 60 to 76
 * characters, the encoder's width; or any line holding an encoded `=`, `=3D`, cut after a token character), a soft
 * break at 70 to 76 characters of prose inside a token, or an encoded assignment. A `.env` value that is `3D`, or
 * base64 that ends a line with `=`, is not.
 */
export function looksQuotedPrintable(text: string): boolean {
  const encodedEq = text.includes('=3D');
  for (let i = text.indexOf('=\n'), n = 0; i !== -1 && n < 64; i = text.indexOf('=\n', i + 2), n++) {
    const width = i + 1 - (text.lastIndexOf('\n', i) + 1);
    const line = text.slice(i - width + 1, i);
    // A line of prose at the encoder's width cut inside a token (`… account: tgx_ITl-3650Hp6l5=` then the rest: attack
    // 59, a mail with no `=3D`); base64 wrapped at that width holds no blank, and pads only its last line.
    if (
      width >= 70 &&
      width <= 76 &&
      line.includes(' ') &&
      /[A-Za-z0-9_]$/.test(line) &&
      /[A-Za-z0-9_]/.test(text[i + 2] ?? '')
    )
      return true;
    if (!encodedEq) continue;
    if (width >= 60 && width <= 76 && /=[0-9A-F]{2}/.test(line)) return true;
    // A line cut by hand where the encoder would not (`key=3D…=` and the rest on the next line): its `=3D` says so.
    if (width >= 16 && line.includes('=3D') && /[A-Za-z0-9_.-]$/.test(line)) return true;
  }
  if (!encodedEq) return false;
  // An assignment encoded on a short line, no soft break needed (`AWS_ACCESS_KEY_ID=3DAKIA…`, `href=3D"…"`): `=3D`
  // after a name's last character and before a quote or eight characters of a value (`VIEW=3D` is a value `3D`, and
  // `sha1=3DA9F0C2B7…` a hex value that starts with `3D`).
  for (let i = text.indexOf('=3D'), n = 0; i !== -1 && n < 64; i = text.indexOf('=3D', i + 3), n++)
    if (
      /[A-Za-z0-9_]/.test(text[i - 1] ?? '') &&
      /^(?:["']|[A-Za-z0-9+/_-]{8})/.test(text.slice(i + 3, i + 11)) &&
      !/^[0-9A-Fa-f]{8}/.test(text.slice(i + 3, i + 11))
    )
      return true;
  return false;
}

/** Where a line breaks: a line feed, or `\n` escaped in a string (the `n` after a backslash). */
const breaksLine = (text: string, k: number): boolean =>
  text.charCodeAt(k) === 10 || (text.charCodeAt(k) === 110 && text.charCodeAt(k - 1) === 92);

/**
 * Where a quoted-printable soft line break written inside a JSON or JS string ends (`=` then `\n` escaped, or
 * `\r\n`, a run of backslashes before each), or -1: only between two token characters; unless the text is `qp`, on
 * a line of 40 to 160 characters since the last line break (escaped or not) or opening quote, as an encoder's (76)
 * after escaping.
 */
export function escapedSoftBreak(text: string, i: number, qp: boolean): number {
  let k = i + 1;
  const escapeAt = (c: number): boolean => {
    const from = k;
    while (text.charCodeAt(k) === 92 && k - from < 8) k++;
    if (k === from || text.charCodeAt(k) !== c) return false;
    k++;
    return true;
  };
  if (!escapeAt(110) && !(((k = i + 1), escapeAt(114)) && escapeAt(110))) return -1;
  if (!isTokenChar(text.charCodeAt(i - 1)) || !isTokenChar(text.charCodeAt(k))) return -1;
  if (qp) return k;
  let s = i - 1;
  while (s > i - 161 && s >= 0 && !breaksLine(text, s) && text.charCodeAt(s) !== 34) s--;
  return s >= 0 && i - s >= 40 && i - s <= 160 && (breaksLine(text, s) || text.charCodeAt(s) === 34) ? k : -1;
}

/**
 * A character of two to four bytes of UTF-8 in quoted-printable (`f=C3=BCr` is `für`): read as itself, or null when
 * the bytes after the first are no continuation (a prose word's letters, where `f=C3=BCr` read raw was taken for a
 * password: attack 60).
 */
export function qpCharacter(text: string, i: number, lead: number): { to: number; char: string } | null {
  const n = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  const bytes = [lead];
  for (let k = 1; k < n; k++) {
    const at = i + 3 * k;
    const b =
      text.charCodeAt(at) === 0x3d && /^[89AB][0-9A-F]$/.test(text.slice(at + 1, at + 3)) ? hexAt(text, at + 1, 2) : -1;
    if (b === -1) return null;
    bytes.push(b);
  }
  const char = Buffer.from(bytes).toString('utf8');
  return char.includes('\ufffd') ? null : { to: i + 3 * n, char };
}
