/**
 * A password from a generator with symbols (issue 11, attack 32): `[=7CV)tR[)r9DgYn`, `{q4(3Q1s;rwsu8N-`,
 * `NH0u(C3LOIiGe{`, `=4.p96[f7Pw*jH`, `OPs1MO}kJr,^?TO}`. KeePass, pwgen and most password managers put brackets, `=`
 * and `,` in them, the characters by which the value judges tell code (`getpass(prompt`, `{scale:1`, `a.b||c`) from a
 * key. What code cannot be: brackets out of order, or letters and digits whose class changes at nearly every
 * character (`f7Pw`, `C3LOIiGe`; an identifier's words change class once a word: `s3Bucket.put(x`).
 */
import { classChanges } from './char-classes.js';

const OPENERS = '([{';
const CLOSERS = ')]}';

/**
 * A closer with no opener before it, or one that closes another kind (`)tR[)`, `kJr,^?TO}`, `3rqL}m`); with `whole`,
 * an opener left open too (a whole word, a command line's argument: `abtkBM[+7`).
 */
export function garbledBrackets(v: string, whole = false): boolean {
  const open: number[] = [];
  for (const c of v) {
    const o = OPENERS.indexOf(c);
    if (o >= 0) open.push(o);
    else {
      const k = CLOSERS.indexOf(c);
      if (k >= 0 && open.pop() !== k) return true;
    }
  }
  return whole && open.length > 0;
}

/**
 * 8 to 64 printable characters with a lower and an upper case letter, a digit and a symbol, not a URL, whose brackets
 * are out of order (not with `strict`) or whose letters and digits (the symbols taken out, at least six) change class
 * at 45% of their neighbours or more.
 */
export function generatedPassword(v: string, strict = false): boolean {
  if (!/^[\x21-\x7e]{8,64}$/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v) || !/\d/.test(v)) return false;
  // Symbols beside base64's (`+/`, `-_`, `=` to pad: a key's own shape, judged by the other judges), not a URL's.
  if (/^[A-Za-z0-9+/]+=*$|^[A-Za-z0-9_-]+=*$/.test(v) || /:\/\//.test(v)) return false;
  // `strict`: the class changes are asked for whatever the brackets (minified code's `e(t),n=r}` closes what it did
  // not open).
  if (!strict && garbledBrackets(v)) return true;
  const alnum = v.replace(/[^A-Za-z0-9]+/g, '');
  if (alnum.length < 6 || classChanges(alnum) < 0.45) return false;
  // A call of a name of words (`getV2ApiKey()`, `loadS3Creds(cfg`) is code, not `NH0u(C3LOIiGe{` nor `W(*,f9O7…`.
  const call = /^([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\((?=[\w$"'`)[{]|$)/.exec(v);
  if (call === null || !call[1]!.split('.').every(nameOfWords)) return true;
  // Its arguments, then, change class throughout (`B(8,m5fF9aZ8?`; not minified code's `B(8,m)`).
  const args = v.slice(call[0].length).replace(/[^A-Za-z0-9]+/g, '');
  return args.length >= 6 && classChanges(args) >= 0.45;
}

/**
 * A value that starts with `$` and is no variable (attack 50): a generator's output (`$Kc7UU4k@xadqJ6-`), or a run of
 * 12 characters or more after the `$` with both cases and a digit, changing class at 3 in 10 or more or
 * holding two symbols no variable's name or path has (`$p5aXNusX8QTYFQoh`,
 * `$U67&zJPSGAJRU4k4`); a variable's name is words (`$DB_PASSWORD`, `$awsSecretKey2024`, `$HOME/bin`).
 */
export function sigilLiteral(v: string): boolean {
  if (v[0] !== '$' || v[1] === '{' || v[1] === '(') return false;
  if (generatedPassword(v)) return true;
  const rest = v.slice(1);
  const alnum = rest.replace(/[^A-Za-z0-9]+/g, '');
  return (
    rest.length >= 12 &&
    !/[/\s]/.test(rest) &&
    /[a-z]/.test(alnum) &&
    /[A-Z]/.test(alnum) &&
    /\d/.test(alnum) &&
    (classChanges(alnum) >= 0.3 || (rest.match(/[^\w.:@-]/g) ?? []).length >= 2)
  );
}

/**
 * A name of words: minified code's one or two characters, or a number once at most (`getV2ApiKey`, not `Vk6D2`), each
 * word a name's.
 */
const nameOfWords = (name: string): boolean =>
  name.length <= 2 ||
  ((name.match(/\d+/g) ?? []).length <= 1 && (name.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g) ?? []).every(nameWord));

/** A name's word: an acronym (`API`, `V`), or two letters or more with a vowel (or three at most: `pkg`, `cfg`). */
const nameWord = (w: string): boolean =>
  /^[A-Z]+$/.test(w) || (w.length >= 2 && (w.length <= 3 || /[aeiouy]/i.test(w)));

/**
 * A `{` or `[` first opens a template or a glob (`{password}`, `[abc]*`), unless the value reads as a generator's
 * password: brackets out of balance as a whole word (`[F^0[t0Cu5`), or letters and digits that change class throughout
 * (`{K}!c9P4J9AiJc7`). (A `%` first is a format's or a variable's only as one: generic.ts' isMaskOrVariable.)
 */
export const openedLikeCode = (v: string): boolean =>
  /^[{[]/.test(v) && !garbledBrackets(v, true) && !generatedPassword(v, true);

/**
 * A command line's argument (a whole word) whose brackets are out of balance (`redis-cli -a abtkBM[+7`): no code's,
 * unless it is a call or an index cut there (`os.environ[`, `getpass(`).
 */
export const garbledArgument = (v: string): boolean =>
  garbledBrackets(v, true) && !/^[A-Za-z_$][\w$.]*[[(](?:['"\w$]|$)/.test(v);
