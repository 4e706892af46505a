/**
 * Places whose values are no secret whatever their names and neighbours say (round 28, attack 28's benign corpus):
 * - a source map's `"mappings"` string (VLQ base64 segments; read as values near `"names": ["apiKey", "token"]`);
 * - a Bitnami SealedSecret's `encryptedData` (ciphertext only its cluster's controller can open, made to be committed),
 *   in the YAML document that declares the kind;
 * - `/proc/PID/status` signal and capability masks (`SigCgt:\t8c91dd7a91af7696`: `Sig` read as a signature's);
 * - a cache's key after a cache's `key:`: words a CI joins before a digest (`node-cache-Linux-x64-npm-<sha256>`);
 * - a value of an SQL `INSERT` whose column, by its place in the column list, is an id or a digest (`(id, key_hash)
 *   VALUES ('<uuid>', '\x<sha256>')`);
 * - an AWS ARN's resource name (`…:secret:MyDatabaseSecret-a1b2c3`).
 * A provider's token (a shape rule) or a value known or learned as a secret is still redacted there (hits.ts). What a
 * text holds is found once per text (a search of the text for each hit was quadratic on a line of hits).
 */
import type { Hit } from './pass.js';

interface Regions {
  text: string;
  /** The `"mappings"` string's range, or null. */
  mappings: [number, number] | null;
  /** The `encryptedData:` blocks of the YAML documents that declare `kind: SealedSecret`. */
  sealed: [number, number][];
  insert: boolean;
}
let last: Regions | null = null;

/** Each `---`-separated document that declares a SealedSecret: from its `encryptedData:` to its end. */
function sealedBlocks(text: string): [number, number][] {
  if (!text.includes('SealedSecret')) return [];
  const out: [number, number][] = [];
  let from = 0;
  for (const m of [...text.matchAll(/^---[ \t]*$/gm), { index: text.length }]) {
    const doc = text.slice(from, m.index);
    const data = doc.search(/^[ \t]*encryptedData:/m);
    if (data !== -1 && /^kind:[ \t]*["']?SealedSecret\b/m.test(doc)) out.push([from + data, m.index]);
    from = m.index;
  }
  return out;
}

function regionsOf(text: string): Regions {
  if (last !== null && last.text === text) return last;
  let mappings: [number, number] | null = null;
  // A source map's `"mappings"` is a string (an Elasticsearch index's is an object: the next one is looked for).
  for (const m of text.matchAll(/"mappings"\s*:\s*"/g)) {
    const from = m.index + m[0].length;
    const close = text.indexOf('"', from);
    if (close !== -1) mappings = [from, close];
    break;
  }
  return (last = { text, mappings, sealed: sealedBlocks(text), insert: /insert\s+into/i.test(text) });
}

const PROC_MASK = /\n(?:Sig(?:Q|Pnd|Blk|Ign|Cgt)|ShdPnd|Cap(?:Inh|Prm|Eff|Bnd|Amb)):\t[0-9a-f/]*$/;

/** Words of a cache key before its digest: a tool, an OS or an architecture, or `cache` itself. */
const CACHE_KEY =
  /^(?:[A-Za-z0-9_.]+-){0,8}(?:cache|npm|yarn|pnpm|pip|poetry|uv|gradle|maven|m2|cargo|go|node|ruby|gems|bundler|composer|nuget|Linux|Windows|macOS|darwin|x64|arm64|amd64)(?:-[A-Za-z0-9_.]+){0,8}-[0-9a-f]{32,128}$/;
/**
 * What a cache key follows: a cache's `key:` (after a CI log's timestamp too), `cache-key`, `restore-keys`, "Cache
 * restored from key:".
 */
const CACHE_KEY_BEFORE =
  /(?:cache|restore)[\w -]{0,40}?keys?[ \t]*[:=]?[ \t]*["']?$|(?:^|\n)(?:\d{4}-\d\d-\d\dT[\d:.]+Z)?[ \t-]*key[ \t]*:[ \t]*["']?$/i;

/** An id's or a digest's column (`id`, `user_id`, `uuid`, `key_hash`, `sha256`), not `paid` nor `key_valid`. */
const ID_COLUMN =
  /^(?:id|uuid|guid|\w+_(?:id|uuid|guid|hash|digest|checksum|fingerprint|sha\d*|md5)|hash|digest|checksum|sha\d*|md5)$/i;

/** The column of an SQL `INSERT INTO t (c1, c2, …) VALUES (…, v, …)` a value at `start` is under (null: none). */
export function insertColumn(text: string, start: number): string | null {
  const head = text.slice(Math.max(0, start - 4096), start);
  let at = -1;
  for (const m of head.matchAll(/insert\s+into\s/gi)) at = m.index;
  if (at === -1) return null;
  const m = /^insert\s+into\s+[^(;]{1,128}\(([^()]{1,1024})\)\s*values\s*/i.exec(head.slice(at));
  if (m === null) return null;
  const cols = m[1]!.split(',').map((c) => c.trim().replace(/^[`"[]|[`"\]]$/g, ''));
  // The tuple the value is in: a `(` at depth 0 opens one; its place by the commas at depth 1 outside quotes (a call's
  // commas and a quote escaped with `\` or doubled are inside).
  const tuple = head.slice(at + m[0].length);
  let index = 0;
  let depth = 0;
  let quote = '';
  for (let i = 0; i < tuple.length; i++) {
    const c = tuple[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(') index = depth++ === 0 ? 0 : index;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 1) index++;
  }
  return depth === 1 ? (cols[index] ?? null) : null;
}

/**
 * An AWS ARN up to its resource's name (`arn:aws:secretsmanager:us-west-2:123456789012:secret:`, `…:parameter/db/`):
 * the name of a secret is no secret (botocore's examples, attack 41).
 */
const ARN_BEFORE = /\b(?:arn:aws[a-z-]{0,16}|aws:arn):[a-z0-9-]{1,32}:[a-z0-9-]{0,32}:(?:\d{12})?:[\w+=,.@/:-]{0,96}$/;
const ARN_RESOURCE = /^[\w+=,.@/-]+$/;

/** True for a hit in one of the places above (see the file's comment). */
export function inBenignRegion(h: Hit, text: string): boolean {
  const value = text.slice(h.start, h.end);
  if (ARN_RESOURCE.test(value) && ARN_BEFORE.test(text.slice(Math.max(0, h.start - 200), h.start))) return true;
  if (CACHE_KEY.test(value) && CACHE_KEY_BEFORE.test(text.slice(Math.max(0, h.start - 80), h.start))) return true;
  const regions = regionsOf(text);
  if (regions.sealed.some(([a, b]) => h.start >= a && h.end <= b) && /^[A-Za-z0-9+/]{64,}={0,2}$/.test(value))
    return true;
  if (regions.mappings !== null && h.start >= regions.mappings[0] && h.end <= regions.mappings[1]) return true;
  const from = Math.max(0, h.start - 16);
  if (PROC_MASK.test((from === 0 ? '\n' : '') + text.slice(from, h.start))) return true;
  if (!regions.insert) return false;
  const col = insertColumn(text, h.start);
  return col !== null && ID_COLUMN.test(col);
}
