/**
 * What a secret-fetching command printed (attack7 L2): a credential manager or secret store (`op read op://…`,
 * `aws ssm get-parameter … --with-decryption`, `aws secretsmanager get-secret-value`, `gcloud secrets versions access`,
 * `az keyvault secret show --query value`, `vault kv get -field=…`, `security find-generic-password -w`, `pass show`,
 * `kubectl get secret … -o jsonpath='{.data.…}'`, `gh auth token`, `grep X .env | cut -d= -f2`, `cat ~/.x_token`), a
 * generator (`openssl rand -base64 32`, `secrets.token_urlsafe(32)`, `aws configure get aws_secret_access_key`,
 * `heroku auth:token`: round 27), or `printenv X` / `echo $X` / `os.getenv('X')` of a secret-like name, written as a
 * terminal line (after a prompt, maybe as inline code) or as a JSON `"command"` value. Its output is the first line
 * after it once the framing is skipped (fences, `### Tool Result:`, JSON punctuation), or the first `"stdout"`,
 * `"output"`, `"result"`, `"text"` or `"content"` string after the JSON command (the same or the next event). The
 * output must be a lone token that reads as a password or a key (printedSecret): it is redacted, and learned (any
 * shape: a password, base64, hex, a key with no prefix). A field that names no secret (`-field=username`,
 * `op://…/username`, `--query Parameter.ARN`) prints none. Found from the commands' literals (the shared literal scan).
 */
import { looksRandom } from './generic.js';
import { isCliPassword } from './cli-passwords.js';
import { isPlaceholderValue, isSecretKey } from './key-names.js';
import { namedShape } from './learn-gate.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';

/** An argument: a word, or a quoted string (no line break). */
const ARG = `(?:[^\\s"'|;&]+|'[^'\\n]*'|"[^"\\n]*")`;
const ARGS = `(?:[ \\t]+${ARG})*?`;
/** A name (environment variable, field, path). */
const N = (k: string): string => `["']?(?<n${k}>[A-Za-z_/][\\w.:/@-]{0,120}?)["']?`;

/** The commands, each read to its end; `n` is the name its gate judges (secretName for `e…`, secretField else). */
const COMMANDS = [
  `(?<e1>printenv[ \\t]+${N('e1')})`,
  `(?<e2>echo(?:[ \\t]+-[neE]+)?[ \\t]+"?\\$\\{?(?<ne2>[A-Za-z_]\\w{0,80})\\}?"?)`,
  `(?<e3>python3?[ \\t]+-c[ \\t]+["'][^\\n]*?(?:getenv\\(|environ(?:\\.get\\(|\\[))[ \\t]*\\\\?["'](?<ne3>[A-Za-z_]\\w{0,80})\\\\?["'][^\\n]*?)`,
  `(?<e4>grep${ARGS}[ \\t]+["']?\\^?(?<ne4>[A-Za-z_]\\w{0,80})=?["']?[ \\t]+\\S*\\.env\\S*[ \\t]*\\|[ \\t]*cut[ \\t]+-d[ \\t]*["']?=["']?[ \\t]+-f[ \\t]*2-?)`,
  `(?<e5>(?:heroku[ \\t]+config:get|doppler[ \\t]+secrets[ \\t]+get)[ \\t]+${N('e5')}${ARGS})`,
  `(?<e6>(?:print\\()?os\\.(?:getenv\\(|environ(?:\\.get\\(|\\[))[ \\t]*["'](?<ne6>[A-Za-z_]\\w{0,80})["'][\\])]*\\)?)`,
  `(?<f1>op[ \\t]+read(?:[ \\t]+-n)?[ \\t]+["']?op://(?<nf1>[^\\s"']+)["']?)`,
  `(?<f2>aws[ \\t]+ssm[ \\t]+get-parameter${ARGS}[ \\t]+--name[ \\t=]${N('f2')}${ARGS})`,
  `(?<f3>aws[ \\t]+secretsmanager[ \\t]+get-secret-value${ARGS}[ \\t]+--secret-id[ \\t=]${N('f3')}${ARGS})`,
  `(?<f4>gcloud[ \\t]+secrets[ \\t]+versions[ \\t]+access${ARGS}[ \\t]+--secret[ \\t=]${N('f4')}${ARGS})`,
  `(?<f5>az[ \\t]+keyvault[ \\t]+secret[ \\t]+show${ARGS}[ \\t]+(?:--name|-n)[ \\t=]${N('f5')}${ARGS})`,
  `(?<f6>vault[ \\t]+(?:kv[ \\t]+get|read)${ARGS}[ \\t]+-field[ \\t=]${N('f6')}${ARGS})`,
  `(?<f7>security[ \\t]+find-(?:generic|internet)-password${ARGS}[ \\t]+-s[ \\t]+${N('f7')}${ARGS})`,
  `(?<f8>security[ \\t]+find-(?:generic|internet)-password${ARGS})`,
  `(?<f9>(?:pass|gopass)[ \\t]+show(?:[ \\t]+-o)?[ \\t]+${N('f9')})`,
  `(?<f10>kubectl${ARGS}[ \\t]+get[ \\t]+secrets?${ARGS}[ \\t]+-o[ \\t=]?["']?jsonpath=["']?\\{\\.data\\.(?<nf10>[\\w.-]{1,80})\\}["']?${ARGS}(?:[ \\t]*\\|[ \\t]*base64[ \\t]+(?:-d|-D|--decode))?)`,
  `(?<f11>gh[ \\t]+auth[ \\t]+token(?:[ \\t]+--hostname[ \\t]+\\S+)?)`,
  `(?<f12>cat[ \\t]+["']?(?:~|\\$HOME|/home/\\w+|/root|(?:/var)?/run/secrets|/etc/secrets)/(?:[\\w.-]+/)*(?<nf12>\\.?[\\w.-]{1,80})["']?)`,
  // Generators: what they print is random by design, a new key or password (round 27).
  `(?<r1>openssl[ \\t]+rand[ \\t]+-(?:base64|hex)[ \\t]+\\d{1,4}(?:[ \\t]*\\|[ \\t]*tr[ \\t][^\\n]*?)?)`,
  `(?<r2>(?:python3?|node)[ \\t]+-[ce][ \\t]+["'][^\\n]*?(?:secrets\\.token_(?:urlsafe|hex|bytes)|get_random_secret_key|Fernet\\.generate_key|randomBytes)\\([^\\n]*?)`,
  `(?<r5>rails[ \\t]+secret|php[ \\t]+artisan[ \\t]+key:generate[ \\t]+--show|pwgen(?:[ \\t]+-\\w+)*[ \\t]+\\d{1,3}(?:[ \\t]+1)?|head[ \\t]+-c[ \\t]*\\d{1,4}[ \\t]+/dev/urandom[ \\t]*\\|[ \\t]*(?:base64|xxd[ \\t]+-p))`,
  `(?<r3>aws[ \\t]+configure[ \\t]+get[ \\t]+(?<nr3>[\\w.]{1,80})${ARGS})`,
  `(?<r4>heroku[ \\t]+auth:token|gcloud[ \\t]+auth[ \\t]+(?:application-default[ \\t]+)?print-access-token)`,
].join('|');

/** A prompt (`user@host:~/app$ `, `$ `, `PS C:\> `, `❯ `), a notebook's `!`, a shell's `-c`. */
const PROMPT = `[ \\t]*(?:[^\\s"]{0,80}[$#%>❯➜][ \\t]+|!|[-*][ \\t]+)?`;
/** A command line, maybe written as inline code (`` `openssl rand -base64 32` ``). */
const LINE_COMMAND = new RegExp(`${PROMPT}\`?(?:${COMMANDS})\`?[ \\t]*$`, 'my');
const JSON_COMMAND = new RegExp(
  `"(?:command|cmd|cmdline)"[ \\t]*:[ \\t]*\\[?[ \\t]*"(?:(?:ba|z)?sh[ \\t]+-l?c[ \\t]+["']?)?(?:${COMMANDS})["']?"`,
  'y',
);

const ONE_LINE = new RegExp(`^${PROMPT}(?:%%?\\w+[ \\t]+)?(?:${COMMANDS})[ \\t]*$`);

/** Whether a line (a notebook cell's source line) is a command that prints a secret. */
export function printsSecret(line: string): boolean {
  const m = ONE_LINE.exec(line);
  return m !== null && fetchesSecret(m.groups!);
}

/** A field or path naming no secret: the user, where, what. */
const PUBLIC_FIELD =
  /(?:^|[_./:-])(?:user(?:name)?|login|e?mail|host(?:name)?|url|uri|endpoint|server|port|region|database|account[_-]?id|id|arn|name|title|notes?|website|type|version|public[_-]?key|cert(?:ificate)?)$/i;
/** A name that reads as a secret's (key-names.ts, and `_KEY`/`_PASS` names it leaves out: `AZURE_STORAGE_KEY`). */
const secretName = (n: string): boolean =>
  !/pub(?:lic)?[_-]?key|^pwd$/i.test(n) &&
  (isSecretKey(n) || /(?:^|_)(?:KEY|PASS|PW|PASSWORD|SECRET|TOKEN|CREDENTIALS?)(?:_|$)/i.test(n));

/** A `--query` that selects the secret (or none); a credential manager's field that names none is left. */
function selectsSecret(cmd: string): boolean {
  const q = /--query[ \t=]+["']?([^\s"']+)/.exec(cmd)?.[1];
  if (q !== undefined && !/value|secretstring|secretbinary/i.test(q)) return false;
  if (/^aws[ \t]+ssm/.test(cmd) && !/--with-decryption/.test(cmd)) return false;
  if (/^security/.test(cmd) && !/[ \t]-w\b/.test(cmd)) return false;
  return !(/^az[ \t]/.test(cmd) && q === undefined);
}

/** A lone printed value that reads as a password or a key (not a path, a URL, an ARN, a file name, a number). */
export function printedSecret(v: string): boolean {
  if (v.length < 8 || v.length > 1024 || !/^[^\s\x00-\x1f\x7f]+$/.test(v) || /["\\]|^['`]/.test(v)) return false;
  if (/^[$<{[(-]|:\/\/|^arn:|^[^@\s]+@[\w-]+\.[\w.]+$|^[\d.:-]+$/i.test(v)) return false;
  // A setting's line of the next block (`DJANGO_SECRET_KEY=`), prose of another script (`把输出粘贴到.env里`): a value
  // beyond ASCII is a password mostly of ASCII letters and digits (`Señal581€xZjxF2ç36`).
  if (
    /^[A-Z][A-Z0-9]*_[A-Z0-9_]*=/.test(v) ||
    (/[^\x21-\x7e]/.test(v) && (v.match(/[A-Za-z0-9]/g)?.length ?? 0) * 3 < v.length * 2)
  )
    return false;
  // A path (`/home/me/.cache`, `~/.ssh/id`); base64 may start with `/` too, and reads as random.
  if (/^(?:~|\.{0,2})\/[\w.@-]*(?:\/[\w.@-]*)*$/.test(v) && !looksRandom(v)) return false;
  if (/^[\w-]+(?:\.[a-z]{1,5})+$/.test(v) || !/[A-Za-z]/.test(v)) return false;
  if (isPlaceholderValue(v) || !isCliPassword(v)) return false;
  // A resource's name (`projects/123/secrets/session`) or words in CamelCase (`EnableNewCheckout`): attack8 FP-3.
  if ((v.includes('/') && namedShape(v)) || /^(?:[A-Z][a-z]{1,15}){2,}$/.test(v)) return false;
  const mixed = /[a-z]/.test(v) && /[A-Z]/.test(v);
  return /\d/.test(v) || /[^\w.-]/.test(v) || (mixed && v.length >= 16);
}

/** Lines between a command and its output: blanks, fences, a trace's `### Tool Result:`, JSON punctuation. */
const FRAMING =
  /[ \t]*(?:`{3,}[\w-]*|~{3,}|#{2,4}[ \t]*Tool Result\b[^\n]*|\*\*(?:Tool )?(?:Result|Output)\*\*:?|(?:Output|Result|stdout):|[}\])]+,?|```)?[ \t]*\r?$/imy;
const LONE = /[ \t]*(?:\[stdout\][ \t]*)?(["'`]?)([^\s\x00-\x1f\x7f]{8,1024}?)\1[ \t]*\r?$/my;
/** An output string of a JSON event: the value alone, then its line break. */
const OUTPUT_KEY = /"(?:stdout|output|result|text|content)"[ \t]*:[ \t]*\[?[ \t]*"/g;
const OUTPUT_VALUE = /([^\s"\\]{8,1024})(?:\r?\n|\\r?\\n)?"/y;

/** The output line after the command's line: its range, or null. */
function outputLine(text: string, eol: number): [number, number] | null {
  let at = eol + 1;
  for (let k = 0; k < 6 && at < text.length; k++) {
    FRAMING.lastIndex = at;
    if (!FRAMING.test(text)) break;
    const next = text.indexOf('\n', at);
    if (next === -1) return null;
    at = next + 1;
  }
  LONE.lastIndex = at;
  const m = LONE.exec(text);
  if (m === null) return null;
  const start = at + m[0].indexOf(m[2]!);
  return [start, start + m[2]!.length];
}

/** The first output string of a JSON event after the command (before another command), or null. */
function outputString(text: string, from: number): [number, number] | null {
  OUTPUT_KEY.lastIndex = from;
  const m = OUTPUT_KEY.exec(text);
  if (m === null || m.index - from > 2000) return null;
  const other = text.indexOf('"command"', from);
  if (other !== -1 && other < m.index) return null;
  OUTPUT_VALUE.lastIndex = m.index + m[0].length;
  const v = OUTPUT_VALUE.exec(text);
  return v === null ? null : [v.index, v.index + v[1]!.length];
}

/** Whether the matched command fetches a secret (its name or field, its query). */
function fetchesSecret(g: Record<string, string | undefined>): boolean {
  if (g['r1'] !== undefined || g['r2'] !== undefined || g['r4'] !== undefined || g['r5'] !== undefined) return true;
  if (g['r3'] !== undefined) return secretName(g['nr3']!.replace(/^.*\./, ''));
  const env = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'].some((k) => g[k] !== undefined);
  const n = Object.entries(g).find(([k, v]) => k.startsWith('n') && v !== undefined)?.[1];
  if (env) return n !== undefined && secretName(n);
  const cmd = Object.entries(g).find(([k, v]) => /^f\d+$/.test(k) && v !== undefined)?.[1] ?? '';
  if (g['f12'] !== undefined) return n !== undefined && secretName(n.replace(/^\./, '')) && !/\.pub$/.test(n);
  return selectsSecret(cmd) && (n === undefined || !PUBLIC_FIELD.test(n));
}

const LITERALS = [
  'printenv',
  'echo',
  'getenv',
  'environ',
  'cut',
  'config:get',
  'secrets get',
  'op read',
  'get-parameter',
  'get-secret-value',
  'secrets versions',
  'keyvault',
  'vault ',
  '-password',
  'pass show',
  'kubectl',
  'auth token',
  'cat ',
  'rand ',
  'token_',
  'configure get',
  'auth:token',
  'print-access-token',
  'randombytes',
  'generate_key',
  'rails secret',
  'key:generate',
  'pwgen',
  '/dev/urandom',
];
const scan = literalScan(LITERALS);
const lowered = LITERALS.map((l) => l.toLowerCase());

/** The starts of the lines holding a command's literal (each once). */
function candidateLines(text: string): number[] {
  const out: number[] = [];
  let last = -1;
  const at = scan ? scan(text) : [];
  for (const i of at) {
    if (i <= last) continue;
    if (!lowered.some((l) => text.startsWith(l, i) || text.slice(i, i + l.length).toLowerCase() === l)) continue;
    out.push(text.lastIndexOf('\n', i - 1) + 1);
    last = text.indexOf('\n', i);
    if (last === -1) break;
  }
  return out;
}

function commandOutputHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const ls of candidateLines(text)) {
    let eol = text.indexOf('\n', ls);
    if (eol === -1) eol = text.length;
    const range = commandAt(text, ls, eol);
    if (range === null) continue;
    const v = text.slice(range[0], range[1]);
    if (printedSecret(v)) hits.push({ rule: 'command-output', start: range[0], end: range[1] });
  }
  return hits;
}

/** The output of the command on the line [ls, eol), or null when it holds none that fetches a secret. */
function commandAt(text: string, ls: number, eol: number): [number, number] | null {
  LINE_COMMAND.lastIndex = ls;
  const line = LINE_COMMAND.exec(text);
  if (line !== null && line.index === ls && fetchesSecret(line.groups!)) return outputLine(text, eol);
  const key = text.indexOf('"c', ls);
  for (let k = key; k !== -1 && k < eol; k = text.indexOf('"c', k + 1)) {
    JSON_COMMAND.lastIndex = k;
    const m = JSON_COMMAND.exec(text);
    if (m === null || !fetchesSecret(m.groups!)) continue;
    return outputString(text, k + m[0].length) ?? outputLine(text, eol);
  }
  return null;
}

/** The pass of what a secret-fetching command printed (see the file's comment). */
export function commandOutputPass(): Pass {
  return runPass(commandOutputHits);
}
