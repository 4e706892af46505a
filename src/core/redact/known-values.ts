/** A value the user holds (an environment variable or a `.env` entry), replaced wherever it appears. */
export interface KnownValue {
  name: string;
  value: string;
}
import { isSecretKey } from './key-names.js';
import { readsAsCredential } from './learn-gate.js';
import { propagatable } from './learned.js';
import { SERVICE_NAMES } from './services.js';
import { pushAll } from '../lists.js';
import { urlDecoded } from '../url-decode.js';

/**
 * Environment variable names whose values are secrets: `*_API_KEY`, `*_TOKEN`, `*_SECRET`, `*PASSWORD*`, the short
 * forms `*_PASS`, `*_PWD`, `*_PW`, ..., `*MNEMONIC`, `*SEED` (not a number), and their plurals (a list:
 * `SERVICE_TOKENS=a,b`); also with a variant after them (`GEMINI_API_KEY_BACKUP`, `OPENAI_API_KEY_PROD`,
 * `GITHUB_TOKEN_2`, `STRIPE_KEY_V2`).
 */
const SECRET_NAME = new RegExp(
  '(?:API_?KEY|_KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|_PASS|_PWD|_PW|_PAT|CREDENTIALS?|CREDS?|_AUTH|MNEMONIC|SEED)S?' +
    '(?:_(?:BACKUP|OLD|NEW|PROD|PRODUCTION|DEV|STAGING|STAGE|TEST|LIVE|PRIMARY|SECONDARY|ALT|FALLBACK|LOCAL|V?\\d{1,3}))*$|PASSWORD|SECRET',
  'i',
);
/** Names that end like a secret but hold none. */
const NOT_SECRET_NAME = /(?:_PATH|_FILE|_DIR|_URL|_ID|_NAME|_TYPE|_ENV|_HELPER|_SOCK)$/i;
/**
 * A variable whose name says its value is no secret: a path, an id, a name; a page's cursor (`NEXT_PAGE_TOKEN`,
 * `NEXTPAGETOKEN`: attack 60), though its name ends in a credential's.
 */
export const notSecretEnvName = (name: string): boolean => NOT_SECRET_NAME.test(name) || PAGE_NAME.test(name);
/** A page's cursor by its name (not `CURSOR_TOKEN` or `SYNC_TOKEN`, which a service may name its key). */
const PAGE_NAME = /(?:^|_)(?:NEXT_?|PREV_?)?PAGE_?(?:TOKEN|CURSOR)$|^(?:next|prev)?PageToken$/i;

/**
 * A value replaced wherever it appears: 8 characters or more, not a reference, and one that can
 * be a secret (learned.ts: `POSTGRES_PASSWORD=postgres` must not remove every `postgres`).
 */
const looksLikeValue = (v: string): boolean =>
  !/^\$\{?[A-Za-z_]/.test(v) && /[A-Za-z0-9]/.test(v) && propagatable(v, 8, true);

/** Bare names that hold a secret (`KEY`, `PASS`, `BEARER`). */
const BARE_NAME = /^(?:KEY|PASS|PWD|AUTH|BEARER|TOKEN)$/i;
/**
 * A provider's or service's name alone (`TAVILY`, `OPENAI_PROD`): a key when its value reads as a credential
 * (learn-gate.ts), not a region, a model or a URL.
 */
const SERVICE_NAME = new RegExp(`^(?:${SERVICE_NAMES})(?:_(?:PROD|DEV|STAGING|TEST|LIVE|LOCAL|V?\\d{1,3}))?$`, 'i');
/** Names of URLs whose password or path is a secret (`DATABASE_URL`, `MONGODB_URI`, `SLACK_WEBHOOK_URL`). */
const URL_NAME = /(?:_URL|_URI|_DSN|^DSN|CONNECTION_?STRING|WEBHOOK)$/i;
const URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:([^@\s]+)@/i;

/**
 * The secrets inside a URL an environment holds: its password (`postgres://app:<password>@db/…`), and for a webhook
 * the URL and its path's last segment when that reads as a key (16+ letters and digits, both); each as a known value
 * of the name.
 */
function urlSecrets(name: string, v: string): KnownValue[] {
  const found: string[] = [];
  const p = URL_PASSWORD.exec(v)?.[1];
  if (p !== undefined) found.push(p, urlDecoded(p));
  const last = /\/([A-Za-z0-9_-]{16,})\/?$/.exec(v)?.[1];
  // The whole URL too: a provider's rule reads it whole (Slack's), and a known part inside kept that rule's hit out,
  // leaving the rest of the URL (its team's and channel's ids) to go out around the part.
  if (/hook/i.test(name) && last !== undefined && /\d/.test(last) && /[A-Za-z]/.test(last)) found.push(v, last);
  return [...new Set(found)].filter(looksLikeValue).map((value) => ({ name, value }));
}

/**
 * Secret-looking variables of an environment (`process.env`, a parsed `.env`, or a `.env`'s entries in order: a name
 * set twice holds two secrets, each learned).
 */
export function knownValuesFromEnv(
  env: Readonly<Record<string, string | undefined>> | readonly (readonly [string, string])[],
): KnownValue[] {
  const out: KnownValue[] = [];
  const entries: readonly (readonly [string, string | undefined])[] = Array.isArray(env)
    ? (env as readonly (readonly [string, string])[])
    : Object.entries(env as Readonly<Record<string, string | undefined>>);
  for (const [name, value] of entries) {
    if (value !== undefined && URL_NAME.test(name)) pushAll(out, urlSecrets(name, value.trim()));
    if (value === undefined || notSecretEnvName(name)) continue;
    const v = value.trim();
    // A JSON object's secrets, each under its own name (`DB_CONFIG={"user":"app","password":"…"}`: hostile 59).
    if (v.startsWith('{')) pushAll(out, jsonSecrets(name, v));
    // A DSN's key alone (`SENTRY_DSN=<32 hex>`: attack 58); a DSN's URL is read above.
    const named =
      // A seed is a wallet's words or a key's bytes, not a number (`RANDOM_SEED=20260131`).
      (SECRET_NAME.test(name) && !(/SEEDS?$/i.test(name) && /^[\d.]+$/.test(v))) ||
      BARE_NAME.test(name) ||
      (/DSN$/i.test(name) && /^[0-9a-f]{32}$/i.test(v));
    // The value first: the service names' regex is large, and is compiled only when some value reads as a credential.
    // (A service's key of hex digits too, `SERPER=<40 hex>`: attack 59; a `.env` holds no commits.)
    const credential = readsAsCredential(v) || /^[0-9a-f]{32,64}$/i.test(v);
    if (!named && !(credential && SERVICE_NAME.test(name))) continue;
    if (looksLikeValue(v)) out.push({ name, value: v });
    // A value of several lines (quoted: python-dotenv reads it whole): each line, as a file prints one (hostile 60).
    if (v.includes('\n'))
      for (const line of v.split('\n')) if (looksLikeValue(line.trim())) out.push({ name, value: line.trim() });
    // A list of keys (`SERVICE_TOKENS=a,b,c`: hostile 59): each item, as a log prints one.
    const items = /^[^\s,;]+(?:[ \t]*[,;][ \t]*[^\s,;]+)+$/.test(v) ? v.split(/[ \t]*[,;][ \t]*/) : [];
    for (const item of items) if (item !== v && looksLikeValue(item)) out.push({ name, value: item });
  }
  return out;
}

/** The string values under secret names in a JSON object (at most 64 of them, 8 levels deep), each a known value. */
function jsonSecrets(name: string, v: string): KnownValue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(v);
  } catch {
    return [];
  }
  const out: KnownValue[] = [];
  const walk = (node: unknown, depth: number): void => {
    if (node === null || typeof node !== 'object' || depth > 8 || out.length >= 64) return;
    for (const [k, x] of Object.entries(node as Record<string, unknown>)) {
      if (typeof x === 'string' && isSecretKey(k) && looksLikeValue(x.trim())) out.push({ name, value: x.trim() });
      else walk(x, depth + 1);
    }
  };
  walk(parsed, 0);
  return out;
}

/** Parses a dotenv file: `KEY=value`, `export KEY="value"`, comments and blank lines; a name set twice: the last. */
export function parseDotenv(text: string): Record<string, string> {
  return Object.fromEntries(dotenvEntries(text));
}

/** A dotenv file's entries in order, every one of a name set twice (an old key left above a new one). */
export function dotenvEntries(text: string): [string, string][] {
  // The value as written of each name so far (`${NAME}` reads it).
  const latest = new Map<string, string>();
  const out: [string, string][] = [];
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*(?:export\s+)?(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\1\s*[=:]\s*(.*)$/.exec(lines[i]!);
    if (!m) continue;
    let value = m[3]!.trim();
    const quote = value[0];
    if (quote === '"' || quote === "'" || quote === '`') {
      // Quoted (python-dotenv, docker compose, Node's --env-file): up to the closing quote, which may be lines below
      // (a PEM key), whatever follows it (`KEY="value"  # note`).
      let body = value.slice(1);
      let j = i;
      let close = closingQuote(body, quote);
      while (close === -1 && j + 1 < lines.length && body.length < 64 * 1024) {
        body += `\n${lines[++j]!}`;
        close = closingQuote(body, quote);
      }
      // Never closed: the line as written, and the lines below read as entries of their own.
      if (close !== -1) {
        value = unescape(body.slice(0, close), quote);
        i = j;
      }
    } else value = value.replace(/\s+#.*$/, '');
    out.push([m[2]!, value]);
    // `${VAR}` expanded from the entries above, as python-dotenv (MassGen's load_dotenv) does outside single quotes:
    // the value the run used, and its agents print (hostile 60).
    const expanded = quote === "'" ? value : interpolated(value, latest);
    latest.set(m[2]!, value);
    if (expanded !== value) out.push([m[2]!, expanded]);
  }
  return out;
}

/**
 * `value` with each `${NAME}` (and `${NAME:-default}`) replaced by the value as written of the last entry of that name
 * above (`latest`): one level, as written, so `B=${A}${A}`, `C=${B}${B}` does not double on every line; the result
 * is MAX_EXPANDED characters at most (a longer one is no value of a `.env`: left as written).
 */
function interpolated(value: string, latest: ReadonlyMap<string, string>): string {
  if (!value.includes('${')) return value;
  const out = value.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]{0,127})(?::-([^}$]{0,256}))?\}/g,
    (_, name: string, fallback?: string) => latest.get(name) ?? fallback ?? '',
  );
  return out.length > MAX_EXPANDED ? value : out;
}
const MAX_EXPANDED = 4096;

/** The index of the quote closing a value whose text (after the opening quote) is `body`, or -1; `\` escapes it. */
function closingQuote(body: string, quote: string): number {
  for (let k = 0; k < body.length; k++) {
    if (body[k] === '\\' && (quote === '"' || body[k + 1] === quote)) k++;
    else if (body[k] === quote) return k;
  }
  return -1;
}

/** A quoted value as python-dotenv reads it: in "…", `\n`, `\t`, `\"`, `\\` and the like; in '…', `\'` only. */
function unescape(body: string, quote: string): string {
  if (!body.includes('\\')) return body;
  if (quote !== '"') return body.replaceAll(`\\${quote}`, quote);
  const named: Record<string, string> = { n: '\n', t: '\t', r: '\r' };
  return body.replace(/\\(.)/g, (_, c: string) => named[c] ?? c);
}
