/**
 * Which values found while redacting are learned (learned.ts) and so replaced in every other file of the export. A
 * value found by a provider's token shape is not learned at all (it is found wherever it is); a value under a secret
 * key name is learned when learned.ts's propagatable takes it. A value found only by a heuristic pass (an MCP map's
 * value, a provider-keyed map's, a section's, a command's output, a labelled value) is redacted where it was found,
 * and learned only when it also reads as a credential: random enough, and no identifier (attack8 FP-1 to FP-5: one
 * model name taken for a key under an MCP `env:` was replaced in every agent's `backend.model`).
 */
import { randomToken } from './credential-values.js';
import { generatedPassword } from './generated-passwords.js';
import { classChanges, isServiceKeyName, shannon } from './generic.js';

/** A UUID (any version), with or without braces. */
const UUID = /^\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?$/i;
/** Hex alone: a hash, a checksum, a commit, a trace or span id, a seed, a key id (`0xA1B2…`). */
const HEX = /^(?:0x)?[0-9a-f]+$/i;
/** The ids APIs give responses, messages, runs, files and organisations (`chatcmpl-…`, `msg_…`, `resp_…`, `org-…`). */
const API_ID =
  /^(?:chatcmpl|cmpl|msg|msgbatch|resp|org|run|thread|asst|file|batch|req|request|call|toolu|evt|event|trace|span|ft|ftjob|step|vs|gen|job|sess|session|conv|conversation|item|comp|completion)[-_][A-Za-z0-9]/i;
/**
 * A part of a name made of words and numbers: a number (`20241022`, `4`, `70b`), a word with a number after it
 * (`sonnet`, `eastus2`, `gpt4o`, `v1`, `xy12345`) in one case or capitalised. A word of 4 or more letters holds a vowel
 * (`kxqzw` is no word).
 */
const PART =
  /^(?:\d+[A-Za-z]{0,2}|\d+x\d+[A-Za-z]?|[a-z]{1,15}\d{0,8}[a-z]{0,2}|[A-Z][a-z]{0,14}\d{0,8}|[A-Z]{1,15}\d{0,8})$/;

function wordPart(p: string): boolean {
  if (!PART.test(p)) return false;
  const letters = p.replace(/[^A-Za-z]/g, '');
  return letters.length < 4 || /[aeiouy]/i.test(letters);
}

/**
 * True for a value that names or identifies rather than authenticates: a UUID, hex (a hash, an id), an API's id of a
 * response or an organisation, or words and numbers joined by `-_.:/@+` (model names `claude-3-5-sonnet-20241022`,
 * `gpt-4.1-2025-04-14`, project ids `acme-prod-428913`, deployments, regions, dated releases, secrets' names
 * `openai-api-key-prod`, `db-password:latest`).
 */
export function identifierShape(v: string): boolean {
  return UUID.test(v) || HEX.test(v) || namedShape(v);
}

/**
 * True for a name's shape: an API's id of a response or an organisation, or words and numbers joined by `-_.:/@+`
 * (identifierShape without the UUIDs and hex, which are keys under some names: a Postmark token is a UUID).
 */
export function namedShape(v: string): boolean {
  if (API_ID.test(v)) return true;
  const parts = v.split(/[-_.:/@+]+/).filter((p) => p !== '');
  return parts.length >= 2 && parts.every(wordPart);
}

/**
 * True for a token a decoder read alone (spelled in bytes or escapes) that names or carries public text: a UUID, a
 * name's shape (namedShape: model names, ids), a table's alphabet, or base64 of printable text (`SGVsbG8sIHdvcmxk`).
 * A key spelled that way still goes when its prefix, a name beside it or the text it decodes to says secret.
 */
export function decodedIdentifier(v: string): boolean {
  if (UUID.test(v) || namedShape(v)) return true;
  // A table's run of consecutive characters (`ABC…Zabc…z0…9+/`, `0123456789abcdef`).
  let steps = 0;
  for (let k = 1; k < v.length; k++) if (v.charCodeAt(k) === v.charCodeAt(k - 1) + 1) steps++;
  if (steps * 2 >= v.length) return true;
  if (!/^[A-Za-z0-9+/]{12,}={0,2}$/.test(v) || v.length % 4 !== 0) return false;
  return Buffer.from(v, 'base64').every((b) => (b >= 32 && b < 127) || b === 10);
}

/** True for words and numbers alone, one or more, joined by blanks or `-_.:/@+` (`refresh3`, `cfg crypto97`). */
export function wordsAndNumbers(v: string): boolean {
  const parts = v.split(/[-_.:/@+\s]+/).filter((p) => p !== '');
  return parts.length >= 1 && parts.every(wordPart);
}

function vowelShare(v: string): number {
  const letters = v.replace(/[^A-Za-z]/g, '');
  return letters.length === 0 ? 0 : letters.replace(/[^aeiouAEIOU]/g, '').length / letters.length;
}

/**
 * True for a value a heuristic pass found that is learned: no identifier, no text with an interpolation (`${userId}`,
 * `$HOME`) or an assignment in it (`id=npmrc,src=…`), and random: context.ts's randomToken, 16 or more characters
 * whose class (case, digit) changes often, or 10 or more characters mixing three classes (letters of both cases,
 * digits, symbols) at 3 bits per character.
 */
export function readsAsCredential(v: string): boolean {
  if (identifierShape(v) || (/\$\{|\$[A-Za-z_(]|[=,]/.test(v.replace(/=+$/, '')) && !generatedPassword(v)))
    return false;
  if (randomToken(v)) return true;
  // Letters (and digits) whose class changes at every few characters: random, not words (`VzpKIoawwRSFqPZH`).
  if (/^[A-Za-z0-9_+/=.~-]{16,}$/.test(v) && classChanges(v) >= 0.3 && shannon(v) >= 3.5) return true;
  // Or 20 or more with few vowels: words hold about 4 in 10 of their letters, random letters 1 in 5.
  if (/^[A-Za-z0-9_+/=.~-]{20,}$/.test(v) && shannon(v) >= 3.8 && vowelShare(v) < 0.3) return true;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(v)).length;
  return v.length >= 10 && classes >= 3 && shannon(v) >= 3;
}

/**
 * True for a UUID found under a service's key name (`AZDO_PAT`, `HEROKU_KEY`, `SERVICE_KEY`: generic.ts redacts a UUID
 * there), learned though a UUID is no credential's shape: it is then redacted wherever else it appears. Under an id's
 * name (`request_id`, `trace_id`, `cache_key`) it was never a hit.
 */
export const serviceKeyUuid = (key: string | null, v: string): key is string =>
  key !== null && UUID.test(v) && isServiceKeyName(key);
