import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { selectAttempts } from '../src/core/stages/select.js';
import { buildManifest, MANIFEST_BUDGET, sessionStatus } from '../src/core/manifest.js';
import type { ExportPlan, LeftOut, PlannedFile } from '../src/core/plan.js';
import { describeAttempt } from '../src/core/turns.js';
import { renderDetails } from '../src/ui/report.js';
import { stylerFor } from '../src/ui/style.js';
import { copyFixture, FIXTURE_SESSIONS, sessionOf } from './helpers/env.js';

const session = (scenario: keyof typeof FIXTURE_SESSIONS, root = sessionOf(scenario)) => ({
  root,
  id: FIXTURE_SESSIONS[scenario],
});

/** An empty plan's accounting. */
const noAccounting = (): ExportPlan['accounting'] => ({
  walked: 0,
  uploaded: 0,
  archived: 0,
  leftOut: 0,
  excludedDirs: 0,
  links: 0,
  otherEntries: 0,
  sessionFiles: 0,
  sessionSymlinks: 0,
  fates: {},
  symlinkFates: {},
  redacted: 0,
});

describe('turns, attempts and status', () => {
  it("counts turns as distinct N, not attempts: latest is the last turn's latest attempt", async () => {
    const sel = await selectAttempts({ session: session('multi-turn-restart'), turns: 'latest' });
    assert.deepEqual(sel.availableTurns, [1, 2, 3]);
    assert.deepEqual(
      sel.attempts.map((a) => `${a.turn}/${a.attempt}`),
      ['3/10'],
    );
    const all = await selectAttempts({ session: session('multi-turn-restart') });
    assert.deepEqual(
      all.attempts.map((a) => `${a.turn}/${a.attempt}`),
      ['1/2', '2/3', '3/10'],
    );
  });
  it('marks superseded attempts restarted and reads status from finish_reason and is_complete', async () => {
    const sel = await selectAttempts({ session: session('multi-turn-restart'), attempts: 'all' });
    assert.deepEqual(
      sel.attempts.map((a) => `${a.turn}/${a.attempt}:${a.status}`),
      ['1/1:restarted', '1/2:complete', '2/3:complete', '3/9:restarted', '3/10:complete'],
    );
    assert.equal(sel.attempts[0]!.question, 'Write a CLI that counts words');
    assert.equal(sel.attempts[2]!.winner, 'agent_a');
  });
  it("reads an error session whose first agent's error is null (MassGen's exporter crashes here)", async () => {
    const sel = await selectAttempts({ session: session('error-session') });
    const a = sel.attempts[0]!;
    assert.equal(a.status, 'error');
    assert.deepEqual(a.error, {
      type: 'timeout',
      message: 'Agent timed out after 300s',
      timestamp: 1770033680,
      agent_id: 'agent_b',
    });
    assert.equal(sessionStatus(sel.attempts), 'error');
  });
  it('a missing status.json is interrupted with a warning; a malformed one is a warning, never a crash', async () => {
    const copy = await copyFixture('single-turn-0.1.45');
    const dir = path.join(copy.session, 'turn_1', 'attempt_1');
    await writeFile(path.join(dir, 'status.json'), '{"finish_reason": "completed", trunc');
    const warnings: string[] = [];
    const ref = { turn: 1, attempt: 1, dir, relDir: 'turn_1/attempt_1', implicit: false };
    const a = await describeAttempt(ref, 1, 1, (w) => warnings.push(w));
    assert.equal(a.status, 'interrupted');
    assert.equal(a.question, 'Build a landing page for a coffee shop', 'question falls back to metrics_summary.json');
    assert.match(warnings.join('\n'), /status\.json is not valid JSON/);
    await writeFile(path.join(dir, 'metrics_summary.json'), '[1,2]');
    await writeFile(path.join(dir, 'status.json'), '');
    const warnings2: string[] = [];
    const b = await describeAttempt(ref, 1, 1, (w) => warnings2.push(w));
    assert.equal(
      b.question,
      'Build a landing page for a coffee shop',
      'question falls back to execution_metadata.yaml',
    );
    assert.match(warnings2.join('\n'), /status\.json is empty/);
    assert.match(warnings2.join('\n'), /metrics_summary\.json is not a JSON object/);
  });
  it('an in-progress final attempt with no winner is interrupted, not complete', async () => {
    const copy = await copyFixture('single-turn-0.1.45');
    const dir = path.join(copy.session, 'turn_1', 'attempt_1');
    await writeFile(
      path.join(dir, 'status.json'),
      JSON.stringify({
        finish_reason: 'in_progress',
        is_complete: false,
        meta: { question: 'q' },
        results: { winner: null },
        rounds: { by_outcome: { error: 0, timeout: 0 } },
        agents: { agent_a: { error: null } },
      }),
    );
    const a = await describeAttempt(
      { turn: 1, attempt: 1, dir, relDir: 'turn_1/attempt_1', implicit: false },
      1,
      1,
      () => {},
    );
    assert.equal(a.status, 'interrupted');
  });
  it('the manifest sums cost and tokens over the selected attempts (MassGen writes 0)', async () => {
    const sel = await selectAttempts({ session: session('multi-turn-restart'), attempts: 'all' });
    const plan = {
      version: 1 as const,
      session: { ...session('multi-turn-restart'), layout: sel.layout },
      availableTurns: sel.availableTurns,
      selectedTurns: sel.selectedTurns,
      attempts: sel.attempts,
      files: [],
      links: [],
      leftOut: [],
      workspacesOverLimit: [],
      archiveParts: 0,
      archiveBytesEstimate: 0,
      limits: { maxFiles: 300, maxFileSize: 1e7, maxTotalSize: 1e8, workspaceLimit: 5e5, includeWorkspace: true },
      walkedFiles: 0,
      accounting: noAccounting(),
      redactions: { total: 0, byRule: {}, byFile: {}, findings: [], withheld: [], secretFiles: [] },
      warnings: [],
    };
    const m = buildManifest(plan, {
      exporter: { name: 'x', version: '1' },
      createdAt: new Date(0),
      archive: null,
    }) as any;
    assert.equal(m.total_cost, 0.92);
    assert.deepEqual(m.total_tokens, { input: 350000, output: 20500, reasoning: 500 });
    assert.equal(m.turn_count, 3);
    assert.equal(m.attempt_count, 5);
    assert.equal(m.status, 'complete');
    assert.equal(m.question, 'Write a CLI that counts words');
    assert.equal(m.winner, 'agent_b');
    assert.equal(m.turns.length, 5);
    assert.equal(m.error, undefined);
  });
  it('the manifest lists every left-out file while it fits its budget, else summarises them', async () => {
    const sel = await selectAttempts({ session: session('multi-turn-restart') });
    const plan = {
      version: 1 as const,
      session: { ...session('multi-turn-restart'), layout: sel.layout },
      availableTurns: sel.availableTurns,
      selectedTurns: sel.selectedTurns,
      attempts: sel.attempts,
      files: [],
      links: [],
      leftOut: [] as LeftOut[],
      workspacesOverLimit: [],
      archiveParts: 0,
      archiveBytesEstimate: 0,
      limits: { maxFiles: 300, maxFileSize: 1e7, maxTotalSize: 1e8, workspaceLimit: 5e5, includeWorkspace: true },
      walkedFiles: 0,
      accounting: noAccounting(),
      redactions: { total: 0, byRule: {}, byFile: {}, findings: [], withheld: [], secretFiles: [] },
      warnings: [],
    };
    const leftOut = (n: number): LeftOut[] =>
      Array.from({ length: n }, (_, i) => ({
        path: `turn_1/attempt_1/agent_a/ws/src/file_${i}.js`,
        isDir: false,
        kind: 'file' as const,
        bytes: i,
        reason: 'over --workspace-limit for agent_a in turn 1',
      }));
    const opts = { exporter: { name: 'x', version: '1' }, createdAt: new Date(0), archive: null };
    const few = buildManifest({ ...plan, leftOut: leftOut(100) }, opts) as any;
    assert.equal(few.left_out.length, 100);
    assert.deepEqual(few.left_out[7], {
      path: 'turn_1/attempt_1/agent_a/ws/src/file_7.js',
      reason: 'over --workspace-limit for agent_a in turn 1',
      bytes: 7,
    });
    const many = buildManifest({ ...plan, leftOut: leftOut(50_000) }, opts) as any;
    assert.equal(many.left_out.count, 50_000);
    assert.deepEqual(many.left_out.by_reason, { 'over --workspace-limit for agent_a in turn 1': 50_000 });
    assert.equal(many.left_out.largest.length, 100);
    assert.equal(many.left_out.largest[0].bytes, 49_999);
    assert.ok(Buffer.byteLength(JSON.stringify(many)) <= MANIFEST_BUDGET);
    // Archive members: listed while they fit, else the first thousand and the count.
    const members = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        path: `turn_1/attempt_1/agent_a/ws/data/blob_${i}.bin`,
        placement: 'archive',
        kind: 'binary',
        bytes: 10,
        size: 10,
        sha256: 'a'.repeat(64),
        reason: 'binary file',
      })) as unknown as PlannedFile[];
    const archive = { parts: ['_archive.zip.b64.part001'], bytes: 100, sha256: 'b'.repeat(64) };
    const listed = buildManifest({ ...plan, files: members(10) }, { ...opts, archive }) as any;
    assert.equal(listed.archive.members.length, 10);
    assert.equal(listed.archive.members_truncated, undefined);
    const cut = buildManifest(
      { ...plan, files: members(20_000), leftOut: leftOut(50_000) },
      { ...opts, archive },
    ) as any;
    assert.equal(cut.left_out.count, 50_000);
    assert.equal(cut.archive.members_count, 20_000);
    assert.equal(cut.archive.members.length, 1000);
    assert.equal(cut.archive.members_truncated, true);
  });
  it('the report lists hundreds of thousands of findings with --verbose (no spread into push)', async () => {
    const sel = await selectAttempts({ session: session('multi-turn-restart') });
    const findings = Array.from({ length: 300_000 }, (_, i) => ({
      file: `turn_1/attempt_1/f${i % 1000}.log`,
      line: i,
      rule: 'openai-api-key',
    }));
    const plan = {
      version: 1 as const,
      session: { ...session('multi-turn-restart'), layout: sel.layout },
      availableTurns: sel.availableTurns,
      selectedTurns: sel.selectedTurns,
      attempts: sel.attempts,
      files: [],
      links: [],
      leftOut: [],
      workspacesOverLimit: [],
      archiveParts: 0,
      archiveBytesEstimate: 0,
      limits: { maxFiles: 300, maxFileSize: 1e7, maxTotalSize: 1e8, workspaceLimit: 5e5, includeWorkspace: true },
      walkedFiles: 0,
      accounting: noAccounting(),
      redactions: {
        total: findings.length,
        byRule: { 'openai-api-key': findings.length },
        byFile: {},
        findings,
        withheld: [],
        secretFiles: [],
      },
      warnings: [],
    };
    const lines = [...renderDetails(plan, stylerFor({ isTTY: false }, {}), true)];
    assert.equal(
      lines.filter((l) => l.endsWith('openai-api-key') && l.startsWith('  turn_1/')).length,
      findings.length,
    );
  });
});
