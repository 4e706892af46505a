/**
 * The documented fixed-length forms of the families split.ts joins across wraps and concatenations (a complete token
 * of one never takes the next line: wraps.ts, hard-wraps.ts), with their keywords; the forms that hold a `:` (webhook
 * URLs, Telegram bot tokens) are read over `:` too (split.ts colonPieces).
 */
import { SHAPE_RULES } from './rules.js';
import { END, END_B64 } from './shapes.js';

interface WholeForm {
  rule: string;
  keywords: readonly string[];
  /**
   * The form holds a `:` (a URL's scheme, Telegram's `<bot id>:AA…`): its pieces are read over `:` too, from where
   * `head` matches (a keyword, or this regex: Telegram's bot id), found in the run of token characters and `:` that
   * ends a line.
   */
  colon?: RegExp;
  /** The complete token (anchored when compiled). */
  whole: string;
}

/** Families with a documented fixed-length form (the rule ids are those of rules.ts). */
const FORMS: readonly WholeForm[] = [
  { rule: 'anthropic-api-key', keywords: ['sk-ant-'], whole: 'sk-ant-[a-z]{3,8}\\d{2}-[A-Za-z0-9_-]{93}AA' },
  {
    rule: 'openai-api-key',
    keywords: ['sk-proj-', 'sk-svcacct-', 'sk-admin-'],
    whole: 'sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}',
  },
  { rule: 'openrouter-api-key', keywords: ['sk-or-v1-'], whole: 'sk-or-v1-[a-f0-9]{64}' },
  { rule: 'github-token', keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], whole: 'gh[pousr]_[A-Za-z0-9]{36}' },
  { rule: 'github-fine-grained-pat', keywords: ['github_pat_'], whole: 'github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}' },
  { rule: 'gitlab-token', keywords: ['glpat-'], whole: 'glpat-[A-Za-z0-9_-]{20}' },
  { rule: 'google-api-key', keywords: ['AIza'], whole: 'AIza[0-9A-Za-z_-]{35}' },
  { rule: 'google-oauth-client-secret', keywords: ['GOCSPX-'], whole: 'GOCSPX-[A-Za-z0-9_-]{28}' },
  {
    rule: 'stripe-secret-key',
    keywords: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'],
    whole: '[sr]k_(?:live|test)_[A-Za-z0-9]{99}',
  },
  { rule: 'sendgrid-api-key', keywords: ['SG.'], whole: 'SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}' },
  { rule: 'groq-api-key', keywords: ['gsk_'], whole: 'gsk_[A-Za-z0-9]{52}' },
  { rule: 'xai-api-key', keywords: ['xai-'], whole: 'xai-[A-Za-z0-9]{80}' },
  { rule: 'huggingface-token', keywords: ['hf_'], whole: 'hf_[A-Za-z]{34}' },
  { rule: 'perplexity-api-key', keywords: ['pplx-'], whole: 'pplx-[A-Za-z0-9]{48}' },
  { rule: 'npm-token', keywords: ['npm_'], whole: 'npm_[A-Za-z0-9]{36}' },
  // Slack bot and user tokens as Slack issues them (the rule takes any length: these forms are whole).
  { rule: 'slack-token', keywords: ['xoxb-'], whole: 'xoxb-\\d{10,13}-\\d{10,13}-[A-Za-z0-9]{24}' },
  { rule: 'slack-token', keywords: ['xoxp-'], whole: 'xoxp-\\d{10,13}-\\d{10,13}-\\d{10,13}-[a-f0-9]{32}' },
  // Webhook URLs and Telegram bot tokens, wrapped by a terminal or a model at any column (their `:` read too).
  {
    rule: 'slack-webhook',
    keywords: ['https://hooks.slack.com/'],
    colon: /https:/y,
    whole:
      'https://hooks\\.slack\\.com/(?:services|workflows|triggers)/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24}',
  },
  {
    rule: 'discord-webhook',
    keywords: ['https://discord.com/api/', 'https://discordapp.com/api/'],
    colon: /https:/y,
    whole: 'https://discord(?:app)?\\.com/api/(?:v\\d+/)?webhooks/\\d{17,20}/[A-Za-z0-9_-]{68}',
  },
  {
    rule: 'telegram-bot-token',
    keywords: [],
    // The bot id, whole before its `:` or cut at the line's end.
    colon: /(?<![0-9])\d{2,10}(?![0-9])/y,
    whole: '\\d{8,10}:AA[A-Za-z0-9_-]{33}',
  },
];

/** The top-level alternatives of a regex's source (`a|b`, or the branches of one `(?:a|b)` around all of it). */
function branches(source: string): string[] {
  const inner = source.startsWith('(?:') && closing(source, 0) === source.length - 1 ? source.slice(3, -1) : source;
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  let inClass = false;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(inner.slice(from, i));
      from = i + 1;
    }
  }
  return [...out, inner.slice(from)];
}

/** The index of the `)` that closes the group opened at `open`, or -1. */
function closing(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * A branch of a rule's shape that matches one length only: no `+`, `*`, `?` (but a group's `(?:`, `(?!`, `(?<!`), no
 * `{m,}` or `{m,n}`, no backreference or named group (the forms are compiled together).
 */
const fixedLength = (branch: string): boolean => {
  // Escaped backslashes out first: a `\1` left is a backreference (read before the other escapes go).
  const plain = branch.replace(/\\\\/g, '');
  if (/\\[1-9]/.test(plain)) return false;
  const bare = plain.replace(/\\./g, '').replace(/\(\?(?:[:=!]|<[=!])/g, '(');
  return !/[+*?]|\{\d+,\d*\}|\(\?</.test(bare);
};

/**
 * The fixed-length branches of the provider shapes (rules.ts: `fc-[a-f0-9]{32}`, Grafana's `glsa_…_<8 hex>`): a token
 * of one is complete, as the documented forms above are.
 */
function ruleForms(): WholeForm[] {
  return SHAPE_RULES.flatMap((r) => {
    const end = [END, END_B64].find((e) => r.source.endsWith(e));
    const source = end === undefined ? r.source : r.source.slice(0, -end.length);
    return branches(source)
      .filter(fixedLength)
      .map((whole) => ({ rule: r.id, keywords: r.keywords ?? [], whole }));
  });
}

/** Each rule's forms, one anchored regex (Slack's token has two). */
export const WHOLE = formsByRule([...FORMS, ...ruleForms()]);

function formsByRule(forms: readonly WholeForm[]): Map<string, RegExp> {
  return new Map(
    [...new Set(forms.map((f) => f.rule))].map((rule) => {
      const sources = forms.filter((f) => f.rule === rule).map((f) => f.whole);
      return [rule, new RegExp(`^(?:${sources.join('|')})$`)] as const;
    }),
  );
}

/** Every form in one regex. */
const ANY = new RegExp(`^(?:${[...WHOLE.values()].map((re) => re.source.slice(1, -1)).join('|')})$`);
/** True when `value` is a complete token of its rule's fixed-length form (wraps.ts never extends one). */
export const completeForm = (rule: string, value: string): boolean => WHOLE.get(rule)?.test(value) ?? false;
/** True when `value` is a complete token of any fixed-length form. */
export const anyCompleteForm = (value: string): boolean => ANY.test(value);
export const KEYWORDS: readonly (readonly [string, string])[] = FORMS.filter((f) => !f.colon).flatMap((f) =>
  f.keywords.map((k) => [k, f.rule] as const),
);
/** The forms read over `:` (colonAt). */
export const COLON_FORMS = FORMS.filter((f) => f.colon).map((f) => ({ ...f, re: new RegExp(`^(?:${f.whole})$`) }));
