import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { copyFixture, REPO, runCli, tempDir } from './helpers/env.js';

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
    t.diagnostic(
      `default: young ${free.young} MB, old ${free.old} MB; tuned: young ${tuned.young} MB, old ${tuned.old} MB`,
    );
    assert.ok(
      free.young > 8,
      `uncapped, V8 grows the young generation (${free.young} MB): otherwise this test shows nothing`,
    );
    assert.ok(
      tuned.young <= 4,
      `young generation held at its starting size (2 x 1 MB), saw ${tuned.young} MB (default ${free.young} MB)`,
    );
    assert.ok(tuned.old < free.old, `old generation ${tuned.old} MB tuned against ${free.old} MB by default`);
  });
});

/**
 * A module preloaded into a child (NODE_OPTIONS=--import): it samples the young generation's
 * size every 2 ms (the export gives the event loop a turn every 10 ms) and at exit, and writes
 * the largest it saw (MB) to $HEAP_PROBE_OUT.
 */
const PROBE = `
import v8 from 'node:v8';
import { writeFileSync } from 'node:fs';
let young = 0;
const sample = () => { for (const s of v8.getHeapSpaceStatistics()) if (s.space_name === 'new_space') young = Math.max(young, s.space_size); };
setInterval(sample, 2).unref();
process.on('exit', () => { sample(); writeFileSync(process.env.HEAP_PROBE_OUT, String(young / 1048576)); });
`;

describe('the bin applies the heap tuning', () => {
  it('an export run through dist/bin/cli.js keeps the young generation at its starting size; the same export without the bin grows it', async () => {
    // A session with a directory of 8,000 small files: listed in one call, every entry survives.
    const { base, session } = await copyFixture('single-turn-0.1.45');
    const notes = path.join(session, 'turn_1', 'attempt_1', 'notes');
    await mkdir(notes);
    for (let i = 0; i < 8000; i++) await writeFile(path.join(notes, `n${i}.txt`), String(i % 10));
    const dir = await tempDir('mgs-heap-');
    const probe = path.join(dir, 'probe.mjs');
    await writeFile(probe, PROBE);
    const youngOf = async (out: string): Promise<number> => Number(await readFile(path.join(dir, out), 'utf8'));
    const env = (out: string): NodeJS.ProcessEnv => ({
      NODE_OPTIONS: `--import=${pathToFileURL(probe).href}`,
      HEAP_PROBE_OUT: path.join(dir, out),
    });

    const bin = await runCli(['export', session, '--dry-run'], { cwd: base, env: env('bin') });
    assert.equal(bin.code, 0, bin.stderr);
    // The same command through main(), in a Node that never ran the bin's entry (no tuneHeap).
    const main = pathToFileURL(path.join(REPO, 'dist', 'src', 'main.js')).href;
    const script = `const { main } = await import(${JSON.stringify(main)}); process.exitCode = await main(['export', ${JSON.stringify(session)}, '--dry-run']);`;
    execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: base,
      env: { PATH: process.env.PATH, HOME: dir, TMPDIR: dir, NO_COLOR: '1', ...env('plain') },
      stdio: 'ignore',
    });

    const [tuned, plain] = [await youngOf('bin'), await youngOf('plain')];
    assert.ok(
      plain > 8,
      `without the tuning this export grows the young generation (${plain} MB): otherwise this test shows nothing`,
    );
    assert.ok(
      tuned <= 4,
      `the bin's young generation stays at its starting size (2 x 1 MB), saw ${tuned} MB (untuned ${plain} MB)`,
    );
  });
});
