/**
 * Table cells as names and values, for every table format (tables.ts, csv.ts): a header or name
 * cell may be prose (`Mistral API key`, `**DB password**`, `Secret Access Key (prod)`), a value
 * cell may be wrapped in backticks, quotes or bold. A value is judged as if assigned to the name
 * (judgeAssignment), then by the false-positive filter (placeholders, references).
 */
import { isCodeValue, isPlaceholderText } from './benign.js';
import { BoundedAnswers } from './caches.js';
import { isGenericSecretName, looksRandom } from './generic.js';
import { isSecretKey, isWeakSecretKey, judgeAssignment } from './key-names.js';
import { credentialName } from './credential-names.js';
import { wholePhrase } from './phrase-values.js';
import { passphraseValue } from './passphrases.js';
import { PASSWORD_WORD } from './foreign-words.js';

/**
 * True for a column or row name whose values are judged (a secret, weak or generic secret name; not a cursor or
 * reference).
 */
export function isSecretName(name: string): boolean {
  return verdicts.get(name, () => isSecretKey(name) || isWeakSecretKey(name) || isGenericSecretName(name));
}

/**
 * Names judged, with their verdicts: a table repeats its names on every row, and a line of 100,000 `key |` cells
 * judged each one anew (16 µs a name). Bounded: cleared when full.
 */
const verdicts = new BoundedAnswers<string, boolean>(4096);

/** A cell read as a key name (`Mistral API key` → `Mistral_API_key`), or null if it reads as no name. */
export function cellName(cell: string): string | null {
  const t = cell
    .trim()
    .replace(/^(\*\*|__|`|"|')(.*)\1$/, '$2')
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/:$/, '')
    .trim();
  // A password's word of another language (`Kennwort`, `Пароль`, `密码`, `Senha`) names a password column; not
  // `parola` alone (Italian's word, a vocabulary's column).
  if (PASSWORD_WORD.test(t) && !/^parola$/i.test(t)) return 'password';
  // A name in another script (`服务`, `Логин`): a name, not a secret one.
  if (/^\p{L}[\p{L}\p{M}\p{N} _.-]{0,31}$/u.test(t) && /[^\x00-\x7f]/.test(t) && t.split(' ').length <= 3)
    return t.replace(/ +/g, '_');
  if (!/^[A-Za-z_$][A-Za-z0-9 _.$/-]{0,63}$/.test(t) || / {2}/.test(t) || t.split(' ').length > 6) return null;
  return t.replace(/[ /]+/g, '_');
}

/**
 * A keyword argument, not a value: `force_resource_quota=True)` after `credentials,` on a wrapped line of a Python
 * call, `backend=default_backend())`, `access_token_file=None,` (a lower-case name, then a constant, a name or a call
 * without arguments, then the call's end). A password may hold `=` (`Jb9=jZBw…`): it is no such piece.
 */
const callPiece = (v: string): boolean =>
  /^[a-z][a-z0-9_]{2,}=(?:True|False|None|null|[A-Za-z_][\w.]*(?:\(\))?|\d+)\)*,?$/.test(v);

/**
 * The verdict for a cell under a name: the rule and the value's range inside the raw cell, or
 * null. `row`: the name is the cell before it in the same row (a `NAME | value` table), so the
 * value must also read as one (a digit, a symbol, or random: `| Token | required |` is prose).
 */
/** A cloud region (`us-east-1`, `ap-southeast-2`) or a model's name (`gpt-4o-mini`, `claude-3-5-haiku`). */
const SLUG =
  /^(?:(?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-[a-z]+){1,2}-\d{1,2}|(?:gpt|claude|gemini|gemma|llama|mistral|mixtral|qwen|deepseek|grok|phi|command|o\d)(?:-(?:[a-z]+|\d{1,2}[a-z]?))+)$/;

// (also a generator's words in another script, a number glued to the last: `самовар подсолнух снегирь90`)
const phraseCell = (name: string, v: string): boolean =>
  (isSecretKey(name) || credentialName(name)) && (wholePhrase(v) || passphraseValue(v));

export function judgeCell(
  name: string,
  raw: string,
  kind: 'cell' | 'row',
): { rule: string; start: number; end: number } | null {
  // A cell of lines (`<br>` in a Markdown or HTML cell: `key<br>rotated 2025-03`): each line judged.
  if (raw.includes('<br') || raw.includes('<BR')) {
    let at = 0;
    for (const m of raw.matchAll(/<br\s{0,4}\/?>|$/gi)) {
      const hit = judgeCell(name, raw.slice(at, m.index), kind);
      if (hit) return { rule: hit.rule, start: at + hit.start, end: at + hit.end };
      at = m.index + m[0].length;
      if (m[0] === '') break;
    }
    return null;
  }
  const lead = raw.length - raw.trimStart().length;
  let v = raw.trim();
  let start = lead;
  // Quoted, bold, a code span, or an Excel formula's text (`="…"`, kept as text by a spreadsheet).
  const wrap = /^(\*\*|`|"|')(.*)\1$/.exec(v) ?? /^(=")(.*)"$/.exec(v);
  if (wrap) {
    start += wrap[1]!.length;
    v = wrap[2]!;
  }
  // A value cut short by a wide table's column (`ghp_DNlXGYcDVF…`): the part shown is judged.
  if (v.endsWith('\u2026') && !v.startsWith('\u2026')) v = v.slice(0, -1);
  // A diceware passphrase, the whole cell, under a password's or a secret's name (`adjust bronze build blossom`).
  if (/\s/.test(v)) return phraseCell(name, v) ? { rule: 'secret-key-value', start, end: start + v.length } : null;
  if (v.length < 8 || callPiece(v)) return null;
  if (kind === 'row' && !/[\d!@#$%^&*+=~?]/.test(v) && !looksRandom(v)) return null;
  // A region or a model's name beside a key's name is another cell's; other words between dashes may be a
  // passphrase (`cobalt-tundra-cobalt-87`).
  if (kind === 'row' && SLUG.test(v) && !/pass|pwd/i.test(name)) return null;
  const rule = judgeAssignment(name, v);
  if (rule === null) return null;
  if (isPlaceholderText(v) || isCodeValue(v, wrap !== null && wrap[1] !== '**', name, { code: false })) return null;
  return { rule, start, end: start + v.length };
}
