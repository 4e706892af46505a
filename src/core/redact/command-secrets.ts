/**
 * Passwords and tokens given on command lines the key-name layer does not read (issue 11, attack9 §3): glued or
 * positional arguments (`7z x -pP`, `unrar -pP`, `htpasswd -b FILE USER P`, `net use \\srv\share P`, `net user U P`,
 * `vault login T`, `rabbitmqctl add_user U P`, `wpa_passphrase SSID P`, rclone's `secret_access_key P` pairs),
 * flags of their own (`plink -pw P`, `xfreerdp /p:P`, `ipmitool -P P`, `curl --oauth2-bearer T`, `--http-password`),
 * and piped input (`echo P | sudo -S`, `echo "u:P" | chpasswd`). Each command is found by its literal in the
 * shared literal scan (literal-scan.ts); its arguments are read to the end of the command (a line break, `|`, `;`,
 * `&&`, or the quote that closes a JSON string it is in). A value that is a variable, a flag, a placeholder or a
 * prompt is kept (generic.ts's isCliPassword).
 */
import { SIGIL_PASSWORD } from './benign.js';
import { isCliPassword } from './cli-passwords.js';
import { lineBefore } from './line-heads.js';
import { Args, READERS } from './command-readers.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';

/** Commands whose secret comes through a pipe: read the `echo`/`printf` before the literal. */
const PIPED = [
  '| sudo -s',
  '| chpasswd',
  '| kinit',
  '| vault login',
  '| op signin',
  '| passwd --stdin',
  // Stores that read the secret from stdin (round 28).
  '| pass insert',
  '| podman secret create',
  '| docker secret create',
  '| gh secret set',
  '| wrangler secret put',
  '| vercel env add',
  '| base64',
].flatMap((l) => [l, l.replace(' ', '')]);
const scan = literalScan([...READERS.map(([l]) => l), ...PIPED]);
const readers = new Map(READERS.map(([l, r]) => [l.toLowerCase(), r]));
const END = /\n|\s\|\s?|;\s|&&|"(?=\s*[,}\]]|$)/g;
/** A variable, a substitution or a placeholder, not a value. */
const NOT_VALUE = /^[$<{%]|\$[({]|^-/;
/** A value that reads as a password or token, not a word of prose (`vault login with your token`). */
const secretLike = (v: string): boolean =>
  isCliPassword(v) && (!NOT_VALUE.test(v) || SIGIL_PASSWORD.test(v)) && (/[^A-Za-z]/.test(v) || v.length >= 12);
/**
 * `net use \\srv\share mapleriver /user:CORP\jdoe`: with a `/user:` the argument after the share is the password
 * whatever its letters (round 37), six or more, also one `%` then no other (round 38: `%xUF3ND…`); `*` (a prompt),
 * `%VAR%` and placeholders stay.
 */
const netUseWord = (literal: string, v: string, args: string): boolean =>
  literal.toLowerCase() === 'net use ' &&
  /\/u(?:ser)?:/i.test(args) &&
  v.length >= 6 &&
  isCliPassword(v) &&
  (!NOT_VALUE.test(v) || SIGIL_PASSWORD.test(v) || /^%%[^%]+$/.test(v) || /^%[^%\s]{5,}$/.test(v));
/** What is piped: `echo V`, `printf V`, `printf '%s\n' V`, `cat <<< V` (a format's `\n` may be a line break here). */
const ECHO =
  /(?:(?:echo|printf)\s+(?:-[neE]+\s+)?(?:(["'])%[^"'%]{0,8}\1\s+|%[^\s"'%]{0,8}\s+)?|cat\s+<<<\s*|^["']\s+)(?:'([^'\n]*)'|"([^"\n]*)"|([^\s|'"]+))\s*$/;

/**
 * Where the command starting at `from` ends, at most 2,048 characters on (a command's arguments are short; read to the
 * end of a long line for each literal, a line of `htpasswd ` repeated was quadratic: attack10).
 */
function commandEnd(text: string, from: number): number {
  const window = text.slice(from, from + 2048);
  const cut = from + window.length < text.length;
  END.lastIndex = 0;
  for (let m = END.exec(window); m !== null; m = END.exec(window)) {
    // A quote with only blanks after it to the window's end: END's `$` matched at the cut, not at the text's end. The
    // text past the cut says (a `,`, `}` or `]` after at most 256 blanks, or the text's end, closes a JSON string).
    if (!cut || m[0] !== '"' || !/^\s*$/.test(window.slice(m.index + 1))) return from + m.index;
    const after = /^\s{0,256}(?:[,}\]]|$)/.test(text.slice(from + window.length, from + window.length + 257));
    if (after) return from + m.index;
    END.lastIndex = m.index + 1;
  }
  return from + window.length;
}

function pipedHit(text: string, at: number, literal: string): Hit | null {
  const m = ECHO.exec(lineBefore(text, at, 200));
  const v = m?.[2] ?? m?.[3] ?? m?.[4];
  if (m === null || v === undefined) return null;
  const end = at - (m[0].length - m[0].lastIndexOf(v) - v.length);
  // A `user:password` pair: chpasswd's line, or a Basic credential being encoded (`echo -n 'admin:P' | base64`).
  const pair = literal.includes('chpasswd') || literal.includes('base64');
  const colon = pair ? v.indexOf(':') + 1 : 0;
  if (pair && colon === 0) return null;
  const secret = v.slice(colon);
  return secretLike(secret) ? { rule: 'command-password', start: end - secret.length, end } : null;
}

/**
 * Text a command's arguments must hold for its reader to find a value (its flag: `-p` of `7z -pP`, `-pw` of `plink`),
 * by literal. The window a command's arguments are read in is up to 2,048 characters: read for each literal of a run
 * of `7z ` (the literal every 3 characters), its end's search and its arguments' split took 36 s per MB.
 */
const NEEDLES: Record<string, readonly string[]> = {
  '7z ': ['-p'],
  '7za ': ['-p'],
  '7zz ': ['-p'],
  'unrar ': ['-p'],
  'rar ': ['-p', '-hp'],
  'net use ': ['\\'],
  'lftp ': ['-u'],
  'http ': ['-a', '--auth'],
  'https ': ['-a', '--auth'],
  'convertto-securestring ': ['-AsPlainText', '-asplaintext'],
  'schtasks ': ['/RP', '/rp'],
  'cmdkey ': ['/pass:'],
  'influx ': ['-t', '--token'],
  'plink ': ['-pw'],
  'pscp ': ['-pw'],
  'psftp ': ['-pw'],
  'xfreerdp ': ['/p:', '+p:'],
  'rdesktop ': ['-p'],
  'ipmitool ': ['-P'],
  psexec: ['-p'],
  'nmcli ': ['password', 'wifi-sec.psk'],
  'snmpwalk ': ['-A', '-X', '-c'],
  'snmpget ': ['-A', '-X', '-c'],
  'snmpset ': ['-A', '-X', '-c'],
  'snmpgetnext ': ['-A', '-X', '-c'],
  'snmpbulkwalk ': ['-A', '-X', '-c'],
  'snmpbulkget ': ['-A', '-X', '-c'],
  'snmptrap ': ['-A', '-X', '-c'],
  'kinit ': ['<<<'],
  'op signin': ['<<<'],
  'sudo ': ['<<<'],
};

/**
 * Whether the window of a command's arguments (2,048 characters from `from`, commandEnd) holds one of its literal's
 * needles (true for a literal without). The next place of each needle is kept: a run of literals costs one search
 * of the text per needle, not one per literal (the literals come in order of their starts; a later literal's window
 * may start before an earlier one's: then the needle is searched again).
 */
function needles(text: string): (literal: string, from: number) => boolean {
  // Each needle's first place at or after where it was searched from (-1: none), and that place.
  const next = new Map<string, [from: number, at: number]>();
  const at = (needle: string, from: number): number => {
    const known = next.get(needle);
    if (known !== undefined && known[0] <= from && (known[1] === -1 || known[1] >= from)) return known[1];
    const p = text.indexOf(needle, from);
    next.set(needle, [from, p]);
    return p;
  };
  return (literal, from) => {
    const list = NEEDLES[literal.toLowerCase()];
    if (list === undefined) return true;
    return list.some((n) => {
      const p = at(n, from);
      return p !== -1 && p < from + 2048;
    });
  };
}

function commandHits(text: string): Hit[] {
  const hits: Hit[] = [];
  const needled = needles(text);
  const starts = scan?.(text) ?? [];
  for (const at of starts) {
    const prefix = text.slice(at, at + 32).toLowerCase();
    const piped = PIPED.find((l) => prefix.startsWith(l));
    if (piped !== undefined) {
      const hit = pipedHit(text, at, piped);
      if (hit !== null) hits.push(hit);
      continue;
    }
    const literal = READERS.find(([l]) => prefix.startsWith(l.toLowerCase()))?.[0];
    if (literal === undefined || (/[A-Za-z0-9_-]/.test(text[at - 1] ?? '') && !literal.startsWith('-'))) continue;
    const from = at + literal.length;
    if (!needled(literal, from)) continue;
    const end = commandEnd(text, from);
    const arg = readers.get(literal.toLowerCase())!(new Args(text, from, end));
    if (arg !== null && (secretLike(arg.v) || netUseWord(literal, arg.v, text.slice(from, end))))
      hits.push({ rule: 'command-password', start: arg.start, end: arg.end });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The pass of command-line secrets (see the file's comment). */
export function commandSecretPass(): Pass {
  // Matched on the original too where it has a backslash: the view decodes a share's `\\fs01\finance` (`\f`).
  return { ...runPass(commandHits, true), rawOnlyIn: (text) => text.includes('\\') };
}
