/**
 * `id:secret` pairs (round 21): a provider's public id and its secret written as one value, `<id>:<secret>`, which
 * SDKs and CLIs take whole (Ably's `<appId>.<keyId>:<secret>`, Algolia's `<APP_ID>:<admin key>`, Pusher's
 * `<key>:<secret>`, Confluent's `<API key>:<API secret>`). The id alone went out as a short run, the secret after the
 * `:` was read as another word; each shape here is exact (the lengths and alphabets the providers document) and its
 * secret must read as random (a digit and a letter, both cases where the alphabet has them). The whole pair is
 * replaced. Found by a finder of their own: `:` then 20 token characters, rare outside such pairs (a URL's `://`, a
 * JSON `":"` and a YAML `: ` do not reach it).
 */
import { BOUNDARY, END_B64, type ShapeRule } from './shapes.js';

/** A digit, a lower-case and an upper-case letter in the next `n` characters of `set`. */
const MIXED_IN = (set: string, n: number): string =>
  `(?=${set}{0,${n - 1}}[0-9])(?=${set}{0,${n - 1}}[a-z])(?=${set}{0,${n - 1}}[A-Z])`;
/** A digit and a letter in the next `n` lower-case hex digits. */
const HEX_MIXED = (n: number): string => `(?=[0-9]{0,${n - 1}}[a-f])(?=[a-f]{0,${n - 1}}[0-9])`;

const B64 = '[A-Za-z0-9+/_-]';

const PAIRS = [
  // Ably: app id (6 alphanumerics) `.` key id (6 base64url) `:` a secret of about 43 base64 characters.
  `[A-Za-z0-9]{6}\\.[A-Za-z0-9_-]{6}:${MIXED_IN(B64, 40)}${B64}{30,60}={0,2}`,
  // Algolia: a 10-character application id (capitals and digits) `:` a 32-hex key.
  `[A-Z0-9]{10}:${HEX_MIXED(32)}[a-f0-9]{32}`,
  // Pusher Channels: a 20-hex key `:` a 20-hex secret.
  `${HEX_MIXED(20)}[a-f0-9]{20}:${HEX_MIXED(20)}[a-f0-9]{20}`,
  // Confluent Cloud: a 16-character API key `:` a 64-character base64 secret.
  `[A-Z0-9]{16}:${MIXED_IN('[A-Za-z0-9+/]', 64)}[A-Za-z0-9+/]{64}`,
];

export const PAIR_RULES: readonly ShapeRule[] = [
  {
    id: 'id-secret-pair',
    keywords: [],
    finder: ':[A-Za-z0-9+/_-]{20}',
    source: `${BOUNDARY}(?:${PAIRS.join('|')})${END_B64}`,
  },
];
