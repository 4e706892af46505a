/**
 * Placements the key-name regexes did not read (held-out evaluation, categories 3 and 4),
 * generalised into families; formats.ts joins them to its branches, so they share the key-name
 * pass's one finder and its two line regexes:
 * - name/value pairs, the name in one field and the value in another: Kubernetes and ECS
 *   `name`/`value`, CloudFormation `ParameterKey`/`ParameterValue`, Postman `key`/`value`,
 *   Terraform `variable "x" { default = … }`, on one line or over the lines that follow (or,
 *   in JSON, precede) the name;
 * - credential files: `.pgpass` lines, `.netrc` `password`, `.htpasswd` hashes;
 * - SQL: `PASSWORD '…'`, `IDENTIFIED [WITH plugin] BY '…'`;
 * - shells and tools: fish `set -x NAME value`, `setx NAME value`, `gh secret set NAME --body v`,
 *   `redis-cli -a`, `docker|podman|helm|oc login -p`/`--password v`, `az login -p`,
 *   `htpasswd -b … user PW`;
 * - argument arrays (`["--api-key", "v"]`, `["-p", "v"]` after mysql or redis-cli);
 * - cookies: each `name=value` of a `Cookie:`/`Set-Cookie:` header whose name says session or
 *   token, or whose value reads as random;
 * - spaced values under a password name (`abcd efgh ijkl mnop`, Gmail app passwords).
 */
import { isAllowListed, looksRandom } from './generic.js';
import { isPlaceholderValue, isSecretKey, judgeAssignment } from './key-names.js';
import type { Hit } from './pass.js';

const NAME = '[A-Za-z_][A-Za-z0-9_.-]{0,63}';
const Q = `\\\\?["']`;
const QV = `[^"'\\\\\\r\\n]{1,4096}`;

/**
 * For the key-name finder, after a secret-ish name: the name ends a field (`name: X_API_KEY`,
 * `"ParameterKey": "DbPassword",`, `variable "x_token" {`), is followed by one space in a
 * shell's set (`set -x`, `setx`, `gh secret set`), or `password` is followed by a value (`.netrc`, SQL).
 */
export const PLACEMENT_SEPARATOR = [
  `\\\\?["']?[ \\t]*(?=[,}\\r\\n]|$)(?<=(?:name|key)\\\\?["']?[ \\t]*[:=][ \\t]*\\\\?["']?[A-Za-z0-9_.-]{1,80}\\\\?["']?[ \\t]*)`,
  `["'][ \\t]*\\{(?<=variable[ \\t]+["'][A-Za-z0-9_.-]{1,80}["'][ \\t]*\\{)`,
  `[ \\t]+(?<=(?:\\bset(?:[ \\t]+-[a-zA-Z]+)+|\\bsetx(?:[ \\t]+/m)?|\\bsecret[ \\t]+set)[ \\t]+[A-Za-z0-9_]{1,80}[ \\t]+)`,
  `[ \\t]+(?=\\S)(?<=password[ \\t]+)`,
  `\\\\?["'][ \\t]*,(?<=--[A-Za-z0-9-]{0,40}\\\\?["'][ \\t]*,)`,
].join('|');

/** Top-level finder literals: tools and file lines with no secret-ish name. */
export const PLACEMENT_FINDER = `identified[ \\t]|htpasswd|redis-cli|-a(?<=[\\s'"(]-a)|:(?:\\d{2,5}|\\*):|\\$(?:apr1|2[abxy]|[156])\\$|\\{SHA\\}`;

/** A key-name line that may hold a pair, or a spaced value. */
export const PLACEMENT_ASSIGN_HINT = /name|key|variable|[:=][ \t]*\\?["']?[A-Za-z0-9]{3,8} [A-Za-z0-9]{3,8} /i;
/** A line that may hold one of the command-like placements. */
export const PLACEMENT_COMMAND_HINT = /password[ \t]|identified|htpasswd|redis-cli|\bset|secret[ \t]+set|cookie|\\?["'][ \t]*,|:(?:\d{2,5}|\*):|\$(?:apr1|2[abxy]|[156])\$|\{SHA\}|login/i;

const VALUE_FIELD = '(?:value|parametervalue|default|currentvalue|initialvalue)';
const NAME_FIELD = '(?:name|key|parameterkey)';

/** Branches for the assignment regex (named groups p<n>…). */
export const PLACEMENT_ASSIGN_SOURCE = [
  // p1: name then value on one line: {"name": "X", "value": "v"}, ParameterKey/ParameterValue, Terraform.
  `(?:^|[\\s{,\\[])(?<p1a>\\\\?["']?)${NAME_FIELD}\\k<p1a>[ \\t]*[:=][ \\t]*(?<p1q>\\\\?["']?)(?<p1k>${NAME})\\k<p1q>[ \\t]*,?[ \\t]*(?<p1b>\\\\?["']?)${VALUE_FIELD}\\k<p1b>[ \\t]*[:=][ \\t]*(?:(?<p1vq>${Q})(?<p1v>${QV})\\k<p1vq>|(?<p1u>[^\\s,}\\]"'#]{1,4096}))`,
  // p2: value then name on one line.
  `(?:^|[\\s{,\\[])(?<p2a>\\\\?["']?)${VALUE_FIELD}\\k<p2a>[ \\t]*[:=][ \\t]*(?:(?<p2vq>${Q})(?<p2v>${QV})\\k<p2vq>|(?<p2u>[^\\s,}\\]"'#]{1,4096}))[ \\t]*,?[ \\t]*(?<p2b>\\\\?["']?)${NAME_FIELD}\\k<p2b>[ \\t]*[:=][ \\t]*(?<p2q>\\\\?["']?)(?<p2k>${NAME})\\k<p2q>`,
  // p3: variable "x_api_key" { default = "v" }
  `\\bvariable[ \\t]+(?<p3q>["'])(?<p3k>${NAME})\\k<p3q>[ \\t]*\\{[^}]*?\\bdefault[ \\t]*=[ \\t]*(?<p3vq>["'])(?<p3v>${QV})\\k<p3vq>`,
  // p4: the name field ends the line (the value is on another line): `- name: X_API_KEY`, `"ParameterKey": "X",`, `variable "x" {`.
  `(?:^|[\\s{,\\[])(?<p4a>\\\\?["']?)${NAME_FIELD}\\k<p4a>[ \\t]*[:=][ \\t]*(?<p4q>\\\\?["']?)(?<p4k>${NAME})\\k<p4q>[ \\t]*,?[ \\t]*\\r?$`,
  `\\bvariable[ \\t]+(?<p5q>["'])(?<p5k>${NAME})\\k<p5q>[ \\t]*\\{[ \\t]*\\r?$`,
  // p6: a spaced value under a name: password: abcd efgh ijkl mnop
  `(?<p6k>${NAME})\\\\?["']?[ \\t]*[:=][ \\t]*(?<p6q>\\\\?["']?)(?<p6v>[A-Za-z0-9]{3,8}(?: [A-Za-z0-9]{3,8}){2,7})\\k<p6q>[ \\t]*(?:[,;}]|\\r?$)`,
].join('|');

/** Branches for the command regex (named groups c<n>…). */
export const PLACEMENT_COMMAND_SOURCE = [
  // c1: SQL PASSWORD 'v', IDENTIFIED [WITH plugin] BY 'v'
  `\\b(?:password|identified(?:[ \\t]+with[ \\t]+[A-Za-z0-9_]+)?[ \\t]+by)[ \\t]+(?:=[ \\t]*)?N?'(?<c1v>[^'\\r\\n]{1,1024})'`,
  // c2: .netrc password P
  `(?:^|[\\s])password[ \\t]+(?<c2v>[^\\s'"]{1,1024})`,
  // c3: .pgpass host:port:db:user:password
  `^(?<c3h>[^:\\s#]{1,253}):(?:\\d{1,5}|\\*):[^:\\s]{1,128}:[^:\\s]{1,128}:(?<c3v>\\S{1,1024}?)[ \\t]*\\r?$`,
  // c4: .htpasswd hashes
  `^[^:\\s#]{1,128}:(?:\\$apr1\\$[./0-9A-Za-z]{1,8}\\$(?<c4a>[./0-9A-Za-z]{22})|\\$2[abxy]?\\$\\d\\d\\$(?<c4b>[./0-9A-Za-z]{53})|\\{SHA\\}(?<c4c>[A-Za-z0-9+/]{27}=)|\\$[156]\\$[./0-9A-Za-z]{1,16}\\$(?<c4d>[./0-9A-Za-z]{22,86}))`,
  // c5: fish set -x NAME v, setx NAME v
  `\\b(?:set(?:[ \\t]+-[a-zA-Z]+)+|setx)[ \\t]+(?<c5k>[A-Za-z_][A-Za-z0-9_]{0,79})[ \\t]+(?<c5q>["']?)(?<c5v>[^\\s"']{1,4096})\\k<c5q>`,
  // c6: gh secret set NAME --body v / -b v
  `\\bsecret[ \\t]+set[ \\t]+(?<c6k>[A-Za-z_][A-Za-z0-9_]{0,79})\\b[^\\r\\n]*?[ \\t](?:--body|-b)(?:=|[ \\t]+)(?<c6q>["']?)(?<c6v>[^\\s"']{1,4096})\\k<c6q>`,
  // c7: -a PW (redis-cli), --password PW (login commands; `-p PW` is formats.ts's -p branch)
  `(?:^|[\\s'"(])(?<c7o>-a|--password)[ \\t]+(?<c7q>${Q}|)(?<c7v>[^\\s'"\\\\-][^\\s'"\\\\]{0,4095})\\k<c7q>`,
  // c8: htpasswd -b[cB…] … user PW (the last argument)
  `\\bhtpasswd[ \\t]+(?=(?:[^\\r\\n]*[ \\t])?-[A-Za-z]*b)[^\\r\\n]*[ \\t](?<c8q>["']?)(?<c8v>[^\\s"']{1,1024})\\k<c8q>[ \\t]*\\r?$`,
  // c9: argument arrays ["--api-key", "v"], ["-p", "v"]
  `(?<c9a>\\\\?["'])(?<c9o>--?[A-Za-z][A-Za-z0-9-]{0,40})\\k<c9a>[ \\t]*,[ \\t]*(?<c9q>${Q})(?<c9v>${QV})\\k<c9q>`,
  // c10: cookies
  `(?<=\\bcookie\\\\?["']?[ \\t]*:[^\\r\\n]*?)(?:^|[;:\\s])[ \\t]*(?<c10k>[A-Za-z0-9_.-]{1,64})=(?<c10v>[^;\\s"'\\\\,]{8,4096})`,
].join('|');

/** A password on a command line or in a file line: not a variable, a prompt, a placeholder or a number. */
export function isCliPassword(v: string): boolean {
  if (v.length < 4 || /^[$%<{*[:]/.test(v) || /^\d+$/.test(v)) return false;
  if (/^(?:env|file|fd|stdin):/i.test(v)) return false;
  return !/^(?:password|passwd|pass|secret|changeme|redacted|null|none|your[_-]?password|x+|\.+|\*+|required|below|is|for|and|the|to|of)$/i.test(v);
}

/** Commands whose `-p` takes the password after a space. */
export const LOGIN = /\b(?:docker|podman|nerdctl|buildah|skopeo|helm(?:[ \t]+registry)?|oc|az|cf|crane|regctl)[ \t]+login\b|\bsshpass\b/;
const SHORT_TOOLS = /\b(?:mysql|mysqldump|mysqladmin|mariadb|redis-cli|sshpass)\b/;
const COOKIE_NAMES = /sess|sid$|token|auth|csrf|xsrf|jwt|remember|login|secret|key|^_?_?(?:host|secure)-/i;

/** A pair that spans lines: the name's line is known, the value is looked for around it. */
export interface PairRequest {
  block: true;
  indent: number;
  key: string;
  pair: 'yaml' | 'terraform';
  nameStart: number;
}

/** Resolves a placement match: a hit, a resume index, a pair request, or undefined if no placement branch matched. */
export function resolvePlacement(m: RegExpExecArray): Hit | number | PairRequest | undefined {
  const g = m.groups!;
  const idx = m.indices!.groups!;
  const keep = m.index + 1;
  const hit = (rule: string | null, name: string): Hit | number => (rule === null ? keep : { rule, start: idx[name]![0], end: idx[name]![1] });
  for (const n of [1, 2]) {
    const key = g[`p${n}k`];
    if (key === undefined) continue;
    const name = g[`p${n}v`] !== undefined ? `p${n}v` : `p${n}u`;
    return hit(judgeAssignment(key, g[name]!), name);
  }
  if (g.p3k !== undefined) return hit(judgeAssignment(g.p3k, g.p3v!), 'p3v');
  if (g.p4k !== undefined) return { block: true, indent: 0, key: g.p4k, pair: 'yaml', nameStart: m.index };
  if (g.p5k !== undefined) return { block: true, indent: 0, key: g.p5k, pair: 'terraform', nameStart: m.index };
  if (g.p6k !== undefined) {
    const groups = g.p6v!.split(' ');
    const even = groups.length >= 3 && groups.every((w) => w.length === groups[0]!.length && w.length >= 4);
    const mixed = groups.some((w) => /[0-9]/.test(w) && /[A-Za-z]/.test(w));
    const passwordName = /pass|pwd|secret|token|key|credential/i.test(g.p6k) && isSecretKey(g.p6k);
    return passwordName && (even || mixed) ? hit('secret-key-value', 'p6v') : keep;
  }
  const line = m.input;
  const cli = (ok: boolean, name: string): Hit | number => (ok && isCliPassword(g[name]!) ? hit('cli-password', name) : keep);
  if (g.c1v !== undefined) return cli(/\b(?:create|alter)[ \t]+(?:user|role|login)\b|\bidentified\b|\bwith\b[^\r\n]*\bpassword\b|\bset[ \t]+password\b/i.test(line), 'c1v');
  if (g.c2v !== undefined) return cli(/\bmachine\b|\blogin\b|^\s*password[ \t]+\S+\s*$/.test(line) && !/[.?!:]$/.test(g.c2v!), 'c2v');
  if (g.c3v !== undefined) return cli(/[A-Za-z*.]/.test(g.c3h!) && !/^\d{1,2}$/.test(g.c3h!) && !g.c3h!.includes('/'), 'c3v');
  for (const n of ['c4a', 'c4b', 'c4c', 'c4d']) if (g[n] !== undefined) return hit('htpasswd-hash', n);
  if (g.c5k !== undefined) return hit(judgeAssignment(g.c5k, g.c5v!), 'c5v');
  if (g.c6k !== undefined) return isPlaceholderValue(g.c6v!) && g.c6v!.length >= 8 ? keep : cli(true, 'c6v');
  if (g.c7o !== undefined) {
    const o = g.c7o;
    const ok = o === '-a' ? /\bredis-cli\b/.test(line) : LOGIN.test(line);
    return cli(ok, 'c7v');
  }
  // The regex is case-insensitive: `-B` (bcrypt) is no `-b` (the password on the command line).
  if (g.c8v !== undefined) return cli(/\bhtpasswd[ \t]+(?:[^\r\n]*[ \t])?-[A-Za-z]*b/.test(line), 'c8v');
  if (g.c9o !== undefined) {
    const o = g.c9o;
    if (o.startsWith('--')) return hit(judgeAssignment(o.slice(2), g.c9v!), 'c9v');
    return cli((o === '-p' || o === '-a') && (SHORT_TOOLS.test(line) || LOGIN.test(line)), 'c9v');
  }
  if (g.c10k !== undefined) {
    const k = g.c10k;
    const value = g.c10v!;
    if (/^(?:path|domain|expires|max-age|samesite)$/i.test(k) || isPlaceholderValue(value)) return keep;
    return COOKIE_NAMES.test(k) || (looksRandom(value) && !isAllowListed(k, value)) ? hit('cookie-value', 'c10v') : keep;
  }
  return undefined;
}

const VALUE_LINE = new RegExp(`(?:^|[\\s{,\\[])(?<a>\\\\?["']?)${VALUE_FIELD}\\k<a>[ \\t]*[:=][ \\t]*(?:(?<vq>${Q})(?<v>${QV})\\k<vq>|(?<u>[^\\s,}\\]"'#]{1,4096}))`, 'id');
const NAME_LINE = new RegExp(`(?:^|[\\s{,\\[])\\\\?["']?${NAME_FIELD}\\\\?["']?[ \\t]*[:=]`, 'i');

/**
 * The value of a name whose field ends its line: up to 8 lines below (stopping at another name
 * field, a new list item or the end of the object), or, for JSON, up to 4 lines above.
 */
export function pairHit(text: string, lineEnd: number, r: PairRequest): Hit | null {
  const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
  const lines: [number, number][] = [];
  let pos = lineEnd + 1;
  for (let i = 0; i < 8 && pos < text.length; i++) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    lines.push([pos, end]);
    pos = end + 1;
  }
  const look = (start: number, end: number): Hit | null | 'stop' => {
    const line = text.slice(start, end);
    const m = VALUE_LINE.exec(line);
    if (m) {
      const name = m.groups!.v !== undefined ? 'v' : 'u';
      const rule = judgeAssignment(r.key, m.groups![name]!);
      if (rule === null) return 'stop';
      const [a, b] = m.indices!.groups![name]!;
      return { rule, start: start + a, end: start + b };
    }
    return NAME_LINE.test(line) || /^[ \t]*-[ \t]|[{}]/.test(line) ? 'stop' : null;
  };
  for (const [a, b] of lines) {
    const h = look(a, b);
    if (h === 'stop') break;
    if (h) return h;
  }
  if (r.pair === 'yaml' && !/^[ \t]*-[ \t]/.test(text.slice(lineStart, lineEnd))) {
    let end = lineStart - 1;
    for (let i = 0; i < 4 && end > 0; i++) {
      const start = text.lastIndexOf('\n', end - 1) + 1;
      const h = look(start, end);
      if (h === 'stop') break;
      if (h) return h;
      end = start - 1;
    }
  }
  return null;
}
