/**
 * A literal that reaches a secret parameter through a variable (issue 11: prefix-less keys with a neutral name):
 * `k = "…"` then `Mistral(api_key=k)`, `const k = '…'` then `new Cohere({ token: k })`, `v := "…"` then
 * `option.WithAPIKey(v)`, `tok = "…"` then `f"Bearer {tok}"`, `K=…` then `curl -H "Authorization: Bearer $K"`,
 * `let key = String::from("…")` then `.with_api_key(key)`, in one file (a notebook's cells, an answer's code blocks).
 *
 * Found from the use (rare) rather than the literal (every string constant of a bundle): the stems of secret names and
 * `bearer` come from the shared literal scan (literal-scan.ts, the same sets line-values.ts and schemes.ts register, so
 * no new scan of the text); at each, a secret name (isSecretKey: `api_key`, `apiKey`, `WithAPIKey`, `X-API-KEY`) or a
 * scheme given a variable (`= k`, `: k`, `(k)`, `"$k"`, `${k}`, `{k}`, `"+k`), whose assignment to a quoted literal is
 * then looked for before it (the nearest assignment of the name wins: a name read from the environment holds none).
 * The literal must read as a key (labels.ts's `labelled`: a credential, a UUID, 16+ hex mixing letters and digits).
 */
import { isPlaceholderValue, isSecretKey } from './key-names.js';
import { labelled } from './labels.js';
import { literalScan } from './literal-scan.js';
import { charSet } from './line-heads.js';
import { runPass, type Hit, type Pass } from './pass.js';

const STEMS = ['pass', 'secret', 'key', 'salt', 'token', 'pwd', 'auth', 'cred'];
const SCHEMES = ['bearer', 'basic'];
const scan = (words: string[]): ((text: string) => readonly number[]) =>
  literalScan(words) ??
  ((text: string): number[] => [...text.matchAll(new RegExp(words.join('|'), 'gi'))].map((m) => m.index));
const stems = scan(STEMS);
const schemes = scan(SCHEMES);

/** `[\w-]`: a name's characters (`X-API-KEY`, `api_key`). */
const NAME = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-');
const WORD = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_$');

const IDENT = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_');
const END = charSet(' \t\r\n,;)}]"\'`');
/** After a scheme: a blank and an interpolated variable, or the string's end and `+`, `,`, `%` then a variable. */
const SCHEME_USE = /[ \t]+(?:(?:\$\{|#\{|\$|\{)|(?:%s)?["'`][ \t]*[+,%.][ \t]*)([A-Za-z_]\w{0,40})(?=[\s,;)}\]"'`]|$)/y;

/** Names that are no variable holding a literal: keywords, types, the environment. */
const NOT_VARIABLES = new Set(
  (
    'None null nil undefined true false True False self this os env process config settings options opts args kwargs ' +
    'props str string String int number any bool boolean object dict list map Option required optional params ' +
    'Bearer Basic Token bearer basic token'
  ).split(' '),
);

/**
 * An assignment after the variable's name: a type (`: str`, `: &str`, Go's `string`), `=` or `:=`, a wrapper
 * (`String::from(`, `str(`), then a quoted literal (a shell's may be bare, to the line's end or a blank).
 */
const ASSIGN =
  /(?:[ \t]*:[ \t]*&?[A-Za-z_][\w.<>[\]| ]{0,40}?|[ \t]+[A-Za-z_][\w.[\]]{0,30})?[ \t]*:?=(?![=>~])[ \t]*(?:(?:String::from|String|str|to_string)\([ \t]*)?(?:(["'`])([A-Za-z0-9_+/=.~-]{16,200})\1|([A-Za-z0-9_+/=.~-]{16,200})(?=[ \t]*(?:[;\r\n]|$)))/y;
/** Any assignment after the name (`k = os.environ[…]`): the nearest one decides. */
const ANY_ASSIGN = /(?:[ \t]*:[^=\n]{0,40}?)?[ \t]*:?=(?![=>~])/y;

/** How far before a use its variable's assignment is looked for, and how many times the name is tried there. */
const WINDOW = 64 * 1024;
const TRIES = 64;

/** The literal assigned to `name` nearest before `before`, as [start, end] of its value, or null. */
function assignedBefore(text: string, name: string, before: number): [number, number] | null {
  const lo = Math.max(0, before - WINDOW);
  // Searched in the window only (a name not in it would have been looked for back to the text's start).
  const win = text.slice(lo, before);
  let k = win.lastIndexOf(name);
  for (let n = 0, j = lo + k; k !== -1 && n < TRIES; n++, k = k > 0 ? win.lastIndexOf(name, k - 1) : -1, j = lo + k) {
    if (j > 0 && (WORD[text.charCodeAt(j - 1)] === 1 || text.charCodeAt(j - 1) === 46)) continue;
    const at = j + name.length;
    if (WORD[text.charCodeAt(at)] === 1) continue;
    ASSIGN.lastIndex = at;
    const m = ASSIGN.exec(text);
    if (m !== null) {
      const v = m[2] ?? m[3]!;
      const end = m.index + m[0].length - (m[2] !== undefined ? 1 : 0);
      return [end - v.length, end];
    }
    ANY_ASSIGN.lastIndex = at;
    if (ANY_ASSIGN.test(text)) return null;
  }
  return null;
}

/**
 * The variable a secret name at `stem` is given (`api_key=k`), or null; read by hand (a regex per stem cost 4 ms per
 * 16 MB).
 */
function nameUse(text: string, stem: number): [string, number] | null {
  // A name is 64 characters at most: a line of random letters holds stems all along it.
  let e = stem;
  const max = stem + 64;
  while (e < max && NAME[text.charCodeAt(e)] === 1) e++;
  // Its closing quote or bracket (`"api_key": k`, `environ["X_API_KEY"] = k`), `=`, `:` or `(` (not `==`, `=>`, `::`).
  let i = e;
  let c = text.charCodeAt(i);
  if (c === 34 || c === 39) c = text.charCodeAt(++i);
  if (c === 93) c = text.charCodeAt(++i);
  while (c === 32 || c === 9) c = text.charCodeAt(++i);
  if (c !== 61 && c !== 58 && c !== 40) return null;
  const d = text.charCodeAt(i + 1);
  if ((c === 61 && (d === 61 || d === 62 || d === 126)) || (c === 58 && d === 58)) return null;
  c = text.charCodeAt(++i);
  while (c === 32 || c === 9) c = text.charCodeAt(++i);
  // A quote only before an interpolation (`"$k"`, `"${k}"`): `"OPENAI_API_KEY"` is a literal.
  if (c === 34 || c === 39 || c === 96) {
    c = text.charCodeAt(++i);
    if (c !== 36 && c !== 35) return null;
  }
  if (c === 36 || c === 35) c = text.charCodeAt(++i);
  if (c === 123) c = text.charCodeAt(++i);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return null;
  const id = i;
  while (i <= id + 40 && IDENT[text.charCodeAt(i)] === 1) i++;
  // The variable ends the argument, the member or the string (`k,`, `k)`, `k}`, `k"`, `k` at the line's end).
  if (i - id > 40 || (i < text.length && END[text.charCodeAt(i)] !== 1) || refused(text, id, i)) return null;
  let s = stem;
  const min = Math.max(0, stem - 64);
  while (s > min && NAME[text.charCodeAt(s - 1)] === 1) s--;
  while (text.charCodeAt(s) === 45) s++;
  return e - s > 64 || !secretName(text.slice(s, e)) ? null : [text.slice(id, i), s];
}

/**
 * The variables refused last (a secret name's own, `${OPENAI_API_KEY}`: the key-name pass's wherever it is assigned; a
 * keyword), compared in place: a log repeats its few references on every line, and a slice and a lookup for each cost
 * more than the rest of the pass.
 */
const recent: string[] = [];
function refused(text: string, from: number, to: number): boolean {
  for (const r of recent) if (r.length === to - from && text.startsWith(r, from)) return true;
  const id = text.slice(from, to);
  if (!NOT_VARIABLES.has(id) && !valueLike(id) && !secretName(id)) return false;
  if (recent.unshift(id) > 8) recent.pop();
  return true;
}

/** isSecretKey, remembered (a log repeats its few names: `api_key: ${OPENAI_API_KEY}` on every line). */
const judged = new Map<string, boolean>();
function secretName(name: string): boolean {
  let r = judged.get(name);
  if (r === undefined) {
    if (judged.size > 4096) judged.clear();
    judged.set(name, (r = isSecretKey(name)));
  }
  return r;
}

function schemeUse(text: string, at: number): [string, number] | null {
  if (WORD[text.charCodeAt(at - 1)] === 1) return null;
  SCHEME_USE.lastIndex = at + 6;
  const m = SCHEME_USE.exec(text);
  if (m === null || text.slice(at, at + 6).toLowerCase() !== 'bearer') return null;
  return refused(text, m.index + m[0].length - m[1]!.length, m.index + m[0].length) ? null : [m[1]!, at];
}

/** An unquoted value rather than a variable's name (`KEY=sk_live_…`): 16+ characters with digits. */
const valueLike = (id: string): boolean => id.length >= 16 && /\d/.test(id);

function flowHits(text: string): Hit[] {
  const hits: Hit[] = [];
  const seen = new Set<number>();
  const use = (u: [string, number] | null): void => {
    if (u === null) return;
    const r = assignedBefore(text, u[0], u[1]);
    if (r === null || seen.has(r[0])) return;
    const v = text.slice(r[0], r[1]);
    if (isPlaceholderValue(v) || !labelled(v, '')) return;
    seen.add(r[0]);
    hits.push({ rule: 'passed-secret', start: r[0], end: r[1] });
  };
  const at = stems(text);
  for (let k = 0; k < at.length; k++) {
    const u = nameUse(text, at[k]!);
    if (u !== null) use(u);
  }
  for (const p of schemes(text)) if ((text.charCodeAt(p) | 32) === 98) use(schemeUse(text, p));
  return hits.sort((a, b) => a.start - b.start);
}

export function flowPass(): Pass {
  return runPass(flowHits);
}
