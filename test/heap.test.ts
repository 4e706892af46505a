import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const HEAP = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/adapters/heap.js');

/** Runs a fresh Node that builds 400,000 long-lived objects, yielding as the export does; returns the largest young generation seen (MB). */
function largestYoungGeneration(capped: boolean): number {
  const script = `
    import v8 from 'node:v8';
    const { capYoungGeneration } = await import(${JSON.stringify(HEAP)});
    if (${capped}) capYoungGeneration(4);
    const keep = [];
    let largest = 0;
    for (let i = 0; i < 400_000; i++) {
      keep.push({ path: 'turn_1/attempt_1/agent_a/workspace/src/file_' + i + '.js', size: i, reason: 'kept ' + i });
      if (i % 2000 === 0) {
        await new Promise((r) => setImmediate(r));
        largest = Math.max(largest, v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);
      }
    }
    process.stdout.write(String(largest / 1048576));`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

describe('capYoungGeneration', () => {
  it('keeps the young generation at 4 MB semi-spaces where V8 would grow it to 16 MB', () => {
    const free = largestYoungGeneration(false);
    const capped = largestYoungGeneration(true);
    assert.ok(free > 8, `uncapped, V8 grows it (${free} MB): otherwise this test shows nothing`);
    assert.ok(capped <= 8, `capped at 2 x 4 MB, saw ${capped} MB`);
  });
});
