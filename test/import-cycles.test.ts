import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findCycles, importGraph } from '../scripts/import-graph.js';
import { tempDir } from './helpers/env.js';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
const rel = (cycle: string[]): string => cycle.map((f) => path.relative(SRC, f)).join(' -> ');

describe('import cycles', () => {
  it('finds a cycle made of type-only imports and re-exports', async () => {
    const root = await tempDir();
    await mkdir(path.join(root, 'sub'));
    await writeFile(path.join(root, 'a.ts'), "import type { B } from './sub/b.js';\nexport type A = B;\n");
    await writeFile(path.join(root, 'sub', 'b.ts'), "export type { A as B } from '../a.js';\n");
    await writeFile(path.join(root, 'c.ts'), "import { x } from './a.js';\nconst y = await import('./d.js');\n");
    await writeFile(path.join(root, 'd.ts'), 'export const d = 1;\n');
    const cycles = findCycles(importGraph(root)).map((c) => c.map((f) => path.relative(root, f)).join(' -> '));
    assert.deepEqual(cycles, ['a.ts -> sub/b.ts -> a.ts']);
  });

  it('src has no import cycle', () => {
    assert.deepEqual(findCycles(importGraph(SRC)).map(rel), []);
  });
});
