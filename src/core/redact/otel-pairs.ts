/**
 * OpenTelemetry's (OTLP JSON) attributes: a name and its value in separate fields of one record, the value one level
 * down (`{"key":"gen_ai.request.api_key","value":{"stringValue":"…"}}`), or in an array value
 * (`{"key":"http.request.header.x-api-key","value":{"arrayValue":{"values":[{"stringValue":"…"}]}}}`), also with the
 * value's field first (`{"value":{"stringValue":"…"},"key":"…"}`) and inside a JSON string (`\"key\"`). Found from the
 * `"stringValue` literal (sibling-pairs.ts's scan); the name is the attribute's `key`, read in a bounded window before
 * or after the value, and judged as sibling-pairs.ts judges a pair's name.
 */

/** A quote, escaped or not (the record inside a JSON string). */
const Q = '\\\\?"';
const STRING_VALUE = new RegExp(`"stringValue${Q}\\s*:\\s*${Q}((?:[^"\\\\\\s]|\\\\[^"\\s]){1,4096})${Q}`, 'iy');
/** Earlier elements of an array value: strings only (a name's other values). */
const ELEMENTS = `(?:\\{\\s*${Q}stringValue${Q}\\s*:\\s*${Q}[^"\\\\]{0,512}${Q}\\s*\\}\\s*,\\s*){0,16}`;
/** The name before the value: `"key":"…","value":{` and, for an array value, `"arrayValue":{"values":[…,{`. */
const NAME_BEFORE = new RegExp(
  `^${Q}key${Q}\\s*:\\s*${Q}([^"\\\\\\n]{1,120})${Q}\\s*,\\s*${Q}value${Q}\\s*:\\s*\\{\\s*` +
    `(?:${Q}arrayValue${Q}\\s*:\\s*\\{\\s*${Q}values${Q}\\s*:\\s*\\[\\s*${ELEMENTS}\\{\\s*)?$`,
);
/** The name after the value: `},"key":"…"` (or `}]}},"key":"…"` closing an array value of one element). */
const NAME_AFTER = new RegExp(
  `\\s*\\}(?:\\s*\\]\\s*\\}\\s*\\})?\\s*,\\s*${Q}key${Q}\\s*:\\s*${Q}([^"\\\\\\n]{1,120})${Q}`,
  'y',
);
/** How far before a value its attribute's `key` is looked for. */
const NEAR = 1200;

/** The attribute's name and value at a `"stringValue` literal, or null. */
export function otelPair(text: string, at: number): { name: string; value: string; start: number } | null {
  STRING_VALUE.lastIndex = at;
  const m = STRING_VALUE.exec(text);
  if (m === null) return null;
  const value = m[1]!;
  const end = at + m[0].length;
  const start = at + m[0].lastIndexOf(value);
  const from = Math.max(0, at - NEAR);
  const window = text.slice(from, at);
  const key = Math.max(window.lastIndexOf('"key"'), window.lastIndexOf('"key\\"'));
  let quote = key === -1 ? -1 : from + key;
  if (quote > from && text[quote - 1] === '\\') quote--;
  const before = quote < from ? null : NAME_BEFORE.exec(text.slice(quote, text[at - 1] === '\\' ? at - 1 : at));
  if (before !== null) return { name: before[1]!, value, start };
  NAME_AFTER.lastIndex = end;
  const after = NAME_AFTER.exec(text);
  return after === null ? null : { name: after[1]!, value, start };
}
