/**
 * Placements the key-name regexes did not read (held-out evaluation, categories 3 and 4),
 * generalised into families; formats.ts joins them to its branches, so they share the key-name
 * pass's one finder and its two line regexes (README, Redaction, item 5):
 * - name/value pairs, the name in one field and the value in another (Kubernetes, ECS, HAR,
 *   CloudFormation, Postman, Terraform, ARM nested values, `--name … --value …`), on one line or
 *   over the lines around the name (pairHit);
 * - credential files: `.pgpass`, `.netrc`, `.htpasswd`, redis.conf, `NAME value` lines;
 * - SQL, command-line password flags, setters, calls, argument arrays, cookies: commands.ts;
 * - subscripts with a name and a value;
 * - spaced values under a password name, seed phrases.
 * Values are judged by judgeAssignment (key-names.ts) where there is a name, else by isCliPassword.
 */
import { credentialNameWords } from './credential-names.js';
import { codeValue, judgePair, SET_OPTIONS } from './commands.js';
import { humanPassword, namedCredential } from './credential-values.js';
import { isPlaceholderValue, isSecretKey, isWeakSecretKey, judgeAssignment } from './key-names.js';
import { PARENT_END } from './parents.js';
import { PASSWORD_WORD_END } from './prose-passwords.js';
import type { Hit } from './pass.js';

const NAME = '[A-Za-z_][A-Za-z0-9_.-]{0,63}';
const Q = `\\\\?["']`;
const QV = `[^"'\\\\\\r\\n]{1,4096}`;
/** An unquoted value: `#` starts a comment, not inside one (`value: NHe#cxq`, YAML's flow). */
const UNQUOTED = `[^\\s,}\\]"'#][^\\s,}\\]"']{0,4095}`;

/**
 * Commands that set a named value from their next two arguments: `set -x NAME v`, `aws configure set NAME v`, `gh
 * secret set NAME`.
 */
const SETTERS = `\\bset${SET_OPTIONS}|\\bsetx(?:[ \\t]+/m)?|\\bsecrets?[ \\t]+set|\\bsetenv|\\bSetEnv|\\bfastcgi_param|\\bconfig(?:ure)?[ \\t]+set${SET_OPTIONS}|\\buser-secrets[ \\t]+set`;

/**
 * For the key-name finder, after a secret-ish name: the name ends a field (`name: X_API_KEY`,
 * `"ParameterKey": "DbPassword",`, `variable "x_token" {`), is followed by one space in a
 * shell's set (`set -x`, `setx`, `gh secret set`), or `password` is followed by a value (`.netrc`, SQL).
 */
// The blanks after a name come after the lookbehind that reads the name: a lookbehind ending in `[ \t]+`, tried again
// as the blanks before it were given back one by one, read a run of blanks once per blank (`password` and 16 K spaces).
export const PLACEMENT_SEPARATOR = [
  `\\\\?["']?[ \\t]*(?=[,}\\r\\n]|$)(?<=(?:(?<![A-Za-z0-9_-])(?:name|key)|parameterkey)\\\\?["']?[ \\t]*[:=][ \\t]*\\\\?["']?[A-Za-z0-9_.-]{1,80}\\\\?["']?[ \\t]*)`,
  `["'][ \\t]*\\{(?<=variable[ \\t]+["'][A-Za-z0-9_.-]{1,80}["'][ \\t]*\\{)`,
  `\\\\?["']?(?<=(?:${SETTERS})[ \\t]+\\\\?["']?[A-Za-z0-9_.:/-]{1,80}\\\\?["']?)[ \\t]+`,
  `(?<=\\benv:[A-Za-z0-9_]{1,80})[ \\t]+`,
  // `aws ssm put-parameter --name /prod/db_password --value v`, `az keyvault secret set --name X --value v`
  `["']?[ \\t]+(?=--value\\b)`,
  `[ \\t]+(?=\\S)(?<=(?:password|passwd|pass|passphrase|cookie|auth)[ \\t]+)`,
  // A secret-ish name that starts its line, then a space: redis.conf `requirepass v`, msmtp `password v`.
  `[ \\t]+(?=\\S)(?<=(?:^|\\n)[ \\t]*[A-Za-z0-9_.-]{1,80}[ \\t]+)`,
  // A name with a nested value: `"adminPassword": {"value": …}`.
  `\\\\?["']?[ \\t]*[:=][ \\t]*\\{`,
  // An HCL block and a TOML table named by a secret: `password {`, `[service.api_key]`.
  `[ \\t]+\\{[ \\t]*(?=\\r?\\n|$)`,
  `\\][ \\t]*(?=\\r?\\n|$)(?<=(?:^|\\n)[ \\t]*\\[[A-Za-z0-9_.-]{1,120}\\][ \\t]*)`,
  `\\\\?["'][ \\t]*,(?<=--[A-Za-z0-9-]{0,40}\\\\?["'][ \\t]*,)`,
].join('|');

const WEAK_SEP = `\\\\?["']?[ \\t]*[:=]`;
/**
 * WEAK_SEP, or a subscript's or a call's (`ENV['TOTP_SEED'] = …`, `$_ENV["MFA_SEED"] ??= …`, `ENV.store('OTP_SEED', …`,
 * `os.Setenv("TOTP_SEED", …`, `System.put_env("MFA_SEED", …`, Ruby's `ENV.fetch("OTP_SEED") { …`): the name quoted as a
 * call's first argument.
 */
const NAMED_SEP = `(?:${WEAK_SEP}|\\\\?["']\\][ \\t]*(?:\\|\\||\\?\\?)?=|\\\\?["'][ \\t]*,(?<=\\(\\s*\\\\?["'][A-Za-z0-9_.-]{1,64}\\\\?["'][ \\t]*,)|\\\\?["']\\)[ \\t]*\\{)`;
const SESSION_SEP = `[A-Za-z0-9_.-]{0,30}\\\\?["'][ \\t]*,(?<=name\\\\?["']?[ \\t]*:[ \\t]*\\\\?["'][A-Za-z0-9_.-]{1,64}\\\\?["'][ \\t]*,)`;
/**
 * Top-level finder alternatives for tools and file lines with no secret-ish name. Each starts
 * with a character the finder already starts on (the stems' k t s p a c d, `-`, `:`), checked
 * behind where needed: V8 skips positions whose character no alternative starts with, and a new
 * first character (`i`, `h`, `$`, …) made the finder up to 3 times slower. `.htpasswd -b` is
 * found by its `passwd` stem; `-` and `:` join formats.ts's `-u`/`-p` and `://:`.
 */
export const PLACEMENT_DASH = `-(?:password|token|secret|api-key)-stdin\\b|-passphrase-fd[ \\t]+0\\b|-with-token\\b|[A-Za-z]\\\\?["'][ \\t]*,(?<=["']-[A-Za-z]\\\\?["'][ \\t]*,)|a(?<=[\\s'"(]-a)|[Nkw][ \\t](?<=[\\s'"(]-[Nkw][ \\t])|cli\\b(?<=redis-cli)`;
export const PLACEMENT_COLON = `:add-mask::|\\$(?:apr1|2[abxy]?|[156])\\$|\\{SHA\\}|(?:\\d{1,5}|\\*):(?<=(?:^|\\n)[^:\\s#"'{,]{1,253}:(?:\\d{1,5}|\\*):)(?=[^:\\s]{1,128}:[^:\\s]{1,128}:\\S)`;
/** After `s`: `senha`, `salasana`, `sifre`, `heslo`, `jelszó`, `lösenord` as words of prose. */
const PROSE_WORD_S = `(?:enha|alasana|ifre|lo(?<=heslo)|z[o\u00f3](?<=jelsz[o\u00f3])|enord(?<=l[o\u00f6]senord))${PASSWORD_WORD_END}`;
// One branch per first character (V8 tries a regex's alternatives one by one at each position
// whose character starts one): names with no secret stem join them (`BEARER=`, `totp_seed:`,
// `WALLET_SEED=`, `nostr_private:`, `Kennwort:`, `senha:`, `salasana:`), as do parents (`api_keys:`,
// `tokens:`, `data:` ending their line: parents.ts).
export const PLACEMENT_WORDS: readonly string[] = [
  `d(?:entified[ \\t]|p\\b(?<=(?:ex|im)pdp)|d_user[ \\t](?<=add_user[ \\t])|ata${PARENT_END})`,
  `s(?:ql(?:plus|ldr)|ecurestring|(?:ess|id)${SESSION_SEP}|(?:eed|enha|alasana)[A-Za-z0-9_]{0,20}${NAMED_SEP}|${PROSE_WORD_S})`,
  // sshfs' `-o password_stdin`, `| passwd USER` at a line's end (commands.ts' STDIN_READERS).
  `p(?:assword_stdin\\b|asswd(?<=\\|[^|\\r\\n]{0,200}passwd)(?=[ \\t]+[a-z_][\\w-]{0,31}[ \\t]*(?:\\r?\\n|$))|:(?<=/p:)|(?:at|sw?)(?<=_p(?:at|sw?))${WEAK_SEP}|(?:riv(?:ate)?|arola)${WEAK_SEP}|arola${PASSWORD_WORD_END})`,
  `k(?:eys${PARENT_END}|ennwort(?:${WEAK_SEP}|${PASSWORD_WORD_END}))|tokens${PARENT_END}|arer(?<=bearer)${WEAK_SEP}`,
  `c(?:(?<=mnemonic|hmac)[A-Za-z0-9_]{0,20}|ontrase(?:n\u0303?|\u00f1)a|lave)(?:${WEAK_SEP}|${PASSWORD_WORD_END})`,
  // Password words of prose in other languages, each from a character the finder starts on (prose-passwords.ts).
  `(?:twoord(?<=wachtwoord)|dgangskode(?<=adgangskode))${PASSWORD_WORD_END}`,
  // Weak names with no secret stem (key-names.ts' WEAK_LAST): `jwt:`, `SESSION_JWT=`, `totp:`, `nostr_nsec:`.
  `(?:jwt|otp|nsec)${WEAK_SEP}`,
  // Names whose qualifier or language makes them a credential's (`unlock_code`, `wpa_psk`, `contraseña_wifi`).
  ...credentialNameWords(WEAK_SEP),
];
export const PLACEMENT_FINDER = PLACEMENT_WORDS.join('|');

/** A key-name line that may hold a pair, or a spaced value. */
export const PLACEMENT_ASSIGN_HINT =
  /(?:name|key)\\?["']?[ \t]*[:=]|variable[ \t]|[:=][ \t]*\\?["']?[A-Za-z0-9]{3,8} [A-Za-z0-9]{3,8} |\][ \t]*(?:\|\||\?\?)?=|[:=][ \t]*\{|:[ \t]*\{?[ \t]*\r?$|[ \t]\{[ \t]*\r?$|^[ \t]*\[[^\]\r\n]{1,120}\][ \t]*\r?$/i;

const VALUE_FIELD = '(?:value|parametervalue|default|defaultvalue|currentvalue|initialvalue|secretstring)';
const NAME_FIELD = '(?:name|key|parameterkey)';
/**
 * A nested value's field under a secret's name (`auth:` / `  value: …`, `credentials:` / `  data: …`, `secret:` /
 * `  key: …`, HCL `password {` / `  value = …`): the parent names the secret, the child only holds it.
 */
const CHILD_FIELD = `(?:${VALUE_FIELD}|data|secret|key|plaintext|plain|content)`;

/** Branches for the assignment regex (named groups p<n>…). */
export const PLACEMENT_ASSIGN_SOURCE = [
  // p1: name then value on one line: {"name": "X", "value": "v"}, ParameterKey/ParameterValue, Terraform.
  `(?:^|[\\s{,\\[(])(?<p1a>\\\\?["']?)${NAME_FIELD}\\k<p1a>[ \\t]*[:=][ \\t]*(?<p1q>\\\\?["']?)(?<p1k>${NAME})\\k<p1q>[ \\t]*,?[ \\t]*(?<p1b>\\\\?["']?)${VALUE_FIELD}\\k<p1b>[ \\t]*[:=][ \\t]*(?:(?<p1vq>${Q})(?<p1v>${QV})\\k<p1vq>|(?<p1u>${UNQUOTED}))`,
  // p2: value then name on one line.
  `(?:^|[\\s{,\\[(])(?<p2a>\\\\?["']?)${VALUE_FIELD}\\k<p2a>[ \\t]*[:=][ \\t]*(?:(?<p2vq>${Q})(?<p2v>${QV})\\k<p2vq>|(?<p2u>${UNQUOTED}))[ \\t]*,?[ \\t]*(?<p2b>\\\\?["']?)${NAME_FIELD}\\k<p2b>[ \\t]*[:=][ \\t]*(?<p2q>\\\\?["']?)(?<p2k>${NAME})\\k<p2q>`,
  // p3: variable "x_api_key" { default = "v" }
  `\\bvariable[ \\t]+(?<p3q>["'])(?<p3k>${NAME})\\k<p3q>[ \\t]*\\{[^}]*?\\bdefault[ \\t]*=[ \\t]*(?<p3vq>["'])(?<p3v>${QV})\\k<p3vq>`,
  // p4: the name field ends the line (the value is on another line): `- name: X_API_KEY`, `"ParameterKey": "X",`,
  // `variable "x" {`.
  `(?:^|[\\s{,\\[])(?<p4a>\\\\?["']?)${NAME_FIELD}\\k<p4a>[ \\t]*[:=][ \\t]*(?<p4q>\\\\?["']?)(?<p4k>${NAME})\\k<p4q>[ \\t]*,?[ \\t]*\\r?$`,
  `\\bvariable[ \\t]+(?<p5q>["'])(?<p5k>${NAME})\\k<p5q>[ \\t]*\\{[ \\t]*\\r?$`,
  // p6: a spaced value under a name: password: abcd efgh ijkl mnop, MNEMONIC="12 words"
  `[:=](?<=(?<![A-Za-z0-9_.-])(?<p6k>${NAME})\\\\?["']?[ \\t]*[:=])[ \\t]*(?<p6q>\\\\?["']?)(?<p6v>[A-Za-z0-9]{3,8}(?: [A-Za-z0-9]{3,8}){2,24})\\k<p6q>[ \\t]*(?:[,;}]|\\r?$)`,
  // p7: a subscript assignment: ENV["X"] = "v", config['api_key'] ||= 'v', $_ENV['X'] = 'v'
  `\\[[ \\t]*(?<p7q>${Q})(?<p7k>${NAME})\\k<p7q>[ \\t]*\\][ \\t]*(?:\\|\\||\\?\\?)?=[ \\t]*(?<p7vq>${Q})(?<p7v>${QV})\\k<p7vq>`,
  // p8: a name whose value is nested: "adminPassword": {"value": "v"}, DbPassword: {Default: v}
  `\\{(?<=(?<![A-Za-z0-9_.-])(?<p8k>${NAME})\\\\?["']?[ \\t]*[:=][ \\t]*\\{)[ \\t]*(?:[^{}\\r\\n]*?[,{ \\t])?(?<p8b>\\\\?["']?)${CHILD_FIELD}\\k<p8b>[ \\t]*[:=][ \\t]*(?:(?<p8vq>${Q})(?<p8v>${QV})\\k<p8vq>|(?<p8u>${UNQUOTED}))`,
  // p9: a name whose value is nested on the following lines: `"adminPassword": {`, `DbPassword:`
  `^[ \\t]*(?<p9q>\\\\?["']?)(?<p9k>${NAME})\\k<p9q>(?:[ \\t]*:[ \\t]*\\{?|[ \\t]+(?<p9h>\\{))[ \\t]*\\r?$`,
  // p10: a TOML table named by a secret (`[service.api_key]`, `[auth]`): its `value = …` below.
  `^[ \\t]*\\[(?:[A-Za-z0-9_-]{1,64}\\.){0,6}(?<p10k>[A-Za-z_][A-Za-z0-9_-]{0,63})\\][ \\t]*\\r?$`,
].join('|');

/** A pair that spans lines: the name's line is known, the value is looked for around it. */
export interface PairRequest {
  block: true;
  indent: number;
  key: string;
  pair: 'yaml' | 'terraform' | 'nested' | 'children' | 'table';
  nameStart: number;
}

/** Resolves a placement match: a hit, a resume index, a pair request, or undefined if no placement branch matched. */
export function resolvePlacement(m: RegExpExecArray): Hit | number | PairRequest | undefined {
  const g = m.groups!;
  const idx = m.indices!.groups!;
  const keep = m.index + 1;
  const hit = (rule: string | null, name: string): Hit | number =>
    rule === null ? keep : { rule, start: idx[name]![0], end: idx[name]![1] };
  for (const n of [1, 2]) {
    const key = g[`p${n}k`];
    if (key === undefined) continue;
    const name = g[`p${n}v`] !== undefined ? `p${n}v` : `p${n}u`;
    return hit(judgePair(key, g[name]!), name);
  }
  if (g.p3k !== undefined) return hit(judgeAssignment(g.p3k, g.p3v!), 'p3v');
  if (g.p4k !== undefined) return { block: true, indent: 0, key: g.p4k, pair: 'yaml', nameStart: m.index };
  if (g.p5k !== undefined) return { block: true, indent: 0, key: g.p5k, pair: 'terraform', nameStart: m.index };
  if (g.p6k !== undefined) {
    const groups = g.p6v!.split(' ');
    // App passwords and recovery codes: groups of one length; a mnemonic: 12-24 words under a seed-phrase name.
    const even =
      groups.length >= 3 && groups.length <= 8 && groups.every((w) => w.length === groups[0]!.length && w.length >= 4);
    const mixed = groups.length <= 8 && groups.some((w) => /[0-9]/.test(w) && /[A-Za-z]/.test(w));
    const passwordName = /pass|pwd|secret|token|key|credential/i.test(g.p6k) && isSecretKey(g.p6k);
    const mnemonic =
      /mnemonic|seed_?phrase|recovery_?phrase|secret_?phrase|seedwords|seed_?words|seed$/i.test(g.p6k) &&
      groups.length >= 12 &&
      groups.length <= 25;
    return (passwordName && (even || mixed)) || mnemonic ? hit('secret-key-value', 'p6v') : keep;
  }
  if (g.p7k !== undefined) return codeValue(g.p7v!) ? hit(judgePair(g.p7k, g.p7v!), 'p7v') : keep;
  if (g.p8k !== undefined) {
    const name = g.p8v !== undefined ? 'p8v' : 'p8u';
    return hit(judgeNested(g.p8k, g[name]!), name);
  }
  if (g.p10k !== undefined)
    return nestedName(g.p10k) ? { block: true, indent: 0, key: g.p10k, pair: 'table', nameStart: m.index } : keep;
  if (g.p9k !== undefined) {
    if (nestedName(g.p9k)) return { block: true, indent: 0, key: g.p9k, pair: 'nested', nameStart: m.index };
    // An HCL block (`name {`) holds children of its own name only.
    if (g.p9h !== undefined) return keep;
    // A parent whose children are the secrets (`api_keys:`, `secrets:`, a Kubernetes Secret's `data:`): parents.ts.
    return /^(?:string|securejson)?data$|s$/i.test(g.p9k)
      ? { block: true, indent: 0, key: g.p9k, pair: 'children', nameStart: m.index }
      : keep;
  }
  return undefined;
}

const VALUE_LINE = new RegExp(
  `(?:^|[\\s{,\\[])(?<a>\\\\?["']?)${VALUE_FIELD}\\k<a>[ \\t]*[:=][ \\t]*(?:(?<vq>${Q})(?<v>${QV})\\k<vq>|(?<u>${UNQUOTED}))`,
  'id',
);
const CHILD_LINE = new RegExp(
  `(?:^|[\\s{,\\[])(?<a>\\\\?["']?)${CHILD_FIELD}\\k<a>[ \\t]*[:=][ \\t]*(?:(?<vq>${Q})(?<v>${QV})\\k<vq>|(?<u>${UNQUOTED}))`,
  'id',
);
/** A parent whose value fields hold its secret: a secret's name, or a weak one (`auth`) whose child is judged below. */
const nestedName = (key: string): boolean => isSecretKey(key) || /^(?:auth|basic_?auth|smtp_?auth)$/i.test(key);
/**
 * A nested value's verdict: the parent's name judges it (judgePair); under a weak name (`auth:` / `  value: …`) a value
 * field still holds a credential when it reads as a password or a key.
 */
function judgeNested(key: string, value: string): string | null {
  const rule = judgePair(key, value);
  if (rule !== null || !(isWeakSecretKey(key) || /auth$/i.test(key)) || isPlaceholderValue(value)) return rule;
  return humanPassword(value) || namedCredential(value) ? 'secret-key-value' : null;
}
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
  const indentOf = (s: string): number => s.length - s.trimStart().length;
  const nameIndent = indentOf(text.slice(lineStart, lineEnd));
  const look = (start: number, end: number): Hit | null | 'stop' => {
    const line = text.slice(start, end);
    // A nested value lies deeper than its name (`DbPassword:` / `  Default: v`).
    if (r.pair === 'nested' && /\S/.test(line) && indentOf(line) <= nameIndent) return 'stop';
    if (r.pair === 'table' && /^[ \t]*\[/.test(line)) return 'stop';
    const nested = r.pair === 'nested' || r.pair === 'table';
    const m = (nested ? CHILD_LINE : VALUE_LINE).exec(line);
    if (m) {
      const name = m.groups!.v !== undefined ? 'v' : 'u';
      const rule = (nested ? judgeNested : judgePair)(r.key, m.groups![name]!);
      if (rule === null) return 'stop';
      const [a, b] = m.indices!.groups![name]!;
      return { rule, start: start + a, end: start + b };
    }
    if (r.pair === 'table') return null;
    if (r.pair === 'nested') return /[{}]/.test(line) && !/^[ \t]*\{[ \t]*$/.test(line) ? 'stop' : null;
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
