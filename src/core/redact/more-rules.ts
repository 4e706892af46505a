/**
 * Provider families added in round 19 (rules.ts spreads them into the table): those an attacker's plants showed
 * missing (Asana, Twitch, Trello; Salesforce's is in rules.ts) and those of gitleaks' list (MIT) a MassGen user can
 * hold that the table lacked. Each written from the provider's documented token format; BIP-38 keys are
 * wallet-codes.ts's. A prefix that is also a common word or code (`oauth:`, `API-`, `pat.`, `0/`) is followed by a
 * strict body: an exact length and alphabet, and a digit or a capital where random bodies hold one and words do not.
 */
import { BOUNDARY, END, END_B64, fromLiteral, type ShapeRule } from './shapes.js';
import { PAIR_RULES } from './pair-rules.js';
import { WEAK_PREFIX_RULES } from './weak-prefix-rules.js';

/** A digit or a capital letter in the next `n` token characters (random base62 holds one; a snake_case word none). */
const DIGIT_OR_CAPITAL = (n: number): string => `(?=[a-z_-]{0,${n - 1}}[A-Z0-9])`;

/** A token character of a Microsoft refresh token, or a `.` between two. */
const MS_BODY = '(?:[A-Za-z0-9_*!$-]|\\.(?=[A-Za-z0-9_*!$-]))';
/** A digit, a lower-case and a capital letter among the next 60 characters of a Microsoft token. */
const MIXED_TAIL = ['[0-9]', '[a-z]', '[A-Z]'].map((c) => `(?=[A-Za-z0-9._*!$-]{0,60}${c})`).join('');

export const MORE_RULES: readonly ShapeRule[] = [
  ...WEAK_PREFIX_RULES,
  ...PAIR_RULES,
  // Asana personal access tokens: `2/<user gid>/<token gid>:<32 hex>`, older `1/<user id>:<32 hex>` and `0/<32 hex>`.
  // The `0/` form must not follow `.` or `/` (`v1.0/<md5>`, a path's `/0/<digest>`).
  {
    id: 'asana-pat',
    keywords: ['0/', '1/', '2/'],
    prefix: true,
    source: `(?:1/\\d{1,19}:[a-f0-9]{32}|2/\\d{1,19}/\\d{1,19}:[a-f0-9]{32}|0/(?<![./]0/)[a-f0-9]{32})${END}`,
  },
  // Twitch chat (IRC) OAuth tokens: `oauth:` + 30 lower-case alphanumerics, a digit and a letter among them.
  {
    id: 'twitch-oauth-token',
    keywords: ['oauth:'],
    prefix: true,
    source: `oauth:(?=[a-z]{0,29}[0-9])(?=[0-9]{0,29}[a-z])[a-z0-9]{30}${END}`,
  },
  // Trello API tokens: ATTA + 64 hex + an 8-hex checksum.
  { id: 'trello-token', keywords: ['ATTA'], prefix: true, source: `ATTA[a-fA-F0-9]{72}${END}` },
  // Adobe (I/O) OAuth client secrets.
  { id: 'adobe-client-secret', keywords: ['p8e-'], prefix: true, source: `p8e-[A-Za-z0-9]{32}${END}` },
  { id: 'clojars-token', keywords: ['CLOJARS_'], prefix: true, source: `CLOJARS_[a-z0-9]{60}${END}` },
  // Defined Networking (managed Nebula) API keys.
  {
    id: 'defined-networking-key',
    keywords: ['dnkey-'],
    prefix: true,
    source: `dnkey-[A-Za-z0-9_=]{26}-[A-Za-z0-9_=-]{52}${END}`,
  },
  {
    id: 'duffel-token',
    keywords: ['duffel_test_', 'duffel_live_'],
    prefix: true,
    source: `duffel_(?:test|live)_[A-Za-z0-9_=-]{43}${END}`,
  },
  { id: 'easypost-key', keywords: ['EZAK', 'EZTK'], prefix: true, source: `EZ[AT]K[A-Za-z0-9]{54}${END}` },
  { id: 'frameio-token', keywords: ['fio-u-'], prefix: true, source: `fio-u-[A-Za-z0-9_=-]{64}${END}` },
  // 42 (intra) OAuth client secrets.
  { id: 'intra42-secret', keywords: ['s-s4t2'], prefix: true, source: `s-s4t2(?:ud|af)-[a-f0-9]{64}${END}` },
  // MaxMind (GeoIP) license keys: 6 + `_` + 29 + `_mmk`, found from the suffix.
  { id: 'maxmind-license-key', keywords: ['_mmk'], source: fromLiteral('_mmk', '[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk') },
  // Octopus Deploy API keys: API- + 26 upper-case alphanumerics, a digit among them (`API-GATEWAYCONFIGURATION…`).
  {
    id: 'octopus-deploy-key',
    keywords: ['API-'],
    prefix: true,
    source: `API-(?=[A-Z]{0,25}[0-9])[A-Z0-9]{26}${END}`,
  },
  // OpenShift OAuth access tokens (`oc whoami -t`).
  { id: 'openshift-token', keywords: ['sha256~'], prefix: true, source: `sha256~[A-Za-z0-9_-]{43}${END}` },
  { id: 'scalingo-token', keywords: ['tk-us-'], prefix: true, source: `tk-us-[A-Za-z0-9_-]{48}${END}` },
  {
    id: 'settlemint-token',
    keywords: ['sm_aat_', 'sm_pat_', 'sm_sat_'],
    prefix: true,
    source: `sm_(?:aat|pat|sat)_${DIGIT_OR_CAPITAL(16)}[A-Za-z0-9]{16}${END}`,
  },
  // JFrog reference tokens: base64 of `reftkn:01:<expiry>:<random>`.
  {
    id: 'jfrog-reference-token',
    keywords: ['cmVmdGtuOjAx'],
    prefix: true,
    source: `cmVmdGtuOjAx[A-Za-z0-9+/_-]{44,60}={0,2}${END_B64}`,
  },
  // ClickHouse Cloud API secrets: 4b1d + 38 base62 (a capital among them: a hex run is no match).
  {
    id: 'clickhouse-cloud-key',
    keywords: ['4b1d'],
    prefix: true,
    source: `4b1d(?=[a-z0-9]{0,37}[A-Z])[A-Za-z0-9]{38}${END}`,
  },
  // Harness personal and service account tokens: pat./sat. + account id (22) + token id (24) + secret (20).
  {
    id: 'harness-token',
    keywords: ['pat.', 'sat.'],
    prefix: true,
    source: `[ps]at\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20}${END}`,
  },
  // Mailgun private API and webhook signing keys of the current form: 32 hex, `-`, 8 hex, `-`, 8 hex (no literal: a
  // finder of its own, searched inside the text's token runs as Discord's).
  {
    id: 'mailgun-api-key',
    keywords: [],
    finder: '[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}',
    source: `${BOUNDARY}[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}${END}`,
  },
  // Flutterwave encryption keys: FLWSECK_TEST (or FLWSECK) + 12 hex (the secret key's `-…-X` form is rules.ts's).
  {
    id: 'flutterwave-encryption-key',
    keywords: ['FLWSECK'],
    prefix: true,
    source: `FLWSECK(?:_TEST)?[a-f0-9]{12}${END}`,
  },
  // Microsoft identity platform (Azure AD, MSAL) refresh tokens: `0.A`/`1.A` + hundreds of base64url characters in
  // parts joined by `.`, with `-`, `_`, `*`, `!`, `$` (the match stopped at the first of those: the rest went out). A
  // `.` counts only between token characters (a sentence's full stop stays).
  {
    id: 'microsoft-refresh-token',
    keywords: ['0.A', '1.A'],
    prefix: true,
    source: `[01]\\.A${MIXED_TAIL}${MS_BODY}{100,}${END}`,
  },
  // Microsoft account (MSA, consumer) refresh tokens: `M.C5xx_BAY.`/`M.R3_BL2.` (a data centre) then the same body.
  {
    id: 'microsoft-refresh-token',
    keywords: ['M.C', 'M.R'],
    prefix: true,
    source: `M\\.[CR][0-9]{1,4}_[A-Z]{1,4}[0-9]?\\.${MIXED_TAIL}${MS_BODY}{100,}${END}`,
  },
  // Yandex Cloud IAM tokens: t1. + a payload + `.` + an 86-character signature.
  {
    id: 'yandex-iam-token',
    keywords: ['t1.'],
    prefix: true,
    source: `t1\\.[A-Za-z0-9_-]{20,}={0,2}\\.[A-Za-z0-9_-]{86}={0,2}${END}`,
  },
];
