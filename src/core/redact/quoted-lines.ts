/**
 * A key written as lines in one quoted string under a key's name (`"private_key": "MIIE…\n…\n"` in a service
 * account's JSON, a Python dict, a YAML double-quoted scalar): the normalised view reads the `\n` escapes as line
 * breaks, so the key-name layer, which reads a value to its first blank, saw no value. When its header is mangled or
 * missing (`-----BEGIN PRIV KEY----`, base64 lines alone) and its bytes are no key the base64 layer knows (an encrypted
 * key, another format), nothing found it. Found from the literals `key"`, `key'`, `key:` and `key=` (the shared literal
 * scan), the name read before them and judged with the lines joined (judgeAssignment), the value replaced from quote
 * to quote.
 */
import { judgeAssignment } from './key-names.js';
import { literalScan } from './literal-scan.js';
import type { Hit } from './pass.js';

/** Where `key"`, `key'`, `key:` or `key=` is (any case), from the shared literal scan. */
const KEYS = literalScan(['key"', "key'", 'key:', 'key=']);

/** The name whose last word is `key`. */
const NAME = /([A-Za-z0-9_.-]{0,60}key)$/i;
/**
 * After the name's quote: `:` or `=`, then a quoted value of two or more lines, each 1-256 characters with no quote
 * or backslash, the last maybe empty.
 */
const VALUE = /["']?[ \t]*[:=][ \t]*(["'])((?:[^"'\\\n]{1,256}\n){1,400}[^"'\\\n]{0,256})\1/y;

export function quotedLineHits(text: string): Hit[] {
  const hits: Hit[] = [];
  let next = 0;
  for (const at of KEYS?.(text) ?? []) {
    if (at < next) continue;
    const name = NAME.exec(text.slice(Math.max(0, at - 61), at + 3));
    VALUE.lastIndex = at + 3;
    const m = name ? VALUE.exec(text) : null;
    // A public key or a certificate written the same way is no secret.
    if (m === null || /PUBLIC KEY|CERTIFICATE/.test(m[2]!)) continue;
    const lines = m[2]!.split('\n').map((l) => l.trim());
    // A key's body: most of its characters base64 or hex, one line of 16 or more.
    const joined = lines.filter((l) => !/^-{2,}|-{2,}$/.test(l)).join('');
    if (!lines.some((l) => /^[A-Za-z0-9+/=_-]{16,}$/.test(l)) || judgeAssignment(name![1]!, joined) === null) continue;
    const start = VALUE.lastIndex - 1 - m[2]!.length;
    hits.push({ rule: 'secret-key-value', start, end: VALUE.lastIndex - 1 });
    next = VALUE.lastIndex;
  }
  return hits;
}
