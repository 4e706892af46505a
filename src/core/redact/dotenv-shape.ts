/**
 * A `.env` under another name (`app_settings.txt`, a copy pasted into an answer's code block): a text whose lines are
 * mostly `NAME=value` holds its secrets under names no rule knows (`SIGNING_SALT`, `SESSION_SIGNING`). There, every
 * random-looking value is taken for a secret whatever its name, but under ids, places and public-by-design names; hex
 * only under a name that is no id, hash or test-vector field (`GIT_SHA`, `BUILD_ID`, `IV` stay). Only texts of at
 * most 256 KiB with four such lines or more, most of their lines.
 */
import { systemPath } from './code-names.js';
import { credentialLike } from './credential-values.js';
import { isAllowListed } from './generic.js';
import { notSecretEnvName } from './known-values.js';
import { runPass, type Hit, type Pass } from './pass.js';

// A dotenv line: an UPPER_SNAKE name, `=` with no blank before it (TOML and INI keys are lower case, spaced).
const ASSIGNMENT = /^[ \t]*(?:export[ \t]+)?([A-Z_][A-Z0-9_]{0,79})=(["']?)([^\s"'#]*)\2[ \t]*(?:#.*)?$/d;
/** Hex under these names is a hash, an id or a test vector's field. */
const NOT_SECRET_HEX =
  /(?:SHA|HASH|COMMIT|CHECKSUM|DIGEST|ID|REV|REVISION|VERSION|ETAG|FINGERPRINT|IV|NONCE|PLAINTEXT|CIPHERTEXT|TAG|AAD|MSG|MESSAGE|DATA|INPUT|OUTPUT|EXPECTED|VECTOR)$/;
/** Names whose values are no secrets however random: ids, places, public-by-design keys (Stripe's publishable...). */
const NOT_SECRET_NAME =
  /(?:^|_)(?:PUBLIC|PUBLISHABLE|PUB|ANON|SITE)(?:_|$)|(?:^|_)(?:ID|IDS|URL|URI|HOST|PATH|DIR|NAME|EMAIL|REGION|MODEL|VERSION|ORG|ORGANIZATION|PROJECT|ACCOUNT|BUCKET)$/;
/** Keys that are public by design, by their prefix: PostHog project keys, Langfuse, Stripe and Supabase public keys. */
const PUBLIC_VALUE = /^(?:phc_|pk-lf-|pk_(?:live|test)_|pk\.|sb_publishable_)/;
const MAX_TEXT = 256 * 1024;

function dotenvShapeHits(text: string): Hit[] {
  const hits: Hit[] = [];
  if (text.length > MAX_TEXT || text.indexOf('=') === -1) return hits;
  const found: { name: string; value: string; at: number }[] = [];
  let other = 0;
  // Line by line without splitting the text (most texts are no dotenv, and the walk gives up within a few lines).
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    const at = start;
    start = end + 1;
    if (/^\s*(?:#.*)?$/.test(line)) continue;
    const m = ASSIGNMENT.exec(line);
    if (!m) {
      // Not a dotenv: give up at once on text that is mostly something else.
      if (++other > 4 && other > found.length) return hits;
      continue;
    }
    found.push({ name: m[1]!, value: m[3]!, at: at + m.indices![3]![0] });
  }
  if (found.length < 4 || other * 3 > found.length) return hits;
  for (const { name, value, at } of found) {
    if (
      value.length < 16 ||
      NOT_SECRET_NAME.test(name) ||
      // A page's cursor (`NEXTPAGETOKEN`, `NEXT_PAGE_TOKEN`: attack 60).
      notSecretEnvName(name) ||
      PUBLIC_VALUE.test(value) ||
      isAllowListed(name, value) ||
      systemPath(value)
    )
      continue;
    if (!credentialLike(value, !NOT_SECRET_HEX.test(name))) continue;
    hits.push({ rule: 'dotenv-value', start: at, end: at + value.length });
  }
  return hits;
}

/** The pass of random-looking values in dotenv-shaped text. */
export function dotenvShapePass(): Pass {
  return runPass(dotenvShapeHits);
}
