/**
 * The passes of the provider shapes and of the known values. The shape table (rules.ts) is
 * compiled into as few regexes as possible, each prefiltered by literals: the multi-line rules
 * (run only on text holding one of their keywords), the case-sensitive table (finder.ts), the
 * rules whose keywords start with punctuation, the case-insensitive rules, and the rules with a
 * finder of their own.
 */
import { candidateGate } from './candidate-gate.js';
import { isAlnum, isTokenChar } from './escapes.js';
import { shapeFinder } from './finder.js';
import { gluedTokenPass } from './glued.js';
import { rightGluedPass } from './glued-right.js';
import type { KnownValue } from './known-values.js';
import { variantSearch, type VariantMatch } from './known-variants.js';
import { MANY_VALUES } from './learned.js';
import { leadingStrings } from './leading.js';
import type { View } from './normalise.js';
import { literalScan } from './literal-scan.js';
import { GrowingLiteralSet } from './many-literals.js';
import { containsAny, escapeLiteral, literalFinder, passHits, type Hit, type Pass } from './pass.js';
import { SHAPE_RULES, startsToken, strongPrefix, type ShapeRule } from './rules.js';
import { gluedEnd } from './shapes.js';
import { BOUNDARY } from './shapes.js';
import { startsInRuns } from './runs.js';

/**
 * For the sticky regex tried at candidates (pass.ts, candidateHits): a prefix rule's branch fails at once where its
 * match could not start a token (startsToken, which resolve still applies). Without it the branch read its run and was
 * dropped at every literal inside it: `/eyJrIjoi` repeated (Grafana's body takes `/`) cost 1.2 s per 32 KiB, 115 s
 * per MiB. The literals are looked for first, so a branch whose literal is not there costs one character's test.
 */
function tokenStartGuard(rule: ShapeRule, strong: readonly string[]): string {
  const literals = rule.prefix ? leadingStrings(rule.source) : null;
  if (!literals?.length) return '';
  const any = (ls: readonly string[]): string => `(?:${ls.map(escapeLiteral).join('|')})`;
  const glued = strong.length ? `|(?=${any(strong)})(?<=[_+/-])` : '';
  return `(?=${any(literals)})(?:${BOUNDARY}${glued})`;
}

/** One pass over a group of shape rules compiled into a single alternation, prefiltered by their keywords. */
function shapePass(
  rules: readonly ShapeRule[],
  flags: string,
  finder: Pass['finder'],
  requires?: (text: string) => boolean,
  starts?: Pass['starts'],
): Pass {
  // A match that starts with one of its rule's distinctive literals starts a token after `_ - + /` too (startsToken's
  // strong case).
  const strong = rules.map((r) =>
    r.prefix ? (leadingStrings(r.source) ?? []).filter((l) => r.glued === true || strongPrefix(l)) : [],
  );
  const alternation = (atStart: (i: number) => string): string =>
    rules
      .map((r, i) => {
        const source = strong[i]!.length > 0 ? gluedEnd(r.source) : r.source;
        return `(?<r${i}>${atStart(i)}${source.replace(/\(\?<s>/g, `(?<s${i}>`)})`;
      })
      .join('|');
  // Both regexes are made on first use: a pass uses one of them (pass.ts: the sticky one where its finder is exact),
  // and a small session's texts reach few passes. Made with the redactor, the two of every pass (up to 30,000
  // characters each) were 48,000 of the 201,000 characters of regex source the smallest bundled session's dry run
  // parsed.
  let regex: RegExp | undefined;
  let sticky: RegExp | undefined;
  const strongAt = (i: number, text: string, at: number): boolean => strong[i]!.some((l) => text.startsWith(l, at));
  const gate = candidateGate(rules, strong);
  return {
    ...(gate ? { gate } : {}),
    finder,
    requires,
    ...(starts ? { starts } : {}),
    get regex(): RegExp {
      return (regex ??= new RegExp(
        alternation(() => ''),
        `gd${flags}`,
      ));
    },
    get sticky(): RegExp {
      return (sticky ??= new RegExp(
        alternation((i) => tokenStartGuard(rules[i]!, strong[i]!)),
        `dy${flags}`,
      ));
    },
    resolve(m) {
      const groups = m.groups!;
      for (let i = 0; i < rules.length; i++) {
        if (groups[`r${i}`] === undefined) continue;
        if (rules[i]!.prefix && !startsToken(m.input, m.index, strongAt(i, m.input, m.index))) return m.index + 1;
        const s = m.indices!.groups![`s${i}`];
        return s
          ? { rule: rules[i]!.id, start: s[0], end: rules[i]!.toMatchEnd ? m.index + m[0].length : s[1] }
          : { rule: rules[i]!.id, start: m.index, end: m.index + m[0].length };
      }
      return null;
    },
  };
}

/**
 * A pass over rules whose every match starts with one of their keywords: its regex is tried where the shared literal
 * scan found one (literal-scan.ts, then compared as written), not on the lines five substring searches of the text
 * pointed at (`:`, `/`, `-` are everywhere: those searches were 8% of the redactor). Else by their keywords' lines.
 */
function keywordPass(rules: readonly ShapeRule[], keywords: readonly string[]): Pass {
  const finder = literalFinder(keywords, '');
  const scan = literalScan(keywords);
  const exact = rules.every((r) => leadingStrings(r.source)?.every((l) => keywords.some((k) => l.startsWith(k))));
  if (!scan || !exact) return shapePass(rules, '', finder, containsAny(keywords));
  const starts = (text: string): number[] => scan(text).filter((i) => keywords.some((k) => text.startsWith(k, i)));
  return shapePass(rules, '', { plain: finder, escaped: finder, exact, starts });
}

/**
 * A rule with a finder of its own; a finder of token characters only (Discord's `\\.[…]{6}\\.[…]{25}`) is searched
 * inside the text's token runs (runs.ts), where its matches are.
 */
function ownFinderPass(r: ShapeRule): Pass {
  return shapePass([r], '', new RegExp(r.finder!, 'g'), undefined, startsInRuns(r.finder!) ?? undefined);
}

/** The provider-shape passes, in the order they run. */
export function shapePasses(): Pass[] {
  const multiLine = SHAPE_RULES.filter((r) => r.multiLine);
  const multiLineKeywords = multiLine.flatMap((r) => r.keywords);
  // A keyword that starts with punctuation (`:AA`) makes the finder check every `:` of JSON
  // and YAML, which halved its speed: such rules get a pass of their own, run only on text
  // that holds one of their keywords (a plain substring search).
  const punctuated = (r: ShapeRule): boolean => r.keywords.some((k) => /^[^A-Za-z0-9]/.test(k));
  const rare = SHAPE_RULES.filter((r) => !r.caseInsensitive && !r.multiLine && !r.finder && punctuated(r));
  // A rule with a finder of its own (a literal too common to be a keyword: rules.ts) joins the
  // table when its literal is looked for at a token's start only (finder.ts): a literal found
  // there costs one try of the table's regex, not a scan of its line.
  const own = (r: ShapeRule): boolean => r.finder !== undefined && !(r.prefix && leadingStrings(r.source));
  const cs = SHAPE_RULES.filter((r) => !r.caseInsensitive && !r.multiLine && !own(r) && !punctuated(r));
  const ci = SHAPE_RULES.filter((r) => r.caseInsensitive);
  const rareKeywords = rare.flatMap((r) => r.keywords);
  const ciKeywords = ci.flatMap((r) => r.keywords);
  return [
    shapePass(multiLine, '', null, containsAny(multiLineKeywords)),
    shapePass(cs, '', shapeFinder(cs)),
    rare.length > 0 ? keywordPass(rare, rareKeywords) : null,
    // Its keywords' lines found by the shared literal scan (literal-scan.ts: case folded, as the finder's `i`).
    shapePass(ci, 'i', literalFinder(ciKeywords, 'i'), undefined, literalScan(ciKeywords) ?? undefined),
    // Rules with a finder of their own (rules.ts: a literal too common to be a keyword).
    ...SHAPE_RULES.filter(own).map((r) => ownFinderPass(r)),
    // Tokens glued to a word or to the next token, with no separator (glued.ts).
    gluedTokenPass(SHAPE_RULES),
    // Tokens glued on the right to more token characters, or starting a path's segment (glued-right.ts).
    rightGluedPass(SHAPE_RULES),
  ].filter((p): p is Pass => p !== null);
}

/**
 * The pass of the known values (given and learned), and of their simple transforms (reversed, rot13, pieces:
 * known-variants.ts) for the first VARIED values (the user's own come first; a config of thousands of learned keys
 * stays cheap); null when there is none.
 */
export function literalPass(values: readonly KnownValue[], grown = new GrowingLiteralSet()): Pass | null {
  const base = valuesPass(values, grown);
  const search = variantSearch(values.filter((v) => v.value.length >= 8));
  if (base === null || search === null) return base;
  const variantHit = (text: string, m: VariantMatch): Hit => {
    const [start, end] = wholeToken(text, m.start, m.end, m.slashed);
    return { rule: 'known-value', start, end, label: `known-value:${m.name}` };
  };
  const run = (text: string): Hit[] => [...passHits(base, text), ...search.find(text).map((m) => variantHit(text, m))];
  const rawOnlyIn = (text: string, view: View): boolean => base.rawOnlyIn?.(text, view) ?? true;
  return { finder: null, regex: /(?!)/g, resolve: () => null, raw: true, rawOnlyIn, run };
}

/** The pass of the known values (given and learned), longest first; null when there is none. */
function valuesPass(values: readonly KnownValue[], grown: GrowingLiteralSet): Pass | null {
  const usable = [...values].filter((v) => v.value.length >= 8).sort((a, b) => b.value.length - a.value.length);
  if (usable.length === 0) return null;
  const byValue = new Map(usable.map((v) => [v.value, v.name]));
  const literals = usable.map((v) => v.value);
  // Built when first used (values are learned one at a time); many values skip the substring search per value
  // (learned.ts).
  let compiled: RegExp | null = null;
  // Many values: one hashed search for all of them (many-literals.ts), built when first used, from the sets built
  // for the values before (values only grow: `grown` is the previous pass's).
  let set: GrowingLiteralSet | null = null;
  const count = values.length;
  const many = usable.length > MANY_VALUES;
  const hit = (text: string, start: number, value: string): Hit => {
    const [from, to] = wholeToken(text, start, start + value.length, value.includes('/'));
    return { rule: 'known-value', start: from, end: to, label: `known-value:${byValue.get(value) ?? 'env'}` };
  };
  return {
    run: many
      ? (text) =>
          (set ??= grown.grow(values, (v) => v.length >= 8, count)).find(text).map((m) => hit(text, m.start, m.value))
      : undefined,
    finder: null,
    raw: true,
    requires: many ? undefined : containsAny(literals),
    rawOnlyIn: literalInEdit(literals),
    get regex(): RegExp {
      return (compiled ??= new RegExp(literals.map(escapeLiteral).join('|'), 'gd'));
    },
    resolve: (m) => hit(m.input, m.index, m[0]),
  };
}

/** Characters a token continues with, but `/` (a path's): a value found glued to a longer token is part of it. */
const continuesToken = (c: number): boolean => c !== 47 && isTokenChar(c);

/**
 * Whether the token goes on after `-` or `_` (or `/` when `slashed`) at text[at] with a part that reads as more of a
 * key (8 letters or digits, not lower-case words: `V-rest`), not a suffix (`V-old`, `V_backup`, `V/notes`).
 */
function continuedAfter(text: string, at: number, slashed = false): boolean {
  const c = text.charCodeAt(at);
  if (c !== 45 && c !== 95 && !(slashed && c === 47)) return false;
  let end = at + 1;
  while (end < text.length && end - at <= 4096 && continuesToken(text.charCodeAt(end))) end++;
  // The rest of the token, `-` and `_` included (`sk-ant-api03-` learned from one key, then `--U_4ENf9uMT6…` of
  // another: the part after `--` holds `_`): eight letters or digits, not lower-case words (`-old`, `_backup-file`).
  const part = text.slice(at + 1, end);
  return part.replace(/[^A-Za-z0-9]/g, '').length >= 8 && !/^[a-z]+(?:[-_][a-z]+)*$/.test(part);
}

/**
 * The whole token a known value was found glued into: a value learned from part of a token (a piece of one wrapped
 * across the lines of a terminal box, a header a family's tokens share) must not leave the rest of a longer one out.
 * Grown only where a letter or digit touches the value, or on the right `-` or `_` then one (`cache-KEY`, `KEY.json`,
 * `KEY-old` stay as they are, `KEY-<random>` is taken whole: continuedAfter), then over base64url
 * characters and `+`, and `=` on the right (padding; on the left it is an assignment's); over `/`, which joins a
 * path's segments, only for a value that holds one (`slashed`: Baidu's `bce-v3/ALTAK-…/<40 hex>`, whose family header
 * a learned key shares with every other) and only to a part that reads as more of a key.
 */
function wholeToken(text: string, start: number, end: number, slashed = false): [number, number] {
  let from = start;
  let to = end;
  if (from > 0 && isAlnum(text.charCodeAt(from - 1)))
    while (from > 0 && continuesToken(text.charCodeAt(from - 1))) from--;
  // A `/` is stepped over only for a value that holds one, then to a part that reads as more of a key.
  for (let grow = isAlnum(text.charCodeAt(to)) || continuedAfter(text, to, slashed); grow;) {
    if (text.charCodeAt(to) === 47) to++;
    while (to < text.length && continuesToken(text.charCodeAt(to))) to++;
    grow = slashed && continuedAfter(text, to, true);
  }
  // Padding: `=` at the token's end only (`Vs=1&b=2` is a query's value and the next pair).
  let pad = to;
  while (pad < text.length && pad - to < 2 && text.charCodeAt(pad) === 61) pad++;
  if (pad > to && pad > end && !continuesToken(text.charCodeAt(pad)) && text.charCodeAt(pad) !== 61) to = pad;
  return jwtAround(text, from, to) ?? [from, symbolTail(text, to)];
}

/**
 * A password's symbol glued after a known value, then more of it (`<known>!sparrow15`, `<known>$bluebird15`): a longer
 * password that starts with the value (one learned as cut at its `#`: `Harbor2011#otter98` read as `Harbor2011`), its
 * tail taken too (attack 36: it went out beside the placeholder). Not `@`, `?`, `&`, `/` or `:` (a URL's or an
 * address's parts).
 */
const SYMBOL_TAIL = /[!$%^*~#][A-Za-z0-9][A-Za-z0-9!$%^*~#_.-]{0,63}/y;
function symbolTail(text: string, to: number): number {
  SYMBOL_TAIL.lastIndex = to;
  const m = SYMBOL_TAIL.exec(text);
  return m === null ? to : to + m[0].replace(/[._-]+$/, '').length;
}

const JWT = /^eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}$/;

/**
 * The whole JSON Web Token a value found in one of its parts belongs to (a part learned elsewhere must not leave the
 * token's header and signature out, as the JWT rule, whose hit the known value's overlaps, would have taken them).
 */
function jwtAround(text: string, from: number, to: number): [number, number] | null {
  if (text.charCodeAt(from - 1) !== 46 && text.charCodeAt(to) !== 46) return null;
  let a = from;
  let b = to;
  while (a > 0 && a > from - 4096 && (continuesToken(text.charCodeAt(a - 1)) || text.charCodeAt(a - 1) === 46)) a--;
  while (b < text.length && b < to + 4096 && (continuesToken(text.charCodeAt(b)) || text.charCodeAt(b) === 46)) b++;
  while (text.charCodeAt(b - 1) === 46) b--;
  return JWT.test(text.slice(a, b)) ? [a, b] : null;
}

/**
 * Whether the original may hold one of the values where the view does not: the two differ only
 * in the edits (normalise.ts), each of which starts with one of `\\`, ESC, `%`, `\r`, `&`, `=`.
 * A value with none of those characters can only be hidden from the view when it starts inside
 * an edit (`\nabc…` holds `nabc…`): those few positions are checked instead of a search of the
 * whole original for each value.
 */
function literalInEdit(values: readonly string[]): (text: string, view: View) => boolean {
  if (values.some((v) => /[\\\x1b%\r&=]/.test(v))) return () => true;
  const first = new Set(values.map((v) => v.charCodeAt(0)));
  return (text, view) => {
    for (let k = 0; k < view.oStart.length; k++) {
      for (let p = view.oStart[k]! + 1, end = view.oStart[k]! + view.oLen[k]!; p < end; p++) {
        if (first.has(text.charCodeAt(p)) && values.some((v) => text.startsWith(v, p))) return true;
      }
    }
    return false;
  };
}
