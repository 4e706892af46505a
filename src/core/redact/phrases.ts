/**
 * Secrets named by a phrase rather than a key name (near-labels.ts reads them with its labelled keys): a password after
 * a login phrase (`logged in as admin with <password>`), a Django secret key after its generator or its name.
 */
import { humanPassword } from './credential-values.js';
import { literalScan } from './literal-scan.js';
import type { Hit } from './pass.js';

/** `logged in as admin with <password>`, `signed in as deploy using <password>`. */
const LOGIN = / in as[ \t]+\S{1,40}[ \t]+(?:with|using)[ \t]+(?:(?:the[ \t]+)?password[ \t]+)?["'`]?(\S{8,64})/y;
/**
 * Django's SECRET_KEY: 50 of get_random_secret_key's characters, after its call or `Django … secret key` nearby. The
 * digit and the symbol are looked for within the 50 (read to the end of the run, a long run was quadratic).
 */
const DJANGO_VALUE =
  /(?<![\w!@#$%^&*(=+)-])(?=[a-z0-9!@#$%^&*(=+)_-]{0,49}\d)(?=[a-z0-9_-]{0,49}[!@#$%^&*(=+)])[a-z0-9!@#$%^&*(=+)_-]{50}(?![\w!@#$%^&*(=+)-])/g;
/** The literals those start at, found by the shared literal scan (literal-scan.ts), or by a regex where it cannot. */
const PHRASES = ['logged in as ', 'signed in as ', 'log in as ', 'sign in as ', 'get_random_secret_key', 'django'];
const phraseStarts =
  literalScan(PHRASES) ??
  ((text: string): number[] => [...text.matchAll(new RegExp(PHRASES.join('|'), 'gi'))].map((m) => m.index));

/** The passwords after a login phrase and Django's secret keys after its generator or its name. */
export function phraseHits(text: string): Hit[] {
  const hits: Hit[] = [];
  // The end of the line last read after a `Django`: a later one on it reads no more (each read the rest of the line: a
  // line of `django secret` repeated was quadratic).
  let readTo = -1;
  for (const i of phraseStarts(text)) {
    const c = text.charCodeAt(i) | 32;
    if (c === 108 || c === 115) {
      loginHit(text, text.indexOf(' in as ', i), hits);
      continue;
    }
    // After the call: its output, the next lines; after `Django`: the same line, when it says `secret`.
    const call = c === 103;
    if (!call && i < readTo) continue;
    let to = call ? i : text.indexOf('\n', i);
    if (to === -1) to = text.length;
    if (!call) readTo = to;
    if (!call && !/secret/i.test(text.slice(i, to))) continue;
    const window = text.slice(i, call ? Math.min(text.length, i + 400) : to);
    for (const m of window.matchAll(DJANGO_VALUE))
      hits.push({ rule: 'django-secret-key', start: i + m.index, end: i + m.index + 50 });
  }
  return hits;
}

function loginHit(text: string, i: number, hits: Hit[]): void {
  LOGIN.lastIndex = i;
  const m = LOGIN.exec(text);
  if (m === null) return;
  const v = m[1]!.replace(/[.,;:)\]"'`]+$/, '');
  if (!humanPassword(v)) return;
  const start = m.index + m[0].length - m[1]!.length;
  hits.push({ rule: 'prose-secret', start, end: start + v.length });
}
