/**
 * A hostile `.massgenignore` (F12): a megabyte of patterns is refused in one line, naming the file; the most patterns
 * read (10,000), pathological ones included (`*a*a…*b`), cost the walk milliseconds, not minutes: before, 10,000 of
 * them took 15 s for the first path and 75 ms for each one after (36 s for a 121-file session's dry run).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createExcludeMatcher } from '../src/core/excludes.js';
import { oneAgentAttempt, under, writeTree } from './helpers/session-builder.js';
import { runCli, tempDir } from './helpers/env.js';

describe('.massgenignore bounds (F12)', () => {
  it('refuses a megabyte of patterns in one line naming the file, before reading the session', async () => {
    const base = await tempDir('mgs-ign-');
    const root = path.join(base, '.massgen', 'massgen_logs', 'log_20260401_120000_000009');
    await writeTree(root, under('turn_1/attempt_1', oneAgentAttempt({ question: 'q', sessionName: 'x' })));
    const lines = Array.from({ length: 40_000 }, (_, i) => `dir_${i}/sub/*.tmp${i}`);
    await writeTree(root, { '.massgenignore': `${lines.join('\n')}\n` });
    const started = Date.now();
    const r = await runCli(['export', root, '--dry-run'], { cwd: base });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /^Error: \S+\.massgenignore: 40000 patterns, more than the 10000 read/);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.ok(Date.now() - started < 30_000);
    await writeTree(root, { '.massgenignore': '*.tmp\n' });
    const long = await runCli(['export', root, '--dry-run', '--exclude', `${'x'.repeat(2000)}*`], { cwd: base });
    assert.equal(long.code, 2, long.stderr);
    assert.match(
      long.stderr,
      /^Error: --exclude, --include and \.massgenignore: a pattern of 2001 characters \(pattern 2\), more than the 1024 read\.( \(see --help\))?$/m,
    );
  });

  it('matches 10,000 pathological patterns against long names in linear time', () => {
    const patterns = Array.from({ length: 10_000 }, (_, i) => `${'*a'.repeat(30)}*b${i}`);
    const started = process.cpuUsage();
    const matcher = createExcludeMatcher({ exclude: patterns });
    for (let i = 0; i < 200; i++) {
      const name = `${'a'.repeat(200)}${i}`;
      assert.equal(matcher.childReason('turn_1/ws/', name, false), null);
      assert.equal(matcher.childReason('turn_1/ws/', `${'a'.repeat(40)}b${i}`, false), 'user pattern');
    }
    const { user, system } = process.cpuUsage(started);
    assert.ok((user + system) / 1000 < 5000, `${(user + system) / 1000} ms of CPU`);
  });

  it('a name that nearly matches many of 10,000 patterns costs microseconds: globs are indexed by a literal of theirs', () => {
    const sets = [
      Array.from({ length: 10_000 }, (_, i) => `${'*a'.repeat(30)}*b${i}*x`),
      Array.from({ length: 10_000 }, (_, i) => `${'?a*'.repeat(10)}b${i}*x`),
      Array.from({ length: 10_000 }, (_, i) => `pre${i}${'*a'.repeat(8)}*x`),
    ];
    const started = process.cpuUsage();
    for (const patterns of sets) {
      const matcher = createExcludeMatcher({ exclude: patterns });
      for (let i = 0; i < 100; i++) {
        // Ends as every pattern does and holds their a's, but none of their own literals.
        assert.equal(matcher.childReason('turn_1/ws/', `${'a'.repeat(200)}c${i}zzx`, false), null);
        assert.equal(matcher.childReason('turn_1/ws/', `pre${'a'.repeat(200)}zzx`, false), null);
      }
      const name = patterns === sets[2] ? `pre7${'a'.repeat(9)}x` : `a${'aa'.repeat(30)}b7zx`;
      assert.equal(matcher.childReason('turn_1/ws/', name, false), 'user pattern', name);
    }
    const { user, system } = process.cpuUsage(started);
    // Before: 13 and 31 ms per name for the first two sets (600 names: 8 s). Now 0.9 s of CPU at load 24 on two cores
    // (most of it building the three matchers): the cap, 4 s, is half the old cost and 4 times the new.
    assert.ok((user + system) / 1000 < 4000, `${(user + system) / 1000} ms of CPU`);
  });

  it('refuses, in one line, wildcard patterns that all share their literals (no index can tell them apart)', async () => {
    const patterns = Array.from({ length: 2000 }, (_, i) => `${'*a'.repeat(1 + (i % 40))}*${'?'.repeat(i % 50)}x`);
    assert.throws(
      () => createExcludeMatcher({ exclude: patterns }),
      /^UsageError: --exclude, --include and \.massgenignore: \d+ wildcard patterns share the literal "x" \(the first: "\*a\*x"\), \d+ wildcards and literals together, more than the 4096 one name is matched against; use fewer wildcards or directory patterns \(dir\/\)\.$/,
    );
    const ordinary = Array.from({ length: 10_000 }, (_, i) => `*.tmp${i}`);
    assert.equal(createExcludeMatcher({ exclude: ordinary }).childReason('', 'a.tmp42', false), 'user pattern');
    const base = await tempDir('mgs-ign-');
    const root = path.join(base, '.massgen', 'massgen_logs', 'log_20260401_120000_000019');
    await writeTree(root, under('turn_1/attempt_1', oneAgentAttempt({ question: 'q', sessionName: 'x' })));
    await writeTree(root, { '.massgenignore': `${patterns.join('\n')}\n` });
    const r = await runCli(['export', root, '--dry-run'], { cwd: base });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /^Error: \S+\.massgenignore: 2000 wildcard patterns share the literal "x"/m);
    assert.equal(r.stderr.split('\n').filter((l) => l.startsWith('Error')).length, 1, r.stderr);
  });
});
