import assert from 'node:assert/strict';
import { mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { listAttempts } from '../src/core/layout.js';
import { resolveSession } from '../src/core/session.js';
import { UserError } from '../src/errors.js';
import { attemptTree, under, writeTree } from './helpers/session-builder.js';
import { copyFixture, FIXTURES, logsDirOf, sessionOf, tempDir } from './helpers/env.js';

const spec = (turnNumber: number, attemptNumber: number) => ({
  question: 'q',
  agents: ['agent_a'],
  winner: 'agent_a',
  finishReason: 'completed' as const,
  start: 1769854500,
  cost: 0.1,
  inputTokens: 10,
  outputTokens: 5,
  attemptNumber,
  turnNumber,
  sessionName: 'log_x',
});

describe('finding the session', () => {
  it('takes the newest log_* in ./.massgen/massgen_logs, also from a subdirectory', async () => {
    const base = await tempDir();
    const logs = path.join(base, '.massgen', 'massgen_logs');
    for (const name of ['log_20260101_090000_000001', 'log_20260102_090000_000001', 'log_20260102_090000']) {
      await writeTree(path.join(logs, name), under('turn_1/attempt_1', attemptTree(spec(1, 1))));
    }
    await mkdir(path.join(base, 'src', 'deep'), { recursive: true });
    const found = await resolveSession(undefined, { cwd: path.join(base, 'src', 'deep'), home: base });
    assert.equal(found.id, 'log_20260102_090000_000001');
    assert.equal(found.logsDir, await realpath(logs));
  });
  it('falls back to ~/.massgen/massgen_logs, and honours --logs-dir and MASSGEN_LOGS_DIR', async () => {
    const home = await tempDir();
    const cwd = await tempDir();
    await writeTree(
      path.join(home, '.massgen', 'massgen_logs', 'log_20260101_090000_000001'),
      under('turn_1/attempt_1', attemptTree(spec(1, 1))),
    );
    assert.equal((await resolveSession(undefined, { cwd, home, env: {} })).id, 'log_20260101_090000_000001');
    const viaFlag = await resolveSession(undefined, { cwd, home: cwd, logsDir: logsDirOf('error-session'), env: {} });
    assert.equal(viaFlag.id, 'log_20260202_120000_000002');
    const viaEnv = await resolveSession(undefined, {
      cwd,
      home: cwd,
      env: { MASSGEN_LOGS_DIR: logsDirOf('legacy-0.1.2x') },
    });
    assert.equal(viaEnv.id, 'log_20251010_080000');
  });
  it('accepts a name with or without log_, a relative path, and an absolute path', async () => {
    const cwd = path.join(FIXTURES, 'single-turn-0.1.45');
    for (const arg of [
      'log_20260131_101500_123456',
      '20260131_101500_123456',
      './.massgen/massgen_logs/log_20260131_101500_123456',
      sessionOf('single-turn-0.1.45'),
    ]) {
      const s = await resolveSession(arg, { cwd, env: {} });
      assert.equal(s.id, 'log_20260131_101500_123456', arg);
      assert.equal(s.only, undefined);
    }
  });
  it('an absolute path to an attempt or a turn means that one attempt or turn of its session', async () => {
    const root = sessionOf('multi-turn-restart');
    const a = await resolveSession(path.join(root, 'turn_3', 'attempt_9'), { cwd: '/', env: {} });
    assert.equal(a.id, 'log_20260201_090000_000001');
    assert.deepEqual(a.only, { turn: 3, attempt: 9 });
    const t = await resolveSession(path.join(root, 'turn_2'), { cwd: '/', env: {} });
    assert.deepEqual(t.only, { turn: 2 });
  });
  it('says clearly what was not found', async () => {
    const cwd = await tempDir();
    await assert.rejects(
      resolveSession('log_nope', { cwd, home: cwd, env: {} }),
      (e: unknown) => e instanceof UserError && /no logs directory/.test(e.message),
    );
    await assert.rejects(
      resolveSession('./missing/dir', { cwd, env: {} }),
      (e: unknown) => e instanceof UserError && /not a directory/.test(e.message),
    );
    await assert.rejects(
      resolveSession(undefined, { cwd, home: cwd, env: {} }),
      (e: unknown) => e instanceof UserError && /No MassGen logs found/.test(e.message),
    );
  });
});

describe('layouts', () => {
  it('enumerates turn_N/attempt_M numerically, never as strings', async () => {
    const { attempts, layout } = await listAttempts(sessionOf('multi-turn-restart'));
    assert.equal(layout, 'attempts');
    assert.deepEqual(
      attempts.map((a) => `${a.turn}/${a.attempt}`),
      ['1/1', '1/2', '2/3', '3/9', '3/10'],
    );
  });
  it('reads 0.1.12-0.1.22 turns that hold files directly, with a restart attempt beside them', async () => {
    const { attempts, layout } = await listAttempts(sessionOf('legacy-0.1.2x'));
    assert.equal(layout, 'legacy');
    assert.deepEqual(
      attempts.map((a) => `${a.turn}/${a.attempt}/${a.implicit}`),
      ['1/1/true', '2/1/true', '2/2/false'],
    );
  });
  it('reads a flat single-run session as turn 1, attempt 1', async () => {
    const { attempts, layout } = await listAttempts(sessionOf('flat-single-run'));
    assert.equal(layout, 'flat');
    assert.deepEqual(
      attempts.map((a) => `${a.turn}/${a.attempt}/${a.relDir}`),
      ['1/1/'],
    );
  });
  it('sorts turn_10 after turn_9', async () => {
    const base = await tempDir();
    const tree = {};
    for (const t of [1, 2, 9, 10]) Object.assign(tree, under(`turn_${t}/attempt_${t}`, attemptTree(spec(t, t))));
    await writeTree(base, tree);
    const { attempts } = await listAttempts(base);
    assert.deepEqual(
      attempts.map((a) => a.turn),
      [1, 2, 9, 10],
    );
  });
  it('copyFixture keeps symlinks as links', async () => {
    const copy = await copyFixture('single-turn-0.1.45');
    assert.ok(copy.session.endsWith('log_20260131_101500_123456'));
  });
});
