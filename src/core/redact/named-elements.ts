/**
 * A prefix-less value under a secret name split over an array's elements (issue 11, category 7): `api_key =
 * ["abcd1234", "efgh5678"]`, `"token": ["…", "…"]`, YAML's `password: [ab, cd]` and block lists, JS's `const key =
 * ['…', '…'].join('')`. The runs of elements are elements.ts's; the name is read back from the run's first element
 * (arrayName: an assignment, then an opening bracket or a block list's `- `), and the joined value
 * is judged as if assigned to it (judgeAssignment). A plural name (`api_keys`, `tokens`) lists whole values, each
 * judged on its own by the key-name layer: no pieces.
 */
import { elementRuns, runElements } from './elements.js';
import { isWhiteSpace } from './escapes.js';
import { keyLike, mayBeSecretName, PIECE_RULE } from './concat.js';
import { judgeAssignment } from './key-names.js';
import { runPass, type Hit, type Pass } from './pass.js';

/** How far back from its first element an array's opening and name are looked for. */
const BACK = 64;

const isNameChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_.-]/.test(c);

/** From `k` (exclusive) back over blanks, within BACK of `from`. */
function backOverBlanks(text: string, k: number, from: number): number {
  while (k > 0 && from - k < BACK && isWhiteSpace(text.charCodeAt(k - 1))) k--;
  return k;
}

/**
 * The name an array whose first element starts at `first` is assigned to: back over an opening quote, blanks, the
 * opening (`[`, `(`, `{`, `%w[`, `[(`, or a block list's `- ` after a line break), blanks, what assigns (`=`, `:`,
 * `:=`), a closing quote, the name. A plain backward scan of a few characters (a regex tried at each start of a window
 * before each run cost 25 times a run's reading).
 */
function arrayName(text: string, first: number): string | null {
  let k = first;
  if (/["'`]/.test(text[k - 1] ?? '')) k--;
  k = backOverBlanks(text, k, first);
  const open = text[k - 1];
  if (open === '-') k = backOverBlanks(text, k - 1, first);
  else if (open === '[' || open === '(' || open === '{') {
    k = backOverBlanks(text, k - 1, first);
    if (text[k - 1] === '[' || text[k - 1] === '(') k = backOverBlanks(text, k - 1, first);
    if (/%[wW]$/.test(text.slice(k - 2, k))) k -= 2;
  } else return null;
  k = backOverBlanks(text, k, first);
  if (text[k - 1] !== '=' && text[k - 1] !== ':') return null;
  k--;
  if (text[k - 1] === ':') k--;
  while (k > 0 && first - k < BACK && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
  if (text[k - 1] === '"' || text[k - 1] === "'") k--;
  if (text[k - 1] === '\\') k--;
  const end = k;
  while (k > 0 && end - k < 64 && isNameChar(text[k - 1])) k--;
  return k < end && /^[A-Za-z_]/.test(text[k]!) ? text.slice(k, end) : null;
}
const PLURAL = /(?:keys|tokens|secrets|passwords|credentials|creds|ids|values|names|list)$/i;
/** Elements that each start with a word and `_` or `-` (`org_309804`, `req_41915`): a list of ids, no pieces. */
const ID_ELEMENT = /^[a-z]{2,12}[_-]/;
/**
 * Elements that each read as a word or a code name (`Numpad7`, `cmdSave2`, `LParen`, `EOF`) or end as a path or a file
 * (`src/app.ts`): a list of names, no pieces.
 */
const WORDISH = /^(?:[A-Z]+|[A-Z]?[a-z]+)(?:[A-Z][a-z]+)*[A-Z]?\d{0,3}$|[/.][a-z]{1,5}$/;

/** A small number or a member path (`0`, `z.default`, `e.token`): an operand of code, never a piece of a value. */
const CODE_ELEMENT = /^(?:\d{1,3}|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+)$/;

function namedElementHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const run of elementRuns(text)) {
    const elements = runElements(run);
    const first = elements[0]![0];
    const name = arrayName(text, first);
    if (name === null || PLURAL.test(name) || !mayBeSecretName(name)) continue;
    const values = elements.map(([a, b]) => text.slice(a, b));
    if (values.every((v) => ID_ELEMENT.test(v)) || values.every((v) => WORDISH.test(v))) continue;
    // A scheme and its credential (Go's `authorization:[Bearer …]`): the credential is the scheme's reading's.
    if (/^(?:bearer|basic|token|bot|digest|negotiate)$/i.test(values[0]!)) continue;
    // Code, not pieces: a comma expression's operands (`(0, z.default)(e)` in a bundle), an unquoted tuple.
    if (values.some((v) => CODE_ELEMENT.test(v)) || text[first - 1] === '(') continue;
    const joined = values.join('');
    const rule = keyLike(joined) ? judgeAssignment(name, joined) : null;
    if (rule !== null) for (const [start, end] of elements) hits.push({ rule: PIECE_RULE, start, end });
  }
  return hits;
}

export function namedElementPass(): Pass {
  return runPass(namedElementHits);
}
