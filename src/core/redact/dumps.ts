/**
 * Secrets written out in another notation:
 * - hex dumps (`xxd`, `xxd -p`, `xxd -b`'s bits, `hexdump -C`, `od -A x -t x1z`) of a `.env` or a key file: the bytes
 *   of a block of dump lines are decoded and handed to the other passes (`detect`); a block that holds a secret is
 *   replaced whole, its line breaks kept;
 * - JSON Web Keys: the private members (`d`, `p`, `q`, `dp`, `dq`, `qi`, and `k` of a symmetric key) of an object
 *   with a `kty`; the public ones (`n`, `e`, `x`, `y`) stay.
 * Both run only on text holding a dump line's start (an offset then hex) or `"kty"`.
 */
import { nearest } from './bounded.js';
import { encodedToken } from './credential-values.js';
import { DUMP_LINE } from './dump-lines.js';
import { isHex } from './escapes.js';
import { runPass, type Hit, type Pass } from './pass.js';

/**
 * `xxd -p`: hex only, 32 to 256 digits a line; or bytes apart (`bytes.hex(' ')`), 8 or more. In a block, a shorter
 * line (its last).
 */
const PLAIN_LINE = /^[ \t]*(?:(?:[0-9a-fA-F]{2}){16,128}|[0-9a-fA-F]{2}(?: [0-9a-fA-F]{2}){7,})[ \t]*$/;
const PLAIN_TAIL = /^[ \t]*(?:(?:[0-9a-fA-F]{2})+|[0-9a-fA-F]{2}(?: [0-9a-fA-F]{2})*)[ \t]*$/;
const DUMP_HINT =
  /(?:^|\n|")[ \t]*(?:[0-9a-fA-F]{6,8}:?|[0-9a-fA-F]{4,5}:)[ \t]+[0-9a-fA-F]{2,16}[ \t]|(?:^|\n)[ \t]*(?:[0-9a-fA-F]{2}){16}/;
/** A dump's first line printed after a quote (a JSON string's start): the dump starts at its offset. */
const QUOTED_START =
  /^.{0,200}?["'`](?=[0-9a-fA-F]{6,8}:?(?:[ \t]+[0-9a-fA-F]{2,16}){2,16}|(?:[0-9a-fA-F]{2}){16}|(?:[0-9a-fA-F]{2} ){8})/;
/**
 * Plain substring searches first: a dump starts at offset 0 on a line of its own (`00000000:`, od's `000000`), and
 * `xxd -p` output comes after its command; reading every line start for the regex above cost 3 ms per MB.
 */
function mayHoldDump(text: string): boolean {
  // `xxd -p` after its command; `curl --trace` after its `=> Send header`, `<= Recv data` lines (any offset).
  if (text.includes('xxd -p') || text.includes('=> Send ') || text.includes('<= Recv ')) return DUMP_HINT.test(text);
  // `000000` is rare in text and found fast (`\n000000` took 50 times as long: a line break is everywhere); `curl
  // --trace`'s first offset is `0000: `.
  for (const first of ['000000', '0000: '])
    for (let at = text.indexOf(first); at !== -1; at = text.indexOf(first, at + 6)) {
      let i = at;
      while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
      // Or after a quote: a dump printed into a JSON string (`{"stdout": "00000000: …\n…"}`).
      if (i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 34) return DUMP_HINT.test(text);
    }
  return false;
}

/** Hex digits at the end of text[ls, e), bytes apart allowed (`6b 65`): 16 bytes of them, or 8 apart. */
function endsInHexBytes(text: string, ls: number, e: number): boolean {
  let digits = 0;
  let spaced = false;
  for (let i = e; i > ls && digits < 32;) {
    const c = text.charCodeAt(i - 1);
    if (isHex(c)) [digits, i] = [digits + 1, i - 1];
    else if (c === 32 && digits % 2 === 0 && isHex(text.charCodeAt(i - 2))) [spaced, i] = [true, i - 1];
    else break;
  }
  return digits >= 32 || (spaced && digits >= 16);
}

/** Whether text[ls, e) (a line, its `\r` aside) ends in hex bytes (endsInHexBytes). */
function hexLine(text: string, ls: number, e: number): boolean {
  const end = text.charCodeAt(e - 1) === 13 ? e - 1 : e;
  return end - ls >= 16 && isHex(text.charCodeAt(end - 1)) && endsInHexBytes(text, ls, end);
}

/**
 * Where `0a` or `0A` (a line break's byte, which a dump of a `.env` holds on every line) starts, in order. A native
 * search, not the shared literal scan: this pass reads the original text, not the view, and the scan of a text other
 * than the view runs the automaton of every registered set over it (it doubled the scan's time per piece of a log
 * with colour codes, whose view is another string).
 */
function lineBreakBytes(text: string): number[] {
  const at: number[] = [];
  for (const literal of ['0a', '0A'])
    for (let p = text.indexOf(literal); p !== -1; p = text.indexOf(literal, p + 2)) at.push(p);
  return at.sort((a, b) => a - b);
}

/**
 * The runs of lines that end in 16 bytes of hex, or 8 apart (`xxd -p` or spaced bytes, with no offset or command
 * before them; the last line of a run shorter), each of two lines or more or 48 bytes, around the lines holding a
 * `0a`: a search of every line's end cost more than the rest of the pass.
 */
function hexLineRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  let done = 0;
  const lineEnd = (from: number): number => {
    const nl = text.indexOf('\n', from);
    return nl === -1 ? text.length : nl;
  };
  for (const p of lineBreakBytes(text)) {
    if (p < done) continue;
    let start = text.lastIndexOf('\n', p) + 1;
    let end = lineEnd(p);
    done = end;
    if (!hexLine(text, start, end)) continue;
    let lines = 1;
    for (let ps = text.lastIndexOf('\n', start - 2) + 1; start > 0 && hexLine(text, ps, start - 1); lines++) {
      start = ps;
      ps = text.lastIndexOf('\n', start - 2) + 1;
    }
    for (let ne = lineEnd(end + 1); end < text.length && hexLine(text, end + 1, ne); ne = lineEnd(end + 1), lines++)
      end = ne;
    // The last line, shorter.
    const tail = lineEnd(end + 1);
    if (end < text.length && tail > end + 1 && PLAIN_TAIL.test(text.slice(end + 1, tail)))
      [end, lines] = [tail, lines + 1];
    done = end;
    if (lines > 1 || end - start >= 96) runs.push([start, end]);
  }
  return runs;
}

/** The bytes of one dump line: after the offset, groups of hex digits up to 64 bytes, before the characters. */
function lineBytes(line: string, plain: boolean): string {
  if (plain) return line.replace(/[ \t]/g, '');
  // `curl --trace`: a 4- or 5-digit offset, 16 bytes in a column of 48 characters, then the characters (which may be
  // hex digits: the column's width, not the groups, ends the bytes).
  const curl = /^[ \t]*[0-9a-fA-F]{4,5}: /.exec(line);
  if (curl) return (line.slice(curl[0].length, curl[0].length + 48).match(/\b[0-9a-fA-F]{2}\b/g) ?? []).join('');
  let body = line.replace(/^[ \t]*[0-9a-fA-F]{6,8}(:?)/, '').replace(/[ \t]+(?:\|.*\||>.*<)[ \t]*$/, '');
  // xxd (an offset with a colon): two blanks end the groups (the characters after them may be hex digits).
  if (/^[ \t]*[0-9a-fA-F]{6,8}:/.test(line)) body = body.trim().split(/[ \t]{2,}/)[0]!;
  const groups = body.trim().split(/[ \t]+/);
  // `xxd -b`: bytes in bits, eight digits a group (attack 51).
  if (groups.every((g) => /^[01]{8}$/.test(g)))
    return groups.map((g) => parseInt(g, 2).toString(16).padStart(2, '0')).join('');
  let hex = '';
  for (const group of groups) {
    if (!/^(?:[0-9a-fA-F]{2})+$/.test(group) || hex.length + group.length > 128) break;
    hex += group;
  }
  return hex;
}

/** An `od -x` or `hexdump` line: an offset with no colon, then 2-byte words. */
const WORDS_LINE = /^[ \t]*[0-9a-fA-F]{6,8}(?:[ \t]+[0-9a-fA-F]{4}){1,8}[ \t]*$/;

/** Hex digits with the bytes of each 2-byte word swapped. */
const swapWords = (hex: string): string => hex.replace(/(..)(..)/g, '$2$1');

/** The rule of a secret in the bytes the hex digits spell (the other passes, or one random-looking token), or null. */
function detectIn(hex: string, detect: (text: string) => string | null): string | null {
  const bytes = Buffer.from(hex, 'hex').toString('latin1');
  // A random-looking token alone in the bytes is a secret by itself, as spelled in hex (base64.ts).
  return detect(bytes) ?? (encodedToken(bytes.trim()) ? 'random-token' : null);
}

function dumpHits(text: string, detect: (text: string) => string | null): Hit[] {
  const hits: Hit[] = [];
  let block: { start: number; end: number; hex: string; plain: boolean; words: boolean } | null = null;
  const flush = (): void => {
    if (block && block.hex.length >= 32) {
      // `od -x` and `hexdump` (no colon, 2-byte words) print little-endian words: read both ways.
      const rule = detectIn(block.hex, detect) ?? (block.words ? detectIn(swapWords(block.hex), detect) : null);
      if (rule)
        hits.push({ rule: 'hex-dump-secret-block', start: block.start, end: block.end, label: `hex-dump:${rule}` });
    }
    block = null;
  };
  const inPlain = (): boolean => block?.plain === true;
  for (let at = 0; at < text.length;) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    let line = text.slice(at, end).replace(/\r$/, '');
    const quoted = block === null && !DUMP_LINE.test(line) ? QUOTED_START.exec(line) : null;
    if (quoted) {
      at += quoted[0].length;
      line = line.slice(quoted[0].length);
    }
    const plain: boolean = !DUMP_LINE.test(line) && (inPlain() ? PLAIN_TAIL : PLAIN_LINE).test(line);
    if (plain || DUMP_LINE.test(line)) {
      if (block && block.plain !== plain) flush();
      block ??= { start: at, end, hex: '', plain, words: WORDS_LINE.test(line) };
      block.hex += lineBytes(line, plain);
      block.end = at + line.length;
    } else flush();
    at = end + 1;
  }
  flush();
  return hits;
}

export function dumpPass(detect: (text: string) => string | null): Pass {
  // The original too: the view decodes a `\n` in the character column into a line break, which cuts the block.
  const inRuns = (text: string): Hit[] =>
    hexLineRuns(text).flatMap(([s, e]) =>
      dumpHits(text.slice(s, e), detect).map((h) => ({ ...h, start: h.start + s, end: h.end + s })),
    );
  return runPass((text) => (mayHoldDump(text) ? dumpHits(text, detect) : inRuns(text)), true);
}

const JWK_PRIVATE = /\\?"(?:d|p|q|dp|dq|qi|k)\\?"[ \t\r\n]*:[ \t\r\n]*\\?"([A-Za-z0-9_-]{8,})\\?"/g;

/** The private members of each JSON Web Key (an object with a `kty`, found from it to its braces). */
function jwkHits(text: string): Hit[] {
  const hits: Hit[] = [];
  let done = 0;
  const opens = nearest(text, '{');
  const closes = nearest(text, '}');
  for (let at = text.indexOf('kty'); at !== -1; at = text.indexOf('kty', at + 3)) {
    const open = opens.before(at);
    const close = closes.after(at);
    if (open === -1 || close === -1 || at - open > 16_384 || close - at > 65_536 || close <= done) continue;
    const from = Math.max(open, done);
    const object = text.slice(from, close);
    JWK_PRIVATE.lastIndex = 0;
    for (let m = JWK_PRIVATE.exec(object); m !== null; m = JWK_PRIVATE.exec(object)) {
      const end = from + m.index + m[0].length - (m[0].endsWith('\\"') ? 2 : 1);
      hits.push({ rule: 'jwk-private-key', start: end - m[1]!.length, end });
    }
    done = close;
  }
  return hits;
}

export function jwkPass(): Pass {
  // `kty` first: its `k` is rarer than the `"` the others start with.
  return runPass((text) =>
    text.includes('kty') && (text.includes('"kty') || text.includes('kty\\"')) ? jwkHits(text) : [],
  );
}

/**
 * A member of a JSON Web Key (`"kty"` in the object around it, before or after: Node writes an Ed25519 key's `x` before
 * its `kty`): its private members are the JWK pass's (dumps.ts), its public ones (`x`, `n`) are no secret.
 */
export function inJwk(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 300), end + 300);
  return around.includes('"kty"') || around.includes('\\"kty\\"');
}
