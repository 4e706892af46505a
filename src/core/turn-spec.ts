import { UsageError } from '../errors.js';

const FORMS = 'all, latest, N (the first N turns), A-B, or a list such as 1,3,5-6';

function describeTurns(available: readonly number[]): string {
  if (available.length === 0) return 'the session has no turns';
  const contiguous = available.every((n, i) => i === 0 || n === available[i - 1]! + 1);
  const list =
    contiguous && available.length > 2 ? `${available[0]}-${available[available.length - 1]}` : available.join(', ');
  return `the session has ${available.length} turn${available.length === 1 ? '' : 's'} (${list})`;
}

/**
 * Resolves a `--turns` value against the distinct turn numbers a session really has
 * (sorted ascending, possibly non-contiguous). `N` alone means the first N turns, as
 * MassGen documents; `A-B` and lists name turn numbers. Returns the selected numbers, ascending.
 * Anything malformed or out of range is a usage error naming the valid forms and the real count.
 */
export function selectTurns(spec: string, available: readonly number[]): number[] {
  const text = spec.trim().toLowerCase();
  const bad = (why: string): never => {
    throw new UsageError(`Invalid --turns "${spec}": ${why}; ${describeTurns(available)}. Use ${FORMS}.`);
  };
  if (available.length === 0) bad('nothing to select');
  // A number past 15 digits is no safe integer: it would read as another (1e20), and no turn has one (layout.ts).
  const huge = text.match(/\d+/g)?.find((d) => d.replace(/^0+(?=\d)/, '').length > 15);
  if (huge !== undefined)
    bad(`${huge.length > 24 ? `${huge.slice(0, 20)}…` : huge} is no turn number (at most 15 digits)`);
  if (text === 'all' || text === '') return [...available];
  if (text === 'latest' || text === 'last') return [available[available.length - 1]!];
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    if (n < 1 || n > available.length) bad(`cannot take the first ${n} turns`);
    return available.slice(0, n);
  }
  const wanted = new Set<number>();
  const parts = text.split(',').map((p) => p.trim());
  const single = parts.length === 1;
  for (const part of parts) {
    const range = /^(\d+)\s*-\s*(\d+)$/.exec(part);
    const one = /^\d+$/.exec(part);
    if (range) {
      const a = Number(range[1]);
      const b = Number(range[2]);
      if (a > b) bad(`the range ${a}-${b} starts after it ends`);
      const inRange = available.filter((t) => t >= a && t <= b);
      if (a < 1 || b > available[available.length - 1]! || inRange.length === 0)
        bad(`turns ${a}-${b} are out of range`);
      inRange.forEach((t) => wanted.add(t));
    } else if (one && !single) {
      const t = Number(part);
      if (!available.includes(t)) bad(`turn ${t} does not exist`);
      wanted.add(t);
    } else {
      bad(`"${part}" is not a turn, a range or a list`);
    }
  }
  return available.filter((t) => wanted.has(t));
}
