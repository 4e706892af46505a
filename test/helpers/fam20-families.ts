/**
 * Fam20: families with a weak prefix or none (Mollie `live_`/`test_`, Upstash REST tokens, Adyen `AQE…` API keys,
 * Lambda Cloud `secret_<name>_<hex>.<key>` keys, MySQL native password hashes) that went out when no key name labels
 * them (attack19). Each family makes fresh values in its provider's documented shape (a seeded PRNG: no token is
 * committed) and look-alikes that must survive: the prefix in words and snake_case names, the wrong length or
 * alphabet, the same literal in benign data.
 */
import type { SeededGen } from './fake-secrets.js';
import type { Family } from './fam19-families.js';

const UPPER_HEX = '0123456789ABCDEF';
const upperHex = (g: SeededGen, n: number): string => Array.from({ length: n }, () => UPPER_HEX[g.int(16)]!).join('');
const bytes = (g: SeededGen, n: number): number[] => Array.from({ length: n }, () => g.int(256));
const uuid = (g: SeededGen): string => [8, 4, 4, 4, 12].map((n) => g.pick('hex', n)).join('-');

/** Random alphanumerics of length n as a key generator draws them (no filter: a key may lack a digit). */
const alnum = (g: SeededGen, n: number): string => g.pick('alnum', n);

/**
 * An Upstash REST token: base64 of 0x01 (0x02 read-only), two bytes of the database's id, then 0x01 0x24 0x20 (`ASQg`)
 * and the ASCII of a UUID and 32 hex digits, or (newer) 0x00 0x02 0x23 (`AAIj`) and `p1`, 32 hex digits, `p1<n>`.
 */
function upstash(g: SeededGen): string {
  const id = [g.one([0x01, 0x02]), g.int(256), g.int(256)];
  const older = g.int(2) === 0;
  const head = Buffer.from([...id, ...(older ? [0x01, 0x24, 0x20] : [0x00, 0x02, 0x23])]);
  const body = Buffer.from(older ? `${uuid(g)}${g.pick('hex', 32)}` : `p1${g.pick('hex', 32)}p1${g.int(10)}`);
  const b64 = Buffer.concat([head, body]).toString('base64');
  return g.int(2) === 0 ? b64 : b64.replace(/=+$/, '');
}

/** An Adyen API key: `AQE` + base64 (the key's id), `==-`, a 44-character base64 part, `=-`, a short tail. */
function adyen(g: SeededGen): string {
  const id = Buffer.from([0x01, 0x01, 0x32 + g.int(8), ...bytes(g, 66 + 3 * g.int(6))]).toString('base64');
  const mid = Buffer.from(bytes(g, 32)).toString('base64');
  return g.one([id, `${id}-${mid}-${g.pick('urlsafe', 16)}`, `${id}-${mid}`]);
}

export const FAMILIES20: Family[] = [
  {
    // A Salesforce session id whose body holds `-` (the match stopped there and the tail went out).
    id: 'salesforce-dash',
    make: (g) => {
      const body = g.pick('alnum', 70 + g.int(40)).split('');
      for (let k = 1 + g.int(3); k > 0; k--) body[10 + g.int(body.length - 20)] = g.one(['-', '_', '.']);
      return `00D${g.pick('alnum', 12)}${g.one(['', g.pick('upperAlnum', 3)])}!A${g.one(['Q', 'R'])}${body.join('')}`;
    },
    alikes: (g) => [`00D${g.pick('alnum', 12)}!Awesome-${g.pick('lowerAlnum', 8)}`, `Hello!AR-${g.pick('alnum', 20)}`],
  },
  {
    id: 'mollie-api-key',
    make: (g) => `${g.one(['live', 'test'])}_${alnum(g, 30)}`,
    alikes: (g) => [
      'live_reload',
      'test_user_creation_flow_with_valid_email',
      `test_${g.pick('letters', 30).toLowerCase()}`,
      'test_createUserWithValidEmailAndPwd',
      `live_stream_${g.pick('lowerAlnum', 18)}`,
      'test_should_return_404_when_missing',
      `test_${g.pick('digits', 30)}`,
    ],
  },
  {
    id: 'upstash-rest-token',
    make: upstash,
    alikes: (g) => [
      `AX${g.pick('alnum', 10)}`,
      'AXIS_LABEL_FONT_SIZE',
      'AYUSH_ASQg_TEST',
      Buffer.from(`{"id":"${uuid(g)}"}`).toString('base64'),
    ],
  },
  {
    id: 'adyen-api-key',
    make: adyen,
    alikes: (g) => [
      'AQEDAQ',
      `AQE${g.pick('alnum', 12)}`,
      'AQEAAQ== is the RSA exponent in base64',
      `AQEL${g.pick('lowerAlnum', 20)}`,
      // A certificate's PEM (64) and MIME (76) lines.
      `AQEB${g.pick('b64', 60)}`,
      `AQEA${g.pick('b64', 72)}`,
    ],
  },
  {
    id: 'lambda-cloud-key',
    make: (g) =>
      `secret_${g.one([g.pick('lowerAlnum', 8), 'my-key', `key${g.int(100)}`])}_${g.pick('hex', 32)}.${alnum(g, 32)}`,
    alikes: (g) => [
      'secret_key_base',
      `secret_${g.pick('hex', 32)}`,
      'secret_access_key_id',
      `secret_manager_${g.pick('lowerAlnum', 8)}.json`,
      `secret_name_${g.pick('hex', 12)}.txt`,
    ],
  },
  {
    id: 'mysql-native-hash',
    make: (g) => `*${upperHex(g, 40)}`,
    alikes: (g) => [
      `*${g.pick('hex', 40)}`,
      `**${upperHex(g, 8)}**`,
      `*${upperHex(g, 32)}`,
      '*NOTE* see ABCDEF0123',
      `sha1 ${upperHex(g, 40)}`,
    ],
  },
];
