/**
 * Wallet secrets spelled in base58 or bech32 (issue 11, attack9 §1), found in the text's token runs (runs.ts):
 * - Bitcoin WIF private keys: 51 characters from `5` (or `9` on testnet), 52 from `K`/`L` (or `c`), base58check with
 *   version 0x80 (0xef) and, compressed, a last byte 0x01; the checksum is verified, so random base58 survives,
 *   unless the line before it names a private key (`Key("5H…")`, `wif =`: a key whose checksum a user broke);
 * - BIP32 extended private keys: `xprv`, `tprv`, `yprv`, `zprv`, `uprv`, `vprv`, `Yprv`, `Zprv` and 107 base58
 *   characters (78 bytes and a checksum, not verified: the prefix and length say it); `xpub` and the other public
 *   forms are not read;
 * - BIP-38 encrypted private keys: `6P` and 56 more base58 characters, 0x01 0x42 (or 0x43, EC-multiplied) and 41
 *   bytes; the checksum is not verified (a passphrase-protected key is still one to withhold);
 * - Nostr secret keys: `nsec1` and 58 bech32 characters (`npub1` is public).
 */
import { createHash } from 'node:crypto';
import { charSet } from './line-heads.js';
import type { Hit } from './pass.js';
import { subRuns } from './runs.js';

export const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export const B58_SET = charSet(B58);
const BECH32 = charSet('qpzry9x8gf2tvdw0s3jn54khce6mua7l1');
const NSEC = /^nsec1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58}$/;
const XPRV = /^(?:[xtyzuvYZ]prv)[1-9A-HJ-NP-Za-km-z]{107}$/;
const WIF = /^(?:[59][1-9A-HJ-NP-Za-km-z]{50}|[KLc][1-9A-HJ-NP-Za-km-z]{51})$/;
/** Characters a key may not be glued to: a token character before or after it is part of something longer. */
const GLUE = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+/=-');

/** The bytes base58 `s` spells (leading `1`s as zero bytes). */
export function base58Bytes(s: string): Buffer {
  let x = 0n;
  for (const c of s) x = x * 58n + BigInt(B58.indexOf(c));
  let hex = x === 0n ? '' : x.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  let zeros = 0;
  while (zeros < s.length && s[zeros] === '1') zeros++;
  return Buffer.concat([Buffer.alloc(zeros), Buffer.from(hex, 'hex')]);
}

const sha256 = (b: Buffer): Buffer => createHash('sha256').update(b).digest();

/** The payload of a base58check string whose checksum holds, or null. */
function base58Check(s: string): Buffer | null {
  const b = base58Bytes(s);
  if (b.length < 5) return null;
  const payload = b.subarray(0, b.length - 4);
  return sha256(sha256(payload))
    .subarray(0, 4)
    .equals(b.subarray(b.length - 4))
    ? payload
    : null;
}

/** A WIF private key: version 0x80 or 0xef, 32 bytes, and 0x01 when compressed. */
function isWif(s: string): boolean {
  if (!WIF.test(s)) return false;
  const p = base58Check(s);
  if (p === null || (p[0] !== 0x80 && p[0] !== 0xef)) return false;
  return p.length === 33 || (p.length === 34 && p[33] === 1);
}

/** A BIP-38 encrypted key: its 43 bytes start 0x01 0x42 or 0x01 0x43 (which `6P` and the length say). */
function isBip38(s: string): boolean {
  if (!s.startsWith('6P')) return false;
  const b = base58Bytes(s);
  return b.length === 43 && b[0] === 0x01 && (b[1] === 0x42 || b[1] === 0x43);
}

/** An extended private key by its shape: the prefix and the length say it (a key with a broken checksum is one too). */
const isXprv = (s: string): boolean => XPRV.test(s);

/** Words of a line passing a WIF key (`Key("5H…")`, `importprivkey`, `wif =`): there a bad checksum is no veto. */
const WIF_WORDS = /\b(?:wif|priv(?:ate)?[ _-]?key|privkey|secret|from_?wif|importprivkey|import_?key)|\bKey\(/i;
const WIF_WORDS_G = new RegExp(WIF_WORDS.source, 'gi');

/** The longest match of WIF_WORDS (`importprivkey`), and a margin: a scan resumed this far back misses none. */
const WIF_WORD_MAX = 16;

/**
 * Whether the line before each of increasing places holds a word of WIF_WORDS. Each call reads only the text since
 * the last (and a word's length back): searched back to the line's start for each candidate, a line of 51-character
 * base58 runs was quadratic.
 */
function wifWordsBefore(text: string): (start: number) => boolean {
  let lineStart = 0;
  let read = 0;
  let found = false;
  return (start) => {
    const nl = text.slice(read, start).lastIndexOf('\n');
    if (nl !== -1) [lineStart, found] = [read + nl + 1, false];
    if (!found) {
      // A slice from inside the line starts one character early: a word at its start needs a boundary before it.
      const from = Math.max(lineStart, read - WIF_WORD_MAX);
      const lead = from > lineStart ? 1 : 0;
      WIF_WORDS_G.lastIndex = lead;
      found = WIF_WORDS_G.test(text.slice(from - lead, start));
    }
    read = start;
    return found;
  };
}

/**
 * Where a WIF key's place says it is one, whatever its checksum: the first field of a `bitcoin-cli dumpwallet` line
 * (`<key> 2026-01-31T10:00:00Z label=… # addr=…`, `reserve=1`, `change=1`, `hdseed=1`), or after an Electrum script
 * type (`p2wpkh:<key>`, Electrum's import and export form).
 */
const DUMPWALLET_TAIL =
  /[ \t]+\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ[ \t]+(?:label=|reserve=1|change=1|hdseed=1|inactivehdseed=1|script=1)/y;
const SCRIPT_TYPE = /(?:^|[^\w-])p2(?:pkh|wpkh|wpkh-p2sh|sh|wsh|wsh-p2sh|tr):$/;

function walletPlace(text: string, start: number, end: number): boolean {
  DUMPWALLET_TAIL.lastIndex = end;
  return DUMPWALLET_TAIL.test(text) || SCRIPT_TYPE.test(text.slice(Math.max(0, start - 12), start));
}

function wifAt(text: string, v: string, wordsBefore: (start: number) => boolean, start: number): boolean {
  if (isWif(v)) return true;
  return WIF.test(v) && (wordsBefore(start) || walletPlace(text, start, start + v.length));
}

function glued(text: string, start: number, end: number): boolean {
  return GLUE[text.charCodeAt(start - 1)] === 1 || GLUE[text.charCodeAt(end)] === 1;
}

function base58Hits(text: string, hits: Hit[]): void {
  const next = subRuns(text, 51, B58_SET);
  const wordsBefore = wifWordsBefore(text);
  for (let r = next(0); r !== null; r = next(r[1] + 1)) {
    const [start, end] = r;
    const n = end - start;
    // A BIP-38 key may follow `=` (`KEY=6P…`, `?key=6P…`): `6P` and its decoded prefix say it starts no base64 run.
    const afterEquals = text.charCodeAt(start - 1) === 61 && GLUE[text.charCodeAt(end)] !== 1;
    if (n === 58 && (afterEquals || !glued(text, start, end)) && isBip38(text.slice(start, end)))
      hits.push({ rule: 'bip38-encrypted-key', start, end });
    // An xprv may go on with a derivation path (`wpkh(xprv…/84'/0'/0'/0/*)`: a descriptor).
    const pathAfter = n === 111 && text.charCodeAt(end) === 47 && GLUE[text.charCodeAt(start - 1)] !== 1;
    if ((n !== 51 && n !== 52 && n !== 111) || (!pathAfter && glued(text, start, end))) continue;
    const v = text.slice(start, end);
    if (n === 111 ? isXprv(v) : wifAt(text, v, wordsBefore, start))
      hits.push({ rule: n === 111 ? 'bip32-private-key' : 'bitcoin-wif-key', start, end });
  }
}

function nostrHits(text: string, hits: Hit[]): void {
  const next = subRuns(text, 63, BECH32);
  for (let r = next(0); r !== null; r = next(r[1] + 1)) {
    const [start, end] = r;
    if (end - start === 63 && !glued(text, start, end) && NSEC.test(text.slice(start, end)))
      hits.push({ rule: 'nostr-secret-key', start, end });
  }
}

/** The base58 and bech32 wallet keys of a text (see the file's comment), added to `hits`. */
export function walletCodeHits(text: string, hits: Hit[]): void {
  base58Hits(text, hits);
  nostrHits(text, hits);
}
