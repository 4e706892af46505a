/**
 * Secrets under the setting names and syntax of particular tools (issue 11, formats12), each found from a literal in
 * the shared literal scan (literal-scan.ts) and read in a bounded window:
 * - a setting line whose name ends like a password (`pass`, `passwd`, `pw`, `pwd`, `psk`, `passphrase`) and which the
 *   key-name layer does not pair: mutt's `set imap_pass=…`, offlineimap's `remotepass = …`, NetworkManager's `psk=…`,
 *   nslcd's `bindpw …`, slapd's `rootpw …`, redis's `requirepass …` and `masterauth …`; with `=`, `:` or blanks;
 *   HAProxy's `user NAME insecure-password …` (a value with `/` read as no prose password: attack 43);
 * - Robot Framework's variable table (`${PASSWORD}    value`);
 * - Hurl's `[BasicAuth]` section (`user: password` lines);
 * - a default in a Spring or shell-like placeholder under a secret name (`${DB_PASSWORD:value}`);
 * - expect and pexpect: the string sent after a password prompt is expected (`send "pw\r"`, `sendline('pw')`);
 * - IRC: `/msg NickServ IDENTIFY [nick] pw`, `REGISTER pw email`;
 * - a notebook's `%env NAME=value`: under a name ending in `key` (`MY_SERVICE_KEY`), a password as well as a key;
 * - round 39: a value piped to the clipboard (`echo -n "…" | pbcopy`, `| Set-Clipboard`: clipboards.ts).
 * A name is judged by key-names.ts; a value under a password's name must read as a password (credential-values.ts).
 */
import { CLIPBOARD_LITERALS, clipboardHit } from './clipboards.js';
import { passphraseValue } from './passphrases.js';
import { systemPath } from './code-names.js';
import { humanPassword, namedCredential } from './credential-values.js';
import { isCliPassword } from './cli-passwords.js';
import { isPlaceholderValue, isWeakSecretKey, judgeAssignment } from './key-names.js';
import { lineBefore } from './line-heads.js';
import { literalScan } from './literal-scan.js';
import { distinctByStart, runPass, type Hit, type Pass } from './pass.js';

const SETTING_ENDS = ['pass', 'pw', 'psk', 'masterauth'];
const OTHERS = ['${', '@{', '[basicauth]', 'send', 'identify', 'register', '%env'];
const scan = literalScan([...SETTING_ENDS, ...OTHERS, ...CLIPBOARD_LITERALS]);
/** Whether a clipboard tool's literal is at `at` (`pbcopy` also starts like `pw`'s `p`). */
const CLIPBOARD_AT = /pbcopy|wl-copy|xsel|clip/iy;

/** A password's value: no placeholder, variable, command or system path, and read as a password or a key. */
const passwordValue = (v: string): boolean =>
  !isPlaceholderValue(v) &&
  isCliPassword(v) &&
  !/^[`%@]/.test(v) &&
  !systemPath(v) &&
  (humanPassword(v) || namedCredential(v));

const hitAt = (start: number, value: string): Hit => ({ rule: 'secret-key-value', start, end: start + value.length });

/** What may start a setting line before its name: blanks and mutt's `set`. */
const LINE_HEAD = /^[ \t]*(?:set[ \t]+)?([A-Za-z][\w.-]{0,48})?$/i;
/**
 * The rest of a setting's name after the literal found, its separator and its value, to the line's end. The blank
 * separator is one blank before `[ \t]*`, not a blank between two `[ \t]*` (which split a run of blanks every way:
 * `password` and 1 MiB of spaces did not end).
 */
const SETTING =
  /(?:pass(?:w(?:or)?d|phrase)?|pw|pwd|psk|masterauth)(?:["'])?(?:[ \t]*(?::=|=|:)|[ \t])[ \t]*(["']?)([^\s"'`]{1,256})\1[ \t]*(?:[ \t][#;].*)?\r?$/imy;
/** English words and settings that end like a password's name but name no password. */
const NOT_PASSWORD_NAME =
  /(?:by|com|sur|tres|over|under|en|mass|multi|mini|first|second|single|one|two|next|last|each|per)pass$|[a-z][A-Z]|^[A-Z][a-z]/;

/** HAProxy's userlist: `user NAME insecure-password PW`, the literal found at `pass`. */
const HAPROXY_HEAD = /^[ \t]*user[ \t]+[^\s]{1,64}[ \t]+insecure-$/;
const HAPROXY_VALUE = /password[ \t]+([^\s]{1,256})(?=[ \t]|\r?$)/my;

function haproxyHit(text: string, at: number): Hit | null {
  HAPROXY_VALUE.lastIndex = at;
  const m = HAPROXY_VALUE.exec(text);
  if (m === null || isPlaceholderValue(m[1]!) || !isCliPassword(m[1]!)) return null;
  return hitAt(at + m[0].length - m[1]!.length, m[1]!);
}

function settingHit(text: string, at: number): Hit | null {
  const before = lineBefore(text, at, 96);
  if (HAPROXY_HEAD.test(before)) return haproxyHit(text, at);
  const head = LINE_HEAD.exec(before.slice(-64));
  if (head === null || text.charCodeAt(at - 1) === 36) return null;
  SETTING.lastIndex = at;
  const m = SETTING.exec(text);
  if (m === null) return null;
  const name = (head[1] ?? '') + m[0].slice(0, /["' \t:=]/.exec(m[0])!.index);
  const value = m[2]!;
  // A class or a type in code (`exports.Minipass = Minipass;`, `password: BinaryLike,`): no setting.
  if (NOT_PASSWORD_NAME.test(name.replace(/^.*[._-]/, '')) || /[,;]$/.test(value) || !passwordValue(value)) return null;
  return hitAt(at + m[0].lastIndexOf(value, m[0].length - m[1]!.length), value);
}

/** Robot Framework's variable table: `${NAME}` or `@{NAME}` at a line's start, then two blanks or a tab and a value. */
const ROBOT = /[$@]\{([A-Za-z_][\w .-]{0,63})\}(?:[ \t]*=)?(?: {2}|\t)[ \t]*([^\s]{1,256})[ \t]*\r?$/my;
/** A placeholder's default: `${NAME:value}` (Spring, Quarkus, Docker Compose without the dash). */
const DEFAULT = /\$\{([A-Za-z_][\w.-]{0,63}):(?![-=?+])([^}\s]{1,256})\}/y;

function braceHit(text: string, at: number): Hit | null {
  if (/^[ \t]*$/.test(lineBefore(text, at, 64))) {
    ROBOT.lastIndex = at;
    const m = ROBOT.exec(text);
    if (m !== null && judgeAssignment(m[1]!.replace(/ /g, '_'), m[2]!) !== null)
      return hitAt(at + m[0].lastIndexOf(m[2]!), m[2]!);
  }
  if (text.charCodeAt(at) !== 36) return null;
  DEFAULT.lastIndex = at;
  const d = DEFAULT.exec(text);
  if (d === null || judgeAssignment(d[1]!.replace(/\./g, '_'), d[2]!) === null) return null;
  return hitAt(at + d[0].length - 1 - d[2]!.length, d[2]!);
}

/** Hurl's `[BasicAuth]` section: its `user: password` lines, up to a blank line or the next section. */
const BASIC_LINE = /^[ \t]*[^\s:#]{1,128}[ \t]*:[ \t]*(\S{1,256})[ \t]*\r?$/;

function basicAuthHits(text: string, at: number, hits: Hit[]): void {
  // Each line break looked for in the next 400 characters only: a line of `[BasicAuth]` is no section per repeat.
  const lineEnd = (from: number): number => {
    const i = text.slice(from, from + 400).indexOf('\n');
    return i === -1 ? -1 : from + i;
  };
  let from = lineEnd(at);
  for (let n = 0; n < 8 && from !== -1; n++) {
    const end = lineEnd(from + 1);
    const line = text.slice(from + 1, end === -1 ? Math.min(text.length, from + 400) : end);
    if (/^\s*(?:\[|$)/.test(line)) return;
    const m = BASIC_LINE.exec(line);
    if (m !== null && passwordValue(m[1]!)) hits.push(hitAt(from + 1 + line.lastIndexOf(m[1]!), m[1]!));
    from = end;
  }
}

/** A prompt for a password in an expect or pexpect script, in the lines before a send. */
const PROMPT = /expect\b[^\n]{0,120}(?:assword|passphrase|passcode|\bpin\b|token)/i;
const SEND = /send(?:line)?(?:[ \t]+(?:--[ \t]+)?|\([ \t]*)(["'])([^"'\r\n\\]{1,256})(?:\\[rn]|\r|\n)?\1/y;

/** A password, or a diceware passphrase (`send "bitter-another-acoustic-amused\\r"`). */
const sentValue = (v: string): boolean => (/\s/.test(v) ? false : passwordValue(v)) || passphraseValue(v);

function sendHit(text: string, at: number): Hit | null {
  SEND.lastIndex = at;
  const m = SEND.exec(text);
  if (m === null || !PROMPT.test(text.slice(Math.max(0, at - 300), at)) || !sentValue(m[2]!)) return null;
  return hitAt(at + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!)), m[2]!);
}

/** NickServ's commands that carry a password: `IDENTIFY [nick] pw`, `REGISTER pw email`, `GHOST nick pw`. */
const NICKSERV = /(?:\/msg[ \t]+nickserv|\/ns|\/nickserv|privmsg[ \t]+nickserv[ \t]+:?)[ \t]+$/i;
const IDENTIFY =
  /identify[ \t]+(?:(\S{1,64})[ \t]+)?(\S{1,256})[ \t]*\r?$|register[ \t]+(\S{1,256})[ \t]+\S{1,128}@/imy;

function nickservHit(text: string, at: number): Hit | null {
  if (!NICKSERV.test(lineBefore(text, at, 64))) return null;
  IDENTIFY.lastIndex = at;
  const m = IDENTIFY.exec(text);
  const value = m?.[2] ?? m?.[3];
  if (m === null || value === undefined || !isCliPassword(value) || /^</.test(value)) return null;
  return hitAt(at + m[0].lastIndexOf(value), value);
}

/** IPython's `%env NAME=value` (or `%env NAME value`). */
const ENV_MAGIC = /%env[ \t]+([A-Za-z_]\w{0,63})(?:[ \t]*=[ \t]*|[ \t]+)(["']?)([^\s"']{1,256})\2/y;

function envMagicHit(text: string, at: number): Hit | null {
  ENV_MAGIC.lastIndex = at;
  const m = ENV_MAGIC.exec(text);
  if (m === null) return null;
  const [, name, , value] = m;
  const rule =
    judgeAssignment(name!, value!) ?? (isWeakSecretKey(name!) && passwordValue(value!) ? 'secret-key-value' : null);
  return rule === null
    ? null
    : { rule, start: at + m[0].length - m[2]!.length - value!.length, end: at + m[0].length - m[2]!.length };
}

function toolSettingHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const at of scan?.(text) ?? []) {
    const c0 = text.charCodeAt(at);
    const c = c0 | 0x20;
    let hit: Hit | null = null;
    CLIPBOARD_AT.lastIndex = at;
    if (CLIPBOARD_AT.test(text)) hit = clipboardHit(text, at, passwordValue);
    else if (c0 === 0x24 || c0 === 0x40) hit = braceHit(text, at);
    else if (c0 === 0x25) hit = envMagicHit(text, at);
    else if (c0 === 0x5b) basicAuthHits(text, at, hits);
    else if (c === 0x73) hit = sendHit(text, at);
    else if (c === 0x69 || c === 0x72) hit = nickservHit(text, at);
    else hit = settingHit(text, at);
    if (hit !== null) hits.push(hit);
  }
  return distinctByStart(hits);
}

/** The pass of tools' own setting names and syntax (see the file's comment). */
export function toolSettingPass(): Pass {
  return runPass(toolSettingHits);
}
