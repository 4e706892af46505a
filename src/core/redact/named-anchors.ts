/**
 * A secret's variable named in prose as an anchor of prose-near.ts (round 27): `Configure \`ENCRYPTION_KEY\` as …`,
 * `Set JWT_SECRET to …`, `I used … for \`SESSION_SECRET\``, `The webhookSecret should be …`. The shared scan finds the
 * noun (`key`, `secret`, `token`) at the end of the name; the whole name is the anchor when the key-name layer calls it
 * a secret's (isSecretKey): `KEYBOARD_LAYOUT`, `max_tokens`, `token_usage`, `SECRET_NAME` are none. A name that opens a
 * line and assigns (`JWT_SECRET=…`, `jwtSecret: …`) is the key-name layer's.
 */
import { dataKeyBefore } from './id-shapes.js';
import { isSecretKey } from './key-names.js';

/** A word of prose-near.ts's that a value is looked for near: a key noun or a provider's name, or a secret's name. */
export interface Anchor {
  start: number;
  end: number;
  noun: boolean;
}

const NAME_CHAR = /[A-Za-z0-9_]/;

/** The variable's name around text[at, end): letters, digits and `_`, at most 64 of them on either side. */
export function nameAround(text: string, at: number, end = at): [number, number] {
  let s = at;
  while (s > 0 && at - s < 64 && NAME_CHAR.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && e - end < 64 && NAME_CHAR.test(text[e]!)) e++;
  return [s, e];
}

/** The anchor of the secret's name that holds the noun at [at, end) as one of its parts, or null. */
export function namedAnchor(text: string, at: number, end: number): Anchor | null {
  const [s, e] = nameAround(text, at, end);
  // The noun is a part of its own: after `_` or a lower-case letter (camel case: `jwtSecret`), before `_`, a plural's
  // `s` or an upper-case letter (`SECRET_KEY_BASE`, `secretKey`).
  const prev = text[at - 1] ?? '';
  const first = at === s || prev === '_' || (/[a-z0-9]/.test(prev) && /[A-Z]/.test(text[at]!));
  const after = text.slice(end, end + 2);
  if (!first || !(end === e || /^(?:_|[sS](?![A-Za-z0-9])|[A-Z])/.test(after))) return null;
  // A member, a path, a reference or a flag (`os.environ.JWT_SECRET`, `$JWT_SECRET`, `/run/secrets/APP_KEY`,
  // `--jwt_secret`) names where a value comes from; an element's key (`secrets.APP_KEY`) too.
  if (s > 0 && /[.$/\\{@-]/.test(text[s - 1]!)) return null;
  if (e < text.length && /^(?:[./\\-][A-Za-z0-9]|[([])/.test(text.slice(e, e + 2))) return null;
  // A name the key-name layer leaves for its value to decide (`HMAC_KEY`, `APP_KEY`: the value must be a key's shape
  // here), but a data key's (`CACHE_KEY`, `sort_key`, `PRIMARY_KEY`).
  const name = text.slice(s, e);
  const keyName = /^keys?$/i.test(text.slice(at, e)) && s < at - 1 && !dataKeyBefore(text, at);
  // An environment variable's or a setting's name (`ENCRYPTION_KEY`, `jwt_secret`): a camel-case name is code's
  // (`getToken`, `refreshToken()`) as often as a variable's.
  if (!/^[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*$/.test(name) || !(isSecretKey(name) || keyName)) return null;
  // `NAME=…`, `NAME: …` opening a line or an object: the key-name layer reads it.
  const next = text.slice(e, e + 6);
  if (/^["'`]?[ \t]*(?::=|[:=])/.test(next) && /(?:^|[\n{,(])[ \t]*["'`]?$/.test(text.slice(Math.max(0, s - 8), s)))
    return null;
  return { start: s, end: e, noun: true };
}
