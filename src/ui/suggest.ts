/** Edit distance between two short strings (flag names), insertions, deletions and substitutions. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The known flag nearest to `given` (`dryrun` → `dry-run`, `verbos` → `verbose`), or undefined
 * when none is near: the same letters without dashes or case, or at most 2 edits (1 for short names).
 */
function nearestFlag(given: string, known: readonly string[]): string | undefined {
  const bare = (s: string): string => s.replace(/[-_]/g, '').toLowerCase();
  const exact = known.find((k) => bare(k) === bare(given));
  if (exact) return exact;
  const limit = given.length <= 4 ? 1 : 2;
  let best: { flag: string; d: number } | undefined;
  for (const k of known) {
    const d = distance(bare(given), bare(k));
    if (d <= limit && (!best || d < best.d)) best = { flag: k, d };
  }
  return best?.flag;
}

/**
 * yargs' "Unknown argument(s): a, b" for flags the command line gave, with a suggestion for each
 * that is near a known flag; undefined for any other message (left as yargs wrote it).
 */
export function unknownFlagMessage(msg: string, args: readonly string[], known: readonly string[]): string | undefined {
  const m = /^Unknown arguments?: (.+)$/.exec(msg);
  if (!m) return undefined;
  const names = m[1]!.split(', ');
  const flags = names.filter((n) => args.some((a) => a === `--${n}` || a.startsWith(`--${n}=`) || a === `-${n}`));
  if (flags.length !== names.length) return undefined;
  const parts = flags.map((n) => {
    const near = nearestFlag(n, known);
    return `${n.length === 1 ? '-' : '--'}${n}${near ? ` (did you mean --${near}?)` : ''}`;
  });
  return `Unknown option${parts.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}
