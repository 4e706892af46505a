/**
 * The shape finder's matches (finder.ts) found without its regex: `(?:^|[^A-Za-z0-9_+-])(trie)|[_+/-](strong)|rest`
 * made V8 try the trie's branches at every position after a character that ends a token, a full scan of each piece.
 * Its literals are found by the shared literal scan (literal-scan.ts), and at each the regex's alternatives are
 * tried where the regex would have tried them: the trie after a character that may end a token (or at the start
 * of the text), the strong literals after `_ + - /`, the others anywhere. The positions are those of the regex's
 * matches, in its order: one per position its search started at, from the first of its alternatives that matches
 * there.
 */
import { literalScan } from './literal-scan.js';

/** Character codes of finder.ts's TOKEN (then TOKEN_BUT_MNRT): a literal after one of them starts no token. */
function tokenTable(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+-';
const PLAIN = tokenTable(ALNUM);
const ESCAPED = tokenTable(ALNUM.replace(/[mnrt]/g, ''));
/** `_ + / -`: after one of them, a strong literal starts a token too. */
const GLUE = tokenTable('_+/-');
/**
 * The characters after which a literal starts no token, escaped or not, nor glued: the shared scan does not report
 * those starts (a run of `a` is a start of `AAAAAAAA` at every character).
 */
const NEVER = ALNUM.replace(/[mnrt_+-]/g, '');

/** The finder's parts: its literals at a token's start (the trie `gated`, with tails) and strong, and elsewhere. */
interface FinderParts {
  /** The literals at a token's start (gated's and strong's) and those looked for anywhere. */
  literals: readonly string[];
  anywhereLiterals: readonly string[];
  gated: string;
  strong: string | null;
  anywhere: string | null;
}

function sticky(source: string | null): (text: string, at: number) => boolean {
  const re = source === null ? null : new RegExp(source, 'y');
  return (text, at) => {
    if (re === null) return false;
    re.lastIndex = at;
    return re.test(text);
  };
}

/** The `starts` of a token finder (pass.ts), or null when its literals cannot be scanned for (literal-scan.ts). */
export function tokenStarts(parts: FinderParts): ((text: string, escaped: boolean) => number[]) | null {
  const atStart = literalScan(parts.literals, NEVER);
  const anywhereAt = parts.anywhereLiterals.length > 0 ? literalScan(parts.anywhereLiterals) : () => [];
  if (!atStart || !anywhereAt) return null;
  const gated = sticky(parts.gated);
  const strong = sticky(parts.strong);
  const anywhere = sticky(parts.anywhere);
  return (text, escaped) => {
    const token = escaped ? ESCAPED : PLAIN;
    const out: number[] = [];
    // The search position each match was found from and its alternative's rank: the first alternative wins there.
    let lastFrom = -1;
    let lastRank = 0;
    const found = (from: number, rank: number, at: number): void => {
      if (from !== lastFrom) out.push(at);
      else if (rank < lastRank) out[out.length - 1] = at;
      else return;
      lastFrom = from;
      lastRank = rank;
    };
    const others = anywhereAt(text);
    let k = 0;
    for (const q of atStart(text)) {
      // A literal looked for anywhere is found from its own position, before a token-start match found from there.
      for (; k < others.length && others[k]! < q; k++) if (anywhere(text, others[k]!)) found(others[k]!, 3, others[k]!);
      if (q === 0) {
        if (gated(text, 0)) found(0, 0, 0);
      } else {
        const c = text.charCodeAt(q - 1);
        if ((c >= 128 || token[c] === 0) && gated(text, q)) found(q - 1, 1, q);
        else if (c < 128 && GLUE[c] === 1 && strong(text, q)) found(q - 1, 2, q);
      }
    }
    for (; k < others.length; k++) if (anywhere(text, others[k]!)) found(others[k]!, 3, others[k]!);
    return out;
  };
}
