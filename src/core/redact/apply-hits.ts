/**
 * Hits, from kept to replaced: the hits of the view and of the original joined, those inside a block hit absorbed,
 * and the replacement of a piece of text by typed placeholders that keep its format (YAML, JSON, a string per line).
 * Which hits are kept is hits.ts'.
 */
import type { Hit } from './pass.js';

export const placeholder = (rule: string): string => `[REDACTED:${rule}]`;

/** A byte list's block (one-step.ts) inside an earlier hit (a hex dump's row read as a list): that hit stays. */
const BYTE_BLOCK = 'encoded-secret-block';

/** Hits that take the earlier hits inside them (absorbed). */
const WHOLE_BLOCKS = new Set(['base64-secret', 'seed-phrase', 'private-key', 'putty-private-key']);

/**
 * The accepted hits, less those inside a block hit of `hits` (a hex dump replaced whole: the key-name hit in its
 * character column would otherwise keep the block out, and leave the bytes beside it) or inside a base64 run holding a
 * secret or a seed phrase.
 */
export function absorbed(accepted: Hit[], hits: readonly Hit[]): Hit[] {
  const blocks = hits.filter((h) => h.rule.endsWith('-secret-block') || WHOLE_BLOCKS.has(h.rule));
  if (blocks.length === 0) return accepted;
  return accepted.filter(
    (a) =>
      !blocks.some((b) =>
        // A base64 run that decodes to a secret goes whole: a line of it replaced by an earlier pass would keep the
        // run out and leave the rest for a recipient to decode (an earlier hit reaching past the run stays).
        // A seed phrase goes whole too (`Bearer <12 words>`: the header's rule took the first word alone), and a
        // private key's block (its lines learned in another file, the block on one line: round 31).
        WHOLE_BLOCKS.has(b.rule)
          ? b.start <= a.start && a.end <= b.end
          : a.start < b.end && b.start < a.end && !(b.rule === BYTE_BLOCK && a.start <= b.start && b.end <= a.end),
      ),
  );
}

/** The hits of two lists, overlapping ones joined into one (named by the first list's). */
export function union(first: Hit[], second: Hit[]): Hit[] {
  const all = [...first.map((h) => ({ ...h, first: true })), ...second.map((h) => ({ ...h, first: false }))].sort(
    (a, b) => a.start - b.start || Number(b.first) - Number(a.first),
  );
  const out: (Hit & { first: boolean })[] = [];
  for (const h of all) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      if (h.end > last.end) last.end = h.end;
      if (h.first && !last.first) Object.assign(last, { rule: h.rule, label: h.label, first: true });
    } else out.push({ ...h });
  }
  return out.map(({ first: _first, ...h }) => h);
}

/** True when [start, end) is the entire plain (unquoted) value of a YAML mapping entry or list item. */
/**
 * Where the plain YAML value a hit starts ends: the hit's end when nothing but a comment follows it on its line, the
 * end of the rest of the scalar when more plain text does (`replicationPassword: <learned words> 49`: the placeholder
 * alone there, `[REDACTED:…] 49`, opened a flow sequence and broke the file: attack 58), or -1 when the hit starts no
 * plain value.
 */
function plainYamlValueEnd(text: string, start: number, end: number): number {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  const after = text.slice(end, lineEnd);
  const head =
    /^[ \t]*(?:-[ \t]+)*(?:(?:[^\s#'"{[][^#]*?|"(?:[^"\\\r\n]|\\.)*"|'(?:[^'\r\n]|'')*')[ \t]*:[ \t]+)?$/.test(
      before,
    ) && /\S/.test(before);
  if (!head) return -1;
  if (/^[ \t]*(?:#.*)?\r?$/.test(after)) return end;
  // More of the same scalar (no `: ` of a key, no comment, no flow punctuation): to its end.
  const rest = /^[^#:,[\]{}\r]*?(?=[ \t]*(?:[ \t]#.*)?\r?$)/.exec(after);
  return rest !== null && !/^[ \t]*$/.test(rest[0]) && /^[ \t]/.test(after) ? end + rest[0].length : -1;
}

/**
 * The redacted form of text[from, to), given its hits (those starting in the range are
 * replaced; one that started before `from` is replaced from `from` on). `firstLine` is the
 * line number of `from`; findings carry original line numbers (replacements never add or
 * remove line breaks: a multi-line match keeps its line breaks).
 */
export function applyHits(
  text: string,
  hits: readonly Hit[],
  from: number,
  to: number,
  firstLine: number,
  onFinding: (rule: string, line: number) => void,
  yaml: boolean,
): string {
  let result = '';
  let copied = from;
  let line = firstLine;
  // The first line break at or after `copied` (-1: none left), found once: looked for again from each hit, a line of
  // a million hits was read to its end a million times.
  let nl = -2;
  for (const hit of hits) {
    // (Also one inside the rest of a YAML value taken with the hit before it.)
    if (hit.end <= from || hit.start >= to || hit.end <= copied) continue;
    // Never inside an escape: a value learned from a view that read `\nAAAA…` raw began with the escape's `n`, and its
    // placeholder after the backslash broke a JSON string (`\[REDACTED:…]`: attack 60).
    const start = escapeEnd(text, Math.max(hit.start, copied));
    if (start >= hit.end) continue;
    if (nl !== -1 && nl < copied) nl = text.indexOf('\n', copied);
    for (; nl !== -1 && nl < start; nl = text.indexOf('\n', nl + 1)) line++;
    const lines = text.slice(start, hit.end).split('\n');
    const breaks = lines.length - 1;
    let replacement = placeholder(hit.label ?? hit.rule);
    // In YAML, a bare `[...]` value would read as a list: quote a placeholder that is a whole plain value, or that
    // starts one (the rest of that scalar replaced with it).
    const valueEnd = yaml && breaks === 0 ? plainYamlValueEnd(text, start, hit.end) : -1;
    if (valueEnd !== -1) replacement = `'${replacement}'`;
    // The whole inside of a list of numbers (a keypair's bytes) becomes one string: `["[REDACTED:…]"]` stays JSON.
    else if (numbersInside(text, start, hit.end)) replacement = `"${replacement}"`;
    result += text.slice(copied, start) + replacement + (breaks === 0 ? '' : lineFrames(lines));
    line += breaks;
    copied = Math.max(hit.end, Math.min(valueEnd, to));
    onFinding(hit.rule, line - breaks);
  }
  return copied === from ? text.slice(from, to) : result + text.slice(copied, Math.max(copied, to));
}

/**
 * `at`, or past the escape sequence it is inside: after an unpaired backslash, its letter (`\n`), `\uXXXX` or `\xXX`
 * whole.
 */
function escapeEnd(text: string, at: number): number {
  if (text.charCodeAt(at - 1) !== 92) return at;
  let n = 1;
  while (n < 16 && text.charCodeAt(at - 1 - n) === 92) n++;
  if (n % 2 === 0) return at;
  const c = text[at];
  if (c === 'u' && /^u[0-9a-fA-F]{4}/.test(text.slice(at, at + 5))) return at + 5;
  if (c === 'x' && /^x[0-9a-fA-F]{2}/.test(text.slice(at, at + 3))) return at + 3;
  return at + 1;
}

/**
 * A line's closing quote and what may follow it (`",`, `' +`, `" \\`, a `\r`); a line's indentation, list dash and
 * opening quote.
 */
const TAIL_FRAME = /["'`][ \t]*[,+]?[ \t]*\\?\r?$|\r$/;
const HEAD_FRAME = /^[ \t]*(?:[-+,][ \t]*)?["'`]/;

/**
 * What a hit over several lines keeps of them: each line break, and around it the quotes, commas and indentation that
 * frame a value written as one string per line (a key as a JSON array of lines, concatenated literals), so that
 * `["-----BEGIN…", "MII…", "-----END…"]` stays a valid array of strings. Only punctuation and blanks are kept.
 */
function lineFrames(lines: readonly string[]): string {
  let out = '';
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i]!;
    const head = i === 0 ? 0 : (HEAD_FRAME.exec(line)?.[0].length ?? 0);
    const tail = TAIL_FRAME.exec(line.slice(head))?.[0] ?? '';
    out += `${i === 0 ? '' : line.slice(0, head)}${tail}\n`;
  }
  return out + (HEAD_FRAME.exec(lines[lines.length - 1]!)?.[0] ?? '');
}

const numbersInside = (text: string, start: number, end: number): boolean =>
  text.charCodeAt(start - 1) === 91 && text.charCodeAt(end) === 93 && /^[\d,\s]+$/.test(text.slice(start, end));
