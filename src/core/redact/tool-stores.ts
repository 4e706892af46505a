/**
 * Secrets tools keep or print in their own forms, with no key name the key-name layer reads (round 28, attack 28):
 * - Dovecot's and others' plain-text scheme prefix: `user:{PLAIN}Marm@70yar!::::::`, `{CLEARTEXT}…`;
 * - `redis-cli CONFIG GET requirepass|masterauth` output: `1) "requirepass"` then `2) "<password>"`;
 * - a Terraform state's `random_password` resource: its `"result"` (and `"bcrypt_hash"` stays: a hash);
 * - JMeter's argument pairs: `<stringProp name="Argument.name">password</stringProp>` then `Argument.value`;
 * - a secret's element holding CDATA, ODBC's braced `PWD={…}`, a dotted leader's value (HikariCP's debug dump).
 * - (round 29) ipywidgets' `PasswordModel` state's `"value"` in a notebook's metadata; a Helm or Jinja template's
 *   literal piped through filters under a secret's name (`password: {{ "…" | b64enc | quote }}`); a password given
 *   alone to a client's `auth` call (redis' `AUTH`: `red:auth("…")`, `$redis->auth('…')`, `client.auth("…")`); a
 *   registry value by its name (`reg add … /v DB_PASSWORD … /d "…"`, `Set-ItemProperty -Name X -Value "…"`); a JSON
 *   Patch's value under its path's last segment (`{"path": "/spec/adminPassword", "value": "…"}`); a connection
 *   string's passphrase (`Password=april angry bubble avoid;`).
 * Each value is judged as a secret flag's value (flag-values.ts), so a placeholder or a variable stays.
 */
import { STORE_RULE as RULE, secretArgValue } from './flag-values.js';
import { isSecretKey } from './key-names.js';
import { runPass, type Hit, type Pass } from './pass.js';

const SCHEME = /\{(?:PLAIN|CLEAR|CLEARTEXT|PLAIN-TRUNC)\}([^\s:]{1,256})/gi;
const CONFIG_GET =
  /(?:^|\n)[ \t]*\d{1,3}\)[ \t]*"(?:requirepass|masterauth)"\r?\n[ \t]*\d{1,3}\)[ \t]*"([^"\r\n]{1,256})"/g;
const RESULT = /"result"[ \t]*:[ \t]*"((?:[^"\\\r\n]|\\.){1,512})"/g;
/** A JMeter HTTP argument: its element's name, then its `Argument.value` in either order with its other props. */
const JMETER =
  /<elementProp name="([^"]{1,64})" elementType="HTTPArgument">(?:(?!<\/elementProp>)[\s\S]){0,600}?<stringProp name="Argument\.value">([^<]{1,512})<\/stringProp>/g;

/** A secret's element holding a CDATA section (`<password><![CDATA[…]]></password>`). */
const CDATA = /<([A-Za-z][\w.:-]{0,63})>[ \t]*<!\[CDATA\[((?:(?!\]\]>)[^\r\n]){1,512})\]\]>[ \t]*<\/\1>/g;
/** ODBC's braced value (`PWD={…}`, a `}` doubled inside it). */
const ODBC = /(?:^|[;"'\s])(?:PWD|Password)=\{((?:[^}\r\n]|\}\}){1,256})\}(?!\})/gi;
/** A dotted leader's value in a configuration dump (HikariCP's `password........"…"`), to the line's end. */
const LEADER = /\b([A-Za-z]\w{0,40})\.{4,64}[ \t]*/g;
/** The value after a leader: the rest of its line (at most 258 characters), quoted or one run of non-blanks. */
const LEADER_VALUE = /^("?)([^"\s]{1,256})\1[ \t]*$/;

/** A password widget's state: its `"value"` before the next widget's model. */
const WIDGET =
  /"model_name"[ \t]*:[ \t]*"PasswordModel"(?:(?!"model_name")[\s\S]){0,600}?"value"[ \t]*:[ \t]*"((?:[^"\\\r\n]|\\.){1,256})"/g;
/** A template's literal string, maybe piped through filters, under a name (`password: {{ "…" | b64enc }}`). */
const TEMPLATE_LITERAL =
  /([A-Za-z_][\w.-]{0,63})["']?[ \t]*:[ \t]*["']?\{\{-?[ \t]*(["'])([^"'\r\n]{1,256})\2[ \t]*(?:\||-?\}\})/g;
/** A client's `auth` call given one string (redis' `AUTH password`). */
const AUTH_CALL = /(?:[.:]|->)auth[ \t]*\([ \t]*(["'])([^"'\r\n]{1,256})\1[ \t]*\)/g;

/** A registry value: `reg add … /v NAME … /d VALUE`, PowerShell's `-Name NAME … -Value VALUE`. */
const REGISTRY =
  /(?:[ \t]\/v[ \t]+"?([\w.-]{1,64})"?[^\r\n]{0,80}?[ \t]\/d|[ \t]-Name[ \t]+["']?([\w.-]{1,64})["']?[^\r\n]{0,80}?[ \t]-Value)[ \t]+(?:(["'])([^"'\r\n]{1,256})\3|([^\s"']{1,256}))/g;
/** A JSON Patch operation's path and value, in either order. */
const PATCH =
  /"path"[ \t]*:[ \t]*"[^"\r\n]{0,200}\/([\w.~-]{1,64})"[ \t]*,[ \t]*(?:"op"[ \t]*:[ \t]*"\w+"[ \t]*,[ \t]*)?"value"[ \t]*:[ \t]*"((?:[^"\\\r\n]|\\.){1,256})"/g;
/** A connection string's password of words and blanks, to its `;` or quote. */
const CONN_PHRASE =
  /(?:^|[;"'\s])(?:Password|Pwd)[ \t]*=[ \t]*([^;"'=\r\n]{1,128}? [^;"'=\r\n]{1,128}?)[ \t]*(?=[;"']|$)/gim;

/** The group `g` (or what `g` reads) of each match of `re` whose value `ok` takes, as hits. */
function each(text: string, re: RegExp, g: number | Value, ok: (m: RegExpExecArray) => boolean, hits: Hit[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (!ok(m)) continue;
    const v = typeof g === 'number' ? m[g]! : g(m);
    const start = m.index + m[0].lastIndexOf(v);
    hits.push({ rule: RULE, start, end: start + v.length });
  }
}
type Value = (m: RegExpExecArray) => string;

/** Dotted leaders' values (LEADER), each read to its line's end in a bounded slice (no search per start). */
function leaderHits(text: string, hits: Hit[]): void {
  LEADER.lastIndex = 0;
  for (let m = LEADER.exec(text); m !== null; m = LEADER.exec(text)) {
    if (!isSecretKey(m[1]!)) continue;
    const from = LEADER.lastIndex;
    const rest = text.slice(from, from + 260);
    const line = rest.slice(0, (rest.search(/\r?\n/) + 1 || rest.length + 1) - 1);
    const v = LEADER_VALUE.exec(line);
    if (v === null || !secretArgValue(v[2]!, v[1] !== '')) continue;
    const start = from + v[1]!.length;
    hits.push({ rule: RULE, start, end: start + v[2]!.length });
  }
}

/** A registry value (REGISTRY: the name and the value in one of two groups each, the value quoted or not). */
const registryValue: Value = (m) => m[4] ?? m[5]!;

function storeHits(text: string): Hit[] {
  const hits: Hit[] = [];
  if (text.includes('}')) each(text, SCHEME, 1, (m) => secretArgValue(m[1]!, true), hits);
  if (text.includes('"requirepass"') || text.includes('"masterauth"'))
    each(text, CONFIG_GET, 1, (m) => secretArgValue(m[1]!, true), hits);
  if (text.includes('"random_password"')) {
    // Within a random_password resource only: from its type to the next `"type"`.
    const ranges = [...text.matchAll(/"type"\s*:\s*"random_password"/g)].map((t) => {
      const next = text.indexOf('"type"', t.index + t[0].length);
      return [t.index, next === -1 ? text.length : next] as const;
    });
    const inside = (at: number): boolean => ranges.some(([a, b]) => at > a && at < b);
    each(text, RESULT, 1, (m) => inside(m.index) && secretArgValue(m[1]!, true), hits);
  }
  if (text.includes('<![CDATA[')) each(text, CDATA, 2, (m) => isSecretKey(m[1]!) && secretArgValue(m[2]!, true), hits);
  if (text.includes('={')) each(text, ODBC, 1, (m) => secretArgValue(m[1]!.replace(/\}\}/g, '}'), true), hits);
  if (text.includes('.....')) leaderHits(text, hits);
  if (text.includes('PasswordModel')) each(text, WIDGET, 1, (m) => secretArgValue(m[1]!, true), hits);
  if (text.includes('{{'))
    each(text, TEMPLATE_LITERAL, 3, (m) => isSecretKey(m[1]!) && secretArgValue(m[3]!, true), hits);
  if (text.includes('auth(')) each(text, AUTH_CALL, 2, (m) => secretArgValue(m[2]!, true), hits);
  if (text.includes('/v') || text.includes('-Name'))
    each(
      text,
      REGISTRY,
      registryValue,
      (m) => isSecretKey(m[1] ?? m[2]!) && secretArgValue(registryValue(m), m[4] !== undefined),
      hits,
    );
  if (text.includes('"path"')) each(text, PATCH, 2, (m) => isSecretKey(m[1]!) && secretArgValue(m[2]!, true), hits);
  if (/password|pwd/i.test(text)) each(text, CONN_PHRASE, 1, (m) => secretArgValue(m[1]!, true), hits);
  if (text.includes('HTTPArgument'))
    each(text, JMETER, 2, (m) => isSecretKey(m[1]!) && secretArgValue(m[2]!, true), hits);
  return hits.sort((a, b) => a.start - b.start);
}

/** The pass (context-passes.ts). */
export const toolStorePass = (): Pass => runPass(storeHits);
