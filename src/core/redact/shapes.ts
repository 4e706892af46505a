/**
 * The shape of a provider rule (rules.ts holds the table) and the regex pieces rules are built
 * from. Each rule has an id (the placeholder's type), literal keywords for the prefilter, and a
 * regex source. When a rule has a `secret` group, only that group is replaced (the user name of a
 * URL, a header's scheme stay readable); otherwise the whole match is.
 *
 * Prefix rules must start a token (startsToken), so a prefix found in the middle of a word,
 * an identifier or a base64 run (`task-`, `ghost_`, a PNG data URL) never starts a match.
 */
export interface ShapeRule {
  id: string;
  /**
   * Literals, at least one of which occurs in any text the rule matches: exact case for
   * case-sensitive rules, lowercase for case-insensitive ones (checked in lower, Title and UPPER case).
   * Every keyword costs the finder a little on every byte, more when it starts with a common
   * letter or digit: share one where rules can (`sk-`, `xox`, `secret_`), and prefer a literal
   * that starts with a rare punctuation character (`:AA`, `//0`): it puts the rule in the rare
   * pass, which runs only on text a plain substring search finds it in (one search per keyword,
   * and slow when its first character is common: not `.`).
   */
  keywords: readonly string[];
  /** Regex source (no flags); may define a named group `s` for the part to replace. */
  source: string;
  /** Case-insensitive rules are compiled into a separate pass. */
  caseInsensitive?: boolean;
  /**
   * The match must start a token: the character before it may not continue one (see
   * startsToken). Checked in code, not by a lookbehind, which would cost a check at every
   * position for every rule and make the combined regex ten times slower.
   */
  prefix?: boolean;
  /**
   * With `prefix`: the whole shape is distinctive though its literal is short (a JWT's three dot-separated parts, which
   * no base64 run holds), so it starts a token after `_`, `-`, `+` or `/` too (`s/OLD/eyJ…/`, `/verify/eyJ…`).
   */
  glued?: boolean;
  /**
   * The match may span lines (a key block): the rule runs on the whole text in a pass of its
   * own, only when the text holds one of its keywords, instead of on the lines the finder flags.
   */
  multiLine?: boolean;
  /**
   * A regex source used as this rule's own prefilter, in a pass of its own, for a token whose only
   * literal is too common to be a keyword (Airtable's `pat`: every `path` and `pattern` would send
   * its line to the whole table): the finder holds the literal and the shape right after it
   * (`pat[A-Za-z0-9]{14}\.`), which V8 scans for as fast as the literal alone.
   */
  finder?: string;
  /**
   * With a group `s` read back in a lookbehind (a token found at a rare literal in its middle, Salesforce's `!AR`): the
   * hit runs from `s` to the match's end, so a body of no fixed length after the lookbehind is taken whole.
   */
  toMatchEnd?: boolean;
}

/**
 * A prefix rule read by its literals as written: case-sensitive and on one line (the readers of a token's parts
 * built from the rules' literals: glued.ts, glued-right.ts, glued-words.ts, name-tokens.ts, stubs.ts).
 */
export const literalPrefixRule = (r: ShapeRule): boolean => r.prefix === true && !r.caseInsensitive && !r.multiLine;

/** An ANSI colour code (raw, or escaped as JSON/Python/shell write it), or a JSON `\n`/`\r`/`\t`. */
const ANSI_OR_ESCAPE = '(?:\\x1b|\\\\u001[bB]|\\\\x1[bB]|\\\\033|\\\\e)\\[[0-9;]*m|\\\\[nrt]';

const ANSI_OR_ESCAPE_AT_END = new RegExp(`(?:${ANSI_OR_ESCAPE})$`);

/**
 * True if a token may start at `index`: the character before it cannot continue a token
 * (word, `-`, base64 `+` and `/`), or it ends an ANSI colour code (`\x1b[31m`) or a JSON
 * escape (`\n`). So a prefix inside a word, an identifier or a base64 run never starts a match.
 */
/** Whether one or two `+`/`-` marks, from a line's start, stand before `index`. */
function diffMarks(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && index - i <= 2 && (text.charCodeAt(i) === 45 || text.charCodeAt(i) === 43)) i--;
  return i < 0 || text.charCodeAt(i) === 10;
}

export function startsToken(text: string, index: number, strong = false): boolean {
  if (index === 0) return true;
  const c = text.charCodeAt(index - 1);
  // A distinctive prefix (strongPrefix) also starts a token glued to a name or a path: `MY_ghp_…`, `/tmp/sk-ant-…`.
  if (strong && (c === 95 || c === 45 || c === 43 || c === 47)) return true;
  const tokenChar =
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 95 ||
    c === 45 ||
    c === 43 ||
    c === 47;
  // A URL's user part starts a token (`https://ghp_…@github.com`: the `/` before it ends the scheme, not a base64 run).
  if (c === 47 && index >= 3 && text.charCodeAt(index - 2) === 47 && text.charCodeAt(index - 3) === 58) return true;
  // A diff's marks alone from the line's start (`-ADMIN_PASSWORD=…`, a combined diff's `++X_KEY=…`: round 29).
  if ((c === 45 || c === 43) && diffMarks(text, index)) return true;
  return !tokenChar || ANSI_OR_ESCAPE_AT_END.test(text.slice(Math.max(0, index - 12), index));
}
/**
 * A prefix distinctive enough to start a token even after `_`, `-`, `+` or `/` (glued to a variable or file name, or
 * after a path's `/`): four characters or more with a `_` or `-` after its first (`ghp_`, `sk-ant-`, `xoxb-`,
 * `sk_live_`). `_` is no base64 character and the match must end where the token ends, so a base64 run hardly ever
 * holds one; short or unseparated prefixes (`sk-`, `hf_`, `AKIA`) still need a boundary (`task-…`, `half_…`).
 */
export const strongPrefix = (literal: string): boolean =>
  (literal.length >= 4 && /^.+[_-]/.test(literal)) || /^(?:AKIA|ASIA|AIza)$/.test(literal);
/**
 * A distinctive prefix's token may end before a `_` and a short lower-case suffix too (`cache_ghp_…_v2`,
 * `x_AKIA…_backup`: hostile 58), a name glued around it; not before `_` and more of a random run (`…_nwwAxVXKxS`, a
 * name that holds a prefix, round 15's twins) or another token (`ghp_…_live_…`, attack 13: the glued pass's).
 */
export const gluedEnd = (source: string): string =>
  source.split(END).join('(?![A-Za-z0-9-])(?!_(?![a-z0-9]{1,8}(?![A-Za-z0-9_-])))');
/** Not followed by a token character: the match took the whole token. */
export const END = '(?![A-Za-z0-9_-])';
/**
 * For tokens that never hold `+`, `/` or `=`: not followed by a base64 character either, so a base64 run that starts
 * like one is no match.
 */
export const END_B64 = '(?![A-Za-z0-9_+/=-])';
export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** A whole value that is a UUID (either case): ids, and the keys some providers issue (Exa, Pinecone, Postmark). */
export const UUID_VALUE = new RegExp(`^${UUID}$`, 'i');
/**
 * After a prefix whose body could also be a word, a slug or a snake_case name (`jina_`, `vcr_`,
 * `re_`, `pa-`, `phx_`): the body holds a capital letter, as random base62 and base64url bodies
 * do (a 22-character one lacks one with odds of 1 in 170,000) and such names do not. Looked for in the first 256
 * characters only: read to the run's end, it made a run of `vck_` repeated quadratic (64 KiB took 1.3 s).
 */
export const MIXED = '(?=[A-Za-z0-9_-]{0,255}[A-Z])';
/** startsToken's rule as a lookbehind: no token character before, or an ANSI code or JSON escape. */
export const BOUNDARY = `(?:(?<![A-Za-z0-9_+/-])|(?<=${ANSI_OR_ESCAPE})|(?<=://))`;

/**
 * For a token whose literal is not at its start (`…8Q~…`, `….atlasv1.…`, `…NRAL`): the regex
 * starts at the literal, so the main alternation keeps branches that start with a literal (one
 * that starts with a character class is tried at every position of every line, which made the
 * table three times slower), and a lookbehind at its end reads the whole token back into group s.
 */
export function fromLiteral(fromLiteralOn: string, whole: string, end = END): string {
  return `${fromLiteralOn}${end}(?<=${BOUNDARY}(?<s>${whole}))`;
}

/**
 * A prefix that must start a token, checked by a lookbehind right after it: `risk-`, `task-`
 * and `disk_` then fail inside the regex instead of matching and being rejected in code, which
 * costs a match object with a group per rule (a third of the table's time on the benchmark).
 */
export const atStart = (prefix: string): string => `${prefix}(?<=${BOUNDARY}${prefix})`;

/**
 * A Discord bot or user token: the user id in base64 (17 to 20 digits: 23 to 28 characters, the
 * first `M`, `N` or `O`), a dot, 6 characters of timestamp, a dot, a 25-40 character HMAC. No
 * literal to key on (a keyword per possible first four characters matched `NODE` and `INDEX` in
 * every bundle and missed ids not written in digits): the finder holds the `.xxxxxx.` middle and
 * the HMAC's start, which V8 scans for at about 0.5 ms per MB, and the rule reads the id back.
 */
export const DISCORD_TOKEN_MIDDLE = '\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{25}';
export const DISCORD_TOKEN = `[MNO](?=[A-Za-z0-9_-]{0,27}[a-z])(?=[A-Za-z0-9_-]{0,27}[A-Z0-9])[A-Za-z0-9_-]{22,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{25,40}`;

/**
 * A name that ends a settings path, after a `/` (Godot's `keystore/release_password=`,
 * `notarization/apple_id_password`): words joined by `/` from the line's start or a blank, no URL's `//` or `:`.
 */
export function settingPath(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 47) return false;
  // Back over the path's characters (at most 200), then the path read whole from its start.
  let start = at - 1;
  while (start > 0 && at - start < 200 && /[\w./-]/.test(text[start - 1]!)) start--;
  if (start > 0 && !/[\s"'[]/.test(text[start - 1]!)) return false;
  return /^[A-Za-z_][\w.-]{0,63}(?:\/[A-Za-z_][\w.-]{0,63}){0,4}\/$/.test(text.slice(start, at));
}
