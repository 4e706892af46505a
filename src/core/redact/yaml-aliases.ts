/**
 * A YAML value defined under a neutral name with an anchor and used by a secret name through an alias
 * (`default: &key …` then `api_key: *key`, `{api_key: *key}`, `api_keys:` then `- *key`): the anchored value (plain,
 * quoted, a block scalar; after a tag) is judged as the secret name's. Found from the literals `: *` and `- *` (the
 * shared literal scan), then the anchor (indexOf of `&name`).
 */
import { judgeAssignment } from './key-names.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { quotedLineHits } from './quoted-lines.js';

/** Where `: *` (a mapping's value) and `- *` (a sequence's item) are (the shared literal scan). */
const ALIASES = literalScan([': *', '- *']);

/** `*alias` ending a value: at its line's end (a comment after it), or before a flow collection's `,`, `}`, `]`. */
const ALIAS = /\*([A-Za-z0-9_-]{1,64})(?=[ \t]*(?:#[^\n]*)?\r?$|[ \t]*[,}\]])/my;
const NAME = /([A-Za-z_][A-Za-z0-9_.-]{0,63})["']?$/;
/** A sequence's parent: `name:` alone on its line. */
const PARENT = /^([ \t]*)["']?([A-Za-z_][A-Za-z0-9_.-]{0,63})["']?:[ \t]*(?:#.*)?$/;
/**
 * After `&alias` (and a tag: `!!str`, `!secret`): a quoted scalar (`"…"` with escapes, `'…'` with `''`), a block
 * scalar's header (`|`, `>-`: the lines below are its value) or a plain scalar to the end of its line or a comment.
 */
const ANCHORED =
  /[ \t]+(?:![^\s]*[ \t]+)?(?:"((?:[^"\\\n]|\\.){1,4096})"|'((?:[^'\n]|''){1,4096})'|([|>][-+0-9]{0,2})|([^\s"'#|>[{&*!][^\n#]{0,4095}?))[ \t]*(?:#.*)?\r?$/my;

/** The name a `- *alias` item is listed under: the nearest line above, no deeper, holding `name:` alone. */
function parentName(text: string, at: number): string | null {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const indent = at - lineStart - text.slice(lineStart, at).trimStart().length;
  let end = lineStart - 1;
  for (let k = 0; k < 64 && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const m = PARENT.exec(text.slice(start, end));
    if (m && m[1]!.length <= indent) return m[2]!.replace(/s$/i, '');
    end = start - 1;
  }
  return null;
}

/** A block scalar's lines below its header line (ending at `from`): each line's text, while indented deeper. */
function blockLines(text: string, lineStart: number, from: number): [number, number][] {
  const indent = /^[ \t]*(?:- )?/.exec(text.slice(lineStart, from))![0].length;
  const lines: [number, number][] = [];
  let at = text.indexOf('\n', from) + 1;
  while (at > 0 && at < text.length && lines.length < 1024) {
    const end = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
    const line = text.slice(at, end);
    const lead = line.length - line.trimStart().length;
    if (line.trim() !== '' && lead <= indent) break;
    if (line.trim() !== '') lines.push([at + lead, end - (line.length - line.trimEnd().length)]);
    at = end + 1;
  }
  return lines;
}

/** The anchored value's parts ([start, end) each) and its text, at `&name` (`at`); null when it is no scalar. */
function anchoredAt(text: string, at: number, alias: string): { parts: [number, number][]; value: string } | null {
  ANCHORED.lastIndex = at + alias.length + 1;
  const m = ANCHORED.exec(text);
  if (m === null) return null;
  const lineEnd = ANCHORED.lastIndex;
  if (m[3] !== undefined) {
    const parts = blockLines(text, text.lastIndexOf('\n', at) + 1, lineEnd);
    return parts.length === 0 ? null : { parts, value: parts.map(([s, e]) => text.slice(s, e)).join(' ') };
  }
  const value = (m[1] ?? m[2] ?? m[4])!.trimEnd();
  const start = text.indexOf(value, at + alias.length + 1);
  return { parts: [[start, start + value.length]], value };
}

function aliasHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const i of ALIASES?.(text) ?? []) {
    ALIAS.lastIndex = i + 2;
    const a = ALIAS.exec(text);
    const name = text[i] === '-' ? parentName(text, i) : (NAME.exec(text.slice(Math.max(0, i - 64), i))?.[1] ?? null);
    if (a === null || name === null) continue;
    for (let at = text.indexOf(`&${a[1]!}`); at !== -1 && at < i; at = text.indexOf(`&${a[1]!}`, at + 1)) {
      const anchored = anchoredAt(text, at, a[1]!);
      if (anchored === null || judgeAssignment(name, anchored.value.replace(/\s+/g, '')) === null) continue;
      for (const [start, end] of anchored.parts) hits.push({ rule: 'secret-key-value', start, end });
    }
  }
  return hits;
}

/**
 * The pass of anchored values used by secret names through aliases (see the file's comment), and of keys written as
 * lines in one quoted string (quoted-lines.ts): two values the key-name layer cannot read on one line, in one pass.
 */
export function yamlAliasPass(): Pass {
  return runPass((text) => {
    const lines = quotedLineHits(text);
    const aliases = aliasHits(text);
    return lines.length === 0 ? aliases : aliases.length === 0 ? lines : [...aliases, ...lines];
  });
}
