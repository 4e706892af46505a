import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const HEAP = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/adapters/heap.js');

/**
 * Runs a fresh Node shaped like an export: it lists a directory of 300,000 entries in one
 * synchronous burst (every entry survives), keeps a plan of 300,000 entries, then makes 300,000
 * objects that each live long enough to reach the old generation before they die (as the files
 * of a large archive do). Returns the largest young and old generation seen (MB).
 */
function largestSpaces(tuned: boolean): { young: number; old: number } {
  const script = `
    import v8 from 'node:v8';
    const { tuneHeap } = await import(${JSON.stringify(HEAP)});
    if (${tuned}) tuneHeap();
    let young = 0, old = 0;
    const sample = () => {
      for (const s of v8.getHeapSpaceStatistics()) {
        if (s.space_name === 'new_space') young = Math.max(young, s.space_size);
        if (s.space_name === 'old_space') old = Math.max(old, s.space_size);
      }
    };
    const listing = [];
    for (let i = 0; i < 300_000; i++) listing.push({ name: 'file_' + i + '.js', type: 1 });
    sample();
    listing.length = 0;
    const plan = [];
    for (let i = 0; i < 300_000; i++) {
      plan.push({ path: 'turn_1/attempt_1/agent_a/workspace/src/file_' + i + '.js', size: i, reason: 'kept ' + i });
      if (i % 2000 === 0) sample();
    }
    const recent = new Array(40_000);
    for (let i = 0; i < 300_000; i++) {
      recent[i % recent.length] = { text: 'x'.repeat(200) + i, lines: [i, i + 1, i + 2] };
      if (i % 2000 === 0) sample();
    }
    process.stdout.write(JSON.stringify({ young: young / 1048576, old: old / 1048576, kept: plan.length }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

describe('tuneHeap', () => {
  it('keeps the young generation at its starting size, even through one long burst, and the old one near what is live', (t) => {
    const free = largestSpaces(false);
    const tuned = largestSpaces(true);
    t.diagnostic(`default: young ${free.young} MB, old ${free.old} MB; tuned: young ${tuned.young} MB, old ${tuned.old} MB`);
    assert.ok(free.young > 8, `uncapped, V8 grows the young generation (${free.young} MB): otherwise this test shows nothing`);
    assert.ok(tuned.young <= 4, `young generation held at its starting size (2 x 1 MB), saw ${tuned.young} MB (default ${free.young} MB)`);
    assert.ok(tuned.old < free.old, `old generation ${tuned.old} MB tuned against ${free.old} MB by default`);
  });
});
