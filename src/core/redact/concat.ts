/**
 * A value under a key name, written as string literals the code concatenates: `const apiKey = "…" + "…";`,
 * Python's `api_key = ("…" "…")` (also over lines). The key-name layer reads the first literal only; here every
 * literal of the chain is redacted when the name, judged with the joined value (judgeAssignment), says secret.
 * Read only at a junction of two literals (a quote, blanks or `+`, a quote), from the line before it.
 */
import { judgeAssignment } from './key-names.js';
import { runPass, type Hit, type Pass } from './pass.js';

const JUNCTION = /["'`](?:[ \t]*\+[ \t]*(?:\r?\n[ \t]*)?|[ \t]*\r?\n[ \t]*(?:\+[ \t]*)?|[ \t]+)["'`]/g;
const CHAIN =
  /([A-Za-z_][A-Za-z0-9_.-]{0,63})\\?["'\]]?[ \t]*(?::=|=|:)[ \t]*\(?\s*(["'`])([A-Za-z0-9_+/=.~-]{4,200})\2((?:[ \t]*\+?[ \t]*(?:\r?\n[ \t]*)?\+?[ \t]*(["'`])[A-Za-z0-9_+/=.~-]{1,200}\5){1,8})/g;
const LITERAL = /(["'`])([A-Za-z0-9_+/=.~-]{1,200})\1/g;

/** The chain of literals under a name that holds the junction at `at`, searched from the line before it. */
function chainAt(text: string, at: number): RegExpExecArray | null {
  const line = text.lastIndexOf('\n', at - 1);
  const from = line <= 0 ? 0 : text.lastIndexOf('\n', line - 1) + 1;
  const window = text.slice(from, Math.min(text.length, at + 2048));
  CHAIN.lastIndex = 0;
  for (let c = CHAIN.exec(window); c !== null; c = CHAIN.exec(window)) {
    if (from + c.index > at) return null;
    if (from + c.index + c[0].length > at) {
      c.index += from;
      return c;
    }
  }
  return null;
}

function concatHits(text: string): Hit[] {
  const hits: Hit[] = [];
  JUNCTION.lastIndex = 0;
  for (let m = JUNCTION.exec(text); m !== null; m = JUNCTION.exec(text)) {
    const c = chainAt(text, m.index);
    if (c === null) {
      JUNCTION.lastIndex = m.index + 1;
      continue;
    }
    const tail = c[0].length - c[4]!.length;
    const pieces = [...c[4]!.matchAll(LITERAL)];
    const rule = judgeAssignment(c[1]!, c[3]! + pieces.map((p) => p[2]).join(''));
    JUNCTION.lastIndex = c.index + c[0].length;
    if (rule === null) continue;
    const first = c.index + tail - 1 - c[3]!.length;
    hits.push({ rule, start: first, end: first + c[3]!.length });
    for (const p of pieces)
      hits.push({ rule, start: c.index + tail + p.index + 1, end: c.index + tail + p.index + 1 + p[2]!.length });
  }
  return hits;
}

export function concatPass(): Pass {
  return runPass(concatHits);
}
