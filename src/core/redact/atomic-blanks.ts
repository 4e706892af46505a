/**
 * Blank runs a regex takes whole (round 24, issue 11 category 7, "never a hang"): a lookahead's capture, then its
 * backreference, since JavaScript has no atomic group (spread-values.ts's `blanks`). Runs side by side that may each
 * take blanks split a run every way: at most three words before a value, each followed by `[ \t]*[:=]?[ \t]+`, took
 * over 20 s of CPU for 424 characters (`secret` and 100 blanks, four times: context.ts's prose tail).
 */

/** A run of `run` taken whole and never given back; `name` must be unique in its regex. */
export const atomic = (name: string, run = String.raw`[ \t]*`): string => String.raw`(?=(?<${name}>${run}))\k<${name}>`;

/**
 * `[ \t]+(?:[A-Za-z]{1,12}[ \t]*[:=]?[ \t]+){0,3}` (blanks, then at most three short words each followed by blanks, a
 * `:` or `=` in them) with each blank run taken whole: what follows (a word, a value) starts with no blank or `:`, so
 * no match is lost. `p` prefixes the groups' names.
 */
export const wordsGap = (p: string, lead = true): string =>
  (lead ? atomic(`${p}0`, String.raw`[ \t]+`) : '') +
  String.raw`(?:[A-Za-z]{1,12}(?:${atomic(`${p}1`, String.raw`[ \t]*[:=]`)})?${atomic(`${p}2`, String.raw`[ \t]+`)}){0,3}`;
