/**
 * A secret-ish name given a JavaScript expression, not a literal (minified bundles, SDK code):
 * `{"x-api-key":e.apiKey}`,
 * `apiKey:null!==(t=e.apiKey)&&void 0!==t?t:Ge("ANTHROPIC_API_KEY")`, `credentials:ln?$e:void 0`,
 * `NoOpAuthProvider=void 0`, `token:r>_f?e.token:(await this.refresh())`. Such a value holds no secret, and replacing
 * it would leave code that no longer parses. An expression is read from where the value starts to the `,`, `;` or
 * closing bracket that ends it, as JavaScript tokens: identifiers (keywords, or word-like names: a random key splits
 * into short parts with digits), numbers, string and template literals, operators, nested brackets; operands and
 * binary operators alternate. It must hold a mark no key holds (`||`, `&&`, `??`, `?.`, `===`, a call, a keyword, a
 * string literal, a ternary) and nothing else. A literal in it may still be a secret (`apiKey:e.apiKey||"…"`): the
 * caller judges each (`literals`).
 */
import { identifierLike } from './benign.js';

export interface JsExpression {
  /** The end of the expression in the text. */
  end: number;
  /** It holds a mark of code (`||`, a call, a keyword, ...): false for a lone identifier or member path. */
  marked: boolean;
  /** The contents of its string literals: [start, end), and whether each is an operand at the top level. */
  literals: { start: number; end: number; top: boolean }[];
}

const KEYWORDS = new Set([
  'void',
  'typeof',
  'new',
  'await',
  'delete',
  'null',
  'undefined',
  'this',
  'true',
  'false',
  'function',
  'async',
  'return',
  'instanceof',
  'in',
  'of',
  'yield',
  'super',
  'NaN',
  'Infinity',
]);
const PREFIX = new Set(['void', 'typeof', 'new', 'await', 'delete', 'yield']);
const BINARY_KEYWORDS = new Set(['instanceof', 'in']);
/** Binary operators, longest first. */
const OPERATORS =
  /^(?:===|!==|\?\?=|\|\|=|&&=|>>>|\.\.\.|==|!=|<=|>=|&&|\|\||\?\?|\?\.(?!\d)|=>|\*\*|<<|>>|[.+\-*/%<>&|^=?:])/;
const MARKS = /^(?:===|!==|==|!=|&&|\|\||\?\?|\?\.|=>|\?)$/;
const IDENT = /^[A-Za-z_$][\w$]*/;
const NUMBER = /^(?:0[xX][0-9a-fA-F]+|\d+(?:\.\d+)?(?:e[+-]?\d+)?)(?![\w$])/;
const MAX = 600;

/** The end of a string or template literal that opens at `i` (nested `${…}` skipped), or -1. */
function literalEnd(text: string, i: number): number {
  const q = text[i]!;
  let depth = 0;
  for (let j = i + 1; j < text.length && j < i + MAX; j++) {
    const c = text[j]!;
    if (c === '\\') j++;
    else if (c === '\n' && q !== '`') return -1;
    else if (q === '`' && c === '$' && text[j + 1] === '{') {
      depth++;
      j++;
    } else if (depth > 0 && c === '}') depth--;
    else if (depth === 0 && c === q) return j + 1;
  }
  return -1;
}

/** The state of one expression being read. */
interface Reader {
  text: string;
  start: number;
  literals: JsExpression['literals'];
  depth: number;
  /** An operand is expected next. */
  operand: boolean;
  marked: boolean;
  ternary: number;
}

/** Reads one token at `i` (not a blank, not the end); returns the index after it, or -1 when it is no JavaScript. */
function step(r: Reader, i: number): number {
  const { text } = r;
  const c = text[i]!;
  const rest = text.slice(i, i + 64);
  if (c === '"' || c === "'" || c === '`') {
    const end = literalEnd(text, i);
    if (end === -1 || !r.operand) return -1;
    const prev = text.slice(r.start, i).trimEnd();
    r.literals.push({ start: i + 1, end: end - 1, top: r.depth === 0 && !/(?:[=!]=|[<>]|\bin)$/.test(prev) });
    r.marked = true;
    r.operand = false;
    return end;
  }
  if (c === '(' || c === '[' || c === '{') {
    if (!r.operand) r.marked = true; // a call or an index
    r.depth++;
    r.operand = true;
    return i + 1;
  }
  if (c === ')' || c === ']' || c === '}') {
    r.depth--;
    r.operand = false;
    return i + 1;
  }
  const id = IDENT.exec(rest)?.[0];
  if (id !== undefined) {
    if (KEYWORDS.has(id)) r.marked = true;
    else if (!identifierLike(id)) return -1;
    if (BINARY_KEYWORDS.has(id) && !r.operand) r.operand = true;
    else if (r.depth === 0 && !r.operand) return -1;
    else r.operand = PREFIX.has(id) || id === 'return' || id === 'async';
    return i + id.length;
  }
  const num = NUMBER.exec(rest)?.[0];
  if (num !== undefined) {
    if (r.depth === 0 && !r.operand) return -1;
    r.operand = false;
    return i + num.length;
  }
  if (r.depth > 0 && (c === ',' || c === ';' || c === ':')) {
    r.operand = true;
    return i + 1;
  }
  return operator(r, i, rest);
}

/** Reads an operator at `i`: a member access needs a name after it, a binary operator an operand before it. */
function operator(r: Reader, i: number, rest: string): number {
  const c = rest[0]!;
  const op = OPERATORS.exec(rest)?.[0] ?? (c === '!' || c === '~' ? c : undefined);
  if (op === undefined) return -1;
  // `!` and `~` are prefixes only: after an operand (`av!fSC5`, a password) they are no JavaScript.
  if ((op === '!' || op === '~') && !r.operand) return -1;
  if (MARKS.test(op) || (c === '!' && r.operand)) r.marked = true;
  if (r.depth === 0 && op === '?') r.ternary++;
  else if (r.depth === 0 && op === ':') r.ternary--;
  if (op === '.' || op === '?.') {
    if (r.operand || !IDENT.test(rest.slice(op.length))) return -1;
    r.operand = true;
  } else if (!r.operand) r.operand = true;
  else if (op !== '!' && op !== '~' && op !== '-' && op !== '+' && op !== '...') return -1;
  return i + op.length;
}

const ENDS = new Set([',', ';', ')', ']', '}', '\n', '\r']);

/** The JavaScript expression that starts at `start`, or null when the text there is none (see the top comment). */
export function jsExpression(text: string, start: number): JsExpression | null {
  const r: Reader = { text, start, literals: [], depth: 0, operand: true, marked: false, ternary: 0 };
  let tokens = 0;
  let i = start;
  const limit = Math.min(text.length, start + MAX);
  while (i < limit) {
    const c = text[i]!;
    // A call or an object that goes on over the next lines (`var require_BearerToken = __commonJS({`).
    if (r.depth > 0 && c === '\n' && r.marked) return { end: i, literals: r.literals, marked: true };
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (r.depth === 0 && (ENDS.has(c) || (c === ':' && !r.operand && r.ternary === 0))) break;
    tokens++;
    i = step(r, i);
    if (i === -1) return null;
  }
  // A `?` with no `:` after it (`av!fSC5?UZP*y0`) is no conditional.
  if (r.depth !== 0 || r.operand || tokens === 0 || r.ternary > 0) return null;
  return { end: i, literals: r.literals, marked: r.marked && tokens > 1 };
}
