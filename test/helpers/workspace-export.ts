/**
 * Exports a one-agent session whose workspace holds `files` to a folder, with `--json`, and reads back what went out:
 * the workspace paths shared and left out (with their reasons), every file written, and what the CLI printed.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli, tempDir } from './env.js';
import { oneAgentAttempt, under, writeTree, type Content } from './session-builder.js';

export interface WorkspaceExport {
  /** Workspace-relative paths that went out. */
  shared: string[];
  /** Workspace-relative paths left out, with their reasons. */
  leftOut: Map<string, string>;
  /** Gist file name → text, for every file written. */
  written: Map<string, string>;
  stdout: string;
  stderr: string;
}

/** Writes a one-agent session whose workspace holds `files` under a new temp dir (`base`); `root` is its log dir. */
export async function workspaceSession(
  files: Record<string, Content>,
  opts: { tag: string; question: string },
): Promise<{ base: string; root: string }> {
  const base = await tempDir(`mgs-${opts.tag}-`);
  const session = 'log_20260401_120000_000010';
  const root = path.join(base, '.massgen', 'massgen_logs', session);
  await writeTree(
    root,
    under(
      'turn_1/attempt_1',
      oneAgentAttempt({ question: opts.question, sessionName: session, workspace: () => files }),
    ),
  );
  return { base, root };
}

export async function exportWorkspace(
  files: Record<string, Content>,
  opts: { tag: string; question: string; timeoutMs?: number },
): Promise<WorkspaceExport> {
  const { base, root } = await workspaceSession(files, opts);
  const out = path.join(await tempDir(`mgs-${opts.tag}-out-`), 'o');
  const res = await runCli(['export', root, '--output', out, '--json'], {
    cwd: base,
    env: { HOME: base },
    ...(opts.timeoutMs === undefined ? {} : { timeoutMs: opts.timeoutMs }),
  });
  assert.equal(res.code, 0, res.stderr);
  const doc = JSON.parse(res.stdout) as {
    plan: { files: { path: string }[] };
    left_out?: { path: string; reason: string }[];
  };
  const ws = (p: string): string => p.slice(p.indexOf('workspace/') + 'workspace/'.length);
  const written = new Map<string, string>();
  for (const n of await readdir(out)) written.set(n, await readFile(path.join(out, n), 'utf8'));
  return {
    shared: doc.plan.files.map((f) => ws(f.path)),
    leftOut: new Map((doc.left_out ?? []).map((l) => [ws(l.path), l.reason])),
    written,
    stdout: res.stdout,
    stderr: res.stderr,
  };
}
