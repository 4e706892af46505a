/**
 * A `NAME=value` assignment quoted whole as one argument or setting (round 28): systemd's
 * `Environment="DB_PASSWORD=Ac;QA~a?R=)$C@7V58"`, `echo "DB_PASSWORD=…" >> /etc/environment`, `docker run -e
 * 'API_TOKEN=…'`, a compose list's `- "SMTP_PASS=…"`. The key-name layer reads such a value to its first `;`, `)` or
 * quote-like symbol, so a generator's password went out in part or whole. Here the value runs to the quote that
 * opened the assignment (on its line, at most 256 characters), when a blank, `=`, `(`, `[`, `,` or `-` stands before
 * that quote and a blank, `>`, `,`, `)`, `]`, `}`, `;` or the line's end after its close. The name must be a secret's
 * (key-names.ts) and the value is judged as a secret flag's (flag-values.ts).
 */
import { QUOTED_RULE, secretArgValue } from './flag-values.js';
import { isSecretKey } from './key-names.js';
import { runPass, type Hit, type Pass } from './pass.js';

const OPEN = /(?<=(?:^|[\s=([,-]))(["'])([A-Za-z_][A-Za-z0-9_.]{2,80})=(?=[^\s"'])/gm;

function quotedHits(text: string): Hit[] {
  const hits: Hit[] = [];
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(text); m !== null; m = OPEN.exec(text)) {
    const q = m[1]!;
    const start = OPEN.lastIndex;
    // The next 257 characters only (a search to a long line's end for each assignment was quadratic).
    const rest = text.slice(start, start + 257);
    const line = rest.indexOf('\n');
    const close = rest.indexOf(q) + start;
    if (close < start || (line !== -1 && close > start + line)) continue;
    if (!/^(?:[\s>,)\];}]|$)/.test(text[close + 1] ?? '')) continue;
    const v = text.slice(start, close);
    if (!isSecretKey(m[2]!) || !secretArgValue(v, true)) continue;
    hits.push({ rule: QUOTED_RULE, start, end: close });
    OPEN.lastIndex = close + 1;
  }
  return hits;
}

/** The pass (context-passes.ts). */
export const quotedAssignmentPass = (): Pass => runPass(quotedHits);
