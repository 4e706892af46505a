/**
 * The literal strings every match of a regex source starts with, read from the source itself:
 * `(?:hf|api_org)_[A-Za-z]{30,}` starts with `hf_` or `api_org_`, `a[ks]-…` with `ak-` or `as-`.
 * Only a small subset of the syntax is expanded (literals, escaped punctuation, small character
 * classes, groups, alternation, fixed and minimum repeats); anything else ends the expansion there,
 * which keeps every string a true prefix of every match that starts with it. The shape finder
 * (finder.ts) uses them to look for a prefix rule only where a token starts.
 */

/** Expansion stops at a class of more characters than this, or when the set would exceed CAP strings. */
const CLASS_MAX = 12;
const CAP = 64;

interface Expansion {
  strings: string[];
  /** False when expansion stopped inside (what follows cannot be appended). */
  whole: boolean;
}

class Reader {
  i = 0;
  constructor(readonly s: string) {}
  peek(k = 0): string {
    return this.s[this.i + k] ?? '';
  }
}

/** The characters of a class body (after `[`), or null for a negated, large or unreadable class. */
function classChars(r: Reader): string[] | null {
  const chars = new Set<string>();
  let ok = r.peek() !== '^';
  for (; r.i < r.s.length && r.peek() !== ']'; r.i++) {
    let c = r.peek();
    if (c === '\\') {
      r.i++;
      c = r.peek();
      if (/[A-Za-z0-9]/.test(c)) ok = false;
    }
    if (r.peek(1) === '-' && r.peek(2) !== ']' && r.peek(2) !== '') {
      const to = r.peek(2) === '\\' ? (r.s[r.i + 3] ?? '') : r.peek(2);
      r.i += r.peek(2) === '\\' ? 3 : 2;
      for (let k = c.charCodeAt(0); k <= to.charCodeAt(0) && chars.size <= CLASS_MAX; k++)
        chars.add(String.fromCharCode(k));
    } else chars.add(c);
  }
  r.i++;
  return ok && chars.size <= CLASS_MAX ? [...chars] : null;
}

/** One atom's strings (a literal, a class, a group), or null when it cannot be expanded. */
function atom(r: Reader): Expansion | null {
  const c = r.peek();
  r.i++;
  if (c === '(') {
    if (r.peek() === '?') {
      if (r.peek(1) === ':') r.i += 2;
      else if (r.peek(1) === '<' && /[A-Za-z]/.test(r.peek(2))) r.i = r.s.indexOf('>', r.i) + 1;
      else return null; // a lookaround
    }
    const inner = alternation(r);
    if (r.peek() !== ')') return null;
    r.i++;
    return inner;
  }
  if (c === '[') {
    const chars = classChars(r);
    return chars ? { strings: chars, whole: true } : null;
  }
  if (c === '\\') {
    const e = r.peek();
    r.i++;
    if (e === 'd') return { strings: [...'0123456789'], whole: true };
    return /[A-Za-z0-9]/.test(e) ? null : { strings: [e], whole: true };
  }
  if ('.^$|)*+?{'.includes(c)) return null;
  return { strings: [c], whole: true };
}

/** A quantifier after an atom: its minimum and whether it is fixed; null when there is none. */
function quantifier(r: Reader): { min: number; fixed: boolean } | null {
  const c = r.peek();
  if (c === '?' || c === '*' || c === '+') {
    r.i++;
    if (r.peek() === '?') r.i++;
    return { min: c === '+' ? 1 : 0, fixed: false };
  }
  const m = c === '{' ? /^\{(\d+)(,(\d*))?\}\??/.exec(r.s.slice(r.i)) : null;
  if (!m) return null;
  r.i += m[0].length;
  return { min: Number(m[1]), fixed: m[2] === undefined };
}

/** Appends each of `tail` to each of `head`, capping each string at `max` characters; null over CAP. */
function cross(head: string[], tail: string[], max: number): string[] | null {
  const out = new Set<string>();
  for (const h of head) for (const t of tail) out.add((h + t).slice(0, max));
  return out.size > CAP ? null : [...out];
}

/** The strings of a sequence of atoms, up to `|` or `)`. */
function sequence(r: Reader, max: number): Expansion {
  let acc = [''];
  while (r.i < r.s.length && r.peek() !== '|' && r.peek() !== ')') {
    if (acc.every((s) => s.length >= max)) return { strings: acc, whole: false };
    const at = r.i;
    const a = atom(r);
    if (!a) {
      r.i = at;
      return { strings: acc, whole: false };
    }
    const q = quantifier(r);
    if (q && q.min === 0) return { strings: acc, whole: false };
    let next: string[] | null = acc;
    for (let k = 0; k < (q && a.whole ? Math.min(q.min, max) : 1) && next; k++) next = cross(next, a.strings, max);
    if (!next) return { strings: acc, whole: false };
    acc = next;
    if (!a.whole || (q && !q.fixed)) return { strings: acc, whole: false };
  }
  return { strings: acc, whole: true };
}

/** The strings of an alternation, up to the `)` that closes it (not consumed). */
function alternation(r: Reader, max = 8): Expansion {
  const strings = new Set<string>();
  let whole = true;
  for (;;) {
    const seq = sequence(r, max);
    seq.strings.forEach((s) => strings.add(s));
    // A branch that stopped early: skip the rest of it, to the next branch or the end of the group.
    if (!seq.whole) skipBranch(r);
    whole &&= seq.whole;
    if (r.peek() !== '|') break;
    r.i++;
  }
  return { strings: [...strings], whole };
}

/**
 * Moves past the rest of a branch, to the `|` or `)` that ends it at this level (or the end). Read by character code
 * in a local loop: at every CLI start each rule's source is read here before V8 optimises anything (a call and a
 * one-character string per character made it the start-up's largest function of its own).
 */
function skipBranch(r: Reader): void {
  const s = r.s;
  const n = s.length;
  let depth = 0;
  let i = r.i;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 92)
      i++; // `\`
    else if (c === 91) {
      // `[`: to its `]`
      for (i++; i < n && s.charCodeAt(i) !== 93; i++) if (s.charCodeAt(i) === 92) i++;
    } else if (c === 40)
      depth++; // `(`
    else if (c === 41) {
      // `)`
      if (depth === 0) break;
      depth--;
    } else if (c === 124 && depth === 0) break; // `|`
  }
  r.i = i;
}

/**
 * The strings (of 2 to `max` characters) one of which starts every match of `source`, or null
 * when the source does not say (a branch starts with a large class, a lookaround, a repeat that
 * may be empty).
 */
export function leadingStrings(source: string, max = 8): readonly string[] | null {
  // The passes ask for the same rules' strings several times as they are built (finder, strong prefixes, own finders,
  // binary windows), on every CLI start: each source is read once (the strings are never changed by a caller).
  const key = `${max}\n${source}`;
  const known = readSources.get(key);
  if (known !== undefined) return known;
  const r = new Reader(source);
  const { strings } = alternation(r, max);
  const out = r.i === source.length && strings.length > 0 && strings.every((s) => s.length >= 2) ? strings : null;
  readSources.set(key, out);
  return out;
}
const readSources = new Map<string, readonly string[] | null>();
