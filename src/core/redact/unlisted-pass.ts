/**
 * Values under secret names nobody listed (issue 11, round 22): misspelled names, synonyms, names in other languages
 * and scripts, key emoji (judged by unlisted-names.ts). Candidates come from the shared literal scan (the ASCII words)
 * and, in a text holding characters beyond ASCII, one regex of the other words; each is read as `name SEP value` with
 * the name grown around it (at most 64 characters each way) and the value after `=`, `:`, `:=`, `=>`, `：`, a blank
 * after an emoji, in quotes or not (at most 512 characters): every read is bounded, so the pass stays linear.
 */
import { isPlaceholderText } from './benign.js';
import { blockLines } from './block-lines.js';
import { humanPassword, mixedAlnum, namedCredential, symbolKey } from './credential-values.js';
import { COMPOUND_LITERALS } from './foreign-words.js';
import { isAllowListed } from './generic.js';
import { isPlaceholderValue } from './key-names.js';
import { identifierShape } from './learn-gate.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { FOREIGN_SOURCE, TYPO_LITERALS, WORD_LITERALS, unlistedClass, type SecretClass } from './unlisted-names.js';

const typos = literalScan(TYPO_LITERALS);
const words = literalScan(WORD_LITERALS, 'abcdefghijklmnopqrstuvwxyz0123456789');
const compounds = literalScan(COMPOUND_LITERALS);
const FOREIGN = new RegExp(FOREIGN_SOURCE, 'gu');
const BEYOND_ASCII = /[^\x00-\x7f]/;
const NAME_CHAR = /[\p{L}\p{M}\p{N}_-]/u;
const MAX_NAME = 64;
/** After a name: its closing quote, the separator, an opening quote (or a backtick in Markdown). */
const SEP = /["'\]]?[ \t]*(?::=|=>|\?=|=|:|：)[ \t]*(?:&[\w-]{1,32}[ \t]+)?(["'`]?)/y;
/** After a key emoji: a label word or two and a separator, or a blank. */
const EMOJI_SEP = /\uFE0F?(?:[ \t]+[\p{L}_-]{1,24}){0,2}[ \t]*(?:[:=：][ \t]*|(?<=[ \t]))(["'`]?)/uy;
const VALUE = /[^\s"'`,;<>(){}[\]]{8,512}/y;
/** What may follow a value: its closing quote, a separator, a blank, the end. */
const VALUE_END = /[\s"'`,;<>)}\]]|$/y;

function isNameChar(c: string): boolean {
  const k = c.charCodeAt(0);
  if (k < 0x80) return (k >= 48 && k <= 57) || ((k | 32) >= 97 && (k | 32) <= 122) || k === 95 || k === 45;
  return NAME_CHAR.test(c);
}

/** A name's or an emoji label's words that say a digest follows (`🔑 SHA256 fingerprint:`, `ключ_хеша`). */
const DIGEST_WORDS = /hash|sha\d*|md5|digest|checksum|commit|fingerprint|хеш|хэш|ハッシュ|哈希|해시/i;

/**
 * A key spelled in hex (32 to 128 digits mixing letters and digits) or base64 (`+`, `/` inside): under a name that says
 * secret and no digest (the allow-list's digest lengths give way to it, as to a listed secret name).
 */
function encodedKey(name: string, v: string): boolean {
  if (DIGEST_WORDS.test(name)) return false;
  if (/^[0-9a-f]{32,128}$/i.test(v)) return /[a-f]/i.test(v) && /\d/.test(v);
  return (
    /^[A-Za-z0-9+/]{20,}={0,2}$/.test(v) &&
    /[+/]/.test(v) &&
    !/^\/|\/\//.test(v) &&
    namedCredential(v.replace(/[+/]/g, ''))
  );
}

/** The value's verdict under a name of this class. */
function secretValue(name: string, cls: SecretClass, v: string): boolean {
  if (isPlaceholderValue(v) || isPlaceholderText(v)) return false;
  if (encodedKey(name, v)) return true;
  if (identifierShape(v) || isAllowListed(name, v)) return false;
  // A licence's `or later` (`GPL-3.0+`) is no password.
  const password = cls === 'password' && humanPassword(v) && !/^[A-Z]+-?\d+(?:\.\d+)*\+$/.test(v);
  return password || namedCredential(v) || symbolKey(v) || mixedAlnum(v);
}

/** A YAML block or folded scalar's header after a name (`parol: >-`, `klyuch: |`): the value is on the next lines. */
const BLOCK_HEADER = /["']?[ \t]*:[ \t]+[|>][+-]?[1-9]?[+-]?[ \t]*\r?\n/y;
const MAX_BLOCK = 8;

/**
 * The lines of a block scalar under the name at [start, end) (attack 48: `parol: >-` then two halves): those indented
 * deeper than the name's line, at most MAX_BLOCK, joined; their span. Null without a header or a line.
 */
function blockValue(text: string, start: number, end: number): { start: number; end: number; value: string } | null {
  BLOCK_HEADER.lastIndex = end;
  if (!BLOCK_HEADER.test(text)) return null;
  const indent = start - (text.lastIndexOf('\n', start - 1) + 1);
  const lines = blockLines(text, BLOCK_HEADER.lastIndex, indent, { max: MAX_BLOCK, stopAtBlank: true });
  if (lines.length === 0) return null;
  const value = lines.map(([s, e]) => text.slice(s, e)).join('');
  return { start: lines[0]![0], end: lines[lines.length - 1]![1], value };
}

/** The start of the name that holds `at`, or -1 when it is longer than MAX_NAME. */
function nameStart(text: string, at: number): number {
  let s = at;
  while (s > 0 && at - s < MAX_NAME && isNameChar(text[s - 1]!)) s--;
  return at - s >= MAX_NAME ? -1 : s;
}

/** The end of the name that holds `at`, or -1 when it is longer than MAX_NAME. */
function nameEnd(text: string, at: number): number {
  let e = at;
  while (e < text.length && e - at < MAX_NAME && isNameChar(text[e]!)) e++;
  return e - at >= MAX_NAME ? -1 : e;
}

/** The names judged lately (a text repeats its names): at most MEMO of them. */
const judged = new Map<string, SecretClass | null>();
const MEMO = 4096;
function classOf(name: string): SecretClass | null {
  let cls = judged.get(name);
  if (cls === undefined) {
    if (judged.size >= MEMO) judged.clear();
    cls = unlistedClass(name);
    judged.set(name, cls);
  }
  return cls;
}

/**
 * The hit for the value after [start, end) read as a name (or an emoji label); else null, or the end of a run read as
 * a value that ran on (no name in it is read again: a run of `pasword=pasword=…` is read once, not 512 times).
 */
function valueHit(text: string, start: number, end: number, emoji: boolean): Hit | number | null {
  const name = text.slice(start, end);
  const cls = classOf(name);
  if (cls === null) return null;
  if (!emoji) {
    const block = blockValue(text, start, end);
    if (block !== null) return secretValue(name, cls, block.value) ? { rule: 'secret-key-value', ...block } : null;
  }
  const sep = emoji ? EMOJI_SEP : SEP;
  sep.lastIndex = end;
  const m = sep.exec(text);
  if (m === null) return null;
  const from = end + m[0].length;
  VALUE.lastIndex = from;
  const v = VALUE.exec(text);
  if (v === null) return null;
  const to = from + v[0].length;
  VALUE_END.lastIndex = to;
  if (!VALUE_END.test(text)) return to;
  if (m[1] !== '' && text[to] !== m[1]) return null;
  return secretValue(emoji ? m[0] : name, cls, v[0]) ? { rule: 'secret-key-value', start: from, end: to } : null;
}

/** The candidates: the ASCII words' starts and, beyond ASCII, the other words' and the emoji's, in order. */
function candidates(text: string): number[] {
  const out = [...(typos?.(text) ?? []), ...(words?.(text) ?? []), ...(compounds?.(text) ?? [])];
  out.sort((a, b) => a - b);
  if (BEYOND_ASCII.test(text)) {
    FOREIGN.lastIndex = 0;
    for (let m = FOREIGN.exec(text); m !== null; m = FOREIGN.exec(text)) out.push(m.index);
    out.sort((a, b) => a - b);
  }
  return out;
}

/** The pass (see the file's comment). */
export function unlistedNamePass(): Pass {
  return runPass((text) => {
    const hits: Hit[] = [];
    let done = -1;
    for (const at of candidates(text)) {
      if (at < done) continue;
      const c = text.codePointAt(at)!;
      const emoji = c > 0xffff;
      const start = emoji ? at : nameStart(text, at);
      const end = emoji ? at + (c > 0xffff ? 2 : 1) : nameEnd(text, at);
      if (start < 0 || end < 0) {
        done = at + 1;
        continue;
      }
      done = end;
      const hit = valueHit(text, start, end, emoji);
      if (typeof hit === 'number') done = hit;
      else if (hit !== null && (hits.length === 0 || hits[hits.length - 1]!.end <= hit.start)) {
        hits.push(hit);
        done = hit.end;
      }
    }
    return hits;
  });
}
