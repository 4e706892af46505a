/** Characters' classes (lower, upper, digit, other), for the value judges (generic.ts, generated-passwords.ts). */
const classOf = (c: number): number => (c >= 97 && c <= 122 ? 0 : c >= 65 && c <= 90 ? 1 : c >= 48 && c <= 57 ? 2 : 3);

/** The fraction of neighbouring characters whose class (lower, upper, digit, other) differs. */
export function classChanges(s: string): number {
  let changes = 0;
  for (let i = 1; i < s.length; i++) if (classOf(s.charCodeAt(i)) !== classOf(s.charCodeAt(i - 1))) changes++;
  return s.length < 2 ? 0 : changes / (s.length - 1);
}

/**
 * An environment variable's or a constant's name (`DB_PASSWORD`, `SECRET`): upper case and digits, words joined by
 * underscores; with `joined`, two words or more (`DB_PASSWORD`, not `SECRET`).
 */
export const constantName = (s: string, joined = false): boolean =>
  /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/.test(s) && (!joined || s.includes('_'));
