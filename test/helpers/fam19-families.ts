/**
 * Fam19: secret families that had no rule (Asana, Twitch, Salesforce, BIP-38, Trello, and the families of gitleaks'
 * list a MassGen user can hold that we lacked). Each family makes fresh values in its provider's documented shape
 * (a seeded PRNG: no token is committed) and look-alikes that must survive: the prefix in ordinary words and
 * identifiers, the wrong length, the wrong alphabet.
 */
import { createHash } from 'node:crypto';
import type { SeededGen } from './fake-secrets.js';

export interface Family {
  id: string;
  make: (g: SeededGen) => string;
  /** Must survive; a random body after a key's prefix is shorter than sixteen characters (stubs.ts, round 31). */
  alikes: (g: SeededGen) => string[];
}

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Base58 of the bytes, leading zero bytes as `1`s. */
function base58(bytes: readonly number[]): string {
  let x = 0n;
  for (const b of bytes) x = x * 256n + BigInt(b);
  let s = '';
  while (x > 0n) {
    s = B58[Number(x % 58n)]! + s;
    x /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    s = `1${s}`;
  }
  return s;
}

const bytes = (g: SeededGen, n: number): number[] => Array.from({ length: n }, () => g.int(256));

/** A BIP-38 encrypted key: 0x01 0x42 (or 0x43, EC-multiplied), a flag byte, 36 bytes, a base58check checksum. */
function bip38(g: SeededGen, checksum = true): string {
  const ec = g.int(2) === 1;
  const flag = ec ? g.one([0x00, 0x20]) : g.one([0xc0, 0xe0]);
  const payload = [0x01, ec ? 0x43 : 0x42, flag, ...bytes(g, 36)];
  const sum = createHash('sha256')
    .update(createHash('sha256').update(Buffer.from(payload)).digest())
    .digest();
  const check = checksum ? [...sum.subarray(0, 4)] : bytes(g, 4);
  return base58([...payload, ...check]);
}

/** A random string over `chars` holding a digit and a letter (as random keys of such lengths do). */
function mixed(g: SeededGen, set: Parameters<SeededGen['pick']>[0], n: number): string {
  for (;;) {
    const s = g.pick(set, n);
    if (/\d/.test(s) && /[A-Za-z]/.test(s)) return s;
  }
}

const digits = (g: SeededGen, n: number): string => String(1 + g.int(9)) + g.pick('digits', n - 1);
const upperHex = (g: SeededGen, n: number): string => g.pick('hex', n).toUpperCase();
const b64url = (s: string): string => Buffer.from(s).toString('base64url');

export const FAMILIES: Family[] = [
  {
    id: 'asana-pat',
    make: (g) =>
      g.one([
        () => `2/${digits(g, 16)}/${digits(g, 16)}:${mixed(g, 'hex', 32)}`,
        () => `1/${digits(g, 7 + g.int(10))}:${mixed(g, 'hex', 32)}`,
        () => `0/${mixed(g, 'hex', 32)}`,
      ])(),
    alikes: (g) => [
      `2/${digits(g, 16)}/${digits(g, 16)}`,
      `1/${digits(g, 4)}:${g.pick('hex', 8)}`,
      `v1.0/${g.pick('hex', 32)}`,
      `passed 2/3 tests in 0/1 shards`,
      `2/${digits(g, 16)}:${g.pick('lowerAlnum', 20)}`,
    ],
  },
  {
    id: 'twitch-oauth',
    make: (g) => `oauth:${mixed(g, 'lowerAlnum', 30)}`,
    alikes: (g) => [
      'oauth:authorizationcodeflowexample',
      `oauth:${g.pick('lowerAlnum', 20)}`,
      'scopes: oauth:read oauth:write',
      `oauth:${g.pick('letters', 30)}`,
      'oauth:client_credentials_grant_flow',
    ],
  },
  {
    id: 'salesforce-session',
    make: (g) => {
      const org = `00D${mixed(g, 'alnum', 12)}${g.one(['', g.pick('upperAlnum', 3)])}`;
      const body = mixed(g, 'alnum', 60 + g.int(40));
      const cut = 10 + g.int(40);
      return `${org}!A${g.one(['Q', 'R'])}${body.slice(0, cut)}${g.one(['.', '_', ''])}${body.slice(cut)}`;
    },
    alikes: (g) => [
      `00D${g.pick('digits', 12)}`,
      `0x00D${upperHex(g, 12)}`,
      `00D${g.pick('alnum', 12)}!Awesome`,
      `Hello!Another ${g.pick('alnum', 20)}`,
      `00 D0 ${upperHex(g, 2)} 00 00 00D0 00D0`,
    ],
  },
  {
    id: 'bip38-encrypted-key',
    make: (g) => bip38(g),
    alikes: (g) => ['6Pack of beers', `6P${g.pick('alnum', 20)}`, `6P${g.pick('hex', 56)}0O`, 'the 6PR ratio'],
  },
  {
    id: 'trello-token',
    make: (g) => `ATTA${mixed(g, 'hex', 64)}${upperHex(g, 8)}`,
    alikes: (g) => [
      'ATTACHMENT_DIR=/tmp/attachments',
      `ATTA${g.pick('hex', 20)}`,
      'ATTACK_SURFACE ATTAINED',
      `ATTAChment${g.pick('digits', 4)}`,
    ],
  },
  {
    id: 'adobe-client-secret',
    make: (g) => `p8e-${mixed(g, 'alnum', 32)}`,
    alikes: (g) => ['p8e-config', `p8e-${g.pick('alnum', 12)}`, 'use p8e-style keys'],
  },
  {
    id: 'clojars-token',
    make: (g) => `CLOJARS_${mixed(g, 'lowerAlnum', 60)}`,
    alikes: () => ['CLOJARS_USERNAME=me', 'CLOJARS_DEPLOY_TOKEN', 'CLOJARS_PASSWORD_FILE'],
  },
  {
    id: 'defined-networking-key',
    make: (g) => `dnkey-${mixed(g, 'upperAlnum', 26)}-${mixed(g, 'urlsafe', 52)}`,
    alikes: (g) => ['dnkey-config.yaml', `dnkey-${g.pick('upperAlnum', 10)}`],
  },
  {
    id: 'duffel-token',
    make: (g) => `duffel_${g.one(['test', 'live'])}_${mixed(g, 'urlsafe', 43)}`,
    alikes: () => ['duffel_test_mode', 'duffel_live_orders_table', 'duffel_test_client_setup'],
  },
  {
    id: 'easypost-key',
    make: (g) => `EZ${g.one(['A', 'T'])}K${mixed(g, 'alnum', 54)}`,
    alikes: (g) => ['EZAKing', `EZTK${g.pick('alnum', 20)}`, 'EZAK_STATUS'],
  },
  {
    id: 'frameio-token',
    make: (g) => `fio-u-${mixed(g, 'urlsafe', 64)}`,
    alikes: (g) => ['fio-u-client', `fio-u-${g.pick('lowerAlnum', 16).slice(0, 12)}`],
  },
  {
    id: 'intra42-secret',
    make: (g) => `s-s4t2${g.one(['ud', 'af'])}-${mixed(g, 'hex', 64)}`,
    alikes: (g) => [`s-s4t2ud-${g.pick('hex', 20).slice(0, 12)}`, 's-s4t2af-example'],
  },
  {
    id: 'maxmind-license-key',
    make: (g) => `${mixed(g, 'alnum', 6)}_${mixed(g, 'alnum', 29)}_mmk`,
    alikes: (g) => ['load_geo_mmk', `${g.pick('letters', 6)}_mmk`, 'my_module_mmk_test'],
  },
  {
    id: 'octopus-deploy-key',
    make: (g) => `API-${mixed(g, 'upperAlnum', 26)}`,
    alikes: (g) => ['API-GATEWAY-CONFIGURATION', `API-${g.pick('upperAlnum', 8)}`, 'API-KEY-ROTATION-SCHEDULE'],
  },
  {
    id: 'openshift-token',
    make: (g) => `sha256~${mixed(g, 'urlsafe', 43)}`,
    alikes: (g) => ['sha256~digest', `sha256~${g.pick('hex', 16)}`, `sha256:${g.pick('hex', 64)}`],
  },
  {
    id: 'scalingo-token',
    make: (g) => `tk-us-${mixed(g, 'urlsafe', 48)}`,
    alikes: () => ['tk-us-east-1', 'tk-us-west-config'],
  },
  {
    id: 'settlemint-token',
    make: (g) => `sm_${g.one(['aat', 'pat', 'sat'])}_${mixed(g, 'alnum', 16)}`,
    alikes: () => ['sm_pat_config', 'sm_sat_scores', 'sm_aat_table_name_x'],
  },
  {
    id: 'jfrog-reference-token',
    make: (g) => b64url(`reftkn:01:${digits(g, 10)}:${mixed(g, 'alnum', 27)}`),
    alikes: () => [b64url('reftkn:01'), b64url('reference text')],
  },
  {
    id: 'clickhouse-cloud-key',
    make: (g) => `4b1d${mixed(g, 'alnum', 38)}`,
    alikes: (g) => [`4b1d${g.pick('hex', 36)}`, `4b1d${g.pick('hex', 60)}`, '0x4b1d'],
  },
  {
    id: 'harness-token',
    make: (g) =>
      `${g.one(['pat', 'sat'])}.${mixed(g, 'urlsafe', 22)}.${mixed(g, 'alnum', 24)}.${mixed(g, 'alnum', 20)}`,
    alikes: () => ['pat.example.com', 'sat.getDate.toString.valueOf', 'pat.name.first.last'],
  },
  {
    id: 'mailgun-api-key',
    make: (g) => `${mixed(g, 'hex', 32)}-${mixed(g, 'hex', 8)}-${mixed(g, 'hex', 8)}`,
    alikes: (g) => [
      `${g.pick('hex', 8)}-${g.pick('hex', 4)}-${g.pick('hex', 4)}-${g.pick('hex', 4)}-${g.pick('hex', 12)}`,
      `${g.pick('hex', 40)}-${g.pick('hex', 8)}-${g.pick('hex', 8)}`,
      `${g.pick('hex', 32)}-${g.pick('hex', 8)}`,
    ],
  },
  {
    id: 'flutterwave-encryption-key',
    make: (g) => `FLWSECK${g.one(['_TEST', ''])}${mixed(g, 'hex', 12)}`,
    alikes: () => ['FLWSECK_TEST_MODE', 'FLWSECK_TEST', 'FLWSECK_TESTING_ENABLED'],
  },
  {
    id: 'yandex-iam-token',
    make: (g) => `t1.9euel${mixed(g, 'urlsafe', 120 + g.int(80))}.${mixed(g, 'urlsafe', 86)}`,
    alikes: () => ['t1.start()', 't1.join(timeout=5)', 't1.micro.instance'],
  },
];
