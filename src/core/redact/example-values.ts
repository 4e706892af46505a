/**
 * Values any pass may take for a secret that documentation and commands write in the open (issue 11 category 8,
 * attack8 FP-4/FP-5): an `Authorization: Basic` credential that decodes to a textbook pair (`user:pass`,
 * `Aladdin:open sesame`, `admin:admin`); a URL to a local database with a development default (`postgres://postgres:
 * postgres@localhost:5432`, `mongodb://root:example@mongo:27017`); a list of secret references
 * (`--set-secrets=DB_PASSWORD=db-password:latest,API_KEY=api-key:3`); a key's public id given to gpg or git
 * (`gpg --default-key 0xA1B2C3D4E5F60718`, `user.signingkey`). A real password in the same place is still a secret:
 * a random one, any password on another host.
 */
import { isPlaceholderText } from './benign.js';
import { lineBefore } from './line-heads.js';

/** Passwords that development setups and official images' examples use. */
const DEV_PASSWORD =
  /^(?:postgres|root|admin|guest|example|secret|dev|development|local|localhost|test|testing|changeme|pass|passwd|password|mysql|mariadb|redis|rabbitmq|mongo|mongodb|minio|minio123|minioadmin|sa|docker|demo|open sesame|default|qwerty|letmein)$/i;

/** A user and password that read as an example: the same word twice, a placeholder, a development default. */
function examplePair(user: string, pass: string): boolean {
  if (pass.length > 24 || !/^[\w.@ -]{0,40}$/.test(user)) return false;
  return pass === user || DEV_PASSWORD.test(pass) || isPlaceholderText(pass);
}

/** `Basic <base64 of user:pass>` that decodes to an example pair. */
function exampleBasic(text: string, start: number, end: number): boolean {
  if (!/basic\s*$/i.test(text.slice(Math.max(0, start - 12), start))) return false;
  const decoded = Buffer.from(text.slice(start, end), 'base64').toString('latin1');
  const colon = decoded.indexOf(':');
  if (colon < 1 || !/^[\x20-\x7e]+$/.test(decoded)) return false;
  return examplePair(decoded.slice(0, colon), decoded.slice(colon + 1));
}

/** A host on this machine or a compose service's name (`db`, `postgres`), with its port. */
const LOCAL_HOST =
  /^@(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal|[a-z][a-z0-9_-]{0,30})(?::\d{1,5})?(?:[/?#\s'"`)|]|$)/i;

/** `scheme://user:pass@localhost…` whose pass is an example. */
function exampleLocalUrl(text: string, start: number, end: number): boolean {
  const user = /:\/\/([^\s:/@'"<>`]{0,100}):$/.exec(text.slice(Math.max(0, start - 110), start));
  return user !== null && LOCAL_HOST.test(text.slice(end, end + 64)) && examplePair(user[1]!, text.slice(start, end));
}

/** gcloud's lists of secret references: `ENV=secret:version` or `/path=secret:version`, comma-separated. */
const SECRET_LIST =
  /--(?:set|update|remove)-secrets[ \t=]+["']?(?:(?:[A-Za-z_]\w*|\/[\w./-]+)=[\w./-]+:(?:latest|\d{1,6}),?)*$/;
/** A flag of gpg (or git's signing key) that takes a key's id, the id's start. */
const KEY_ID_FLAG =
  /(?:\bgpg2?\b[^\n]*[ \t](?:--default-key|--local-user|-u|--recipient|-r|--encrypt-to|--hidden-recipient|--default-recipient|--sign-key|--lsign-key|--edit-key|--recv-keys?|--send-keys?|--export(?:-secret-keys)?|--trusted-key|--delete-(?:secret-)?keys?|--fingerprint|--list-(?:secret-)?keys|-[kK])|\bsigningkey[ \t]*=?)[ \t]*[= \t][ \t]*["']?(?:0x)?$/i;
/** A key's id or fingerprint: 8, 16 or 40 hex digits. */
const KEY_ID = /^(?:0x)?(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40})$/;

/** True when the hit [start, end) is a value written in the open (see the file's comment). */
export function isExampleValue(rule: string, text: string, start: number, end: number): boolean {
  if (exampleBasic(text, start, end)) return true;
  if (rule === 'url-password') return exampleLocalUrl(text, start, end);
  // The 400 characters before, on the hit's line (a line of many hits read its whole length back for each).
  const before = lineBefore(text, start, 400);
  const value = text.slice(start, end);
  if (KEY_ID.test(value) && KEY_ID_FLAG.test(before)) return true;
  if (!before.includes('-secrets')) return false;
  const after = text.slice(start, Math.min(text.length, end + 4096));
  const arg = /^[^\s"']*/.exec(after)![0];
  return SECRET_LIST.test(before + arg);
}
