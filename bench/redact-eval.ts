/**
 * The held-out redaction evaluation as a script: builds the corpus (test/helpers/redact-eval.ts),
 * exports it with the real CLI and prints the per-category table for the README.
 *   npm run build && node dist/bench/redact-eval.js [--seed N] [--leaks] [--damage]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeDamage, describeLeak, evaluate, table } from '../test/helpers/redact-eval.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const seedAt = argv.indexOf('--seed');
const seed = seedAt >= 0 ? Number(argv[seedAt + 1]) : 20261130;
const t0 = Date.now();
const report = await evaluate({ repo, cli: path.join(repo, 'dist', 'bin', 'cli.js'), seed });
for (const r of report.runs) if (r.code !== 0) console.error(`${r.name} exited ${r.code}: ${r.stderr.slice(0, 500)}`);
console.log(
  `Redaction evaluation, seed ${seed} (${((Date.now() - t0) / 1000).toFixed(1)} s; ${report.runs.map((r) => `${r.name} ${r.ms} ms`).join(', ')})\n`,
);
console.log(table(report));
if (report.invisible.length)
  console.log(`\nchecker cannot see ${report.invisible.length} plants in the input (corpus bug)`);
if (argv.includes('--leaks')) for (const l of report.leaks) console.log(describeLeak(l));
if (argv.includes('--damage')) for (const d of report.damage) console.log(describeDamage(d));
