/**
 * A password as a command line, a file line or a form gives it, with no name to judge it by: not a variable, a mask, a
 * prompt, a placeholder, a date or a number that counts (generic.ts judges values under a name).
 */
import { sigilPassword } from './benign.js';
import { openedLikeCode } from './generated-passwords.js';

/** `****`, `*.txt`, `%VAR%`, `%(name)s`: a leading `*` or `%` that masks, globs or reads a variable (not `*x9…`). */
export const isMaskOrVariable = (v: string): boolean => /^\*(?:\*|\.|$)|^%(?:\(|[A-Za-z_]\w*%|[sd]\b)/.test(v);

/**
 * A password on a command line or in a file line: not a variable, a prompt, a placeholder or a number. `quote`: the
 * value was read from a shell's command line (`curl -u`, `mysql -p`, `--password=`, a URL: formats.ts) in this quote
 * (`''` bare): a `$` there opens a variable unless single-quoted (`-p'$Maple_river42'`), a number alone is a uid, a
 * port or a count, and a bracket opens a template (`{{ .pw }}`, `[REDACTED]`).
 */
export function isCliPassword(v: string, quote?: string): boolean {
  const shell = quote !== undefined;
  if (v.length < 4 || /^[<:]/.test(v) || isMaskOrVariable(v)) return false;
  // A generator's output may start with `$` (`-p '$Kc7UU4k@xadqJ6-'`: attack 50); a variable's name reads as one.
  if (v[0] === '$' && !sigilPassword(v, !shell || quote === "'")) return false;
  if (/^\d+$/.test(v) && (shell || !digitsPassword(v))) return false;
  if (shell ? /^[{[]/.test(v) : openedLikeCode(v)) return false;
  if (/^(?:env|file|fd|stdin):/i.test(v)) return false;
  return !/^(?:password|passwd|pass|secret|changeme|redacted|null|none|your[_-]?password|x+|\.+|\*+|required|below|is|for|and|the|to|of)$/i.test(
    v,
  );
}

/**
 * Eight to twenty digits, a PIN's or a generator's (round 28), not a date (`20260131`, `31122024`, `12312024`), a
 * round number (`12000000`), a Unix time in s, ms, µs or ns, nor a North American phone number (`14155550123`).
 */
export const digitsPassword = (v: string): boolean =>
  /^\d{8,20}$/.test(v) &&
  !/0000$/.test(v) &&
  !/^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])/.test(v) &&
  !/^(?:(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?:19|20)\d\d$/.test(v) &&
  !/^1\d{9}$|^1\d{12}$|^1\d{15}$|^1\d{18}$|^1[2-9]\d{9}$/.test(v);
