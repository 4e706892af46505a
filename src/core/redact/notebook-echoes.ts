/**
 * A secret a notebook cell printed (attack6 L18): the cell's source reads a key and assigns nothing
 * (`print(os.environ['MISTRAL_API_KEY'])`, `client.api_key`, `!echo $COHERE_API_KEY`, `%env X`), and one of its output
 * lines (a stream's `text`, an `execute_result`'s `text/plain`) is a lone string or token that reads as a key: the
 * notebook form of a REPL's echo (repl-echoes.ts). A cell is the text from one `"cell_type"` to the next (Jupyter
 * writes its keys sorted: the outputs come before the source); found from the literal `cell_type` (the shared
 * literal scan).
 */
import { printedSecret, printsSecret } from './command-outputs.js';
import { encodedToken } from './credential-values.js';
import { PROVIDERS } from './services.js';
import { frameHits } from './frames.js';
import { labelled, namesService, storedCredential } from './labels.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { linesOf, listElements } from './notebook-lines.js';
import type { Piece } from './chunks.js';

/** A source line that reads a secret-ish name and assigns nothing (repl-echoes.ts's test). */
const READS_SECRET = /key|token|secret|passw|pwd|credential|auth/i;
const ASSIGNS = /^[ \t]*[A-Za-z_][\w.]*[ \t]*=(?!=)/;
/** A source line that reads a provider's entry (`cfg['azure']`, `keys.mistral`): a key when its value reads as one. */
const READS_PROVIDER = new RegExp(`\\.(?:${PROVIDERS})\\b(?![.(])`, 'i');
/** A subscript's name (`cfg['azure_storage']`): a service's entry, or a short secret word in it (`db_pw`, `gh_tok`). */
const SUBSCRIPT = /\[[ \t]*["']([\w.-]{2,40})["'][ \t]*\]/g;
const SHORT_SECRET = /(?:^|[_.-])(?:pw|pwd|pass|tok|creds?)$/i;
const readsEntry = (line: string): boolean =>
  READS_PROVIDER.test(line) || [...line.matchAll(SUBSCRIPT)].some((m) => namesService(m[1]!));
const readsShortSecret = (line: string): boolean => [...line.matchAll(SUBSCRIPT)].some((m) => SHORT_SECRET.test(m[1]!));
/** The source's strings: `"source": "…"` or the elements of `"source": [ … ]`. */
const SOURCE =
  /"source"[ \t\r\n]*:[ \t\r\n]*(\[(?:[ \t\r\n]*"(?:[^"\\]|\\.)*"[ \t\r\n]*,?)*[ \t\r\n]*\]|"(?:[^"\\]|\\.)*")/y;
/** An output's text: `"text": …` or `"text/plain": …`, a string or an array of strings. */
const OUTPUT_TEXT =
  /"text(?:\/plain)?"[ \t\r\n]*:[ \t\r\n]*(\[(?:[ \t\r\n]*"(?:[^"\\]|\\.)*"[ \t\r\n]*,?)*[ \t\r\n]*\]|"(?:[^"\\]|\\.)*")/g;
const STRING = /"((?:[^"\\]|\\.)*)"/g;
/** An output line holding one value: a quoted string or bytes (a repr), or a bare token. */
const LONE = /^[ \t]*(?:[bB]?(['"])([^"'\s\\]{16,512})\1|([A-Za-z0-9_+/=.~-]{16,512}))[ \t]*(?:\\r|\r)?(?:\\n|\n)?$/;

/**
 * A print of a value whose name ends in a secret's word (`print(client.api_key)`, `print(cfg["db_password"])`,
 * `display(os.environ['X_TOKEN'])`): what it prints is that value, whatever its characters (attack 58: a cookie's `%`,
 * a password's `*` were read as no token's).
 */
const DIRECT_PRINT = {
  test(line: string): boolean {
    const arg =
      /^[ \t]*(?:print|display|pprint)\([ \t]*([\w.]+(?:\[[ \t]*["'][\w.-]+["'][ \t]*\])*)[ \t]*\)[ \t]*;?[ \t]*$/.exec(
        line,
      );
    const last = arg?.[1]!
      .split(/[.[\]"' \t]+/)
      .filter(Boolean)
      .pop();
    return last !== undefined && /(?:key|token|secret|passw(?:or)?d|pwd|passphrase|cookie)$/i.test(last);
  },
};

/** After a command that prints a secret: any lone printable run (a password's symbols too). */
const LOOSE = /^[ \t]*([\x21-\x7e]{8,1024}?)[ \t]*(?:\\r|\r)?(?:\\n|\n)?$/;

/** The decoded lines of a JSON string or array of strings (escapes of quotes and newlines only). */
function lines(json: string): string[] {
  return [...json.matchAll(STRING)]
    .map((m) => m[1]!.replace(/\\"/g, '"').replace(/\\'/g, "'"))
    .join('')
    .split(/\\n|\n/);
}

/**
 * Whether the cell's source reads a secret: 'key' (a key's shape is then needed), 'command' (a command that prints one,
 * command-outputs.ts: any lone value that reads as a password or key), or null.
 */
type Reads = 'key' | 'command' | 'provider' | 'password';

function readsSecret(cell: string): Reads | null {
  const at = cell.indexOf('"source"');
  if (at === -1) return null;
  SOURCE.lastIndex = at;
  const m = SOURCE.exec(cell);
  if (m === null) return null;
  const source = lines(m[1]!);
  if (source.some((l) => printsSecret(l.trim()) || DIRECT_PRINT.test(l))) return 'command';
  if (source.some((l) => READS_SECRET.test(l) && !ASSIGNS.test(l))) return 'key';
  const reads = (test: (l: string) => boolean): boolean => source.some((l) => test(l) && !ASSIGNS.test(l));
  return reads(readsShortSecret) ? 'password' : reads(readsEntry) ? 'provider' : null;
}

/** Whether a lone output value reads as the secret the source read. */
function echoed(v: string, reads: Reads): boolean {
  if (reads === 'provider') return labelled(v, '');
  if (reads === 'password') return labelled(v, '') || printedSecret(v);
  return encodedToken(v) || storedCredential(v) || (reads === 'command' && printedSecret(v));
}

/**
 * The DataFrame reprs in an output's text (frames.ts): its strings' lines, each split at its `\n` escapes as written
 * (a table's cells hold no other escapes), and the hits mapped back to `cell` from `base`.
 */
function outputFrames(json: string, base: number, hits: Hit[]): void {
  const lines: string[] = [];
  const starts: number[] = [];
  for (const s of json.matchAll(STRING)) {
    let at = base + s.index + 1;
    const pieces = s[1]!.split('\\n');
    // A line's own string ends with its `\n`: no empty line after it.
    if (pieces.length > 1 && pieces[pieces.length - 1] === '') pieces.pop();
    for (const piece of pieces) {
      lines.push(piece);
      starts.push(at);
      at += piece.length + 2;
    }
  }
  for (const h of frameHits(lines))
    hits.push({ rule: h.rule, start: starts[h.line]! + h.start, end: starts[h.line]! + h.end });
}

function cellHits(text: string, from: number, to: number, hits: Hit[]): void {
  const cell = text.slice(from, to);
  if (!cell.includes('"outputs"')) return;
  const reads = readsSecret(cell);
  OUTPUT_TEXT.lastIndex = 0;
  for (let o = OUTPUT_TEXT.exec(cell); o !== null; o = OUTPUT_TEXT.exec(cell)) {
    const base = o.index + o[0].length - o[1]!.length;
    outputFrames(o[1]!, from + base, hits);
    if (reads === null) continue;
    // A line cut into list elements is one line (Jupyter joins them: notebook-lines.ts).
    const at = from + base;
    const lines: Piece[][] = o[1]!.startsWith('[')
      ? linesOf(text, listElements(text, at))
      : [[[at + 1, at + o[1]!.length - 1]]];
    for (const pieces of lines) {
      const line = pieces.map(([s, e]) => text.slice(s, e)).join('');
      const m = LONE.exec(line);
      const v = m?.[2] ?? m?.[3] ?? (reads === 'command' ? LOOSE.exec(line)?.[1] : undefined);
      if (v === undefined || !echoed(v, reads)) continue;
      const rule = reads === 'command' ? 'command-output' : 'notebook-echo';
      let start = line.indexOf(v);
      let end = start + v.length;
      for (const [s, e] of pieces) {
        if (start < e - s && end > 0) hits.push({ rule, start: s + Math.max(0, start), end: s + Math.min(end, e - s) });
        [start, end] = [start - (e - s), end - (e - s)];
      }
    }
  }
}

/** Where `cell_type` is written (the shared literal scan: literal-scan.ts), or indexOf where it cannot be. */
const CELL_TYPE = 'cell_type';
const cellTypes =
  literalScan([CELL_TYPE]) ?? ((text: string): number[] => [...text.matchAll(/cell_type/gi)].map((m) => m.index));

/** The starts of the cells: each `"cell_type"` key. */
const cellStarts = (text: string): number[] =>
  cellTypes(text).filter((i) => text.charCodeAt(i - 1) === 34 && text.startsWith(CELL_TYPE, i));

function notebookHits(text: string): Hit[] {
  const hits: Hit[] = [];
  const starts = cellStarts(text);
  for (let k = 0; k < starts.length; k++) cellHits(text, starts[k]! - 1, starts[k + 1] ?? text.length, hits);
  return hits;
}

/** The pass of secrets a notebook cell printed (see the file's comment). */
export function notebookEchoPass(): Pass {
  // Also on the original, when the view holds a cell: the view decodes `\"` inside the strings, which ends them early
  // for the regexes here.
  return { ...runPass(notebookHits, true), rawOnlyIn: (_text, view) => cellStarts(view.text).length > 0 };
}
