/**
 * Short passwords assigned to a password's name (short-passwords.ts), in the formats a config, a table or code writes
 * them: `password: hunter2`, `DB_PASSWORD=s3cr3t`, `"pwd": "abc123"`, `| password | pass123 |`, `:password => 'x9y8'`,
 * `<password>s3cr3t</password>`. The value must end where the format does (a line's end, a quote, a `,`, a cell's
 * `|`, a comment): in a sentence, a short word after `password:` is as likely prose (`password: see below`).
 */
import { codeOrName } from './code-names.js';
import { isSecretKey, isWeakSecretKey, normalise } from './key-names.js';
import type { Hit } from './pass.js';
import { refersToSecret } from './secret-refs.js';
import { SHORT_PASSWORD_RULE, shortPassword } from './short-passwords.js';

const NAME = String.raw`[A-Za-z0-9_.-]{0,40}?(?:pass(?:word|wd|phrase|code|wort)?|pwd|psw|pw|pin(?:code)?|kennwort|contrase(?:n|ñ)a|senha|wachtwoord|parola|salasana|losenord|adgangskode|has[lł]o|heslo|jelsz[oó]|[sş]ifre)`;
const SHORT_ASSIGN = new RegExp(
  String.raw`(?<![A-Za-z0-9_.-])(?<k>${NAME})\\?["']?[ \t]*(?<sep>:=|=>|[:=|])[ \t]*(?<q>\\?["'\`]?)(?<v>[^\s"'\`\\,;|}\])<>]{4,7})\k<q>(?=[ \t]*(?:[\r\n,;|}\])]|[ \t]#|$))` +
    String.raw`|<(?<xk>${NAME})>(?<xv>[^<>\s]{4,7})</\k<xk>>`,
  'gid',
);

/** The key-name layer's verdict (key-names.ts' judgeAssignment) for a value shorter than it reads. */
function judgeShort(key: string, value: string): boolean {
  return (
    shortPassword(normalise(key), value) &&
    (isSecretKey(key) || isWeakSecretKey(key)) &&
    !codeOrName(key, value) &&
    !refersToSecret(key, value)
  );
}

/** The short passwords in text[from, to) (one line, or a long line's window), added to `hits`. */
export function shortPasswordHits(text: string, from: number, to: number, hits: Hit[]): void {
  const line = text.slice(from, to);
  SHORT_ASSIGN.lastIndex = 0;
  for (let m = SHORT_ASSIGN.exec(line); m !== null; m = SHORT_ASSIGN.exec(line)) {
    const g = m.groups!;
    // A `|` separates a table's cells (`| password | pass123 |`), not a template's filters (`{{ .pw | b64enc }}`).
    if (g.sep === '|' && !/\|[ \t]*`?$/.test(line.slice(Math.max(0, m.index - 8), m.index))) continue;
    const [k, v, range] =
      g.k !== undefined ? [g.k, g.v!, m.indices!.groups!.v!] : [g.xk!, g.xv!, m.indices!.groups!.xv!];
    if (judgeShort(k, v)) hits.push({ rule: SHORT_PASSWORD_RULE, start: from + range[0], end: from + range[1] });
  }
}
