/**
 * Shapes of identifiers a credential word may stand before in prose and config (round 16): a data key's
 * qualifier (`cache key`, `sort key`), words and numbers joined (`orders_users_12`, `user-profile-379`), a path or an
 * object's key (`uploads/<uuid>/x.png`). Shared by the prose readers (prose-near.ts, prose-credentials.ts,
 * context.ts) and the key-name judge (key-names.ts); no imports, so any module may ask.
 */

/**
 * Before a key noun, words that make it a data key, an index or a lookup key, or a key that is no secret (a public
 * key, a key of the keyboard): `cache key`, `S3 object key`, `primary key`, `sort key`, `partition key`, `Redis key`.
 */
const DATA_KEY_WORDS = new Set(
  (
    'cache caching object s3 blob primary foreign sort sorting partition partitioning composite compound row column ' +
    'lookup dict dictionary map hash hashmap redis memcache memcached kv sharding shard translation i18n l10n locale ' +
    'react jsx list index dedup dedupe deduplication idempotency routing join unique natural surrogate candidate range ' +
    'cluster clustering distribution group grouping bucket registry config setting settings json yaml public host ' +
    'gpg pgp hot short keyboard'
  ).split(' '),
);

/**
 * Whether the word before text[at] (a key noun), across blanks, `_` or `-` and a possessive `'s`, makes it a data key
 * (DATA_KEY_WORDS). Reads at most 24 characters back: a character loop, no regex (asked at every key word).
 */
export function dataKeyBefore(text: string, at: number): boolean {
  let i = at - 1;
  const stop = Math.max(0, at - 24);
  while (i >= stop && /[ \t_-]/.test(text[i]!)) i--;
  if (i === at - 1) return false;
  if (i >= 1 && (text[i] === 's' || text[i] === 'S') && (text[i - 1] === "'" || text[i - 1] === '’')) i -= 2;
  const end = i + 1;
  while (i >= stop && /[A-Za-z0-9]/.test(text[i]!)) i--;
  if (i >= 0 && /[A-Za-z0-9]/.test(text[i]!)) return false;
  return end - i - 1 >= 2 && DATA_KEY_WORDS.has(text.slice(i + 1, end).toLowerCase());
}

/**
 * Words and numbers joined by `_`, `-`, `/`, `.`, `:` (`orders_users_12`, `user-profile-379`, `uploads/2024/x`): an
 * identifier, a slug or a path. A piece is a word when it is letters in one case (or capitalised) or a short number.
 */
export function joinedWords(v: string): boolean {
  const pieces = v.split(/[-_/.:]+/).filter((p) => p !== '');
  return (
    pieces.length >= 2 && pieces.every((p) => /^(?:[a-z]{1,20}|[A-Z][a-z]{0,19}|[A-Z]{1,8}|\d{1,6}|v\d{1,3})$/.test(p))
  );
}

/**
 * A path or an object's key: `/` between pieces one of which is a lower-case word or a file's name
 * (`uploads/<uuid>/x.png`); base64's `+` and `=` are none.
 */
export const pathLike = (v: string): boolean =>
  /\//.test(v) &&
  !/[+=]/.test(v) &&
  v.split('/').some((p) => (/^[a-z]{4,20}$/.test(p) && /[aeiouy]/.test(p)) || /^[\w-]+\.[a-z][a-z0-9]{1,4}$/i.test(p));

/** A word or two and a short digest joined (`build-2686dfc792a0`, `web-5d8f7c9b6`): a build's or a pod's name. */
const NAMED_DIGEST = /^[a-z]{3,20}(?:[-_][a-z]{2,20})?[-_](?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{6,12}$/;
/**
 * Words and numbers joined, or words and a short digest, under a name (normalised) that ends in `key` or `token`: an
 * identifier, no credential.
 */
export const joinedUnder = (name: string, v: string): boolean =>
  /(?:key|token)$/.test(name) && (joinedWords(v) || NAMED_DIGEST.test(v));

/** A package pinned to a version (`xai-sdk==1.2.0`, `openai>=1.40`): a requirement, not a value (attack 58). */
export const pinnedPackage = (v: string): boolean => /^[A-Za-z][\w.-]*(?:==|>=|<=|~=)\d+(?:\.\d+)*$/.test(v);
