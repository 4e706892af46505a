/**
 * The secrets of credential stores known by their name, read field by field (names15): where a value has no secret's
 * name beside it (a `.pgpass` line, a PPP `chap-secrets` row) or is encoded (a docker `auth`), the redactor's layers
 * cannot tell it from the fields around it. A file left out as secret-bearing teaches these values (label-files.ts,
 * harvestValues); learned.ts still decides which can be propagated (never a short word, a number or a path).
 * - PPP `chap-secrets`, `pap-secrets`: `client server secret [IP addresses…]`, fields quoted or not: the third;
 * - Postfix `sasl_passwd`: `destination user:password`; `rsyncd.secrets`: `user:password` (a client's password
 *   file: the line);
 * - `.pgpass` (`pgpass.conf`): `host:port:database:user:password`, `\:` and `\\` escaped: the fifth;
 * - `htpasswd` (`.htpasswd`, `*.htpasswd`): `user:hash`; `.htdigest`: `user:realm:hash`;
 * - `.git-credentials`: each URL's password, decoded;
 * - docker `config.json`, `.dockercfg`: `auth` (base64 of `user:password`) and the password in it, identity and
 *   registry tokens; `.npmrc`'s `_auth` and `_password` (base64) decoded; `.yarnrc.yml`'s `npmAuthIdent`;
 * - `wpa_supplicant.conf` and NetworkManager's `*.nmconnection`: `psk`, passwords, WEP keys, and every entry of
 *   `[vpn-secrets]`;
 * - `secrets.{yaml,yml,toml,json}` (Home Assistant, Streamlit, Rails): every value, whatever its name (`router_login`,
 *   `openweathermap`), but those of names that say what they are (`host`, `port`, `username`, `dialect`, `url`).
 */
import { secretFileStem } from './secret-names.js';
import { urlDecoded } from './url-decode.js';

/** A value's quotes taken off. */
const unquote = (s: string): string => s.trim().replace(/^(["'])(.*)\1$/, '$2');

/** Lines that hold something: no blank line, no comment. */
const dataLines = (text: string): string[] =>
  text
    .split(/\r?\n/, 4096)
    .map((l) => l.trim())
    .filter((l) => l !== '' && l.length <= MAX_LINE && !/^[#;]/.test(l));

/** The longest line read as an entry of a line-based store (a password line is short; a longer one is no entry). */
const MAX_LINE = 4096;

/** A PPP secrets file's fields: whitespace-separated, a field quoted with `"` may hold blanks. */
function pppSecrets(text: string): string[] {
  const out: string[] = [];
  for (const line of dataLines(text)) {
    const fields = [...line.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
    if (fields.length >= 3) out.push(fields[2]!);
  }
  return out;
}

/** After the first `:` of a `user:password` field (the last field of the line). */
function afterUser(text: string, whole = false): string[] {
  const out: string[] = [];
  for (const line of dataLines(text)) {
    const field = line.split(/\s+/).pop()!;
    const colon = field.indexOf(':');
    if (colon > 0) out.push(field.slice(colon + 1));
    else if (whole) out.push(field);
  }
  return out;
}

/** `.pgpass`: the fifth field, `\:` and `\\` read as the characters. */
function pgpass(text: string): string[] {
  const out: string[] = [];
  for (const line of dataLines(text)) {
    const fields = line.split(/(?<!\\):/);
    if (fields.length >= 5)
      out.push(
        fields
          .slice(4)
          .join(':')
          .replace(/\\([:\\])/g, '$1'),
      );
  }
  return out;
}

/** Base64 of `user:password`: the password; of anything else: nothing. */
function basicPassword(b64: string): string[] {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return [];
  const text = Buffer.from(b64, 'base64').toString('utf8');
  if (/[^\x20-\x7e]/.test(text)) return [];
  const colon = text.indexOf(':');
  return colon > 0 ? [text.slice(colon + 1)] : [text];
}

/** Values of `key` (a regex source) in `key = value`, `key: value`, `"key": "value"` lines. */
function valuesOf(text: string, key: string): string[] {
  const re = new RegExp(`(?:^|[\\s{,"'])(?:${key})["']?\\s*[:=]\\s*("[^"\\r\\n]*"|'[^'\\r\\n]*'|[^\\s,}#;]+)`, 'gim');
  return [...text.matchAll(re)].map((m) => unquote(m[1]!));
}

/** The lines of an INI file's sections called `name`. */
function section(text: string, name: string): string {
  let inside = false;
  const out: string[] = [];
  for (const line of text.split(/\r?\n/, 4096)) {
    const head = /^\s*\[([^\]]*)\]\s*$/.exec(line);
    if (head) inside = head[1]!.trim() === name;
    else if (inside) out.push(line);
  }
  return out.join('\n');
}

/** Names in a secrets file that say what their value is, which is no secret. */
const PLAIN_NAME =
  /^(?:host(?:name)?|port|database|db(?:name)?|user(?:name)?|login|email|dialect|driver|url|uri|endpoint|region|name|type|project(?:_id)?|schema|account|table|bucket|latitude|longitude|elevation|time_?zone|unit_system|.*_(?:url|uri|host|port|id|name|user|email|latitude|longitude|lat|lon|elevation|path|dir))$/i;

/** Every scalar of a secrets file, but under a name PLAIN_NAME reads as no secret. */
function everyValue(text: string): string[] {
  const out: string[] = [];
  const re = /^[ \t]*(?:- +)?["']?([\w.-]+)["']?[ \t]*[:=][ \t]*("[^"\r\n]*"|'[^'\r\n]*'|[^\s#{[][^\r\n#]*)/gm;
  for (const m of text.matchAll(re)) {
    if (!PLAIN_NAME.test(m[1]!)) out.push(unquote(m[2]!.replace(/,\s*$/, '')));
  }
  return out;
}

/** One format: a test of the name (its stem, and the folder it is in) and its reader. */
interface Format {
  test: (stem: string, parent: string) => boolean;
  read: (text: string) => string[];
}

const FORMATS: Format[] = [
  { test: (s) => s === 'chap-secrets' || s === 'pap-secrets', read: pppSecrets },
  { test: (s) => s === 'sasl_passwd', read: (t) => afterUser(t) },
  { test: (s) => /^rsyncd?\.(?:secrets|scrt|pass(?:word)?)$/.test(s), read: (t) => afterUser(t, true) },
  { test: (s) => s === '.pgpass' || s === 'pgpass.conf', read: pgpass },
  { test: (s) => /^\.?htpasswd$|\.htpasswd$/.test(s), read: (t) => afterUser(t) },
  { test: (s) => /^\.?htdigest$|\.htdigest$/.test(s), read: (t) => afterUser(t).map((v) => v.split(':').pop()!) },
  {
    test: (s) => s === '.git-credentials',
    read: (t) => [...t.matchAll(/^[ \t]*[a-z][\w+.-]*:\/\/[^:@/\s]*:([^@\s]+)@/gim)].map((m) => urlDecoded(m[1]!)),
  },
  {
    test: (s, parent) => s === '.dockercfg' || (s === 'config.json' && /(?:^|\/)\.?docker\/$/i.test(parent)),
    read: (t) => {
      const auths = valuesOf(t, 'auth');
      return [...auths, ...auths.flatMap(basicPassword), ...valuesOf(t, 'identitytoken|registrytoken')];
    },
  },
  {
    test: (s) => s === '.npmrc',
    read: (t) =>
      [...t.matchAll(/^[ \t]*(?:\S*:)?_(?:auth|password)[ \t]*=[ \t]*"?([^\s"]+)/gm)].flatMap((m) =>
        basicPassword(m[1]!),
      ),
  },
  {
    test: (s) => s === '.yarnrc.yml' || s === '.yarnrc.yaml',
    read: (t) => valuesOf(t, 'npmAuthIdent').flatMap((v) => [v, ...afterUser(v)]),
  },
  {
    test: (s) => /^wpa_supplicant.*\.conf$/.test(s),
    read: (t) => valuesOf(t, 'psk|sae_password|password|wep_key[0-3]|private_key2?_passwd|pin'),
  },
  {
    test: (s) => s.endsWith('.nmconnection'),
    read: (t) => [
      ...valuesOf(t, 'psk|password|wep-key[0-3]|private-key2?-password|pin|leap-password|secrets'),
      ...everyValue(section(t, 'vpn-secrets')),
    ],
  },
  { test: (s) => /^secrets\.(?:ya?ml|toml|json)$/.test(s), read: everyValue },
];

/** The format of the credential store at `rel`, or undefined. */
function formatOf(rel: string): { format: Format | undefined } {
  const cut = rel.lastIndexOf('/') + 1;
  const stem = secretFileStem(rel.slice(cut));
  const parent = rel.slice(0, cut);
  return { format: FORMATS.find((f) => f.test(stem, parent)) };
}

/**
 * True for a credential store known by its name or path: never judged by its content (a `chap-secrets` or a
 * RubyGems `credentials` holding only comments stays out too, as a `.env` does).
 */
export function isCredentialStore(rel: string): boolean {
  return formatOf(rel).format !== undefined || /(?:^|\/)\.gem\/credentials$/i.test(rel);
}

/**
 * The secret values of the credential store at `rel` (its path in the session, which tells a docker `config.json`
 * from any other), read by its format; [] for any other file.
 */
export function credentialFileValues(rel: string, text: string): string[] {
  const { format } = formatOf(rel);
  if (!format) return [];
  return [...new Set(format.read(text).filter((v) => v.length >= 8 && v.length <= 4096))];
}
