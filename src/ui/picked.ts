import { size } from './style.js';

/** A name shortened in the middle to at most `max` characters (both ends say most about a path). */
const middle = (s: string, max: number): string =>
  s.length <= max ? s : `${s.slice(0, Math.ceil(max / 2) - 1)}…${s.slice(s.length - Math.floor(max / 2))}`;

/**
 * Names as a wrapped list: lines of at most `width` characters, each name at most 60, at most
 * `maxLines` lines, then how many more there are. Never one line per hundred files, nor one
 * line holding them all.
 */
function wrappedNames(names: readonly string[], width = 96, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < names.length; i++) {
    const name = middle(names[i]!, 60);
    if (line && line.length + 2 + name.length > width) {
      if (lines.length + 1 === maxLines) break;
      lines.push(`${line},`);
      line = '';
    }
    line = line ? `${line}, ${name}` : name;
  }
  if (i < names.length) line += `, … and ${names.length - i} more`;
  if (line) lines.push(line);
  return lines.map((l) => `    ${l}`);
}

/** What a "Pick files" answer keeps and drops, in a few lines (the prompt itself echoes only a count). */
export function pickedSummary(
  where: string,
  files: readonly { path: string; bytes: number }[],
  keep: ReadonlySet<string>,
  shown: (path: string) => string,
): string[] {
  const kept = files.filter((f) => keep.has(f.path));
  const dropped = files.filter((f) => !keep.has(f.path));
  const bytes = kept.reduce((n, f) => n + f.bytes, 0);
  const n = files.length;
  const head = `${where}: keeping ${kept.length} of ${n} file${n === 1 ? '' : 's'} (${size(bytes)})`;
  if (dropped.length === 0) return [`${head}, dropping none`];
  return [`${head}, dropping ${dropped.length}:`, ...wrappedNames(dropped.map((f) => shown(f.path)))];
}
