/**
 * Credential files written one record a line with `:` between fields, pasted into notes and answers:
 * - `.pgpass`: `host:port:database:user:password`, the port a number or `*`; the last field is the password whatever
 *   it holds (symbols too; `\:` escapes a colon);
 * - `/etc/shadow`: `user:hash:lastchange:min:max:warn:…`, the second field a hash or password unless it locks the
 *   account (`*`, `!`, `x`);
 * - `user:password` after a line's label that says so (`htpasswd`, `user:password`, `basic auth`, `credentials`), or as
 *   the value of a name ending in `auth` (Beats' `cloud.auth: "elastic:…"`, `basic_auth:`).
 * A record is a run with no blank, quote or backtick; the reading is one bounded regex per run.
 */
import { isCliPassword } from './cli-passwords.js';
import { isPlaceholderText } from './benign.js';
import { lineBefore, lineEndWithin, lineStartWithin } from './line-heads.js';
import type { Hit, Pass } from './pass.js';

/** A run that may be a record: between blanks, quotes and backticks, at most 512 characters read. */
const RUN_MIN = 7;
const RUN_MAX = 512;
/** What ends a run: a blank (any of `\s`), a quote or a backtick. */
const ends = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 34 || c === 39 || c === 96 || (c > 127 && /\s/.test(String.fromCharCode(c)));

/**
 * The runs that hold a `:` (their first RUN_MAX characters, RUN_MIN or more): found from each colon, not by a regex
 * over every run of the text (most hold none). Each character is read once: a run ends before the next colon's.
 */
function* colonRuns(text: string): Generator<{ at: number; run: string }> {
  let done = 0;
  for (let c = text.indexOf(':'); c !== -1; c = text.indexOf(':', Math.max(c + 1, done))) {
    let s = c;
    while (s > done && !ends(text.charCodeAt(s - 1))) s--;
    let e = c + 1;
    while (e < text.length && !ends(text.charCodeAt(e))) e++;
    done = e;
    // (a run's first RUN_MAX characters only: a colon past them is in no record)
    if (e - s >= RUN_MIN && c < s + RUN_MAX) yield { at: s, run: text.slice(s, Math.min(e, s + RUN_MAX)) };
  }
}
/**
 * `.pgpass`: a host (a name, an address or `*`), a port or `*`, a database and a user, then the password. The host's
 * letter is looked ahead for, not placed between two stars (`a`×500 then `:x`: no quadratic backtracking).
 */
const PGPASS =
  /^(?:\*|(?=[^:]{0,253}[A-Za-z.])[A-Za-z0-9._-]+|\[[0-9A-Fa-f:]+\]):(?:\d{1,5}|\*):[\w.*$-]{1,63}:[\w.*@$-]{1,63}:((?:\\.|[^:\\]){1,256})$/;
/** `/etc/shadow`: a user, the hash, then the day counts (`:19700:0:99999:7:::`). */
const SHADOW = /^[a-z_][\w.-]{0,31}:([^:]{4,256}):\d{1,6}:\d{0,6}:\d{0,6}:\d{0,6}:\d{0,6}:\d{0,6}:?$/;
/** `user:password` (no `@`, `:` or `//` in the password, no `/` first: no URL, no time, no `host:/path`). */
const USER_PASS = /^[A-Za-z_][\w.-]{0,31}:((?!\/)(?:[^:@/\s]|\/(?!\/)){6,128})$/;
/** A line's label that says its `user:password` is one. */
const PAIR_LABEL =
  /htpasswd|user(?:name)?:pass(?:word)?|basic[ -]auth|credentials?\s*[:(]|(?:^|[\s._-])auth["']?[ \t]*[:=][ \t]*["']?$/i;

/** A crypt(3) hash (`$6$salt$…`, yescrypt's `$y$j9T$…`, `$apr1$`, `$2b$12$`): a password's hash, crackable. */
const CRYPT = /^\$[\w.-]{1,8}\$[^:\s]{8,}$/;

/** A value that a record's field holds in place of a password: a placeholder, a variable, a lock. */
const notPassword = (v: string): boolean =>
  !CRYPT.test(v) && (/^(?:[*!x]+|!!|\$\w+|\$\{\w+\}|<[^>]*>)$/.test(v) || isPlaceholderText(v) || !isCliPassword(v));

/** The start and end of a field `m[1]` that ends the run. */
function lastField(m: RegExpExecArray, at: number): [number, number] {
  const end = at + m[0].length;
  return [end - m[1]!.length, end];
}

function colonLineHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of colonRuns(text)) {
    const run = m.run;
    const pg = PGPASS.exec(run);
    // A `.pgpass` record is a line of its own or quoted (not `app.log:42:ERROR:root:Connection`, grep's output).
    if (pg && !notPassword(pg[1]!) && !/^[A-Z]?[a-z]+$/.test(pg[1]!) && recordStart(text, m.at)) {
      const end = m.at + run.length;
      hits.push({ rule: 'pgpass-password', start: end - pg[1]!.length, end });
      continue;
    }
    const sh = SHADOW.exec(run);
    if (sh && !notPassword(sh[1]!)) {
      const start = m.at + run.indexOf(':') + 1;
      hits.push({ rule: 'shadow-hash', start, end: start + sh[1]!.length });
      continue;
    }
    const up = USER_PASS.exec(run);
    if (up && !notPassword(up[1]!) && /[^A-Za-z]/.test(up[1]!) && labelled(text, m.at)) {
      const [start, end] = lastField(up, m.at);
      hits.push({ rule: 'user-password-pair', start, end });
    }
  }
  return hits;
}

/** Whether a record starts at `at`: a line's start after blanks or a list's or a quote's mark, or a quote. */
function recordStart(text: string, at: number): boolean {
  return /["'`]/.test(text[at - 1] ?? '') || /^[ \t]*(?:[-*>][ \t]+)*$/.test(lineBefore(text, at, 200));
}

/** Whether the line before `at` (at most 200 characters of it) has a label that says a `user:password` follows. */
function labelled(text: string, at: number): boolean {
  return PAIR_LABEL.test(lineBefore(text, at, 200));
}

/** The pass (context-passes.ts). */
export function colonLinePass(): Pass {
  return { finder: null, regex: /(?!)/g, resolve: () => null, requires: (t) => t.includes(':'), run: colonLineHits };
}

/** A whole `/etc/shadow` line, whatever its second field holds (a lock `*`, `!` too). */
const SHADOW_LINE = /^[a-z_][\w.-]{0,31}:[^:\s]{0,256}:\d{0,6}:\d{0,6}:\d{0,6}:\d{0,6}:\d{0,6}:\d{0,6}:?$/;

/**
 * True when a hit other passes found lies on an `/etc/shadow` line off its second field: the day counts
 * (`:19700:0:99999:7:::`) are no password (the second field is colonLinePass's).
 */
export function offShadowField(text: string, start: number): boolean {
  // Both ends looked for within the line's longest (a one-line JSON log is not walked at every hit).
  const from = lineStartWithin(text, start, 300);
  if (from === -1 || text.charCodeAt(from) < 97) return false;
  const to = lineEndWithin(text, start, 600 - (start - from));
  if (to === -1) return false;
  const line = text.slice(from, to);
  return SHADOW_LINE.test(line) && start !== from + line.indexOf(':') + 1;
}
