/**
 * Secrets whose name and value sit apart (issue 11, attack9 §4), each found from its literal in the shared literal
 * scan (literal-scan.ts):
 * - Hadoop/Maven/Ant XML: `<name>fs.s3a.secret.key</name>` and `<value>…</value>` on one of the next lines;
 * - secret managers' JSON: `"Name": "/prod/db/password"` and `"Value": "…"` in the same object (AWS SSM, Azure Key
 *   Vault, name/value lists), in either order;
 * - HTML: the `value` of an `<input type="password">`;
 * - wpa_supplicant's `psk="…"` (or 64 hex digits), strongSwan's `: PSK "…"`, Ansible's `ansible_become_pass`,
 *   `ansible_ssh_pass`, `ansible_sudo_pass` (`: P` or `=P`);
 * - Netscape cookies.txt rows (domain, flag, path, secure, expiry, name, value): the value of each cookie;
 * - GraphQL: an argument of a secret's name bound to a variable (`login(password: $p)`) in the query before the
 *   request's `"variables"`, and that variable's value there (`"p": "…"`).
 * A name is judged by key-names.ts's judgeJoinedName on its last word group (`/prod/db/password`: `password`).
 */
import { indexWithin, lastIndexWithin, lineStartOrCap } from './bounded.js';
import { judgeAssignment } from './key-names.js';
import { judgeJoinedName } from './joined-names.js';
import { isCliPassword } from './cli-passwords.js';
import { literalScan } from './literal-scan.js';
import { distinctByStart, runPass, type Hit, type Pass } from './pass.js';

const LITERALS = [
  '<name>',
  '"name"',
  'type="password"',
  "type='password'",
  'type=password',
  'psk=',
  ': psk ',
  'ansible_',
  '"variables"',
];
const scan = literalScan(LITERALS);
const XML_NAME = /<name>\s*([^<\n]{1,120}?)\s*<\/name>/y;
const XML_VALUE = /^\s*(?:<[a-z]+>\s*)?<value>\s*([^<\n]+?)\s*<\/value>/i;
const JSON_NAME = /"name"\s*:\s*"([^"\n]{1,200})"/iy;
const JSON_VALUE = /"value"\s*:\s*"((?:[^"\\\n]|\\.)*)"/i;
const INPUT = /<input\b[^>]*$/i;
const INPUT_VALUE = /^[^>]*?\bvalue\s*=\s*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s>"']+))/i;
const PSK = /psk=(?:"([^"\n]+)"|([0-9a-fA-F]{64})\b)/iy;
const IPSEC = /: PSK\s+(?:"([^"\n]+)"|'([^'\n]+)'|(\S+))/y;
const ANSIBLE = /ansible_(?:become|ssh|sudo|su)_pass(?:word)?["']?\s*[:=]\s*(?:"([^"\n]+)"|'([^'\n]+)'|([^\s"',}]+))/iy;
const COOKIE_ROW =
  /^(?:#HttpOnly_)?[.A-Za-z0-9-]+\t(?:TRUE|FALSE)\t[^\t\n]*\t(?:TRUE|FALSE)\t\d+\t[^\t\n]+\t([^\t\n]{8,})$/gm;

const group = (m: RegExpExecArray, at: number): Hit | null => {
  const v = m[1] ?? m[2] ?? m[3];
  if (v === undefined || !isCliPassword(v)) return null;
  const start = at + m.index + m[0].lastIndexOf(v);
  return { rule: 'secret-key-value', start, end: start + v.length };
};

function xmlHit(text: string, at: number): Hit | null {
  XML_NAME.lastIndex = at;
  const m = XML_NAME.exec(text);
  if (m === null) return null;
  const rest = text.slice(at + m[0].length, at + m[0].length + 400);
  const v = XML_VALUE.exec(rest);
  if (v === null || judgeJoinedName(m[1]!, v[1]!) === null) return null;
  const start = at + m[0].length + v.index + v[0].lastIndexOf(v[1]!);
  return { rule: 'secret-key-value', start, end: start + v[1]!.length };
}

/** The object around `at`: from its `{` to its `}` (no nested object between), or null. */
function objectAround(text: string, at: number): [number, number] | null {
  const open = lastIndexWithin(text, 123, at, 600);
  const close = open === -1 ? -1 : indexWithin(text, 125, at, 600);
  if (close === -1) return null;
  if (text.slice(open + 1, close).includes('{')) return null;
  return [open, close];
}

function jsonHit(text: string, at: number): Hit | null {
  JSON_NAME.lastIndex = at;
  const m = JSON_NAME.exec(text);
  const obj = m === null ? null : objectAround(text, at);
  if (m === null || obj === null) return null;
  const body = text.slice(obj[0], obj[1]);
  const v = JSON_VALUE.exec(body);
  if (v === null || v[1]!.length === 0 || judgeJoinedName(m[1]!, v[1]!) === null) return null;
  const start = obj[0] + v.index + v[0].lastIndexOf(v[1]!);
  return { rule: 'secret-key-value', start, end: start + v[1]!.length };
}

function inputHit(text: string, at: number): Hit | null {
  if (!INPUT.test(text.slice(lineStartOrCap(text, at, 300), at))) return null;
  const m = INPUT_VALUE.exec(text.slice(at, at + 400));
  return m === null ? null : group(m, at);
}

function stickyHit(re: RegExp, text: string, at: number): Hit | null {
  re.lastIndex = at;
  const m = re.exec(text);
  if (m === null) return null;
  const v = m[1] ?? m[2] ?? m[3];
  if (v === undefined || !isCliPassword(v) || /^[{$]/.test(v)) return null;
  const start = m.index + m[0].lastIndexOf(v);
  return { rule: 'secret-key-value', start, end: start + v.length };
}

function cookieHits(text: string, hits: Hit[]): void {
  if (!text.includes('\tTRUE\t') && !text.includes('\tFALSE\t')) return;
  COOKIE_ROW.lastIndex = 0;
  for (let m = COOKIE_ROW.exec(text); m !== null; m = COOKIE_ROW.exec(text)) {
    const v = m[1]!;
    if (!/\d/.test(v) || !/[A-Za-z]/.test(v)) continue;
    hits.push({ rule: 'cookie-value', start: m.index + m[0].length - v.length, end: m.index + m[0].length });
  }
}

/** A query's arguments bound to variables (`password: $p`), and a variable's string in `"variables"`. */
const GQL_ARG = /([A-Za-z_]\w{0,40})[ \t]*:[ \t]*\$([A-Za-z_]\w{0,40})\b/g;
const GQL_QUERY = 2000;

/** The hits of the variables at `at`; the query is read back to `from` (the last `"variables"`: linear). */
function graphqlHits(text: string, at: number, from: number, hits: Hit[]): void {
  const open = indexWithin(text, 123, at, 24);
  const close = open === -1 ? -1 : indexWithin(text, 125, open, 2000);
  if (close === -1) return;
  const vars = text.slice(open, close);
  for (const m of text.slice(Math.max(from, at - GQL_QUERY), at).matchAll(GQL_ARG)) {
    const v = new RegExp(`"${m[2]!}"[ \\t]*:[ \\t]*"((?:[^"\\\\\\n]|\\\\.)+)"`).exec(vars);
    if (v === null || judgeAssignment(m[1]!, v[1]!) === null) continue;
    const start = open + v.index + v[0].length - 1 - v[1]!.length;
    hits.push({ rule: 'secret-key-value', start, end: start + v[1]!.length });
  }
}

function apartHits(text: string): Hit[] {
  const hits: Hit[] = [];
  let gqlFrom = 0;
  for (const at of scan?.(text) ?? []) {
    const c = text.charCodeAt(at);
    let hit: Hit | null = null;
    if (c === 60) hit = xmlHit(text, at);
    else if (c === 34 && text.startsWith('"variables"', at)) {
      graphqlHits(text, at, gqlFrom, hits);
      gqlFrom = at;
    } else if (c === 34) hit = jsonHit(text, at);
    else if (c === 58) hit = stickyHit(IPSEC, text, at);
    else if (c === 116 || c === 84) hit = inputHit(text, at);
    else if (c === 112 || c === 80) hit = stickyHit(PSK, text, at);
    else hit = stickyHit(ANSIBLE, text, at);
    if (hit !== null) hits.push(hit);
  }
  cookieHits(text, hits);
  return distinctByStart(hits);
}

/** The pass of names and values apart (see the file's comment). */
export function apartPass(): Pass {
  return runPass(apartHits);
}
