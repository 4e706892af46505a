/**
 * Which hits teach their value to the rest of an export (redactor.ts learns it: learned.ts), and under which name.
 * Shapes and user patterns match wherever the value is; only a value found by its context is learned. But a file left
 * out teaches what shapes find beside a name: some find a value only so (`aws_secret_access_key = …`); a token a shape
 * finds alone (`ghp_…`) is found everywhere without being learned.
 */
import { PIECE_RULE } from './concat.js';
import { keyBefore } from './cursors.js';
import { SHAPE_IDS, TOKEN_SHAPE_IDS } from './hits.js';
import { isSecretKey, isWeakSecretKey } from './key-names.js';
import type { KnownValue } from './known-values.js';
import { readsAsCredential, serviceKeyUuid } from './learn-gate.js';
import type { Hit } from './pass.js';
import { urlDecoded } from '../url-decode.js';
import { COMPANION_RULE } from './companions.js';
import { publicValue } from './public-values.js';

/**
 * Rules whose hits are never learned: values known already, decoders' whole runs, the user's patterns, blocks, pieces
 * of a value judged joined (a piece is no value: the first of an AWS session token's cut every other token there).
 */
const NOT_LEARNED = new Set([
  'known-value',
  PIECE_RULE,
  'base64-secret',
  'hex-secret',
  'escaped-secret',
  'encoded-secret',
  'custom',
]);

/** Rules that judge a value by the values or the section around it, not by its own name. */
const NEIGHBOUR_RULES = new Set([COMPANION_RULE, 'section-secret', 'labelled-secret']);

/** The lengths of hex digests (MD5, SHA-1, SHA-224, SHA-256, SHA-384, SHA-512): hex of another length is a token. */
const DIGEST_LENGTHS = new Set([32, 40, 56, 64, 96, 128]);
/** Rules whose hex is a session's token, whatever its length. */
const HEX_TOKEN_RULES = new Set(['cookie-value', 'session-cookie']);

/**
 * The name a learned value's label gives (`[REDACTED:known-value:NAME]`): its key, unless the key holds 6 characters of
 * the value (a stream's pieces joined out of order gave the key `e24dd3899688X-API-KEY`, the value's first 12: attack
 * 55) or a run of 12 hex digits and more, then the rule's.
 */
function labelName(key: string | null, value: string, rule: string): string {
  if (key === null || /[0-9a-f]{12}/i.test(key)) return rule;
  for (let i = 0; i + 6 <= key.length; i++) if (value.includes(key.slice(i, i + 6))) return rule;
  return key;
}

/** The value a hit teaches and its name, or null; `harvesting`: the hit is in a file left out (what shapes find). */
export function learnable(text: string, hit: Hit, harvesting: boolean): KnownValue | null {
  const shape = SHAPE_IDS.has(hit.rule);
  // A URL's password in its URL-encoding (`ezq%25G%21%21…@bitbucket.org` in a git-credentials file, attack 50): the
  // shape finds it only in a URL; decoded, it is said bare elsewhere.
  if (hit.rule === 'url-password' && hit.piece !== true) {
    const raw = text.slice(hit.start, hit.end);
    const decoded = urlDecoded(raw);
    if (decoded !== raw) return { name: hit.rule, value: decoded };
  }
  if ((shape && (!harvesting || TOKEN_SHAPE_IDS.has(hit.rule))) || NOT_LEARNED.has(hit.rule)) return null;
  if (hit.rule.endsWith('-block') || hit.piece) return null;
  const value = text.slice(hit.start, hit.end);
  // What a reader found by its neighbours alone is not taught when its shape is public (an SSH public key's body, an
  // address, Stripe's ids: public-values.ts): replaced in every file, a guess damaged files that hold no secret.
  if (NEIGHBOUR_RULES.has(hit.rule) && publicValue(value, text, hit.start)) return null;
  // Named by its key when the key is a secret key name (never by other text before it, which could be anything);
  // a value only a heuristic pass found is learned when it reads as a credential (learn-gate.ts).
  const key = keyBefore(text, hit.start, true);
  // A shape's match that holds its name (`x-api-key: v`) teaches the value; a token holding a `:` (Firebase's
  // `AAAA…:APA91b…`) is taught whole.
  const named = /^([A-Za-z_][\w.-]*)\s*[:=]\s*(\S+)$/.exec(value);
  if (shape) return { name: hit.rule, value: named && isSecretKey(named[1]!) ? named[2]! : value };
  if (key && key.length <= 48 && isSecretKey(key)) return { name: labelName(key, value, hit.rule), value };
  // A value its document marks secret (Terraform's sensitive values, `random_password`'s `result`: attack 50), whatever
  // its name and shape.
  if (hit.rule === 'sensitive-value') return { name: hit.rule, value };
  // Hex a weak name's judge or a cookie's found (`auth=65a3…474f1d`, `sid=…` in a cookie, attack 48), or of no
  // digest's length: a token made of hex reads as no credential to the gate (a digest's shape), yet went out where the
  // file set it again.
  if (
    /^[0-9a-f]{32,}$/i.test(value) &&
    (HEX_TOKEN_RULES.has(hit.rule) ||
      !DIGEST_LENGTHS.has(value.length) ||
      (key !== null && key.length <= 48 && isWeakSecretKey(key)))
  )
    return { name: labelName(key, value, hit.rule), value };
  if (readsAsCredential(value)) return { name: hit.rule, value };
  if (serviceKeyUuid(key, value)) return { name: labelName(key, value, hit.rule), value };
  return null;
}
