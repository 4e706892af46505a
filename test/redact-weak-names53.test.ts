/**
 * Weak names with no secret stem (key-names.ts' WEAK_LAST: `jwt`, `otp`, `nsec`) were judged right but never found:
 * the key-name finder looks for stems (`key`, `tok`, `secret`, `pass`, …) and placement words, and `jwt: <random>`,
 * `SESSION_JWT=…`, `totp: <base32>` and `nostr_nsec: …` matched neither (attack 47: `jwt:`). And a YAML entry whose key
 * is quoted (`"token": <random>`) had its plain value replaced by `[REDACTED:…]` unquoted, a flow sequence to YAML:
 * the file no longer held a string there. Seeded (REDACT_SEED).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import YAML from 'yaml';
import { filtered, itKeeps, itRedacts, learningRedactor, type Plant } from './helpers/filtered.js';
import { seededGen, type SeededGen } from './helpers/fake-secrets.js';

const SEED = Number(process.env.REDACT_SEED ?? 5301);

const NAMES = ['jwt', 'JWT', 'SESSION_JWT', 'user_jwt', 'accessJwt', 'totp', 'TOTP', 'mfa_totp', 'hotp', 'otp'];
const NSEC_NAMES = ['nsec', 'NOSTR_NSEC', 'nostr_nsec'];

/** A value of the shape `name` holds: a base32 seed under a one-time password's name, else a random key. */
function value(g: SeededGen, name: string): string {
  if (/otp$/i.test(name)) return g.pick('base32', 16 + 8 * g.int(3)).replace(/^(.{5})\D/, `$1${2 + g.int(6)}`);
  return g.int(2) === 0
    ? `${g.pick('letters', 1)}${g.pick('alnum', 23 + g.int(16))}${g.pick('digits', 1)}`
    : `${g.pick('urlsafe', 30 + g.int(12))}${g.pick('digits', 1)}A`;
}

/** `name` assigned `v` in one of the formats a session holds. */
function placed(g: SeededGen, name: string, v: string): [string, string] {
  const env = name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
  return g.one<[string, string]>([
    ['workspace/agent_a/config.yaml', `auth:\n  ${name}: ${v}\n`],
    ['workspace/agent_a/.env.local', `${env}=${v}\n`],
    ['workspace/agent_b/settings.json', `{\n  "${name}": "${v}",\n  "region": "eu"\n}\n`],
    ['workspace/agent_b/app.py', `${name} = "${v}"\n`],
    ['agent_outputs/agent_a.txt', `export ${env}='${v}'\n`],
  ]);
}

function plants(seed: number): Plant[] {
  const g = seededGen(seed);
  const out: Plant[] = [];
  for (let i = 0; i < 30; i++) {
    const name = NAMES[i % NAMES.length]!;
    const v = value(g, name);
    const [rel, text] = placed(g, name, v);
    out.push({ name: `${name} in ${rel}`, rel, text, value: v });
  }
  for (const name of NSEC_NAMES) {
    // A Nostr key's bech32 form (`nsec1` and 58 characters) and its 64 hex digits.
    for (const v of [`nsec1${g.pick('lowerAlnum', 58).replace(/[1bio]/g, 'q')}`, g.pick('hex', 64)]) {
      const [rel, text] = placed(g, name, v);
      out.push({ name: `${name} in ${rel}`, rel, text, value: v });
    }
  }
  return out;
}

/** What such names hold when they hold no secret: switches, algorithms, lengths, references, a code on screen. */
const KEPT: [string, string][] = [
  ['workspace/agent_a/config.yaml', 'jwt: true\njwt_algorithm: RS256\njwt_expiry: 3600\ntotp: enabled\n'],
  ['workspace/agent_a/config.yaml', 'auth:\n  jwt: ${JWT_SECRET}\n  otp_length: 6\n  otp_issuer: MassGen\n'],
  ['workspace/agent_b/app.py', 'use_jwt = True\njwt = jwt_module.encode(payload, key)\notp = pyotp.TOTP(seed)\n'],
  ['workspace/agent_b/.env', 'JWT=HS256\nOTP_DIGITS=6\nNSEC_FILE=/run/secrets/nostr\n'],
  ['agent_outputs/agent_a.txt', 'The totp: field is optional; jwt: see the docs. otp: 123456 was accepted.\n'],
  ['workspace/agent_b/settings.json', '{\n  "jwt": "none",\n  "otp": "sms",\n  "nsec": null\n}\n'],
];

/** A key quoted in YAML (`"token":`, `'api_key' :`) before a plain value, in a list or a mapping. */
function quotedKeys(seed: number): { text: string; key: string; v: string }[] {
  const g = seededGen(seed);
  return Array.from({ length: 12 }, (_, i) => {
    const key = g.one(['token', 'api_key', 'jwt', 'client_secret', 'password']);
    const v = `${g.pick('letters', 2)}${g.pick('alnum', 26)}${g.pick('digits', 2)}`;
    const q = i % 2 === 0 ? `"${key}"` : `'${key}'`;
    const line = i % 3 === 0 ? `  - ${q}: ${v}` : i % 3 === 1 ? `  ${q} : ${v}  # set by ops` : `  ${q}: ${v}`;
    return { text: `service:\n${line}\n${i % 3 === 0 ? '    ' : '  '}region: eu\n`, key, v };
  });
}

describe('weak names with no secret stem', () => {
  itRedacts(`jwt, otp and nsec names' values are redacted in every format (seed ${SEED})`, () => plants(SEED), 36);
  itKeeps('switches, algorithms, lengths, references and prose under those names stay', () => KEPT, 6);
});

describe('a plain value after a quoted YAML key', () => {
  it(`is replaced by a quoted string, and the file still parses (seed ${SEED})`, () => {
    const bad: string[] = [];
    for (const { text, key, v } of quotedKeys(SEED)) {
      const out = filtered(learningRedactor(), 'workspace/agent_a/config.yaml', text);
      const doc = YAML.parse(out) as { service: unknown };
      const entry = (Array.isArray(doc.service) ? doc.service[0] : doc.service) as Record<string, unknown>;
      const got = entry[key];
      if (out.includes(v) || typeof got !== 'string' || !got.startsWith('[REDACTED')) bad.push(out);
    }
    assert.deepEqual(bad, []);
  });
});
