/**
 * An MCP server's `args` list (YAML block or flow list, JSON array), read item by item (attack 57: `- --access` then
 * `- <40 random>`, `- -p` then `- <password>` in `execution_metadata.yaml` went out; only a secret flag's value in a
 * flow list was read):
 * - `--name=value` and a flag then its value are judged by the flag's name (key-names.ts), a password's one-letter
 *   flag (`-p`, `-P`, `-a`: mysql, redis-cli) by the value's shape as a command line's password (cli-passwords.ts);
 * - any other item that reads as a random token and is no id, digest, path, URL or name of words (mcp-maps.ts'
 *   secretValue) is a key whatever the flag before it says (`--access`, `--k`, none).
 */
import { isCliPassword } from './cli-passwords.js';
import { humanPassword } from './credential-values.js';
import { isAllowListed } from './generic.js';
import { judgeAssignment } from './key-names.js';
import type { Hit } from './pass.js';

type Item = { v: string; start: number };

/** `args:` or `"args":` with the blanks after it. */
const ARGS = /(["']?)args\1[ \t]*:[ \t]*/g;
/** One item of a flow list: a quoted string with no escape, or a bare run. */
const FLOW_ITEM = /[ \t\r\n]*(?:"([^"\\\n]{0,512})"|'([^'\n]{0,512})'|([^\s,\]"'][^,\]\n]{0,511}?))[ \t\r\n]*([,\]])/y;
/** One item of a block list, with its indent. */
const BLOCK_ITEM = /([ \t]*)-[ \t]+(?:"([^"\\\n]{0,512})"|'([^'\n]{0,512})'|([^\s"'#][^\n]{0,511}?))[ \t]*(?=\r?\n|$)/y;

function flowItems(text: string, at: number): Item[] {
  const items: Item[] = [];
  FLOW_ITEM.lastIndex = at;
  for (let m = FLOW_ITEM.exec(text); m !== null && items.length < 64; m = FLOW_ITEM.exec(text)) {
    const v = m[1] ?? m[2] ?? m[3]!.trimEnd();
    items.push({ v, start: m.index + m[0].indexOf(v, m[0].search(/\S/)) });
    if (m[4] === ']') break;
  }
  return items;
}

function blockItems(text: string, at: number, keyIndent: number): Item[] {
  const items: Item[] = [];
  let next = text.indexOf('\n', at) + 1;
  while (next > 0 && items.length < 64) {
    BLOCK_ITEM.lastIndex = next;
    const m = BLOCK_ITEM.exec(text);
    if (m === null || m[1]!.length < keyIndent) break;
    const v = m[2] ?? m[3] ?? m[4]!;
    items.push({ v, start: m.index + m[0].lastIndexOf(v) });
    next = BLOCK_ITEM.lastIndex + (text[BLOCK_ITEM.lastIndex] === '\r' ? 2 : 1);
  }
  return items;
}

/** A password's one-letter flags: mysql's `-p`, `-P` of some servers, redis-cli's `-a`. */
const PASSWORD_LETTER = /^-[pPa]$/;
/** A flag: `-x`, `--name`, `--name=value`. */
const FLAG = /^--?([A-Za-z][\w-]{0,40})(?:=(.*))?$/s;

/** mcp-maps.ts' judge of a value under a neutral name. */
type Judge = (name: string, v: string) => boolean;

function judged(items: readonly Item[], hits: Hit[], secretValue: Judge): void {
  items.forEach(({ v, start }, i) => {
    const flag = FLAG.exec(v);
    if (flag !== null) {
      const value = flag[2];
      const rule = value === undefined || value === '' ? null : judgeAssignment(flag[1]!, value);
      if (rule !== null) hits.push({ rule, start: start + v.length - value!.length, end: start + v.length });
      return;
    }
    const before = FLAG.exec(items[i - 1]?.v ?? '');
    const name = before !== null && before[2] === undefined ? before[1]! : '';
    const rule =
      (name && judgeAssignment(name, v)) ||
      (PASSWORD_LETTER.test(items[i - 1]?.v ?? '') && isCliPassword(v, "'") && humanPassword(v)
        ? 'cli-password'
        : null) ||
      (secretValue(name || 'arg', v) && !isAllowListed(name || 'arg', v) ? 'mcp-arg-value' : null);
    if (rule) hits.push({ rule, start, end: start + v.length });
  });
}

/** The hits in every `args` list after `from` (the first key holding MCP servers). */
export function argsHits(text: string, from: number, hits: Hit[], secretValue: Judge): void {
  ARGS.lastIndex = from;
  for (let m = ARGS.exec(text); m !== null; m = ARGS.exec(text)) {
    if (m.index > 0 && /[\w-]/.test(text[m.index - 1]!)) continue;
    const after = m.index + m[0].length;
    if (text[after] === '[') judged(flowItems(text, after + 1), hits, secretValue);
    else if (/^(?:#[^\n]*)?\r?(?:\n|$)/.test(text.slice(after, after + 200))) {
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      judged(blockItems(text, after, m.index - lineStart), hits, secretValue);
    }
  }
}
