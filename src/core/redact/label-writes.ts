/**
 * A value written to a file whose name is its only label (label-files.ts: `token`, `api_key.txt`, `.vault_pass`): the
 * file is the value's name, as `TOKEN=…` would be. Read in shell (`echo "…" > ~/.config/tool/token`, `printf '%s' …
 * >> …`, `… | tee …`, `cat > … <<< …`), Python (`open(…, "w").write("…")`, `Path(…).write_text("…")`) and Node
 * (`fs.writeFileSync('…', '…')`). The value is judged under the file's name like an assignment's (key-names.ts):
 * `echo "$TOKEN" > token` is a reference, `echo "" > token` nothing, a placeholder is kept.
 */
import { isLabelFileName } from '../label-files.js';
import { judgeAssignment } from './key-names.js';
import { runPass, type Hit, type Pass } from './pass.js';

/** A path: no blanks, quotes, backticks, redirections or separators. */
const PATH = String.raw`[^\s'"<>|;&()\x60]{1,256}`;
/** A value: one token of 8 to 512 characters in quotes (a `\\n` after it) or bare. */
const VALUE = String.raw`(?:"([^"\s\\$\x60]{8,512})(?:\\n|\n)?"|'([^'\s\\]{8,512})(?:\\n|\n)?'|([^\s'"<>|;&()$\x60\\]{8,512}))`;
/** A file's name in quotes or bare. */
const QUOTED_PATH = String.raw`(?:"(${PATH})"|'(${PATH})'|(${PATH}))`;

/** `echo [-n] VALUE > PATH`, `printf '%s\n' VALUE >> PATH`, `… | [sudo] tee [-a] PATH`. */
const SHELL_WRITE = new RegExp(
  String.raw`\b(?:echo(?:[ \t]+-[neE]{1,3})*|printf(?:[ \t]+(?:"%s(?:\\n|\n)?"|'%s(?:\\n|\n)?'))?)[ \t]+${VALUE}[ \t]*` +
    String.raw`(?:>>?|\|[ \t]*(?:sudo[ \t]+)?tee(?:[ \t]+-a)?)[ \t]*${QUOTED_PATH}`,
  'g',
);
/** `cat > PATH <<< VALUE`. */
const HERE_STRING = new RegExp(String.raw`\bcat[ \t]*>>?[ \t]*${QUOTED_PATH}[ \t]*<<<[ \t]*${VALUE}`, 'g');
/**
 * Python's `open([os.path.expanduser(]PATH[)], "w").write(VALUE)`, `Path(PATH).write_text(VALUE)`; Node's
 * `writeFileSync(PATH, VALUE`.
 */
const CODE_WRITE = new RegExp(
  String.raw`\b(?:open\([ \t]*(?:os\.path\.expanduser\()?${QUOTED_PATH}\)?[ \t]*,[ \t]*["'][wa]b?\+?["'][ \t]*\)\.write|Path\([ \t]*${QUOTED_PATH}` +
    String.raw`[ \t]*\)(?:\.expanduser\(\))?\.write_text|writeFile(?:Sync)?)\([ \t]*(?:${QUOTED_PATH}[ \t]*,[ \t]*)?` +
    VALUE,
  'g',
);

/**
 * The hit for a write's value (its groups from `valueGroup`, the path's from each of `pathGroups`: quoted twice, bare)
 * when the file's name labels a secret and the value is one under that name; `first`: the value comes before the path.
 */
function written(m: RegExpExecArray, valueGroup: number, pathGroups: readonly number[], first: boolean): Hit | null {
  const path = pathGroups.map((g) => m[g] ?? m[g + 1] ?? m[g + 2]).find((p) => p !== undefined);
  const value = m[valueGroup] ?? m[valueGroup + 1] ?? m[valueGroup + 2];
  if (path === undefined || value === undefined) return null;
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (!isLabelFileName(name)) return null;
  const rule = judgeAssignment(name.replace(/^\./, '').replace(/\.[a-z]+$/i, ''), value);
  if (rule === null) return null;
  const start = m.index + (first ? m[0].indexOf(value) : m[0].lastIndexOf(value));
  return { rule, start, end: start + value.length };
}

/** Python's `with open(PATH, "w") as f:` and `f.write(VALUE)` on its line or the next. */
const WITH_WRITE = new RegExp(
  String.raw`\bwith[ \t]+open\([ \t]*${QUOTED_PATH}[ \t]*,[ \t]*["'][wa]b?\+?["'][^)\n]{0,40}\)[ \t]+as[ \t]+(\w+)` +
    String.raw`[ \t]*:[ \t]*(?:\r?\n[ \t]*)?\4\.write\([ \t]*${VALUE}`,
  'g',
);

/** Quick tests: a redirection, a here-string or a write call. */
const MAY_WRITE = (text: string): boolean =>
  text.includes('>') || text.includes('tee') || text.includes('.write') || text.includes('writeFile');

export function labelWritePass(): Pass {
  return runPass((text) => {
    if (!MAY_WRITE(text)) return [];
    const hits: Hit[] = [];
    const reads = [
      [SHELL_WRITE, 1, [4], true],
      [HERE_STRING, 4, [1], false],
      [CODE_WRITE, 10, [1, 4, 7], false],
      [WITH_WRITE, 5, [1], false],
    ] as const;
    for (const [re, valueGroup, pathGroups, first] of reads)
      for (const m of text.matchAll(re)) {
        const h = written(m, valueGroup, pathGroups, first);
        if (h) hits.push(h);
      }
    return hits.sort((a, b) => a.start - b.start);
  });
}
