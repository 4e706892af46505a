/**
 * Values whose only label is a provider's or service's name (issue 11, prefix-less keys):
 * - a Markdown bullet or a table row naming a provider (`- Serpapi: \`…\``, `* **Stripe**: …`, `| Cohere | … |`);
 * - the entries of a map held by a secret-ish name (`API_KEYS = {"paypal": "…"}`, `PROVIDER_KEYS`, `"credentials": {`,
 *   Go's `map[string]string{`, Ruby's `=>`, PHP's `[… => …]`);
 * - a UUID under a URL's `key=` (a digest's or an id's shape elsewhere).
 * A value counts when it reads as a credential (context.ts's namedCredential), or is a UUID or 32+ hex digits (keys of
 * Exa, Pinecone, Deepgram, W&B, SerpAPI): the label says whose key it is. Each search starts from a cheap literal.
 */
import { isRecordKey } from './record-keys.js';
import { namedCredential } from './credential-values.js';
import { isApiId, isReferenceName, shannon } from './generic.js';
import { charSet, lineStarts, matchesAt, onlyNewlines } from './line-heads.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { namesApart } from './id-nouns.js';
import { firstCellLabelled, tableHeaderAbove } from './row-gate.js';
import { providerMapHits } from './provider-maps.js';
import { SERVICE_NAMES, SERVICE_WORDS } from './services.js';
import { publicValue } from './public-values.js';
import { UUID_VALUE } from './shapes.js';

const HEX = /^[0-9a-fA-F]{16,128}$/;

const LABEL = `(?:${SERVICE_NAMES}|${SERVICE_WORDS})(?:[ _-]?(?:ai|api|search|key|token|prod|dev|live|test))*`;
const PROVIDER_LABEL = new RegExp(`^${LABEL}$`, 'i');
export const isProviderLabel = (label: string): boolean => PROVIDER_LABEL.test(label);
/** Roles a bullet lists keys by (`- App: \`…\``, `* Prod — …`, `- Admin token: …`): capitalised or bold, as a label. */
const ROLE =
  '(?:app|admin|bot|prod(?:uction)?|staging|dev|server|client|master|root|backup|worker|personal|primary|secondary)';
/** An entry's name that starts with a provider's or service's name (`azure_storage`, `twilio_tok`, `heroku`). */
const SERVICE_ENTRY = new RegExp(`^(?:${SERVICE_NAMES})(?:[_.-][A-Za-z0-9_.-]{0,30})?$`, 'i');
export const namesService = (name: string): boolean => SERVICE_ENTRY.test(name);
/** A bullet's or bold label's secret word (`- **API key**: \`<uuid>\``): it says as much as a provider's name. */
const SECRET_LABEL = `(?:${LABEL}|${ROLE}(?:[ _-]?(?:key|token|secret|password))?|(?:api|access|secret|subscription|auth)?[ _-]?(?:key|token|secret|password))`;

/**
 * A value a provider's label makes a key: credential-like, a UUID, 16+ hex (a commit's 40 not under git hosts), or a
 * short key (shortKey).
 */
export function labelled(v: string, label: string): boolean {
  if (UUID_VALUE.test(v)) return true;
  // A message's, a completion's or a tool call's id (`{'openai': 'chatcmpl-…'}`) is no key.
  if (isApiId(v)) return false;
  if (HEX.test(v)) return /[a-f]/i.test(v) && /\d/.test(v) && !(v.length === 40 && /git/i.test(label));
  return credential(v) || shortKey(v);
}

/**
 * 16+ token characters mixing letters and digits at 3.5 bits per character, no model name (a short key); a `/` only
 * inside (base64), not a path's (`models/gpt-4o`: a word then a slash, or a leading one).
 */
const shortKey = (v: string): boolean =>
  /^[A-Za-z0-9_+=.~-][A-Za-z0-9_+/=.~-]{15,}$/.test(v) &&
  !/\/\/|\/$|^[a-z]+\/|\/[a-z]+\//.test(v) &&
  /\d/.test(v) &&
  /[A-Za-z]/.test(v) &&
  shannon(v) >= 3.5 &&
  !modelLike(v);

/**
 * A credential-like value that is no model name or version (`gpt-4o-2024-08-06`, `command-r-plus-08-2024`): pieces
 * between `-`, `_`, `.` and `/` that are all words, numbers or short.
 */
function credential(v: string): boolean {
  return !modelLike(v) && namedCredential(v);
}

export const modelLike = (v: string): boolean => {
  const parts = v.split(/[-_./]/);
  // `Qwen2.5-72B-Instruct`, `meta-llama/Llama-3-70b-chat-hf`: words with a version's digits, sizes.
  return parts.length > 1 && parts.every((p) => /^[A-Za-z]+\d{0,2}$|^\d+[A-Za-z]{0,2}$/.test(p) || p.length <= 3);
};

/**
 * Under a name or command that says secret (a map under `API_KEYS`, `fly secrets set`), a value needs less: a UUID, 32+
 * hex, or 16+ token characters mixing letters and digits at 3.5 bits per character, no path, no model name.
 */
export function storedCredential(v: string): boolean {
  return labelled(v, '');
}

const BOLD = `(?:\\*\\*|__|\\*|_)?`;
/** `- Serpapi: \`…\``, `* **Stripe**: …`, `1. Deepgram — …`, `**Mistral**: …` on a line of its own. */
export const BULLET = new RegExp(
  `^[ \\t]*(?<bullet>(?:[-*+•]|\\d{1,3}[.)])[ \\t]+)?${BOLD}(?<label>${SECRET_LABEL})${BOLD}[ \\t]*(?::|=|—|–|->|-)${BOLD}` +
    `[ \\t]+${BOLD}(?<q>\`|"|'|)(?<v>[A-Za-z0-9_+/=.~-]{16,200})\\k<q>${BOLD}[ \\t]*[.,;]?[ \\t]*\\r?$`,
  'imdy',
);
/** A table row whose first cell is a provider's name; its other cells are read one by one. */
export const ROW = new RegExp(`[ \\t]*\\|[ \\t]*${BOLD}(?<label>${LABEL})${BOLD}[ \\t]*\\|(?<rest>[^\\n]*)$`, 'imy');
const CELL = /([ \t]*)(`?)([A-Za-z0-9_+/=.~-]{16,200})\2[ \t]*(?:\||\r?$)/y;
/** A table whose header names ids, hashes or commits: its values are those. */
/** Base64 of a SHA-256 or SHA-512 digest (what a column of digests holds). */
const DIGEST = /^[A-Za-z0-9+/]{43}=?$|^[A-Za-z0-9+/]{86}(?:==)?$/;
/** An id word in a header (`trace_id`, `Request ID`: an underscore bounds it too). */
const ID_HEADER =
  /(?<![A-Za-z0-9])(?:ids?|hash(?:es)?|sha\w*|commit|trace|digest|checksum|request|revision|model|version)(?![A-Za-z0-9])/i;

/**
 * The lines read by the bullet, row and YAML key searches, found in one scan by their first character: a bullet's mark,
 * a bold label's `*`/`_` or a digit (a numbered item: no label starts with one); a table's `|`; `key` or `- key`.
 */
const LINE_FIRST = [charSet('-*+\u2022_0123456789'), charSet('|'), charSet('-kvs')];
/**
 * A bullet's mark (or a bold label's) then BULLET's shape without its label (any text to a separator, then the value
 * ending the line): BULLET holds every provider's and service's name, case folded, and V8 took 10-20 ms to compile it
 * (more than all the other regexes of a small session's dry run together); this test spares that where no line can
 * match (a list of words, a YAML list), and BULLET matches nowhere it fails.
 */
export const BULLET_HEAD = new RegExp(
  `(?=[ \\t]*(?:[-*+\u2022_]|\\d{1,3}[.)]))[^\\n]+?(?::|=|—|–|->|-)${BOLD}[ \\t]+${BOLD}(\`|"|'|)` +
    `[A-Za-z0-9_+/=.~-]{16,200}\\1${BOLD}[ \\t]*[.,;]?[ \\t]*\\r?$`,
  'my',
);
const ROW_HEAD = /[ \t]*\|/y;

function bulletHits(text: string, starts: readonly number[]): Hit[] {
  const hits: Hit[] = [];
  for (const m of matchesAt(text, starts, BULLET_HEAD, BULLET)) {
    const g = m.groups!;
    // With no bullet the label must be bold (`**Stripe**: …`): `mistral: …` is YAML, which parents.ts reads; and the
    // line must hold a credential (a log's `**openai**: <request uuid>` is none).
    const bold = text.charCodeAt(m.indices!.groups!.label![0] - 1) === 42;
    if (g.bullet !== undefined ? !labelled(g.v!, g.label!) : !bold || !credential(g.v!)) continue;
    // A secret word as the label: bold or capitalised (`- **API key**:`, `* Token —`); `- key: …` is a YAML list's.
    if (!bold && !/^[A-Z]/.test(g.label!) && !PROVIDER_LABEL.test(g.label!)) continue;
    const [start, end] = m.indices!.groups!.v!;
    hits.push({ rule: 'labelled-secret', start, end });
  }
  return hits;
}

function rowHits(text: string, starts: readonly number[]): Hit[] {
  const hits: Hit[] = [];
  // Only rows whose first cell is a provider's name (row-gate.ts): ROW is compiled for those alone.
  const rows = starts.filter((at) => firstCellLabelled(text, at, isProviderLabel));
  for (const m of matchesAt(text, rows, ROW_HEAD, ROW)) {
    const header = tableHeaderAbove(text, m.index);
    const ids = ID_HEADER.test(header);
    const restStart = m.index + m[0].length - m.groups!.rest!.length;
    for (let at = 0; at < m.groups!.rest!.length;) {
      CELL.lastIndex = at;
      const c = CELL.exec(m.groups!.rest!);
      const next = m.groups!.rest!.indexOf('|', at) + 1;
      const start = restStart + at + (c === null ? 0 : c[1]!.length + c[2]!.length);
      if (
        c !== null &&
        !idColumn(header, text, start) &&
        (ids
          ? !UUID_VALUE.test(c[3]!) && !HEX.test(c[3]!) && !DIGEST.test(c[3]!) && credential(c[3]!)
          : labelled(c[3]!, m.groups!.label!))
      ) {
        hits.push({ rule: 'labelled-secret', start, end: start + c[3]!.length });
      }
      if (next === 0) break;
      at = next;
    }
  }
  return hits;
}

/** A secret word in a column's header (`key id | secret`: the second column is a secret's). */
const SECRET_HEADER = /key|token|secret|password|credential|auth/i;

/**
 * Whether the cell at `at` is under a header naming an id alone (`requestId`, `x-request-id`, `response_id`: camelCase
 * and snake_case read apart), the column found by counting the `|` before it on its line.
 */
function idColumn(header: string, text: string, at: number): boolean {
  if (header === '') return false;
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  const cell = header.split('|')[line.split('|').length - 1] ?? '';
  return ID_HEADER.test(namesApart(cell)) && !SECRET_HEADER.test(cell);
}

/** A map under a secret-ish name: `API_KEYS = {`, `providerKeys: Record<…> = {`, `"credentials": {`. */
const SECRET_MAP = new RegExp(
  `(?:[Kk]eys|KEYS|[Ss]ecrets|SECRETS|[Tt]okens|TOKENS|[Cc]redentials|CREDENTIALS|[Cc]reds|CREDS|[Pp]asswords|PASSWORDS)(?:[ \\t]+[a-z]+){0,2}["'\\]]?[ \\t]*(?::[^\\n=;{]{0,60}?)?` +
    `(?:=>|:=|=|:)?[ \\t]*(?:map\\[string\\]string[ \\t]*|dict\\([ \\t]*|new Map\\([ \\t]*|array\\([ \\t]*)?([{[])`,
  'g',
);
const ENTRY = /(["'`]?)([A-Za-z][\w.-]{0,40})\1[ \t]*(?::|=>|=|,)[ \t]*(["'`])([A-Za-z0-9_+/=.~-]{16,200})\3/g;

/**
 * The maps: SECRET_MAP matches within a line and ends at a `{` or `[`, so it is run only on the lines holding one, up
 * to their last (two native searches where the regex, starting with common letters, read all the text slowly).
 */
function mapHits(text: string): Hit[] {
  const hits: Hit[] = [];
  let brace = text.indexOf('{');
  let bracket = text.indexOf('[');
  while (brace !== -1 || bracket !== -1) {
    const at = brace === -1 ? bracket : bracket === -1 ? brace : Math.min(brace, bracket);
    const lineStart = text.lastIndexOf('\n', at) + 1;
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = text.length;
    // The line's last bracket (and the first ones of the lines after it).
    let last = at;
    for (; brace !== -1 && brace < lineEnd; brace = text.indexOf('{', brace + 1)) last = Math.max(last, brace);
    for (; bracket !== -1 && bracket < lineEnd; bracket = text.indexOf('[', bracket + 1))
      last = Math.max(last, bracket);
    mapHitsIn(text, lineStart, last + 1, hits);
  }
  return hits;
}

function mapHitsIn(text: string, from: number, to: number, hits: Hit[]): void {
  const line = text.slice(from, to);
  SECRET_MAP.lastIndex = 0;
  for (let m = SECRET_MAP.exec(line); m !== null; m = SECRET_MAP.exec(line)) {
    // The name must end at the literal: `input_tokens: {` is a counter's, `keyboard` no name.
    const open = from + m.index + m[0].length - 1;
    const body = text.slice(open, bodyEnd(text, open));
    if (/["']kty["']/.test(body)) continue;
    ENTRY.lastIndex = 0;
    for (let e = ENTRY.exec(body); e !== null; e = ENTRY.exec(body)) {
      if (isReferenceName(e[2]!) || !storedCredential(e[4]!)) continue;
      const start = open + e.index + e[0].length - 1 - e[4]!.length;
      hits.push({ rule: 'labelled-secret', start, end: start + e[4]!.length });
    }
  }
}

/** Where the map or list opened at `open` closes (brackets counted, 8 KiB at most). */
function bodyEnd(text: string, open: number): number {
  let depth = 0;
  const limit = Math.min(text.length, open + 8192);
  for (let i = open; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91 || c === 40) depth++;
    else if ((c === 125 || c === 93 || c === 41) && --depth === 0) return i + 1;
  }
  return limit;
}

/**
 * A YAML `key: <uuid>` or `value:`/`secret:` holding a key in an item whose `provider:`/`service:`/`name:` names a
 * provider (`- name: together` / `value: …`; columns.ts reads JSON's).
 */
const YAML_KEY_SOURCE =
  /^[ \t]*(?:-[ \t]+)?(key|value|secret)[ \t]*:[ \t]*(["']?)([A-Za-z0-9_+/=.~-]{16,200})\2[ \t]*\r?$/.source;
const YAML_KEY = new RegExp(YAML_KEY_SOURCE, 'gm');
/** Tried only at the lines starting with `key` (or `- key`), found after their line break. */
const YAML_KEY_AT = new RegExp(YAML_KEY_SOURCE, 'my');
const YAML_KEY_HEAD = /[ \t]*(?:-[ \t]+)?(?:key|value|secret)[ \t]*:/y;
const YAML_PROVIDER = new RegExp(
  `^[ \\t]*(?:-[ \\t]+)?(?:provider|service|vendor|backend|platform|name)[ \\t]*:[ \\t]*["']?(${LABEL})["']?[ \\t]*\\r?$`,
  'im',
);

function yamlKeyHits(text: string, starts: readonly number[]): Hit[] {
  const hits: Hit[] = [];
  const matches = onlyNewlines(text)
    ? matchesAt(text, starts, YAML_KEY_HEAD, YAML_KEY_AT)
    : [...text.matchAll(YAML_KEY)];
  for (const m of matches) {
    // The list item the key is in: from its `- ` line to the next item's.
    const lineEnd = m.index + m[0].length;
    // (searched in the 400 characters read: a search back to the text's start for each key was quadratic)
    const lo = Math.max(0, m.index - 400);
    const dash = text.slice(lo, m.index + 2).lastIndexOf('- ');
    const from = /^[ \t]*-/.test(m[0]) ? m.index : dash === -1 ? -1 : lo + dash;
    const after = text.slice(lineEnd, lineEnd + 400).search(/\n[ \t]*- /);
    const around = text.slice(Math.max(0, from, m.index - 400), after === -1 ? lineEnd + 400 : lineEnd + after);
    const p = YAML_PROVIDER.exec(around);
    const v = m[3]!;
    if (p === null || !(m[1] === 'key' ? UUID_VALUE.test(v) : labelled(v, p[1]!))) continue;
    const start = m.index + m[0].indexOf(v, m[0].indexOf(':'));
    // A cache's `key` beside `provider: auth0` (record-keys.ts).
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (m[1] === 'key' && isRecordKey(text, lineStart, text.slice(lineStart, start))) continue;
    hits.push({ rule: 'labelled-secret', start, end: start + v.length });
  }
  return hits;
}

/**
 * A UUID or hex under a URL query's `key=`, `auth=`, `token=` or `sig=` (the generic layer keeps UUIDs and digests: ids
 * and hashes have their shape).
 */
const QUERY_KEY =
  /[?&;](?:(?:api[_-]?)?key|auth|token|sig)=([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{32,128}|[A-Za-z0-9_-]{20,128})(?![\w.~%/-])/iy;

/**
 * Each `=` is found by a native search (the regex, starting with a `[?&;]` class, read all the text slowly) and the
 * regex tried where a `?`, `&` or `;` may start the name before it.
 */
function queryHits(text: string): Hit[] {
  const hits: Hit[] = [];
  let from = 0;
  for (let i = text.indexOf('='); i !== -1; i = text.indexOf('=', i + 1)) {
    // The query's name before it: `?key` to `?api_key` (4 to 8 characters back).
    for (let at = Math.max(from, i - 8); at <= i - 4; at++) {
      const c = text.charCodeAt(at);
      if (c !== 63 && c !== 38 && c !== 59) continue;
      QUERY_KEY.lastIndex = at;
      const m = QUERY_KEY.exec(text);
      if (m === null) continue;
      const end = at + m[0].length;
      if (labelled(m[1]!, '') || /^[0-9a-fA-F]{32,128}$/.test(m[1]!)) {
        hits.push({ rule: 'labelled-secret', start: end - m[1]!.length, end });
        from = end;
      }
      break;
    }
  }
  return hits;
}

export function labelPass(): Pass {
  return runPass((text) => {
    const [bulletLines, rowLines, keyLines] = lineStarts(text, LINE_FIRST) as [number[], number[], number[]];
    const bullets = bulletHits(text, bulletLines);
    const rows = text.includes('|') ? rowHits(text, rowLines) : [];
    const maps = text.includes('{') || text.includes('[') ? mapHits(text) : [];
    const query = queryHits(text);
    const yaml = yamlKeyHits(text, keyLines);
    const providers = providerMapHits(text, labelled);
    // A value public by its shape (an IPFS CID, an address, an SSH public key's body: public-values.ts) under a label.
    return [...bullets, ...rows, ...maps, ...query, ...yaml, ...providers]
      .filter((h) => !publicValue(text.slice(h.start, h.end), text, h.start))
      .sort((a, b) => a.start - b.start);
  });
}
