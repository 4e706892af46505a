/**
 * The keyword prefilter of the provider-shape pass. A prefix rule matches only where a token
 * starts (rules.ts, startsToken), so its finder literals are looked for only there: one class
 * check fails at most positions of a line (inside words), where a trie of a thousand keywords
 * made V8 try a branch per first character at every position (the table's finder was a quarter
 * of the redactor's time). The literals of a prefix rule are the strings every match of it
 * starts with (leading.ts); rules that are not prefix rules are looked for anywhere, by those
 * strings or, where the source does not say, by their keywords.
 */
import { literalFinder, type TokenFinder } from './pass.js';
import { leadingStrings } from './leading.js';
import type { ShapeRule } from './rules.js';

/**
 * Characters that continue a token (startsToken): a literal after one of them starts no token. `/`
 * is left out here (startsToken decides): a URL's user part starts after `://` (a third branch for
 * it cost 8% of bench:redact; a candidate after a path's `/` costs one sticky match).
 */
const TOKEN = 'A-Za-z0-9_+-';
/** The same, less `m`, `n`, `r` and `t`. */
const TOKEN_BUT_MNRT = 'A-Za-lo-qsu-z0-9_+-';

/** The finder for a group of shape rules (case-sensitive, one line at a time). */
export function shapeFinder(rules: readonly ShapeRule[]): TokenFinder | RegExp {
  const atStart: string[] = [];
  const anywhere: string[] = [];
  let exact = true;
  for (const r of rules) {
    const leading = leadingStrings(r.source);
    if (leading && r.prefix) atStart.push(...leading);
    // Not at a token's start: the strings its matches start with (`https://` for the webhooks,
    // whose keywords start with common letters), else its keywords.
    else anywhere.push(...(leading ?? r.keywords));
    exact &&= leading !== null;
  }
  // A literal of one character would put the match's second character on the next line.
  if (atStart.length === 0 || anywhere.some((k) => k.length < 2)) return literalFinder([...atStart, ...anywhere], '');
  const gated = literalFinder(atStart, '').source;
  const rest = anywhere.length > 0 ? `|${literalFinder(anywhere, '').source}` : '';
  const build = (token: string): RegExp => new RegExp(`(?:^|[^${token}])(${gated})${rest}`, 'g');
  return { plain: build(TOKEN), escaped: build(TOKEN_BUT_MNRT), exact };
}
