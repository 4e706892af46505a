/** Key names without their environment, version and ordinal suffixes (key-names.ts judges the rest). */
import { constantName } from './char-classes.js';

const SUFFIX =
  /(?:[_.-]|(?<=[a-z0-9])(?=[A-Z]))(?:prod|production|dev|development|staging|stage|test|testing|backup|old|new|primary|secondary|live|sandbox|local|alt|fallback|main|value|val|str|string|plain|plaintext|raw|v\d+|\d{1,2})$/i;
/**
 * Round 39: one or two digits glued to a secret's word (`Token1`, `password2`, `Api:Cred0`, `SecretKey2`): an ordinal,
 * as `_1` is (`sha256`, `md5`, `base64` end in no such word); three or four digits after a key's, a secret's or a
 * password's word (`encryptionKey445`, `sshPassphrase386`: attack 42), not a token's (`token1012` is a message id).
 */
const SECRET_ORDINAL =
  /(?<=(?:key|secret|token|passw(?:or)?d|passphrase|pwd|pass|creds?|credentials?))\d{1,2}$|(?<=(?:key|secret|passw(?:or)?d|passphrase|pwd))\d{3,4}$/i;
/** One letter after a secret's word and a separator (`password_b`, `API_KEY_B`, `secret-x`): a variant, as `_2` is. */
const SECRET_LETTER = /(?<=(?:key|secret|token|passw(?:or)?d|passphrase|pwd|pass|creds?|credentials?))[_.-][a-z]$/i;
const camelOrSeparated = (k: string, m: RegExpExecArray): boolean =>
  /^[_.-]/.test(m[0]) || (/[a-z0-9]/.test(k[m.index - 1]!) && /[A-Z]/.test(m[0][0]!));

/**
 * A name without its environment, version or ordinal suffixes: `GEMINI_API_KEY_BACKUP` → `GEMINI_API_KEY`, `apiKeyProd`
 * → `apiKey`.
 */
export function baseName(key: string): string {
  // `MISTRAL_API_KEY_400`: any number on an environment variable's name, or after a key, secret or password
  // (`api_key_325`, a generated config's); elsewhere one or two digits (`Unexpected_token_1012` is a message id).
  const numbered = constantName(key, true) || /(?:key|secret|passw(?:or)?d|pwd)_\d+$/i.test(key);
  let k = (numbered ? key.replace(/_\d+$/, '') : key.replace(SECRET_ORDINAL, '')).replace(SECRET_LETTER, '');
  // A camelCase boundary is case-sensitive (the flag would read `SALT` as `S` + `ALT`, `salt` as `s` + `alt`).
  for (let m = SUFFIX.exec(k); m !== null && m.index > 0 && camelOrSeparated(k, m); m = SUFFIX.exec(k))
    k = k.slice(0, m.index);
  return ownerLast(k);
}

/** A password's or a secret's word first (`PASSWORD_DB`, `pass_root`, `pwdAdmin`, `SECRET_FOR_SMTP`). */
const WORD_FIRST = /^(?:passw(?:or)?d|passwort|passphrase|pass|pwd|secret)$/i;
/**
 * Whose a password is, the word after it: an account's or a server's (not all of PASS_OWNERS, whose stores, places and
 * settings read in this order as a setting's: `SECRET_SERVICE`, `secretVault`, `SECRET_REGISTRY`, `PASSWORD_EMAIL`,
 * `PASS_PROXY`, `password_encryption`).
 */
const OWNER =
  /^(?:db|database|admin|root|user|superuser|su|sa|smtp|imap|pop3?|mysql|postgres|postgresql|pg|mariadb|mssql|oracle|mongo|mongodb|redis|ldap|bind|ftp|sftp|ssh|vpn|wifi|wpa|rdp|vnc|smb|sql|rabbitmq|amqp|kafka|elastic|jenkins|grafana|keycloak|guest|deploy|sudo|master|influx|mqtt|ipmi|bmc|idrac|nas|router|webmin|unifi|openvpn|sip|xmpp)$/;

/**
 * Attack 57: a password's word, then only whose it is (`PASSWORD_DB`, `PASS_ROOT`, `passwordAdmin`, `PWD_FOR_SMTP`),
 * read as the usual order (`DB_PASSWORD`); a setting's words after it (`PASSWORD_MIN_LENGTH`, `PASSWORD_POLICY`,
 * `password_encryption`) stay as they are.
 */
function ownerLast(k: string): string {
  const words = k.split(/[_.-]+|(?<=[a-z0-9])(?=[A-Z])/).filter((w) => w.length > 0);
  if (words.length < 2 || !WORD_FIRST.test(words[0]!)) return k;
  const owners = words.slice(1).filter((w, i) => !(i === 0 && /^(?:for|of)$/i.test(w)));
  const whose = (w: string): boolean => OWNER.test(w.toLowerCase());
  return owners.length > 0 && owners.every(whose) ? [...owners, words[0]].join('_') : k;
}

/**
 * Whether a value is only the name's own word again with numbers, as is the name (`token11` under `token10`, a table's
 * row read joined: `token10token11…` under `token0…token9`; `password: password2`).
 */
export function ordinalsOfName(key: string, value: string): boolean {
  if (!/\d/.test(value) || !/^[A-Za-z\d_|\s-]+$/.test(value)) return false;
  const letters = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');
  const [k, v] = [letters(key), letters(value)];
  const word = /^[a-z]{3,24}/.exec(key.toLowerCase())?.[0];
  const repeats = (s: string): boolean => word !== undefined && s.length > 0 && s.split(word).every((p) => p === '');
  return repeats(k) && repeats(v);
}
