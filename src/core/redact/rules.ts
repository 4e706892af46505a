/* eslint-disable max-lines -- a data table, one entry per provider family; the rule type is in shapes.ts. */
/**
 * The provider-shape rule table: one entry per secret family MassGen users hold, written from
 * the providers' published formats (see ../shared/secrets.md).
 */
import {
  atStart,
  BOUNDARY,
  DISCORD_TOKEN,
  DISCORD_TOKEN_MIDDLE,
  END,
  END_B64,
  fromLiteral,
  MIXED,
  UUID,
  type ShapeRule,
} from './shapes.js';
import { MORE_RULES } from './more-rules.js';
import { URL_RULES } from './url-rules.js';

/**
 * Before a URL's host written without its scheme (a saved URL's folders): the start, or a character no host or scheme
 * ends with (`/` but not that of `://`, which the rule with the scheme matches).
 */
const NO_SCHEME = '(?:^|[^A-Za-z0-9.:/-]|(?<!:/)/)';

export { startsToken, strongPrefix, type ShapeRule } from './shapes.js';

/**
 * The table. Sources: each provider's published token format, cross-checked against the shapes
 * gitleaks (MIT) and trufflehog document; the regexes are our own, with lengths left loose where
 * providers change them. Families with no prefix are matched only after a context word their rule's own source
 * requires (`AccountKey=`, `wandb login`, a provider's name); the key-name layer also catches them by the variable they
 * are assigned to.
 */
export const SHAPE_RULES: readonly ShapeRule[] = [
  // --- LLM providers -------------------------------------------------------------------------
  // Anthropic: sk-ant-<kind><version>- (api03, admin01, and Claude Code's OAuth oat01 access and ort01 refresh tokens).
  {
    id: 'anthropic-api-key',
    keywords: ['sk-ant-'],
    prefix: true,
    source: `sk-ant-[a-z]{3,8}\\d{2}-[A-Za-z0-9_-]{20,}${END}`,
  },
  { id: 'openrouter-api-key', keywords: ['sk-or-'], prefix: true, source: `sk-or-(?:v\\d+-)?[A-Za-z0-9]{32,}${END}` },
  // Langfuse secret keys: sk-lf- and a UUID (the pk-lf- public key is meant for browser SDKs and is kept, as PostHog's
  // phc_).
  { id: 'langfuse-api-key', keywords: ['sk-lf-'], prefix: true, source: `sk-lf-${UUID}${END}` },
  // Helicone: sk-helicone-[region-]… in groups of 7 (also pk-helicone-).
  {
    id: 'helicone-api-key',
    keywords: ['sk-helicone-', 'pk-helicone-'],
    prefix: true,
    source: `[sp]k-helicone-(?:[a-z]{2}-)?[a-z0-9]{7}(?:-[a-z0-9]{7}){2,5}${END}`,
  },
  // The longer keywords cost the finder nothing (`sk-` stands for them) and let carriers.ts find the key glued to a
  // SQLite column before it.
  {
    id: 'openai-api-key',
    keywords: ['sk-', 'sk-proj-', 'sk-svcacct-', 'sk-admin-'],
    prefix: true,
    source: `${atStart('sk-')}(?:(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,}|[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,})${END}`,
  },
  // DeepSeek, DashScope/Qwen, Moonshot/Kimi, Stability and other providers: sk- + 32 or more.
  { id: 'sk-api-key', keywords: ['sk-'], prefix: true, source: `${atStart('sk-')}[A-Za-z0-9]{32,}${END}` },
  // ElevenLabs: sk_ + 48 hex (its older 32-hex keys are matched by name, below).
  { id: 'elevenlabs-api-key', keywords: ['sk_'], prefix: true, source: `${atStart('sk_')}[a-f0-9]{48}${END}` },
  { id: 'google-api-key', keywords: ['AIza'], prefix: true, source: `AIza[0-9A-Za-z_-]{35}${END}` },
  // Google OAuth: client secret, access token, refresh token.
  {
    id: 'google-oauth-client-secret',
    keywords: ['GOCSPX-'],
    prefix: true,
    source: `GOCSPX-[A-Za-z0-9_-]{24,40}${END}`,
  },
  {
    id: 'google-oauth-access-token',
    keywords: ['ya29.'],
    prefix: true,
    source: `ya29\\.[A-Za-z0-9_-]{20,}(?:\\.[A-Za-z0-9_-]{4,})*${END}`,
  },
  // Firebase Cloud Messaging legacy server key: AAAA, 7 more characters, `:APA91b`, about 134 more. Read back from
  // its distinctive middle without a token boundary before `AAAA` (a tool or file name glues it: `mcp__files__AAAA…`).
  {
    id: 'firebase-fcm-server-key',
    keywords: [':APA91b'],
    source: `:APA91b[A-Za-z0-9_-]{100,}${END}(?<=(?<s>AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{100,}))`,
  },
  {
    id: 'google-oauth-refresh-token',
    keywords: ['//0'],
    source: fromLiteral('//0[A-Za-z0-9_-]{30,}', '1//0[A-Za-z0-9_-]{30,}'),
  },
  { id: 'voyage-api-key', keywords: ['pa-'], prefix: true, source: `pa-${MIXED}[A-Za-z0-9_-]{40,48}${END}` },
  { id: 'jina-api-key', keywords: ['jina_'], prefix: true, source: `jina_${MIXED}[A-Za-z0-9_-]{40,}${END}` },
  { id: 'firecrawl-api-key', keywords: ['fc-'], prefix: true, source: `fc-[a-f0-9]{32}${END}` },
  { id: 'llamacloud-api-key', keywords: ['llx-'], prefix: true, source: `llx-[A-Za-z0-9]{40,}${END}` },
  { id: 'e2b-api-key', keywords: ['e2b_'], prefix: true, source: `e2b_[a-f0-9]{40}${END}` },
  {
    id: 'browserbase-api-key',
    keywords: ['bb_live_', 'bb_test_'],
    prefix: true,
    source: `bb_(?:live|test)_[A-Za-z0-9_-]{20,}${END}`,
  },
  // Modal: token id ak- and token secret as-, 22 alphanumerics each.
  { id: 'modal-token', keywords: ['ak-', 'as-'], prefix: true, source: `a[ks]-${MIXED}[A-Za-z0-9]{22,30}${END}` },
  { id: 'runpod-api-key', keywords: ['rpa_'], prefix: true, source: `rpa_[A-Za-z0-9]{32,}${END}` },
  // `esecret_` too: a wrap may cut the token after its `e` (hard-wraps.ts reads keywords that start a token).
  {
    id: 'anyscale-api-key',
    keywords: ['secret_', 'esecret_'],
    prefix: true,
    source: `esecret_[A-Za-z0-9]{20,}${END}`,
  },
  {
    id: 'huggingface-token',
    keywords: ['hf_', 'api_org_'],
    prefix: true,
    // Older tokens are letters only; newer ones are hf_ + 34 base62 (digits too: then a capital is required, as
    // random base62 holds one, so a hex cache name `hf_<sha1>` is no match).
    source: `(?:hf|api_org)_(?:[A-Za-z]{30,}|${MIXED}[A-Za-z0-9]{30,})${END}`,
  },
  // OpenAI (ChatGPT) session keys: sess- + 40 base62.
  { id: 'openai-session-key', keywords: ['sess-'], prefix: true, source: `sess-${MIXED}[A-Za-z0-9]{40}${END}` },
  { id: 'groq-api-key', keywords: ['gsk_'], prefix: true, source: `gsk_[A-Za-z0-9]{40,}${END}` },
  { id: 'xai-api-key', keywords: ['xai-'], prefix: true, source: `xai-[A-Za-z0-9_]{60,}${END}` },
  { id: 'together-api-key', keywords: ['tgp_v1_'], prefix: true, source: `tgp_v1_[A-Za-z0-9_-]{30,}${END}` },
  { id: 'perplexity-api-key', keywords: ['pplx-'], prefix: true, source: `pplx-[A-Za-z0-9]{40,}${END}` },
  { id: 'cerebras-api-key', keywords: ['csk-'], prefix: true, source: `csk-[a-z0-9]{40,}${END}` },
  { id: 'fireworks-api-key', keywords: ['fw_'], prefix: true, source: `fw_[A-Za-z0-9]{24,}${END}` },
  { id: 'replicate-api-token', keywords: ['r8_'], prefix: true, source: `r8_[A-Za-z0-9]{37,}${END}` },
  {
    id: 'langsmith-api-key',
    keywords: ['lsv2_'],
    prefix: true,
    source: `lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}${END}`,
  },
  { id: 'tavily-api-key', keywords: ['tvly-'], prefix: true, source: `tvly-(?:dev-|prod-)?[A-Za-z0-9]{30,}${END}` },
  { id: 'pinecone-api-key', keywords: ['pcsk_'], prefix: true, source: `pcsk_[A-Za-z0-9_]{40,}${END}` },
  // NVIDIA NIM / build.nvidia.com: nvapi- + 64 base64url.
  { id: 'nvidia-api-key', keywords: ['nvapi-'], prefix: true, source: `nvapi-[A-Za-z0-9_-]{40,}${END}` },
  // Brave Search: BSA + 28 or so base64url characters (X-Subscription-Token).
  {
    id: 'brave-search-api-key',
    keywords: ['BSA'],
    prefix: true,
    source: `BSA${MIXED}(?=[A-Za-z0-9_-]{0,39}[a-z])[A-Za-z0-9_-]{24,40}${END}`,
  },
  // Cartesia (voice): sk_car_ + base62.
  { id: 'cartesia-api-key', keywords: ['sk_car_'], prefix: true, source: `sk_car_[A-Za-z0-9]{20,}${END}` },
  { id: 'apify-api-token', keywords: ['apify_api_'], prefix: true, source: `apify_api_[A-Za-z0-9]{30,}${END}` },

  // --- Cloud -----------------------------------------------------------------------------------
  {
    id: 'aws-access-key-id',
    keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'],
    prefix: true,
    source: `(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}${END}`,
  },
  // Amazon Bedrock API keys: long-lived (ABSK + base64) and short-lived (a presigned URL in base64).
  {
    id: 'aws-bedrock-api-key',
    keywords: ['ABSK', 'bedrock-api-key-'],
    prefix: true,
    source: `(?:ABSK[A-Za-z0-9+/]{100,}={0,2}|bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{20,}={0,2})${END}`,
  },
  {
    id: 'aws-secret-access-key',
    keywords: ['aws'],
    caseInsensitive: true,
    source: `aws.{0,24}?secret.{0,24}?["']?\\s*[:=]\\s*["']?(?<s>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])`,
  },
  // Azure AD (Entra) client secret: three characters, a digit, Q~, then 31 to 34 more.
  {
    id: 'azure-ad-client-secret',
    keywords: ['Q~'],
    source: fromLiteral(
      'Q~[A-Za-z0-9_~.-]{31,34}',
      String.raw`[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}`,
      '(?![A-Za-z0-9_~-])',
    ),
  },
  { id: 'azure-storage-key', keywords: ['AccountKey='], source: `AccountKey=(?<s>[A-Za-z0-9+/]{80,}={0,2})` },
  // Azure Storage account keys (86 base64 + `==`) are matched bare only after a context word on the same line: an
  // 88-character base64 run alone is as likely a SHA-512 digest (`sha512-…` integrity strings never match: the `-`
  // before the run continues a token).
  {
    id: 'azure-storage-key',
    keywords: ['account key', 'accountkey', 'account_key', 'storage', 'azure'],
    caseInsensitive: true,
    source: `(?:account[ _-]?key|storage|azure)[^\\n]{0,80}?(?<![A-Za-z0-9_+/=-])(?<s>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9_+/=-])`,
  },
  // Weights & Biases API keys (40 hex, no prefix) after `wandb login [--flags]`, WANDB_API_KEY or wandb.login(key=.
  {
    id: 'wandb-api-key',
    keywords: ['wandb login', 'WANDB_API_KEY', 'wandb.login('],
    source: `(?:wandb login(?:\\s+--?[a-z-]+(?:=\\S+)?)*\\s+|WANDB_API_KEY\\\\?["']?\\s*[:=]\\s*\\\\?["']?|wandb\\.login\\([^)]{0,40}?key\\s*=\\s*\\\\?["'])(?<s>[a-f0-9]{40})${END}`,
  },
  // ngrok authtokens (a digit, ~26 base62, `_`, ~21 base62; no prefix) after `ngrok` on the same line:
  // `ngrok config add-authtoken …`, `ngrok authtoken …`, `ngrok http 80 --authtoken …`.
  {
    id: 'ngrok-authtoken',
    keywords: ['ngrok'],
    caseInsensitive: true,
    source: `ngrok[^\\n]{0,80}?(?<![A-Za-z0-9_-])(?<s>[1-9][A-Za-z0-9]{20,30}_[A-Za-z0-9]{16,30})${END}`,
  },
  // Google app passwords (16 lower-case letters shown in four groups of four), quoted as a value (after `=`, `:`, `,`
  // or `(`), after a mail or login word on the same line: `server.login("me@gmail.com", "abcd efgh ijkl mnop")`.
  {
    id: 'google-app-password',
    keywords: ['smtp', 'login', 'gmail', 'mail', 'app pass', 'app_pass', 'app-pass'],
    caseInsensitive: true,
    source: `(?:smtp|login|mail|app[ _-]?pass)[^\\n]{0,80}?[=:,(][ \\t]*["'](?<s>[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4})["']`,
  },
  { id: 'alibaba-access-key-id', keywords: ['LTAI'], prefix: true, source: `LTAI[A-Za-z0-9]{12,24}${END}` },
  { id: 'tencent-secret-id', keywords: ['AKID'], prefix: true, source: `AKID[A-Za-z0-9]{28,40}${END}` },
  // Baidu Qianfan v3 (`bce-v3/ALTAK-<id>/<40 hex>`) and Yandex Cloud API keys (`AQVN` + 36) and OAuth tokens (`y0_`).
  { id: 'baidu-qianfan-api-key', keywords: ['bce-v3/'], source: `bce-v3/ALTAK-[A-Za-z0-9]{12,40}/[0-9a-f]{40}${END}` },
  { id: 'yandex-cloud-api-key', keywords: ['AQVN'], prefix: true, source: `AQVN${MIXED}[A-Za-z0-9_-]{34,40}${END}` },
  { id: 'scaleway-access-key', keywords: ['SCW'], prefix: true, source: `SCW[A-Z0-9]{17}${END}` },
  {
    id: 'digitalocean-token',
    keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
    prefix: true,
    source: `do[opr]_v1_[a-f0-9]{64}${END}`,
  },
  { id: 'heroku-api-key', keywords: ['HRKU-'], prefix: true, source: `HRKU-[A-Za-z0-9_-]{40,}${END}` },
  // Fly.io: fo1_ tokens and fm1a_/fm1r_/fm2_ macaroons (also after `FlyV1 `, comma-separated).
  {
    id: 'flyio-token',
    keywords: ['fo1_', 'fm1a_', 'fm1r_', 'fm2_'],
    prefix: true,
    source: `(?:fo1_[A-Za-z0-9_-]{40,}|fm(?:1[ar]|2)_[A-Za-z0-9+/]{60,}={0,3})${END}`,
  },
  { id: 'netlify-token', keywords: ['nfp_'], prefix: true, source: `nfp_${MIXED}[A-Za-z0-9_]{36,}${END}` },
  {
    id: 'vercel-token',
    keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
    prefix: true,
    source: `vc[pcirk]_${MIXED}[A-Za-z0-9_-]{24,}${END}`,
  },
  { id: 'render-api-key', keywords: ['rnd_'], prefix: true, source: `rnd_[A-Za-z0-9]{28,}${END}` },
  { id: 'supabase-token', keywords: ['sbp_'], prefix: true, source: `sbp_[a-f0-9]{40}${END}` },
  {
    id: 'planetscale-token',
    keywords: ['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'],
    prefix: true,
    source: `pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_=.-]{32,64}${END}`,
  },
  { id: 'neon-api-key', keywords: ['napi_'], prefix: true, source: `napi_[a-z0-9]{60,}${END}` },
  { id: 'databricks-token', keywords: ['dapi'], prefix: true, source: `dapi[a-f0-9]{32}(?:-\\d)?${END}` },
  { id: 'cloudflare-api-token', keywords: ['cfut_'], prefix: true, source: `cfut_[A-Za-z0-9]{40,}${END}` },
  // Cloudflare Origin CA keys: v1.0- + 24 hex + - + 146 hex.
  {
    id: 'cloudflare-origin-ca-key',
    keywords: ['v1.0-'],
    prefix: true,
    source: `v1\\.0-[a-f0-9]{24}-[a-f0-9]{140,160}${END}`,
  },
  // Supabase's newer secret API keys (sb_publishable_ ones are public by design and kept).
  { id: 'supabase-secret-key', keywords: ['sb_secret_'], prefix: true, source: `sb_secret_[A-Za-z0-9_-]{20,}${END}` },
  // Dropbox short-lived access tokens: sl. (or sl.u., sl.B…) + 130 or more base64url characters.
  {
    id: 'dropbox-token',
    keywords: ['sl.'],
    prefix: true,
    source: `sl\\.(?:[A-Za-z]{1,2}\\.)?[A-Za-z0-9_=-]{100,}${END}`,
  },
  // Deno Deploy personal and organisation tokens.
  {
    id: 'deno-deploy-token',
    keywords: ['ddp_', 'ddo_', 'ddw_'],
    prefix: true,
    source: `dd[pow]_[A-Za-z0-9]{36,}${END}`,
  },
  // Tailscale keys: tskey-<kind>-<id>-<secret>.
  {
    id: 'tailscale-key',
    keywords: ['tskey-'],
    prefix: true,
    source: `tskey-[a-z]{3,8}-[A-Za-z0-9]{6,}-[A-Za-z0-9]{16,}${END}`,
  },

  // --- Secret managers and infrastructure ------------------------------------------------------
  // Doppler: dp.pt. (personal), dp.st.[config.] (service), dp.ct., dp.sa., dp.scim., dp.audit.
  {
    id: 'doppler-token',
    keywords: ['dp.'],
    prefix: true,
    source: `dp\\.(?:pt|st(?:\\.[a-z0-9_-]{2,35})?|ct|sa|scim|audit)\\.[A-Za-z0-9]{40,44}${END}`,
  },
  {
    id: 'vault-token',
    keywords: ['hvs.', 'hvb.', 'hvr.'],
    prefix: true,
    source: `hv[sbr]\\.${MIXED}[A-Za-z0-9_-]{24,}${END}`,
  },
  // Terraform Cloud / Enterprise: 14 characters, .atlasv1., about 67 more.
  {
    id: 'terraform-cloud-token',
    keywords: ['atlasv1'],
    source: fromLiteral('atlasv1\\.[A-Za-z0-9_=-]{60,}', '[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,}'),
  },
  {
    id: 'onepassword-service-account-token',
    keywords: ['ops_eyJ'],
    prefix: true,
    // Ends before no base64 character: ended before a `+` or `/` of its body, it left the rest glued to `_x`
    // (glued-right.ts takes the whole body); base64url's `-` and `_` too (ended at a `-`, it left the rest out).
    source: `ops_eyJ[A-Za-z0-9+/_-]{100,}={0,3}${END_B64}`,
  },
  // 1Password secret key; the one excepted is the example in 1Password's own documentation.
  {
    id: 'onepassword-secret-key',
    keywords: ['A3-'],
    prefix: true,
    source: `A3-(?!C4ZJMN-PQTZTL-HGL84-G64M7-KVZRN-4ZVP6)[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}${END}`,
  },
  {
    id: 'age-secret-key',
    keywords: ['AGE-SECRET-KEY-1', 'AGE-PLUGIN-'],
    prefix: true,
    source: `(?:AGE-SECRET-KEY-1|AGE-PLUGIN-[A-Z0-9]{1,30}-1)[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{50,}${END}`,
  },

  // --- Code hosting, CI, package registries -----------------------------------------------------
  {
    id: 'github-token',
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
    prefix: true,
    source: `gh[pousr]_[A-Za-z0-9]{36,}${END}`,
  },
  {
    id: 'github-fine-grained-pat',
    keywords: ['github_pat_'],
    prefix: true,
    source: `github_pat_[A-Za-z0-9_]{50,}${END}`,
  },
  // GitLab: personal, deploy, trigger, runner, CI job, OAuth, SCIM, feed, incoming-mail, agent and
  // feature-flag tokens, and runner registration tokens (GR1348941…).
  {
    id: 'gitlab-token',
    keywords: [
      'glpat-',
      'gldt-',
      'glptt-',
      'glrt-',
      'glcbt-',
      'gloas-',
      'glsoat-',
      'glft-',
      'glimt-',
      'glagent-',
      'glffct-',
      'GR1348941',
    ],
    prefix: true,
    source: `(?:gl(?:pat|dt|ptt|rt|cbt|oas|soat|ft|imt|agent|ffct)-|GR1348941)[A-Za-z0-9_-]{20,}${END}`,
  },
  {
    id: 'sourcegraph-token',
    keywords: ['sgp_'],
    prefix: true,
    source: `sgp_(?:(?:[a-fA-F0-9]{16}|local)_)?[a-fA-F0-9]{40}${END}`,
  },
  { id: 'artifactory-api-key', keywords: ['AKCp'], prefix: true, source: `AKCp[A-Za-z0-9]{60,80}${END}` },
  { id: 'prefect-api-key', keywords: ['pnu_'], prefix: true, source: `pnu_[A-Za-z0-9]{36}${END}` },
  { id: 'bitbucket-app-password', keywords: ['ATBB'], prefix: true, source: `ATBB[A-Za-z0-9_=-]{28,}${END}` },
  // Atlassian API tokens (ATATT3…, Jira, Confluence, Bitbucket's new tokens) and admin keys (ATCTT3…).
  {
    id: 'atlassian-api-token',
    keywords: ['ATATT3', 'ATCTT3'],
    prefix: true,
    source: `AT[AC]TT3[A-Za-z0-9_=-]{60,}${END}`,
  },
  {
    id: 'docker-hub-token',
    keywords: ['dckr_pat_', 'dckr_oat_'],
    prefix: true,
    source: `dckr_(?:pat|oat)_[A-Za-z0-9_-]{24,}${END}`,
  },
  {
    id: 'circleci-token',
    keywords: ['CCIPAT_', 'CCIPRJ_'],
    prefix: true,
    source: `CCIP(?:AT|RJ)_[A-Za-z0-9]{20,}_[a-f0-9]{40}${END}`,
  },
  { id: 'buildkite-token', keywords: ['bkua_'], prefix: true, source: `bkua_[a-z0-9]{40}${END}` },
  { id: 'sonarqube-token', keywords: ['sqp_', 'squ_', 'sqa_'], prefix: true, source: `sq[pua]_[a-f0-9]{40}${END}` },
  { id: 'postman-api-key', keywords: ['PMAK-'], prefix: true, source: `PMAK-[a-f0-9]{24}-[a-f0-9]{34}${END}` },
  { id: 'pulumi-token', keywords: ['pul-'], prefix: true, source: `pul-[a-f0-9]{40}${END}` },
  { id: 'npm-token', keywords: ['npm_'], prefix: true, source: `npm_[A-Za-z0-9]{36}${END}` },
  { id: 'pypi-token', keywords: ['pypi-'], prefix: true, source: `pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}` },
  { id: 'rubygems-api-key', keywords: ['rubygems_'], prefix: true, source: `rubygems_[a-f0-9]{48}${END}` },
  { id: 'nuget-api-key', keywords: ['oy2'], prefix: true, source: `oy2[a-z0-9]{43}${END}` },
  { id: 'crates-io-token', keywords: ['cio'], prefix: true, source: `cio[A-Za-z0-9]{32}${END}` },
  {
    id: 'linear-api-key',
    keywords: ['lin_api_', 'lin_oauth_'],
    prefix: true,
    source: `lin_(?:api_[A-Za-z0-9]{40}|oauth_[A-Za-z0-9]{32,})${END}`,
  },
  // Airtable personal access tokens: pat + 14 base62, a dot, 64 hex. `pat` alone is no keyword (path, pattern): the
  // finder holds the shape.
  {
    id: 'airtable-pat',
    keywords: [],
    finder: 'pat[A-Za-z0-9]{14}\\.[a-f0-9]{16}',
    prefix: true,
    source: `pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}${END}`,
  },
  // ClickUp personal tokens: pk_ + the user id + _ + 32 upper-case alphanumerics.
  { id: 'clickup-token', keywords: ['pk_'], prefix: true, source: `pk_\\d{4,12}_[A-Z0-9]{32}${END}` },
  // Tool APIs: Contentful management tokens, ReadMe, Infracost, Typeform.
  { id: 'contentful-token', keywords: ['CFPAT-'], prefix: true, source: `CFPAT-[A-Za-z0-9_-]{40,}${END}` },
  { id: 'readme-api-key', keywords: ['rdme_'], prefix: true, source: `rdme_[a-z0-9]{64,}${END}` },
  { id: 'infracost-api-key', keywords: ['ico-'], prefix: true, source: `ico-${MIXED}[A-Za-z0-9]{32}${END}` },
  { id: 'typeform-token', keywords: ['tfp_'], prefix: true, source: `tfp_[A-Za-z0-9_.=-]{40,}${END}` },
  {
    id: 'notion-token',
    keywords: ['ntn_', 'secret_'],
    prefix: true,
    source: `(?:ntn_[A-Za-z0-9]{40,}|secret_[A-Za-z0-9]{43})${END}`,
  },
  { id: 'figma-token', keywords: ['figd_', 'figp_'], prefix: true, source: `fig[dp]_[A-Za-z0-9_-]{30,}${END}` },
  { id: 'hubspot-token', keywords: ['pat-'], prefix: true, source: `pat-(?:na|eu|ap)\\d-${UUID}${END}` },

  // --- Observability ---------------------------------------------------------------------------
  {
    id: 'sentry-token',
    keywords: ['sntrys_', 'sntryu_'],
    prefix: true,
    // A user token's 64 hex digits, or another alphabet and length (a newer format, a self-hosted build's).
    source: `(?:sntrys_[A-Za-z0-9+/=_]{60,}|sntryu_[A-Za-z0-9]{32,128})${END}`,
  },
  {
    id: 'grafana-token',
    keywords: ['glc_', 'glsa_', 'eyJrIjoi'],
    prefix: true,
    source: `(?:glc_[A-Za-z0-9+/]{32,}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|eyJrIjoi[A-Za-z0-9+/]{40,}={0,2})${END}`,
  },
  // New Relic: user keys NRAK-, insert keys NRII-, REST keys NRRA-, license keys …NRAL.
  {
    id: 'new-relic-key',
    keywords: ['NRAK-', 'NRII-', 'NRRA-'],
    prefix: true,
    source: `(?:NRAK-[A-Z0-9]{27}|NRII-[A-Za-z0-9_-]{32}|NRRA-[a-f0-9]{42})${END}`,
  },
  { id: 'new-relic-key', keywords: ['NRAL'], source: fromLiteral('NRAL', '[A-Za-z0-9]{36}NRAL') },
  {
    id: 'dynatrace-token',
    keywords: ['dt0c01.'],
    prefix: true,
    source: `dt0c01\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{64}${END}`,
  },
  // PostHog personal API keys (phx_); project keys (phc_) are public by design and kept.
  { id: 'posthog-personal-api-key', keywords: ['phx_'], prefix: true, source: `phx_${MIXED}[A-Za-z0-9_]{35,}${END}` },
  // Honeycomb ingest and management keys (hcaik_, hcxik_, hcamk_, hcxmk_); classic keys have no prefix.
  {
    id: 'honeycomb-key',
    keywords: ['hcaik_', 'hcxik_', 'hcamk_', 'hcxmk_'],
    prefix: true,
    source: `hc[ax][im]k_[A-Za-z0-9]{20,}${END}`,
  },
  // Pydantic Logfire write tokens: pylf_v<version>_<region>_ + base62.
  { id: 'logfire-token', keywords: ['pylf_v'], prefix: true, source: `pylf_v\\d+_[a-z]{2,4}_[A-Za-z0-9]{30,}${END}` },
  // Axiom API and personal tokens: xaat- / xapt- + a UUID.
  { id: 'axiom-token', keywords: ['xaat-', 'xapt-'], prefix: true, source: `xa[ap]t-${UUID}${END}` },

  // --- Chat ------------------------------------------------------------------------------------
  { id: 'slack-config-token', keywords: ['xox'], prefix: true, source: `xoxe\\.xox[bp]-\\d-[A-Za-z0-9]{100,}${END}` },
  // A digit in its first parts (a team or user id, a version: `xoxb-1234…`, `xoxe-1-…`), and not an
  // identifier of words: `xoxb-token-rotation-enabled` is a setting's name.
  {
    id: 'slack-token',
    keywords: ['xox'],
    prefix: true,
    source: `xox[abposre]-(?![a-z]{3,}-[a-z]{3,}-)(?=[0-9A-Za-z-]{0,12}[0-9])[0-9A-Za-z-]{10,}${END}`,
  },
  { id: 'slack-app-token', keywords: ['xapp-'], prefix: true, source: `xapp-\\d-[A-Z0-9]+-\\d+-[a-z0-9]{20,}${END}` },
  {
    id: 'slack-webhook',
    keywords: ['hooks.slack.com'],
    source: `https://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/+-]{20,}`,
  },
  // Also without its scheme, where a URL was saved to disk (wget, httrack, a cache keyed by the URL's parts: folders
  // `hooks.slack.com/services/T…/B…/…`) or written bare. The literal first, what is before it checked after (a
  // leading lookbehind made V8 try the rule's group at every position).
  {
    id: 'slack-webhook',
    keywords: ['hooks.slack.com'],
    source: `hooks\\.slack\\.com(?<=${NO_SCHEME}hooks\\.slack\\.com)/(?:services|workflows|triggers)/[A-Za-z0-9_/+-]{20,}`,
  },
  // The path alone, in a proxy's or a client's request log (`POST /services/T…/B…/<token> HTTP/1.1`: attack 44): the
  // team's and the channel's ids and the 24-character secret say Slack's.
  {
    id: 'slack-webhook',
    keywords: ['/services/T'],
    source: `/services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24}${END}`,
  },
  // Discord webhooks (any API version, discordapp.com, canary and ptb; also without the scheme, as a saved URL's
  // folders) and interaction tokens (base64 of `interaction:`).
  {
    id: 'discord-webhook',
    keywords: ['discord'],
    source: `https://(?:canary\\.|ptb\\.)?discord(?:app)?\\.com/api/(?:v\\d+/)?webhooks/\\d+/(?<s>[A-Za-z0-9_-]{20,})`,
  },
  {
    id: 'discord-webhook',
    keywords: ['discord'],
    source: `discord(?:app)?\\.com(?<=${NO_SCHEME}(?:canary\\.|ptb\\.)?discord(?:app)?\\.com)/api/(?:v\\d+/)?webhooks/\\d+/(?<s>[A-Za-z0-9_-]{20,})`,
  },
  {
    id: 'discord-interaction-token',
    keywords: ['aW50ZXJhY3Rpb246'],
    prefix: true,
    source: `aW50ZXJhY3Rpb246[A-Za-z0-9_-]{40,}${END}`,
  },
  {
    id: 'discord-bot-token',
    keywords: [],
    finder: DISCORD_TOKEN_MIDDLE,
    source: fromLiteral(`${DISCORD_TOKEN_MIDDLE}[A-Za-z0-9_-]{0,15}`, DISCORD_TOKEN),
  },
  // Discord user tokens with MFA (older form): mfa. + 84 base64url.
  { id: 'discord-mfa-token', keywords: ['mfa.'], prefix: true, source: `mfa\\.[A-Za-z0-9_-]{80,90}${END}` },
  {
    id: 'teams-webhook',
    keywords: ['webhook.office.com'],
    source: `https://[A-Za-z0-9-]+\\.webhook\\.office\\.com/webhookb2/(?<s>[A-Za-z0-9@/_-]{40,})`,
  },
  // Teams workflows (Power Automate): the URL's sig= parameter is the credential.
  {
    id: 'teams-workflow-webhook',
    keywords: ['logic.azure.com', 'powerplatform.com'],
    source: `https://[A-Za-z0-9.-]+\\.(?:logic\\.azure\\.com|powerplatform\\.com)(?::\\d+)?/[^\\s"'<>]*?[?&]sig=(?<s>[A-Za-z0-9_%-]{20,})`,
  },
  {
    id: 'zapier-webhook',
    keywords: ['hooks.zapier.com'],
    source: `https://hooks\\.zapier\\.com/hooks/catch/(?<s>\\d+/[A-Za-z0-9]+)`,
  },
  // Mattermost (`/hooks/` + a 26-character id; 24 to 64 letters and digits) and Rocket.Chat (`/hooks/<17-character
  // id>/<token>`) incoming webhooks: the path after `/hooks/` is the credential (a number or a word there is a
  // repository's hook, a docs page).
  {
    id: 'chat-webhook',
    keywords: ['/hooks/'],
    source: `/hooks/(?<s>(?=[A-Za-z]*\\d)[A-Za-z0-9]{24,64}|[A-Za-z0-9]{17}/(?=[A-Za-z]*\\d)[A-Za-z0-9]{24,64})(?![A-Za-z0-9_-])`,
  },
  // A secret URL of an MCP server (Zapier's `/api/mcp/s/<secret>/mcp`): the path segment is the credential.
  { id: 'mcp-secret-url', keywords: ['/mcp/s/'], source: `/mcp/s/(?<s>${MIXED}[A-Za-z0-9_+=-]{24,})` },
  // Stytch project secrets (`secret-live-…`, `secret-test-…`).
  {
    id: 'stytch-secret',
    keywords: ['secret-live-', 'secret-test-'],
    prefix: true,
    source: `secret-(?:live|test)-${MIXED}[A-Za-z0-9_=-]{30,}${END}`,
  },
  // Django's generated SECRET_KEY for development (`django-insecure-` + 50 of get_random_secret_key's characters).
  { id: 'django-secret-key', keywords: ['django-insecure-'], source: `django-insecure-[a-z0-9!@#$%^&*(_=+)-]{40,60}` },
  // Glued to anything but a digit: the Bot API URL (`api.telegram.org/bot123…:AA…/sendMessage`), a file or folder
  // named after it (`bot123…:AA…`, `run_123…:AA…`, `/tmp/cache/123…:AA…/`): the digits, `:AA` and 33 characters are
  // distinctive enough without a boundary.
  {
    id: 'telegram-bot-token',
    keywords: [':AA'],
    source: `:AA[A-Za-z0-9_-]{33}${END}(?<=(?<![0-9])(?<s>\\d{8,10}:AA[A-Za-z0-9_-]{33}))`,
  },
  // Salesforce session ids and OAuth access tokens: the 15- or 18-character org id (`00D` + 12 or 15), `!`, `AQ`/`AR`
  // and 90 or more of [A-Za-z0-9._] (no fixed length: the whole run is taken, across `-` too: a value that holds one,
  // `--set sf.token=00D…!AR…-…`, lost its tail when the match stopped there). Found at the rare `!A`; the org id is
  // read back.
  {
    id: 'salesforce-access-token',
    keywords: ['!AQ', '!AR'],
    source: `!A[QR](?<=(?:(?<![A-Za-z0-9])|${BOUNDARY})(?<s>00D[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?!A[QR]))[A-Za-z0-9._-]{40,}`,
    toMatchEnd: true,
  },
  // Twitter/X app bearer token: 20 or more A, then a URL-encoded body (a %XX escape in it, so a run of base64 zeros is
  // no token). `A{20}`, not `A{20,}`: the lookahead read the rest of the token again for each A given back (quadratic
  // on a line of A: `\x41` escapes); the more A are matched by the body, the same matches. Round 39: a body with no
  // escape (letters and digits only) is one too when it is 70 to 130 long, holds a small letter and a digit within its
  // first 130 (bounded lookaheads: no rescan on a line of A), and no base64 character follows (`+/=`: a run of zeros
  // in base64 data or an image goes on).
  {
    id: 'twitter-bearer-token',
    keywords: ['AAAAAAAAAAAAAAAAAAAA'],
    prefix: true,
    source:
      `A{20}(?:(?=[A-Za-z0-9%]*%[0-9A-F]{2})[A-Za-z0-9%]{60,}${END}|(?=[A-Z0-9]{0,130}[a-z])(?=[A-Za-z]{0,130}[0-9])` +
      `[A-Za-z0-9]{70,130}(?![A-Za-z0-9%+/=_-]))`,
  },

  // --- Payment ---------------------------------------------------------------------------------
  {
    id: 'stripe-secret-key',
    keywords: ['sk_', 'rk_'],
    prefix: true,
    source: `(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{20,}${END}`,
  },
  { id: 'stripe-webhook-secret', keywords: ['whsec_'], prefix: true, source: `whsec_[A-Za-z0-9+/=]{24,}` },
  {
    id: 'shopify-token',
    keywords: ['shpat_', 'shpss_', 'shpca_', 'shppa_'],
    prefix: true,
    source: `shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}${END}`,
  },
  // Square: access tokens EAAA + 60, OAuth secrets sq0csp-, older sq0atp- / sq0idp-.
  {
    id: 'square-token',
    keywords: ['EAAA', 'sq0'],
    prefix: true,
    source: `(?:EAAA[A-Za-z0-9_-]{56,64}|sq0(?:atp|csp|idp)-[A-Za-z0-9_-]{22,60})${END_B64}`,
  },
  // Meta (Facebook, Instagram, WhatsApp) access tokens: EAA + a long alphanumeric body.
  // At most 512 (a base64 blob's run after a `/` is longer: undici's llhttp WASM, attack 43).
  { id: 'meta-access-token', keywords: ['EAA'], prefix: true, source: `EAA[A-Za-z0-9]{90,512}${END_B64}` },
  {
    id: 'razorpay-key',
    keywords: ['rzp_live_', 'rzp_test_'],
    prefix: true,
    source: `rzp_(?:live|test)_[A-Za-z0-9]{14,}${END}`,
  },
  {
    id: 'paddle-api-key',
    keywords: ['pdl_live_', 'pdl_sdbx_'],
    prefix: true,
    source: `pdl_(?:live|sdbx)_(?:apikey_)?[A-Za-z0-9_]{30,}${END}`,
  },
  {
    id: 'flutterwave-secret-key',
    keywords: ['FLWSECK'],
    prefix: true,
    source: `FLWSECK(?:_TEST)?-[a-f0-9]{32}-X${END}`,
  },
  // LaunchDarkly server-side SDK keys (`sdk-` + UUID) and mobile keys (`mob-` + UUID); the client-side id (24 hex) is
  // public. A whole token only: `sdk-node-…` or a UUID under another prefix stays.
  { id: 'launchdarkly-sdk-key', keywords: ['sdk-', 'mob-'], prefix: true, source: `(?:sdk|mob)-${UUID}${END}` },
  // Plaid access tokens: access-<environment>-<UUID>.
  {
    id: 'plaid-access-token',
    keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
    prefix: true,
    source: `access-(?:sandbox|development|production)-${UUID}${END}`,
  },
  {
    id: 'shippo-api-token',
    keywords: ['shippo_live_', 'shippo_test_'],
    prefix: true,
    source: `shippo_(?:live|test)_[a-f0-9]{40}${END}`,
  },
  {
    id: 'braintree-access-token',
    keywords: ['access_token$'],
    prefix: true,
    source: `access_token\\$(?:production|sandbox)\\$[a-z0-9]{16}\\$[a-f0-9]{32}${END}`,
  },
  // Mapbox secret tokens (sk.eyJ…); public ones (pk.eyJ…) are meant to be shipped and are kept.
  {
    id: 'mapbox-secret-token',
    keywords: ['sk.eyJ'],
    prefix: true,
    source: `sk\\.eyJ[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{20,}${END}`,
  },

  // --- Mail ------------------------------------------------------------------------------------
  {
    id: 'sendgrid-api-key',
    keywords: ['SG.'],
    prefix: true,
    source: `SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}${END}`,
  },
  { id: 'mailgun-api-key', keywords: ['key-'], prefix: true, source: `key-[a-f0-9]{32}${END}` },
  { id: 'mailchimp-api-key', keywords: ['-us'], source: fromLiteral('-us\\d{1,2}', '[a-f0-9]{32}-us\\d{1,2}') },
  {
    id: 'resend-api-key',
    keywords: ['re_'],
    prefix: true,
    source: `re_${MIXED}[A-Za-z0-9]{6,12}_[A-Za-z0-9]{16,32}${END}`,
  },
  // Twilio API key SIDs: SK + 32 hex (`SK` is no keyword: the finder holds the shape).
  { id: 'twilio-api-key', keywords: [], finder: 'SK[0-9a-f]{32}', prefix: true, source: `SK[0-9a-f]{32}${END}` },
  { id: 'mailersend-api-token', keywords: ['mlsn.'], prefix: true, source: `mlsn\\.[a-f0-9]{64}${END}` },
  {
    id: 'brevo-api-key',
    keywords: ['xkeysib-', 'xsmtpsib-'],
    prefix: true,
    source: `x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}${END}`,
  },

  // AWS STS session tokens (temporary credentials): long base64 that starts with the same serialised header.
  {
    id: 'aws-session-token',
    keywords: ['IQoJb3JpZ2luX2', 'FwoGZXIvYXdzE'],
    prefix: true,
    source: `(?:IQoJb3JpZ2luX2|FwoGZXIvYXdzE)[A-Za-z0-9+/=]{60,}${END_B64}`,
  },

  // --- Keys and tokens of no one provider ------------------------------------------------------
  {
    id: 'jwt',
    keywords: ['eyJ'],
    prefix: true,
    glued: true,
    // The payload is base64url JSON: `{"` (eyJ), `{ "` (ey[A-D]) or `{` and a line break (ew).
    source: `eyJ[A-Za-z0-9_-]{10,}\\.e[wy][A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}${END}`,
  },
  // A JWE in compact form (NextAuth's session cookie, encrypted tokens): a JSON header, an encrypted key (empty for
  // `dir`), then the IV, the ciphertext and the tag.
  {
    id: 'jwe',
    keywords: ['eyJ'],
    prefix: true,
    glued: true,
    source: `eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{10,}${END}`,
  },
  // A JWT whose header is not compact JSON (`{ "alg"`, pretty-printed), after session=, token= or jwt=.
  {
    id: 'jwt',
    keywords: ['session=', 'token=', 'jwt='],
    source: `(?:session|token|jwt)=(?<s>e[wy][A-Za-z0-9_-]{10,}\\.e[wy][A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,})${END}`,
  },
  // A PEM private key (also PGP's PRIVATE KEY BLOCK): the whole block, also inside a JSON string
  // with \n escapes, also cut off before its END line (then the base64 lines that follow the header, after a PGP
  // armor's `Version: …` headers and blank line);
  // or an SSH.com / SSH2 private key (four dashes and spaces). One branch, so the pass that runs
  // on the whole text starts with one literal.
  {
    id: 'private-key',
    keywords: ['PRIVATE KEY'],
    multiLine: true,
    source:
      '----(?:-BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----(?:[\\s\\S]{16,20000}?-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----|(?:(?:\\\\r)?(?:\\\\n|\\r?\\n)[ \\t]*[A-Z][A-Za-z-]{1,30}: [^\\r\\n\\\\]{1,200})*(?:(?:\\\\r)?(?:\\\\n|\\r?\\n)[ \\t]*(?=(?:\\\\r)?(?:\\\\n|\\r?\\n)))?(?:(?:\\\\r)?(?:\\\\n|\\r?\\n)[ \\t]*[A-Za-z0-9+/=:-]{1,100})+)| BEGIN SSH2 ENCRYPTED PRIVATE KEY ----[\\s\\S]{16,20000}?---- END SSH2 ENCRYPTED PRIVATE KEY ----)',
  },
  // PuTTY .ppk (v2 and v3): the Private-Lines block (not Private-MAC), raw, indented (YAML) or in a JSON string.
  {
    id: 'putty-private-key',
    keywords: ['PuTTY-User-Key-File-'],
    multiLine: true,
    source: String.raw`PuTTY-User-Key-File-[23]:[\s\S]{0,8000}?Private-Lines: ?\d+(?<s>(?:(?:\\r)?(?:\\n|\r?\n)[ \t]*[A-Za-z0-9+/=]{1,128}(?![A-Za-z0-9+/=:-]))+)`,
  },
  // scheme://user:password@host: only the password is replaced; a raw `@` or `#` in the password belongs to it (the
  // host is after the last `@`), and one in the user too (a mail account's: `smtp://mailer@corp.local:…@smtp…`); a
  // `>` too (`p@ss^w0rd>x`: attack 41), but no `<`, which starts a placeholder (`<password>`).
  {
    id: 'url-password',
    keywords: ['://'],
    caseInsensitive: true,
    source: `\\b[a-z][a-z0-9+.-]{1,20}://(?:[^\\s:/@'"<>\`]{1,64}@)?[^\\s:/@'"<>\`]{1,100}:(?<s>[^\\s/'"<\`]{3,200})@[^\\s/'"<>\`@]{1,200}`,
  },
  // A passphrase of words and blanks as a URL's password, which a config or a paste holds unencoded
  // (`mongodb+srv://ingest:velvet hazel glacier harbor59@cluster0.x.mongodb.net`): three to ten words, then a host
  // (a name, dotted or not, or an address: `@localhost/db`, `@10.0.0.5:27017`, `redis://:… @cache`).
  {
    id: 'url-password-phrase',
    keywords: ['://'],
    caseInsensitive: true,
    source: `\\b[a-z][a-z0-9+.-]{1,20}://[^\\s:/@'"<>\`]{0,64}:(?<s>[a-z]{2,12}(?: [a-z]{2,12}\\d{0,4}){2,9})@[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){0,8}(?=[:/?#\\s"'\`]|$)`,
  },
  // Oracle's JDBC URL (`jdbc:oracle:thin:scott/<password>@//host:1521/SVC`, `…:oci:user/<password>@tns`): a user and
  // a password before the `@`, no `://` (attack 50). Oracle's own example (`scott/tiger`) stays.
  {
    id: 'url-password-oracle',
    keywords: ['jdbc:oracle:'],
    caseInsensitive: true,
    source: `\\bjdbc:oracle:(?:thin|oci8?|kprb):[^\\s/@'"<>\`:]{1,64}/(?!tiger@|<[^>@]*>@)(?<s>[^\\s/@'"\`]{3,200})@`,
  },
  // Authorization: Bearer|Basic|Token|Key (also Splunk, DeepL-Auth-Key, OAuth, Api-Key, SSWS, GenieKey, sso-key)
  // <credential>, in headers, curl flags, JSON, YAML, Python f-strings (`f"Bearer …"`) and JS templates
  // (`\`Bearer …\``, `\`Bearer ${"…"}\``); also a header set by a call or a pair (`headers.set("Authorization",
  // "Bearer …")`, `("Authorization", "Bearer …")`, `Authorization => "Bearer …"`). Round 39: nginx's `proxy_set_header
  // Authorization "Bearer …";` (a blank, then a quote), a Python f-string's literal (`f"Bearer {'…'}"`), and a token
  // with symbols (`django-insecure-p!^r4u…&q53=n…`) to its end: runs of `!@#$%^&*()` each followed by token characters
  // (the two classes apart: linear), so a trailing `)` stays. A URL as the credential (`Bearer postgresql://u:pw@h`,
  // attack 40) is no token: its password is the URL rules'. OAuth 1's parameters (`OAuth realm=movies, oauth_…`:
  // attack 44) are none either.
  {
    id: 'authorization-header',
    keywords: ['authorization'],
    caseInsensitive: true,
    source: `authorization(?:\\\\?["']?\\s*[:=]>?|\\\\?["']\\s*,|[ \\t]+(?=["']))\\s*(?:[fbru]{1,2}(?=["']))?\\\\?["'\`]?(?:bearer|basic|token|bot|digest|ssws|key|splunk|deepl-auth-key|oauth(?!\\s+[a-z_]{1,32}=)|api-?key|genie ?key|sso-key|klaviyo-api-key|apitoken|token-auth|dsn)(?:\\s+|\\s*["']\\s*\\+\\s*[fbru]{0,2}["'])(?:\\$?\\{\\s*["'\`])?(?![a-z][a-z0-9+.-]*:\\/\\/)(?<s>[A-Za-z0-9._~+/=:-]{8,}(?:[!@#$%^&*()]+[A-Za-z0-9._~+/=:-]+)*)`,
  },
  // A provider's error message that echoes the key it was given (OpenAI's and its compatibles' `Incorrect API key
  // provided: <key>.`): 16 characters or more of any shape (attack 40: a passphrase of words), but not the masked copy
  // OpenAI prints itself (`sk-proj-****…abcd`: a `*` stops it, and read without its stars it is too short) nor the
  // sentence's full stop.
  {
    id: 'echoed-api-key',
    keywords: ['incorrect api key provided'],
    caseInsensitive: true,
    source: `incorrect api key provided:[ \\t]*(?<s>[A-Za-z0-9_+/=:$#@!%^&~-]{16,}(?:\\.[A-Za-z0-9_+/=:$#@!%^&~-]+)*)(?![*A-Za-z0-9_+/=:$#@!%^&~-]|\\.[^\\s"'\\\\])`,
  },
  // Provider key headers: x-api-key, api-key (Azure), x-goog-api-key, xi-api-key (ElevenLabs),
  // DD-API-KEY / DD-APPLICATION-KEY (Datadog); headers ending in -Token (Brave's
  // X-Subscription-Token, Postmark's) are the key-name layer's. A connection URL as the value
  // (`x-api-key: postgresql://user:pw@host/db`) is no key: its password is the URL rules'.
  {
    id: 'api-key-header',
    keywords: ['api-key', 'auth-token', 'access-token', 'api_key', 'application-key'],
    caseInsensitive: true,
    source: `(?<![A-Za-z0-9_-])(?:x-api-key|api-key|x-goog-api-key|xi-api-key|x-auth-token|x-access-token|openai-api-key|anthropic-api-key|dd-api-key|dd-application-key)\\\\?["']?\\s*[:=]\\s*(?:[fbru]{1,2}(?=["']))?\\\\?["']?(?<s>[A-Za-z0-9._~+/=-]{8,})(?![A-Za-z0-9._~+/=-]|:\\/\\/)`,
  },
  // Headers that carry a key under a name no key word ends (Honeycomb's `X-Honeycomb-Team`, `X-Auth`, GitLab's
  // `PRIVATE-TOKEN`), and key headers set apart from their value by a blank or a call's `", "` (nginx's
  // `proxy_set_header X-Honeycomb-Team <key>;`, Rust's `.header("X-Auth", "<key>")`), also bold and in backticks in
  // Markdown (`**X-Honeycomb-Team:** \`…\``: attack 59): a random value of 16 or more.
  {
    id: 'secret-header',
    keywords: ['x-honeycomb-team', 'x-auth', 'private-token', 'api-key', 'apikey', '-token', 'subscription-key'],
    caseInsensitive: true,
    source: `(?<![A-Za-z0-9_-])(?:x-honeycomb-team|x-auth(?:-key|-token)?|private-token|x-api-(?:key|token)|api-?key|x-apikey|x-rapidapi-key|ocp-apim-subscription-key|x-(?:vault|consul|nomad|riot|figma|gitlab|vercel|access)-token|x-postmark-(?:server|account)-token)\\\\?["']?(?:\\s*[:=]\\s*|\\s*,\\s*\\\\?["']|[ \\t]+)(?:(?:\\*\\*|__)[ \\t]*)?\\\\?["'\`]?(?<s>(?![a-z]+(?:[-_.][a-z0-9]+)+(?![A-Za-z0-9._~+/=-]))(?=[A-Za-z._~+/=-]*\\d)(?=[0-9._~+/=-]*[A-Za-z])[A-Za-z0-9._~+/=-]{16,})(?![A-Za-z0-9._~+/=-]|:\\/\\/)`,
  },

  // Families with no prefix (Mistral, Cohere, Deepgram, Exa, Serper/SerpAPI, Weights & Biases,
  // Datadog, Okta, Twilio auth tokens, Postmark, ElevenLabs' older 32-hex keys, Heroku's
  // older UUID keys, Scaleway secret keys, Airtable's old `key…` keys) are left to the key-name layer and learned
  // values: they are found by the variable or header they are assigned to (MISTRAL_API_KEY=…,
  // X-Subscription-Token: …). Rules keyed on the provider's name were written and measured: their
  // 26 case-insensitive keywords cost 19% of the redactor's throughput, on every byte.

  // Families added in round 19: Asana, Twitch, Salesforce, Trello and gitleaks' families we lacked (more-rules.ts).
  ...MORE_RULES,
  // Secrets in a URL's path or query (webhooks, function keys) and under a tool's printed label (url-rules.ts).
  ...URL_RULES,
];
