/**
 * A secret put in place of a placeholder by a replacement (README, Redaction, item 5): `sed` and
 * `perl` substitutions with any delimiter (`sed -i 's/changeme/…/'`, `perl -pi -e 's|__TOKEN__|…|'`),
 * and replace calls (`.replace("REPLACE_ME", "…")`, `.replaceAll`, `str_replace`, awk's `gsub`/`sub`,
 * Ruby's `gsub!`, Go's `strings.Replace(s, "TOKEN", "…", -1)`, PowerShell's `-replace 'changeme', '…'`).
 * The new text is the secret when the old one is a placeholder (replacedSecret) and the new one a
 * password or a generated value; after any other old text, only a random-looking token is (an edit:
 * `s/localhost/db.internal/`, a version bump, a rename to `DB_PASSWORD`, a hash moved on, stay).
 * credential-pairs.ts finds the lines.
 */
import { humanPassword, mixedAlnum, namedCredential, randomToken } from './credential-values.js';

/** A substitution in a sed or perl line: `s` after a quote or a blank, a delimiter, the old text, the new text. */
export const SUBSTITUTION =
  /(?<=^|[\s'"])s([^\w\s\\])((?:(?!\1)[^\r\n\\]|\\.){1,256})\1((?:(?!\1)[^\r\n\\]){1,256})\1/g;

const Q = `["'\`]`;
/** A replace call: the old text (a literal or a /regex/) and the new one, a string literal. */
export const REPLACE_CALL = new RegExp(
  `(?:\\b(?:replace|replaceAll|Replace|ReplaceAll|str_replace|str_ireplace|gsub!?|sub!?)[ \\t]*\\([ \\t]*(?:[A-Za-z_$][\\w$.]*[ \\t]*,[ \\t]*)?(?:(${Q})([^"'\`\\r\\n]{1,256})\\1|/((?:[^/\\\\\\r\\n]|\\\\.){1,256})/[gimsuy]*)[ \\t]*,[ \\t]*(${Q})([^"'\`\\\\\\r\\n]{1,512})\\4)`,
  'g',
);

/** PowerShell's `-replace 'changeme', '…'` (also `-creplace`, `-ireplace`). */
export const PS_REPLACE = /-[ci]?replace[ \t]+(["'])([^"'\r\n]{1,256})\1[ \t]*,[ \t]*(["'])([^"'`\r\n]{1,512})\3/gi;

/** A line that may hold a replace call (its `(`: credential-pairs.ts's line finder). */
export const replaceCallAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i - 1);
  // `replace(`, `replaceAll(`, `sub(`, `gsub!(`, then a quote, a `/` or a first argument.
  return (
    (c === 101 || c === 108 || c === 98 || c === 33) && /(?:[Rr]eplace(?:All)?|sub!?)$/.test(text.slice(i - 10, i))
  );
};

/** Old text that stands for a value: `<password>`, `{{token}}`, `${X}`, `__KEY__`, `changeme`, `xxx`, `YOUR_TOKEN`. */
function placeholder(old: string): boolean {
  const o = old.replace(/^\^|\$$/g, '');
  if (
    /^(?:<[^<>]{1,40}>|\{\{[^{}]{1,40}\}\}|\\?\$\\?\{?\w{1,40}\}?|__\w{1,40}__|%\w{1,40}%|@\w{1,40}@|x{3,}|\*{3,})$/i.test(
      o,
    )
  )
    return true;
  return (
    /^[\w-]{3,40}$/.test(o) &&
    /change_?me|replace|your|placeholder|_here$|^todo$|^fixme$|token|key|secret|pass|pwd|cred|auth/i.test(o)
  );
}

/** New text that names, points at or masks a value instead of being one. */
function notAValue(v: string): boolean {
  return (
    v.length < 8 ||
    /\s|^[$%<{@]|^\[?REDACTED|^[*xX.#]+$/.test(v) ||
    // UPPER_SNAKE, snake_case, camelCase and PascalCase names: a rename (`s/TOKEN/GITHUB_TOKEN/`).
    /^(?:[A-Z][A-Z0-9]*_[A-Z0-9_]+|[A-Z]+|[a-z]+(?:[_-][a-z]+)*|[a-z]+(?:[A-Z][a-z]+)+|(?:[A-Z][a-z]+){2,})$/.test(v) ||
    // Hosts, paths, versions, dates, numbers.
    /\/|^[\w-]+(?:\.[A-Za-z-]+)+$|^v?\d+(?:[.-]\d+)*$/.test(v)
  );
}

/** Whether `value`, put in place of `old` by a substitution or a replace call, is a secret. */
export function replacedSecret(old: string, value: string): boolean {
  if (notAValue(value)) return false;
  if (placeholder(old))
    return humanPassword(value) || mixedAlnum(value) || namedCredential(value) || randomToken(value);
  // Any other old text: an edit, unless the new text is a generated token; not one that continues the old
  // (`gpt-4` → `gpt-4o-2024-08-06`) or a hash moved on (a lockfile's, a pinned commit).
  if (old.length >= 3 && value.startsWith(old)) return false;
  if (/^[0-9a-f]+$/i.test(old) && /^[0-9a-f]+$/i.test(value)) return false;
  return (namedCredential(value) || randomToken(value)) && !/\d{4}-\d\d-\d\d/.test(value);
}
