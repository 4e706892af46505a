/**
 * Fails when src/ (or the directory given) has an import cycle (import-graph.ts says what
 * counts). Run: `npm run check:cycles`.
 */
import path from 'node:path';
import { findCycles, importGraph } from './import-graph.js';

const root = path.resolve(process.argv[2] ?? 'src');
const cycles = findCycles(importGraph(root));
for (const c of cycles) console.error(`import cycle: ${c.map((f) => path.relative(root, f)).join(' -> ')}`);
console.log(
  cycles.length === 0
    ? `no import cycle in ${path.relative(process.cwd(), root) || '.'}`
    : `${cycles.length} import cycle(s)`,
);
process.exitCode = cycles.length === 0 ? 0 : 1;
