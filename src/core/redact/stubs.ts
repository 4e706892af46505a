/**
 * A key's first part alone (round 31): a message that pastes a key in halves (`first half: npm_4Fh8sK2mQ9xLp7Rt`), a
 * note that quotes how a key starts (`it starts with ghp_Zw3Yb6Nc1Vd5Ju`), a value cut by a tool's column or a
 * copy, with no mark after it (masks.ts reads the marked ones: `sk-proj-Ab3d…`). The full shape does not match, so the
 * shape passes leave it, though its characters are the key's.
 *
 * A stub starts cleanly with a distinctive literal a prefix rule starts with (four characters or more with a `_` or
 * `-`: `ghp_`, `npm_`, `sk-ant-api03-`, `xoxb-`, `glpat-`; strongPrefix), and its body, sixteen characters or more of
 * letters, digits, `_` and `-`, reads as random: capitals and small letters or digits, or letters and three digits,
 * and no words and numbers joined (`npm_config_cache`, `ghp_token_refresh_2`), no run of an alphabet
 * (`abc123def456`) or of one character (`AAAA`), no placeholder (`sk-ant-api03-xxxx…`: hits.ts judges it as the
 * masks' characters). A random body of a length no rule takes (a key's part, a format newer than the rule) is one too:
 * a look-alike of a wrong length holds fewer than sixteen characters. Pieces joined (one-step.ts) are not read so: a
 * stub across array elements is no key's.
 */
import { isTokenChar } from './escapes.js';
import { randomAfterWord } from './glue-reading.js';
import { literalsByHead, strongLiterals } from './glued.js';
import { namedShape } from './learn-gate.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { END, END_B64, startsToken, literalPrefixRule, type ShapeRule } from './shapes.js';

export const STUB_RULE = 'key-stub';

/** The fewest characters of a body read as a key's part (fewer tell little of it). */
const MIN_BODY = 16;
/** The longest body read (a longer token is read by the shape passes, or is no key). */
const MAX_BODY = 256;

/** Literals that are a word and a separator (`test_`, `key-`, `secret_`, `API-`): what follows them is a name. */
const WORDY = /^(?:key|sdk|mob|api|live|test|secret|sess|access|ico|pul)[-_]/i;
/** What completes a stub in tests of the rules' shapes (each character class of a token admits one of them). */
const FILLERS = ['A', 'a', '0'].map((c) => c.repeat(320));

interface StubRule {
  /** The rule's whole shape, sticky: a token it takes is the shape passes'. */
  whole: RegExp;
  /** The shape without its end, sticky: a stub and a filler it matches could start such a token. */
  open: RegExp;
}

/** The literals, longest first, each with the rules they may start. */
function stubLiterals(rules: readonly ShapeRule[]): Map<string, StubRule[]> {
  const byLiteral = new Map<string, StubRule[]>();
  for (const r of rules) {
    if (!literalPrefixRule(r)) continue;
    const literals = [...new Set(strongLiterals(r))].filter((l) => !WORDY.test(l));
    const end = [END, END_B64].find((e) => r.source.endsWith(e));
    const rule = { whole: new RegExp(r.source, 'y'), open: new RegExp(r.source.slice(0, -(end?.length ?? 0)), 'y') };
    for (const l of literals) byLiteral.set(l, [...(byLiteral.get(l) ?? []), rule]);
  }
  return new Map([...byLiteral].sort((a, b) => b[0].length - a[0].length));
}

const stickyAt = (re: RegExp, text: string, at: number): boolean => ((re.lastIndex = at), re.test(text));

/** True when a rule of `rs` takes the token `stub` whole, or none could start with it. */
function notStub(rs: readonly StubRule[], text: string, at: number, stub: string): boolean {
  if (rs.some((r) => stickyAt(r.whole, text, at))) return true;
  return !rs.some((r) => FILLERS.some((f) => stickyAt(r.open, stub + f, 0)));
}

/** A run of an alphabet's consecutive characters for half its length or more (`abc123def456`, `ABCDEFGH`). */
function alphabetRun(v: string): boolean {
  let steps = 0;
  for (let k = 1; k < v.length; k++) if (v.charCodeAt(k) === v.charCodeAt(k - 1) + 1) steps++;
  return steps * 2 >= v.length;
}

/** True when `body` reads as the random part of a key, not as a name, a version or a placeholder. */
export function stubBody(run: string): boolean {
  // (The body without the separators around it: `CFPAT-_cCVqsJG_J90Z1dU-` reads `cCVqsJG_J90Z1dU`.)
  const body = run.replace(/^[_-]+|[_-]+$/g, '');
  if (run.length < MIN_BODY || namedShape(body) || alphabetRun(body)) return false;
  // The body, or a long part of it after a kind's word (`pdl_live_` then `apikey_OImRoptczHZmwSSmE`).
  if (!randomAfterWord(body) && !body.split(/[_-]/).some((p) => p.length >= MIN_BODY && randomAfterWord(p)))
    return false;
  // A letter four times in a row is a placeholder's (`11AAAAAAA0_xxxx`): random base62 of 40 draws one 1 in 6,000.
  return !/([A-Za-z])\1{3}/.test(body);
}

/** The pass of keys' first parts (see the file's comment). */
export function stubPass(rules: readonly ShapeRule[]): Pass | null {
  const byLiteral = stubLiterals(rules);
  const literals = [...byLiteral.keys()];
  // By their first character, longest first (the scan's positions are candidates, each compared as written).
  const byHead = literalsByHead(literals);
  const scan = literalScan(literals);
  if (scan === null) return null;
  return runPass((text) => {
    const hits: Hit[] = [];
    let done = 0;
    for (const q of scan(text)) {
      if (q < done || !startsToken(text, q, false)) continue;
      const literal = byHead.get(text.charCodeAt(q))?.find((l) => text.startsWith(l, q));
      if (literal === undefined) continue;
      const from = q + literal.length;
      let end = from;
      while (end < text.length && end - from <= MAX_BODY && isTokenChar(text.charCodeAt(end))) end++;
      done = end;
      if (end - from > MAX_BODY) continue;
      const body = text.slice(from, end);
      // A whole token is the shape passes'; `.` or `/` after it makes it a name's or a path's part.
      if (/[./@]/.test(text.charAt(end)) && /[A-Za-z0-9]/.test(text.charAt(end + 1))) continue;
      const stub = text.slice(q, end);
      if (!stubBody(body) || notStub(byLiteral.get(literal)!, text, q, stub)) continue;
      hits.push({ rule: STUB_RULE, start: q, end });
    }
    return hits;
  });
}
