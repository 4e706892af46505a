/**
 * Tokens cut in pieces: hard-wrapped at a column width, soft-wrapped onto indented lines, cut by a
 * TUI box's borders, a shell line continuation, or split into string literals that the code
 * concatenates (`"…" + "…"`, Python's and C's adjacent literals). Each piece alone is too short
 * for its family's rule, or leaves the tail out.
 *
 * The principle: a family whose documented form has a fixed length (GitHub's `ghp_` + 36,
 * Anthropic's `sk-ant-api03-` + 93 + `AA`, ...) is joined again across such separators, and the
 * pieces are redacted only when, joined, they make exactly one complete token of that form, with
 * each piece a whole run of token characters. A token that ends its line and is complete already
 * never takes the next line (the join would be longer than the form), so a git SHA or a word on
 * the line after a key is never eaten. Each piece is replaced by its own placeholder, so quotes,
 * indentation and line breaks between them stay (a Python or JS file still parses).
 */
import type { Hit, Pass } from './pass.js';
import { literalFinder } from './pass.js';
import { startsToken } from './rules.js';

interface WholeForm {
  rule: string;
  keywords: readonly string[];
  /** The complete token (anchored when compiled). */
  whole: string;
}

/** Families with a documented fixed-length form (the rule ids are those of rules.ts). */
const FORMS: readonly WholeForm[] = [
  { rule: 'anthropic-api-key', keywords: ['sk-ant-'], whole: 'sk-ant-[a-z]{3,8}\\d{2}-[A-Za-z0-9_-]{93}AA' },
  { rule: 'openai-api-key', keywords: ['sk-proj-', 'sk-svcacct-', 'sk-admin-'], whole: 'sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}' },
  { rule: 'openrouter-api-key', keywords: ['sk-or-v1-'], whole: 'sk-or-v1-[a-f0-9]{64}' },
  { rule: 'github-token', keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], whole: 'gh[pousr]_[A-Za-z0-9]{36}' },
  { rule: 'github-fine-grained-pat', keywords: ['github_pat_'], whole: 'github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}' },
  { rule: 'gitlab-token', keywords: ['glpat-'], whole: 'glpat-[A-Za-z0-9_-]{20}' },
  { rule: 'google-api-key', keywords: ['AIza'], whole: 'AIza[0-9A-Za-z_-]{35}' },
  { rule: 'stripe-secret-key', keywords: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'], whole: '[sr]k_(?:live|test)_(?:[A-Za-z0-9]{24}|[A-Za-z0-9]{99})' },
  { rule: 'sendgrid-api-key', keywords: ['SG.'], whole: 'SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}' },
  { rule: 'groq-api-key', keywords: ['gsk_'], whole: 'gsk_[A-Za-z0-9]{52}' },
  { rule: 'xai-api-key', keywords: ['xai-'], whole: 'xai-[A-Za-z0-9]{80}' },
  { rule: 'huggingface-token', keywords: ['hf_'], whole: 'hf_[A-Za-z]{34}' },
  { rule: 'perplexity-api-key', keywords: ['pplx-'], whole: 'pplx-[A-Za-z0-9]{48}' },
  { rule: 'npm-token', keywords: ['npm_'], whole: 'npm_[A-Za-z0-9]{36}' },
  { rule: 'slack-token', keywords: ['xoxb-', 'xoxp-'], whole: 'xox[bp]-\\d{10,13}-\\d{10,13}(?:-\\d{10,13})?-[A-Za-z0-9]{24,32}' },
];

const WHOLE = new Map(FORMS.map((f) => [f.rule, new RegExp(`^(?:${f.whole})$`)]));
const BY_KEYWORD = new Map(FORMS.flatMap((f) => f.keywords.map((k) => [k, f.rule] as const)));
const FINDER = literalFinder([...BY_KEYWORD.keys()], '');

/** The longest form, so the join stops early. */
const MAX_JOINED = 200;
const MAX_PIECES = 8;
/** A piece: a run of token characters (base64, base64url, and the `.` and `~` some forms hold). */
const PIECE = /[A-Za-z0-9_+/=.~-]+/y;
/**
 * What may separate two pieces: a line break with the indentation, comment or quote marker and
 * TUI box border around it (a hard or soft wrap); a backslash line continuation; the end of one
 * string literal and the start of the next, with `+` (JS, Java, C#), `.` (PHP), `&` (VB) or `||`
 * (SQL) or nothing (Python, C) between them.
 */
const SEPARATOR = new RegExp(
  [
    String.raw`[ \t]*(?:[│┃║|][ \t]*)?\\?\r?\n[ \t]*(?:(?:[│┃║|>#*]|//)[ \t]*)?`,
    String.raw`["'\x60][ \t]*(?:\+|\.|&|\|\||\\?\r?\n)?\s*(?:\+|\.|&|\|\|)?[ \t]*["'\x60]`,
  ].join('|'),
  'y',
);

/** The pieces of a token cut by separators, starting at `at`; the count that makes a whole form, or 0. */
function joinFrom(text: string, at: number, whole: RegExp): [number, number][] {
  const pieces: [number, number][] = [];
  let joined = '';
  let best = 0;
  for (let i = at; pieces.length < MAX_PIECES; ) {
    PIECE.lastIndex = i;
    const p = PIECE.exec(text);
    if (!p) break;
    pieces.push([i, i + p[0].length]);
    joined += p[0];
    if (joined.length > MAX_JOINED) break;
    if (pieces.length >= 2 && whole.test(joined)) best = pieces.length;
    SEPARATOR.lastIndex = i + p[0].length;
    const s = SEPARATOR.exec(text);
    if (!s) break;
    i = s.index + s[0].length;
  }
  return pieces.slice(0, best);
}

/** The pass: each piece of a token rejoined from pieces is a hit of the token's rule. */
export function splitTokenPass(): Pass {
  const keywords = [...BY_KEYWORD.keys()];
  return {
    finder: null,
    regex: FINDER,
    requires: (text) => keywords.some((k) => text.includes(k)),
    resolve: () => null,
    run(text: string): Hit[] {
      const hits: Hit[] = [];
      FINDER.lastIndex = 0;
      for (let m = FINDER.exec(text); m !== null; m = FINDER.exec(text)) {
        if (!startsToken(text, m.index)) continue;
        const rule = BY_KEYWORD.get(m[0]) ?? [...BY_KEYWORD].find(([k]) => text.startsWith(k, m!.index))?.[1];
        if (!rule) continue;
        const pieces = joinFrom(text, m.index, WHOLE.get(rule)!);
        for (const [start, end] of pieces) hits.push({ rule, start, end });
        if (pieces.length > 0) FINDER.lastIndex = pieces[pieces.length - 1]![1];
      }
      return hits;
    },
  };
}
