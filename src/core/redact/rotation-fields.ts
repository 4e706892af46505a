/**
 * A log line's fields that say which of something they hold (`old=`, `new=`, `prev=`, `previous=`, `current=`,
 * `value=`) take that something from the line before them: `key rotated: old=<key> new=<pending>` (attack 57), `token
 * refreshed prev=…`, `password changed: old=…` (not `next: …`, a log's prose). The line's last secret word before the
 * field names the value, and key-names.ts judges it under that name (a key's must read as random, a password's as a
 * password); an API's id (`resp_…`) is none.
 */
import { lineStartOrCap } from './bounded.js';
import { isApiId } from './generic.js';
import { judgeAssignment } from './key-names.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';

const FIELDS = ['old', 'new', 'prev', 'previous', 'current', 'value'];
// `=` only: `next: run_…` is a log's prose (`checked the password policy; next: …`).
const scan = literalScan(FIELDS.map((f) => `${f}=`));
/** The secret word last named on the line before the field, at most 120 characters back. */
const SUBJECT =
  /(?<![\w-])(api[ _-]?key|secret[ _-]?key|access[ _-]?key|key|token|secret|password|passwd|passphrase|credentials?)s?(?![\w-])(?![^\n]*(?<![\w-])(?:api[ _-]?key|key|token|secret|password|passwd|passphrase|credentials?)s?(?![\w-]))[^\n]*$/i;
/** The value: quoted, or a run to a blank, comma, semicolon or the line's end. */
const VALUE = /=(["']?)([^\s"',;|]{4,256})\1(?=[\s,;|]|$)/dy;

function rotationHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const at of scan?.(text) ?? []) {
    if (at > 0 && /[\w.-]/.test(text[at - 1]!)) continue;
    const field = FIELDS.find((f) => text[at + f.length] === '=' && text.slice(at, at + f.length).toLowerCase() === f);
    if (field === undefined) continue;
    const subject = SUBJECT.exec(text.slice(lineStartOrCap(text, at - 1, 120), at));
    if (subject === null) continue;
    VALUE.lastIndex = at + field.length;
    const m = VALUE.exec(text);
    // (Not an API's id: `old=resp_…`.)
    const rule = m && !isApiId(m[2]!) && judgeAssignment(subject[1]!.replace(/[ -]/g, '_'), m[2]!);
    if (rule) hits.push({ rule, start: m.indices![2]![0], end: m.indices![2]![1] });
  }
  return hits;
}

/** The pass (see the file's comment). */
export function rotationFieldPass(): Pass {
  return runPass(rotationHits);
}
