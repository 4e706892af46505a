/**
 * Families whose prefix is an ordinary word or a common base64 start, or that have none (round 20: an attacker's plants
 * went out wherever no key name labelled them): Mollie `live_`/`test_` keys, Lambda Cloud `secret_…` keys, Adyen
 * `AQE…` keys, Upstash REST tokens, MySQL native password hashes. The prefix alone says nothing (`live_reload`,
 * `test_user_creation_flow`, `secret_key_base`), so the rest of each shape is strict: an exact length and alphabet,
 * the mix of classes a random body holds and a name does not, the structure its provider writes.
 */
import { BOUNDARY, END, END_B64, type ShapeRule } from './shapes.js';

const B64 = '[A-Za-z0-9+/]';

export const WEAK_PREFIX_RULES: readonly ShapeRule[] = [
  // Mollie API keys: live_ or test_ + 30 alphanumerics. A random body holds a capital and a lower-case letter, and a
  // digit or (one in 200 lacks a digit) two capitals in a row; a snake_case or camelCase test name does not.
  {
    id: 'mollie-api-key',
    keywords: ['live_', 'test_'],
    prefix: true,
    source:
      '(?:live|test)_(?=[a-z0-9]{0,29}[A-Z])(?=[A-Z0-9]{0,29}[a-z])' +
      `(?:(?=[A-Za-z]{0,29}[0-9])|(?=[A-Za-z0-9]{0,28}[A-Z]{2}))[A-Za-z0-9]{30}${END}`,
  },
  // Lambda Cloud API keys: secret_ + the key's name + `_` + 32 hex + `.` + 32 alphanumerics.
  {
    id: 'lambda-cloud-key',
    keywords: ['secret_'],
    prefix: true,
    source: `secret_[A-Za-z0-9_-]{1,64}?_[a-f0-9]{32}\\.[A-Za-z0-9]{32}${END}`,
  },
  // Adyen API keys: AQE + base64 of the key's id (90 characters or more, a digit among them), then optionally `-` + 44
  // characters of base64 and `-` + a short tail of any printable characters. A PEM or MIME line (64 or 76 characters)
  // of a certificate may start `AQEB`: too short, also joined to a short literal after it (split.ts).
  {
    id: 'adyen-api-key',
    keywords: ['AQE'],
    prefix: true,
    source:
      `AQE(?=[A-Za-z+/]{0,60}[0-9])(?=[a-z0-9+/]{0,60}[A-Z])${B64}{87,200}` +
      `(?:={0,2}-${B64}{43}=(?:-[^\\s"'\`<>]{1,16})?|={0,2}${END_B64})`,
  },
  // Upstash REST tokens: base64 of 0x01 (0x02 read-only), the database's two id bytes, then 0x01 0x24 0x20 and a UUID
  // with 32 hex (`ASQg…`) or 0x00 0x02 0x23 and `p1…` (`AAIj…`): found at that literal, the
  // token's head read back.
  ...['ASQg', 'AAIj'].map((lit) => ({
    id: 'upstash-rest-token',
    keywords: [lit],
    source: `${lit}(?<=${BOUNDARY}(?<s>A${B64}{3}${lit}))${B64}{40,120}={0,2}${END_B64}`,
    toMatchEnd: true,
  })),
  // MySQL native password hashes (mysql.user's authentication_string, `IDENTIFIED BY PASSWORD`): `*` + 40 upper-case
  // hex (a SHA-1 of a SHA-1). `*` is no keyword (every Markdown list and glob): the finder holds the shape.
  {
    id: 'mysql-native-password-hash',
    keywords: [],
    finder: '\\*[0-9A-F]{40}',
    prefix: true,
    source: `\\*(?<!\\*\\*)[0-9A-F]{40}${END}`,
  },
];
