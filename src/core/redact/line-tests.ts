/**
 * A command line's tests (`docker login` on it, `redis-cli`, `httpie`), asked once per line and regex: each flag of a
 * line asked them again, reading the whole line (`--password x ` repeated for 1 MiB took 2.4 s of CPU, 1.5 s of it in
 * LOGIN's test). The last line's answer is kept per regex (non-global regexes only: `test` must not move lastIndex).
 */
import { LastAnswer } from './caches.js';

const last = new Map<RegExp, LastAnswer<boolean>>();

/** Whether `re` matches `line`; the answer for the last line asked is remembered. */
export function onLine(re: RegExp, line: string): boolean {
  let answers = last.get(re);
  if (answers === undefined) last.set(re, (answers = new LastAnswer()));
  return answers.get(line, () => re.test(line));
}
