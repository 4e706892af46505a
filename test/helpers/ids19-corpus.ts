import { seededGen, uuidOf, type SeededGen } from './fake-secrets.js';

/**
 * Issue hostile19: ids in logs and prose under session and request names (uuid, hex, ULID, KSUID, span ids) are kept;
 * session cookies (`session=<signed>`, `connect.sid=s%3A…`, `sessionid=<32 random>` in a Cookie header, `__Secure-` and
 * `__Host-` cookies, Flask/Django/Rails signed values) go. Both generated from a seed, in many placements.
 */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A ULID of a time between 2020 and 2030 (10 characters of milliseconds, 16 random). */
function ulid(g: SeededGen): string {
  let ms = 1_577_836_800_000 + g.int(315_360_000) * 1000 + g.int(1000);
  let time = '';
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[ms % 32]! + time;
    ms = Math.floor(ms / 32);
  }
  return time + Array.from({ length: 16 }, () => CROCKFORD[g.int(32)]).join('');
}

/** A KSUID: 4 bytes of seconds since 2014-05-13 (a time between 2020 and 2030) and 16 random bytes, in base62. */
function ksuid(g: SeededGen): string {
  let n = BigInt(1_577_836_800 - 1_400_000_000 + g.int(315_360_000));
  for (let i = 0; i < 16; i++) n = (n << 8n) | BigInt(g.int(256));
  let s = '';
  for (let i = 0; i < 27; i++) {
    s = BASE62[Number(n % 62n)]! + s;
    n /= 62n;
  }
  return s;
}

const ID_NAMES = [
  'session_id',
  'sessionId',
  'session-id',
  'SESSION_ID',
  'sid',
  'session',
  'request_id',
  'requestId',
  'trace_id',
  'traceId',
  'run_id',
  'conversation_id',
  'span_id',
  'parent_span_id',
];

/** Where a log or a person writes an id: log lines, logfmt, JSON, YAML, headers, prose, curl. */
const ID_PLACES: ((n: string, v: string) => string)[] = [
  (n, v) => `2026-01-31 10:15:00,123 INFO massgen.orchestrator ${n}=${v} started`,
  (n, v) => `level=info msg="resumed" ${n}=${v} attempt=2`,
  (n, v) => `[${n}=${v}] tool call finished in 1.2s`,
  (n, v) => `The run used ${n}=${v} for both retries.`,
  (n, v) => `Set the cookie later; ${n}=${v} is only the log id.`,
  (n, v) => `cookie jar loaded from disk, ${n}=${v}`,
  (n, v) => `WARN cookie consent banner dismissed; ${n}=${v} user=anon`,
  (n, v) => `{"${n}": "${v}", "status": "ok", "cookies_enabled": true}`,
  (n, v) => `{"event": "cookie_refresh", "${n}": "${v}"}`,
  (n, v) => `${n}: ${v}`,
  (n, v) => `  ${n}: "${v}"\n  cookie_policy: strict`,
  (n, v) => `X-${n.replace(/_/g, '-')}: ${v}`,
  (n, v) => `curl -H "X-Request-Id: ${v}" "https://api.example.com/v1/runs?${n}=${v}"`,
  (n, v) => `curl -s https://api.example.com/v1/sessions -d '{"${n}": "${v}"}'`,
  (n, v) => `curl --cookie-jar jar.txt "https://api.example.com/v1/logs?${n}=${v}"`,
  (n, v) => `logger.info("cookie set", ${n}="${v}")`,
  (n, v) => `| ${n} | ${v} | cookie |`,
  (n, v) => `After clearing the cookie the server logged ${n}=${v} again.`,
];

/** Ids of one seed: names × shapes × placements, `count` of them. */
export function benignIds(seed: number, count: number): string[] {
  const g = seededGen(seed);
  const shapes = [
    () => uuidOf(g.pick('hex', 32), true),
    () => uuidOf(g.pick('hex', 32)),
    () => g.pick('hex', 32),
    () => g.pick('hex', 16),
    () => ulid(g),
    () => ksuid(g),
  ];
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(g.one(ID_PLACES)(g.one(ID_NAMES), shapes[i % shapes.length]!()));
  return out;
}

/** Session cookies of one seed (the value is what must not come out), `count` of them. */
export function sessionCookies(seed: number, count: number): { text: string; value: string }[] {
  const g = seededGen(seed);
  const url = (n: number): string => g.pick('urlsafe', n);
  const signed: [string, () => string][] = [
    ['session', () => `eyJ${url(40)}.${url(6)}.${url(27)}`],
    ['connect.sid', () => `s%3A${url(32)}.${g.pick('alnum', 20)}%2F${g.pick('alnum', 22)}`],
    ['sessionid', () => g.pick('lowerAlnum', 32)],
    ['_myapp_session', () => `${g.pick('b64', 60)}--${g.pick('hex', 40)}`],
    ['__Secure-next-auth.session-token', () => g.pick('alnum', 48)],
    ['__Host-session', () => g.pick('alnum', 43)],
    ['__Host-next-auth.csrf-token', () => `${g.pick('hex', 64)}%7C${g.pick('hex', 64)}`],
    ['session', () => `.eJ${url(60)}.${url(6)}.${url(27)}`],
  ];
  const places: ((n: string, v: string) => string)[] = [
    (n, v) => `Cookie: theme=dark; ${n}=${v}; lang=en`,
    (n, v) => `Cookie: ${n}=${v}`,
    (n, v) => `Set-Cookie: ${n}=${v}; Path=/; HttpOnly; Secure`,
    (n, v) => `curl -b "${n}=${v}" https://app.example.com/api/me`,
    (n, v) => `curl --cookie '${n}=${v}' https://app.example.com/`,
    (n, v) => `curl -H "Cookie: csrftoken=abc; ${n}=${v}" https://app.example.com/`,
    (n, v) => `{"headers": {"Cookie": "${n}=${v}"}}`,
    (n, v) => `2026-01-31 10:15:00 DEBUG request headers: Cookie: ${n}=${v}`,
    (n, v) => `I logged in and copied the cookie: ${n}=${v}`,
    (n, v) => `requests.get(url, cookies={"${n}": "${v}"})`,
  ];
  return Array.from({ length: count }, (_, i) => {
    const [name, value] = signed[i % signed.length]!;
    const v = value();
    return { text: g.one(places)(name, v), value: v };
  });
}
