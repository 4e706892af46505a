/**
 * The safety net over the `--json` document as it is printed (commands/export-plan.ts): every
 * chunk is redacted once more before it reaches stdout, so that nothing the export read (a name,
 * a question, a warning quoting a file) goes out with a secret a layer learned after it was read.
 *
 * Redacting the whole text with every pass was half the large benchmark's redaction (an 8 MB
 * document, a record per file: 35,000 left-out entries). Two things make it cheap:
 * - A `"path": "…"` line holds only a session-relative path, every segment of which the walk
 *   read with every pass as it listed its directory (Redactor.scanNames; a name holding a secret
 *   is left out and shown redacted). What those reads could not know is a value learned later,
 *   from a file's content: such lines get the passes that need no context (known values, learned
 *   ones included; provider shapes; the user's patterns: Redactor.redactContextFree).
 * - Every other line is redacted with every pass, once per distinct text: the text between two
 *   path lines (a gap) is remembered whole (a left-out record repeats the one before), and a new
 *   gap is read by its lines not met before (a file's record holds its own digest and name).
 * Not read on path lines, and so left to where the names are listed: contexts that cross a `/`
 * (a key name in one directory and its value in the next, a base64 run cut into directories).
 * Measured on the large benchmark's document (8.2 MB, 36,000 path lines), first use in a process
 * as in the CLI, six alternating runs on a loaded machine: 124–131 ms of CPU against 274–411 for
 * every pass over the whole text; the output byte for byte the same (README, Redaction).
 */
import { distinctName } from './printed-names.js';

/** What the net needs of the redactor (redactor.ts). */
interface PrintRedactor {
  redactString(text: string): string;
  redactContextFree(text: string): string;
  /** Changes when values are learned: what was redacted before is redacted again. */
  version(): number;
}

/** The key of a line that holds only a listed path, as JSON.stringify lays out an object's property. */
const PATH_KEY = '"path": "';
/** Distinct texts remembered at most (then forgotten all at once). */
const MEMO_TEXTS = 1 << 14;

/** Redacts lines as one text; null when a replacement took or added a line break (the chunk is then redacted whole). */
function redactLines(lines: readonly string[], redact: (text: string) => string): string[] | null {
  if (lines.length === 0) return [];
  const out = redact(lines.join('\n')).split('\n');
  return out.length === lines.length ? out : null;
}

/**
 * The redacted text between path lines (a gap: the end of one path line, whole lines, the start of the next), by its
 * text; a gap not met before is redacted by its lines not met before (a file's record holds its own digest and name).
 */
class GapMemo {
  private readonly gaps = new Map<string, string>();
  private readonly lines = new Map<string, string>();

  get size(): number {
    return this.gaps.size + this.lines.size;
  }

  /** Redacts the gaps not met before (their new lines together, with every pass); false when redactLines fails. */
  fill(gaps: readonly string[], redact: (text: string) => string): boolean {
    const missing = new Set<string>();
    for (const g of gaps) if (!this.gaps.has(g)) missing.add(g);
    if (missing.size === 0) return true;
    const split = [...missing].map((g) => g.split('\n'));
    const fresh = new Set<string>();
    for (const lines of split) for (const l of lines) if (!this.lines.has(l)) fresh.add(l);
    const freshLines = [...fresh];
    const redacted = redactLines(freshLines, redact);
    if (!redacted) return false;
    for (let k = 0; k < freshLines.length; k++) this.lines.set(freshLines[k]!, redacted[k]!);
    for (const lines of split) this.gaps.set(lines.join('\n'), lines.map((l) => this.lines.get(l)).join('\n'));
    return true;
  }

  get(gap: string): string {
    return this.gaps.get(gap)!;
  }
}

/**
 * A chunk cut into the values of its path lines and the text around them (gaps), alternately: gap, path, gap, …, gap.
 * Found with indexOf (a regex anchored at every line's start took half as long again as the rest of the net).
 */
function pathLines(chunk: string): { gaps: string[]; paths: string[] } {
  const gaps: string[] = [];
  const paths: string[] = [];
  let from = 0;
  for (let at = chunk.indexOf(PATH_KEY); at !== -1; at = chunk.indexOf(PATH_KEY, at + 1)) {
    let start = at;
    while (start > 0 && chunk.charCodeAt(start - 1) === 32) start--;
    if (start > 0 && chunk.charCodeAt(start - 1) !== 10) continue;
    let end = chunk.indexOf('\n', at);
    if (end === -1) end = chunk.length;
    const close = chunk.charCodeAt(end - 1) === 44 ? end - 2 : end - 1;
    const value = at + PATH_KEY.length;
    if (close < value || chunk.charCodeAt(close) !== 34) continue;
    gaps.push(chunk.slice(from, value));
    paths.push(chunk.slice(value, close));
    from = close;
    at = end - 1;
  }
  gaps.push(chunk.slice(from));
  return { gaps, paths };
}

/** The transform for the chunks of one printed document (json-writer.ts's jsonChunks: each ends at a line break). */
export function printedJsonRedaction(r: PrintRedactor): (chunk: string) => string {
  let memo = new GapMemo();
  let version = r.version();
  return (chunk) => {
    if (r.version() !== version || memo.size > MEMO_TEXTS) {
      memo = new GapMemo();
      version = r.version();
    }
    const { gaps, paths } = pathLines(chunk);
    const redactedPaths = redactLines(paths, (t) => r.redactContextFree(t));
    if (!redactedPaths || !memo.fill(gaps, (t) => r.redactString(t))) return r.redactString(chunk);
    const out: string[] = [];
    for (let k = 0; k < paths.length; k++) out.push(memo.get(gaps[k]!), redactedPaths[k]!);
    out.push(memo.get(gaps[paths.length]!));
    return out.join('');
  };
}

/**
 * A copy of `value` with every string in it redacted (`massgen logs`' figures before they are laid out: a table is
 * laid out with the redacted text). Arrays and plain objects are copied, anything else is kept. With `redactKey`, an
 * object's keys are redacted too (a tool's name, an agent id, a path as a key), each kept distinct: a key redacted to
 * the text of one before it becomes `<text> #2`, `#3`… (printed-names.ts).
 */
export function redactedStrings<T>(value: T, redact: (text: string) => string, redactKey?: (key: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => redactedStrings(v, redact, redactKey)) as T;
  if (value === null || typeof value !== 'object') return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  const used = new Set<string>();
  for (const [k, v] of Object.entries(value)) {
    const key = redactKey ? distinctName(redactKey(k), used) : k;
    out[key] = redactedStrings(v, redact, redactKey);
  }
  return out as T;
}
