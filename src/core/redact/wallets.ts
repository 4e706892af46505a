/**
 * Raw wallet private keys where code or a tool expects one (issue 11, attack9 §1):
 * - Ethereum (and EVM) keys: 64 hex digits, `0x` or not, from the text's hex runs (runs.ts), kept unless the words
 *   just before them on their line (or the heading of the list they are in) name a private key, a signer or a
 *   wallet: `accounts: ["0x…"]`, `new Wallet("0x…")`, `from_key(…)`, `--private-key`, `PRIVATE_KEY=`, a `Private
 *   Keys` list. A transaction, block or storage hash has the same shape: a hash word nearer the value keeps it;
 * - Solana keypairs in base58 (86 to 88 characters) where the same words name a key;
 * - Solana keypairs: a JSON array of exactly 64 numbers 0-255 that is the whole text (a keypair file) or follows a
 *   keypair word (`Keypair.fromSecretKey(Uint8Array.from([…]))`, `"secretKey": […]`), found from those words in the
 *   shared literal scan (literal-scan.ts);
 * - WIF, BIP32 xprv and Nostr nsec keys (wallet-codes.ts);
 * - key blobs, key logs and printed keys (key-exports.ts), key members of key tools' documents (key-members.ts).
 */
import { charSet } from './line-heads.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { subRuns } from './runs.js';
import { keyExportHits } from './key-exports.js';
import { keyMemberHits } from './key-members.js';
import { walletCodeHits } from './wallet-codes.js';
import { pushAll } from '../lists.js';

const HEX = charSet('0123456789abcdefABCDEF');
const WORD = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_');
/**
 * Words that say the value is a private key (the last one before the value counts); `priv`, `private` and a Nostr
 * key's `nsec` as whole names (`NOSTR_NSEC=<hex>`, `priv: <hex>`).
 */
const KEY_WORD =
  /priv(?:ate)?[ _.-]?keys?|privkey|\bpriv(?:ate)?\b|nsec|secret[ _-]?key|signer|wallet|\bpk\b|\bsk\b|from_?key|keytoaccount|\baccounts\b|mnemonic|deployer\b|deployer[ _]?key|importrawkey|eth[ _]?key|--key\b/gi;
/** Words that say the value is a hash or an id, not a key. */
const HASH_WORD =
  /hash|\btx|transaction|block|receipt|root|digest|topic|salt|nonce|commit|sha|slot|sig|merkle|proof|data|\blogs?\b|event|\bids?\b|address|codehash/gi;
const BARE_PREFIX = /^[\s\-("'[\d)>,]*$/;

function lastIndex(re: RegExp, s: string): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) at = m.index;
  return at;
}

/** True when the words before the value (on its line) name a key, nearer than any hash word. */
const namesKey = (before: string): boolean => {
  const key = lastIndex(KEY_WORD, before);
  return key !== -1 && key > lastIndex(HASH_WORD, before);
};

/** A line that introduces what follows: it ends in `:` or opens a list, or is a Markdown heading or a bold line. */
const HEADING = /[:[{(=][ \t]*\r?$|^[ \t]*(?:#|\*\*[^*]+\*\*[ \t]*:?[ \t]*\r?$)/;

/** For a value alone on its line (a list item): the first line above that is not another such item names a key. */
function headingNamesKey(text: string, lineStart: number): boolean {
  let end = lineStart - 1;
  // A line above an underline (`Private Keys` then `====`, anvil's) is a heading.
  let underlined = false;
  for (let n = 0; n < 24 && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (/^[\s=-]*$/.test(line)) {
      underlined ||= /[=-]{3}/.test(line);
      continue;
    }
    if (/^[\s\-("'[\d)>,]*(?:0x)?[0-9a-fA-F]{64}["',\]]*\s*$/.test(line)) continue;
    // Only a heading names it (`PRIVATE_KEYS = [`, `## Deployer wallet`): a command or a log line above a bare digest
    // is none (`mysql … -p'…'`: attack 59).
    return (underlined || HEADING.test(line)) && namesKey(line.slice(-80));
  }
  return false;
}

function ethHits(text: string, hits: Hit[]): void {
  const next = subRuns(text, 64, HEX);
  for (let r = next(0); r !== null; r = next(r[1] + 1)) {
    const [start, end] = r;
    if (end - start !== 64 || WORD[text.charCodeAt(end)] === 1) continue;
    const prefixed = text.charCodeAt(start - 1) === 120 && text.charCodeAt(start - 2) === 48;
    const from = prefixed ? start - 2 : start;
    if (WORD[text.charCodeAt(from - 1)] === 1) continue;
    // A checksum tool's line (`<sha256>  privatekey`, `<sha256> *key.bin`): a digest of the file named after it.
    if (/^ [ *][^\s]/.test(text.slice(end, end + 3))) continue;
    if (keyNamedAt(text, from)) hits.push({ rule: 'ethereum-private-key', start: from, end });
  }
}

/** True when the words before `from` on its line, or the heading of the list it is an item of, name a key. */
function keyNamedAt(text: string, from: number): boolean {
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const before = text.slice(Math.max(lineStart, from - 80), from);
  return BARE_PREFIX.test(before) ? headingNamesKey(text, lineStart) : namesKey(before);
}

const BASE58 = charSet('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz');

/**
 * A Solana keypair in base58 (64 bytes: 86 to 88 characters, as Phantom exports it) where the words before it name a
 * key (`accounts: ["…"]`, `SOLANA_PRIVATE_KEY=`); a transaction's signature has the same shape (a `sig` word nearer
 * keeps it).
 */
function solanaBase58Hits(text: string, hits: Hit[]): void {
  const next = subRuns(text, 86, BASE58);
  for (let r = next(0); r !== null; r = next(r[1] + 1)) {
    const [start, end] = r;
    if (end - start > 88 || WORD[text.charCodeAt(end)] === 1 || WORD[text.charCodeAt(start - 1)] === 1) continue;
    if (keyNamedAt(text, start)) hits.push({ rule: 'solana-keypair', start, end });
  }
}

const SOLANA_WORDS = ['secretkey', 'secret_key', 'keypair', 'fromseed', 'privatekey', 'private_key'];
const solanaStarts = literalScan(SOLANA_WORDS);
const BYTES_64 =
  /^\[\s*(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\s*,\s*){63}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\s*,?\s*\]/;

/** The [start, end) of a 64-byte array starting at the first `[` within 60 characters from `at`. */
function bytesAt(text: string, at: number): [number, number] | null {
  const near = text.slice(at, at + 61);
  const i = near.indexOf('[');
  if (i === -1 || near.slice(0, i).includes('\n\n')) return null;
  const open = at + i;
  const m = BYTES_64.exec(text.slice(open, open + 64 * 5 + 16));
  return m === null ? null : [open + 1, open + m[0].length - 1];
}

function solanaHits(text: string, found: Hit[]): void {
  const hits: Hit[] = [];
  const lead = /^\s*/.exec(text)![0].length;
  if (text.charCodeAt(lead) === 91) {
    const r = bytesAt(text, lead);
    if (r !== null && text.slice(r[1] + 1).trim() === '') hits.push({ rule: 'solana-keypair', start: r[0], end: r[1] });
  }
  let after = hits.length > 0 ? hits[hits.length - 1]!.end : 0;
  for (const at of solanaStarts?.(text) ?? []) {
    if (at < after) continue;
    const r = bytesAt(text, at);
    if (r === null) continue;
    hits.push({ rule: 'solana-keypair', start: r[0], end: r[1] });
    after = r[1];
  }
  pushAll(found, hits);
}

/** The pass of raw wallet keys (see the file's comment). */
export function walletPass(): Pass {
  return runPass((text) => {
    const hits: Hit[] = [];
    walletCodeHits(text, hits);
    ethHits(text, hits);
    solanaBase58Hits(text, hits);
    solanaHits(text, hits);
    keyExportHits(text, hits);
    keyMemberHits(text, hits);
    return hits.sort((a, b) => a.start - b.start);
  });
}
