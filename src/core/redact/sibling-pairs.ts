/**
 * Names and values in sibling elements or fields of one record (issue 11, formats12), found from their literals in
 * the shared literal scan (literal-scan.ts), each read in a bounded window:
 * - XML, the value element after the element naming it: plist `<key>Password</key><string>…</string>`, KeePass
 *   `<Key>Password</Key><Value ProtectInMemory="True">…</Value>`, `<param-name>`/`<param-value>`, and a value element
 *   inside an element whose tag names it (unattend.xml `<AdministratorPassword><Value>…</Value>`);
 * - XML, an element named by an attribute (`N`, `Name`, `name`, `key`): its text (PowerShell Clixml
 *   `<SS N="Password">…</SS>`, `<Property Name="ClientSecret">…</Property>`), its `value` attribute
 *   (`<param name="password" value="…"/>`) or its value child (.NET `<setting name="DbPassword"><value>…</value>`);
 * - JSON records, a value field beside a field naming it (`designation`, `label`, `title`, `name`, `key`,
 *   `ParameterKey`: 1Password, Bitwarden, Postman, container env arrays, CloudFormation parameters) or beside a field
 *   saying the value is concealed (1Password `"type":"CONCEALED"`, ipywidgets' `PasswordModel`, Postman's
 *   `"type":"secret"`), and 1Password's `"concealed": "…"`.
 * A name is judged by key-names.ts's judgeJoinedName (words joined: `API Key` reads as `API_Key`); a value only said to
 * be concealed must read as a password (credential-values.ts).
 */
import { humanPassword, namedCredential } from './credential-values.js';
import { isPlaceholderValue } from './key-names.js';
import { judgeJoinedName } from './joined-names.js';
import { literalScan } from './literal-scan.js';
import { otelPair } from './otel-pairs.js';
import { printRPair, varDumpPair } from './runtime-dumps.js';
import { paramSecret } from './url-parts.js';
import { distinctByStart, runPass, type Hit, type Pass } from './pass.js';
import { most } from '../lists.js';

const XML_VALUES = ['<string', '<value', '<param-value', '<parametervalue', '<data>'];
/** Spreadsheet cells' text: xlsx shared strings and inline strings (`<t>`), OpenDocument's `<text:p>`. */
const CELL_VALUES = ['<t>', '<t ', '<text:p>'];
const XML_NAMED = [' n="', ' name="', ' key="', " name='", " key='"];
const JSON_VALUES = ['"value"', '"parametervalue"', '"concealed"', '\\"value\\"'];
/** OpenTelemetry's attribute values (otel-pairs.ts). */
const OTEL_VALUES = ['"stringvalue'];
/** PHP's `var_dump` and `print_r` (runtime-dumps.ts). */
const DUMP_ARROWS = [']=>', '] => '];
const scan = literalScan([...XML_VALUES, ...CELL_VALUES, ...XML_NAMED, ...JSON_VALUES, ...OTEL_VALUES, ...DUMP_ARROWS]);

/** How far from a value its name is looked for (a few tags, a record's other fields). */
const NEAR = 400;

/** The last `c` in the `max` characters before `at`, or -1 (no search back further: a long line stays linear). */
function lastBefore(text: string, c: string, at: number, max: number): number {
  const from = Math.max(0, at - max);
  const i = text.slice(from, at).lastIndexOf(c);
  return i === -1 ? -1 : from + i;
}

const hitAt = (rule: string, start: number, value: string): Hit => ({ rule, start, end: start + value.length });

/** A value element at `at`: its tag's end and its text (one token), or null. */
const VALUE_ELEMENT =
  /<(string|value|param-value|parametervalue|data|t|text:p)\b[^<>]{0,256}>[ \t]*([^<\s]{1,4096})[ \t]*<\//iy;

/**
 * A spreadsheet cell's labels: the text of the cell just before (`A1=api_key`, `B1=<value>`), across the cell markup
 * between them only (`</t></si><si>`, `</t></is></c><c r="B1"><is>`, `</text:p></table:table-cell><table:table-cell>`),
 * never across a row's end. In shared strings (`<si>`), where a sheet's strings are listed in the order they first
 * appear, up to SHARED_BACK strings before: a header row's names come before its row's values (`service`, `api_key`,
 * `mistral`, `<value>`).
 */
const CELL_MARKUP =
  /^<\/(t|text:p)>(?:\s{0,8}<\/?(?:si|is|c|table:table-cell|text:p)(?:\s[^<>]{0,160})?>){1,6}\s{0,8}$/;
const CELL_LABEL = /^<(t|text:p)(?:\s[^<>]{0,120})?>([^<>]{1,120})$/;
const SHARED_STRING = /^<\/t>\s{0,8}<\/si>\s{0,8}<si>\s{0,8}$/;
const SHARED_BACK = 4;
function cellNamesBefore(text: string, at: number): string[] {
  const names: string[] = [];
  for (let pos = at; names.length < SHARED_BACK;) {
    const close = Math.max(lastBefore(text, '</t>', pos, 400), lastBefore(text, '</text:p>', pos, 400));
    if (close === -1) break;
    const between = text.slice(close, pos);
    const markup = CELL_MARKUP.exec(between);
    const open = markup === null ? -1 : lastBefore(text, '<', close, 260);
    const label = open === -1 ? null : CELL_LABEL.exec(text.slice(open, close));
    if (label === null || label[1] !== markup![1]) break;
    names.push(label[2]!);
    if (!SHARED_STRING.test(between)) break;
    pos = open;
  }
  return names;
}

/**
 * The name the markup before a value element gives it, read backwards over blanks: a closing `</key>`, `</name>`,
 * `</…-name>` element's text, or an opening tag (`<AdministratorPassword>`, `<setting name="…">`).
 */
function nameBefore(text: string, at: number): string | null {
  let i = at;
  const floor = Math.max(0, at - NEAR);
  while (i > floor && /\s/.test(text[i - 1]!)) i--;
  if (text.charCodeAt(i - 1) !== 62) return null;
  const open = lastBefore(text, '<', i - 1, 300);
  if (open < floor) return null;
  const tag = text.slice(open, i);
  const close = /^<\/([\w:.-]{1,64})>$/.exec(tag);
  if (close !== null) {
    if (!/(?:^|[-:])(?:key|name)$|^parameterkey$/i.test(close[1]!)) return null;
    const start = lastBefore(text, '<', open, 200);
    if (start < floor) return null;
    const m = /^<([\w:.-]{1,64})(?:\s[^<>]{0,200})?>([^<>]*)$/.exec(text.slice(start, open));
    return m !== null && m[1]!.toLowerCase() === close[1]!.toLowerCase() ? m[2]! : null;
  }
  const opening = /^<([A-Za-z][\w:.-]{0,63})(\s[^<>]*)?>$/.exec(tag);
  if (opening === null) return null;
  return attrName(opening[2] ?? '') ?? opening[1]!.replace(/^.*:/, '');
}

/** The value of a naming attribute (`N`, `Name`, `key`) in a tag's attributes. */
function attrName(attrs: string): string | null {
  return (
    /\s(?:n|name|key)\s*=\s*(?:"([^"]{1,120})"|'([^']{1,120})')/i
      .exec(attrs)
      ?.slice(1)
      .find((x) => x) ?? null
  );
}

function xmlValueHit(text: string, at: number): Hit | null {
  VALUE_ELEMENT.lastIndex = at;
  const m = VALUE_ELEMENT.exec(text);
  if (m === null) return null;
  const cell = m[1]!.length <= 6 && /^t$|^text:p$/i.test(m[1]!);
  const value = m[2]!;
  const names = cell ? cellNamesBefore(text, at) : [nameBefore(text, at)];
  for (const name of names) {
    const rule = name === null ? null : judgeJoinedName(name, value);
    if (rule !== null) return hitAt(rule, at + m[0].lastIndexOf(value), value);
  }
  return null;
}

/** An element named by an attribute: the opening tag around `at` (` name="` inside it), then its value. */
const NAMED_TAG = /<[A-Za-z][\w:.-]{0,63}(\s[^<>]{0,256}?)(\/?)>/y;
const VALUE_ATTR = /\svalue\s*=\s*(?:"([^"\s]{1,4096})"|'([^'\s]{1,4096})')/i;
/** Its text, maybe in a CDATA section (`<param name="auth"><![CDATA[…]]></param>`: Jenkins' and Ant's jobs). */
const TEXT_AFTER = /[ \t]*(?:<!\[CDATA\[((?:[^\s\]]|\](?!\]>)){1,4096})\]\]>|([^<\s]{1,4096}))[ \t]*<\//y;

function xmlNamedHit(text: string, at: number): Hit | null {
  const open = lastBefore(text, '<', at, 256);
  if (open === -1) return null;
  NAMED_TAG.lastIndex = open;
  const m = NAMED_TAG.exec(text);
  if (m === null || m.index + m[0].length <= at) return null;
  const name = attrName(m[1]!);
  if (name === null) return null;
  const attr = VALUE_ATTR.exec(m[1]!);
  if (attr !== null) {
    const value = attr[1] ?? attr[2]!;
    const rule = judgeJoinedName(name, value);
    return rule === null ? null : hitAt(rule, open + m[0].indexOf(attr[0]) + attr[0].lastIndexOf(value), value);
  }
  if (m[2] === '/') return null;
  const end = m.index + m[0].length;
  TEXT_AFTER.lastIndex = end;
  const t = TEXT_AFTER.exec(text);
  if (t === null) return null;
  const value = t[1] ?? t[2]!;
  const rule = judgeJoinedName(name, value);
  return rule === null ? null : hitAt(rule, end + t[0].indexOf(value), value);
}

/** The fields of a flat JSON record around `at`: from the `{` before it to the `}` after it, at most NEAR each way. */
function recordAround(text: string, at: number, end: number): string {
  const from = Math.max(0, at - NEAR);
  const before = text.slice(from, at);
  const a = Math.max(before.lastIndexOf('{'), before.lastIndexOf('}'));
  const after = text.slice(end, end + NEAR);
  const closes = after.search(/[{}]/);
  return before.slice(a + 1) + ' ' + (closes === -1 ? after : after.slice(0, closes));
}

/** A value field's string, one token (a value with blanks is prose: a hint, a description). */
const JSON_VALUE = /(\\?)"(value|parametervalue|concealed)\1"\s*:\s*\1"((?:[^"\\\s]|\\[^"\s]){1,4096})\1"/iy;
const JSON_NAME =
  /\\?"(name|key|designation|label|title|parameterkey|id|keyname)\\?"\s*:\s*\\?"([^"\\\n]{1,120})\\?"/gi;
/** Fields saying a record's value is concealed (1Password, ipywidgets, Postman, Bitwarden's hidden field). */
const CONCEALED =
  /\\?"(?:type|_model_name|model_name|kind|purpose)\\?"\s*:\s*\\?"(?:concealed|passwordmodel|secret|password|hidden)\\?"/i;

function jsonHit(text: string, at: number): Hit | null {
  JSON_VALUE.lastIndex = at;
  const m = JSON_VALUE.exec(text);
  if (m === null) return null;
  const value = m[3]!;
  const start = at + m[0].length - m[1]!.length - 1 - value.length;
  if (m[2]!.toLowerCase() === 'concealed')
    return concealedValue(value) ? hitAt('secret-key-value', start, value) : null;
  const record = recordAround(text, at, at + m[0].length);
  const param = harParams(text, at);
  JSON_NAME.lastIndex = 0;
  for (let n = JSON_NAME.exec(record); n !== null; n = JSON_NAME.exec(record)) {
    // Postman's API key auth names its key's record `value` (`"apikey": [{"key": "value", "value": …}, {"key": "key",
    // "value": "X-API-Key"}]`): judged as an API key.
    // `az storage account keys list` names each key's record by `keyName` (`key1`, `key2`): a storage account's key.
    const name =
      n[2] === 'value' && inListOf(text, at, POSTMAN_APIKEY, '"apikey')
        ? 'apikey'
        : /^keyname$/i.test(n[1]!)
          ? 'account_key'
          : n[2]!;
    const rule = judgeJoinedName(name, value) ?? (param && paramSecret(name, value) ? 'url-query-secret' : null);
    if (rule !== null) return hitAt(rule, start, value);
  }
  return CONCEALED.test(record) && concealedValue(value) ? hitAt('secret-key-value', start, value) : null;
}

/** How far back from a value its HAR list's name is looked for (a few dozen parameters). */
const HAR_BACK = 4096;
const HAR_PARAMS = /\\?"(?:queryString|params)\\?"\s*:\s*\[[^\]]*$/;

/**
 * Whether the record at `at` is in a HAR's `queryString` or `postData.params` list: its name and value are a URL's or
 * a form's parameter, judged as url-parts.ts judges one in a URL (`key=<hex>` is a key there).
 */
function harParams(text: string, at: number): boolean {
  return inListOf(text, at, HAR_PARAMS, '"queryString', '"params');
}

const POSTMAN_APIKEY = /\\?"apikey\\?"\s*:\s*\[[^\]]*$/;

/** Whether the record at `at` is in a list `list` opens (read from the last of `names` before it). */
function inListOf(text: string, at: number, list: RegExp, ...names: string[]): boolean {
  const before = text.slice(Math.max(0, at - HAR_BACK), at);
  const q = most(names.map((n) => before.lastIndexOf(n)));
  return q !== -1 && list.test(before.slice(q));
}

/** A value its record says is concealed: a password or a key, not a placeholder. */
const concealedValue = (v: string): boolean =>
  !isPlaceholderValue(v) && !/^\{\{|^op:\/\//.test(v) && (humanPassword(v) || namedCredential(v));

/** A value judged by the name read apart from it (an OpenTelemetry attribute's key, a PHP dump's name). */
function pairHit(pair: { name: string; value: string; start: number } | null): Hit | null {
  const rule = pair === null ? null : judgeJoinedName(pair.name, pair.value);
  return rule === null ? null : hitAt(rule, pair!.start, pair!.value);
}

/** The reader of the literal at `at`: by its first character (and the second for `"stringValue`). */
function readerAt(text: string, at: number, read: { end: number }): Hit | null {
  const c = text.charCodeAt(at);
  if (c === 60) return xmlValueHit(text, at);
  if (c === 32) return xmlNamedHit(text, at);
  if (c === 93) return pairHit(text.charCodeAt(at + 1) === 61 ? varDumpPair(text, at, read) : printRPair(text, at));
  const d = text.charCodeAt(at + 1);
  return d === 115 || d === 83 ? pairHit(otelPair(text, at)) : jsonHit(text, at);
}

function siblingHits(text: string): Hit[] {
  const hits: Hit[] = [];
  const read = { end: -1 };
  for (const at of scan?.(text) ?? []) {
    const hit = readerAt(text, at, read);
    if (hit !== null) hits.push(hit);
  }
  return distinctByStart(hits);
}

/** The pass of names and values in sibling elements and fields (see the file's comment). */
export function siblingPairPass(): Pass {
  return runPass(siblingHits);
}
