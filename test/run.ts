/**
 * `npm test`: every dist/test/*.test.js through node:test, two files at a time (the machine the
 * suite is sized for has two cores), the longest files first. `node --test` starts files in
 * alphabetical order, which put the two longest (share, upload-faults) last: the run then ended
 * on one busy core. Longest first, the last files to start are short ones and both cores stay
 * busy to the end. A file not named below (a new one) runs after the long ones, in name order.
 *
 *   node dist/test/run.js [FILE...]      TEST_CONCURRENCY=N to change the number of files at a time
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { fileURLToPath } from 'node:url';

/** The longest files, longest first (wall time of each alone, measured; re-measure when it changes). */
const LONGEST = [
  'upload-faults.test.js',
  'hostile.test.js',
  'share.test.js',
  'share-failures.test.js',
  'attack-12.test.js',
  'pull-hostile.test.js',
  'redact-eval.test.js',
  'cli-export.test.js',
  'hostile-input.test.js',
  'redact-long-lines.test.js',
  'redact-e2e.test.js',
  'carriers-more.test.js',
  'archive.test.js',
  'collect.test.js',
  'redact-benign.test.js',
];

const dir = path.dirname(fileURLToPath(import.meta.url));
const rank = (name: string): number => (LONGEST.includes(name) ? LONGEST.indexOf(name) : LONGEST.length);
const names = readdirSync(dir)
  .filter((n) => n.endsWith('.test.js'))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
const files =
  process.argv.length > 2 ? process.argv.slice(2).map((f) => path.resolve(f)) : names.map((n) => path.join(dir, n));

const stream = run({ files, concurrency: Number(process.env.TEST_CONCURRENCY ?? 2) });
stream.on('test:fail', (data: { todo?: boolean | string }) => {
  // A failing todo test is reported, and does not fail the run (as with node --test).
  if (data.todo === undefined || data.todo === false) process.exitCode = 1;
});
stream.compose(new spec()).pipe(process.stdout);
