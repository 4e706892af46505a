/**
 * The judges of url-secrets.ts: which parts of a URL a recipient could use. A query or fragment parameter under a name
 * that says credential (`sig`, `token`, `auth`, `rlkey`, `X-Goog-Signature`, `access_token`; not `session`: a
 * session's id, hostile19) whose value reads as one; a path segment after a segment that says webhook or key
 * (`/hooks/`, `/webhook/`, `/with/key/`, `/webhookb2/`), on a host named for webhooks (`hook.eu1.make.com`,
 * `hooks.slack.com`) or a blockchain RPC provider's (Alchemy, Infura, QuickNode: the key is the path), and after
 * `private-` (a calendar's secret address). Ids, hashes, UUIDs (but under a webhook's path) and words stay.
 *
 * Open: a random value under a name that says nothing (`?k=`, `?x=`) or a path's segment (`/v1/<key>/`). Round 15's
 * twins keep random base64url runs and hashes holding a family's prefix (`…Rex_sk-or-dsyQI9…`, `build_<sha1>_AKIA…`)
 * and words glued after a prefix byte for byte in exactly those places (redact-glue15): no test of the value alone
 * tells such a run from a key. A key there with a family's prefix is still the rule table's.
 */
import { isPlaceholderText } from './benign.js';
import { caseAndDigitClasses, mixedAlnum, namedCredential, randomToken } from './credential-values.js';
import { shannon } from './generic.js';
import { UUID_VALUE } from './shapes.js';

/** A parameter name that says credential, by its last word (`api_key`, `authToken`, `X-Amz-Signature`, `rlkey`). */
const SECRET_PARAM =
  /(?:token|key|secret|sig|signature|auth|pass|passwd|password|pwd|jwt|hmac|code|verifier|sas|apikey)s?$/;
/**
 * Names ending in a credential's word that name no secret (SECRET_PARAM would take them): pagination and sync tokens,
 * database, cache and public keys. (Other public names, `state`, `id`, `sort`, `t`, need no entry since no value is
 * judged under a name that says nothing.)
 */
const PUBLIC_PARAM =
  /^(?:(?:next_?)?page_?token|next_?(?:page_?)?token|continuation_?token|sync_?token|(?:sort|cache|idempotency|partition|public|publishable|primary|foreign|lookup|row|object|s3)_?key)$/;

const HEX = /^[0-9a-f]+$/i;
const ALNUM20 = /^[A-Za-z0-9]{20,}$/;
const HAS_BOTH = /^(?=.*\d)(?=.*[A-Za-z])/;

/** The parameter's name normalised: lower case, `-` as `_`, a leading `x_amz_`/`x_goog_` dropped, camelCase split. */
function paramName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/-/g, '_')
    .replace(/^x_(?:amz|goog|ms)_/, '');
}

/** A value under a name that says credential: random, hex or base64 long enough, a UUID when `uuidOk`. */
export function namedUrlValue(v: string, uuidOk: boolean, min = 12): boolean {
  const bare = v.replace(/={1,2}$/, '');
  if (bare.length < min || !HAS_BOTH.test(bare) || isPlaceholderText(v)) return false;
  if (UUID_VALUE.test(bare)) return uuidOk;
  if (HEX.test(bare)) return bare.length >= 16;
  if (bare.length > 128) return /^[A-Za-z0-9+/_.~-]+$/.test(bare) && caseAndDigitClasses(bare) === 3;
  if (randomToken(bare) || namedCredential(bare) || mixedAlnum(bare)) return true;
  // Letters and digits with no separator, varied (Dropbox's `rlkey=`: 25 lower case letters, a digit or two).
  return (bare.length >= 16 && caseAndDigitClasses(bare) === 3) || (ALNUM20.test(bare) && shannon(bare) >= 3.5);
}

/** Whether the value of the parameter `name` is a secret. */
export function paramSecret(name: string, value: string): boolean {
  const n = paramName(name);
  if (PUBLIC_PARAM.test(n) || n.startsWith('utm_')) return false;
  // OpenWeather's `appid=` is its API key (32 hex digits: attack 59); Steam's is a game's number, Microsoft's an
  // application's public UUID, kept.
  if (n === 'appid') return namedUrlValue(value, false, 32);
  return SECRET_PARAM.test(n) && namedUrlValue(value, /(?:token|key|secret|sig)$/.test(n));
}

/**
 * Whether a parameter of an API's configured address (`base_url: https://gateway…/v1?access=<key>`: url-secrets.ts'
 * ENDPOINT) holds a secret: there a random value of 20 characters or more is a key whatever its name says (a gateway's
 * own parameter name: attack 57), but a public one's (PUBLIC_PARAM) and a UUID.
 */
export function endpointParamSecret(name: string, value: string): boolean {
  const n = paramName(name);
  if (PUBLIC_PARAM.test(n) || NAMES_WHAT.test(n) || n.startsWith('utm_')) return false;
  // A path is no gateway's key (a model's `meta-llama/…`); hex may be one (Azure API Management's is 32 hex digits).
  return !value.includes('/') && namedUrlValue(value, false, 20);
}

/**
 * Parameters whose names say what the value is, not whose: ids, versions, a model or a deployment, a commit or a
 * digest, a trace or a request, and an OAuth request's public ones (`client_id`, `state`, `nonce`, `code_challenge`).
 */
const NAMES_WHAT =
  /(?:^|_)(?:id|ids|state|nonce|challenge|scope|ref|version|model|deployment|commit|sha\d*|hash|digest|checksum|trace|request|span|region)$/;

/** A path segment after which the next ones are a webhook's or a key's secret. */
const SECRET_SEGMENT =
  /^(?:hooks?|webhooks?(?:-test)?|webhookb2|incomingwebhook|key|keys|token|tokens|secret|secrets)$/i;
/** Hosts whose path is a key: blockchain RPC providers (`/v2/<key>`, `/<key>/`), webhook hosts (`hook.eu1.make.com`).
 */
const KEY_HOST =
  /(?:^|\.)(?:alchemy\.com|infura\.io|quiknode\.pro|ankr\.com|chainstack\.com|blastapi\.io|getblock\.io|nodereal\.io|drpc\.org)$|^(?:web)?hooks?\./i;

/** The secret ranges ([start, end) in the segment list) of a URL's path: `segs` are [start, end) pairs of `text`. */
export function pathSecrets(text: string, host: string, segs: readonly number[]): number[] {
  const out: number[] = [];
  const keyHost = KEY_HOST.test(host);
  let after = keyHost ? 8 : 0;
  for (let i = 0; i < segs.length; i += 2) {
    const [s, e] = [segs[i]!, segs[i + 1]!];
    const seg = text.slice(s, e);
    if (after > 0 && namedUrlValue(seg, true, keyHost ? 20 : 12)) out.push(s, e);
    else if (i >= 4 && catchCode(text, segs, i)) out.push(s, e);
    else if (/^private-/i.test(seg) && namedUrlValue(seg.slice(8), false, 16)) out.push(s + 8, e);
    if (SECRET_SEGMENT.test(seg)) after = 6;
    else if (after > 0) after--;
  }
  return out;
}

const CODE = /^(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{5,12}$/;

/** A Zapier catch hook's short code: `/catch/<number>/<code>/`, letters and digits. */
function catchCode(text: string, segs: readonly number[], i: number): boolean {
  const seg = text.slice(segs[i], segs[i + 1]);
  const before = text.slice(segs[i - 4], segs[i - 3]).toLowerCase();
  return before === 'catch' && /^\d+$/.test(text.slice(segs[i - 2], segs[i - 1])) && CODE.test(seg);
}
