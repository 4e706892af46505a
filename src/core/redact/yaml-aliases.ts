/**
 * A YAML value defined under a neutral name with an anchor and used by a secret name through an alias
 * (`default: &key …` then `api_key: *key`): the anchored value is judged as the secret name's. Found from the literal
 * `*` after `: ` (`: *`, from the shared literal scan), then the anchor (indexOf of `&name`).
 */
import { judgeAssignment } from './key-names.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { quotedLineHits } from './quoted-lines.js';

/** Where `: *` is, from the shared literal scan (literal-scan.ts). */
const ALIASES = literalScan([': *']);

/** `name: *alias` at the end of a line; the name is read before the `: `. */
const ALIAS = /\*([A-Za-z0-9_-]{1,64})[ \t]*\r?$/my;
const NAME = /([A-Za-z_][A-Za-z0-9_.-]{0,63})["']?$/;
/** After `&alias`: blanks, then a scalar (quoted or not) ending its line. */
const ANCHORED = /[ \t]+(["']?)([^\s"'#]{8,4096})\1[ \t]*(?:#.*)?\r?$/my;

function aliasHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const i of ALIASES?.(text) ?? []) {
    ALIAS.lastIndex = i + 2;
    const a = ALIAS.exec(text);
    const name = NAME.exec(text.slice(Math.max(0, i - 64), i));
    if (a === null || name === null) continue;
    for (let at = text.indexOf(`&${a[1]!}`); at !== -1 && at < i; at = text.indexOf(`&${a[1]!}`, at + 1)) {
      ANCHORED.lastIndex = at + a[1]!.length + 1;
      const m = ANCHORED.exec(text);
      if (m === null || judgeAssignment(name[1]!, m[2]!) === null) continue;
      const end = ANCHORED.lastIndex - m[0].length + m[0].indexOf(m[2]!) + m[2]!.length;
      hits.push({ rule: 'secret-key-value', start: end - m[2]!.length, end });
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
