/**
 * A value on the line(s) after its label (round 22, issue 11): a heading, a bold line, a sentence, a chat turn, a
 * comment (`#`, `//`, `--`), a diff's added line or a quoted e-mail line that names a key, token, password or
 * credentials (`### Anthropic credentials`, `**Stripe secret key:**`, `Here is the staging token:`), or a secret
 * name with `=`/`:` and nothing after it (an INI or `.properties` continuation), then, after at most two blank lines,
 * the value alone: in a fenced block (``` or ~~~, any info string) of one line, indented, or alone on the next line
 * under the same diff, quote or comment mark; an HTML line's `<br>` ends a line too. The label's words must end the
 * label (`token usage:`, `key id:` name no secret) and name no id or hash; the value must read as a credential
 * (namedCredential, readsAsCredential, a password: passwordValue) and be no name, placeholder, URL or code. A label
 * split over two quoted lines is read joined. Found from the shared literal scan; each label line and the few lines
 * after it are read with bounded searches (a line longer than LINE is no label's), so the pass stays linear.
 */
import { identifierLike } from './benign.js';
import { namedCredential } from './credential-values.js';
import { namedShape, readsAsCredential } from './learn-gate.js';
import { lastIndexWithin, indexWithin } from './bounded.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { passwordValue } from './prose-values.js';
import { hyphenPhrase, wholePhrase } from './phrase-values.js';
import { PASSPHRASE_RULE } from './passphrases.js';

const WORDS = ['key', 'token', 'passw', 'passwd', 'secret', 'credential', 'pwd'];
const starts =
  literalScan(WORDS) ??
  ((text: string): number[] => [...text.matchAll(new RegExp(WORDS.join('|'), 'gi'))].map((m) => m.index));

/** The longest line read as a label or a value. */
const LINE = 200;
/** A line's marks: a diff's `+`, quotes' `>`, then a comment's or a heading's mark, a bullet, a chat's speaker. */
const MARKS =
  /^(?<diff>\+(?!\+))?[ \t]*(?<quote>(?:>[ \t]?)+)?[ \t]*(?:(?<comment>\/\/|--|#(?!#))|#{2,6}|[-*•][ \t])?[ \t]*(?:(?:user|human|me)[ \t]*:[ \t]*)?/i;
/**
 * A label's end: bold, a colon, a closing tag, `<br>`, a backslash. Blank runs are taken whole (a lookahead's capture,
 * then its backreference) and start after a non-blank: five optional runs side by side split a run every way, and
 * `x,secret`, 64 blanks and `,` took 1.3 s of CPU (128 blanks: minutes).
 */
const B = (n: number): string => String.raw`(?=(?<b${n}>[ \t]*))\k<b${n}>`;
const END = String.raw`(?:\*\*|__|<\/(?:b|strong)>)?`;
const LABEL_END = new RegExp(String.raw`(?<![ \t])${B(0)}${END}${B(1)}[:：]?${B(2)}${END}${B(3)}\\?${B(4)}$`, 'i');
/** A secret noun, then at most four words (`for staging`, `(rotated)`, `is`). */
const NOUN =
  /(?:^|[\s*_(])(?:api[ _-]?keys?|keys?|tokens?|passwords?|passwd|passphrases?|secrets?|credentials?|pwd|pat)(?<rest>(?:[ \t]+(?:\([^()]{0,30}\)|[\p{L}\d.'’-]{1,24})){0,4})$/iu;
/** A name of a secret with `=` or `:` and no value (`token =`, `db.password = \`). */
const NAME_LABEL =
  /^["']?(?:[A-Za-z_][\w.-]{0,63})?(?:key|token|passw(?:or)?d|secret|pwd|credentials?)["']?[ \t]*[:=][ \t]*\\?$/i;
/** Words that make a label no secret's (an id, a hash, a count, an example) or the noun a compound's. */
const NOT_SECRET =
  /(?<![\p{L}\d])(?:ids?|identifiers?|serial|modulus|exponent|uuid|hash|checksum|commit|sha\d*|digest|fingerprint|request|trace|public|cache|sort|primary|foreign|partition|idempotency|lookup|dedupe?|routing|shard|composite|unique|index|row|react|object|bucket|host|gpg|pgp|example|sample|dummy|fake|placeholder|format|names?|variables?|usage|count|limit|expir\p{L}*|rotation|header|endpoint|urls?|scopes?|type|length|file|path)(?![\p{L}\d])/iu;
/**
 * After the noun: a sentence going on (`is valid`), or a compound's noun (`token refresh fix`, `key rotation`), a
 * keyboard's key (`Add non-alphanumeric key mapping`, `key bindings`: attack 42).
 */
const REST =
  /^[ \t]+(?:(?:is|was|are)[ \t]+\S|(?:refresh|rotation|reset|expiry|bug|fix|issue|error|handling|logic|flow|support|validation|manager|store|service|policy|strength|rules?|leak|check|helper|(?:mapping|binding|map|press|stroke|event|shortcut|combo|code)s?)\b)/i;
/** Code in a label: an assignment, a call, braces, a statement's end, backticks. */
const CODE = /[=;{}`$]|\w\(/;

/**
 * What opens a line before its text: the fields a JSON object or a Python dict opens before a string value
 * (`{"meta": {"question": "`, `{'task': '`), a log's clock (`[10:15:00] `, MassGen's system_status.txt).
 */
const FIELD_OPEN = /^(?:(?:[ \t]*[{[,]?[ \t]*["'][\w.$-]{1,64}["'][ \t]*:)+[ \t]*["']|\[\d\d:\d\d:\d\d\][ \t]+)/;
/**
 * A chat transcript's turn: a clock, then a speaker (`[10:42] alice: what is the okta key for prod?`); the answer's
 * turn holds the value (`[10:43] bob: 00IC…`: attack 45).
 */
const CHAT_TURN = /^\[\d\d?:\d\d(?::\d\d)?\][ \t]*[A-Za-z][\w.-]{0,20}:[ \t]+/;
/** A question that asks for a secret (`what is the okta key for prod?`): read as its label without the `?`. */
const ASKS = /^(?:what(?:'s| is| are)|where(?:'s| is)|which|can|could|do|does|is there)\b[^?]*\?$/i;

/** A fence's line: ``` or ~~~ and an info string. */
const FENCE = /^[ \t]{0,3}(```|~~~)[ \t]*[\w.+-]{0,16}[ \t]*$/;
/**
 * A value line: blanks (or a definition list's `: `), the value (no blank inside, or a passphrase's words), blanks,
 * maybe `<br>`.
 */
const VALUE =
  /^([ \t]*(?::[ \t]+)?)(\S{8,200}?|[A-Za-z0-9][\w'’]{0,15}(?: [\w'’]{1,16}){3,7}[!?.]?)[ \t]*(?:<br[ \t]*\/?>.*)?$/i;

interface Marks {
  diff: boolean;
  quote: boolean;
  comment: string | undefined;
  /** The label is a chat turn: the value's line is one too (CHAT_TURN), its speaker's part left out. */
  chat?: boolean;
}

/** The [start, end) of the line holding `at` (no `\r`), or null when longer than LINE. */
function lineAt(text: string, at: number): [number, number] | null {
  const nl = lastIndexWithin(text, 10, at - 1, LINE);
  if (nl === -1 && at > LINE) return null;
  let end = indexWithin(text, 10, at, LINE);
  if (end === -1) {
    if (text.length - at > LINE) return null;
    end = text.length;
  }
  const start = nl + 1;
  if (end - start > LINE) return null;
  return [start, text.charCodeAt(end - 1) === 13 ? end - 1 : end];
}

/** The line after the one ending at `end`, or null. */
function lineAfter(text: string, end: number): [number, number] | null {
  const nl = indexWithin(text, 10, end, 1);
  return nl === -1 ? null : lineAt(text, nl + 1);
}

/** A line's text after the label's marks (null when a required mark is missing), and where that text starts. */
function unmark(line: string, m: Marks): [string, number] | null {
  let i = 0;
  if (m.diff) {
    if (line[0] !== '+') return null;
    i = 1;
  }
  if (m.quote) {
    const q = /^[ \t]*(?:>[ \t]?)+/.exec(line.slice(i));
    if (q === null) return null;
    i += q[0].length;
  }
  if (m.comment !== undefined) {
    const c = new RegExp(`^[ \\t]*${m.comment === '//' ? '\\/\\/' : m.comment}`).exec(line.slice(i));
    if (c !== null) i += c[0].length;
  }
  return [line.slice(i), i];
}

/** Whether a line's label text names a secret (the noun ends it; no id, no code; one short sentence). */
function labelText(body: string): boolean {
  // PEM and OpenVPN armour (`-----BEGIN OpenVPN Static key V1-----`) is its block's, read whole by the block rules.
  if (body.includes('-----')) return false;
  // A commit of a one-line log (`44021c6 Add non-alphanumeric key mapping`): the next line is the next commit's.
  if (/^[0-9a-f]{7,40}[ \t]/.test(body)) return false;
  const t = body
    .replace(/<\/?[a-z][\w-]{0,12}(?:[ \t][^<>]{0,60})?\/?>/gi, '')
    .replace(LABEL_END, '')
    .replace(/^.*[.!?][ \t]+(?=\S)/, '')
    .replace(ASKS, (q) => q.slice(0, -1));
  if (t.length < 3 || t.length > 120 || t.split(/\s+/).length > 12) return false;
  if (NAME_LABEL.test(body.trim())) return true;
  // One run of characters with no blank (a line of base64 ending in `…/Key`) is no label.
  if (!/\s/.test(t) && t.length > 24) return false;
  if (CODE.test(t) || /["<>[\]|/\\]/.test(t)) return false;
  const n = NOUN.exec(t);
  return n !== null && !NOT_SECRET.test(t) && !REST.test(n.groups!.rest!);
}

/** A placeholder, a variable's or a model's name, a URL, code or words: no value. */
const NOT_VALUE =
  /^[<[{(]|[<>]|\.\.\.|:\/\/|x{6}|your|example|placeholder|here|changeme|redacted|\$\{|[()[\]{}]|^["'`]|["'`]$/i;
/** A dotted path of code (`config.api.key`, `settings.SECRET_KEY`). */
const DOTTED = /^[A-Za-z_$][\w$]*(?:\.[\w$]+)+$/;

/**
 * Whether the case-split parts of a value read as a name's words: at most one part of two or more letters without a
 * vowel (`HTTP` of `HTTPServerUrl`) and at most two in capitals (acronyms). Random letters have several of both
 * (`Tk`, `AD`, `UT`, `MY`, `ZIMLUC` of `TkADBobvzTXebUT5Napqv0MYWubx3ZIMLUCIyXac`).
 */
function wordParts(v: string): boolean {
  // An environment variable's name in a path (`process.env.OPENAI_API_KEY_2`) is a name whatever its capitals.
  const named = v
    .split('.')
    .filter((s) => !/^[A-Z][A-Z0-9_]*$/.test(s))
    .join('.');
  const parts = named.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g) ?? [];
  const vowelless = parts.filter((p) => p.length >= 2 && !/[aeiouy]/i.test(p)).length;
  return vowelless < 2 && parts.filter((p) => /^[A-Z]+$/.test(p)).length < 3;
}

/** A variable's name, alone or assigned (`OPENAI_API_KEY`, `server.port=8080`): one case, no value's mix. */
const NAME = /^[A-Z][A-Z0-9_]*$|^(?:[a-z_][a-z\d_.-]{3,}|[A-Z_][A-Z\d_.]{3,})=\S/;

/** Whether the value reads as a secret: a credential's random letters and digits, or a password. */
function secretValue(v: string): boolean {
  // A diceware passphrase, of words and blanks or joined by `-` (round 29).
  if (v.includes(' ')) return wholePhrase(v);
  if (hyphenPhrase(v)) return true;
  // Shorter than a key: a person's password only (`Mead$29cop!`), not a path (`C:\Tools\Bin2`).
  if (v.length < 16)
    return !NOT_VALUE.test(v) && !NAME.test(v) && !/[/\\]/.test(v) && passwordValue(v) && mixedPassword(v, 8);
  if (NOT_VALUE.test(v) || NAME.test(v)) return false;
  // A dotted path of names, not one whose part reads as random (`IuddDc3xXBQdmFeMZoFDEe5K.uAlQct.XfRB…`).
  if (DOTTED.test(v) && wordParts(v)) return false;
  if (/^[0-9a-f]{32,64}$/i.test(v)) return /[a-f]/i.test(v) && /\d/.test(v);
  if (namedShape(v) && !/\d.*[A-Z]|[A-Z].*\d/.test(v)) return false;
  // A camelCase name of words (`getTokenFromKeychain`): words hold about 4 in 10 of their letters as vowels. A symbol
  // no name holds (`Torch@142-violet`, `maple#77Falcon`) makes it a person's password.
  if (
    /^[\w.-]+$/.test(v) &&
    identifierLike(v) &&
    wordParts(v) &&
    (v.match(/[aeiou]/gi) ?? []).length / Math.max(1, (v.match(/[a-z]/gi) ?? []).length) >= 0.25
  )
    return false;
  return namedCredential(v) || readsAsCredential(v) || passwordValue(v) || mixedPassword(v);
}

/**
 * A password of letters of both cases, digits and symbols (`dVXsWUibh=AEy*A%t&1r`, `ZL6%MUcU&-5JLBKO$O7e`) the
 * judges above refuse for its `=` or `$`: 16 or more characters, all four classes, 10 or more distinct ones; no
 * variable (`$HOME`), path or format.
 */
function mixedPassword(v: string, distinct = 10): boolean {
  if (/^[$~.]|^\/|%[sd]\b|\$[({]/.test(v) || new Set(v).size < distinct) return false;
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].every((c) => c.test(v));
}

/** The next line after `end` that is not blank once unmarked, within two blank lines: its [start, end). */
function nextFilled(text: string, end: number, m: Marks, blanks: number): [number, number] | null {
  let at = end;
  for (let n = 0; n <= blanks; n++) {
    const line = lineAfter(text, at);
    if (line === null) return null;
    const body = unmark(text.slice(...line), m);
    if (body === null) return null;
    if (body[0].trim() !== '') return line;
    at = line[1];
  }
  return null;
}

/** The value's piece(s): [start, end), then the [start, end) of its tail wrapped onto the next line. */
type Span = [number, number] | [number, number, number, number];

/** The value of the line `[ls, le)` (a lone token after its marks), with its tail when wrapped (wrappedTail). */
function valueOf(text: string, ls: number, le: number, m: Marks, wraps = false): Span | null {
  const body = unmark(text.slice(ls, le), m);
  if (body === null) return null;
  // A reply's speaker left out; a line that is no turn (system_status.txt's `[10:15:00] Question: my api token`,
  // then the value alone) is read whole.
  const turn = m.chat ? (CHAT_TURN.exec(body[0])?.[0].length ?? 0) : 0;
  const v = VALUE.exec(body[0].slice(turn));
  if (v === null) return null;
  // A value in a code span (`` `00ZS…` `` under `**OKTA_API_TOKEN**`: attack 45) is the span's text.
  const span = /^`[^`\s]{8,}`$/.test(v[2]!) ? 1 : 0;
  const start = ls + body[1] + turn + v[1]!.length + span;
  const end = start + v[2]!.length - 2 * span;
  const tail = wraps && end === le && le - ls >= WRAP ? wrappedTail(text, le, m) : null;
  return tail === null ? [start, end] : [start, end, ...tail];
}

/** The width from which a quoted, commented or added line holding a value was wrapped by a mail client or an editor. */
const WRAP = 60;

/** The next line under the same marks holding one short token only: a wrapped value's tail. */
function wrappedTail(text: string, le: number, m: Marks): [number, number] | null {
  if (!(m.quote || m.diff || m.comment !== undefined)) return null;
  const next = lineAfter(text, le);
  const body = next === null ? null : unmark(text.slice(...next), m);
  const t = body === null ? null : /^[ \t]*([^\s<>]{1,64})[ \t]*$/.exec(body[0]);
  if (t === null || /^[\p{L}]+[.,!?:]?$/u.test(t[1]!)) return null;
  const start = next![0] + body![1] + t[0].indexOf(t[1]!);
  return [start, start + t[1]!.length];
}

/** After a label ending at `end` (a line break or a `<br>`): the value's [start, end), or null. */
function valueAfter(text: string, end: number, m: Marks): Span | null {
  const line = nextFilled(text, end, m, 2);
  if (line === null) return null;
  const body = unmark(text.slice(...line), m)![0];
  if (body.includes('-----')) return null;
  const fence = FENCE.exec(body);
  if (fence === null) return valueOf(text, line[0], line[1], m, true);
  const inner = lineAfter(text, line[1]);
  const close = inner === null ? null : lineAfter(text, inner[1]);
  if (inner === null || close === null || unmark(text.slice(...close), m)?.[0].trim() !== fence[1]) return null;
  return valueOf(text, inner[0], inner[1], m);
}

function nextLineHits(text: string): Hit[] {
  const hits: Hit[] = [];
  let after = -1;
  for (const at of starts(text)) {
    if (at < after) continue;
    const line = lineAt(text, at);
    if (line === null) {
      after = at + LINE;
      continue;
    }
    after = line[1];
    const hit = labelled(text, line, at);
    if (hit === null) continue;
    const [start, end, tailStart, tailEnd] = hit;
    const tail = tailStart === undefined ? '' : text.slice(tailStart, tailEnd);
    // A data URL (an image, a font) is what its media type says (attack 57: after `invalid api token`).
    if (/^data:[\w.+-]+\/[\w.+-]+[;,]/.test(text.slice(start, end)) || !secretValue(text.slice(start, end) + tail))
      continue;
    // A passphrase's words are kept as words by the filters of labelled values (hits.ts): it is named as one.
    const words = text.slice(start, end);
    hits.push({ rule: words.includes(' ') || hyphenPhrase(words) ? PASSPHRASE_RULE : 'next-line-secret', start, end });
    if (tailStart !== undefined) hits.push({ rule: 'next-line-secret', start: tailStart, end: tailEnd! });
    after = tailEnd ?? end;
  }
  return hits;
}

/** The value a label on `line` (holding a secret word at `at`) is for, or null. */
function labelled(text: string, line: [number, number], at: number): Span | null {
  const s = text.slice(...line);
  const marks = MARKS.exec(s)!;
  const m: Marks = { diff: !!marks.groups!.diff, quote: !!marks.groups!.quote, comment: marks.groups!.comment };
  // A JSON or Python string's first line (`{"meta": {"question": "Here is my key:`, its `\\n` read as a break by the
  // view): the label is the string's text, after the fields that open it.
  const chat = CHAT_TURN.exec(s.slice(marks[0].length));
  if (chat !== null) m.chat = true;
  const from = marks[0].length + ((chat ?? FIELD_OPEN.exec(s.slice(marks[0].length)))?.[0].length ?? 0);
  let body = s.slice(from);
  // An HTML line: the label ends at a `<br>` after the word; the value follows it, on this line or the next.
  const wordAt = Math.max(from, at - line[0]);
  const br = /<br[ \t]*\/?>/i.exec(s.slice(wordAt));
  const end = line[1];
  if (br !== null) {
    const cut = wordAt + br.index;
    body = s.slice(from, cut);
    const rest = s.slice(cut + br[0].length);
    if (rest.trim() !== '') {
      const v = VALUE.exec(rest);
      if (v === null || !labelText(body)) return null;
      const start = line[0] + cut + br[0].length + v[1]!.length;
      return [start, start + v[2]!.length];
    }
  }
  const own = labelText(body) ? valueAfter(text, end, m) : null;
  // A label cut over two quoted or commented lines: this line's end and the next (a few words and a colon).
  if (own !== null || !(m.quote || m.comment !== undefined) || !NOUN.test(body.replace(LABEL_END, ''))) return own;
  const next = lineAfter(text, line[1]);
  const tail = next === null ? null : unmark(text.slice(...next), m);
  if (next === null || tail === null || !/^[ \t]*[\p{L}\d ]{1,40}:[ \t]*$/u.test(tail[0])) return null;
  return labelText(`${body} ${tail[0].trim()}`) ? valueAfter(text, next[1], m) : null;
}

/** The pass of values on the line(s) after their label (see the file's comment). */
export function nextLinePass(): Pass {
  return runPass(nextLineHits);
}
