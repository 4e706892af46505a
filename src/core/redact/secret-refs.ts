/**
 * Values under secret-like names that refer to a secret without holding it (attack8 FP-4, FP-5): the name of a
 * Kubernetes Secret (`existingSecret: redis-auth`), a secret store's entry and version (`--set-secrets
 * DB_PASSWORD=db-password:latest`, `--secret=openai-api-key-prod`), a BuildKit secret's spec (`--secret
 * id=npmrc,src=…`), a key's id (`gpg --default-key 0xA1B2…`), a template that builds a key (`` `session:${userId}` ``),
 * a development default that says so (`"dev-only-insecure"`), a command a secret is piped to (`| sha256sum`).
 */
import { ordinalsOfName } from './base-name.js';
import { namedShape, readsAsCredential } from './learn-gate.js';

/**
 * Names (lower case, letters and digits only) whose values name or identify a secret held elsewhere. Not a service
 * account's `private_key_id` (issue 11 counts it a secret: with the key it names, it is the credential).
 */
const REFERENCE_NAME =
  /(?:existingsecret|secretname|secretref|secretkeyref|secretid|secretarn|secretpath|defaultkey|(?<!private)keyid|keyname|signingkeyid)$/;
/**
 * A BuildKit secret's or mount's spec (`id=…,src=…`), or a list of `NAME=entry:version`, their commas optional. Spelled
 * so that a value runs on until a comma and a field (`id=aid=b` is one field) and a `version` and the next `NAME` run
 * together (`…:latestAPI=…`) split one way only: `(?:N=V:\w+,?)+` split them every way, exponential on a value that
 * fails (`auth:token=` repeated: 165 characters took 3.7 s, 200 never ended; `id=` repeated then `,,`: 22 took 0.4 s).
 */
const SPEC_FIELD = '(?:id|src|source|env|type|target|required|mode)=';
const SPEC = new RegExp(
  `^${SPEC_FIELD}(?:[^,\\s]|,(?=${SPEC_FIELD}))*,?$|` +
    String.raw`^[A-Za-z_]\w*=[\w.-]+:(?:\w\d*[A-Za-z_]\w*=[\w.-]+:|\w+,[A-Za-z_]\w*=[\w.-]+:)*\w+,?$`,
);
/** A secret store's entry with its version (`db-password:latest`, `api-key:3`). */
const VERSIONED = /^[A-Za-z][\w.-]*:(?:latest|\d{1,6})$/;
/** A name that says it names a secret (`openai-api-key-prod`, `db-password`). */
const SECRET_WORD = /key|secret|password|passwd|token|credential|auth|cert|flags?/i;
const DEV_DEFAULT = /insecure|unsafe|dev[-_]only|not[-_]?(?:a[-_])?secret|do[-_]not[-_]use|for[-_]testing[-_]only/i;
const PIPED = /^(?:sha(?:1|224|256|384|512)sum|md5sum|b2sum|cksum|base64|xxd|wc)$/;

/** True for a value under `key` that refers to a secret, or builds or defaults one, without holding it. */
export function refersToSecret(key: string, value: string): boolean {
  if (/\$\{|\$\(/.test(value) || DEV_DEFAULT.test(value) || PIPED.test(value)) return true;
  if (SPEC.test(value) || VERSIONED.test(value)) return true;
  // The name's own word again with other ordinals (`token10 | token11` in a table's row, its cells read joined:
  // `token10token11…`; `password: password2`).
  if (ordinalsOfName(key, value)) return true;
  const k = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  // A DSN with no credential names a database (`ora.internal/ORCLPDB1`); Sentry's holds its key before `@`.
  // Its key alone (32 hex digits) is no reference (attack 58).
  if (k.endsWith('dsn') && !/@|pass|pwd|token|secret|key|sig|auth/i.test(value) && !/^[0-9a-f]{32}$/.test(value))
    return true;
  if (REFERENCE_NAME.test(k)) return !readsAsCredential(value);
  return /^(?:set|update)?secrets?$/.test(k) && namedShape(value) && SECRET_WORD.test(value);
}
