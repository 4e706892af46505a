/**
 * A value that a word naming an id, a hash, a record or a version introduces (`request id 7f3a…`, `see commit 3f2a…`,
 * `sha256 ab12…`, `run <uuid>`, `etag "…"`) is that id, whatever credential word came before it in the sentence
 * (`Rotated the API key yesterday; request id … completed`): the prose readers (context.ts, prose-credentials.ts,
 * comment-keys.ts, near-labels.ts) take a value a few words after a key, token, password or secret word only when the
 * word right before the value says what it is, and it is none of these.
 */
import { SENTENCE_COPULAS } from './prose-values.js';
import { SERVICE_NAMES } from './services.js';
import { isApiId } from './generic.js';

/** Nouns that name what follows as an id, a digest, a record, a build or a version (whole words, any case). */
const ID_NOUNS = [
  'ids?',
  'uuids?',
  'guids?',
  'ulids?',
  'nanoids?',
  'cuids?',
  'slugs?',
  'cids?',
  'sha(?:1|224|256|384|512|3(?:-\\d+)?)?(?:sum)?',
  'md5(?:sum)?',
  'crc(?:32)?',
  'blake[23][bs]?',
  'xxh(?:ash)?\\d*',
  'hash(?:es)?',
  'digests?',
  'checksums?',
  'commits?',
  'revisions?',
  'rev',
  'traces?',
  'spans?',
  'requests?',
  'req',
  'runs?',
  'jobs?',
  'builds?',
  'versions?',
  'etags?',
  'blobs?',
  'objects?',
  'containers?',
  'images?',
  'cache',
  'snapshots?',
  'checkpoints?',
  'messages?',
  'msg',
  'completions?',
  'uploads?',
  'events?',
  'transactions?',
  'txn?',
  'nonce',
  'fingerprint',
  'tree',
  'parents?',
  'sid',
  'uid',
];

/**
 * The end of a gap (the text between a credential word and a value) that is such a noun, then only what joins a name
 * to its value: blanks, `:`, `=`, `#`, quotes, brackets, a copula (`request id: `, `commit `, `etag "`,
 * `digest sha256:`, `the request ids were `).
 */
const ID_NOUN_END = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${ID_NOUNS.join('|')})(?:[ \\t]+(?:is|was|are|were))?[ \\t:=#"'\`([]*$`,
  'iu',
);

/**
 * The words of names read apart: camelCase and snake_case split (`messageId`, `request_id`, `x-request-id`, a Gemini
 * `responseId`: the id noun is glued to the word before it, and was read as no word at all).
 */
export const namesApart = (text: string): string => text.replace(/([a-z])(?=[A-Z])/g, '$1 ').replace(/[_-]/g, ' ');

/** Whether the gap before a value (at most its last 40 characters are read) ends with a noun naming an id or a hash. */
export function idNounBefore(gap: string): boolean {
  return ID_NOUN_END.test(namesApart(gap.length > 40 ? gap.slice(-40) : gap));
}

/** An id's or a digest's shape: 7 or more hex digits with a digit and a letter among them, or a UUID. */
const ID_SHAPED = /^(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,}$|^(?=[0-9A-F]*[A-F])(?=[0-9A-F]*\d)[0-9A-F]{7,}$/;
const UUID_SHAPED = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A noun naming an id anywhere in a gap. */
const ID_NOUN_IN = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${ID_NOUNS.join('|')})(?![\\p{L}\\p{N}_])`, 'iu');

/** Blanks, quotes, brackets and emphasis that open a value (French `« `, German `„`, a typographer's `‘`). */
const OPENING = `[ \\t\\u00a0\\u202f"'\`([*_「『«“„‘‹]*`;
/**
 * A gap that states the value it ends at (the text after a credential word): nothing but blanks, quotes, brackets and
 * emphasis (`token …`, `(token …)`); a few words then a mark (`:`, `=`, `→`, `—`, ` - `, `|`) or a copula (`is`, `was`,
 * `are`, maybe `now`, `still`, `currently`); a verb that sets it then `to` (`was changed to`, `set to`); `use`,
 * `using`, `with`, `as`. Not a sentence that goes on about something else (`expired, see …`, `updated in …`, `took 231
 * ms for …`, `scan clean for …`).
 */
const STATING_END = new RegExp(
  `(?:^[^\\p{L}\\p{N}]*|(?:[:：=→|│]|->|=>|—|–|[ \\t]-|\\))${OPENING}|(?:是|为|為|は|는|은|이|가|คือ)${OPENING}|` +
    `(?<![\\p{L}\\p{N}_])(?:(?:were|be|becomes?|${SENTENCE_COPULAS.join('|')})` +
    `(?:[ \\t]+(?:now|still|currently|just|simply))?|(?:set|changed|updated|rotated|reset|switched)[ \\t]+to|` +
    `now|use|using|with|as|here|it'?s|hex|base64|b64|in[ \\t]+hex)${OPENING})$`,
  'iu',
);

/** Whether the gap before a value says it is the secret (STATING_END; at most its last 60 characters are read). */
export const statingGap = (gap: string): boolean => STATING_END.test(gap.length > 60 ? gap.slice(-60) : gap);

/** A provider's or service's name (services.ts), a whole word: whose key the value is (`For Together, paste …`). */
const SERVICE_IN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${SERVICE_NAMES})(?![a-z])`, 'iu');
/**
 * A verb of use or of hand-over (`paste`, `accepted`, `login`, `set`, `export`, `use`, `pass`, `auth`, `enter`): the
 * value after it is the key handed over, not an id (`wandb login …`, `the token was accepted: …`).
 */
const USE_VERB =
  /(?<![\p{L}\p{N}])(?:past(?:e|ed|es|ing)|accept(?:s|ed|ing)?|log(?:ged)?[ \t-]?in|sign(?:ed)?[ \t-]?in|login|set(?:s|ting)?|export(?:s|ed|ing)?|us(?:e|es|ed|ing)|pass(?:es|ed|ing)?|auth\p{L}*|enter(?:s|ed|ing)?|put|add(?:s|ed|ing)?|suppl(?:y|ied|ies)|provid(?:e|ed|es|ing)|configur\p{L}*|cop(?:y|ied|ies)|insert(?:s|ed)?|tr(?:y|ied)|send|sent|give|gave|given|mine|my|our|your|here(?:'?s)?)(?![\p{L}\p{N}])/iu;
/**
 * After a verb of use or a service's name, what still makes a value an id: a noun naming one right before it with only
 * blanks, quotes or `#` between (`use the key; job <uuid> took 3 s`), or a strong id noun then `:`, `=` too
 * (`request id: …`, `commit: …`); not `the Stripe key from the build: <hex>`.
 */
const NOUN_BLANK_END = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${ID_NOUNS.join('|')})[ \\t"'\`#]+$`, 'iu');
const STRONG_ID_END =
  /(?<![\p{L}\p{N}_])(?:ids?|uuids?|guids?|sha(?:1|224|256|384|512)?(?:sum)?|md5(?:sum)?|commits?|revision|digest|checksum|etag|fingerprint|trace|span)[ \t:=#"'`([]*$/iu;

/**
 * Whether a value a few words after a credential word is an id or a hash instead (the prose readers' veto), `lead`
 * being the text before that word on its line (its last 80 characters are read). A noun naming an id right before the
 * value (idNounBefore); for a value of an id's shape (hex digits, a UUID), also a noun naming an id anywhere in the gap
 * (`the key fingerprint is …`, `API key id: …`) or a gap that does not state it (statingGap: `the token expired, see
 * …`, `token refresh took 231 ms for …`). Safety first: where a provider's or service's name is before the value on
 * its line or a verb of use is in the gap (`For Together, paste …`, `wandb login …`, `the Groq token worked: …`), only
 * a noun right before it (NOUN_BLANK_END, STRONG_ID_END: `job <uuid>`, `request id: …`, `commit …`) makes it one.
 */
export function idAfterGap(gap: string, value: string, lead = ''): boolean {
  // An API's id of a completion, a message, a tool call or a run (`chatcmpl-…`, `call_…`, `toolu_…`) is no key.
  if (isApiId(value)) return true;
  const tail = gap.length > 60 ? gap.slice(-60) : gap;
  const head = lead.length > 80 ? lead.slice(-80) : lead;
  const apart = namesApart(tail);
  if (SERVICE_IN.test(head) || SERVICE_IN.test(tail) || USE_VERB.test(head) || USE_VERB.test(tail))
    return NOUN_BLANK_END.test(apart) || STRONG_ID_END.test(apart);
  if (idNounBefore(gap)) return true;
  if (!ID_SHAPED.test(value) && !UUID_SHAPED.test(value)) return false;
  return ID_NOUN_IN.test(apart) || !statingGap(tail);
}
