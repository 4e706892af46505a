/**
 * The shapes near-labels.ts reads: a value a label may name (a key's shape) and a line of encoded data (no label's).
 */
import { base64Prose } from './prose-base64.js';
import { namedCredential } from './credential-values.js';
import { UUID_VALUE } from './shapes.js';

/** A Twilio SID (`AC`, `SK`, `PN` + 32 hex): a public id. */
const TWILIO_SID = /^[A-Z]{2}[0-9a-f]{32}$/;

/** A key's shape: a UUID, 32 to 64 hex digits with letters and digits, or random base62 (no `_`/`-` runs of words). */
export function keyShaped(v: string): boolean {
  if (UUID_VALUE.test(v)) return true;
  if (base64Prose(v)) return false;
  if (TWILIO_SID.test(v)) return false;
  if (/^[0-9a-fA-F]+$/.test(v)) return v.length <= 64 && /[a-f]/i.test(v) && /\d/.test(v);
  return /^[A-Za-z0-9]+$/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) && namedCredential(v);
}

/** A line of base64 or other encoded data only (no blank inside, letters of both cases and digits). */
export function dataLine(line: string): boolean {
  const t = line.trim();
  return t.length >= 40 && /^[A-Za-z0-9+/=_-]+$/.test(t) && /[a-z]/.test(t) && /[A-Z]/.test(t) && /\d/.test(t);
}

/** A list item's mark and the indent before it. */
const LIST_ITEM = /^([ \t]*)(?:[-*+•]|\d{1,3}[.)])[ \t]/;
/**
 * Two items of one list (at the same indent): the one above is a sibling, no label (`- auth = (username, password)`
 * then `- <48 hex>`: attack 58); a label's item holds its values deeper.
 */
export function siblingItems(above: string, line: string): boolean {
  const item = LIST_ITEM.exec(line)?.[1];
  return item !== undefined && LIST_ITEM.exec(above)?.[1] === item;
}

/** A label's own value ending its line: quoted, or a word of eight characters or more with digits and letters. */
const OWN_VALUE = /[:=\uff1a][ \t]*(?:(["'`])[^"'`\r\n]{4,}\1|(?=\S{8,}[ \t]*\r?$)(?=\S*\d)\S*[A-Za-z]\S*)[ \t]*\r?$/;
/** Whether a line above a value gives its label a value of its own (`My wifi passphrase: "…"`): it names no other. */
export const ownValue = (line: string): boolean => OWN_VALUE.test(line);
