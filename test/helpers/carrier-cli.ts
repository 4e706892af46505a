import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { onlyJson, runCli, tempDir } from './env.js';
import { oneAgentAttempt, type Tree, under, writeTree } from './session-builder.js';

/**
 * Exports (dry run, --json, by the real CLI) a session whose agent wrote `withSecret` and `clean`
 * to agent_outputs/, and checks that each of the first is left out with a reason matching
 * `reason`, each of the second planned byte for byte; the CLI prints no warning.
 */
export async function assertCarriersThroughCli(
  withSecret: Record<string, Buffer>,
  clean: Record<string, Buffer>,
  reason: RegExp,
): Promise<void> {
  const cwd = path.join(await tempDir(), 'project');
  const extra: Tree = {};
  for (const [name, buf] of Object.entries({ ...withSecret, ...clean })) extra[`agent_outputs/${name}`] = buf;
  const session = 'log_20260301_100000_000017';
  const tree = oneAgentAttempt({ question: 'Write the report', sessionName: session, extra });
  await writeTree(path.join(cwd, '.massgen', 'massgen_logs', session), under('turn_1/attempt_1', tree));
  const res = await runCli(['export', '--dry-run', '--json'], { cwd, env: { HOME: cwd } });
  assert.equal(res.code, 0, res.stderr);
  assert.doesNotMatch(res.stderr, /Warning/);
  const doc = onlyJson(res.stdout);
  const leftOut = new Map<string, string>(
    doc.left_out.map((l: { path: string; reason: string }) => [path.basename(l.path), l.reason]),
  );
  for (const name of Object.keys(withSecret)) assert.match(leftOut.get(name) ?? 'not left out', reason, name);
  const files = new Map<string, { sha256: string }>(
    doc.plan.files.map((f: { path: string; sha256: string }) => [path.basename(f.path), f]),
  );
  for (const [name, buf] of Object.entries(clean))
    assert.equal(files.get(name)?.sha256, createHash('sha256').update(buf).digest('hex'), name);
}
