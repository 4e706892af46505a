/**
 * Keys whose shape is distinctive enough without a name or prefix because it joins two random parts (attack6 L17):
 * - Z.ai / Zhipu GLM: `<32 hex>.<16 letters and digits>` (an id and its secret, joined by a dot);
 * - fal: `<UUID>:<32 hex>` (a key id and its secret).
 * Both are found from the 32 hex digits in them: runs of exactly 32 hex digits, from the token runs the other passes
 * read too (runs.ts: a skip-ahead scan, cached per text).
 */
import { charSet } from './line-heads.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { subRuns } from './runs.js';

const HEX = charSet('0123456789abcdef');
const ZAI_TAIL = /\.([A-Za-z0-9]{16})(?![A-Za-z0-9_.+/=-])/y;
const UUID_BEFORE = /(?<![A-Za-z0-9_-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:$/;
const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
/** Random as a generated secret: both cases (a file name's extension or a word after a hash has one). */
const mixed = (v: string): boolean => /[a-z]/.test(v) && /[A-Z]/.test(v);
const hexMixed = (v: string): boolean => /\d/.test(v) && /[a-f]/.test(v);

function compoundHits(text: string): Hit[] {
  const hits: Hit[] = [];
  const next = subRuns(text, 32, HEX);
  for (let r = next(0); r !== null; r = next(r[1] + 1)) {
    const [start, end] = r;
    if (end - start !== 32 || !hexMixed(text.slice(start, end))) continue;
    const before = text.charCodeAt(start - 1);
    if (before === 58) {
      if (isWordChar(text.charCodeAt(end)) || !UUID_BEFORE.test(text.slice(Math.max(0, start - 38), start))) continue;
      hits.push({ rule: 'fal-api-key', start: start - 37, end });
      continue;
    }
    if (isWordChar(before) || before === 46) continue;
    ZAI_TAIL.lastIndex = end;
    const m = ZAI_TAIL.exec(text);
    if (m !== null && mixed(m[1]!)) hits.push({ rule: 'zai-api-key', start, end: end + 17 });
  }
  return hits;
}

/** The pass of compound key shapes (see the file's comment). */
export function compoundShapePass(): Pass {
  return runPass(compoundHits);
}
