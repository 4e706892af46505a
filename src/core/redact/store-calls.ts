/**
 * Values code hands to a secret store, where the call, not a key name, says secret (issue 11, round 23; the commands
 * are stores.ts's): AWS `put_parameter(Name=…, Value=…)`, `PutParameterCommand({ Value: … })`,
 * `ssm.PutParameterInput{Value: aws.String(…)}`, Secrets Manager's `create_secret`/`put_secret_value`/`update_secret`
 * (`SecretString`), Azure's `set_secret(name, value)`, `keyring.set_password(service, user, password)` and keytar's
 * `setPassword`, Vault's `create_or_update_secret(path=…, secret={…})` (the map's values), Google's
 * `add_secret_version(… payload={"data": b"…"})`; and macOS `defaults write DOMAIN KEY [-string] VALUE`.
 *
 * Found from the calls' names in the shared literal scan; each call's arguments are read to its closing bracket (at
 * most MAX_ARGS characters, quotes skipped), and only these literals are judged: the value of a named argument that
 * holds the stored value (`Value`, `SecretString`, `secret_value`, `data`, `password`), the positional argument that
 * does (`set_secret`'s second, `set_password`'s third), and the values of a map given as the secret. A literal is
 * taken when it reads as a credential, a UUID, 32+ hex digits or a password (the names, paths, ARNs, types and
 * descriptions beside it never do).
 */
import { humanPassword, randomToken, symbolKey } from './credential-values.js';
import { isPlaceholderValue } from './key-names.js';
import { modelLike, storedCredential } from './labels.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';

/** The calls, by the argument (0-based, among the string literals) that holds the value when it is positional. */
const CALLS: Record<string, number | null> = {
  put_parameter: null,
  putparameter: null,
  create_secret: null,
  createsecret: null,
  put_secret_value: null,
  putsecretvalue: null,
  update_secret: null,
  updatesecret: null,
  create_or_update_secret: null,
  add_secret_version: null,
  addsecretversion: null,
  set_secret: 1,
  setsecret: 1,
  set_password: 2,
  setpassword: 2,
};
const NAMES = Object.keys(CALLS);
const scan = literalScan([...NAMES, 'defaults write']);
const WORD = /\w/;
/** The most characters of a call's arguments read. */
const MAX_ARGS = 2048;
/** Named arguments and fields that hold the stored value. */
const VALUE_NAME =
  /^(?:value|secret_?string|secret_?value|secret_?binary|data|password|secret|payload|string_?value)$/i;
/** A string literal (Python's `b`/`r`/`f` prefixes, Go's `aws.String(`). */
const LITERAL = /(?:\b[bBrRuU]{1,2})?(["'`])((?:[^"'`\\\n]|\\.){0,512}?)\1/y;
/** A name and its separator before a value (`Value=`, `"SecretString":`, `Value: aws.String(`). */
const NAMED = /["']?([A-Za-z_][\w]{0,40})["']?[ \t]*(?:=(?!=)|:(?!:))[ \t\r\n]*(?:[\w.]{1,24}\(|json\.dumps\()?[ \t]*$/;
const DEFAULTS =
  /defaults[ \t]+write[ \t]+(?:-g|\S+)[ \t]+(?:"[^"\n]{1,120}"|'[^'\n]{1,120}'|\S{1,120})[ \t]+(?:-(?:string|data)[ \t]+)?(["']?)([^\s"']{8,512})\1[ \t]*(?:$|[;&|\n])/y;

/**
 * A credential, a UUID, 32+ hex digits, a random token (no model name: `gpt-4o-2024-08-06`), or a password with a
 * symbol in it (no date or path).
 */
export const storedValue = (v: string): boolean =>
  !isPlaceholderValue(v) &&
  !/^[$%{<]/.test(v) &&
  (storedCredential(v) ||
    (randomToken(v) && !(modelLike(v) && /\d/.test(v))) ||
    symbolKey(v) ||
    (/[^A-Za-z0-9._:/-]/.test(v) && humanPassword(v)));

interface Arg {
  s: number;
  e: number;
  /** The name before it (`Value=`, `"SecretString":`), if any. */
  name: string | null;
  /** Right inside the call's own bracket, unnamed: a positional argument. */
  positional: boolean;
  /** Inside a map given as the stored value (`secret={…}`, `SecretString=json.dumps({…})`). */
  inValue: boolean;
}

/** The name and separator right before `at` (from `from` on: the last literal's quote or the bracket), or null. */
function nameBefore(text: string, from: number, at: number): string | null {
  // A literal's own prefix (`b"…"`, `r'…'`) is no part of the name's separator.
  return NAMED.exec(text.slice(Math.max(from, at - 80), at).replace(/\b[bBrRuUfF]{1,2}$/, ''))?.[1] ?? null;
}

/** The string literals of a call's arguments from `open` (its bracket) to its closing one, quotes skipped. */
function argLiterals(text: string, open: number): { args: Arg[]; end: number } {
  const out: Arg[] = [];
  const inValue: boolean[] = [];
  let from = open;
  const stop = Math.min(text.length, open + MAX_ARGS);
  let i = open;
  for (; i < stop; i++) {
    const c = text[i]!;
    if (c === '(' || c === '[' || c === '{') {
      const name = c === '{' && inValue.length > 0 ? nameBefore(text, from, i) : null;
      inValue.push(inValue.at(-1) === true || (name !== null && VALUE_NAME.test(name)));
    } else if (c === ')' || c === ']' || c === '}') {
      inValue.pop();
      if (inValue.length === 0) break;
    } else if (c === '"' || c === "'" || c === '`') {
      LITERAL.lastIndex = i;
      const m = LITERAL.exec(text);
      if (m === null) break;
      const name = nameBefore(text, from, i);
      out.push({
        s: i + 1,
        e: i + 1 + m[2]!.length,
        name,
        positional: inValue.length === 1 && name === null,
        inValue: inValue.at(-1)!,
      });
      // The next name may be this literal (`"payload": {`, `"data": b"…"`): it is read from its opening quote.
      from = i;
      i += m[0].length - 1;
    }
  }
  return { args: out, end: i };
}

/** The longest call name at `at` (the scan folds case), or null. */
function callAt(text: string, at: number): string | null {
  if (at > 0 && WORD.test(text[at - 1]!)) return null;
  const head = text.slice(at, at + 32).toLowerCase();
  let best: string | null = null;
  for (const name of NAMES) if (head.startsWith(name) && (best === null || name.length > best.length)) best = name;
  return best;
}

/** Adds the hits of the call whose name starts at `at`; returns where its arguments' reading stopped. */
function callHits(text: string, at: number, hits: Hit[]): number {
  const name = callAt(text, at);
  if (name === null) return at + 1;
  const k = at + name.length;
  // The call's bracket: `(`, `Input{` (Go), `Command(` (`new PutParameterCommand({`).
  const rest = /^(?:Command|Input|Request|Async|_async)?[ \t]*[({]/.exec(text.slice(k, k + 16));
  if (rest === null) return at + 1;
  const { args: literals, end } = argLiterals(text, k + rest[0].length - 1);
  const index = CALLS[name]!;
  const positional = literals.filter((l) => l.positional);
  for (const l of literals) {
    const taken =
      (l.name !== null && VALUE_NAME.test(l.name)) || (index !== null && positional[index] === l) || l.inValue;
    if (taken && storedValue(text.slice(l.s, l.e))) hits.push({ rule: 'stored-secret', start: l.s, end: l.e });
  }
  return end;
}

/** The pass (see the file's comment). */
export function storeCallPass(): Pass {
  return runPass((text) => {
    const hits: Hit[] = [];
    let done = -1;
    for (const at of scan?.(text) ?? []) {
      if (at < done) continue;
      if (text.startsWith('defaults', at)) {
        DEFAULTS.lastIndex = at;
        const m = DEFAULTS.exec(text);
        if (m !== null && storedValue(m[2]!)) {
          const s = at + m[0].lastIndexOf(m[2]!);
          hits.push({ rule: 'stored-secret', start: s, end: s + m[2]!.length });
        }
      } else done = callHits(text, at, hits);
    }
    hits.sort((a, b) => a.start - b.start);
    return hits.filter((h, i) => i === 0 || hits[i - 1]!.end <= h.start);
  });
}
