/**
 * Keys with no prefix and no key name beside them, found by a label a short way before them (issue 4 of the fifth
 * attack): a provider's or service's name, its domain or abbreviation (`Cohere`, `serper.dev`, `dd`, `CohereClient`,
 * `TOGETHER_KEY`), or a secret word (`token`, `creds`, `bearer`, `ключ`, `密钥`, `キー`); on the key's line within a
 * few words (across `=`, `:`, `→`, `—`, `is`, backticks, parentheses), or on a short line above a line that holds only
 * the value (a heading, `[cohere]`, `mistral:`, a REPL's input, a box's row, a call's open parenthesis). Or after it
 * (`\`…\` as the bearer`), or under a YAML anchor an alias of which a secret name takes.
 *
 * The candidates are runs of 32 to 100 token characters (runs.ts: a skip-ahead scan) shaped like a key: a UUID, 32+ hex
 * digits, or random-looking base62. Words that name ids, hashes and records (`commit`, `request`, `sha`) on the
 * key's line veto it.
 */
import { indexWithin, nearest } from './bounded.js';
import { inJwk } from './dumps.js';
import { GIVEN_CODE_PAIRS } from './code-names.js';
import { idAfterGap, idNounBefore, namesApart } from './id-nouns.js';
import { isRecordKey } from './record-keys.js';
import { namedCredential } from './credential-values.js';
import { inHexRun, LABEL, labelMayBeIn, labelStarts } from './label-words.js';
import { namedShape, readsAsCredential } from './learn-gate.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { dataLine, keyShaped, ownValue, siblingItems } from './label-values.js';
import { charSet } from './line-heads.js';
import { phraseHits } from './phrases.js';
import { idEntry, idUnderIdParent, keyAndQuoteBefore } from './provider-maps.js';
import { replInputReadsSecret } from './repl-echoes.js';
import { htmlHeaderAbove, tabHeaderAbove, tableHeaderAbove } from './row-gate.js';
import { subRuns } from './runs.js';
import { UUID_VALUE } from './shapes.js';

const MIN = 32;
/** The shortest key read on a line of its own under a label ending the line above (wrappedShortKey). */
const MIN_WRAPPED = 16;
const MAX = 100;
const TOKEN = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-');
/** Characters a key may not touch: a path's, a file name's, a URL's, an e-mail's, a digest's `sha256:`, `#`, `$`. */
const GLUED = new Set('/\\.@#$%&+~:='.split('').map((c) => c.charCodeAt(0)));

/** A character after a key that glues it to more (a sentence's `.` or `:` before a blank ends it). */
function gluedAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (!GLUED.has(c)) return false;
  if (c !== 46 && c !== 58) return true;
  const d = text.charCodeAt(end + 1);
  return !(Number.isNaN(d) || d === 32 || d === 10 || d === 13 || d === 9);
}
/** A quoted key-shaped value before another (`["<key>", "<key>"]`): one word of the gap. */
const QUOTED_KEY = /(["'])[A-Za-z0-9_-]{32,100}\1/g;
const SID_BEFORE = /(?:\bSID\b[ \t:]*)?\b[A-Z]{2}[0-9a-f]{32}\b/g;

/** After a secret word: a name for a count, an id or a place (`token_count`, `tokens`, `key_id`, `api_key_env`). */
const NOT_SECRET = /^(?:s\b|_?(?:id|ids|count|usage|budget|limit|type|url|name|file|path|env|source|len|length)\b)/i;
/** Words that make the value an id, a hash or a record's key. */
const ID_WORDS =
  /(?<![\p{L}\d])(?:ids?|uuids?|guids?|sha\d*|commits?|hash(?:es)?|digests?|checksums?|trace|span|requests?|req|runs|sessions?|builds?|version|revision|etag|orders?|records?|rows?|messages?|msg|threads?|conversations?|jobs?|tasks?|users?|accounts?|sid|uid|uids|org|projects?|metadata|resourceversion|sha\d*sum|md5sum|shasum|b2sum|cksum|models?|files?|objects?|blobs?|tree|tx|txn|transactions?|events?|batch|deployments?|instances?|nodes?|clusters?|pods?|containers?|images?|index|collections?|namespaces?|documents?|items?|invoices?|customers?|payments?|tickets?|issues?|cache|partition|primary|foreign|public|fingerprint|csrf|cursor|page|pagination|nonce|idempotency|continuation|checkpoint|snapshot|seed|salt|iv|checkout|cherry|revert|rebase|reset|merge|tags?|refs?|head|branch|pull|diff|patch|kty|kid|jwks?|modulus)(?![\p{L}\d])/iu;
/**
 * A camelCase name ending in an id's noun (`responseId`, `messageID`, `traceIds`, `blobSha256`): the noun glued to
 * the word before it. Only the last part counts: `buildConfigField`'s `build` names no id.
 */
const CAMEL_ID =
  /[a-z](?:Ids?|IDs?|Uuids?|UUIDs?|Guids?|GUIDs?|Hash|Sha\d*|SHA\d*|Digest|Checksum|Etag|ETag|Nonce)(?![a-z])/;
/**
 * Minified code's own short name given the value (`token=localStorage.getItem("token"),h="<sha256>"`: attack 44): the
 * label before it is another declaration's, and hex digits there a digest (a random key there is still read).
 */
const MINIFIED_NAME = /[,;{(][ \t]*[A-Za-z_$][\w$]?[ \t]*[:=][ \t]*["'`]$/;
/** Between a label and the key: at most five short words, numbers, quoted short arguments and punctuation. */
const GAP = /^(?:[^\p{L}\p{N}\n]{0,6}(?:\p{L}{1,14}|\d{1,3})){0,6}[^\p{L}\p{N}\n]{0,8}$/u;

/** After a provider's name, the rest of a model's (`-large-latest`, `-3-5-sonnet-20241022`, `/llama-3.3-70b`). */
const MODEL_AFTER =
  /^[-/:](?:\d|v\d|large|medium|small|tiny|mini|nano|latest|nemo|embed|chat|instruct|sonnet|opus|haiku|turbo|flash|pro|ultra|command|llama|mixtral|codestral|pixtral|ministral|magistral|devstral|saba|moderation|ocr|reasoner|coder|r1|v3|vision|realtime|preview|rerank|whisper|tts|dall|o\d|claude|gpt|gemini|gemma|grok|qwen|deepseek|phi|sonar|jamba|nova|titan|llama|command)/i;

/** The label's text is one: a weak name capitalised or written as code; not glued to letters of a longer word. */
function labelOk(text: string, m: RegExpExecArray): boolean {
  const g = m.groups!;
  const end = m.index + m[0].length;
  const after = text.charCodeAt(end);
  if (inHexRun(text, m.index, end)) return false;
  // Not a longer lower-case word (`Mistralx`), but camelCase (`MistralKey`) and `_`, `.`, `-` are fine.
  if (after >= 97 && after <= 122 && g.word === undefined) return false;
  // A model's name (`mistral-large-latest`, `claude-3-5-sonnet`, `gpt-4o`, `command-r-plus`) names no key.
  if (g.word === undefined && MODEL_AFTER.test(text.slice(end, end + 24))) return false;
  if (g.weak !== undefined) {
    const rest = text.slice(end, end + 24);
    if (/^(?:\.[A-Za-z_]\w*\(|\(|[ _-]?(?:ai|api|key|token)\b|\.(?:ai|dev|io|com|co)\b)/i.test(rest)) return true;
    // Capitalised, it must stand as a name: before punctuation or the end (`For Together, …`; not `Together we …`).
    if (!/^[A-Z]/.test(g.weak) || !/^[ \t]*(?:[:,)\]–—→=(|│]|->|$)/.test(rest)) return false;
  }
  if (g.word !== undefined) {
    if (NOT_SECRET.test(text.slice(end, end + 12)) && !/s$/i.test(g.word)) return false;
    if (/^tokens$/i.test(g.word)) return false;
  }
  return true;
}

/**
 * Whether a label ends in `before` (a line's text before a key) with only a short gap after it; a bare key aside. With
 * the key's value: not a gap that makes it an id (id-nouns.ts: `the token expired, see <sha>`).
 */
function labelBefore(before: string, strongOnly: boolean, value?: string, words = 6): boolean {
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(before); m !== null; m = LABEL.exec(before)) {
    if (!labelOk(before, m)) continue;
    if (strongOnly && m.groups!.word !== undefined && /^(?:keys|tokens?)$/i.test(m.groups!.word)) continue;
    const gap = before.slice(m.index + m[0].length);
    // Only a secret word's gap may make the value an id or an example: after a provider's name it is its key.
    const idGap =
      value !== undefined && m.groups!.word !== undefined && exampleGap(gap, value, before.slice(0, m.index));
    if ((words < 6 ? gapWords(gap) <= words : GAP.test(gap)) && !ID_WORDS.test(gap) && !idGap) return true;
  }
  return false;
}

/**
 * A gap after a label that makes the value an id (id-nouns.ts) or a call's example output (`the token helper:
 * \`generateToken(32)\` gives '…'`, `\`\`token_urlsafe(24)\`\` returns values like '…'`).
 */
const exampleGap = (gap: string, value: string, lead: string): boolean =>
  idAfterGap(gap, value, lead) ||
  (/^_(?:hex|urlsafe|bytes)[ \t]*\(|[A-Za-z_$][\w$.]*\([^()]{0,24}\)/.test(gap) &&
    !/\bor\b|\?\?|\|\||\bdefault/.test(gap));

/** A sentence's stop at a line's end (a count in parentheses after it). */
const SENTENCE_END = /(?<=[\p{L}\d)])[.!](?:[ \t]*\(\d{1,6}\))?[ \t]*\r?$/u;
/** The words of a short gap, or 99 when it is no gap (a line break, more than eight marks in a row). */
const gapWords = (gap: string): number => (GAP.test(gap) ? (gap.match(/[\p{L}\p{N}]+/gu) ?? []).length : 99);

/** A line that holds only the value: a list item's short label, a REPL's output, a box's borders, quotes. */
const VALUE_LINE =
  /^[ \t]*(?:[-*+•][ \t]+|\d{1,3}[.)][ \t]+)?(?:[│|┃][ \t]*)?(?:Out\[\d+\]:[ \t]*|=>[ \t]*)?(?:["']?[\p{L}][\p{L} \d_-]{0,16}["']?[ \t]*[:=：][ \t]*)?[`'"]?$/u;
const VALUE_TAIL = /^[`'"]?[,;]?[ \t]*(?:[│|┃][ \t]*)?\r?$/;
/** A line above a value that may name it: short, and not itself code that sets a value (ASSIGNS). */
const MAX_ABOVE = 100;
// (An assignment whose value opens on this line and goes on below, `api_key = """`, names the next line's value.)
const ASSIGNS =
  /^[ \t]*(?:(?:const|let|var|export|local)[ \t]+)?[A-Za-z_$][\w$.]*[ \t]*=[ \t]*(?!(?:"""|'''|["'`([{|>\\]|<<-?["']?\w*["']?)[ \t]*\r?$)[^\s=]/;

/**
 * The [start, end) of the (at most 4) non-blank lines above the key's line, nearest first (skipping fences and other
 * values); a line too long to hold only a label ends them (null).
 */
function linesAbove(text: string, lineStart: number): ([number, number] | null)[] {
  const out: ([number, number] | null)[] = [];
  let end = lineStart - 1;
  while (out.length < 4 && end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line: [number, number] = [start, end];
    end = start - 1;
    if (/^[ \t]*(?:```.*|~~~.*)?\r?$/.test(text.slice(...line))) continue;
    if (line[1] - line[0] > MAX_ABOVE) return [...out, null];
    out.push(line);
    // A name/value list's `name:` line (Azure Pipelines' `- name: X` then `value: …`) names the value below it alone.
    if (/^[ \t]*(?:- )?["']?(?:name|key)["']?:[ \t]*\S+\s*$/.test(text.slice(...line))) break;
  }
  return out;
}

const REPL_INPUT = /^[ \t]*(?:>>>|In \[\d+\]:)[ \t]+(.*)$/;

/** A label on one of the lines above the key's (linesAbove), unless a line nearer names ids. */
function labelAbove(text: string, lineStart: number): boolean {
  const lines = linesAbove(text, lineStart);
  // None can be read as a label (label-words.ts): their id words do not matter.
  if (!lines.some((l) => l !== null && labelMayBeIn(text, l[0], l[1]))) return false;
  const head = text.slice(lineStart, lineStart + 40);
  for (const l of lines) {
    if (l === null) return false;
    const line = text.slice(...l);
    if (siblingItems(line, head)) return false;
    // A REPL's input prints the value: it alone may name it (`>>> secrets.token_hex(16)` names an example's output).
    const input = REPL_INPUT.exec(line);
    if (input !== null) return replInputReadsSecret(input[1]!) && labelBefore(input[1]!, true);
    // A line of data (a base64 block's) above: the value is the next line of the same data, no label's; so is one
    // under a PEM block's armour (a certificate's first line: attack 58).
    if (dataLine(line) || /^[ \t]*-----(?:BEGIN|END) /.test(line)) return false;
    // Code that sets a value names its own (`password = input()`), not the next line's; so does a label with its value
    // after it (`My wifi passphrase: "…"`, `- grafana token: glsa_…` above a commit: attack 59).
    if (ASSIGNS.test(line) || ownValue(line) || ID_WORDS.test(line.replace(/[`'"]?[A-Za-z0-9_-]{32,}[`'"]?/g, '')))
      return false;
    // A sentence that goes on past its label to its stop (`Rotate your API keys every 90 days.`: attack 58) says
    // something of keys, and names no value below it (`Here is the new API key.` does).
    if (SENTENCE_END.test(line)) return labelBefore(line.replace(SENTENCE_END, ''), true, undefined, 1);
    if (labelBefore(line.replace(/[ \t:=([\]│|┃*#>\r-]+$/u, ''), true) || labelBefore(line, true)) return true;
  }
  return false;
}

/**
 * A value starting its line (after blanks, a quote's `>`, a list item's mark, `is`, `:` or markup), as prose wrapped
 * after a label.
 */
const WRAPPED_START = /^[ \t]*(?:>[ \t]*)*(?:[-*+•][ \t]+)?(?:(?:is|was|being|are)[ \t]+|[:=→][ \t]*)?[`'"*_]{0,2}$/u;

/**
 * A label ending the line just above (prose wrapped at 72 columns: `… the correct MISTRAL_API_KEY is` then the key and
 * more words), with no word naming ids on that line.
 */
function labelEndsLineAbove(text: string, lineStart: number): boolean {
  if (lineStart < 2) return false;
  const end = text.charCodeAt(lineStart - 2) === 13 ? lineStart - 2 : lineStart - 1;
  const start = Math.max(text.lastIndexOf('\n', end - 1) + 1, end - MAX_ABOVE);
  if (end - start < 3 || !labelMayBeIn(text, start, end)) return false;
  // A chat's speaker (`user: here's my groq key`) is no id word.
  const line = text.slice(start, end).replace(SPEAKER, '');
  if (dataLine(line) || siblingItems(line, text.slice(lineStart, lineStart + 40))) return false;
  const input = REPL_INPUT.exec(line);
  if (input !== null && !replInputReadsSecret(input[1]!)) return false;
  // A line that ends with a quoted word ends with a value (`token_type = "bearer"`), not with a label; one that opens
  // with a hash is a row of a list of them (`git log`'s `<sha> fix: rename token counter`), its words a message's.
  if (/["'][ \t]*,?[ \t]*$/.test(line) || /^[ \t]*[0-9a-f]{7,64}[ \t]/.test(line)) return false;
  // A name with its value (`secret_name: db-creds-gzmfv`) ends with the value, no label (attack 57).
  if (/^[ \t]*[\w.-]{1,64}[ \t]*[:=][ \t]*[^\s:=]+[ \t]*$/.test(line)) return false;
  return !ID_WORDS.test(line) && labelBefore(line.replace(/^[ \t]*(?:>[ \t]*)*/, ''), false);
}

/**
 * A line that may end with a label for the next line's short key: prose (blanks inside) or one word ending with a
 * colon (`**Token:**`), or a name and `=` whose value is on the next line; not an assignment (`export
 * GITHUB_TOKEN=ghp_`), a section (`[sendgrid]`) or one identifier.
 */
const labelLine = (line: string): boolean =>
  !/=(?!>?[ \t]*$)/.test(line) && (/\s/.test(line) || /[:=][*_>]*$/.test(line));

/** The last line before `lineStart` that is not blank (at most two blank lines up), trimmed. */
function lineAbove(text: string, lineStart: number): string {
  let end = lineStart - 1;
  for (let n = 0; n < 3 && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line !== '') return line;
    end = start - 1;
  }
  return '';
}

/** Whether a line starts at most 12 characters before `start` (the lines wrappedShortKey reads). */
function nearLineStart(text: string, start: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - 13); i--) if (text.charCodeAt(i) === 10) return true;
  return start <= 12;
}

/**
 * The keys shorter than MIN (wrappedShortKey) on the line after one a label ends: found from the labels' positions in
 * the shared literal scan (label-words.ts), each read only when its line ends within MAX_ABOVE characters.
 */
function wrappedShortHits(text: string, hits: Hit[]): void {
  let nl = -1;
  for (const at of labelStarts(text) ?? []) {
    if (at <= nl) continue;
    // One search per line: the labels after the first on a line are past it once read.
    nl = text.indexOf('\n', at);
    if (nl === -1) return;
    if (nl - at > MAX_ABOVE || !labelLine(text.slice(text.lastIndexOf('\n', at) + 1, nl).trim())) continue;
    // The next line that is not blank, its first token after at most 12 characters of quotes, marks and blanks.
    let start = nl + 1;
    while (start < text.length && start <= nl + 3 && /[ \t\r\n]/.test(text[start]!)) start++;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    while (start < lineStart + 12 && start < text.length && !TOKEN[text.charCodeAt(start)]) start++;
    let end = start;
    while (end < text.length && end - start <= MAX && TOKEN[text.charCodeAt(end)]) end++;
    if (end - start < MIN_WRAPPED || end - start >= MIN || GLUED.has(text.charCodeAt(start - 1))) continue;
    if (gluedAfter(text, end) || !wrappedShortKey(text, start, end, text.slice(start, end))) continue;
    hits.push({ rule: 'labelled-secret', start, end });
  }
}

/**
 * A key shorter than MIN or holding `-`/`_` (16 to 100 characters with letters and digits, random: learn-gate.ts) on a
 * line of its own or starting it, under a label ending the line above (`**Token:**`, `the new Mistral API key is`).
 */
function wrappedShortKey(text: string, start: number, end: number, v: string): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > 12 || !/\d/.test(v) || !/[A-Za-z]/.test(v) || lineStart < 2) return false;
  if (!labelLine(lineAbove(text, lineStart))) return false;
  const before = text.slice(lineStart, start);
  const lineEnd = text.includes('\n', end) ? text.indexOf('\n', end) : text.length;
  const labelled =
    (WRAPPED_START.test(before) && labelEndsLineAbove(text, lineStart)) ||
    (VALUE_LINE.test(before) && VALUE_TAIL.test(text.slice(end, lineEnd)) && labelAbove(text, lineStart));
  return labelled && readsAsCredential(v);
}

const SPEAKER = /^[ \t]*(?:user|human|assistant)[ \t]*:/i;

/** A table row (Markdown, grid, box, HTML, TSV) under a header naming ids or hashes (`| Provider | Request id |`). */
function idColumn(text: string, lineStart: number, start: number): boolean {
  // The cell's own row, up to 256 characters before the value (a longer line is read in one pass, not once a value).
  const before = text.slice(Math.max(lineStart, start - 256), start);
  if (/[|\u2502\u2503\u2551]/.test(before)) return ID_WORDS.test(namesApart(tableHeaderAbove(text, lineStart)));
  // An HTML row under `<th>` headers, a tab-separated row under a header line.
  if (/<td/i.test(before)) return ID_WORDS.test(namesApart(htmlHeaderAbove(text, lineStart)));
  return before.includes('\t') && ID_WORDS.test(namesApart(tabHeaderAbove(text, lineStart)));
}

/** After the key: `… as the bearer`, `… is my token`. */
const WORD_AFTER =
  /^[`'")]*[ \t]+(?:(?:as|is|was|for)[ \t]+)?(?:(?:the|my|our|your|a|an)[ \t]+)?(?:bearer|api[ _-]?key|token|secret|password|credential)s?\b/i;

/** A YAML anchor on the value (`&co KEY`) an alias of which (`*co`) a secret name takes later. */
function anchoredSecret(text: string, before: string, end: number): boolean {
  const a = /&([\w-]{1,40})[ \t]+["']?$/.exec(before);
  if (a === null) return false;
  const alias = new RegExp(`(?:key|token|secret|password)\\w*["']?[ \\t]*:[ \\t]*\\*${a[1]}(?![\\w-])`, 'i');
  return alias.test(text.slice(end, end + 8192));
}

function nearHits(text: string): Hit[] {
  const hits: Hit[] = [];
  const next = subRuns(text, MIN, TOKEN);
  // The runs come in order: the line breaks before them are found in one read of the text (searched back from each, a
  // line of key-shaped runs was quadratic: a 512 KiB line of base58 keys took 11 s).
  const breaks = nearest(text, '\n');
  for (let r = next(0); r !== null; r = next(r[1] + 1)) {
    const [start, end] = r;
    if (ablyKey(text, start, end)) {
      hits.push({ rule: 'ably-api-key', start: start - 14, end });
      continue;
    }
    if (end - start > MAX || GLUED.has(text.charCodeAt(start - 1)) || gluedAfter(text, end)) continue;
    const v = text.slice(start, end);
    if (!keyShaped(v)) {
      if (nearLineStart(text, start) && wrappedShortKey(text, start, end, v))
        hits.push({ rule: 'labelled-secret', start, end });
      continue;
    }
    const lineStart = breaks.before(start - 1) + 1;
    // A Twilio SID (a public id) before its auth token says nothing of the token (`SID AC… / <token>`).
    // A label in an object closed before the value is another record's (`[{"provider": "openai"}, {"key": "…"}]`).
    const from = Math.max(lineStart, start - 80);
    const near = text.slice(from, start);
    const cut = near.slice(near.lastIndexOf('}') + 1).replace(SID_BEFORE, ' ');
    const before = cut.replace(QUOTED_KEY, '').replace(GIVEN_CODE_PAIRS, ' ');
    // Read for a label where one may be (label-words.ts); a quoted key dropped from the gap may join the letters around
    // it into one.
    const mayLabel = labelMayBeIn(text, from, start) || before.length !== cut.length;
    const lineEnd = indexWithin(text, 10, end, 40);
    const after = text.slice(end, lineEnd === -1 ? end + 40 : lineEnd);
    const found =
      (mayLabel && labelBefore(before, false, v)) ||
      WORD_AFTER.test(after) ||
      (VALUE_LINE.test(before) && VALUE_TAIL.test(after) && labelAbove(text, lineStart)) ||
      (WRAPPED_START.test(before) && labelEndsLineAbove(text, lineStart)) ||
      anchoredSecret(text, before, end);
    // The vetoes, read only where a label was found (each test is pure: the order changes no hit, and most runs have
    // no label; the map search before a value read 2,000 characters for each hash and id). Names are read apart
    // (`messageId`).
    if (
      !found ||
      ID_WORDS.test(before) ||
      (MINIFIED_NAME.test(before) && /^[0-9a-f]+$/.test(v)) ||
      CAMEL_ID.test(before) ||
      idNounBefore(before) ||
      idColumn(text, lineStart, start) ||
      inJwk(text, start, end)
    )
      continue;
    // A UUID or hash in a map of results, responses or checksums keyed by provider, an API's id of a response or an
    // organisation (attack8 FP-2).
    const key = keyAndQuoteBefore(text, start);
    if (idUnderIdParent(text, start, v) || namedShape(v) || (key !== null && idEntry(key[0], v))) continue;
    // A cache's or a variable's `key` (record-keys.ts).
    if (UUID_VALUE.test(v) && isRecordKey(text, lineStart, text.slice(lineStart, start))) continue;
    hits.push({ rule: 'labelled-secret', start, end });
  }
  wrappedShortHits(text, hits);
  // (Not a lockfile's or a page's integrity, `sha384-…`: attack 58.)
  const all = [...hits, ...phraseHits(text)].filter((h) => !INTEGRITY_VALUE.test(text.slice(h.start, h.end)));
  return all.sort((a, b) => a.start - b.start);
}

/** An Ably key, `<appId>.<keyId>:<secret>` (6, 6 and about 43 characters): the run is its secret. */
function ablyKey(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 58 || end - start < 40 || end - start > 50) return false;
  const head = text.slice(Math.max(0, start - 15), start - 1);
  return /(?:^|[^\w.-])[\w-]{6}\.[\w-]{6}$/.test(head) && namedCredential(text.slice(start, end));
}

const INTEGRITY_VALUE = /^(?:sha(?:1|256|384|512)|md5)-[A-Za-z0-9+/]+={0,2}$/;

/** The pass of keys labelled a short way before them (see the file's comment). */
export function nearLabelPass(): Pass {
  return runPass(nearHits);
}
