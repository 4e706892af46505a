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
    if (judgeAssignment(m[3]!, m[5]!) === null) continue;
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
 * is a parser's).
 */
const ECHO =
  /(?:incorrect|invalid|unauthori[sz]ed|rejected|expired)[:,]?[ \t]+(?:the[ \t]+)?(?:api[ _-]?key|key|token|secret|access[ _-]?token|credentials?)(?:[ \t]+(?:provided|given|supplied|used|passed))?[ \t]*[:=]?[ \t]*(["'`]?)([A-Za-z0-9_+/=.~-]{16,200}?)\1(?=[\s.,;)'"`]|$)/iy;

/** The words' tails (a few literals scan fast); the regex then reads from the word's first letter. */
const ECHO_WORD = /nvalid|NVALID|ncorrect|nauthori[sz]ed|NAUTHORI[SZ]ED|ejected|xpired/g;

function echoHits(text: string): Hit[] {
  const hits: Hit[] = [];
  ECHO_WORD.lastIndex = 0;
  for (let w = ECHO_WORD.exec(text); w !== null; w = ECHO_WORD.exec(text)) {
    ECHO.lastIndex = w.index - 1;
    const m = ECHO.exec(text);
    if (m === null) continue;
    let v = m[2]!;
    // A sentence's full stop is no part of the key.
    if (v.endsWith('.')) v = v.replace(/\.+$/, '');
    if (!storedCredential(v)) continue;
    const start = m.index + m[0].lastIndexOf(m[2]!);
    hits.push({ rule: 'echoed-secret', start, end: start + v.length });
    ECHO_WORD.lastIndex = start + v.length;
  }
  return hits;
}

/** One scan for both: a line starting with a diff mark or a list item holding a flag. */
const LIST_HINT = /^(?:[+-](?![+-])[ \t]*["']?[A-Za-z_]|[ \t]*-[ \t]+["']?--[a-z])/m;
const DIFF_HINT = /^[+-](?![+-])[ \t]*["']?[A-Za-z_]/m;
const FLAG_HINT = /^[ \t]*-[ \t]+["']?--[a-z]/m;
const ENV_DOT_HINT = /process\.env\.\w+[ \t]*(?:\?\?|\|\||&&)=/;

export function echoPass(): Pass {
  const keyNames = keyNamePass();
  return runPass((text) => {
    // Regex tests, not includes(): a multi-character includes() costs about 3 ms per MB.
    const lists = LIST_HINT.test(text);
    const diffs = lists && DIFF_HINT.test(text) ? diffHits(text, keyNames) : [];
    const flags = lists && FLAG_HINT.test(text) ? flagItemHits(text) : [];
    const env = ENV_DOT_HINT.test(text) ? envDotHits(text) : [];
    const echo = echoHits(text);
    return [...diffs, ...flags, ...env, ...echo].sort((a, b) => a.start - b.start);
  });
}
