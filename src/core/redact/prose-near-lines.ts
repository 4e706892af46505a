/**
 * Lines another reader judges, and values the sentence says are no key, for prose-near.ts (round 18):
 * - a bullet's or a bold label's line (`- GitHub: <sha>`, `* **Groq**: …`, YAML's `- key: <uuid>`): labels.ts's
 *   BULLET, which knows a git host's 40 hex is a commit and a YAML list's `key` no label.
 * Each costs a bounded read around the value (its line): prose-near stays linear.
 */
import { BULLET, BULLET_HEAD } from './labels.js';

/** After a value that ends its line: a closing quote or bold, a full stop. */
const LINE_END = /^[`"'*_]{0,4}[ \t]*[.,;]?[ \t]*\r?(?:\n|$)/;

/** Whether the value at [start, end), on the line from `ls`, is the value of a bullet's or bold label's line. */
export function bulletValue(text: string, ls: number, start: number, end: number): boolean {
  // The value ends its line (BULLET's shape), and the line starts within LINE characters of it.
  if (!LINE_END.test(text.slice(end, end + 12)) || (ls > 0 && text.charCodeAt(ls - 1) !== 10)) return false;
  BULLET_HEAD.lastIndex = ls;
  if (!BULLET_HEAD.test(text)) return false;
  BULLET.lastIndex = ls;
  const m = BULLET.exec(text);
  const v = m?.indices?.groups?.v;
  return v !== undefined && v[0] <= start && end <= v[1];
}
