/**
 * A token written entirely in `\uXXXX` or `\xXX` escapes of ASCII characters (`\u0051\u0078…`, Python's
 * `b'\x61\x65…'`): JSON writers escape
 * only what they must, so a run of 16 or more such escapes was written to hide what it spells. Read on the
 * original text (the normalised view has decoded it, and a key with no prefix or name is no secret there);
 * replaced whole when it spells a secret or one random-looking token.
 */
import { encodedToken } from './credential-values.js';
import { decodedIdentifier } from './learn-gate.js';
import { runPass, type Hit, type Pass } from './pass.js';

const RUN = /(?:\\u00[2-7][0-9A-Fa-f]|\\x[2-7][0-9A-Fa-f]){16,128}/g;

const escapes = (text: string): boolean => text.includes('\\u00') || text.includes('\\x');

/** The pass; `secret` says whether the decoded text holds a secret (its rule) or null; else a random token is one. */
export function escapedTokenPass(secret: (decoded: string) => string | null): Pass {
  const run = (text: string): Hit[] => {
    const hits: Hit[] = [];
    if (!escapes(text)) return hits;
    RUN.lastIndex = 0;
    for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
      const decoded = m[0].replace(/\\(?:u00|x)([0-9A-Fa-f]{2})/g, (_, h: string) =>
        String.fromCharCode(parseInt(h, 16)),
      );
      const rule = secret(decoded) ?? (encodedToken(decoded) && !decodedIdentifier(decoded) ? 'random-token' : null);
      if (rule)
        hits.push({ rule: 'escaped-secret', start: m.index, end: m.index + m[0].length, label: `escaped:${rule}` });
    }
    return hits;
  };
  return { ...runPass(run, true), rawOnlyIn: escapes };
}
