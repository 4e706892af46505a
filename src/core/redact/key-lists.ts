/**
 * Keys listed under a plural name: `GROQ_KEYS=k1,k2`, `API_KEYS=["…", "…"]`, `OPENAI_API_KEYS="k1 k2"`,
 * `passwords: a;b`, `access_tokens = […]`, and (round 38) a tuple `bot_tokens = ("…", "…")`, `auth_toks`, `API_TKNS`.
 * Each item is judged as a value of the singular name (judgeAssignment:
 * `API_KEY`, or a weak `GROQ_KEY` whose value must read as a key) and must hold a letter and a digit or a symbol (a
 * list of names, `secrets: [DB_PASSWORD]`, or of references is no list of keys). Found where the shared literal scan
 * found `keys`, `secrets`, `passwords`, `tokens`, `toks`, `tkns` (tokens only after a credential's word: `max_tokens`
 * is a count), then
 * read on that line only: a bracketed list, a quoted string of items, or an unquoted run split on `,` and `;`.
 */
import { judgeAssignment } from './key-names.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';

const PLURALS = ['keys', 'secrets', 'passwords', 'tokens', 'toks', 'tkns'];
const scan = literalScan(PLURALS);

const NAME_CHAR = /[A-Za-z0-9_.-]/;
/** After the plural: the name's end, the separator, and the list's opening (`[`, a quote, or nothing). */
const SEPARATOR = /(?![A-Za-z0-9_])\\?["']?[ \t]*(?::=|=>|\?=|=|:)[ \t]*(\[|\(|\\?["']|)/y;
const TOKENS_OWNER = /(?:api|access|auth|bearer|refresh|session|bot|personal|service)[_.-]?(?:tokens|toks|tkns)$/i;
const ITEM_SHAPE = /[A-Za-z]/;
const ITEM_MORE = /\d|[!#$%&*@^~;|+=/]/;
/** A quoted item inside a bracketed list. */
const QUOTED_ITEM = /(\\?["'])([^"'\\\s]{8,512})\1/g;

/** The name ending with the plural found at `at` (at most 64 characters), or null when the plural ends no name. */
function nameAt(text: string, at: number, plural: string): string | null {
  let start = at;
  while (start > 0 && at - start < 60 && NAME_CHAR.test(text[start - 1]!)) start--;
  if (start > 0 && /[A-Za-z0-9_$]/.test(text[start - 1]!) && at - start >= 60) return null;
  const name = text.slice(start, at + plural.length);
  if (plural.startsWith('t') && !TOKENS_OWNER.test(name)) return null;
  return name;
}

function judgeItem(singular: string, item: string, start: number, hits: Hit[]): void {
  if (item.length < 8 || !ITEM_SHAPE.test(item) || !ITEM_MORE.test(item)) return;
  const rule = judgeAssignment(singular, item);
  if (rule !== null) hits.push({ rule, start, end: start + item.length });
}

/** Items split on `sep` in text[from, to), each judged. */
function splitItems(text: string, from: number, to: number, sep: RegExp, singular: string, hits: Hit[]): void {
  let i = from;
  for (const part of text.slice(from, to).split(sep)) {
    const at = text.indexOf(part, i);
    judgeItem(singular, part, at, hits);
    i = at + part.length;
  }
}

/** How far a list is read after its name. */
const MAX_LIST = 4096;

function listHits(text: string): Hit[] {
  const hits: Hit[] = [];
  // The end of the list last read (a name inside it is one of its items) and of the line last found (searched once
  // per line: a line of `API_KEYS=` repeated searched its end from each name).
  let next = 0;
  let lineEnd = -1;
  for (const at of scan?.(text) ?? []) {
    if (at < next) continue;
    const plural = PLURALS.find((p) => text.slice(at, at + p.length).toLowerCase() === p);
    if (plural === undefined) continue;
    const name = nameAt(text, at, plural);
    if (name === null) continue;
    SEPARATOR.lastIndex = at + plural.length;
    const sep = SEPARATOR.exec(text);
    if (sep === null) continue;
    const open = sep[1]!;
    const from = sep.index + sep[0].length;
    if (from > lineEnd) {
      lineEnd = text.indexOf('\n', from);
      if (lineEnd === -1) lineEnd = text.length;
    }
    const body = text.slice(from, Math.min(lineEnd, from + MAX_LIST));
    next = from + body.length;
    const singular = name.slice(0, -1);
    if (open === '[' || open === '(') {
      const close = body.indexOf(open === '[' ? ']' : ')');
      const list = close === -1 ? body : body.slice(0, close);
      // A list of objects (a JWKS's `"keys": [{"kty": …, "n": …}]`): its members are judged by their own names.
      if (/[{:]/.test(list)) continue;
      const items = [...list.matchAll(QUOTED_ITEM)];
      for (const m of items) judgeItem(singular, m[2]!, from + m.index + m[1]!.length, hits);
      // A flow sequence of plain scalars (YAML `[k1, k2]`).
      if (items.length === 0 && open === '[') splitItems(text, from, from + list.length, /[\s,]+/, singular, hits);
      next = from + list.length;
    } else if (open !== '') {
      const close = body.indexOf(open[open.length - 1]!);
      if (close === -1) continue;
      splitItems(text, from, from + close - (open.length - 1), /[\s,;]+/, singular, hits);
      next = from + close;
    } else {
      const end = body.search(/\s|$/);
      // Code, not a list (`totalMergeKeys=0,this.x=…`, `simpleKeys:!1,`): each item a key, none assigned or called.
      const first = /^[^,;]*/.exec(body)![0];
      if (first.length < 8 || /[=:()]/.test(body.slice(0, end))) continue;
      splitItems(text, from, from + end, /[,;]+/, singular, hits);
      next = from + end;
    }
  }
  return hits;
}

/** The pass of keys listed under a plural name (see the file's comment). */
export function keyListPass(): Pass {
  return runPass(listHits);
}
