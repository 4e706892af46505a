/**
 * The provider-shape rule table: one entry per secret family MassGen users hold, written from
 * the providers' published formats (see ../shared/secrets.md). Each rule has an id (the
 * placeholder's type), literal keywords for the prefilter, and a regex source. When a rule
 * has a `secret` group, only that group is replaced (the user name of a URL, a header's
 * scheme stay readable); otherwise the whole match is.
 *
 * Prefix rules must start a token (startsToken), so a prefix found in the middle of a word,
 * an identifier or a base64 run (`task-`, `ghost_`, a PNG data URL) never starts a match.
 */
export interface ShapeRule {
  id: string;
  /**
   * Literals, at least one of which occurs in any text the rule matches: exact case for
   * case-sensitive rules, lowercase for case-insensitive ones (checked in lower, Title and UPPER case).
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
}

/** An ANSI colour code (raw, or escaped as JSON/Python/shell write it), or a JSON `\n`/`\r`/`\t`. */
export const ANSI_OR_ESCAPE = '(?:\\x1b|\\\\u001[bB]|\\\\x1[bB]|\\\\033|\\\\e)\\[[0-9;]*m|\\\\[nrt]';

const ANSI_OR_ESCAPE_AT_END = new RegExp(`(?:${ANSI_OR_ESCAPE})$`);

/**
 * True if a token may start at `index`: the character before it cannot continue a token
 * (word, `-`, base64 `+` and `/`), or it ends an ANSI colour code (`\x1b[31m`) or a JSON
 * escape (`\n`). So a prefix inside a word, an identifier or a base64 run never starts a match.
 */
export function startsToken(text: string, index: number): boolean {
  if (index === 0) return true;
  const c = text.charCodeAt(index - 1);
  const tokenChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 43 || c === 47;
  return !tokenChar || ANSI_OR_ESCAPE_AT_END.test(text.slice(Math.max(0, index - 12), index));
}
/** Not followed by a token character: the match took the whole token. */
const END = '(?![A-Za-z0-9_-])';

export const SHAPE_RULES: readonly ShapeRule[] = [
  { id: 'anthropic-api-key', keywords: ['sk-ant-'], prefix: true, source: `sk-ant-(?:api|admin|oat|sid)\\d{2}-[A-Za-z0-9_-]{20,}${END}` },
  { id: 'openrouter-api-key', keywords: ['sk-or-'], prefix: true, source: `sk-or-(?:v\\d+-)?[A-Za-z0-9]{32,}${END}` },
  { id: 'openai-api-key', keywords: ['sk-'], prefix: true, source: `sk-(?:(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,}|[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,})${END}` },
  // DeepSeek, DashScope/Qwen, Moonshot/Kimi and other OpenAI-compatible providers: sk- + 32 or more.
  { id: 'sk-api-key', keywords: ['sk-'], prefix: true, source: `sk-[A-Za-z0-9]{32,}${END}` },
  { id: 'google-api-key', keywords: ['AIza'], prefix: true, source: `AIza[0-9A-Za-z_-]{35}${END}` },
  { id: 'aws-access-key-id', keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'], prefix: true, source: `(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}${END}` },
  { id: 'aws-secret-access-key', keywords: ['aws'], caseInsensitive: true, source: `aws.{0,24}?secret.{0,24}?["']?\\s*[:=]\\s*["']?(?<s>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])` },
  { id: 'github-token', keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], prefix: true, source: `gh[pousr]_[A-Za-z0-9]{36,}${END}` },
  { id: 'github-fine-grained-pat', keywords: ['github_pat_'], prefix: true, source: `github_pat_[A-Za-z0-9_]{50,}${END}` },
  { id: 'gitlab-token', keywords: ['glpat-', 'gldt-', 'glptt-', 'glrt-', 'glcbt-', 'gloas-', 'glsoat-'], prefix: true, source: `gl(?:pat|dt|ptt|rt|cbt|oas|soat)-[A-Za-z0-9_-]{20,}${END}` },
  { id: 'slack-token', keywords: ['xox'], prefix: true, source: `xox[abposre]-[0-9A-Za-z-]{10,}${END}` },
  { id: 'slack-app-token', keywords: ['xapp-'], prefix: true, source: `xapp-\\d-[A-Z0-9]+-\\d+-[a-z0-9]{20,}${END}` },
  { id: 'slack-webhook', keywords: ['hooks.slack.com'], source: `https://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/+-]{20,}` },
  { id: 'discord-webhook', keywords: ['discord'], source: `https://(?:canary\\.|ptb\\.)?discord(?:app)?\\.com/api/webhooks/\\d+/[A-Za-z0-9_-]{20,}` },
  { id: 'stripe-secret-key', keywords: ['sk_', 'rk_'], prefix: true, source: `(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{20,}${END}` },
  { id: 'stripe-webhook-secret', keywords: ['whsec_'], prefix: true, source: `whsec_[A-Za-z0-9+/=]{24,}` },
  { id: 'huggingface-token', keywords: ['hf_', 'api_org_'], prefix: true, source: `(?:hf|api_org)_[A-Za-z]{30,}${END}` },
  { id: 'groq-api-key', keywords: ['gsk_'], prefix: true, source: `gsk_[A-Za-z0-9]{40,}${END}` },
  { id: 'xai-api-key', keywords: ['xai-'], prefix: true, source: `xai-[A-Za-z0-9_]{60,}${END}` },
  { id: 'together-api-key', keywords: ['tgp_v1_'], prefix: true, source: `tgp_v1_[A-Za-z0-9_-]{30,}${END}` },
  { id: 'perplexity-api-key', keywords: ['pplx-'], prefix: true, source: `pplx-[A-Za-z0-9]{40,}${END}` },
  { id: 'cerebras-api-key', keywords: ['csk-'], prefix: true, source: `csk-[a-z0-9]{40,}${END}` },
  { id: 'fireworks-api-key', keywords: ['fw_'], prefix: true, source: `fw_[A-Za-z0-9]{24,}${END}` },
  { id: 'replicate-api-token', keywords: ['r8_'], prefix: true, source: `r8_[A-Za-z0-9]{37,}${END}` },
  { id: 'langsmith-api-key', keywords: ['lsv2_'], prefix: true, source: `lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}${END}` },
  { id: 'tavily-api-key', keywords: ['tvly-'], prefix: true, source: `tvly-(?:dev-|prod-)?[A-Za-z0-9]{30,}${END}` },
  { id: 'pinecone-api-key', keywords: ['pcsk_'], prefix: true, source: `pcsk_[A-Za-z0-9_]{40,}${END}` },
  { id: 'supabase-token', keywords: ['sbp_'], prefix: true, source: `sbp_[a-f0-9]{40}${END}` },
  { id: 'digitalocean-token', keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'], prefix: true, source: `do[opr]_v1_[a-f0-9]{64}${END}` },
  { id: 'sendgrid-api-key', keywords: ['SG.'], prefix: true, source: `SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}${END}` },
  { id: 'linear-api-key', keywords: ['lin_api_'], prefix: true, source: `lin_api_[A-Za-z0-9]{40}${END}` },
  { id: 'notion-token', keywords: ['ntn_', 'secret_'], prefix: true, source: `(?:ntn_[A-Za-z0-9]{40,}|secret_[A-Za-z0-9]{43})${END}` },
  { id: 'shopify-token', keywords: ['shpat_', 'shpss_', 'shpca_', 'shppa_'], prefix: true, source: `shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}${END}` },
  { id: 'databricks-token', keywords: ['dapi'], prefix: true, source: `dapi[a-f0-9]{32}(?:-\\d)?${END}` },
  { id: 'npm-token', keywords: ['npm_'], prefix: true, source: `npm_[A-Za-z0-9]{36}${END}` },
  { id: 'pypi-token', keywords: ['pypi-'], prefix: true, source: `pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}` },
  { id: 'telegram-bot-token', keywords: [':AA'], prefix: true, source: `\\d{8,10}:AA[A-Za-z0-9_-]{33}${END}` },
  { id: 'azure-storage-key', keywords: ['AccountKey='], source: `AccountKey=(?<s>[A-Za-z0-9+/]{80,}={0,2})` },
  { id: 'jwt', keywords: ['eyJ'], prefix: true, source: `eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}${END}` },
  // A PEM private key: the whole block, also inside a JSON string with \n escapes, also cut
  // off before its END line (then the base64 lines that follow the header).
  {
    id: 'private-key',
    keywords: ['PRIVATE KEY'],
    source: '-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----(?:[\\s\\S]{16,20000}?-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----|(?:(?:\\\\r)?(?:\\\\n|\\r?\\n)[ \\t]*[A-Za-z0-9+/=:-]{1,100})+)',
  },
  // scheme://user:password@host: only the password is replaced.
  { id: 'url-password', keywords: ['://'], caseInsensitive: true, source: `\\b[a-z][a-z0-9+.-]{1,20}://[^\\s:/@'"<>\`]{1,100}:(?<s>[^\\s@/'"<>\`]{3,200})@[^\\s/'"<>\`@]{1,200}` },
  // Authorization: Bearer|Basic|Token <credential>, in headers, curl flags, JSON and YAML.
  { id: 'authorization-header', keywords: ['authorization'], caseInsensitive: true, source: `authorization\\\\?["']?\\s*[:=]\\s*\\\\?["']?(?:bearer|basic|token|bot|digest)\\s+(?<s>[A-Za-z0-9._~+/=-]{8,})` },
  { id: 'api-key-header', keywords: ['api-key', 'auth-token', 'access-token', 'api_key'], caseInsensitive: true, source: `(?<![A-Za-z0-9_-])(?:x-api-key|api-key|x-goog-api-key|x-auth-token|x-access-token|openai-api-key|anthropic-api-key)\\\\?["']?\\s*[:=]\\s*\\\\?["']?(?<s>[A-Za-z0-9._~+/=-]{8,})` },
];
