/**
 * Key-name formats the key-name regexes do not read (issue 11, category 3):
 * - the `+`/`-` lines of a unified diff (`+api_key: …`, `-  "token": "…"`): read again by the key-name pass with the
 *   mark blanked (same length, so offsets hold);
 * - a flag and its value as two items of a YAML block list (`- --api-key` / `- …`);
 * - `process.env.X ??= "…"` and `||=` (the dot form; `=` alone is read already);
 * - a key echoed by an error message (`Incorrect API key provided: …`, `Unauthorized: key …`, `invalid token: …`).
 * Each reads only text holding its literal.
 */
import { keyNamePass } from './key-name-pass.js';
import { judgeAssignment } from './key-names.js';
import { storedCredential } from './labels.js';
import { anchoredMatches, anchors } from './anchors.js';
import { onlyNewlines } from './line-heads.js';
import { passHits, runPass, type Hit, type Pass } from './pass.js';

/**
 * A diff's changed line that starts an assignment: the mark, then blanks, a quote or a name. `-` only in a diff with a
 * hunk header (`- key: value` is a YAML or Markdown list item).
 */
const ADDED_LINE = /^\+(?![+-])(?=[ \t]*["']?[A-Za-z_])/gm;
const CHANGED_LINE = /^[+-](?![+-])(?=[ \t]*["']?[A-Za-z_])/gm;

function diffHits(text: string, keyNames: Pass): Hit[] {
  const DIFF_LINE = text.startsWith('@@ ') || text.includes('\n@@ ') ? CHANGED_LINE : ADDED_LINE;
  DIFF_LINE.lastIndex = 0;
  // Only the changed lines, joined, their marks blanked; each line's start in the text and in the copy.
  const lines: string[] = [];
  const starts: number[] = [];
  const copyStarts: number[] = [];
  let length = 0;
  for (let m = DIFF_LINE.exec(text); m !== null; m = DIFF_LINE.exec(text)) {
    const end = text.indexOf('\n', m.index);
    const line = ' ' + text.slice(m.index + 1, end === -1 ? text.length : end);
    lines.push(line);
    starts.push(m.index);
    copyStarts.push(length);
    length += line.length + 1;
  }
  if (lines.length === 0) return [];
  const hits = passHits(keyNames, lines.join('\n'));
  return hits.map((h) => {
    let i = copyStarts.length - 1;
    while (copyStarts[i]! > h.start) i--;
    const shift = starts[i]! - copyStarts[i]!;
    return { ...h, start: h.start + shift, end: h.end + shift };
  });
}

/** `- --api-key` then `- value` on the next line. */
const FLAG_ITEM =
  /^([ \t]*)-[ \t]+(["']?)--([a-z][a-z0-9-]{1,40})\2[ \t]*\r?\n\1-[ \t]+(["']?)((?<=["'])[^"'\r\n]{8,512}(?=["'])|[^\s"']{8,512})\4[ \t]*\r?$/gm;

function flagItemHits(text: string): Hit[] {
  const hits: Hit[] = [];
  FLAG_ITEM.lastIndex = 0;
  for (let m = FLAG_ITEM.exec(text); m !== null; m = FLAG_ITEM.exec(text)) {
    // Not a flag's value: its item may be the next flag (`- --verbose` then `- --api-key` then the key).
    if (judgeAssignment(m[3]!, m[5]!) === null) {
      FLAG_ITEM.lastIndex = m.index + m[0].indexOf('\n') + 1;
      continue;
    }
    const end = m.index + m[0].replace(/[ \t]*\r?$/, '').length - m[4]!.length;
    hits.push({ rule: 'secret-key-value', start: end - m[5]!.length, end });
    FLAG_ITEM.lastIndex = end;
  }
  return hits;
}

/** `process.env.X ??= "…"`, `||=`, `&&=`. */
const ENV_DOT = /process\.env\.([A-Za-z_][A-Za-z0-9_]*)[ \t]*(?:\?\?|\|\||&&)=[ \t]*(["'`])([^"'`\s\\]{8,512})\2/g;

function envDotHits(text: string): Hit[] {
  return [...text.matchAll(ENV_DOT)].flatMap((m) => {
    const rule = judgeAssignment(m[1]!, m[3]!);
    const end = m.index + m[0].length - 1;
    return rule === null ? [] : [{ rule, start: end - m[3]!.length, end }];
  });
}

/**
 * An error that echoes the key it rejected: `Incorrect API key provided: …`, `Invalid API key: …`, `Unauthorized: key
 * …`, `invalid token: …`, `(api key '…' rejected)`. The value must read as a credential (`invalid token: unexpected`
 * is a parser's); a `.` inside it is part of it (Z.ai's `<hex>.<secret>`, a JWT), one that ends the sentence is not.
 */
const ECHO =
  /(?:incorrect|invalid|unauthori[sz]ed|rejected|expired)[:,]?[ \t]+(?:the[ \t]+)?(?:api[ _-]?key|key|token|secret|access[ _-]?token|credentials?)(?:[ \t]+(?:provided|given|supplied|used|passed))?[ \t]*[:=]?[ \t]*(["'`]?)((?=[A-Za-z0-9_+/=.~-]{16})[A-Za-z0-9_+/=~-]{1,200}(?:\.[A-Za-z0-9_+/=~-]{1,200}){0,4})\1(?=[\s.,;)'"`]|$)/iy;

/** The words' tails; the regex then reads from the word's first letter. */
const ECHO_WORD = /nvalid|NVALID|ncorrect|nauthori[sz]ed|NAUTHORI[SZ]ED|ejected|xpired/y;
/** Where ECHO_WORD may match: literals it holds, found by indexOf (rare first characters, 6 or fewer). */
const ECHO_ANCHORS = anchors([
  { literal: 'valid', backs: [1] },
  { literal: 'VALID', backs: [1] },
  { literal: 'corre', backs: [1] },
  { literal: 'uthor', backs: [2] },
  { literal: 'UTHOR', backs: [2] },
  { literal: 'jected', backs: [1] },
  { literal: 'xpired', backs: [0] },
]);

function echoHits(text: string): Hit[] {
  const hits: Hit[] = [];
  // As a global ECHO_WORD's exec loop reads them: after a word, or after the key found after it.
  let next = 0;
  for (const w of anchoredMatches(text, ECHO_ANCHORS, ECHO_WORD)) {
    if (w.index < next) continue;
    next = w.index + w[0].length;
    ECHO.lastIndex = w.index - 1;
    const m = ECHO.exec(text);
    if (m === null) continue;
    let v = m[2]!;
    // A sentence's full stop is no part of the key.
    if (v.endsWith('.')) v = v.replace(/\.+$/, '');
    if (!storedCredential(v)) continue;
    const start = m.index + m[0].lastIndexOf(m[2]!);
    hits.push({ rule: 'echoed-secret', start, end: start + v.length });
    next = start + v.length;
  }
  return hits;
}

/**
 * A line starting with a diff mark, or a list item holding a flag: found from its `+`, `-` or `--` (native searches
 * for rare characters) where `\n` is the only line terminator (most text); else by a multiline `^`.
 */
const DIFF_HINT = /^[+-](?![+-])[ \t]*["']?[A-Za-z_]/m;
const DIFF_AT = /[+-](?![+-])[ \t]*["']?[A-Za-z_]/y;
const FLAG_HINT = /^[ \t]*-[ \t]+["']?--[a-z]/m;
const FLAG_AT = /[ \t]*-[ \t]+["']?--[a-z]/y;
const atLineStart = (text: string, i: number): boolean => i === 0 || text.charCodeAt(i - 1) === 10;

/** A diff line (`+` or `-` starting a line) and a flag item (a `--` on a line starting `- `), from one scan of `-`. */
function listHints(text: string): { diff: boolean; flag: boolean } {
  if (!onlyNewlines(text)) return { diff: DIFF_HINT.test(text), flag: FLAG_HINT.test(text) };
  let diff = false;
  let flag = false;
  // The line whose start was read for a flag item (each once).
  let read = -1;
  for (let i = text.indexOf('-'); i !== -1 && !(diff && flag); i = text.indexOf('-', i + 1)) {
    if (!diff && atLineStart(text, i)) diff = DIFF_AT_TEST(text, i);
    if (!flag && i > read && text.charCodeAt(i + 1) === 45) {
      FLAG_AT.lastIndex = text.lastIndexOf('\n', i) + 1;
      flag = FLAG_AT.test(text);
      read = text.indexOf('\n', i);
      if (read === -1) read = text.length;
    }
  }
  for (let i = text.indexOf('+'); i !== -1 && !diff; i = text.indexOf('+', i + 1))
    if (atLineStart(text, i)) diff = DIFF_AT_TEST(text, i);
  return { diff, flag };
}

const DIFF_AT_TEST = (text: string, i: number): boolean => {
  DIFF_AT.lastIndex = i;
  return DIFF_AT.test(text);
};

/** `??=`, `||=` or `&&=` first (rare characters), then the regex. */
const ENV_DOT_HINT = /process\.env\.\w+[ \t]*(?:\?\?|\|\||&&)=/;
const mayAssignEnv = (text: string): boolean =>
  (text.includes('?=') || text.includes('|=') || text.includes('&=')) && ENV_DOT_HINT.test(text);

export function echoPass(): Pass {
  const keyNames = keyNamePass();
  return runPass((text) => {
    const lists = listHints(text);
    const diffs = lists.diff ? diffHits(text, keyNames) : [];
    const flags = lists.flag ? flagItemHits(text) : [];
    const env = mayAssignEnv(text) ? envDotHits(text) : [];
    const echo = echoHits(text);
    return [...diffs, ...flags, ...env, ...echo].sort((a, b) => a.start - b.start);
  });
}
