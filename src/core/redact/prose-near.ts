/**
 * A prefix-less key (hex, a UUID, base62 or URL-safe base64) a few words from a credential noun or a provider's name,
 * on either side, in prose, code and comments (round 16): `use <hex> as the Groq key`, `Exa accepted <key>`, `Paste
 * <uuid> into the Together settings`, `Sign requests with <key> (the Tavily token)`, `pass the key "<uuid>" to the
 * client`, a literal under `# the Mistral key` or before `# Exa key` (`make_client("<hex>")`). Read by
 * prose-credentials.ts's pass (no scan of its own): the anchors are found by the shared literal scan, the values in a
 * window of WINDOW characters around each (each character read once per line), so it stays linear.
 * A value is taken when its shape is a key's (keyShape: no path, no words joined, no API id, no model name), the
 * anchor is within MAX_WORDS words in the same clause, no noun naming an id or a hash stands right before the value
 * (`request id`, `commit`, `sha256`), and the noun is no data key's (`cache key`, `sort key`: dataKey) or a compound
 * (`token usage`, `key rotation`).
 */
import { isPublicToken } from './benign.js';
import { className, CODE_NAME, CODE_NULLS } from './code-names.js';
import { isPaginationNorm } from './cursors.js';
import { isApiId } from './generic.js';
import { commitLogAt } from './open-values.js';
import { idNounBefore } from './id-nouns.js';
import { dataKeyBefore, joinedWords, pathLike } from './id-shapes.js';
import { namedShape } from './learn-gate.js';
import { type Anchor, namedAnchor } from './named-anchors.js';
import { bulletValue, callOutput, introducedBelow, namedColumn } from './prose-near-lines.js';
import { firstAtOrAfter, literalScan } from './literal-scan.js';
import type { Hit } from './pass.js';
import { NAMED_VALUE, tokenValue } from './prose-values.js';
import { PROVIDERS, SERVICE_NAMES } from './services.js';
import { UUID_VALUE } from './shapes.js';
import { most } from '../lists.js';

/** How far from an anchor a value is looked for, on its line (and the next line after a comment). */
const WINDOW = 160;
/** How many words may stand between an anchor and its value. */
const MAX_WORDS = 6;

const NOUNS = ['key', 'token', 'secret', 'credential'];
/** Provider names that are common words: an anchor only capitalised. */
const COMMON = new Set(['together', 'brave', 'linear', 'modal', 'notion', 'stability', 'claude', 'grok', 'vertex']);
const NAMES = [
  ...new Set(
    `${PROVIDERS}|${SERVICE_NAMES}`
      .split('|')
      .map((n) => n.replace(/\(\?:[^)]*\)\??/g, ''))
      .filter((n) => /^[a-z][a-z0-9]{2,}$/.test(n) && !['aws', 'npm', 'ovh', 'mux', 'you'].includes(n)),
  ),
];
const scan = literalScan([...NOUNS, ...NAMES]);
/** The longest word an anchor is (a plural noun, a name). */
const ANCHOR_LONGEST = most([...NOUNS.map((n) => n.length + 1), ...NAMES.map((n) => n.length)]);
const NAME_SET = new Set(NAMES);

/**
 * The word at a start: a noun (maybe plural) or a name, a whole word; read to 41 characters at most (a run of `key`s
 * inside one word is read once per start).
 */
const WORD = /[A-Za-z][A-Za-z0-9]{0,40}/y;

/** After a noun, a word that makes it a compound about keys, not a key handed over (`token usage`, `key rotation`). */
const COMPOUND_AFTER =
  /^[*_`'"]{0,4}[ \t]+(?:rotation|rotations|refresh|refreshed|usage|usages|count|counts|counting|counter|lookup|manifest|budget|budgets|limit|limits|policy|policies|field|fields|format|formats|scanner|scan|store|manager|endpoint|header|length|type|types|name|names|id|ids|file|files|path|paths|column|columns|prefix|expiry|ttl|scope|scopes|permissions?|management|generation|validation|handling|cache|pattern|schema|size|sizes|space|spaces|window|stream|streams|ids?|hash|hashes|fingerprint|exchange|revocation)\b/i;

/** A character that may stand right before a value, and right after it. */
const OPENERS = new Uint8Array(65536);
for (const c of ' \t"\'`([*“„«‘‹=>\n,;|') OPENERS[c.charCodeAt(0)] = 1;
/** The characters a value starts with (VALUE_RUN's first), looked up before the regex is tried. */
const VALUE_START = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+/') VALUE_START[c.charCodeAt(0)] = 1;
/**
 * A run of a value's characters, starting at an opener; LONGEST: its longest match. Base64 that ends padded may
 * start with `+` or `/` (`+/Q9mfUv…EE=`); code's `+le+` may not.
 */
const VALUE_RUN =
  /(?!--)(?:[A-Za-z0-9_-]|[+/](?=[A-Za-z0-9+/]{19,199}={1,2}(?![\w+/=])))[A-Za-z0-9_+/-]{19,199}={0,2}/y;
const LONGEST = 202;
const AFTER_OK = /^(?:$|[\s"'`)\]*”»’›,;!?]|[.:](?:$|\s))/;

const NOUN_PREFIX = new RegExp(`^(?:${NOUNS.join('|')})`, 'i');
/** The secret's name holding the key noun `word` found at `at`: named-anchors.ts. */
function nounInName(text: string, at: number, word: string): Anchor | null {
  // The scan's word runs on to the next `_` (`KEY_BASE` is read `KEY`); a camel-case name's noun ends at a capital.
  const noun = NOUN_PREFIX.exec(word);
  return noun === null ? null : namedAnchor(text, at, at + noun[0].length);
}

/**
 * Whether a value's shape is a key's: a UUID, hex of 32 to 128 digits mixing letters and digits, or a random token
 * (prose-values.ts's tokenValue); no path (`/` between words), no words and numbers joined, no API id, no model name.
 */
export function keyShape(v: string): boolean {
  if (UUID_VALUE.test(v)) return true;
  if (/^[0-9a-f]+$/i.test(v)) return v.length >= 32 && v.length <= 128 && /[a-f]/i.test(v) && /\d/.test(v);
  // A `/` in a key is base64's (no `-`, `_` there), between pieces that are no words (`owner/repo`, `uploads/…`).
  if (v.includes('/') && (/[-_]/.test(v) || pathLike(v))) return false;
  if (v.length < 20 || isApiId(v) || isPublicToken(v) || NAMED_VALUE.test(v) || joinedWords(v) || namedShape(v))
    return false;
  // A type's or a message's name (`MessageField('RetryOutputTimeoutV1Secret', 8)`); an SSH public key's blob (its
  // first field's 4-byte length: `ssh-rsa AAAAB3NzaC1yc2E…`).
  if (className(v) || /^AAAA[A-Z]/.test(v)) return false;
  // A typed id: a lower-case word and `_` or `-` before it (`tn_2Qad8R…`, `task-…`); a key's prefix is a provider's.
  if (/^[a-z]{2,14}[_-][A-Za-z0-9]/.test(v)) return false;
  return tokenValue(v) || randomLetters(v);
}

/**
 * Letters (maybe a few digits, `-`, `_`) whose case changes every one or two letters (`FVOOjHAfESGdmdDQTNmmhddFM`):
 * random (2.6 letters a word at the median of random base52, 3.9 at the 99th percentile), where an identifier's
 * words are longer and fewer (`getUserAccessTokenFromCache`: 6 words of 4.5 letters; `HTMLInputElementAPIs`: 4).
 */
function randomLetters(v: string): boolean {
  if (!/^[A-Za-z0-9_-]{20,128}$/.test(v) || (v.match(/\d/g)?.length ?? 0) > 3) return false;
  const words = v.match(/[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+/g) ?? [];
  const letters = words.reduce((n, w) => n + w.length, 0);
  const vowels = (v.match(/[aeiou]/gi)?.length ?? 0) / letters;
  const mean = letters / words.length;
  return words.length >= 7 && (mean < 3.5 || (mean < 4.2 && vowels < 0.3));
}

export type { Anchor };

/**
 * A name code reads a value by (`process.env.API_KEY`, `os.environ["GROQ_TOKEN"]`, `getenv("X_KEY")`, `ENV['X']`,
 * `Deno.env.get("X")`), up to the anchor's word in it.
 */
const ENV_READ = /(?:\benv|environ|getenv|ENV)(?:\.get)?[.[(][ \t]*["'`]?[A-Za-z0-9_]{0,40}$/;
/**
 * The rest of a name given a value that is code (`apiKey:process.env.API_KEY`, `token: null`,
 * `api_key=os.environ.get(`, `authToken: config.auth.token`): the key-name layer's, whose value is read elsewhere; no
 * label of a value beside it (`…,k:"<hex>"};window.__h="<sha1>"` in a bundle). The code is code-names.ts's, as its
 * GIVEN_CODE_PAIRS reads it between a name and a value.
 */
const GIVEN_CODE = new RegExp(
  String.raw`^[A-Za-z0-9_]{0,40}["'\`]?[ \t]*(?::|=(?![=>]))[ \t]*` +
    String.raw`(?:${CODE_NULLS}|${CODE_NAME}(?:\.[\w$]{1,40})*(?:[.([]|\?\?|\|\||[,;})\]]))`,
);

/** The rest of a name, then `=` or `:` and a value on the same line. */
const GIVEN_VALUE = /^[A-Za-z0-9_]{0,40}["']?[ \t]*[:=][ \t]*["'`]?[^\s"'`]/;

/** The anchor at a start: a key noun (not a data key's nor a compound) or a provider's name; null when none. */
function anchorAt(text: string, at: number): Anchor | null {
  if (ENV_READ.test(text.slice(Math.max(0, at - 60), at)) || GIVEN_CODE.test(text.slice(at, at + 120))) return null;
  if (at > 0 && /[A-Za-z0-9_]/.test(text[at - 1]!)) {
    // A name given a value of its own on its line (`# API_KEY=xxxxxxxx`): it names that value, not a UUID on the line
    // above (attack 58).
    if (GIVEN_VALUE.test(text.slice(at, at + 80))) return null;
    // `api_key`, `API-key`, `accessToken` as prose: a noun after `api`/`access` and a joiner, or camel case; a
    // secret's variable (`ENCRYPTION_KEY`, `jwtSecret`): named-anchors.ts.
    if (!/(?:api|access|auth)[ _-]?$/i.test(text.slice(Math.max(0, at - 7), at))) {
      WORD.lastIndex = at;
      const w = WORD.exec(text);
      return w !== null ? nounInName(text, at, w[0]) : null;
    }
  }
  // A variable's reference (`${API_TOKEN}`, `$OPENAI_KEY`): it names where a value comes from, not one beside it.
  if (/\$\{?[A-Za-z0-9_]{0,40}$/.test(text.slice(Math.max(0, at - 42), at))) return null;
  WORD.lastIndex = at;
  const w = WORD.exec(text);
  if (w === null) return null;
  const word = w[0].toLowerCase();
  const end = at + w[0].length;
  // A piece of a name, a path or a compound (`secret_name`, `token_usage`, `/run/secrets/db`, `api.groq.com`,
  // `key.pem`, a model's name `mistral-large-latest`, `key-value-store`).
  if (/^(?:[_/]|[.-][A-Za-z0-9])/.test(text.slice(end, end + 2)) || (at > 0 && /[/.]/.test(text[at - 1]!)))
    return text[end] === '_' ? nounInName(text, at, w[0]) : null;
  const noun = NOUNS.some((n) => word === n || word === `${n}s`);
  if (!noun) {
    if (!NAME_SET.has(word)) return null;
    // A common word is a name capitalised, or as a row's first cell (`together,<key>`).
    const cell =
      /^[ \t]*[,;\t|]/.test(text.slice(end, end + 3)) && /(?:^|\n)[ \t|]*$/.test(text.slice(Math.max(0, at - 3), at));
    if (COMMON.has(word) && !/^[A-Z]/.test(w[0]) && !cell) return null;
    return { start: at, end, noun: false };
  }
  if (dataKeyBefore(text, at) || COMPOUND_AFTER.test(text.slice(end, end + 24))) return null;
  // A command's flag (`--next-token <cursor>`, the flag layer's) or a pagination cursor's name
  // (`NextContinuationToken`).
  const glued = /(-{0,2})([A-Za-z0-9_-]{0,30})$/.exec(text.slice(Math.max(0, at - 32), at))!;
  if (glued[1] === '--' || isPaginationNorm(`${glued[2]}${word}`.toLowerCase().replace(/[^a-z0-9]/g, ''))) return null;
  // `key: …`, `token=…` opening a line or after code punctuation: a config's or an object's name (key-name layer).
  const next = text.slice(end, end + 6);
  if (/^[ \t]*["']?[ \t]*[:=]/.test(next) && /(?:^|[\n{,(."'])[ \t]*$/.test(text.slice(Math.max(0, at - 8), at)))
    return null;
  return { start: at, end, noun: true };
}

/** The words between two positions of a line, or -1 when a clause ends between them (`.`, `;`, `|`, a line break). */
function wordsBetween(text: string, from: number, to: number, comment: boolean): number {
  let gap = text.slice(from, to);
  // A comment's anchor reaches the next line (`# the Mistral key` then `client = make_client("…")`).
  if (comment) gap = gap.replace(/\n/, ' ').replace(/[;,)\]]+(?=[ \t]*(?:#|\/\/))/, '');
  if (/\n|[.;!?]\s/.test(gap)) return -1;
  return gap.split(/[\s,()*"'`“”:=→—–-]+/).filter((p) => /[A-Za-z0-9]/.test(p)).length;
}

/** The start of the line of a position, looked for at most `n` characters back (a long line stays linear). */
function lineStart(text: string, at: number, n: number): number {
  const stop = Math.max(0, at - n);
  for (let i = at - 1; i >= stop; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return stop;
}

/** Whether the line of a position (from `ls`) is a comment (`#`, `//`, `--`) up to it, or holds one before it. */
function inComment(text: string, at: number, ls = lineStart(text, at, 240)): boolean {
  if (/^[ \t]*(?:#|\/\/|--[ \t]|\/\*)/.test(text.slice(ls, Math.min(at, ls + 80)))) return true;
  return /[ \t](?:#|\/\/)[ \t]/.test(text.slice(Math.max(ls, at - 200), at));
}

/** The words the shared scan found in a text (`starts`), each judged as an anchor once; `anchors`: those that are. */
export interface Anchors {
  starts: readonly number[];
  judged: Map<number, Anchor | null>;
  anchors: number[];
}

/** The text's anchors, or null when the scan found no word. */
export function anchorsOf(text: string): Anchors | null {
  if (scan === null) return null;
  const starts = scan(text);
  if (starts.length === 0) return null;
  const judged = new Map<number, Anchor | null>();
  const anchors: number[] = [];
  for (const at of starts) {
    if (judged.has(at)) continue;
    const a = anchorAt(text, at);
    judged.set(at, a);
    if (a !== null) anchors.push(at);
  }
  return { starts, judged, anchors };
}

/** The window around the word at `p`, from where the window before it stopped (`readTo`): [from, to). */
export function windowAt(text: string, p: number, readTo: number): [number, number] {
  return [Math.max(readTo, p - WINDOW), Math.min(text.length, p + 2 * WINDOW)];
}

/** The values of a key's shape that start in [from, to), added to `values` as [start, end). */
export function windowValues(text: string, from: number, to: number, values: [number, number][]): void {
  for (let i = from; i < to; i++) {
    if (i !== 0 && OPENERS[text.charCodeAt(i - 1)] !== 1) continue;
    if (VALUE_START[text.charCodeAt(i)] !== 1) continue;
    VALUE_RUN.lastIndex = i;
    const m = VALUE_RUN.exec(text);
    if (m === null) continue;
    const end = i + m[0].length;
    const v = m[0].replace(/-+$/, '');
    if (AFTER_OK.test(text.slice(end, end + 2)) && keyShape(v)) values.push([i, i + v.length]);
    i = end;
  }
}

/** The values with an anchor near enough (nearAnchor), as hits. */
export function valuesNearAnchors(text: string, { starts, judged }: Anchors, values: [number, number][]): Hit[] {
  const hits: Hit[] = [];
  for (const [start, end] of values) {
    const near: Anchor[] = [];
    for (let k = firstAtOrAfter(starts, start - 2 * WINDOW); k < starts.length && starts[k]! < end + 2 * WINDOW; k++) {
      const at = starts[k]!;
      const a = judged.get(at)!;
      if (a !== null && (near.length === 0 || near[near.length - 1]!.start !== at)) near.push(a);
    }
    if (near.length > 0 && nearAnchor(text, near, start, end)) hits.push({ rule: 'prose-secret', start, end });
  }
  return hits;
}

/**
 * The hits of keys near credential nouns and provider names in a text. The words the scan found are judged as anchors
 * first (each once); the values are then looked for in a window around each word (each character read once), only
 * where an anchor is near enough for a value of the window to be taken.
 */
export function proseNearHits(text: string): Hit[] {
  const found = anchorsOf(text);
  // A value is kept only with an anchor at most WINDOW characters from it (nearAnchor).
  if (found === null || found.anchors.length === 0) return [];
  const { starts, anchors } = found;
  const values: [number, number][] = [];
  let readTo = 0;
  for (const p of starts) {
    const [from, to] = windowAt(text, p, readTo);
    readTo = Math.max(readTo, to);
    // A window's values start in [from, to) and end at most LONGEST later: none has an anchor near it without one
    // starting in [from - WINDOW - ANCHOR_LONGEST, to + LONGEST + WINDOW] (each window is read on its own).
    const k = firstAtOrAfter(anchors, from - WINDOW - ANCHOR_LONGEST);
    if (k === anchors.length || anchors[k]! > to + LONGEST + WINDOW) continue;
    windowValues(text, from, to, values);
  }
  return values.length === 0 ? [] : valuesNearAnchors(text, found, values);
}

/**
 * A value that a name assigns (`"request_id": "…"`, `openai="…"`, `POSTHOG_KEY=…`, `github: …`): its name opens the
 * line, an object, a list or an argument, or is a log's `name=value` pair (`cache hit key=…`); the key-name and label
 * layers judge it.
 */
const ASSIGNED =
  /(?:^|[{,([]|\s[-*+]\s)[ \t]*["'`]?[\w.$@-]+["'`]?[ \t]*(?::=|=>|[:=])[ \t]*["'`]?$|[ \t][\w.$@-]+=["'`]?$/;
/**
 * A variable a declaration assigns (`const key = "…"`, `val key: String = "…"`), an element's attribute
 * (`<li key="…`).
 */
const DECLARED =
  /\b(?:const|let|var|val|final|auto|my|local|readonly)[ \t]+[\w$]+(?:[ \t]*:[ \t]*[\w.<>[\]|?]+)?[ \t]*:?=[ \t]*["'`]?$|<[A-Za-z][\w.-]*[ \t][^<>]*[\w:.-]=["'{]?$|<[A-Za-z][\w.-]*[ \t]+[\w:.-]+=["'{]?$/;
/** Words of git's: a hex value after one on its line is a commit. */
const GIT_WORDS = /\b(?:git|sha\d*|checkout|commit(?:s|ted)?|fixed|merged?|reverted|rebased?|cherry-picked|tagged)\b/i;
/** A markdown or ASCII table's row (tables.ts reads them by their header). */
const TABLE_ROW = /^[ \t]*[|│+]/;
/** After a value, what says it is a digest or an id (`<hex> is the sha256 of the file`, `<uuid> (request id)`). */
const NAMED_AFTER =
  /^["'`*]*[ \t]*(?:\(|,|is|was|are|were|=)?[ \t]*(?:the|an?|its|their)?[ \t]*(?:(?:sha\d*|md5|hash|digest|checksum|commit|revision|id|uuid|guid|fingerprint|etag|request|trace|build|run|job)(?:e?s)?)\b/i;

/** Whether a value at [start, end) is close enough to an anchor (the one that found it, or another on its line). */
function nearAnchor(text: string, anchors: Anchor[], start: number, end: number): boolean {
  const ls = lineStart(text, start, 60);
  const before = text.slice(ls, start);
  if (idNounBefore(before.slice(-40)) || ASSIGNED.test(before) || DECLARED.test(before)) return false;
  if (NAMED_AFTER.test(text.slice(end, end + 40))) return false;
  // Hex after a word of git's on its line (`git checkout <sha>`, `Git SHA for …: <sha>`, `fixed it in <sha>`); a
  // Twilio account's SID (`AC` and 32 hex digits: an id, its token is the secret).
  const v = text.slice(start, end);
  if ((/^[0-9a-f]+$/i.test(v) && GIT_WORDS.test(before)) || /^AC[0-9a-f]{32}$/.test(v)) return false;
  // A commit's hash opening its line before its subject (`git log --oneline`: `a94a8fe… Move SESSION_SECRET …`).
  if (/^(?:[0-9a-f]{7,12}|[0-9a-f]{40}|[0-9a-f]{64})$/.test(v) && start === ls && text[end] === ' ') return false;
  // A commit's full hash after its short one (a changelog's `- 7e7354b (<40 hex>): rotate secrets via vault`).
  if (/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(v) && /(?:^|[\s([])[0-9a-f]{7,12}[ \t]*[([]?$/.test(before)) return false;
  const row = lineStart(text, start, 240);
  if (TABLE_ROW.test(text.slice(row, start))) return false;
  // A line another reader judges (a bullet's label, a table's named column), a generator's output after its call.
  if (bulletValue(text, row, start, end) || namedColumn(text, row, start) || callOutput(text.slice(row, start)))
    return false;
  // An API id's prefix before it, a file name's words read as spaces (`openai_chatcmpl-<id>.json`, `msg <id>`).
  const prev = /([a-z]{2,9})[ \t_-]$/.exec(before);
  if (prev !== null && (isApiId(`${prev[1]}_`) || isApiId(`${prev[1]}-`))) return false;
  for (let k = 0; k < anchors.length; k++) {
    const a = anchors[k]!;
    if (a.start > end + WINDOW) break;
    if (a.end + WINDOW < start) continue;
    // A name inside the value (`deepseek-r1-distill-llama-70b`) is no anchor of it, nor a commit's subject (`10d8fe5
    // fix(auth): rotate keys …` below a digest: attack 59).
    if ((a.start < end && start < a.end) || commitLogAt(text, a.start)) continue;
    const comment = inComment(text, a.start);
    const n = a.end <= start ? wordsBetween(text, a.end, start, comment) : wordsBetween(text, end, a.start, comment);
    if (n >= 0 && n <= MAX_WORDS) return true;
    if (a.end <= start && introducedBelow(text, a.end, start, end)) return true;
  }
  return false;
}
