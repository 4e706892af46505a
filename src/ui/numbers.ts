/** Figures formatted for people: `$0.54`, `7.2m`, `6,035,629`. JSON output keeps the raw numbers. */

// One formatter per number of decimals (toLocaleString builds one on every call: 15 ms for a list of 200 runs).
const formats = new Map<number, Intl.NumberFormat>();
function en(n: number, digits: number): string {
  // A log's own figures (a hostile `1e308` written out whole is 400 characters): huge ones in exponent form.
  if (!Number.isFinite(n)) return '?';
  if (Math.abs(n) >= 1e15) return n.toExponential(2);
  let f = formats.get(digits);
  if (!f)
    formats.set(
      digits,
      (f = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })),
    );
  return f.format(n);
}

/** `$0.54`, `$1,234.50`; amounts under a cent keep four places (`$0.0042`) so they do not read as free. */
export function money(dollars: number | null): string {
  if (dollars === null) return '-';
  const abs = Math.abs(dollars);
  return `$${en(dollars, abs > 0 && abs < 0.01 ? 4 : 2)}`;
}

/** `6,035,629`. */
export const count = (n: number | null): string => (n === null ? '-' : en(Math.round(n), 0));

const DAY = 86_400;

/** Seconds as `42s`, `7.2m`, `1.5h`. */
export function duration(seconds: number | null): string {
  // A log's own figure (`elapsed_seconds: 1e308` printed 300 characters): none, or past a century, said so.
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return '-';
  if (seconds < 60) return `${seconds < 10 ? en(seconds, 1) : en(seconds, 0)}s`;
  if (seconds < 3600) return `${en(seconds / 60, 1)}m`;
  if (seconds < 2 * DAY) return `${en(seconds / 3600, 1)}h`;
  return seconds < 100 * 365 * DAY ? `${en(seconds / DAY, 1)}d` : 'over 100y';
}

/** Milliseconds as `181ms`, `4.8s`, `2.1m`. */
export const millis = (ms: number | null): string =>
  ms === null ? '-' : ms < 1000 ? `${en(ms, 0)}ms` : duration(ms / 1000);

/** `text` cut to `max` characters with `…` (a question in a list). Line breaks become spaces. */
export function cut(text: string | null, max: number): string {
  if (text === null) return '';
  const one = text.replace(/\s+/g, ' ').trim();
  const chars = [...one];
  return chars.length > max ? `${chars.slice(0, Math.max(1, max - 1)).join('')}…` : one;
}
