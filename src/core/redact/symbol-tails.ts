/**
 * A password's rest after the symbol a reading stopped at (attack 26): the key-name, prose and command readings end
 * a value at `,`, `;`, `#`, `]`, `)` or `!` (code's and prose's ends), and a generator's password holds them
 * (`db_password=[REDACTED],!W+%z#Wrt`, `Wachtwoord: [REDACTED];NiT6PF:zBf`). A hit of a password's or a key's reading
 * that such a symbol ends is read on to the next blank or quote when the whole reads as a generator's (generated) or a
 * person's password with that symbol in it; but a connection string's next field (`;Encrypt=yes`, `&sslmode=`), a
 * closing bracket then punctuation (`f(password=x),`), and a sentence's end stay out.
 */
import { humanPassword } from './credential-values.js';
import type { Hit } from './pass.js';
import { generated } from './prose-values.js';
import { UUID_VALUE } from './shapes.js';

/** The rules whose hits are a password's or a key's value read in its context. */
const VALUE_RULES = new Set([
  'secret-key-value',
  'generic-secret',
  'line-value',
  'named-value',
  'prose-password',
  'prose-secret',
  'cli-password',
  'command-password',
  'user-password-pair',
  'auth-command-password',
]);
/** The symbols a reading stops at that a generated password holds. */
const STOPS = /^[,;#!$%^&*()[\]{}~?:=+@|]/;
/** The rest: to the next blank, quote, backtick or `<` (at most 64 characters). */
const REST = /[^\s"'`<]{1,64}/y;
/**
 * A connection string's, a query's or an object's next field anywhere in it (`;Encrypt=yes`, `,user:bob`), brackets
 * closed then opened (`][user=bob]`), a closer then punctuation or the end, words after `;` (cookie flags `;Secure`, a
 * command `;echo`): no password's rest. A known value is learned whole where it was found (its reading's hit read on
 * here), and is matched exactly.
 */
const NOT_REST =
  /[;,&|][ \t]*[A-Za-z][\w .-]{0,40}[:=]|[)\]}][([{]|^[)\]}]+(?:[,;.:)\]}]|$)|^[.,;:!?]+$|^(?:[;,]\p{L}+)+$/u;

/** No code span is open at `at`: an even number of backticks before it on its line (at most 256 characters back). */
function evenTicks(text: string, at: number): boolean {
  const from = Math.max(0, at - 256);
  const line = text.slice(from, at);
  const head = line.slice(line.lastIndexOf('\n') + 1);
  return (head.match(/`/g)?.length ?? 0) % 2 === 0;
}

/** The hits, each password's or key's read on over the symbols its reading stopped at (see the file's comment). */
export function symbolTails(text: string, hits: Hit[]): Hit[] {
  let out: Hit[] | null = null;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const c = text[h.end];
    // A backtick the value did not open (`Pass: [REDACTED]\`09%fI5T^LT`, round 28) is a symbol of it too.
    const tick = c === '`' && evenTicks(text, h.start);
    if (!VALUE_RULES.has(h.rule) || !(tick || STOPS.test(c ?? ''))) continue;
    // A field's separator on both sides (a CSV row's `exa,<key>,2026-01-03`), or a UUID read whole: the value ends.
    if ((/[,;|]/.test(c!) && text[h.start - 1] === c) || UUID_VALUE.test(text.slice(h.start, h.end))) continue;
    REST.lastIndex = h.end + (tick ? 1 : 0);
    const m = REST.exec(text);
    if (m !== null && tick) m[0] = `\`${m[0]}`;
    if (m === null || NOT_REST.test(m[0]) || !/[A-Za-z0-9]/.test(m[0])) continue;
    // A sentence's or a list's end after the rest (`…,!W+%z#Wrt.`) is none of it.
    const rest = m[0].replace(/[.,;:!?)\]]+$/, '');
    const end = h.end + rest.length;
    const next = hits[i + 1];
    if (rest.length === 0 || (next !== undefined && next.start < end)) continue;
    const v = text.slice(h.start, end);
    if (v.length > 160 || !(generated(v) || (humanPassword(v) && /[^\w]/.test(rest)))) continue;
    out ??= hits.slice();
    out[i] = { ...h, end };
  }
  return out ?? hits;
}
