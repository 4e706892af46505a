/**
 * A diceware passphrase quoted, or an element's text, right after a secret's name (round 29): Apache's
 * `AuthLDAPBindPassword "audit afford bunker balance"`, Go's `APIKey:  "boil atom cabin bridge",`, a JSON or YAML
 * `"password": "…"`, Icecast's `<source-password>blush breeze artwork autumn</source-password>`. The key-name layer
 * reads values without blanks, so a passphrase of words and blanks under a plain name went out. Here a value of four
 * to eight lower-case words (spacedPhrase: a generator's words, no sentence) closed by its own quote or the element's
 * end tag is taken when a secret's name (key-names.ts, credential-names.ts) stands right before it.
 */
import { credentialName } from './credential-names.js';
import { isSecretKey } from './key-names.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { PASSPHRASE_RULE } from './passphrases.js';
import { spacedPhrase } from './phrase-values.js';

/** A quote or an open tag's end, then a word and a blank (a sentence made a password: spacedPhrase). */
const OPEN = /(["'>])(?=[A-Za-z][a-z]{1,11} [A-Za-z0-9])/g;

/** A name, its closing quote, then `:`, `=`, `:=`, `=>` or blanks alone (a directive's), before a quote. */
const NAME_BEFORE_QUOTE =
  /(?:^|[^\w.-])([A-Za-z_][\w.-]{1,63})\\?["']?(?:[ \t]*(?::=|=>|[:=])[ \t]*|[ \t]+)(?:&[\w-]{1,64}[ \t]+)?N?$/;
/** An element's open tag before its text (`<source-password>`, `<add:Password>`). */
const TAG_BEFORE = /<([A-Za-z_][\w.:-]{1,63})$/;

const isSecretName = (name: string): boolean => isSecretKey(name) || credentialName(name.replace(/^.*:/, ''));

function namedPhraseHits(text: string): Hit[] {
  const hits: Hit[] = [];
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(text); m !== null; m = OPEN.exec(text)) {
    const at = m.index + 1;
    const end = spacedPhrase(text, at);
    if (end === -1) continue;
    const q = m[1]!;
    if (q === '>' ? !text.startsWith('</', end) : text[end] !== q) continue;
    // The 96 characters before it, cut at a line break (a search back to a long line's start per hit was quadratic).
    const near = text.slice(Math.max(0, m.index - 96), m.index);
    const before = near.slice(near.lastIndexOf('\n') + 1);
    const name = q === '>' ? TAG_BEFORE.exec(before) : NAME_BEFORE_QUOTE.exec(before);
    if (name === null || !isSecretName(name[1]!)) continue;
    hits.push({ rule: PASSPHRASE_RULE, start: at, end });
    OPEN.lastIndex = end + 1;
  }
  return hits;
}

/** The pass (context-passes.ts). */
export const namedPhrasePass = (): Pass => runPass(namedPhraseHits);
