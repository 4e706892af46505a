/**
 * Private key material in the export format of the tool that made it (issue 11 category 5, round 24), where no PEM
 * armour and no provider prefix says it; each found from a literal of its format in the shared literal scan:
 * - base64 blobs by the magic their bytes start with: an OpenSSH private key body whose armour was stripped
 *   (`b3BlbnNzaC1rZXktdjE`: `openssh-key-v1`), a Tor onion service's `hs_ed25519_secret_key` (`== ed25519v1-secret`),
 *   a Kerberos keytab (0x0502, then an entry's length and principal), a PKCS#12 file (`MII..IBAzCC`: version 3), a
 *   minisign secret key (`EdScB2`, `Ed\0\0B2`); the run is replaced whole, over the lines that continue it;
 * - SSLKEYLOGFILE lines (`CLIENT_RANDOM <hex> <hex>`, `*_TRAFFIC_SECRET_N`, `EXPORTER_SECRET`): the secret, the last
 *   field; the client random before it is kept;
 * - the lone line a key-printing command printed: `wg genkey`, `cat privatekey`, `gaiad keys export --unarmored-hex`,
 *   `keys unsafe-export-eth-key`, `base64 …secret_key`, `cast wallet private-key` (not when the last stage of the
 *   pipeline prints a public key: `wg genkey | wg pubkey`).
 * Typed JSON keys, keystores, JWKs in YAML and base58 Solana keys are key-members.ts's.
 */
import { charSet } from './line-heads.js';
import { literalScan } from './literal-scan.js';
import { type Hit } from './pass.js';

const B64 = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-');
/** The longest run read (a blob's lines joined): a larger one is cut there. */
const MAX_RUN = 256 * 1024;
/** The magic prefixes of base64 key blobs, with the check of the decoded bytes. */
const MAGIC: [string, (b: Buffer, n: number) => boolean][] = [
  ['b3BlbnNzaC1rZXktdjE', (_, n) => n >= 100],
  ['PT0gZWQyNTUxOXYxLXNlY3JldDog', (_, n) => n >= 90],
  // The first entry's length fits the bytes, its principal has 1 to 16 components.
  ['BQIAAA', (b, n) => n >= 40 && b.readUInt32BE(2) <= n && b.readUInt16BE(6) >= 1 && b.readUInt16BE(6) <= 16],
  ['IBAzCC', (b, n) => b[0] === 0x30 && n >= 200],
  ['RWRTY0Iy', (_, n) => n >= 150],
  ['RWQAAEIy', (_, n) => n >= 150],
];
const magicStarts = literalScan(MAGIC.map(([m]) => m));

/** The end of the base64 run from `at` (bounded), on its line. */
function runEnd(text: string, at: number): number {
  let i = at;
  const stop = Math.min(text.length, at + MAX_RUN);
  while (i < stop && B64[text.charCodeAt(i)] === 1) i++;
  return i;
}

/**
 * The end of a blob starting at `start`: its first line's run, then each next line that is wholly base64 at the same
 * indentation (a wrapped body), up to MAX_RUN characters.
 */
function blobEnd(text: string, start: number, indent: string): number {
  let end = runEnd(text, start);
  while (end - start < MAX_RUN && text.charCodeAt(end) === 10) {
    const from = end + 1 + indent.length;
    if (text.slice(end + 1, from) !== indent) break;
    const next = runEnd(text, from);
    if (next - from < 4 || (next < text.length && text.charCodeAt(next) !== 10 && text.charCodeAt(next) !== 13)) break;
    end = next;
  }
  return end;
}

/** The run's first bytes decoded (up to 96 characters: what the checks read). */
const headBytes = (text: string, start: number, end: number): Buffer =>
  Buffer.from(text.slice(start, Math.min(end, start + 96)).replace(/[\n\r\t ]/g, ''), 'base64');

function magicHits(text: string, hits: Hit[]): void {
  let after = 0;
  for (const at of magicStarts?.(text) ?? []) {
    if (at < after) continue;
    const m = MAGIC.find(([lit]) => text.startsWith(lit, at));
    if (m === undefined) continue;
    // A PKCS#12's magic sits after `MII` and three characters (length, the version's tag).
    const start = m[0] === 'IBAzCC' ? at - 6 : at;
    if (start < 0 || B64[text.charCodeAt(start - 1)] === 1) continue;
    if (m[0] === 'IBAzCC' && !text.startsWith('MII', start)) continue;
    const lineStart = lineAround(text, start)[0];
    const indent = /^[ \t]*/.exec(text.slice(lineStart, start))![0];
    const end = blobEnd(text, start, start - lineStart === indent.length ? indent : '\0');
    // A magic inside this run has a base64 character before it: none starts a blob.
    after = end;
    if (end - start >= 40 && m[1](headBytes(text, start, end), ((end - start) * 3) >> 2))
      hits.push({ rule: 'key-export-secret-block', start, end });
  }
}

const SSL_LABELS = ['CLIENT_RANDOM ', '_TRAFFIC_SECRET', 'EXPORTER_SECRET '];
const sslStarts = literalScan(SSL_LABELS);
const SSL_LINE =
  /(?:CLIENT_RANDOM|(?:CLIENT|SERVER)_(?:HANDSHAKE|EARLY)_TRAFFIC_SECRET|(?:CLIENT|SERVER)_TRAFFIC_SECRET_\d{1,3}|(?:EARLY_)?EXPORTER_SECRET) ([0-9a-fA-F]{64}) ([0-9a-fA-F]{32,128})[ \t]*(?:\r?\n|$)/y;

function sslHits(text: string, hits: Hit[]): void {
  let after = -1;
  for (const at of sslStarts?.(text) ?? []) {
    const lineStart = lineAround(text, at)[0];
    if (lineStart <= after || at - lineStart > 40) continue;
    after = lineStart;
    SSL_LINE.lastIndex = lineStart;
    const m = SSL_LINE.exec(text);
    if (m === null) continue;
    const start = lineStart + m[0].indexOf(` ${m[2]!}`, m[1]!.length) + 1;
    hits.push({ rule: 'tls-key-log-secret', start, end: start + m[2]!.length });
  }
}

/** Words of a command line that prints a private key. */
const PRINTERS = [
  'genkey',
  'privatekey',
  'private.key',
  'private-key',
  'private_key',
  'unarmored-hex',
  'export-eth-key',
  'secret_key',
  'dumpprivkey',
];
const printerStarts = literalScan(PRINTERS);
/** A prompt: `$ `, `user@host:~# ` (a bare `#` starts a comment or a heading), `PS C:\\> `, `>>> `. */
const PROMPT = /^[ \t]*(?:[^\s"]{1,80}[$#%❯➜]|[$%❯➜]|>>>|PS [^>\n]{0,80}>)[ \t]+\S/;
const PUBLIC_LAST = /\|[^|\n]*\b(?:pubkey|public|wg[ \t]+pubkey|base64[ \t]+-d)[^|\n]*$/i;
const KEY_LINE = /^[ \t]*(?:0x)?(?:[0-9a-fA-F]{64,128}|[A-Za-z0-9+/]{42,86}={0,2}|[1-9A-HJ-NP-Za-km-z]{50,90})[ \t]*$/;

/** The line of `at` ([start, end)), read at most 400 characters each side. */
function lineAround(text: string, at: number): [number, number] {
  const before = text.slice(Math.max(0, at - 400), at);
  const start = at - before.length + before.lastIndexOf('\n') + 1;
  const nl = text.slice(at, at + 400).indexOf('\n');
  return [start, nl === -1 ? Math.min(text.length, at + 400) : at + nl];
}

/** The first of the next three lines that is a lone key, before another prompt. */
function printedKey(text: string, from: number, hits: Hit[]): void {
  let at = from;
  for (let n = 0; n < 3 && at < text.length; n++) {
    const [s, e] = lineAround(text, at + 1);
    const line = text.slice(s, e);
    if (PROMPT.test(line)) return;
    if (KEY_LINE.test(line)) {
      const lead = /^[ \t]*/.exec(line)![0].length;
      hits.push({ rule: 'printed-private-key', start: s + lead, end: s + line.trimEnd().length });
      return;
    }
    at = e;
  }
}

function printedHits(text: string, hits: Hit[]): void {
  let after = -1;
  for (const at of printerStarts?.(text) ?? []) {
    if (at <= after) continue;
    const [s, e] = lineAround(text, at);
    after = e;
    const line = text.slice(s, e);
    if (e - s >= 400 || !PROMPT.test(line) || PUBLIC_LAST.test(line)) continue;
    printedKey(text, e, hits);
  }
}

/** The hits of key exports (see the file's comment), in no particular order. */
export function keyExportHits(text: string, hits: Hit[]): void {
  magicHits(text, hits);
  sslHits(text, hits);
  printedHits(text, hits);
}
