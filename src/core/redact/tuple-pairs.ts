/**
 * A name and its value with no `=` or `:` between them, as Erlang's and Elixir's tuples write a setting
 * (`{db_password, "…"}`, `{password, <<"…">>}`, `{api_key, '…'}` in `sys.config`) and Clojure's and EDN's maps and
 * Lisp's property lists a keyword's (`:password "…"`, `:db/password "…"`, `(:token "…")`): the key-name layer's finder
 * reads no pair there (attack 57: `{db_password, "*TUj5xXHJP7A"}`, `{:user "app" :password "mySxfnc-8c.C6"}` went
 * out). Found from a secret name's last word before the separator (the shared literal scan); the name is read back to
 * the `{` or `:` that opens it and judged by key-names.ts with the value.
 */
import { judgeAssignment } from './key-names.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';

/** The last words of a secret's name (a longer one before its start: `passphrase`, `pass`), and the separators. */
const WORDS = ['passphrase', 'password', 'passwd', 'pwd', 'pass', 'secret', 'token', 'key', 'credentials'];
/**
 * What may stand between a name and its value's quote: a comma, blanks an aligned file puts (up to four spaces or a tab
 * as literals; the value's reading takes any), Erlang's binary `<<`. Not a quoted atom (`{'refresh_token', '…'}` is a
 * Python set of strings far more often than Erlang: CI on the installed trees).
 */
const BLANKS = ['', ' ', '  ', '   ', '    ', '\t'];
// (Never the quote right after the word: `"api_key":"…"` in JSON is the key-name layer's, and read there.)
const SEPARATORS = ['', ','].flatMap((comma) =>
  BLANKS.filter((b) => comma !== '' || b !== '').flatMap((b) => ['"', "'", '<<"'].map((q) => `${comma}${b}${q}`)),
);
const scan = literalScan(WORDS.flatMap((w) => SEPARATORS.map((s) => `${w}${s}`)));

/**
 * The name before `at` (its last word's start): Erlang's atom after `{` (or Elixir's `:atom`), a keyword after
 * `:` (`:db/password`).
 */
const NAME = /(?:\{[ \t]*:?([a-z][A-Za-z0-9_]{0,63})|(?:^|[\s({[])(:[A-Za-z][\w./-]{0,63}))$/;
/** The value after the name: a quoted string (Erlang's `<<"…">>` binary too) on the line. */
const VALUE = /[ \t]*,?[ \t]*(?:<<)?(["'])([^"'\r\n]{1,256})\1/y;

function tupleHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const at of scan?.(text) ?? []) {
    const word = WORDS.find((w) => text.slice(at, at + w.length).toLowerCase() === w);
    if (word === undefined) continue;
    const end = at + word.length;
    const m = NAME.exec(text.slice(Math.max(0, end - 72), end));
    const name = m?.[1] ?? m?.[2]?.slice(1).replace(/^.*\//, '');
    // The tuple's form needs its comma; a keyword's needs none (a map's `{:password, "…"}` is Elixir's tuple).
    const comma = /^[ \t]*,/.test(text.slice(end, end + 8));
    if (name === undefined || (m![1] !== undefined && !comma)) continue;
    VALUE.lastIndex = end;
    const v = VALUE.exec(text);
    if (v === null) continue;
    const rule = judgeAssignment(name, v[2]!);
    if (rule !== null) hits.push({ rule, start: VALUE.lastIndex - 1 - v[2]!.length, end: VALUE.lastIndex - 1 });
  }
  return hits;
}

/** The pass (see the file's comment). */
export function tuplePairPass(): Pass {
  return runPass(tupleHits);
}
