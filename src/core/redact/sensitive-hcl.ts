/**
 * Values a Terraform configuration itself marks secret, under names that say nothing: a `variable` or `output` block
 * with `sensitive = true` and a literal `default`/`value` string (`default = "f5ca…"`: attack 42). A reference, an
 * expression, an empty or placeholder string stays. Each block is read to its closing brace at its own indentation,
 * at most BLOCK characters, so the pass stays linear.
 */
import { isPlaceholderValue } from './placeholder-values.js';
import { runPass, type Hit, type Pass } from './pass.js';

/** The longest block read. */
const BLOCK = 4000;
const OPEN = /^([ \t]*)(?:variable|output)[ \t]+"[^"\r\n]{1,100}"[ \t]*\{[ \t]*\r?$/gm;
const SENSITIVE = /^[ \t]*sensitive[ \t]*=[ \t]*true[ \t]*(?:#[^\n]*)?\r?$/m;
const LITERAL = /^[ \t]*(?:default|value)[ \t]*=[ \t]*"([^"\\\r\n$]{4,500})"[ \t]*\r?$/gm;

function sensitiveHclHits(text: string): Hit[] {
  if (!text.includes('sensitive')) return [];
  const hits: Hit[] = [];
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(text); m !== null; m = OPEN.exec(text)) {
    const from = m.index + m[0].length;
    const close = text.slice(from, from + BLOCK).indexOf(`\n${m[1]!}}`);
    if (close === -1) continue;
    const body = text.slice(from, from + close);
    if (!SENSITIVE.test(body)) continue;
    for (const v of body.matchAll(LITERAL)) {
      if (isPlaceholderValue(v[1]!)) continue;
      const start = from + v.index + v[0].indexOf(`"${v[1]!}"`) + 1;
      hits.push({ rule: 'sensitive-value', start, end: start + v[1]!.length });
    }
    OPEN.lastIndex = from + close;
  }
  return hits;
}

/** The pass of Terraform's sensitive variables' and outputs' literal values (see the file's comment). */
export function sensitiveHclPass(): Pass {
  return runPass(sensitiveHclHits);
}
