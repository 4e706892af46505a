/**
 * Secrets a URL carries where no name the key-name layer reads sits before them (issue 11, round 24): a webhook's
 * secret path (`hooks.slack.com/services/T…/B…/<secret>`, `/webhookb2/…`, `hook.eu1.make.com/<secret>`), a key in a
 * path (`…alchemy.com/v2/<key>`, `/v1/<key>/`, `/private-<hex>/basic.ics`), a token under any query or fragment
 * parameter (`?k=`, `?sig=`, `#access_token=`, `&rlkey=`), also a URL inside another one (`?redirect=https%3A…`: the
 * view decodes it) and a request line a log prints apart from its host (`https://host:443 "POST /bot…/x HTTP/1.1"`,
 * `"GET /hooks/… HTTP/1.1"`). Only the secret part is replaced: the host and the rest stay readable. The judges are
 * url-parts.ts's. Found from the literals `://` and `"GET /`-like request lines (the shared literal scan); each path
 * and each query is read once, forward and bounded (a URL inside a read one adds its path only).
 */
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { endpointParamSecret, paramSecret, pathSecrets } from './url-parts.js';

const STARTS = literalScan(['://', '"GET /', '"POST /', '"PUT /', '"PATCH /', '"DELETE /', '"HEAD /']);

/** After `://`: a user part, the host, a port. */
const HOST = /(?:[^\s/@?#"'<>]{1,256}@)?([A-Za-z0-9.-]{1,253})(?::\d{1,5})?/y;
/** urllib3's `https://host:443 "POST /path HTTP/1.1"`: the request line after the host. */
const LOG_PATH = / "[A-Z]{3,7} (?=\/)/y;
/** A query or fragment parameter after its separator: a name, `=`, a value. */
const PARAM = /([A-Za-z0-9_.[\]-]{1,64})=([A-Za-z0-9._~+/=%-]{1,4096})/y;
/** How far one URL is read. */
const MAX = 8192;

/** Where a URL ends: a blank, a quote, a bracket or a mark no URL holds unescaped. */
const ends = (c: number): boolean =>
  c <= 32 ||
  c === 34 ||
  c === 39 ||
  c === 96 ||
  c === 60 ||
  c === 62 ||
  c === 40 ||
  c === 41 ||
  c === 92 ||
  c === 123 ||
  c === 125 ||
  c === 124 ||
  c === 44 ||
  c === 94 ||
  c === 91 ||
  c === 93;

/**
 * The path from `p` (its `/`): its segments judged, secrets pushed; returns where the path ends (also at `&`: a URL
 * decoded inside another's query ends there).
 */
function readPath(text: string, host: string, p: number, hits: Hit[]): number {
  const segs: number[] = [];
  const stop = Math.min(text.length, p + MAX);
  let s = p + 1;
  let i = s;
  for (; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 47) {
      segs.push(s, i);
      s = i + 1;
    } else if (c === 63 || c === 35 || c === 38 || ends(c)) break;
  }
  segs.push(s, i);
  const found = pathSecrets(text, host, segs);
  for (let k = 0; k < found.length; k += 2)
    hits.push({ rule: 'url-path-secret', start: found[k]!, end: found[k + 1]! });
  return i;
}

/**
 * An API's configured address before a URL's scheme (`base_url: `, `"api_base": "`, `OPENAI_BASE_URL=`, `--base-url=`,
 * `'base_url' => '`; not any
 * `endpoint`, which may be an OAuth request's, whose `state` and `nonce` are random):
 * its query's random values are keys whatever their names (url-parts.ts' endpointParamSecret).
 */
const ENDPOINT =
  /(?:base[_-]?ur[il]|api[_-]?base|api[_-]?ur[il])["']?[ \t]*(?:=>|[:=])[ \t]*["']?[a-z][a-z0-9+.-]{0,20}$/i;

/** Whether the URL whose `://` is at `i` is an API's configured address (ENDPOINT). */
const endpointAt = (text: string, i: number): boolean => i >= 4 && ENDPOINT.test(text.slice(Math.max(0, i - 64), i));

/** The query and fragment from `q`: each `name=value` after `?`, `&`, `;` or `#` judged; returns where they end. */
function readQuery(text: string, q: number, hits: Hit[], endpoint = false): number {
  const stop = Math.min(text.length, q + MAX);
  let i = q;
  while (i < stop) {
    const c = text.charCodeAt(i);
    if (ends(c)) break;
    i++;
    if (c !== 63 && c !== 38 && c !== 59 && c !== 35) continue;
    PARAM.lastIndex = i;
    const m = PARAM.exec(text);
    if (m === null) continue;
    const start = PARAM.lastIndex - m[2]!.length;
    if (paramSecret(m[1]!, m[2]!) || (endpoint && endpointParamSecret(m[1]!, m[2]!)))
      hits.push({ rule: 'url-query-secret', start, end: PARAM.lastIndex });
    i = PARAM.lastIndex;
  }
  return i;
}

function urlSecretHits(text: string): Hit[] {
  const hits: Hit[] = [];
  let pathEnd = 0;
  let queryEnd = 0;
  for (const i of STARTS?.(text) ?? []) {
    if (i < pathEnd) continue;
    let host = '';
    let p: number;
    if (text.charCodeAt(i) === 58) {
      HOST.lastIndex = i + 3;
      const m = HOST.exec(text);
      if (m === null) continue;
      host = m[1]!;
      p = HOST.lastIndex;
      LOG_PATH.lastIndex = p;
      if (LOG_PATH.test(text)) p = LOG_PATH.lastIndex;
    } else p = text.indexOf('/', i);
    const c = text.charCodeAt(p);
    pathEnd = c === 47 ? readPath(text, host, p, hits) : p;
    const d = text.charCodeAt(pathEnd);
    if ((d === 63 || d === 35) && pathEnd >= queryEnd) queryEnd = readQuery(text, pathEnd, hits, endpointAt(text, i));
  }
  return hits;
}

/** The pass of secrets inside URLs (see the file's comment). */
export function urlSecretPass(): Pass {
  return runPass(urlSecretHits);
}
