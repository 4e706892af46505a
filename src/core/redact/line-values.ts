/**
 * Values that run to the end of their line under a secret name, holding characters the key-name regexes stop at
 * (attack6 L12: WordPress salts, Django secret keys, passwords with `,` `}` `&` `)` or a quote inside):
 * - a line-level assignment, `NAME=value`, `export NAME=value`, unquoted (the value is the rest of the line, with no
 *   blank) or quoted (from its quote to the line's last one: `"a\"b"` reads `"a"b"` unescaped); YAML's `name: value`
 *   (also a TypeScript member's type, a JWK's member) and URL queries (pagination cursors) are the key-name pass's,
 *   but for a quoted value with a quote or an escape inside under a strong secret name (issue 11);
 * - PHP's `define('AUTH_KEY', '…');` on a line of its own, and an array's or a hash's `'AUTH_KEY' => '…',` (attack 38);
 * - a value continued on the next lines after a backslash (continuations.ts);
 * Under a strong secret name the value needs a symbol and two character classes; under another it must read as a
 * password (context.ts's humanPassword) the name's judgement keeps (judgeAssignment, given the whole value). Run before
 * the key-name pass, so this whole value wins over the part of it the key-name regexes took.
 * Lines are found from the stems of secret names (the shared literal scan: literal-scan.ts).
 */
import { caseAndDigitClasses, humanPassword } from './credential-values.js';
import { continuedHits } from './continuations.js';
import { nextOf } from './escapes.js';
import { isPlaceholderValue, isSecretKey, judgeAssignment } from './key-names.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';

const STEMS = ['pass', 'secret', 'key', 'salt', 'token', 'pwd', 'auth', 'cred'];
/** Where the stems of secret names start (the shared literal scan); spread-values.ts reads them too. */
export const stemStarts =
  literalScan(STEMS) ??
  ((text: string): number[] => [...text.matchAll(new RegExp(STEMS.join('|'), 'gi'))].map((m) => m.index));

/** A line's assignment: the name, then the value to the line's end (quoted: to the last quote of the line). */
const ASSIGNMENT =
  /[ \t]*(?:[-*][ \t]+)?(?:export[ \t]+)?["']?([A-Za-z_][A-Za-z0-9_.-]{0,63})["']?[ \t]*(=>?|:[ \t])[ \t]*(?:(["'])(.*)\3[,;]?|([^\s"'`{[&*|>!#][^\s]*|(?<==[ \t]*)[&*!#[{][^\s]*))(?<command>[ \t]+[A-Za-z./][^\r\n]*)?[ \t]*\r?$/my;
const DEFINE = /[ \t]*define\([ \t]*(["'])([A-Za-z_]\w{0,63})\1[ \t]*,[ \t]*(["'])(.*)\3[ \t]*\)[ \t]*;?[ \t]*\r?$/my;

/** The fields a JSON object opens before a string value (`{"stdout": "`, `, "text": "`). */
const FIELD_OPEN = /^(?:[ \t]*[{[,]?[ \t]*"[\w.$-]{1,64}"[ \t]*:)+[ \t]*"/;

/** Characters the key-name regexes end an unquoted value at, and quotes or backslashes inside a quoted one. */
const CUT_UNQUOTED = /[,;&})\]\\(]/;
const CUT_QUOTED = /["'`\\\s]/;

/**
 * WordPress's keys and salts (`define('AUTH_KEY', …)`, the Docker image's `WORDPRESS_AUTH_KEY`): 64 characters of every
 * kind by design.
 */
const WP_NAME = /^(?:WORDPRESS_)?(?:SECURE_)?(?:AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)$/;
/** A name whose value is random by design (WordPress's): shell's `$(`, `${` and backticks in it are its characters. */
const generatedByDesign = (name: string): boolean => WP_NAME.test(name);
/** A strong secret name (isSecretKey), or one whose value is random by design. */
const strongName = (name: string): boolean => isSecretKey(name) || generatedByDesign(name);

/**
 * Under a strong secret name (isSecretKey, WordPress's): 8 or more characters that are no placeholder, holding a
 * symbol and two of lower case, upper case and digits. Under another: a password (humanPassword) the name's judgement
 * (judgeAssignment) keeps.
 */
function judged(name: string, value: string, start: number, hits: Hit[], shell = false): void {
  if (strongName(name)) {
    // Azure App Service's Key Vault reference (`@Microsoft.KeyVault(SecretUri=…)`) names where the value is; a YAML
    // alias (`*base  # prod`) is the anchored value's (yaml-aliases.ts).
    if (
      value.length < 8 ||
      /^(?:\$\{|<[^>]*>$|\{\{|%[A-Za-z_]+%$|\$[A-Za-z_]\w*$|@Microsoft\.KeyVault\()|^\*[\w-]{1,64}[ \t]+#/.test(
        value,
      ) ||
      // A mask a tool printed in its place (`[Filtered]`, `{hidden}`, `[REDACTED]`).
      /^(?:\[[\w .-]*\]|\{[\w .-]*\})$/.test(value) ||
      isPlaceholderValue(value)
    )
      return;
    // In a shell assignment (`NAME=`, not in single quotes), shell that computes the value (`"$(op read op://…)"`,
    // backticks, `${X:-…}` inside) is code, not a value; but not in WordPress's salts, random by design.
    if (shell && !generatedByDesign(name) && /\$\(|`[a-z][\w .:/=$-]*`|\$\{/.test(value)) return;
    // Words and blanks alone are a phrase (`sts_token = "STS token"`), not a generated value.
    if (!/[^A-Za-z0-9._\s-]/.test(value) || caseAndDigitClasses(value) < 2) return;
    hits.push({ rule: 'line-value', start, end: start + value.length });
    return;
  }
  if (!humanPassword(value)) return;
  const rule = judgeAssignment(name, value);
  if (rule !== null) hits.push({ rule, start, end: start + value.length });
}

/**
 * Code, not a value: a name ending an object's entry (`TOKEN: matchString,`), a call, subscript or member
 * (`get_token(cfg)`, `os.environ["X"]`) with none of the symbols code rarely holds and generated keys do
 * (`!@#%^~|<>?`), or a quote inside; backticks only around a command (`` `op read op://x` ``) or at the end (a Markdown
 * span's): others are a generator's characters, WordPress's salts hold them (attack 38).
 */
const codeValue = (v: string): boolean =>
  /["']|`[a-z][\w .:/=$-]*`|`$/.test(v) ||
  /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*[,;]?$/.test(v) ||
  // A constant's name closing a call (`encryption_key=TEST_ENCRYPTION_KEY1)`).
  /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\)+[,;]?$/.test(v) ||
  (/^\(*[A-Za-z_$][\w.$]*[([]/.test(v) && !/[!@#%^~|<>?]/.test(v) && closed(v));

/**
 * No letter or digit follows a call's or subscript's closing bracket (`f(x, y)`, `a[0].b`, `getToken(node,` continued
 * on the next line); a password with punctuation closes one and goes on (`Ab3(x,y)Qz…`).
 */
const closed = (v: string): boolean => !/[)\]][A-Za-z0-9]/.test(v);

const innerQuote = (name: string, value: string): boolean =>
  /["'\\`]/.test(value) && !/\s|^[{[]/.test(value) && strongName(name);
const bracketed = (name: string, value: string): boolean =>
  /\d/.test(value) && CUT_UNQUOTED.test(value) && !codeValue(value) && isSecretKey(name);

function lineHits(text: string, from: number, hits: Hit[]): void {
  ASSIGNMENT.lastIndex = from;
  const m = ASSIGNMENT.exec(text);
  // Up to the value's end: its closing quote and a `,` or `;` after it, which ends an array's or a hash's entry
  // (`'AUTH_KEY' => '…',`), not code's statement (`currentToken = '#SectionHeading';`).
  const head =
    m === null ? 0 : m[0].replace(/[ \t]*\r?$/, '').length - (m.groups!.command?.replace(/[ \t]+$/, '').length ?? 0);
  const entry = m !== null && m[4] !== undefined && /[,;]$/.test(m[0].slice(0, head));
  if (m !== null && (!entry || m[2] === '=>')) {
    const quoted = m[4] !== undefined;
    const value = m[4] ?? m[5]!;
    const closer = quoted ? 1 + Number(entry) : 0;
    const start = m.index + head - value.length - closer;
    // `name: value` (YAML, but also a TypeScript member's type, a JWK's member) is the key-name pass's alone; but a
    // quoted value with a quote or an escape inside (`password: "ab\"c'd"`) under a strong secret name is read whole
    // (not JSON in a YAML string: a JWK's members are the JWK pass's).
    // So is an unquoted one with a digit and a bracket or comma under one (`password: Ab3(x,y)Qz…`), but code.
    if (m[2]!.startsWith(':') && !(quoted ? innerQuote : bracketed)(m[1]!, value)) return;
    // A command after the value (`DB_PASSWORD=… python main.py`): an environment variable's prefix, its name in
    // capitals on a line of its own (`- NAME=…` is a list's item: a compose file's `environment:`), and no shell
    // operator in the value (`PASS=…;echo ok` runs two commands).
    if (
      m.groups!.command !== undefined &&
      !(m[2] === '=' && /^[A-Z][A-Z0-9_]*$/.test(m[1]!) && !/^[ \t]*[-*]/.test(m[0]) && !/[;&|]/.test(value))
    )
      return;
    // An unquoted value after `=` may start with `&`, `*`, `!`, `#`, `[` or `{` (`DB_PASSWORD=*Zq9…`: YAML's anchors,
    // aliases, tags and flow collections follow `:`), which the key-name regexes refuse.
    // A quoted one may start with `=` or `>` (`SECRET_KEY='=JgN…'`), which they take for a comparison or an arrow.
    const lead = /^[&*!#[{]/.test(value) || (quoted && /^[=>]/.test(value));
    if (
      quoted
        ? CUT_QUOTED.test(value) || CUT_UNQUOTED.test(value) || lead
        : (CUT_UNQUOTED.test(value) || lead) && !codeValue(value)
    )
      judged(m[1]!, value, start, hits, m[2] === '=' && m[3] !== "'");
    return;
  }
  DEFINE.lastIndex = from;
  const d = DEFINE.exec(text);
  if (d !== null) {
    const start = d.index + d[0].lastIndexOf(`${d[3]!}${d[4]!}${d[3]!}`) + 1;
    judged(d[2]!, d[4]!, start, hits);
  }
}

/** A line with a backslash or three quotes or more: a quoted value may hold a quote (`password: "ab\"c'd"`). */
function quoteInside(text: string, from: number, to: number): boolean {
  let quotes = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 || ((c === 34 || c === 39) && ++quotes >= 3)) return true;
  }
  return false;
}

/**
 * Whether ASSIGNMENT or DEFINE may match at a line's start: after blanks, a name's first character, a quote, or
 * `export`'s or `define`'s `e`/`d` (a letter). A JSON object's line (`{"input_tokens": …`) is passed over without them.
 */
function mayAssign(text: string, from: number): boolean {
  let i = from;
  let c = text.charCodeAt(i);
  while (c === 32 || c === 9) c = text.charCodeAt(++i);
  // A list's item (`- NAME=…`, `* NAME=…`).
  if ((c === 45 || c === 42) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) {
    i += 1;
    while ((c = text.charCodeAt(i)) === 32 || c === 9) i++;
  }
  const l = c | 0x20;
  return (l >= 97 && l <= 122) || c === 95 || c === 34 || c === 39;
}

function lineValueHits(text: string): Hit[] {
  const hits: Hit[] = [];
  let done = -1;
  // The next `=` and `(` from the line last read: a line holds a hit only with `=`, `define(`, or (`name: "…"`) a
  // quoted value with a quote or a backslash inside; JSON's `"input_tokens": 5` lines are passed over without a regex.
  let eq = -1;
  let paren = -1;
  for (const i of stemStarts(text)) {
    if (i < done) continue;
    const from = text.lastIndexOf('\n', i) + 1;
    let to = text.indexOf('\n', i);
    if (to === -1) to = text.length;
    done = to;
    // Long lines are the other passes' (a value to the end of a line of 4 KB is no assignment's).
    if (to - from > 4096) continue;
    if (eq < from) eq = nextOf(text, '=', from);
    if (paren < from) paren = nextOf(text, '(', from);
    if (eq >= to && paren >= to && !quoteInside(text, from, to)) continue;
    if (mayAssign(text, from)) lineHits(text, from, hits);
    // A JSON string's first line (`{"stdout": "DB_PASSWORD=…` then its `\n`, a line break in the view): the
    // assignment starts after the fields that open it, when the string goes on past the line (no quote ends it here).
    else {
      const open = FIELD_OPEN.exec(text.slice(from, Math.min(to, from + 256)));
      if (open !== null && !text.slice(from + open[0].length, to).includes('"'))
        lineHits(text, from + open[0].length, hits);
    }
    // A value continued on the next lines after a backslash (continuations.ts).
    if (text.charCodeAt(to - 1) === 92 || (text.charCodeAt(to - 1) === 13 && text.charCodeAt(to - 2) === 92))
      continuedHits(text, from, to, hits);
  }
  return hits;
}

/** The pass of values to the end of their line (see the file's comment). */
export function lineValuePass(): Pass {
  return runPass(lineValueHits);
}
