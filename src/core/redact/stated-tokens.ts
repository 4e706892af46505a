/**
 * A random token in a sentence that says a credential failed or is being handed over, with no name or label beside it
 * (attack 58: `I tried "<40 random>" but the API returned 401.`, `user: ok try this one instead <32 random>`): a line
 * that holds an authentication failure (`401`, `403`, `unauthorized`, `forbidden`, `invalid … key`, `authentication
 * failed`, `rejected`) or a hand-over (`try this one`, `use this one`, `here is the new one`) takes each token on it
 * that reads as a key (prose-near.ts's keyShape, and random: credential-values.ts) and that no noun names an id
 * (`request id`, `trace`: id-nouns.ts).
 */
import { indexWithin, lineStartOrCap } from './bounded.js';
import { randomToken } from './credential-values.js';
import { idNounBefore } from './id-nouns.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { keyShape } from './prose-near.js';

const MARKS = ['401', '403', 'unauthori', 'forbidden', 'invalid', 'authentication fail', 'rejected', 'this one'];
const scan = literalScan(MARKS);
const LONGEST = 1024;
/** The marks as words (not a number's digits, not `this one`'s inside a longer word). */
const MARK =
  /(?<![\w.-])(?:40[13](?![\w-]|\.\w)|unauthori[sz]ed|forbidden|invalid[ \t]+(?:api[ \t_-]?)?(?:key|token|credentials?)|authentication[ \t]+failed|rejected|(?:try|use)[ \t]+this[ \t]+one|here(?:'s|[ \t]+is)[ \t]+(?:the[ \t]+)?new[ \t]+one)/i;
const TOKEN = /(?<![\w/.@:=+~%-])[A-Za-z0-9_~+/.-]{24,200}={0,2}(?![\w/.@~%-])/g;

function statedHits(text: string): Hit[] {
  const hits: Hit[] = [];
  let readTo = 0;
  for (const at of scan?.(text) ?? []) {
    if (at < readTo) continue;
    // A line over LONGEST is no sentence: each search stops there (a line of `401` repeated stays linear).
    const ls = lineStartOrCap(text, at, LONGEST);
    const nl = indexWithin(text, 10, at, LONGEST);
    const le = nl === -1 ? Math.min(text.length, at + LONGEST) : nl;
    readTo = le;
    if (le - ls >= LONGEST || (ls > 0 && text.charCodeAt(ls - 1) !== 10)) continue;
    const line = text.slice(ls, le);
    if (!MARK.test(line)) continue;
    for (const m of line.matchAll(TOKEN)) {
      const v = m[0];
      if (!keyShape(v) || !randomToken(v) || idNounBefore(line.slice(Math.max(0, m.index - 40), m.index))) continue;
      hits.push({ rule: 'stated-token', start: ls + m.index, end: ls + m.index + v.length });
    }
  }
  return hits;
}

/** The pass (see the file's comment). */
export function statedTokenPass(): Pass {
  return runPass(statedHits);
}
