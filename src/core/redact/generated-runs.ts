/**
 * A generator's password after a secret name (key-name-pass.ts; generated-passwords.ts judges the value): read to the
 * blank after an environment variable's name, or after another name when its letters and digits change class throughout
 * (`# password: H;{3OgY7}i0c8Q3`), and past the characters that end code's values after an environment variable's.
 */
import { constantName } from './char-classes.js';
import { generatedPassword } from './generated-passwords.js';
import { isSecretKey } from './key-names.js';

/** An environment variable's secret name (`SMTP_PASSWORD`, `DB_PASS`). */
export const envSecretName = (name: string): boolean => constantName(name, true) && isSecretKey(name);

/**
 * Whether a value read to its blank after `name` (`value` ends at `end`) is a generator's password: after an
 * environment variable's name, or after another name at its line's end (minified code's `authToken:!0,b:1};o.…` goes
 * on after its blank).
 */
export function generatedValue(input: string, name: string, value: string, end: number): boolean {
  if (envSecretName(name)) return generatedPassword(value);
  return /^[ \t]*(?:\r?\n|$)/.test(input.slice(end, end + 64)) && generatedPassword(value, true);
}

/**
 * After an environment variable's secret name, a generator's password runs on past a `}`, `,`, `;`, `)` or `]` that
 * ends code's values, to the blank, quote or backslash that ends it (`SMTP_PASSWORD=OPs1MO}kJr,^?TO}\n` in a JSON
 * string, `==ngmdMPl3#sk]SwK`: generated-passwords.ts): the end of the value, or `end` where it does not.
 */
export function generatedRun(input: string, name: string, start: number, end: number): number {
  if (!envSecretName(name)) return end;
  const rest = /^[},;)\]][^\s"'`\\]*/.exec(input.slice(end, start + 65))?.[0];
  if (rest === undefined || !/[A-Za-z0-9]/.test(rest) || !/^(?:\s|["'`\\]|$)/.test(input.slice(end + rest.length)))
    return end;
  return generatedPassword(input.slice(start, end + rest.length)) ? end + rest.length : end;
}
