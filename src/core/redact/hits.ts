/**
 * Hits kept or dropped: the false positives among what the passes found (benign.ts, and the readings below); joining
 * and replacing the kept ones is apply-hits.ts'.
 */
import { htmlEntity } from './escapes.js';
import { ARG_RULES } from './flag-values.js';
import { COLUMN_RULE } from './password-columns.js';
import { judgedOff } from './declarations.js';
import { joinedPhrase, PASSPHRASE_RULE } from './passphrases.js';
import { hyphenPhrase } from './phrase-values.js';
import { SPACED_RULE } from './spaced-passwords.js';
import { SHORT_PASSWORD_RULE } from './short-passwords.js';
import { STUB_RULE } from './stubs.js';
import { isExampleValue } from './example-values.js';
import { isOpenValue } from './open-values.js';
import { naturalAt } from './natural-text.js';
import {
  capitalisedWords,
  dottedWords,
  isBadgeToken,
  isCodeValue,
  isEnvReference,
  isPaginationKey,
  inAwsExample,
  isPlaceholderText,
  isPublicToken,
  isTestVector,
  placeholderBlock,
  type HitContext,
} from './benign.js';
import { BARE_RULE } from './bare-passwords.js';
import { constantName } from './char-classes.js';
import { PIECE_RULE } from './concat.js';
import { keyBefore } from './cursors.js';
import { isAllowListed, looksRandom } from './generic.js';
import { jsExpression, type JsExpression } from './js-expressions.js';
import { garbledArgument, generatedPassword } from './generated-passwords.js';
import { judgeAssignment } from './key-names.js';
import type { Hit } from './pass.js';
import { pointerBeforeString } from './pointers.js';
import { SHAPE_RULES } from './rules.js';
import { urlUserOfValue } from './url-values.js';
import { pushAll } from '../lists.js';

export const SHAPE_IDS = new Set(SHAPE_RULES.map((r) => r.id));
/** The shapes that find a token alone, by its prefix (not by a name beside it). */
export const TOKEN_SHAPE_IDS = new Set(SHAPE_RULES.filter((r) => r.prefix).map((r) => r.id));
const STRUCTURAL = new Set([
  'basic-auth-password',
  'slashed-url-password',
  'sed-replacement',
  'replaced-secret',
  'prose-password',
  'basic-credential',
  'dotenv-value',
  // What a secret-fetching command printed (command-outputs.ts): any lone value, identifier-like ones too.
  'command-output',
  // A secret name's value over an array's elements (named-elements.ts), a secret cut by an iCalendar fold
  // (ics-folds.ts): judged joined; a piece may read as a word.
  ...[PIECE_RULE, 'folded-secret'],
  // The characters a mask left shown (masks.ts) and a key's first part alone (stubs.ts): judged by their own rules.
  ...['masked-key', STUB_RULE],
  // A fallback beside a read of a secret's variable (fallbacks.ts): judged by the key-name layer there.
  'fallback-secret',
  // A default in code under a secret's name (code-defaults.ts): judged by the key-name layer there.
  'code-default-secret',
  // Key material in its tool's format (key-exports.ts, key-members.ts): hex and base64 a hash would have too.
  ...['tls-key-log-secret', 'printed-private-key', 'typed-private-key', 'keystore-ciphertext'],
  ...['jwk-private-member', 'solana-private-key', 'totp-secret'],
  // Judged by their own rules (secret-lists.ts): words and codes under their labels.
  'seed-phrase',
  'recovery-codes',
  // A key a note says was rotated, revoked or kept as the old one (comment-keys.ts): a comment holds no code.
  'comment-secret',
  // A value on the line(s) after its label (next-lines.ts): judged by its own rules, passwords with symbols too.
  'next-line-secret',
  // A session cookie's value under its name (session-cookies.ts): judged by its own rules, identifier-like ones too.
  'session-cookie',
  // Words under a password's name (passphrases.ts), a password beside its account (account-rows.ts' ACCOUNT_RULE) and
  // one of blank-separated parts (spaced-passwords.ts), judged by their own rules.
  ...[PASSPHRASE_RULE, 'account-password', SPACED_RULE],
]);

export function keepHits(hits: Hit[], text: string, ctx: HitContext): Hit[] {
  if (hits.length === 0) return hits;
  const out: Hit[] = [];
  for (const h of hits) {
    if (wordedLabel(h, text) || yamlAliasName(h, text) || pointerBeforeString(text, h.start, h.end)) continue;
    // AWS's documented stand-ins, whatever found them (benign.ts' inAwsExample).
    if (h.rule !== 'custom' && inAwsExample(text, h.start, h.end)) continue;
    // A column of passwords is judged by its column (password-columns.ts): `OF_(Ez754…` is no call.
    if (h.rule === COLUMN_RULE) {
      out.push(h);
      continue;
    }
    // A C/C++ declaration, a shadow line's day counts, a mail's `=3D` before a placeholder (judgedOff).
    if (!SHAPE_IDS.has(h.rule) && !/^(?:known|learned|custom)/.test(h.rule) && !ARG_RULES.has(h.rule))
      if (judgedOff(h, text, ctx)) continue;
    // A locale catalogue's words under a password's name are its translations (passphrases.ts).
    if (h.rule === PASSPHRASE_RULE && ctx.locale === true) continue;
    if (
      h.rule === 'custom' ||
      h.rule.endsWith('-secret-block') ||
      h.rule === 'base64-secret' ||
      h.rule === 'hex-secret' ||
      h.rule === 'escaped-secret' ||
      h.rule === 'encoded-secret' ||
      // A value its JSON document marks sensitive (sensitive-json.ts): a generated password is any characters.
      h.rule === 'sensitive-value' ||
      // A secret flag's or a quoted assignment's value, judged by its own rules (flag-values.ts): `}}` is no template.
      ARG_RULES.has(h.rule) ||
      // Judged by its own rules (line-values.ts): a salt's `<…>` is no placeholder.
      h.rule.startsWith('known') ||
      h.rule.startsWith('learned')
    )
      out.push(h);
    // Public by structure: an RFC's example, a public key, an algorithm's or a module's name, a regex (open-values.ts).
    else if (isOpenValue(text, h.start, h.end)) continue;
    // Written in the open: a textbook Basic pair, a local database's default, a secret's reference (example-values.ts).
    else if (h.rule === 'line-value') {
      const user = urlUserOfValue(h, text);
      if (user !== null) out.push(user ?? h);
    } else if (isExampleValue(h.rule, text, h.start, h.end)) continue;
    else if (SHAPE_IDS.has(h.rule) && h.rule !== 'api-key-header') {
      // Placed by the code around them (credential-pairs.ts): `btoa("admin:…")`'s password is no identifier.
      const value = text.slice(h.start, h.end);
      // `Authorization: Bearer process.env.API_TOKEN` in prose or a template names where the token is kept.
      if (h.rule === 'authorization-header' && isEnvReference(value)) continue;
      if (!(h.rule === 'private-key' ? placeholderBlock(value) : isPlaceholderText(value))) out.push(h);
    } else if (STRUCTURAL.has(h.rule)) {
      // A seed phrase's or a passphrase's words are BIP-39's, some of them placeholder words (`example`, `enter`).
      if (WORDS_BY_DESIGN.has(h.rule) || !isPlaceholderText(text.slice(h.start, h.end))) out.push(h);
    } else keepJudged(h, text, ctx.codeAt ? { code: ctx.codeAt(text, h.start), locale: ctx.locale } : ctx, out);
  }
  return out;
}

/**
 * True for a hit a layer found by its context (a key name, a label, a line's assignment, prose) whose value is a word
 * or a phrase: a locale file's or a form's label, a help text's (natural-text.ts). The user's patterns, the known and
 * learned values, the provider shapes (but a header's value) and what decoding found are kept.
 */
function wordedLabel(h: Hit, text: string): boolean {
  if (h.rule === 'custom' || h.rule.startsWith('known') || h.rule.startsWith('learned')) return false;
  // A seed phrase and recovery codes are words by design.
  // A short password's letters are judged by its reader (short-passwords.ts: `Iozlgz`, no word).
  if (h.rule.endsWith('-block') || DECODED.has(h.rule) || WORDS_BY_DESIGN.has(h.rule) || h.rule === SHORT_PASSWORD_RULE)
    return false;
  if (SHAPE_IDS.has(h.rule) && h.rule !== 'api-key-header') return false;
  if (!naturalAt(text, h.start, h.end)) return false;
  // A piece of a value continued over lines (`"…\` then `URTVEN"`) is no label.
  if (/\\\r?\n[ \t]*["']?$/.test(text.slice(Math.max(0, h.start - 8), h.start))) return false;
  // An environment variable's or a constant's name (`DB_PASSWORD=Sunflower`) labels no UI: an ASCII word there is
  // judged as before; a locale's keys are `password`, `apiKey`, `auth.token`, `api_key`.
  const key = /^[\x00-\x7f]*$/.test(text.slice(h.start, h.end)) ? keyBefore(text, h.start) : null;
  return key === null || !constantName(key);
}

/**
 * A YAML alias's name read as a value by a layer that judges by context (`password: *default_ns4`, `- *prod`): the
 * anchored value is judged instead (yaml-aliases.ts); replaced, the alias no longer parses. Shapes and known values
 * still count.
 */
function yamlAliasName(h: Hit, text: string): boolean {
  if (SHAPE_IDS.has(h.rule) || h.rule.startsWith('known')) return false;
  // The sigil before the hit, or its first character (`creds: &regcreds` then the map it anchors: attack 58, the value
  // replaced broke the file's `<<: *regcreds`).
  const sigil = (c: number): boolean => c === 42 || c === 38;
  const at = sigil(text.charCodeAt(h.start)) ? h.start + 1 : h.start;
  if (at < 3 || !sigil(text.charCodeAt(at - 1))) return false;
  return /(?:^|[:,{[-])[ \t]$/.test(text.slice(at - 3, at - 1)) && /^[\w-]{1,64}$/.test(text.slice(at, h.end));
}

/** Rules whose hits may be words: seed phrases, recovery codes, passphrases, pieces of a value judged joined. */
const WORDS_BY_DESIGN = new Set([
  ...['seed-phrase', 'recovery-codes', PASSPHRASE_RULE, PIECE_RULE, SPACED_RULE],
  'folded-secret',
]);

const DECODED = new Set(['base64-secret', 'hex-secret', 'escaped-secret', 'encoded-secret']);

const CODE_AFTER = /^\s*[,;)}\]]\s*(?:[A-Za-z_$][\w$]*\s*[.=(:]|this\b|[})\]]|$)/;

/** A scheme and a reference to the credential held elsewhere (`Bearer $TOKEN`, `Bearer <token>`, `Token {{t}}`). */
const SCHEME_REFERENCE =
  /^(?:bearer|token|basic)[ \t]+(?:\$[A-Za-z_]\w{0,64}|\$\{[^}]{1,64}\}|\{\{[^}]{1,64}\}\}|<[^<>]{1,64}>)$/i;

const HTML_ESCAPE = /&(?:[a-z]{2,8}|#\d{1,7}|#x[0-9a-f]{1,6});/i;
/** A value with HTML's character references decoded (escapes.ts' htmlEntity; one it does not know stays). */
function htmlUnescaped(v: string): string {
  let out = '';
  for (let i = 0; i < v.length; i++) {
    const e = v[i] === '&' ? htmlEntity(v, i) : null;
    out += e ? e.char : v[i];
    if (e) i = e.end - 1;
  }
  return out;
}

/** Adds `h` to `out` unless it is a false positive; an expression adds the secrets among its literals instead. */
function keepJudged(h: Hit, text: string, ctx: HitContext, out: Hit[]): void {
  // A generator's password with no name beside it is read outside code only (bare-passwords.ts).
  if (h.rule === BARE_RULE && ctx.code) return;
  const value = text.slice(h.start, h.end);
  if (isPlaceholderText(value) || isPublicToken(value) || SCHEME_REFERENCE.test(value)) return;
  // HTML's escapes read as what they stand for (`eos_token: "&lt;/s&gt;"` is a model's `</s>`: attack 59).
  if (HTML_ESCAPE.test(value) && isPlaceholderText(htmlUnescaped(value))) return;
  const user = urlUserOfValue(h, text);
  if (user !== undefined) return void (user !== null && out.push(user));
  const q = text[h.start - 1];
  const opened = q === '"' || q === "'" || q === '`';
  // A placeholder literal that code goes on after (`t.password="%filtered%"),t.username&&…`).
  const close = opened ? text.indexOf(q, h.start) : -1;
  if (close !== -1 && close < h.end && /^[)\],;}]/.test(text.slice(close + 1, close + 2)))
    if (isPlaceholderText(text.slice(h.start, close))) return;
  const key = keyBefore(text, h.start);
  // A generator's password outside code is read as one, not as an expression (`Tn5[w5oC^6=Sd` in YAML opens a `[`).
  const generated = !ctx.code && generatedPassword(value);
  // A generator's words and a number joined, outside code: no expression (`token=willow-hazel-saffron-copper17 (401
  // Unauthorized)` read as a call: attack 59).
  if (!ctx.code && /^[a-z.-]+\d{1,4}$/.test(value) && joinedPhrase(value, false)) return void out.push(h);
  if (!opened && !generated && /[:=]\s*$/.test(text.slice(Math.max(0, h.start - 8), h.start))) {
    const js = jsExpression(text, h.start);
    if (js?.marked) return void pushAll(out, expressionSecrets(js, h, text, key, ctx));
    // A hit that runs past the code it starts in (`this._password=t,this.tenantId=i}static …`) is judged up to it.
    if (js && js.end < h.end && CODE_AFTER.test(text.slice(js.end, js.end + 80))) {
      const v = text.slice(h.start, js.end);
      if (isPlaceholderText(v) || isCodeValue(v, false, key, ctx)) return;
    }
  }
  if ((key !== null && isPaginationKey(key)) || isBadgeToken(text, h.start, value)) return;
  if (isTestVector(text, h.start, value)) return;
  // A generator's words and a number joined by dots (`box.cattle.absurd.arch65`: BIP-39's) is no code's dotted path.
  // Any words so (dottedWords) only where no code reads a member (`{ token: color.blue.shade.light100 }`): quoted, or
  // outside code.
  const words = dottedWords(value) && (!ctx.code || (opened && text[h.end] === q));
  if (/^[a-z.-]+\d{1,4}$/.test(value) && (hyphenPhrase(value) || words)) return void out.push(h);
  if (!ctx.code && capitalisedWords(value)) return void out.push(h);
  const quoted = opened && text[h.end] === q;
  // A header's value is judged as code only after a quoted name (`{"x-api-key":e.apiKey}`), never in a request log.
  // A URL's query parameter is no code's expression, in code too (`"otpauth://…?secret=<BASE32>&…"` in a notebook's
  // string read as a constant's name: attack 60): a token with a digit, no name's `_`, no template's braces.
  if (ctx.code && /^(?=[^_]*$)(?=.*\d)[A-Za-z0-9+/=.~%-]{16,}$/.test(value) && inUrlQuery(text, h.start))
    return void out.push(h);
  // A command line's argument is a whole word: brackets out of balance there are no code's (`redis-cli -a abtkBM[+7`).
  const judged =
    (h.rule !== 'api-key-header' || /["']\s*[:=]\s*$/.test(text.slice(Math.max(0, h.start - 8), h.start))) &&
    (h.rule !== 'cli-password' || !garbledArgument(value));
  if (!judged || !isCodeValue(value, quoted, key, ctx)) out.push(h);
}

/** A URL's query parameter's `?name=` or `&name=` right before `at`, a scheme's `://` before it on its line. */
function inUrlQuery(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 400), at);
  const q = /[?&][\w.-]{1,40}=$/.exec(before);
  if (q === null) return false;
  const scheme = before.lastIndexOf('://', q.index);
  return scheme !== -1 && !/[\s"'`<>]/.test(before.slice(scheme, q.index));
}

/**
 * The secrets among an expression's string literals: one that is the value (`e.apiKey||"…"`) is judged as if assigned
 * to the name; one inside a call, a comparison or brackets (`Ge("ANTHROPIC_API_KEY")`, `f.type==="apiKey"`) only
 * when it reads as random.
 */
function expressionSecrets(js: JsExpression, h: Hit, text: string, key: string | null, ctx: HitContext): Hit[] {
  const found: Hit[] = [];
  for (const lit of js.literals) {
    const v = text.slice(lit.start, lit.end);
    if (v.includes('${') || isPlaceholderText(v) || isPublicToken(v) || isCodeValue(v, true, key, ctx)) continue;
    const secret = lit.top && key !== null ? judgeAssignment(key, v) !== null : looksRandom(v) && !isAllowListed('', v);
    if (secret) found.push({ rule: h.rule, label: h.label, start: lit.start, end: lit.end });
  }
  return found;
}

/** Token characters only (no blank, quote or separator, `=` only as padding at the end): one value's. */
const TOKEN_HEAD = /^[A-Za-z0-9_+/.~-]*$/;
const TOKEN_TAIL = /^[A-Za-z0-9_+/.~-]*=*$/;

/**
 * Whether a later pass's hit `outer` takes the place of an earlier one inside it (pass.ts' mergeCovering, as
 * redactor.ts calls it): a provider's token whose value goes on either side in token characters only
 * (`client_secret: <40 hex>ghp_…`).
 */
export const tokenAround = (text: string, inner: Hit, outer: Hit): boolean =>
  SHAPE_IDS.has(inner.rule) &&
  TOKEN_HEAD.test(text.slice(outer.start, inner.start)) &&
  TOKEN_TAIL.test(text.slice(inner.end, outer.end));
