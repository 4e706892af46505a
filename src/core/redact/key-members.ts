/**
 * Private keys as members of a key tool's document (issue 11 category 5, round 24), found from the literals of their
 * formats in the shared literal scan:
 * - a typed key object whose `type` names a private or signing key: Tendermint/Cosmos `priv_validator_key.json` and
 *   `node_key.json` (`"type": "tendermint/PrivKeyEd25519", "value": "…"`), Cardano `.skey` files
 *   (`"type": "PaymentSigningKeyShelley_ed25519", … "cborHex": "5820…"`): the object's `value`/`cborHex`/`key` string;
 *   the public halves (`PubKey…`, `…VerificationKey…`) name no private key and are kept;
 * - an Ethereum keystore's encrypted key (`"ciphertext": "<hex>"` beside `kdf`/`cipherparams`);
 * - a JSON Web Key written in YAML or TOML (`kty: EC` … `d: …`): the private members `d`, `p`, `q`, `dp`, `dq`, `qi`
 *   and an oct key's `k` (JSON JWKs are dumps.ts's jwkPass);
 * - a 64-byte Solana key in base58 given to a base58 decoder (`bs58.decode("…")`, `Keypair.from_base58_string(…)`);
 * - a TOTP secret in base32 after the words an authenticator's setup page prints (`setup key: …`, `enter this key`).
 */
import { lineBefore } from './line-heads.js';
import { literalScan } from './literal-scan.js';
import { type Hit } from './pass.js';

/** Pushes the hit of a match's first group, a value the match ends with (or one character before its end). */
function pushValue(hits: Hit[], rule: string, at: number, m: RegExpExecArray, last = 1): void {
  const start = at + m[0].length - last - m[1]!.length;
  hits.push({ rule, start, end: start + m[1]!.length });
}

/** The window read after a literal: every search below is bounded by it (linear on a long line). */
const WINDOW = 600;

const TYPED = ['privkey', 'signingkey', 'private_key', 'secretkey'];
const typedStarts = literalScan(TYPED);
const TYPE_BEFORE = /"type"[ \t]*:[ \t]*"[^"\n]{0,80}$/;
const TYPED_VALUE = /^[^{}]*?"(?:value|cborHex|key)"[ \t]*:[ \t]*"([A-Za-z0-9+/=_-]{32,512})"/;

function typedHits(text: string, hits: Hit[]): void {
  let after = -1;
  for (const at of typedStarts?.(text) ?? []) {
    if (at <= after || !TYPE_BEFORE.test(text.slice(Math.max(0, at - 100), at))) continue;
    // The type's object, before and after the type (an object may name its value first).
    const open = text.slice(Math.max(0, at - WINDOW), at).lastIndexOf('{');
    if (open === -1) continue;
    const from = at - Math.min(at, WINDOW) + open;
    const close = text.slice(at, at + WINDOW).indexOf('}');
    const body = text.slice(from + 1, close === -1 ? at + WINDOW : at + close);
    const m = TYPED_VALUE.exec(body.replace(/"type"[ \t]*:[ \t]*"[^"]*"/g, (t) => ' '.repeat(t.length)));
    if (m === null) continue;
    pushValue(hits, 'typed-private-key', from + 1, m);
    after = hits[hits.length - 1]!.end;
  }
}

const cipherStarts = literalScan(['"ciphertext"']);
const CIPHERTEXT = /^"ciphertext"[ \t]*:[ \t]*"((?:0x)?[0-9a-fA-F]{32,1024})"/;
const KDF = /"(?:kdf|kdfparams|cipherparams)"/;

function keystoreHits(text: string, hits: Hit[]): void {
  for (const at of cipherStarts?.(text) ?? []) {
    const m = CIPHERTEXT.exec(text.slice(at, at + 1100));
    if (m === null || !KDF.test(text.slice(Math.max(0, at - WINDOW), at + 1100 + WINDOW))) continue;
    pushValue(hits, 'keystore-ciphertext', at, m);
  }
}

const jwkStarts = literalScan(['kty:', 'kty =', 'kty=']);
const JWK_MEMBER = /^([ \t]*)(?:d|p|q|dp|dq|qi|k)[ \t]*[:=][ \t]*(["']?)([A-Za-z0-9_-]{16,1024})\2[ \t]*\r?$/gm;

function yamlJwkHits(text: string, hits: Hit[]): void {
  let after = -1;
  for (const at of jwkStarts?.(text) ?? []) {
    if (at <= after) continue;
    const from = Math.max(0, at - WINDOW);
    const head = text.slice(from, at);
    const lineStart = from + head.lastIndexOf('\n') + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart, at))![0];
    if (lineStart + indent.length !== at && !/^[ \t]*-[ \t]+$/.test(text.slice(lineStart, at))) continue;
    const windowStart = from + head.indexOf('\n') + 1;
    const end = Math.min(text.length, at + 6 * WINDOW);
    const area = text.slice(windowStart, end);
    after = end;
    for (const m of area.matchAll(JWK_MEMBER)) {
      if (m[1]!.length !== indent.length && m[1]!.length !== text.slice(lineStart, at).length) continue;
      const start = windowStart + m.index + m[0].indexOf(m[3]!, m[1]!.length + 1);
      hits.push({ rule: 'jwk-private-member', start, end: start + m[3]!.length });
    }
  }
}

const DECODERS = [
  'bs58.decode(',
  'base58.decode(',
  'b58decode(',
  'from_base58_string(',
  'frombase58(',
  'decodebase58(',
];
const decoderStarts = literalScan(DECODERS);
const B58_ARG = /^[\w.]*\([ \t]*(?:b|Some\()?["'`]([1-9A-HJ-NP-Za-km-z]{80,90})["'`]/;

function base58Hits(text: string, hits: Hit[]): void {
  for (const at of decoderStarts?.(text) ?? []) {
    const m = B58_ARG.exec(text.slice(at, at + 120));
    if (m === null) continue;
    pushValue(hits, 'solana-private-key', at, m);
  }
}

/** Words that say a line is about a second factor, not that its value is a seed: 16+ characters with a digit. */
const LOOSE = ['2fa', 'mfa', 'totp', 'authenticator'];
/** Labels that say the value after them is a one-time password's seed. */
const STRICT = [
  ...['setup key', 'enter this key', 'secret key:', 'totp seed', 'mfa seed', '2fa seed', 'otp seed'],
  // A seed, secret or key said to be base32 (`seed (base32): …`), and a one-time password's own words for it.
  ...['seed (base32)', 'secret (base32)', 'key (base32)', 'base32 seed', 'base32 secret', 'base32 key'],
  ...['totp secret', 'totp key', 'otp secret', 'otp key', '2fa secret', '2fa key', 'mfa secret', 'mfa key'],
  ...['authenticator secret', 'authenticator key'],
];
// Any line about a second factor (`2FA for the console: …`) too: its value must read as a seed (LOOSE).
const setupStarts = literalScan([...STRICT, ...LOOSE]);
const BASE32 =
  /^[^\n]{0,24}?(?:[:=]|\bis\b)[ \t]*[`"']?((?:[A-Z2-7]{4}[ ]?){3,15}[A-Z2-7]{0,4}|(?:[a-z2-7]{4}[ ]?){3,15}[a-z2-7]{0,4})[`"']?(?![\w+/=-])/;

/** A seed's base32 after a loose word: 16 characters or more, a digit among them, one case. */
const seedLike = (v: string): boolean =>
  v.length >= 16 && /[2-7]/.test(v) && (/^[A-Z2-7]+$/.test(v) || /^[a-z2-7]+$/.test(v));

/** Words on a setup key's line that say it is an example (`TOTP seed placeholder: JBSW… (example)`). */
const PLACEHOLDER = /placeholder|example|sample|dummy|fake|e\.g\./i;

function totpHits(text: string, hits: Hit[]): void {
  for (const at of setupStarts?.(text) ?? []) {
    const m = BASE32.exec(text.slice(at, at + 120));
    if (m === null || !/[A-Za-z]/.test(m[1]!)) continue;
    const compact = m[1]!.replace(/ /g, '');
    // A loose word (no label of the others starts there): whole (`streamfatal` holds `mfa`), a seed's shape after it.
    const head = text.slice(at, at + 24).toLowerCase();
    if (!STRICT.some((l) => head.startsWith(l))) {
      // (The word's whole run of letters and digits is the loose word: its right edge is checked by that.)
      const word = /^[a-z0-9]*/.exec(head)![0];
      if (/[A-Za-z0-9]/.test(text[at - 1] ?? '') || !LOOSE.includes(word) || !seedLike(compact)) continue;
    }
    const around = lineBefore(text, at, 80) + text.slice(at, at + m[0].length + 40).split('\n', 1)[0]!;
    if (PLACEHOLDER.test(around)) continue;
    const v = m[1]!.trimEnd();
    const start = at + m.index + m[0].lastIndexOf(v);
    hits.push({ rule: 'totp-secret', start, end: start + v.length });
  }
}

/** The hits of key members (see the file's comment), in no particular order. */
export function keyMemberHits(text: string, hits: Hit[]): void {
  typedHits(text, hits);
  keystoreHits(text, hits);
  yamlJwkHits(text, hits);
  base58Hits(text, hits);
  totpHits(text, hits);
}
