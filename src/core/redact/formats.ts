/**
 * Formats the key-name regex does not read. They are branches of the key-name pass's one regex
 * (tried before the plain `key: value` branches) and literals of its one finder, so a line
 * costs no extra scan unless it holds a secret-ish name or one of the commands below:
 * - YAML block and folded scalars under a secret key (`api_key: |`, `password: >-`): the whole
 *   scalar's content is the value; it is replaced by one placeholder on its first line and the
 *   other lines are left empty, so the YAML stays valid and keeps its line count;
 * - environment calls: `os.environ["X"] = "…"`, `os.environ.setdefault("X", "…")`,
 *   `os.getenv("X", "…")`, `os.environ.get("X", "…")`, `process.env["X"] = "…"` (also with the
 *   quotes escaped, as in `.ipynb` cells);
 * - command lines: `curl -u user:pw` / `--user user:pw`, `mysql -pPW` / `--password=PW` (mysql's
 *   `-p` and `--password` without a value prompt),
 *   `sshpass -p PW`;
 * - URLs with a password and no user (`redis://:pw@host`, `rediss://`, `amqp://`, `mongodb+srv://`);
 * - tables (tables.ts, csv.ts): Markdown, ASCII, psql, column output and CSV/TSV, by row
 *   (`| Mistral API key | value |`) and by column (a header naming a secret column); `NAME  value` lines;
 * - XML elements (`<ApiKey>…</ApiKey>`), .NET settings (`<add key="OpenAIApiKey" value="…"/>`) and
 *   properties (`<entry key="api.secret">…</entry>`);
 * - typed constants and wrapped values (`KEY: string = "…"`, `API_KEY: &str = "…"`, `String::from("…")`);
 * - Dockerfile `ENV NAME value` (the form without `=`; the name must be secret-ish, so the
 *   key-name finder finds the line).
 * Each value is judged like a key-name value (judgeAssignment): a secret key name redacts any
 * value that is not a placeholder, a weak or generic one only a random-looking value.
 */
import { blockLines } from './block-lines.js';
import { looksRandom } from './generic.js';
import { isCliPassword } from './cli-passwords.js';
import { joinedUrlHits } from './continuations.js';
import { judgeAssignment, STRING_PREFIX } from './key-names.js';
import { onLine } from './line-tests.js';
import type { Hit } from './pass.js';
import { className } from './code-names.js';
import { namedShape } from './learn-gate.js';
import { childHits, parentName } from './parents.js';
import { resolveSubscript, SUBSCRIPT_HINT, SUBSCRIPT_SOURCE } from './subscripts.js';
import {
  BARS,
  resolveTable,
  TABLE_HINT,
  TABLE_SEPARATOR,
  TABLE_SOURCE,
  tableHits,
  type TableRequest,
} from './tables.js';
import {
  LOGIN,
  PLACEMENT_COMMAND_HINT,
  PLACEMENT_COMMAND_SOURCE,
  PLACEMENT_COMMAND_SOURCE_NO_COOKIE,
  resolveCommand,
  QUOTED_VALUE,
} from './commands.js';
export { COOKIE_WORD } from './commands.js';
import {
  pairHit,
  PLACEMENT_ASSIGN_HINT,
  PLACEMENT_COLON,
  PLACEMENT_DASH,
  PLACEMENT_ASSIGN_SOURCE,
  PLACEMENT_FINDER,
  PLACEMENT_SEPARATOR,
  resolvePlacement,
  type PairRequest,
} from './placements.js';

const NAME = '[A-Za-z_][A-Za-z0-9_.-]{0,63}';
const Q = `\\\\?["']`;

/**
 * Command lines and empty-user URLs hold no secret-ish name: the key-name finder also looks for
 * their options (`-u`, `--user`, `-p`, `--password`, curl's `-su` and other short flags joined before `-u`, starting a
 * word: checked behind the literal, where it costs nothing, so `gemini-2.5-pro` is no `-p`) and `://:`; the command
 * (curl, mysql, ...) is checked on the line. Literals that start with rare characters add
 * under 1 ms per 8 MB to the finder's scan (a finder of their own cost 5 ms).
 */
export const COMMAND_OPTIONS = `-(?:(?:-user|-password|[up]|[a-zA-Z]{1,4}u(?=[ \\t]))(?<=[\\s'"(]-(?:-user|-password|[up]|[a-zA-Z]{1,4}u))|${PLACEMENT_DASH})|:(?://:|${PLACEMENT_COLON})`;
export const COMMAND_FINDER = `${COMMAND_OPTIONS}|${PLACEMENT_FINDER}`;
/** A line that may hold a command option or an empty-user URL (read by the command regex too). */
export const COMMAND_HINT = new RegExp(
  `(?:^|[\\s'"(])-(?:-user|-password|[up]|[a-zA-Z]{1,4}u[ \\t])|:\\/\\/:|${PLACEMENT_COMMAND_HINT.source}`,
  'i',
);
/** After a name, the key-name finder's separator for Dockerfile `ENV NAME value`. */
export const ENV_SEPARATOR = `[ \\t](?<=\\bENV[ \\t]+[A-Za-z_][A-Za-z0-9_]{0,127}[ \\t])|${PLACEMENT_SEPARATOR}|${TABLE_SEPARATOR}|\\\\?["']?\\][ \\t]*(?:\\|\\||\\?\\?)=`;

/** A setter called with a name and a value (format 1). */
const SETTER = '\\.(?:setProperty|setItem|setenv|putenv|put|set|setdefault|add|Add|Set|append)';

/** A key-name line that may hold one of ASSIGN_FORMAT_SOURCE's formats (else the plain key-name regex does). */
export const ASSIGN_FORMAT_HINT = new RegExp(
  `[<${BARS}>\`]|environ|getenv|process\\.env|${SETTER}|:[ \\t]*[&*A-Za-z_'][^=\\n]{0,60}=|=[ \\t]*(?:new[ \\t]+)?[A-Za-z_][\\w.:<>]*[ \\t]*\\(|\\S[ \\t]{2,}\\S|^[ \\t]*ENV[ \\t]|${PLACEMENT_ASSIGN_HINT.source}|${SUBSCRIPT_HINT.source}|${TABLE_HINT.source}`,
  'i',
);

/**
 * The branches for the key-name finder's lines, each with named groups `f<n>k` (the name) and `f<n>v` (the value). The
 * regex
 * runs on one line at a time, so `^` and `$` are the line's ends.
 */
export const ASSIGN_FORMAT_SOURCE = [
  // 1: os.environ["X"] = "v", os.environ.setdefault("X", "v"), os.getenv("X", "v"), process.env["X"] = "v"; a setter
  // given the name and the value (`props.setProperty("db.password", "v")`, `localStorage.setItem("token", "v")`)
  `(?:environ(?:\\.setdefault|\\.get)?|getenv|process\\.env|${SETTER})[ \\t]*[[(][ \\t]*(?<f1q>${Q})(?<f1k>${NAME})\\k<f1q>[ \\t]*(?:\\][ \\t]*(?:\\|\\||\\?\\?)?=|,)[ \\t]*(?<f1vq>${Q})(?<f1v>[^"'\\s\\\\]{1,4096})\\k<f1vq>`,
  // 2: .NET <add key="X" value="v"/>
  `\\b(?:key|name)[ \\t]*=[ \\t]*(?<f2q>${Q})(?<f2k>[^"'\\\\]{1,64})\\k<f2q>[ \\t]+value[ \\t]*=[ \\t]*(?<f2vq>${Q})(?<f2v>[^"'\\\\\\s]{8,4096})\\k<f2vq>`,
  // 13: XML properties and settings: <entry key="api.secret">v</entry>, <property name="password">v</property>
  `<(?:entry|property|setting|param|add|item|string)\\b[^<>]*?\\b(?:key|name)[ \\t]*=[ \\t]*(?<f13q>["'])(?<f13k>[^"'<>]{1,64})\\k<f13q>[^<>]*>(?<f13v>[^<>\\s]{8,4096})</`,
  // 3: <ApiKey>v</ApiKey>, <ns:password>v</ns:password>
  `<(?<f3k>[A-Za-z_][A-Za-z0-9_.:-]{0,63})(?:[ \\t][^<>]*)?>(?<f3v>[^<>\\s]{8,4096})</\\k<f3k>>`,
  // 6: Dockerfile ENV NAME value
  `^[ \\t]*ENV[ \\t]+(?<f6k>[A-Za-z_][A-Za-z0-9_]*)[ \\t]+(?<f6vq>["']?)(?<f6v>[^\\s"'=][^\\s"']{7,4095})\\k<f6vq>[ \\t]*\\r?$`,
  // 7: YAML block scalar header `key: |`, `- password: >-`; the value is on the following lines
  `^(?<f7i>[ \\t]*(?:-[ \\t]+)*)(?<f7q>["']?)(?<f7k>${NAME})\\k<f7q>[ \\t]*:[ \\t]+[|>][+-]?[1-9]?[+-]?[ \\t]*(?:#.*)?\\r?$`,
  // 5: NAME   value (column output: PowerShell Get-ChildItem env:, docker inspect tables)
  `^[ \\t]*(?<f5k>${NAME})[ \\t]{2,}(?<f5v>[^\\s|]{8,4096})[ \\t]*\\r?$`,
  // 12: a typed constant or a value wrapped in a call: `DEEPGRAM_KEY: string = "v"`, `const API_KEY: &str = "v"`, `let
  // token = String::from("v")`, `api_key = SecretStr("v")`
  `(?<f12k>${NAME})[ \\t]*(?::[ \\t]*[&*A-Za-z_'][\\w<>\\[\\]&'*., |?]{0,60}?[ \\t]*=(?!=)|=(?!=)(?=[ \\t]*(?:new[ \\t]+)?[A-Za-z_][\\w.:<>]*[ \\t]*\\())[ \\t]*(?:new[ \\t]+)?(?:(?<f12w>[A-Za-z_][\\w.:<>]*)[ \\t]*\\([ \\t]*)?${STRING_PREFIX}(?<f12q>${Q})(?<f12v>[^"'\\s\\\\]{8,4096})\\k<f12q>`,
  // A name with subscripts: `access_token[0] = "v"`, `data[:password] = "v"`, `$h{password} = 'v'` (subscripts.ts).
  SUBSCRIPT_SOURCE,
  PLACEMENT_ASSIGN_SOURCE,
  // Last: a line with cells (Markdown, ASCII and psql tables, column output, CSV), claimed only when table-shaped
  // (tables.ts).
  TABLE_SOURCE,
].join('|');

/** The command-line branches but the setters' (curl -u, mysql -pPW, --password=PW, scheme://:pw@host). */
const COMMAND_FLAG_BRANCHES = [
  // 8-10: curl -u user:pw / --user, mysql -pPW, --password=PW
  `(?:^|[\\s'"(])(?<f8o>-[a-zA-Z]{0,4}u|--user|--proxy-user)(?:[ \\t]+|=)?(?<f8q>${Q}|)[^\\s:'"\\\\]*:(?<f8vq>['"]?)(?<f8v>[^\\s'"\\\\]{1,4096})\\k<f8vq>\\k<f8q>`,
  `(?:^|[\\s'"(])(?<f9o>-p)(?<f9s>[ \\t]+)?(?<f9q>${Q}|)(?<f9v>${QUOTED_VALUE}[^\\s'"\\\\-][^\\s'"\\\\]{0,4095})\\k<f9q>`,
  `(?:^|[\\s'"(])--password=(?<f10q>${Q}|)(?<f10v>${QUOTED_VALUE}[^\\s'"\\\\-][^\\s'"\\\\]{0,4095})\\k<f10q>`,
  // 11: scheme://:pw@host
  `\\b[a-z][a-z0-9+.-]{1,20}://:(?<f11v>[^\\s/'"<>\`]{3,200})@[^\\s/'"<>\`@]{1,200}`,
];
/** The branches for command lines and empty-user URLs (COMMAND_HINT lines). */
export const COMMAND_FORMAT_SOURCE = [PLACEMENT_COMMAND_SOURCE, ...COMMAND_FLAG_BRANCHES].join('|');
/** The same for a line without the word cookie (commands.ts's cookie branch cannot match there). */
export const COMMAND_FORMAT_SOURCE_NO_COOKIE = [PLACEMENT_COMMAND_SOURCE_NO_COOKIE, ...COMMAND_FLAG_BRANCHES].join('|');

const MYSQL = /\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlsh|mariadb)\b/;
const [CURL_WGET, SSHPASS, WGET] = [/\b(?:curl|wget)\b/, /\bsshpass\b/, /\bwget\b/];

/** A YAML block scalar to judge: the header's indentation and name; the redactor finds its lines. */
export type BlockScalar = YamlBlock | PairRequest | TableRequest;
interface YamlBlock {
  block: true;
  indent: number;
  key: string;
}

/** A CVSROOT's access method and user (`:pserver:anoncvs`), read as a URL's password after `scheme://:`. */
const CVS_METHOD = /^(?:pserver|gserver|kserver|ext|extssh|server|sspi|local|fork):[\w.-]+$/;

/**
 * Resolves a match of a format branch: a hit, the index to resume at (kept), a block scalar
 * header (the caller reads the lines below), or undefined when no format branch matched.
 */
export function resolveFormat(m: RegExpExecArray): Hit | number | BlockScalar | undefined {
  const placed = resolveSubscript(m) ?? resolvePlacement(m) ?? resolveCommand(m);
  if (placed !== undefined) return placed;
  const table = resolveTable(m);
  if (table !== undefined) return table;
  const g = m.groups!;
  const idx = m.indices!.groups!;
  const keep = m.index + 1;
  const judged = (n: number): Hit | number => {
    const range = idx[`f${n}v`]!;
    const rule = judgeAssignment(g[`f${n}k`]!.replace(/^.*:/, ''), g[`f${n}v`]!);
    return rule === null ? keep : { rule, start: range[0], end: range[1] };
  };
  for (const n of [1, 2, 3, 5, 13]) if (g[`f${n}v`] !== undefined) return judged(n);
  // A call around the value (`String::from(…)`, `SecretStr(…)`) must hold data, not a name or a path
  // (`get_secret("prod/db")`).
  if (g.f12v !== undefined)
    // A method of an object given a name (`credentials.with_quota_project('myproject-123')`) is no wrapper either,
    // nor a call given a class's name (`_messages.MessageField('GoogleCloudApihubV1Secret', 1)`).
    return g.f12w === undefined ||
      looksRandom(g.f12v) ||
      (/[\d!@#$%^&*+=~?]/.test(g.f12v) && !(g.f12w.includes('.') && namedShape(g.f12v)) && !className(g.f12v))
      ? judged(12)
      : keep;
  if (g.f6v !== undefined) return m[0].includes('ENV') ? judged(6) : keep;
  if (g.f7k !== undefined) return { block: true, indent: g.f7i!.length, key: g.f7k };
  const line = m.input;
  let name = '';
  let ok = false;
  if (g.f8v !== undefined) [name, ok] = ['f8v', g.f8o !== '-U' && onLine(CURL_WGET, line)];
  else if (g.f9v !== undefined) {
    // mysql's -p takes the password attached (a space means: prompt); sshpass's and `docker|az|helm login`'s take it
    // either way.
    [name, ok] = [
      'f9v',
      g.f9o === '-p' && ((g.f9s === undefined && onLine(MYSQL, line)) || onLine(SSHPASS, line) || onLine(LOGIN, line)),
    ];
  } else if (g.f10v !== undefined) [name, ok] = ['f10v', onLine(MYSQL, line) || onLine(WGET, line)];
  // A CVSROOT after a scheme (`cvs://:pserver:anoncvs@sources.redhat.com:/cvs/src`: binutils' copyright) names its
  // access method and user, no password.
  else if (g.f11v !== undefined) [name, ok] = ['f11v', !CVS_METHOD.test(g.f11v)];
  else return undefined;
  if (!ok || !isCliPassword(g[name]!, g[name.replace('v', 'q')] ?? '')) return keep;
  const range = idx[name]!;
  return { rule: name === 'f11v' ? 'url-password' : 'cli-password', start: range[0], end: range[1] };
}

/**
 * The content of the block scalar whose header line ends at `headerEnd`: the following lines
 * that are blank or indented deeper than the key, from the first content character to the end
 * of the last content line. A hit when the name and the content (lines joined) say secret; a URL's password cut by
 * the lines, its pieces (continuations.ts' joinedUrlHits).
 */
export function blockScalarHit(
  text: string,
  headerEnd: number,
  b: BlockScalar,
  headerStart?: number,
): Hit | Hit[] | null {
  // A table row is read from the header's start: a window of a long line (key-name-pass.ts) is not read from the
  // line's start again for each window (quadratic on a line of table cells).
  if ('table' in b) return tableHits(text, headerEnd, headerStart);
  if ('pair' in b && b.pair === 'children') {
    const parent = parentName(b.key, text, headerEnd);
    return parent === null ? null : childHits(text, headerEnd, parent);
  }
  // A secret name with no `value:` below it may hold its secrets as children (`credentials:` / `  prod: …`).
  if ('pair' in b)
    return pairHit(text, headerEnd, b) ?? (b.pair === 'nested' ? childHits(text, headerEnd, b.key) : null);
  const lines = blockLines(text, headerEnd + 1, b.indent);
  if (lines.length === 0) return null;
  const pieces = lines.map(([s, e]): [number, string] => [s, text.slice(s, e)]);
  const value = pieces.map(([, piece]) => piece).join('');
  const [start, end] = [lines[0]![0], lines[lines.length - 1]![1]];
  // A URL's password the lines cut (round 40): its pieces, not the block (the URL alone reads as an address).
  const url = pieces.length > 1 ? joinedUrlHits(pieces) : null;
  if (url !== null) return url;
  const rule = judgeAssignment(b.key, value);
  return rule === null ? null : { rule, start, end };
}
