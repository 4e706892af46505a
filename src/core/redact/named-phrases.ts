/**
 * A diceware passphrase quoted, or an element's text, right after a secret's name (round 29): Apache's
 * `AuthLDAPBindPassword "audit afford bunker balance"`, Go's `APIKey:  "boil atom cabin bridge",`, a JSON or YAML
 * `"password": "…"`, Icecast's `<source-password>blush breeze artwork autumn</source-password>`. The key-name layer
 * reads values without blanks, so a passphrase of words and blanks under a plain name went out. Here a value of four
 * to eight lower-case words (spacedPhrase: a generator's words, no sentence) closed by its own quote or the element's
 * end tag is taken when a secret's name (key-names.ts, credential-names.ts) stands right before it. A wallet's phrase
 * (12, 15, 18, 21 or 24 words of three to eight letters, none of prose's: mnemonicEnd) is taken the same way, under a
 * secret's name or a wallet's word (`"token": "<12 words>"`, `wallet_seed = "…"`), and as a `.env` line's whole value
 * (`WALLET_WORDS=<12 words>`: session 60).
 */
import { credentialName } from './credential-names.js';
import { isSecretKey } from './key-names.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { PASSPHRASE_RULE } from './passphrases.js';
import { spacedPhrase } from './phrase-values.js';
import { NOT_BIP39 } from './secret-lists.js';
import { ascending } from './seed-phrases.js';

/** A quote or an open tag's end, then a word and a blank (a sentence made a password: spacedPhrase). */
const OPEN = /(["'>])(?=[A-Za-z][a-z]{1,11} [A-Za-z0-9])/g;

/** A name, its closing quote, then `:`, `=`, `:=`, `=>` or blanks alone (a directive's), before a quote. */
const NAME_BEFORE_QUOTE =
  /(?:^|[^\w.-])([A-Za-z_][\w.-]{1,63})\\?["']?(?:[ \t]*(?::=|=>|[:=])[ \t]*|[ \t]+)(?:&[\w-]{1,64}[ \t]+)?N?$/;
/** An element's open tag before its text (`<source-password>`, `<add:Password>`). */
const TAG_BEFORE = /<([A-Za-z_][\w.:-]{1,63})$/;

const isSecretName = (name: string): boolean => isSecretKey(name) || credentialName(name.replace(/^.*:/, ''));
/** A wallet's words under a name of its own. */
const WALLET_NAME = /wallet|mnemonic|seed|recovery|phrase/i;
/** A name for a wallet's phrase: a wallet's word, or a secret's name with `_WORDS` or `_PHRASE` after it. */
const walletName = (name: string): boolean =>
  WALLET_NAME.test(name) || isSecretName(name.replace(/[_.-]?(?:words|phrase)$/i, ''));

/** Twelve to 24 lower-case words of three to eight letters. */
const WORDS = /[a-z]{3,8}(?: [a-z]{3,8}){11,23}/y;

/** The end of a wallet's phrase that starts at `at` (-1: none): 12, 15, 18, 21 or 24 words, none of prose's. */
function mnemonicEnd(text: string, at: number): number {
  WORDS.lastIndex = at;
  const m = WORDS.exec(text);
  if (m === null) return -1;
  const words = m[0].split(' ');
  // In alphabetical order: a copy of the word list itself.
  if (words.length % 3 !== 0 || words.some((w) => NOT_BIP39.has(w)) || ascending(words)) return -1;
  if (new Set(words).size < words.length - 2) return -1;
  return at + m[0].length;
}

/** A `.env` line whose whole value is a wallet's phrase, under a secret's name or a wallet's word. */
const ENV_LINE = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]{1,63})=(?=[a-z]{3,8} )/gm;

function envPhraseHits(text: string, hits: Hit[]): void {
  for (const m of text.matchAll(ENV_LINE)) {
    const at = m.index + m[0].length;
    const end = mnemonicEnd(text, at);
    if (end === -1 || !/^[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 8))) continue;
    if (walletName(m[1]!)) hits.push({ rule: 'seed-phrase', start: at, end });
  }
}

function namedPhraseHits(text: string): Hit[] {
  const hits: Hit[] = [];
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(text); m !== null; m = OPEN.exec(text)) {
    const at = m.index + 1;
    const q = m[1]!;
    const words = q === '>' ? -1 : mnemonicEnd(text, at);
    const end = words !== -1 ? words : spacedPhrase(text, at);
    if (end === -1) continue;
    if (q === '>' ? !text.startsWith('</', end) : text[end] !== q) continue;
    // The 96 characters before it, cut at a line break (a search back to a long line's start per hit was quadratic).
    const near = text.slice(Math.max(0, m.index - 96), m.index);
    const before = near.slice(near.lastIndexOf('\n') + 1);
    const name = q === '>' ? TAG_BEFORE.exec(before) : NAME_BEFORE_QUOTE.exec(before);
    if (name === null || !(isSecretName(name[1]!) || (words !== -1 && walletName(name[1]!)))) continue;
    hits.push({ rule: words !== -1 ? 'seed-phrase' : PASSPHRASE_RULE, start: at, end });
    OPEN.lastIndex = end + 1;
  }
  if (text.includes('=')) envPhraseHits(text, hits);
  return hits.sort((a, b) => a.start - b.start);
}

/** The pass (context-passes.ts). */
export const namedPhrasePass = (): Pass => runPass(namedPhraseHits);
