/**
 * Recovery and backup codes listed with no label (round 40, attack 40 class C): a list of several codes of one random
 * shape is a secret by itself, wherever it stands (`api_key="…"`, a sentence in any language, a CSV cell, one a line).
 * secret-lists.ts reads codes under a `recovery codes` label; here the list alone is the evidence. The shapes the
 * services print: GitHub's `xxxxx-xxxxx` and other two groups of letters and digits joined by `-` (`XXXX-XXXX`),
 * Google's `1234 5678`, one group of 8 to 12 letters and digits (`a8fk2l9qz0`). A list is five or more codes of one
 * shape (one case, the same group lengths), each after the last with nothing but a separator between them: blanks, a
 * comma or a semicolon, or a line break with a bullet or a number; quotes around each. Letters and digits are random
 * when no group comes twice (`redis-7f8c9 redis-k2j4l` are names), most codes hold a letter no hex digit is (git
 * SHAs, hashes and UUID pieces are hex; GitHub's own `xxxxx-xxxxx` codes are hex, a shape those never have), and
 * dashed ones a digit in two of five (words with dashes have none); undashed, most mix digits with two such letters
 * and change between letters and digits twice a code on average (`server01 server02` are names). Google's codes
 * differ, listed a line or a comma apart (a blank between pairs of numbers is a port or a year list), not in ascending
 * order (times, years). Dates, versions, times and colours have other shapes (`.`, `:`, `#`, three groups), so the
 * code's bounds leave them out.
 */
import { runPass, type Hit, type Pass } from './pass.js';

/**
 * One code: two groups joined by `-` (lower or upper case), Google's two groups of four digits, one group of 8 to 12.
 * Not inside a longer token (a word character, `-`, `.`, `/`, `:`, `@`, `#`, `\` either side; a `.` or `:` that ends a
 * sentence may follow), nor a number in hex (`0x04c11db7`: a table of constants).
 */
const CODE =
  /(?<![\w.#/:@\\-])(?!0x)(?:[a-z0-9]{4,6}-[a-z0-9]{4,6}|[A-Z0-9]{4,6}-[A-Z0-9]{4,6}|\d{4} \d{4}|[a-z0-9]{8,12}|[A-Z0-9]{8,12})(?![\w/@\\-]|[.:][\w/])/g;
/** What stands between two codes of a list: blanks, `,` `;` `|`, a line break with a bullet or number; quotes. */
const GAP = /^["'`]?(?:[ \t]{1,4}|[ \t]*[,;|][ \t]*|[ \t]*\r?\n[ \t]*(?:(?:[-*+\u2022]|\d{1,2}[.)])[ \t]+)?)["'`]?$/;
/** The longest gap read. */
const GAP_MAX = 24;
/** The fewest codes of a list. */
const MIN_CODES = 5;

/**
 * A code's shape: its case, its group lengths and what joins them (`l5-5`, `U4-4`, `d4 4`, `l10`); a dashed code of
 * digits alone has no case (`n5-5`: one of GitHub's hex codes in a hundred holds no letter).
 */
function shapeOf(code: string): string {
  const digits = /^[\d -]+$/.test(code);
  const kind = digits ? (code.includes('-') ? 'n' : 'd') : /[a-z]/.test(code) ? 'l' : 'u';
  return kind + code.replace(/[A-Za-z0-9]+/g, (g) => String(g.length));
}

/** Two codes of one shape, a caseless one taking either case. */
const sameShape = (a: string, b: string): boolean =>
  a === b || ((a[0] === 'n' || b[0] === 'n') && a.slice(1) === b.slice(1));

/** How often `code` changes between a letter and a digit. */
function changes(code: string): number {
  let n = 0;
  for (let i = 1; i < code.length; i++) if (/\d/.test(code[i]!) !== /\d/.test(code[i - 1]!)) n++;
  return n;
}

/** True for a list of codes that reads as random (the module's doc). */
function random(codes: readonly string[], gaps: readonly string[]): boolean {
  const share = (test: (c: string) => boolean): number => codes.filter(test).length / codes.length;
  if (codes[0]!.includes(' ')) {
    const n = codes.map((c) => Number(c.replace(' ', '')));
    const ascending = n.every((v, i) => i === 0 || v > n[i - 1]!);
    return new Set(n).size === n.length && !ascending && !gaps.some((g) => /^[ \t]$/.test(g));
  }
  const groups = codes.flatMap((c) => c.split('-'));
  if (new Set(groups).size !== groups.length) return false;
  // GitHub's codes are hex in two groups of five (`993db-4d329`: attack 42), a shape no digest or UUID piece has.
  const github = codes.every((c) => /^[0-9a-f]{5}-[0-9a-f]{5}$/.test(c));
  if (github) return share((c) => /[a-f]/.test(c)) >= 0.6 && share((c) => /\d/.test(c)) >= 0.6;
  if (share((c) => /[g-z]/i.test(c)) < 0.6) return false;
  if (codes[0]!.includes('-')) return share((c) => /\d/.test(c)) >= 0.4;
  const mixed = share((c) => /\d/.test(c) && /[g-z].*[g-z]/i.test(c)) >= 0.6;
  return mixed && codes.reduce((s, c) => s + changes(c), 0) >= 2 * codes.length;
}

/** The codes of each unlabelled list of recovery codes in `text`, one hit each. */
export function codeListHits(text: string): Hit[] {
  const hits: Hit[] = [];
  let run: RegExpExecArray[] = [];
  let gaps: string[] = [];
  const close = (): void => {
    if (
      run.length >= MIN_CODES &&
      random(
        run.map((m) => m[0]),
        gaps,
      )
    )
      for (const m of run) hits.push({ rule: 'recovery-codes', start: m.index, end: m.index + m[0].length });
    run = [];
    gaps = [];
  };
  CODE.lastIndex = 0;
  for (let m = CODE.exec(text); m !== null; m = CODE.exec(text)) {
    const last = run[run.length - 1];
    if (last) {
      const from = last.index + last[0].length;
      const gap = m.index - from <= GAP_MAX ? text.slice(from, m.index) : null;
      if (gap === null || !GAP.test(gap) || !sameShape(shapeOf(m[0]), shapeOf(last[0]))) close();
      else gaps.push(gap);
    }
    run.push(m);
  }
  close();
  return hits;
}

/** The pass of unlabelled recovery-code lists: on text holding a digit. */
export function codeListPass(): Pass {
  const pass = runPass(codeListHits);
  pass.requires = (text) => /\d/.test(text);
  return pass;
}
