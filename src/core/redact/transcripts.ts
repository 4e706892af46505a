/**
 * Credentials in protocol transcripts (issue 11, attack9 §8), found from their literals in the shared literal scan
 * (literal-scan.ts) and read case-sensitively, as the protocols write their commands:
 * - SMTP `AUTH PLAIN <base64 of authzid NUL user NUL password>` (or on the line after the server's `334`);
 * - SMTP `AUTH LOGIN`: the line after the server's `334 UGFzc3dvcmQ6` ("Password:" in base64) is the password in
 *   base64; also `AUTH LOGIN <user>` then `334 …` and the password line;
 * - IMAP `tag LOGIN user "password"`;
 * - redis `AUTH password` / `AUTH user password` (after a prompt, `>`, or at a line's start; inside a line after `(`
 *   or a quote), SMTP `AUTH XOAUTH2 …`;
 * - redis `CONFIG SET requirepass P`; MONITOR lines' AUTH, CONFIG SET requirepass and values set under a secret
 *   name (redis-monitor.ts);
 * - POP3 `APOP user digest` is no secret; POP3/FTP `PASS` are read elsewhere (placements.ts).
 */
import { isCliPassword } from './cli-passwords.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { MONITOR_LITERAL, monitorHit } from './redis-monitor.js';

const scan = literalScan(['334 ugfzc3dvcmq6', '334 cgfzc3dvcmq6', ' login ', 'auth ', 'config set ', MONITOR_LITERAL]);
const PASSWORD_LINE = /^334 [Uc]GFzc3dvcmQ6\s*\n(?:[CS]: ?|> ?)?([A-Za-z0-9+/]{4,}={0,2})\s*$/m;
const IMAP = /^(?:[CS]: ?|> ?)?[A-Za-z0-9.]{1,10} LOGIN (?:"[^"\n]*"|\S+) (?:"((?:[^"\\\n]|\\.)+)"|([^\s"]+))\s*$/;
const AUTH =
  /^(?:[CS]: ?|> ?|[\w.:-]*> ?|\$ )?AUTH (?!LOGIN\b|PLAIN\b|CRAM-MD5\b|DIGEST-MD5\b|EXTERNAL\b|ANONYMOUS\b)(?:XOAUTH2 |OAUTHBEARER )?(?:([^\s"]+) )?"?([^\s"]+)"?\s*$/;

/**
 * The line around `at` when it is a command's: starting at most 64 characters before `at` (a prompt), ending at most
 * 1,024 after it; else null. Bounded both ways: each `auth ` of a long line read the whole line (attack10's line of
 * ` --auth --verbose`, quadratic).
 */
function lineAt(text: string, at: number): [number, string] | null {
  let start = at;
  while (start > 0 && text.charCodeAt(start - 1) !== 10) if (at - --start > 64) return null;
  let end = at;
  while (end < text.length && text.charCodeAt(end) !== 10) if (++end - at > 1024) return null;
  return [start, text.slice(start, end)];
}

function hitOf(lineStart: number, line: string, m: RegExpExecArray, v: string, rule: string): Hit | null {
  if (!isCliPassword(v)) return null;
  const start = lineStart + m.index + m[0].lastIndexOf(v);
  return { rule, start, end: start + v.length };
}

/** redis `CONFIG SET requirepass|masterauth P` (a history's or redis-cli's line). */
const CONFIG_SET =
  /^(?:[\w.:-]*> ?|\$ )?(?:redis-cli\b[^\n]{0,200} )?CONFIG SET (?:requirepass|masterauth) "?([^\s"]+)"?\s*$/i;

function configSetHit(text: string, at: number): Hit | null {
  const around = lineAt(text, at);
  if (around === null) return null;
  const m = CONFIG_SET.exec(around[1]);
  return m === null ? null : hitOf(around[0], around[1], m, m[1]!, 'auth-command-password');
}

/** SMTP/IMAP `AUTH PLAIN <base64>`, or `AUTH PLAIN` then the server's `334` and the client's base64 line. */
const PLAIN = /^(?:[CS]: ?|> ?)?AUTH PLAIN(?: ([A-Za-z0-9+/]{8,4096}={0,2}))?[ \t]*\r?$/;
const PLAIN_NEXT = /^(?:[CS]: ?|> ?)?334[^\n]{0,64}\n(?:[CS]: ?|> ?)?([A-Za-z0-9+/]{8,4096}={0,2})[ \t]*\r?$/m;

/** The hit of an `AUTH PLAIN` response (`authzid NUL user NUL password` in base64), or null. */
function plainHit(text: string, lineStart: number, line: string): Hit | null {
  const m = PLAIN.exec(line);
  if (m === null) return null;
  let b64 = m[1];
  let start = b64 === undefined ? -1 : lineStart + line.lastIndexOf(b64);
  if (b64 === undefined) {
    const after = lineStart + line.length + 1;
    const n = PLAIN_NEXT.exec(text.slice(after, after + 4200));
    if (n === null || n.index !== 0) return null;
    b64 = n[1]!;
    start = after + n[0].lastIndexOf(b64);
  }
  const parts = Buffer.from(b64, 'base64').toString('latin1').split('\0');
  return parts.length === 3 && isCliPassword(parts[2]!)
    ? { rule: 'smtp-auth-password', start, end: start + b64.length }
    : null;
}

/**
 * redis `AUTH [user] P` inside a line, after `(` or a quote: redis-py's error (`Command # 1 (AUTH default P) of
 * pipeline caused error`), a client's bytes (`sending b'AUTH P\r\n'`): attack 43.
 */
const EMBEDDED_AUTH = /AUTH (?:([^\s"'()\\]{1,128}) )?([^\s"'()\\]{1,256})(?:\)|\\r\\n|\r?\n|["'])/y;

function embeddedAuthHit(text: string, at: number): Hit | null {
  const before = text.charCodeAt(at - 1);
  if (before !== 40 && before !== 34 && before !== 39) return null;
  EMBEDDED_AUTH.lastIndex = at;
  const m = EMBEDDED_AUTH.exec(text);
  if (m === null || !isCliPassword(m[2]!)) return null;
  const start = at + m[0].lastIndexOf(m[2]!);
  return { rule: 'auth-command-password', start, end: start + m[2]!.length };
}

function transcriptHit(text: string, at: number): Hit | null {
  const c = text.charCodeAt(at);
  if (c === 93) return monitorHit(text, at);
  if (c === 67 || c === 99) return configSetHit(text, at);
  if (c === 51) {
    const m = PASSWORD_LINE.exec(text.slice(at, at + 300));
    if (m === null) return null;
    const start = at + m.index + m[0].lastIndexOf(m[1]!);
    return { rule: 'smtp-auth-password', start, end: start + m[1]!.length };
  }
  if (c === 32 ? !text.startsWith(' LOGIN ', at) : !text.startsWith('AUTH ', at)) return null;
  const around = lineAt(text, at + 1);
  if (around === null) return null;
  const [lineStart, line] = around;
  if (c === 32) {
    const m = IMAP.exec(line);
    const v = m?.[1] ?? m?.[2];
    return m === null || v === undefined ? null : hitOf(lineStart, line, m, v, 'imap-login-password');
  }
  if (line.includes('AUTH PLAIN')) return plainHit(text, lineStart, line);
  const m = AUTH.exec(line);
  if (m === null) return embeddedAuthHit(text, at);
  // Without a prompt before it, a line `AUTH word word` may be prose: the value must read as a password.
  const prompted = !line.startsWith('AUTH');
  if (!prompted && !(m[2]!.length >= 8 && /\d/.test(m[2]!) && /[A-Za-z]/.test(m[2]!))) return null;
  return hitOf(lineStart, line, m, m[2]!, 'auth-command-password');
}

/** The pass of protocol transcripts (see the file's comment). */
export function transcriptPass(): Pass {
  return runPass((text) => {
    const hits: Hit[] = [];
    for (const at of scan?.(text) ?? []) {
      const hit = transcriptHit(text, at);
      if (hit !== null && (hits.length === 0 || hits[hits.length - 1]!.end <= hit.start)) hits.push(hit);
    }
    return hits;
  });
}
