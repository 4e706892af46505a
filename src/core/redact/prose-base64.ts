/**
 * Base64 whose bytes are a sentence (`YWRpcGlzY2luZyBsb3JlbSBlbGl0…` is `adipiscing lorem elit …`: attack 58): a
 * run readers with no name beside it (near-labels.ts) must not take for a key. Random key bytes decode to no text; a
 * credential's text (`user:password`, a token) holds no run of words. What it holds is scanned as a carrier's text.
 */
const BASE64 = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

/** The printable text base64 (standard or URL-safe) `v` decodes to, or null. */
function printableText(v: string): string | null {
  if (!BASE64.test(v) || v.replace(/=+$/, '').length % 4 === 1) return null;
  const text = Buffer.from(v.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
  return /^[\x20-\x7e\t\r\n]+$/.test(text) ? text : null;
}

/**
 * True when `v` is base64 of a JSON object or list with no secret's name in it: a page's cursor
 * (`eyJwYWdlIjogMzh9` is `{"page": 38}`); a JSON Web Token's parts have dots between them.
 */
export function base64Json(v: string): boolean {
  const text = printableText(v);
  return text !== null && /^\s*[{[]/.test(text) && !/key|token|secret|passw|auth|cred/i.test(text);
}

/** True when `v` is base64 (standard or URL-safe) of printable text with three or more words apart by blanks. */
export function base64Prose(v: string): boolean {
  const text = printableText(v);
  if (text === null) return false;
  const words = text.match(/[A-Za-z]{2,}/g) ?? [];
  return words.length >= 3 && (text.match(/ /g) ?? []).length >= 2 && words.join('').length >= text.length * 0.6;
}
