/**
 * A YAML value defined under a neutral name with an anchor and used by a secret name through an alias
 * (`default: &key …` then `api_key: *key`, `{api_key: *key}`, `api_keys:` then `- *key`): the anchored value (plain,
 * quoted, a block scalar; after a tag) is judged as the secret name's; an anchor alone on its line anchors the block
 * below it (`defaults: &d` then `  value: …` or `  - …`, `api_key: *d`): each entry's or item's value is judged so,
 * and must read as random or as a password. Found from the literals `: *` and `- *` (the shared literal scan), then
 * the anchor (all anchors listed by name in one scan, at the first alias).
 */
import { blockLines } from './block-lines.js';
import { pathLike } from './id-shapes.js';
import { judgeAssignment } from './key-names.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { passwordValue, tokenValue } from './prose-values.js';
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
function blockLinesAt(text: string, lineStart: number, from: number): [number, number][] {
  const indent = /^[ \t]*(?:- )?/.exec(text.slice(lineStart, from))![0].length;
  const next = text.indexOf('\n', from) + 1;
  return next === 0 ? [] : blockLines(text, next, indent, { max: 1024 });
}

interface Anchored {
  parts: [number, number][];
  value: string;
  /** Read from a block under an anchor alone on its line: the value must read as a key or a password too. */
  block?: boolean;
}

/** 20 or more letters and digits of both cases and a digit: a generated key (tokenValue misses some). */
const MIXED_RUN = /^(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=\D*\d)[A-Za-z0-9_-]{20,}$/;
/** A block's value: random, or a password (a path, an image's tag, `postgres:16`, is none). */
const blockSecret = (v: string): boolean =>
  !pathLike(v) && (tokenValue(v) || MIXED_RUN.test(v) || (passwordValue(v) && !/:\d/.test(v)));

/** The end of an anchor's line when nothing but a tag or a comment follows `&name`: the value is the block below. */
const ANCHOR_ALONE = /(?:[ \t]+![^\s]*)?[ \t]*(?:#[^\n]*)?\r?$/my;
/** A line of a block: a sequence's item (`- …`) or a mapping's entry (`key: …`), the value after it. */
const BLOCK_ITEM = /^(?:-[ \t]+|["']?[A-Za-z_][\w.-]{0,63}["']?:[ \t]+)/;

/** The value of a block line after its item or entry head: a comment and quotes taken off; null without a head. */
function itemValue(line: string): string | null {
  const head = BLOCK_ITEM.exec(line);
  if (head === null) return null;
  let v = line.slice(head[0].length);
  const comment = v.search(/[ \t]#/);
  if (comment !== -1) v = v.slice(0, comment);
  v = v.trimEnd();
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
}

/**
 * The values of the block below an anchor alone on its line (`defaults: &d` then `  value: …`, `  - …`, or a plain
 * scalar's lines `  …`): each item's or entry's value, or the lines joined as one scalar.
 */
function blockValues(text: string, lineStart: number, lineEnd: number): Anchored[] {
  const lines = blockLinesAt(text, lineStart, lineEnd);
  if (lines.length === 0) return [];
  const items = lines.map(([s, e]) => [s, e, itemValue(text.slice(s, e))] as const);
  if (items.every(([, , v]) => v === null))
    return [{ parts: lines, value: lines.map(([s, e]) => text.slice(s, e)).join(' '), block: true }];
  const out: Anchored[] = [];
  for (const [s, e, value] of items) {
    if (value === null || value === '' || /^[&*|>[{]/.test(value)) continue;
    const start = text.lastIndexOf(value, e);
    if (start >= s) out.push({ parts: [[start, start + value.length]], value, block: true });
  }
  return out;
}

/** The anchored values' parts ([start, end) each) and their text, at `&name` (`at`); none when it is no scalar. */
function anchoredAt(text: string, at: number, alias: string): Anchored[] {
  ANCHORED.lastIndex = at + alias.length + 1;
  const m = ANCHORED.exec(text);
  if (m === null) {
    ANCHOR_ALONE.lastIndex = at + alias.length + 1;
    const alone = ANCHOR_ALONE.exec(text);
    return alone === null ? [] : blockValues(text, text.lastIndexOf('\n', at) + 1, ANCHOR_ALONE.lastIndex);
  }
  const lineEnd = ANCHORED.lastIndex;
  if (m[3] !== undefined) {
    const parts = blockLinesAt(text, text.lastIndexOf('\n', at) + 1, lineEnd);
    return parts.length === 0 ? [] : [{ parts, value: parts.map(([s, e]) => text.slice(s, e)).join(' ') }];
  }
  const value = (m[1] ?? m[2] ?? m[4])!.trimEnd();
  const start = text.indexOf(value, at + alias.length + 1);
  return [{ parts: [[start, start + value.length]], value }];
}

/**
 * The anchor an alias at `i` names: the last `&name` before it (YAML's rule: a later anchor of the same name replaces
 * an earlier one). The anchors are listed by name in one scan of the text, made at the first alias (an indexOf per
 * name read the text up to its first anchor for each distinct name: 45 s of CPU for 1.75 MB of distinct anchors and
 * aliases); each name's list is then read forward (aliases come in order), so the text is read in linear time.
 */
function anchorFinder(text: string): (alias: string, i: number) => number {
  let anchors: Map<string, { at: number[]; k: number }> | null = null;
  return (alias, i) => {
    if (anchors === null) {
      anchors = new Map();
      // An `&` and the whole name after it: `&name` ends where a name's characters do, as an alias's needle must.
      for (const m of text.matchAll(/&([A-Za-z0-9_-]+)/g)) {
        if (m[1]!.length > 64) continue;
        const list = anchors.get(m[1]!);
        if (list === undefined) anchors.set(m[1]!, { at: [m.index], k: 0 });
        else list.at.push(m.index);
      }
    }
    const s = anchors.get(alias);
    if (s === undefined) return -1;
    while (s.k < s.at.length && s.at[s.k]! < i) s.k++;
    return s.k === 0 ? -1 : s.at[s.k - 1]!;
  };
}

function aliasHits(text: string): Hit[] {
  const hits: Hit[] = [];
  // Each anchor read once, each anchor judged once per name (many aliases of one anchored block).
  const read = new Map<number, Anchored[]>();
  const judged = new Set<string>();
  const anchorOf = anchorFinder(text);
  for (const i of ALIASES?.(text) ?? []) {
    ALIAS.lastIndex = i + 2;
    const a = ALIAS.exec(text);
    const named = text[i] === '-' ? parentName(text, i) : (NAME.exec(text.slice(Math.max(0, i - 64), i))?.[1] ?? null);
    if (a === null || named === null) continue;
    // A plural names a list of them (`secrets: *list`), as a sequence's parent does.
    const name = named.replace(/(?<=key|token|secret|password|credential)s$/i, '');
    const at = anchorOf(a[1]!, i);
    if (at === -1 || judged.has(`${at} ${name}`)) continue;
    judged.add(`${at} ${name}`);
    if (!read.has(at)) read.set(at, anchoredAt(text, at, a[1]!));
    for (const anchored of read.get(at)!) {
      const value = anchored.value.replace(/\s+/g, '');
      if (judgeAssignment(name, value) === null || (anchored.block === true && !blockSecret(value))) continue;
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
