/**
 * What the placement tests share (redact-issue11-placements, redact-labels): a text redacted as the file `rel` is,
 * whether any 10-character window of a planted value is still in the output, and the look-alikes that came out changed.
 */
import { Redactor } from '../../src/core/redact/redactor.js';

/** The text redacted through the file filter, as an export redacts a file named `rel`. */
export function redactAs(rel: string, text: string): string {
  const f = new Redactor().filter({ rel });
  return f.write(text) + f.end();
}

/** True when a 10-character window of `v` (every third start) is in `out`. */
export function leaksValue(out: string, v: string): boolean {
  for (let i = 0; i + 10 <= v.length; i += 3) if (out.includes(v.slice(i, i + 10))) return true;
  return false;
}

/** The look-alikes ([file name, text]) that did not come out byte-identical. */
export function damaged(lookAlikes: [string, string][]): string[] {
  return lookAlikes.filter(([rel, t]) => redactAs(rel, t) !== t).map(([rel, t]) => `${rel}: ${t.trim()}`);
}

/** A seeded generator of random strings over one charset, each holding a letter and a digit (as a key does). */
export function randomToken(rand: () => number): (chars: string, n: number) => string {
  return (chars, n) => {
    for (;;) {
      let s = '';
      for (let i = 0; i < n; i++) s += chars[Math.floor(rand() * chars.length)];
      if (/[A-Za-z]/.test(s) && /\d/.test(s)) return s;
    }
  };
}

/** [file name, text around the value, the value's generator]. */
export type Planted = [string, (v: string) => string, () => string];

/**
 * Plants `n` values per placement; returns one line per placement that leaked (how often, the first text). `leaks`
 * says whether the output leaks the value (a 10-character window by default); `onPlant` hears each planting's answer.
 */
export function leakedPlacements(
  placements: Planted[],
  n = 6,
  opts: { leaks?: (out: string, v: string) => boolean; onPlant?: (leak: boolean) => void } = {},
): string[] {
  const leaks = opts.leaks ?? leaksValue;
  const missed: string[] = [];
  for (const [rel, place, value] of placements) {
    let first = '';
    let count = 0;
    for (let i = 0; i < n; i++) {
      const v = value();
      const text = place(v);
      const leak = leaks(redactAs(rel, text), v);
      opts.onPlant?.(leak);
      if (!leak) continue;
      count++;
      first ||= JSON.stringify(text.trim().slice(0, 160));
    }
    if (count > 0) missed.push(`${count}/${n} ${rel}: ${first}`);
  }
  return missed;
}

/** `hexdump -C` of the text's UTF-8 bytes: offset, 16 bytes in hex, the printable characters between bars. */
export function hexdumpC(s: string): string {
  const b = Buffer.from(s);
  const rows: string[] = [];
  for (let i = 0; i < b.length; i += 16) {
    const chunk = [...b.subarray(i, i + 16)].map((x) => x.toString(16).padStart(2, '0'));
    const ascii = [...b.subarray(i, i + 16)].map((x) => (x >= 32 && x < 127 ? String.fromCharCode(x) : '.')).join('');
    rows.push(`${i.toString(16).padStart(8, '0')}  ${chunk.join(' ').padEnd(47)}  |${ascii}|`);
  }
  return rows.join('\n');
}

/** The text's UTF-8 bytes as `\xHH` escapes. */
export const hexEscapes = (s: string): string =>
  [...Buffer.from(s)].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');

/** Plants placements of one category (leakedPlacements), counting; `count` adds a planting checked another way. */
export interface LeakCounter {
  leaked: (cat: string, placements: Planted[], leaks?: (out: string, v: string) => boolean) => string[];
  count: (cat: string, leak: boolean) => void;
}

/** A LeakCounter that prints `<name> leaked/planted: <cat>: <leaked>/<planted>, …` when the process exits. */
export function leakCounter(name: string, n = 6): LeakCounter {
  const counts = new Map<string, { planted: number; leaked: number }>();
  const count = (cat: string, leak: boolean): void => {
    const c = counts.get(cat) ?? { planted: 0, leaked: 0 };
    counts.set(cat, { planted: c.planted + 1, leaked: c.leaked + Number(leak) });
  };
  process.on('exit', () => {
    const rows = [...counts].map(([c, { planted, leaked: l }]) => `${c}: ${l}/${planted}`);
    if (rows.length > 0) console.log(`${name} leaked/planted: ${rows.join(', ')}`);
  });
  return {
    count,
    leaked: (cat, placements, leaks) =>
      leakedPlacements(placements, n, { ...(leaks ? { leaks } : {}), onPlant: (leak) => count(cat, leak) }),
  };
}
