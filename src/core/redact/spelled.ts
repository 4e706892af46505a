/**
 * Tokens spelled one character at a time (one-step.ts): characters with invisible ones between them (zero-width
 * spaces, joiners, a BOM, soft hyphens), in full-width forms, separated by single spaces or dashes; or as a list of
 * character codes (`bytes([115, 107, …])`, `String.fromCharCode(…)`, `{0x73, 0x6b, …}`, `73 6b 2d …`, `73:6B:2D`,
 * C char arrays `{'s','k',…}`). A list is decoded only when every code is a printable ASCII character: digests with
 * colons (fingerprints, serials) and the bytes of images or data are passed over.
 */
import type { Candidate } from './candidate.js';

/** The fewest characters spelled. */
const MIN = 12;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const INVISIBLE_RUN = /[\w+/=.~\u200b-\u200d\u2060\ufeff\u00ad-]{16,}/g;
const FULL_WIDTH = /[\uff01-\uff5e]/;
const FULL_WIDTH_RUN = /[\w\uff01-\uff5e+/=.~-]{12,}/g;
const SPACED = /(?<![\w+/=.~-])(?:[\w+/=.~-][ -]){11,}[\w+/=.~-](?![\w+/=.~])/g;
const DECIMAL = /(?<![\w.])\d{2,3}(?:[ \t]*,[ \t]*\d{2,3}){11,}(?![\w.])/g;
const HEX = /(?<![\w.])(?:0[xX])?[0-9A-Fa-f]{2}(?:(?:[ \t]*[,:][ \t]*|[ \t]+)(?:0[xX])?[0-9A-Fa-f]{2}){11,}(?!\w)/g;
const CHARS = /(['"])[^'"\\\n]\1(?:[ \t]*,[ \t]*(['"])[^'"\\\n]\2){11,}/g;

const printable = (codes: readonly number[]): boolean => codes.every((c) => c >= 32 && c < 127);

/**
 * A random-looking token spelled out is a secret by itself; spaced out, only with both cases and digits (a list of
 * base-36 numbers, `1a 16 2q …`, reads as one lower-case token).
 */
const randomAlone = (kind: string, d: string): boolean =>
  kind !== 'spaced' || (/[a-z]/.test(d) && /[A-Z]/.test(d) && /\d/.test(d));

function push(out: Candidate[], start: number, end: number, decoded: string | null, kind: string): void {
  if (decoded !== null && decoded.length >= MIN)
    out.push({ ranges: [[start, end]], decoded, kind, random: randomAlone(kind, decoded) });
}

function eachMatch(text: string, re: RegExp, decode: (m: string) => string | null, kind: string, out: Candidate[]) {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && out.length < 64; m = re.exec(text)) {
    push(out, m.index, m.index + m[0].length, decode(m[0]), kind);
  }
}

function codesToText(codes: number[]): string | null {
  return printable(codes) ? String.fromCharCode(...codes) : null;
}

const decimal = (m: string): string | null => codesToText(m.split(/[ \t]*,[ \t]*/).map(Number));
const hexList = (m: string): string | null => {
  const codes = [...m.matchAll(/(?:0[xX])?([0-9A-Fa-f]{2})/g)].map((h) => parseInt(h[1]!, 16));
  return codesToText(codes);
};
const chars = (m: string): string => [...m.matchAll(/(['"])([^'"\\\n])\1/g)].map((c) => c[2]).join('');
/** Every other character (a token spelled with single spaces or dashes between its characters). */
const spaced = (m: string): string | null => {
  let s = '';
  for (let i = 0; i < m.length; i += 2) s += m[i];
  return (/[A-Za-z]/.test(s) && /\d/.test(s)) || (/[a-z]/.test(s) && /[A-Z]/.test(s)) ? s : null;
};

/** Candidates of tokens spelled one character at a time. */
export function spelledCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (INVISIBLE.test(text)) {
    const strip = (m: string): string | null => {
      const s = m.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
      return s.length < m.length ? s : null;
    };
    eachMatch(text, INVISIBLE_RUN, strip, 'invisible', out);
  }
  if (FULL_WIDTH.test(text))
    eachMatch(text, FULL_WIDTH_RUN, (m) => (FULL_WIDTH.test(m) ? m.normalize('NFKC') : null), 'full-width', out);
  eachMatch(text, SPACED, spaced, 'spaced', out);
  eachMatch(text, DECIMAL, decimal, 'char-codes', out);
  eachMatch(text, HEX, hexList, 'hex-bytes', out);
  if (text.includes("','") || text.includes("', '") || text.includes('", "'))
    eachMatch(text, CHARS, chars, 'char-list', out);
  return out;
}
