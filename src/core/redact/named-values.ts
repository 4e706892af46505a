/**
 * A secret's variable named in prose, then its value (round 27): `Set \`RABBITMQ_DEFAULT_PASS\` to \`Tundra60#w…\``,
 * `Configure DBPASSWORD as hOJqK]bihj…`, `The LDAP_BIND_PW is \`…\``, `**SMTP_PASS** should be \`…\``. The name
 * is found from its stem (the shared literal scan of line-values.ts), read whole, and must be a name (a `_`, camel
 * case or capitals) the key-name layer calls a secret's; a word joins it to the value (`to`, `as`, `is`, `should
 * be`), and the value is one token, maybe quoted, judged as the key-name layer judges it under that name
 * (judgeAssignment) and read as a password or a token, not a word (`Set DB_PASSWORD to something secure`). A key's
 * shape near its name is prose-near.ts's too (named-anchors.ts).
 */
import { codePath } from './benign.js';
import { humanPassword } from './credential-values.js';
import { isSecretKey, isWeakSecretKey, judgeAssignment } from './key-names.js';
import { stemStarts } from './line-values.js';
import { literalScan } from './literal-scan.js';
import { nameAround } from './named-anchors.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { notAPassword, tokenValue } from './prose-values.js';

/**
 * After the name: its closing marks, a joining word (`=` and `:` are the key-name layer's; Chinese's, Japanese's and
 * Korean's `的值是`, `の値は`, `값은`: attack 60), the value's opening marks, the value, its closing mark.
 */
const AFTER =
  /[`*_"']{0,3}(?:[ \t]+(?:(?:should|must|will|can)[ \t]+be|(?:is|was|has[ \t]+been|have[ \t]+been)(?:[ \t]+(?:now|still))?(?:[ \t]+(?:set|changed|reset|updated)[ \t]+to)?|to|as|→|->|with(?:[ \t]+(?:the[ \t]+)?value)?)[ \t]+|[ \t]*(?:的值(?:是|为|為|[:：])|的值|の値(?:は|[:：])|값은|값[:：]|값이)[ \t]*)([*_]{0,2})(["'`]?)([^\s"'`]{8,256})\2/y;

/** `pw` ends a name as a password's abbreviation (`LDAP_BIND_PW`, `adminPw`): a stem line-values.ts has not. */
const pwStarts = literalScan(['pw']) ?? ((text: string): number[] => [...text.matchAll(/pw/gi)].map((m) => m.index));

function namedValueHits(text: string): Hit[] {
  const hits: Hit[] = [];
  const pw = pwStarts(text);
  const stems = stemStarts(text);
  const starts = pw.length === 0 ? stems : [...stems, ...pw].sort((a, b) => a - b);
  let done = -1;
  for (const at of starts) {
    if (at < done) continue;
    const [s, e] = nameAround(text, at);
    done = e;
    const name = text.slice(s, e);
    // A name, not a word (`password`, `Passes`): parts joined by `_`, camel case, or capitals; not a member, a path,
    // a reference or a flag (`os.environ.X`, `$X`, `--x`).
    if (!/_|[a-z][A-Z]|^[A-Z0-9]+$/.test(name) || !/^[A-Za-z]/.test(name) || /[.$/\\{@-]/.test(text[s - 1] ?? ''))
      continue;
    if (!isSecretKey(name) && !isWeakSecretKey(name)) continue;
    AFTER.lastIndex = e;
    const m = AFTER.exec(text);
    if (m === null) continue;
    const quoted = m[2] !== '';
    // Longer than a value (256): none is read, not its first part.
    if (!quoted && m[3]!.length === 256 && /[^\s"'`]/.test(text[AFTER.lastIndex] ?? '')) continue;
    // The value, without a sentence's closing marks when it is not quoted, nor the emphasis that opened it.
    let v = quoted ? m[3]! : m[3]!.replace(/[.,;:!?)]+$/, '');
    if (m[1] !== '' && v.endsWith(m[1]!)) v = v.slice(0, -m[1]!.length);
    // A type or a call (`apiToken as Record<string,unknown>)`), code's path (`settings.db.password`).
    if (/^[A-Z][\w.]*<|^[A-Za-z_$][\w$.]*\(/.test(v) || codePath(v)) continue;
    if (v.length < 8 || notAPassword(v) || !(humanPassword(v) || tokenValue(v))) continue;
    if (judgeAssignment(name, v) === null) continue;
    const start = AFTER.lastIndex - m[3]!.length - (quoted ? 1 : 0);
    hits.push({ rule: 'named-value', start, end: start + v.length });
  }
  return hits;
}

/** The pass (context-passes.ts). */
export const namedValuePass = (): Pass => runPass(namedValueHits);
