/**
 * The keyword prefilter of the provider-shape pass. A prefix rule matches only where a token
 * starts (rules.ts, startsToken), so its finder literals are looked for only there: one class
 * check fails at most positions of a line (inside words), where a trie of a thousand keywords
 * made V8 try a branch per first character at every position (the table's finder was a quarter
 * of the redactor's time). The literals of a prefix rule are the strings every match of it
 * starts with (leading.ts); rules that are not prefix rules are looked for anywhere, by those
 * strings or, where the source does not say, by their keywords. A prefix rule with a finder of
 * its own (a literal too common alone: Airtable's `pat`, Twilio's `SK`) is looked for by that
 * finder at a token's start, so `"path"` (every line of a JSON manifest) is no candidate.
 */
import { escapeLiteral, literalFinder, type TokenFinder } from './pass.js';
import { leadingStrings } from './leading.js';
import { strongPrefix, type ShapeRule } from './rules.js';
import { tokenStarts } from './token-starts.js';
import { pushAll } from '../lists.js';

/**
 * Characters that continue a token (startsToken): a literal after one of them starts no token. `/`
 * is left out here (startsToken decides): a URL's user part starts after `://` (a third branch for
 * it cost 8% of bench:redact; a candidate after a path's `/` costs one sticky match).
 */
const TOKEN = 'A-Za-z0-9_+-';
/** The same, less `m`, `n`, `r` and `t`. */
const TOKEN_BUT_MNRT = 'A-Za-lo-qsu-z0-9_+-';

/** A literal and the regex source that must follow it ('' for none). */
type Entry = readonly [literal: string, tail: string];

/**
 * A trie of literals (as pass.ts's literalFinder: one branch per first character), where an entry
 * may end in a regex tail; a literal with no tail that another one starts with stands for both.
 */
function trie(entries: readonly Entry[]): string {
  if (entries.some(([l, t]) => l === '' && t === '')) return '';
  const groups = new Map<string, Entry[]>();
  const tails: string[] = [];
  for (const [l, t] of entries) {
    if (l === '') tails.push(`(?:${t})`);
    else {
      const group = groups.get(l[0]!);
      if (group) group.push([l.slice(1), t]);
      else groups.set(l[0]!, [[l.slice(1), t]]);
    }
  }
  const alts = [...[...groups].map(([head, rest]) => escapeLiteral(head) + trie(rest)), ...new Set(tails)];
  return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
}

/**
 * The entries a prefix rule is looked for by: its own finder when that starts with its one literal, else its
 * literals.
 */
function entriesOf(r: ShapeRule, leading: readonly string[]): Entry[] {
  const lit = leading[0]!;
  if (r.finder && leading.length === 1 && escapeLiteral(lit) === lit && r.finder.startsWith(lit))
    return [[lit, r.finder.slice(lit.length)]];
  return leading.map((l) => [l, '']);
}

/** The finder for a group of shape rules (case-sensitive, one line at a time). */
export function shapeFinder(rules: readonly ShapeRule[]): TokenFinder | RegExp {
  const atStart: Entry[] = [];
  // Distinctive prefixes (and every literal of a distinctive shape: glued) are also looked for after `_ - + /`
  // (startsToken's strong case).
  const strong: Entry[] = [];
  const anywhere: string[] = [];
  let exact = true;
  for (const r of rules) {
    const leading = leadingStrings(r.source);
    if (leading && r.prefix) {
      const entries = entriesOf(r, leading);
      pushAll(atStart, entries);
      pushAll(
        strong,
        entries.filter(([l]) => r.glued === true || strongPrefix(l)),
      );
    }
    // Not at a token's start: the strings its matches start with (`https://` for the webhooks,
    // whose keywords start with common letters), else its keywords.
    else pushAll(anywhere, leading ?? r.keywords);
    exact &&= leading !== null;
  }
  // A literal of one character would put the match's second character on the next line.
  if (atStart.length === 0 || anywhere.some((k) => k.length < 2))
    return literalFinder([...atStart.map(([l]) => l), ...anywhere], '');
  const gated = trie(atStart);
  // The strong literals after `_ - + /`: the literal in group 2.
  const strongTrie = strong.length > 0 ? trie(strong) : null;
  const anywhereTrie = anywhere.length > 0 ? literalFinder(anywhere, '').source : null;
  const glued = strongTrie === null ? '' : `|[_+/-](${strongTrie})`;
  const rest = anywhereTrie === null ? '' : `|${anywhereTrie}`;
  const build = (token: string): RegExp => new RegExp(`(?:^|[^${token}])(${gated})${glued}${rest}`, 'g');
  // The same matches, found by the shared literal scan (token-starts.ts).
  const starts = tokenStarts({
    literals: atStart.map(([l]) => l),
    anywhereLiterals: anywhere,
    gated,
    strong: strongTrie,
    anywhere: anywhereTrie,
  });
  return { plain: build(TOKEN), escaped: build(TOKEN_BUT_MNRT), exact, ...(starts ? { starts } : {}) };
}
