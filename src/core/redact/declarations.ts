/**
 * C and C++ declarations read as `name value` (`SecretValue *secret;`, `Secret *token,`): a type, then a pointer's
 * `*` and a variable's name, ended by `;`, `,`, `)`, `[` or ` =`. A declaration names a variable; it holds no value.
 */
import { inBenignRegion } from './benign-regions.js';
import { isCodeValue, isPlaceholderText, type HitContext } from './benign.js';
import { offShadowField } from './colon-lines.js';
import type { Hit } from './pass.js';

/** A pointer's declarator: one or two `*`, an identifier, then the declaration's end (the hit may take it). */
const DECLARATOR = /^\*{1,2}[A-Za-z_]\w{0,63}(?:[;,)[]|\s*=(?!=))?$/;
/** What a declarator follows: a type's name (`Secret`, `std::string`, `char`, `const T`, `T<U>`) and blanks. */
const TYPE_BEFORE = /(?:^|[\s(,;{])(?:[A-Za-z_]\w{0,63}(?:::[A-Za-z_]\w{0,63}){0,4}>?|>)[ \t]+$/;

/** True when the hit is a pointer's declarator after a type: a variable declared, not a value. */
export function pointerDeclarator(h: Hit, text: string): boolean {
  if (text.charCodeAt(h.start) !== 42) return false;
  const value = text.slice(h.start, Math.min(h.end, h.start + 80));
  if (!DECLARATOR.test(value)) return false;
  // Past the identifier: a declaration's end (`;`, `,`, `)`, `[`, `=`), the hit's own or the text's next character.
  const after = text.slice(h.end, h.end + 3);
  if (!/[;,)[=]$/.test(value) && !/^\s*[;,)[=]/.test(after)) return false;
  return TYPE_BEFORE.test(text.slice(Math.max(0, h.start - 80), h.start));
}

/**
 * True for a hit a context pass found that is no value: a source map's mappings, a cache key, an id column
 * (benign-regions.ts), a C/C++ declaration's `*name;` after a type
 * (`SecretValue *secret;`: declarations.ts), an `/etc/shadow` line's day counts (colon-lines.ts), or a placeholder or
 * reference after quoted-printable's `=3D` (`SECRET_KEY=3D$PGPASSWORD`, `=3Dchangeme`), read without its `3D`.
 */
export function judgedOff(h: Hit, text: string, ctx: HitContext): boolean {
  if (pointerDeclarator(h, text) || offShadowField(text, h.start) || inBenignRegion(h, text)) return true;
  if (text.charCodeAt(h.start - 1) !== 61 || !text.startsWith('3D', h.start)) return false;
  const v = text.slice(h.start + 2, h.end);
  return v.length > 0 && (isPlaceholderText(v) || isCodeValue(v, false, null, ctx));
}
