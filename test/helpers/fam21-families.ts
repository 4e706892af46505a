/**
 * Fam21 (issue 11, categories 5 and 8): families cut short. An `id:secret` pair (Ably, Twilio, Algolia, Pusher,
 * Confluent, a basic-auth pair) whose secret after the `:` went out while the id before it was replaced, and long
 * opaque tokens (Microsoft identity refresh tokens, Google refresh tokens, Salesforce sessions, AWS session
 * tokens, JWE) replaced only in part. Each family makes fresh values in its provider's documented shape (a seeded
 * PRNG: no token is committed) and look-alikes that must survive. `secret` names the part that must not go out.
 */
import type { SeededGen } from './fake-secrets.js';

export interface Family21 {
  id: string;
  make: (g: SeededGen) => string;
  alikes: (g: SeededGen) => string[];
  /** The part of a value that must not go out (the whole value when absent). */
  secret?: (v: string) => string;
}

const afterColon = (v: string): string => v.slice(v.indexOf(':') + 1);
const b64 = (g: SeededGen, n: number): string => g.pick('b64', n);
const url = (g: SeededGen, n: number): string => g.pick('urlsafe', n);

/** Random characters of `set` with `extra` characters sprinkled in (never first or last). */
function sprinkled(g: SeededGen, n: number, extra: readonly string[], k: number): string {
  const body = url(g, n).split('');
  for (let i = 0; i < k; i++) body[1 + g.int(n - 2)] = g.one(extra);
  return body.join('');
}

/** A Microsoft identity platform refresh token: `0.A`/`1.A` + base64url parts joined by `.`, hundreds long. */
function msalRefresh(g: SeededGen): string {
  const parts = Array.from({ length: 2 + g.int(4) }, () => sprinkled(g, 80 + g.int(300), ['-', '_'], 6));
  return `${g.one(['0', '1'])}.A${g.one(['R', 'V', 'X', 'S'])}${parts.join('.')}`;
}

/** A Microsoft account (MSA) refresh token: `M.C5xx_BAY.0.U.-` then base64url with `!`, `*`, `$`. */
function msaRefresh(g: SeededGen): string {
  const head = `M.${g.one(['C', 'R'])}${g.int(10)}${g.int(10)}${g.int(10)}_${g.one(['BAY', 'BL2', 'SN1', 'W1'])}`;
  const body = sprinkled(g, 300 + g.int(500), ['!', '*', '$', '-', '_'], 20);
  return `${head}.${g.int(2)}.U.-${body}${g.one(['', '$$', '$'])}`;
}

/** A JWE in compact form: a JSON header, an encrypted key (empty for `dir`), an IV, a ciphertext, a tag. */
function jwe(g: SeededGen): string {
  const alg = g.one(['RSA-OAEP', 'RSA-OAEP-256', 'dir', 'A256KW', 'ECDH-ES']);
  const header = Buffer.from(JSON.stringify({ alg, enc: g.one(['A256GCM', 'A128CBC-HS256']) })).toString('base64url');
  const key = alg === 'dir' || alg === 'ECDH-ES' ? '' : url(g, 342);
  return [header, key, url(g, 16), url(g, 200 + g.int(600)), url(g, 22)].join('.');
}

export const PAIRS21: Family21[] = [
  {
    id: 'ably-key',
    make: (g) => `${g.pick('alnum', 6)}.${url(g, 6)}:${url(g, 43)}`,
    alikes: (g) => [
      `${g.pick('lowerAlnum', 6)}.${g.pick('lowerAlnum', 6)}:${g.pick('digits', 4)}`,
      `config.widget:${g.pick('letters', 12)}`,
      'module.export:defaultValue',
    ],
    secret: afterColon,
  },
  {
    id: 'twilio-sid-token',
    make: (g) =>
      g.int(2) ? `AC${g.pick('hex', 32)}:${g.pick('hex', 32)}` : `SK${g.pick('hex', 32)}:${g.pick('alnum', 32)}`,
    alikes: (g) => [`AC${g.pick('hex', 32)}`, `AC${g.pick('hex', 32)}:Messages`],
    secret: afterColon,
  },
  {
    id: 'algolia-app-key',
    make: (g) => `${g.pick('upperAlnum', 10)}:${g.pick('hex', 32)}`,
    alikes: (g) => [`${g.pick('upperAlnum', 10)}:${g.int(100)}`, `README:${g.pick('letters', 10)}`],
    secret: afterColon,
  },
  {
    id: 'pusher-key-secret',
    make: (g) => `${g.pick('hex', 20)}:${g.pick('hex', 20)}`,
    alikes: (g) => [`${g.pick('hex', 20)}:${g.int(1000)}`, `sha1:${g.pick('hex', 40)}`, `md5:${g.pick('hex', 32)}`],
    secret: afterColon,
  },
  {
    id: 'confluent-key-secret',
    make: (g) => `${g.pick('upperAlnum', 16)}:${b64(g, 64)}`,
    alikes: (g) => [`${g.pick('upperAlnum', 16)}:${g.int(10000)}`, `sha256:${g.pick('hex', 64)}`],
    secret: afterColon,
  },
];

export const LONG21: Family21[] = [
  {
    id: 'msal-refresh-token',
    make: msalRefresh,
    alikes: (g) => [`0.A${g.int(10)}`, `1.Add ${g.pick('letters', 8)}`, `0.${g.pick('digits', 30)}`],
  },
  {
    id: 'msa-refresh-token',
    make: msaRefresh,
    alikes: (g) => [`M.C${g.int(1000)}`, 'M.Ctrl', `M.R${g.int(10)}_BAY`],
  },
  {
    id: 'google-refresh-long',
    make: (g) => `1//0${g.one(['3', '4', '5', '6', '9', 'd', 'e', 'g'])}${url(g, 95 + g.int(40))}`,
    alikes: () => ['1//0', 'http://0.0.0.0:8080'],
  },
  {
    id: 'salesforce-session-long',
    make: (g) => `00D${g.pick('alnum', 15)}!AQ${sprinkled(g, 90 + g.int(30), ['.', '_'], 4)}`,
    alikes: (g) => [`00D${g.pick('alnum', 12)}`],
  },
  {
    id: 'aws-session-long',
    make: (g) => `${g.one(['IQoJb3JpZ2luX2Vj', 'FwoGZXIvYXdzE'])}${b64(g, 300 + g.int(600))}${g.one(['', '=', '=='])}`,
    alikes: () => ['IQoJ', 'FwoG'],
  },
  {
    id: 'jwe-compact',
    make: jwe,
    alikes: (g) => [`eyJ${g.pick('letters', 6)}`],
  },
];
