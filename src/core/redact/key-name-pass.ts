/**
 * The key-name pass: the lines (or, in a long line, the windows) its finder points at are read
 * by the plain key-name regex, by the format regex where a format may be (formats.ts), and by
 * the command regex where a command option may be; a YAML block scalar header reads the lines
 * below it.
 */
import { isRecordKey } from './record-keys.js';
import {
  ASSIGN_FORMAT_HINT,
  ASSIGN_FORMAT_SOURCE,
  blockScalarHit,
  COMMAND_FINDER,
  COMMAND_OPTIONS,
  COMMAND_FORMAT_SOURCE,
  COMMAND_FORMAT_SOURCE_NO_COOKIE,
  COOKIE_WORD,
  COMMAND_HINT,
  ENV_SEPARATOR,
  resolveFormat,
  type BlockScalar,
} from './formats.js';
import { PROSE_SEPARATOR, proseHits } from './context.js';
import { credentialLike } from './credential-values.js';
import { isPasswordWordHit, PASSWORD_COLON, PASSWORD_WORD_END, prosePasswordHits } from './prose-passwords.js';
import { altFinder } from './alt-finder.js';
import { KEY_REST_STARTS } from './key-finder-rest.js';
import { leadingStrings } from './leading.js';
import { PLACEMENT_WORDS } from './placements.js';
import { callArgHits } from './call-args.js';
import { callVariable, className } from './code-names.js';
import { generatedRun, generatedValue } from './generated-runs.js';
import { DEFINE_BLANKS, judgeAssignment, KEY_NAME_SOURCE } from './key-names.js';
import { pointedString } from './pointers.js';
import { shortPasswordHits } from './short-password-hits.js';
import { valueByPlace } from './key-value-places.js';
import type { Hit, Pass } from './pass.js';
import { startsToken } from './rules.js';
import { settingPath, UUID_VALUE } from './shapes.js';

/**
 * After a name, where a call or subscript gives its value (call-args.ts): an argument followed by another
 * (`("X_API_KEY",`, `(ctx, "api_token",`, `:api_key,`, `(AUTHORIZATION,`, a name alone on its line in a call split
 * over lines), Ruby's `ENV.fetch("X") {`, keyring's `set_password(`, a token's setter (`.bearer_auth(`,
 * `withToken(`, `SetAuthToken(`) and a cookie setter (`Cookies.set(`, `cookies[`). The finder's last alternative: a
 * name found by it alone is read by call-args.ts alone, not by the line regexes.
 */
const CALL_SEPARATOR = [
  `\\\\?["'\`][ \\t]*,(?<=(?:[(,[]\\s*|(?:^|\\n)[ \\t]*)[A-Za-z]?\\\\?["'\`][A-Za-z0-9_.:/-]{1,64}\\\\?["'\`][ \\t]*,)`,
  `[ \\t]*,(?<=(?:[(,[]\\s*|[ \\t]):[A-Za-z0-9_]{1,64}[ \\t]*,)`,
  `[ \\t]*,(?<=[(,]\\s*(?:[A-Za-z_]\\w*(?:\\.|::)){0,3}authorization[ \\t]*,)`,
  `\\\\?["']\\)[ \\t]*(?:\\{|do\\b)`,
  `\\((?<=(?:set_password|bearer_?auth|withtoken|setauthtoken)\\()`,
  `[ \\t]*[([](?<=cookies?(?:\\.\\w{1,12})?[ \\t]*[([])`,
].join('|');

/**
 * Secret-ish stems of key names (generic.ts; `tok`, `tkn`, `sk`, `pat` and `pin` as whole last words: key-names.ts's
 * WEAK_LAST), followed by the rest of the name (not a counter or reference ending, which would send every
 * `token_usage:` line to the full regex), before
 * `:`, `=`, `"] =` and `",` (`os.environ["X"] = …`, `getenv("X", …)`), `|` and `>` (tables,
 * XML), a ` value=` (.NET) or two spaces (column output); and flags. The rest of the name is
 * taken whole (`(?=(…))\\1`, an atomic group) so the exclusion is checked once, not per length.
 * A `${VAR}` placeholder as the whole value (MassGen configs are full of `api_key: ${X_API_KEY}`)
 * sends no line to the regexes: it would be kept anyway.
 */
const KEY_STEM =
  `(?:key(?!s\\b(?!\\[))|tok(?:en(?!s\\b(?!\\[))|(?![a-z0-9]))|tkn(?![a-z0-9])|sk(?![a-z0-9_.-])|pat(?![a-z0-9_.-])|pin(?:code)?(?![a-z0-9_.-])|secret|pass|pwd?|phrase|auth|cred|cookie|dsn|sig|salt|pepper|hmac)(?=([a-z0-9_.-]{0,40}))\\1(?<![_.-](?:source|usage|name|names|file|env|url|uri|path|type|count|dir|limit|size))` +
  `(?:\\[[^\\[\\]\\r\\n]{1,64}\\])*(?:\\\\?["'\`]?(?:[\\]}]|[ \\t]+value)?[ \\t]*(?:[:=|>]|\\?=)(?![ \\t]*\\\\?["']?\\$\\{[A-Za-z0-9_]*\\}\\\\?["']?[ \\t]*(?:[\\r\\n,}]|$))|\\\\?["'](?<=\\(\\s*\\\\?["'][A-Za-z0-9_.-]{1,64}\\\\?["']),|[ \\t]{2,}\\S|[ \\t]+${DEFINE_BLANKS}|(?<prose>${PROSE_SEPARATOR})|${ENV_SEPARATOR}|${PASSWORD_WORD_END}|(?<call>${CALL_SEPARATOR}))`;
/**
 * Flags, command options and placements (formats.ts, placements.ts), `login:` (prose-passwords.ts). The name before
 * the word is bounded: `[a-z0-9-]*` read to the end of the run from every `--` in it, quadratic on a line of dashes.
 */
const FLAGS = `--[a-z0-9-]{0,64}(?:key|token|secret|passw(?:or)?d|pwd|pass|phrase|credentials?)[ \\t,]`;
const KEY_OTHERS = `${FLAGS}|${COMMAND_FINDER}|${PASSWORD_COLON}`;
export const KEY_FINDER = new RegExp(`${KEY_STEM}|${KEY_OTHERS}`, 'gi');
/**
 * KEY_FINDER's matches, its stems and words found by the shared literal scan (alt-finder.ts). The others start with
 * `-`, `:` or `c` (a word read by its lookbehind): no stem or word after them in KEY_FINDER starts with one.
 */
export const keyFinder = altFinder(
  [KEY_STEM, ...PLACEMENT_WORDS.filter((w) => leadingStrings(w))],
  [FLAGS, COMMAND_OPTIONS, ...PLACEMENT_WORDS.filter((w) => !leadingStrings(w)), PASSWORD_COLON],
  'gi',
  // The rest tried only where a `-`, `:` or its word's `c` may start it (key-finder-rest.ts).
  KEY_REST_STARTS,
);

/**
 * A line longer than this (a minified bundle, a JSON log on one line) is not read whole for each
 * key name in it: only a window around the name, from the start of the token before it (a key
 * name is at most 64 characters) to 8 KiB after it, stretched to the end of the value there.
 */
const LONG_LINE = 16 * 1024;
/** How far a window stretches past its 8 KiB to reach the end of the value there (a longer value is cut). */
const MAX_STRETCH = 8192;
/** A key-name finder match at a password stem (`password:`, `pwd=`): its line is also read as prose. */
const PASSWORD_STEM = /^(?:p(?:ass|wd?)|cred)/i;
const NAME_CHARS = /^[A-Za-z0-9_.-]*/;
/** A finder match where a short password may be assigned (short-password-hits.ts). */
const SHORT_STEM = /^p(?:ass|wd?|in)/i;
/**
 * A password word that is a whole cell of a delimited row (`,Password\n`, `\tpasswort\t`, `Password,v` at a line's
 * start): text from the character before the word to two after it.
 */
const TABLE_CELL_WORD = /^[,;\t]["']?[^,;\t"']+["']?(?:[,;\t]|\r?\n|$)|^(?:\n|^)["']?[^,;\t"'\n]+["']?[,;\t]/;
/** A line up to this long is searched for more names after the first (a call may set several; not minified code). */
const CALL_LINE = 512;
const TOKEN_CHAR = /[A-Za-z0-9_.\-$\\"'`[\]]/;
function windowAround(text: string, at: number, lineStart: number, lineEnd: number): [number, number] {
  let start = at;
  while (start > lineStart && at - start < 160 && TOKEN_CHAR.test(text[start - 1]!)) start--;
  // Keep one character before the token, so that a key still has to start a token.
  start = Math.max(lineStart, start - 1);
  let end = Math.min(lineEnd, at + 8192);
  // The stretch to the value's end is bounded too: a line of `psk=` repeated stretched every window to the line's end
  // (each name then read the rest of the line: 64 KiB took 1.3 s, 256 KiB over 2 minutes).
  const most = Math.min(lineEnd, end + MAX_STRETCH);
  while (end < most && !/[\s,;)}]/.test(text[end]!)) end++;
  return [start, end];
}

/**
 * A UUID under a bare `key` that is an id, not a key (learned, it would be redacted from every later file): the first
 * member of an object in a list (`[\n {\n  "key": "<uuid>",`), a variable of code (`const key = "<uuid>"`, `key :=`),
 * a React element's key (`<li key="<uuid>">`), or a YAML `key:` under a cache's or a record's name (`cache:\n  key:`).
 */
function recordKey(text: string, line: string, lineStart: number, hit: Hit): boolean {
  if (hit.rule !== 'secret-key-value') return false;
  const head = line.slice(0, hit.start);
  // A React element's key is a list item's id whatever its shape (`<li key="0b6eed…">`: an md5, a nanoid; attack 47).
  if (ELEMENT_KEY.test(head) && /^[\w-]{1,64}$/.test(line.slice(hit.start, hit.end))) return true;
  if (!UUID_VALUE.test(line.slice(hit.start, hit.end))) return false;
  if (isRecordKey(text, lineStart, head)) return true;
  if (!/^[ \t]*["']?key["']?[ \t]*:[ \t]*["']?$/i.test(head)) return false;
  const before = text.slice(Math.max(0, lineStart - 200), lineStart).trimEnd();
  return before.endsWith('{') && /[[,][ \t\r\n]*\{$/.test(before);
}

/** An element's `key` attribute before its value (`<li key="`, `<Row id={i} key={"`). */
const ELEMENT_KEY = /<[A-Za-z][\w.]*[ \t][^<>]*(?<![\w-])key=\{?[ \t]*["'`]$/;

/** Before a name, a reStructuredText field's tag (`:param `, `:type `, `:param str `). */
const RST_FIELD =
  /:(?:param|parameter|arg|argument|type|ivar|cvar|var|keyword|kwarg|key)[ \t]+(?:[\w.[\], |]{1,32}[ \t]+)?$/;

/**
 * An unquoted word of lower-case letters that a sentence goes on after (`openssl_hash_password: normalize the password
 * prior to use`, `ext master secret: extension is marked as mandatory`, `-p, --password description to the Usage
 * message`): a changelog's or commit's prose about the name, no value. A password of letters only then a function
 * word and another word is no sentence a config writes.
 */
const SENTENCE_GOES_ON =
  /^[ \t]+(?:the|is|are|was|were|to|as|of|for|in|on|with|and|or|prior|a|an|when|if|from|by|into|now|no|not)[ \t]+[A-Za-z]/;
const sentenceValue = (input: string, value: string, end: number, quoted: boolean): boolean =>
  !quoted && /^[a-z]{3,24}$/.test(value) && SENTENCE_GOES_ON.test(input.slice(end, end + 40));

/** A match of a key-name regex: a hit, the index to resume at (kept), a block scalar header, or null. */
function resolveKeyName(m: RegExpExecArray): Hit | number | BlockScalar | null {
  const format = resolveFormat(m);
  if (format !== undefined) return format;
  const g = m.groups!;
  const idx = m.indices!.groups!;
  for (const [k, v] of [
    ['k', 'v'],
    ['k2', 'v2'],
    ['k3', 'v3'],
    ['k4', 'v4'],
  ] as const) {
    if (g[k] === undefined) continue;
    const range = idx[v]!;
    if (k === 'k2' && !startsToken(m.input, idx.k2![0]) && !settingPath(m.input, idx.k2![0])) return m.index + 1;
    // The shell's `${NAME:-default}` reads a variable: the name is no key being assigned.
    if (k === 'k2' && m.input.startsWith('${', idx.k2![0] - 2)) return range[1];
    // A Python annotation naming a class (`secret: 'SecretVolumeSource' = proto.Field(`) is a type, not a value.
    if (
      k === 'k2' &&
      g.vq2 !== '' &&
      className(g.v2!) &&
      /^[ \t]*=(?!=)/.test(m.input.slice(range[1] + 1, range[1] + 8))
    )
      return range[1];
    // A docstring's field (`:param token: Short-lived …`, `:type credentials: :py:class:…`) describes, not assigns.
    if (k === 'k2' && RST_FIELD.test(m.input.slice(Math.max(0, idx.k2![0] - 48), idx.k2![0]))) return range[1];
    // An unquoted value after a quoted key reads as a credential; `=>` takes quoted values only (`x => f(x)` is code):
    // the code after it is read again for names (`ßa=>…\x00password=…` in a binary: the value ran to the password).
    if (k === 'k' && g.vq === '' && !credentialLike(g.v!, true)) return range[1];
    if (k === 'k2' && g.arrow !== undefined && g.vq2 === '') return range[0];
    // A debugger's `char *` (`api_key = 0x5555… "…"`: gdb, lldb): the string after the pointer is the value.
    if (k === 'k2' && g.vq2 === '') {
      const pointed = pointedString(m.input, g.v2!, range[1]);
      if (pointed !== undefined) {
        const rule = judgeAssignment(g.k2!, pointed[0]);
        return rule === null ? range[1] : { rule, start: pointed[1], end: pointed[1] + pointed[0].length };
      }
    }
    if (k === 'k2' && g.vq2 === '' && callVariable(m.input, idx.k2![0], range[0], range[1])) return range[1];
    // Unquoted to the blank (key-names.ts' `gen`), or on past a `}` (`SMTP_PASSWORD=OPs1MO}kJr,^?TO}`): a generator's
    // password only (generated-runs.ts).
    if (k === 'k2' && g.gen !== undefined && !generatedValue(m.input, g.k2!, g.v2!, range[1])) return range[0];
    const end = k === 'k2' && g.vq2 === '' ? generatedRun(m.input, g.k2!, range[0], range[1]) : range[1];
    const longer = end > range[1] ? judgeAssignment(g.k2!, m.input.slice(range[0], end)) : null;
    if (longer !== null) return { rule: longer, start: range[0], end };
    const quote = k === 'k' ? g.vq : k === 'k2' ? g.vq2 : k === 'k3' ? g.vq3 : g.vq4;
    if (sentenceValue(m.input, g[v]!, range[1], !!quote)) return range[1];
    const rule = judgeAssignment(g[k], g[v]!) ?? valueByPlace(m, k, g[v]!, range[0]);
    return rule === null ? range[0] : { rule, start: range[0], end: range[1] };
  }
  return null;
}

/**
 * How many names inside one long value, each given the rest of it as its value (`a=b=c=…`), are read before the rest
 * of that value is skipped: a line of `key=` repeated read the rest of its line (or window) again at each `key` (a
 * 16 KiB line took 0.4 s, a 1 MiB line 15 s).
 */
const NESTED_READS = 16;
/** A value this long or longer counts towards NESTED_READS (shorter ones cost little to read again). */
const NESTED_LONG = 256;

/** Reads one line (text[lineStart, lineEnd)) with a regex, adding its hits; returns where the finder may resume. */
function scanLine(regex: RegExp, text: string, line: string, lineStart: number, lineEnd: number, hits: Hit[]): number {
  let next = lineEnd;
  regex.lastIndex = 0;
  // The end of the last long value a name was refused with, and how many names inside it were read since.
  let [valueEnd, nested] = [-1, 0];
  for (let m = regex.exec(line); m !== null; m = regex.exec(line)) {
    const r = resolveKeyName(m);
    if (typeof r === 'number') {
      regex.lastIndex = r;
      const end = m.index + m[0].length;
      if (end - r < NESTED_LONG) continue;
      [valueEnd, nested] = end === valueEnd ? [valueEnd, nested + 1] : [end, 0];
      if (nested >= NESTED_READS) regex.lastIndex = end;
    } else if (r !== null && 'block' in r) {
      // A block scalar or pair gives one hit, a table (tables.ts) one per secret cell.
      for (const hit of [blockScalarHit(text, lineEnd, r, lineStart) ?? []].flat()) {
        hits.push(hit);
        next = Math.max(next, hit.end);
      }
      break;
    } else if (r && !recordKey(text, line, lineStart, r))
      hits.push({ ...r, start: r.start + lineStart, end: r.end + lineStart });
  }
  return next;
}

interface KeyNameRegexes {
  format: RegExp;
  command: RegExp;
  /** The command regex without the cookie branch, for a line without the word. */
  commandNoCookie: RegExp;
  plain: RegExp;
}

/** The hits of the key-name pass in a text (see the file's comment). */
function keyNameHits(text: string, re: KeyNameRegexes): Hit[] {
  const hits: Hit[] = [];
  const finder = keyFinder;
  finder.lastIndex = 0;
  let passwordLine = -1;
  let passwordEnd = -1;
  // The line last read whole: a later name on it is only given to callArgHits (a call may set several).
  let read = -1;
  // The line of the last match: the next on the same line reuses its bounds (searched for each match, they made a long
  // line with a name every few characters quadratic: attack10's `password=` repeated).
  let [thisStart, thisEnd] = [0, -1];
  for (let f = finder.exec(text); f !== null; f = finder.exec(text)) {
    if (f.index < thisStart || f.index >= thisEnd) {
      thisStart = text.lastIndexOf('\n', f.index) + 1;
      thisEnd = text.indexOf('\n', f.index);
      if (thisEnd === -1) thisEnd = text.length;
    }
    let [lineStart, lineEnd] = [thisStart, thisEnd];
    const windowed = lineEnd - lineStart > LONG_LINE;
    const nameEnd = f.index + NAME_CHARS.exec(f[0])![0].length;
    // A name the line regexes never read (`(ctx, "api_token",`), or one more on a line they read: callArgHits only.
    if (f.groups?.call !== undefined || (lineStart === read && !windowed)) {
      // A password word later on a line read for another name is still read as prose (prose-passwords.ts).
      if (lineStart !== passwordLine && (isPasswordWordHit(f) || PASSWORD_STEM.test(f[0]))) {
        prosePasswordHits(text, lineStart, lineEnd, hits);
        [passwordLine, passwordEnd] = [lineStart, lineEnd];
      }
      callArgHits(text, nameEnd, hits);
      finder.lastIndex = Math.max(f.index + 1, nameEnd);
      continue;
    }
    if (windowed) [lineStart, lineEnd] = windowAround(text, f.index, lineStart, lineEnd);
    // A password word in prose (prose-passwords.ts): its line is read once, and the finder goes on after the word.
    const word = isPasswordWordHit(f);
    // A password word after another stem in prose (`… kEyz4 as the password`) is read too: the finder resumes after the
    // line.
    if (word || PASSWORD_STEM.test(f[0]) || f.groups?.prose !== undefined) {
      // In a long line, a word well inside the window last read as prose was read with it (its words' values are
      // found within 12 tokens): a window per word made a line of such words cost 8 KiB per word.
      const readBefore = windowed && f.index >= passwordLine && f.index < passwordEnd - 1024;
      if (lineStart !== passwordLine && !readBefore) {
        prosePasswordHits(text, lineStart, lineEnd, hits);
        [passwordLine, passwordEnd] = [lineStart, lineEnd];
      }
      // A password word that is a delimited table's cell (`host,Password` then rows) is also read as the table's.
      if (word && !TABLE_CELL_WORD.test(text.slice(Math.max(0, f.index - 1), f.index + f[0].length + 2))) {
        finder.lastIndex = f.index + f[0].length;
        continue;
      }
    }
    const line = text.slice(lineStart, lineEnd);
    // A password shorter than the regexes below take (short-password-hits.ts).
    if (SHORT_STEM.test(f[0])) shortPasswordHits(text, lineStart, lineEnd, hits);
    // Most key-name lines are plain `key: value`: the regex with the format branches only runs where one may be.
    let next = ASSIGN_FORMAT_HINT.test(line) ? scanLine(re.format, text, line, lineStart, lineEnd, hits) : lineEnd;
    next = Math.max(next, scanLine(re.plain, text, line, lineStart, lineEnd, hits));
    // A hit found twice (a line read by both regexes, or two windows) is dropped by the redactor's merge.
    if (COMMAND_HINT.test(line))
      scanLine(COOKIE_WORD.test(line) ? re.command : re.commandNoCookie, text, line, lineStart, lineEnd, hits);
    // A stem word then a token in prose (`using token …`: context.ts); after a stem the finder took for another
    // separator (`Authenticating (token …)`: it resumes after the line), only words then a token.
    // A plain assignment (`key: value`, most lines) is read by the regexes above: no prose search after it.
    if (f.groups?.prose !== undefined || !/[:=|>]$/.test(f[0]))
      proseHits(text, f.index, lineEnd, hits, f.groups?.prose === undefined);
    callArgHits(text, nameEnd, hits);
    // After a window, the finder resumes a little before its end: a key whose value the window cut gets a window of its
    // own; on a short line read whole, after the name (another name may be a call's), unless a block went further.
    const again = !windowed && next === lineEnd && lineEnd - lineStart <= CALL_LINE;
    if (again) read = lineStart;
    finder.lastIndex = windowed ? Math.max(f.index + 1, next - 256) : again ? Math.max(f.index + 1, nameEnd) : next;
  }
  return hits;
}

export function keyNamePass(): Pass {
  // The format branches in a regex of their own: a plain line (most of them) pays nothing for
  // them, a line that may hold one is read by both (a hit found twice is merged away).
  // Each made when a line first needs it (the format and command ones, 4,700 characters each, on few lines).
  const made: Partial<KeyNameRegexes> = {};
  const re: KeyNameRegexes = {
    get format() {
      return (made.format ??= new RegExp(ASSIGN_FORMAT_SOURCE, 'gid'));
    },
    get command() {
      return (made.command ??= new RegExp(COMMAND_FORMAT_SOURCE, 'gid'));
    },
    get commandNoCookie() {
      return (made.commandNoCookie ??= new RegExp(COMMAND_FORMAT_SOURCE_NO_COOKIE, 'gid'));
    },
    get plain() {
      return (made.plain ??= new RegExp(KEY_NAME_SOURCE, 'gid'));
    },
  };
  return {
    finder: KEY_FINDER,
    get regex() {
      return re.format;
    },
    resolve: (m) => {
      const r = resolveKeyName(m);
      return r !== null && typeof r === 'object' && 'block' in r ? null : r;
    },
    run: (text) => keyNameHits(text, re),
  };
}
