/**
 * A value that a word naming an id, a hash, a record or a version introduces (`request id 7f3a…`, `see commit 3f2a…`,
 * `sha256 ab12…`, `run <uuid>`, `etag "…"`) is that id, whatever credential word came before it in the sentence
 * (`Rotated the API key yesterday; request id … completed`): the prose readers (context.ts, prose-credentials.ts,
 * comment-keys.ts, near-labels.ts) take a value a few words after a key, token, password or secret word only when the
 * word right before the value says what it is, and it is none of these.
 */
import { SENTENCE_COPULAS } from './prose-values.js';

/** Nouns that name what follows as an id, a digest, a record, a build or a version (whole words, any case). */
const ID_NOUNS = [
  'ids?',
  'uuids?',
  'guids?',
  'ulids?',
  'nanoids?',
  'cuids?',
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
  'sid',
  'uid',
];

/**
 * The end of a gap (the text between a credential word and a value) that is such a noun, then only what joins a name
 * to its value: blanks, `:`, `=`, `#`, quotes, brackets (`request id: `, `commit `, `etag "`, `digest sha256:`).
 */
const ID_NOUN_END = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${ID_NOUNS.join('|')})[ \\t:=#"'\`([]*$`, 'iu');

/** Whether the gap before a value (at most its last 40 characters are read) ends with a noun naming an id or a hash. */
export function idNounBefore(gap: string): boolean {
  return ID_NOUN_END.test(gap.length > 40 ? gap.slice(-40) : gap);
}

/** An id's or a digest's shape: 7 or more hex digits with a digit and a letter among them, or a UUID. */
const ID_SHAPED = /^(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,}$|^(?=[0-9A-F]*[A-F])(?=[0-9A-F]*\d)[0-9A-F]{7,}$/;
const UUID_SHAPED = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A noun naming an id anywhere in a gap. */
const ID_NOUN_IN = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${ID_NOUNS.join('|')})(?![\\p{L}\\p{N}_])`, 'iu');

/**
 * A gap that states the value it ends at (the text after a credential word): nothing but blanks, quotes, brackets and
 * emphasis (`token …`, `(token …)`); a few words then a mark (`:`, `=`, `→`, `—`, ` - `, `|`) or a copula (`is`, `was`,
 * `are`, maybe `now`, `still`, `currently`); a verb that sets it then `to` (`was changed to`, `set to`); `use`,
 * `using`, `with`, `as`. Not a sentence that goes on about something else (`expired, see …`, `updated in …`, `took 231
 * ms for …`, `scan clean for …`).
 */
const STATING_END = new RegExp(
  `(?:^[ \\t"'\`([*_]*|(?:[:：=→|│]|->|=>|—|–|[ \\t]-|\\))[ \\t"'\`([*_「『]*|(?:是|为|為|は|는|은|이|가)[ \\t"'\`「『]*|` +
    `(?<![\\p{L}\\p{N}_])(?:(?:were|be|becomes?|${SENTENCE_COPULAS.join('|')})` +
    `(?:[ \\t]+(?:now|still|currently|just|simply))?|(?:set|changed|updated|rotated|reset|switched)[ \\t]+to|` +
    `now|use|using|with|as|here|it'?s)[ \\t"'\`([*_]*)$`,
  'iu',
);

/** Whether the gap before a value says it is the secret (STATING_END; at most its last 60 characters are read). */
export const statingGap = (gap: string): boolean => STATING_END.test(gap.length > 60 ? gap.slice(-60) : gap);

/**
 * Whether a value a few words after a credential word is an id or a hash instead (the prose readers' veto): a noun
 * naming an id right before it (idNounBefore); for a value of an id's shape (hex digits, a UUID), also a noun naming an
 * id anywhere in the gap (`the key fingerprint is …`, `API key id: …`) or a gap that does not state it (statingGap:
 * `the token expired, see …`, `token refresh took 231 ms for …`).
 */
export function idAfterGap(gap: string, value: string): boolean {
  if (idNounBefore(gap)) return true;
  if (!ID_SHAPED.test(value) && !UUID_SHAPED.test(value)) return false;
  const tail = gap.length > 60 ? gap.slice(-60) : gap;
  return ID_NOUN_IN.test(tail) || !statingGap(tail);
}
