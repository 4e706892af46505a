import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { after, before, beforeEach } from 'node:test';
import { createPrompter } from '../../src/adapters/prompt.js';
import type { CommandContext } from '../../src/commands/context.js';
import { main } from '../../src/main.js';
import { FakeGitHub, type RecordedRequest } from './fake-github.js';
import type { ChildProcess } from 'node:child_process';
import { attemptTree, under, writeTree, type Tree } from './session-builder.js';
import { onlyJson, runCli, tempDir } from './env.js';

/** A fake GitHub for the enclosing suite: started before its tests, stopped after them, emptied before each. */
export function fakeGitHubForSuite(): FakeGitHub {
  const fake = new FakeGitHub();
  before(async () => {
    await fake.start();
  });
  after(async () => {
    await fake.stop();
  });
  beforeEach(() => {
    fake.gists.clear();
    fake.requests.length = 0;
    fake.faults.length = 0;
  });
  return fake;
}

/**
 * A project (`<tmp>/proj`) with one session of `turns` turns, `files` small workspace files in
 * each (over 100 gist files make an upload a create and at least one PATCH); returns its
 * directory. Each file holds one line, `repeat` times; `extra` adds files to the session.
 */
export async function manyFilesProject(opts: {
  files: number;
  turns?: number;
  question?: string;
  repeat?: number;
  extra?: Tree;
  prefix?: string;
}): Promise<string> {
  const cwd = path.join(await tempDir(opts.prefix), 'proj');
  const ws: Record<string, string> = {};
  for (let i = 0; i < opts.files; i++)
    ws[`src/mod_${String(i).padStart(3, '0')}.ts`] = `export const v${i} = ${i};\n`.repeat(opts.repeat ?? 1);
  const tree: Tree = {};
  const turns = opts.turns ?? 1;
  for (let t = 1; t <= turns; t++) {
    const question = opts.question ?? `q${t}`;
    Object.assign(
      tree,
      under(
        `turn_${t}/attempt_${t}`,
        attemptTree({
          question,
          agents: ['agent_a'],
          winner: 'agent_a',
          finishReason: 'completed',
          start: 1769854500 + t * 100,
          cost: 1,
          inputTokens: 1,
          outputTokens: 1,
          attemptNumber: t,
          turnNumber: t,
          sessionName: 'log_x',
          workspace: () => ws,
        }),
      ),
    );
  }
  await writeTree(path.join(cwd, '.massgen', 'massgen_logs', 'log_20260301_090000_000001'), { ...tree, ...opts.extra });
  return cwd;
}

/**
 * For runCli's onSpawn: once the fake has seen a request that `seen` matches (looked for every
 * 10 ms), calls `then` with the child (to signal it mid-request).
 */
export function whenRequested(
  fake: FakeGitHub,
  seen: (q: RecordedRequest) => boolean,
  then: (child: ChildProcess) => void,
): (child: ChildProcess) => void {
  return (child) => {
    const poll = setInterval(() => {
      if (fake.requests.some(seen)) {
        clearInterval(poll);
        then(child);
      }
    }, 10);
    child.on('exit', () => clearInterval(poll));
  };
}

/** The environment for the real gh against a fake: its own config dir and HOME, fast retries. */
export async function ghEnv(fake: FakeGitHub, extra: NodeJS.ProcessEnv = {}): Promise<NodeJS.ProcessEnv> {
  const home = await tempDir('mgs-home-');
  await mkdir(path.join(home, 'gh'), { recursive: true });
  return {
    PATH: process.env.PATH,
    HOME: home,
    GH_CONFIG_DIR: path.join(home, 'gh'),
    MASSGEN_SHARE_RETRY_BASE_MS: '10',
    // 100 files a request: the suites' many-file sessions then take a create and PATCH batches.
    MASSGEN_SHARE_BATCH_FILES: '100',
    ...fake.env(),
    ...extra,
  };
}

export interface InProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process (so prompts can be answered through the library's injection). */
export async function runInProcess(
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; interactive: boolean; signal?: AbortSignal },
): Promise<InProcessResult> {
  let stdout = '';
  let stderr = '';
  const sink = new Writable({ write: (_c, _e, cb) => cb() });
  const ctx: CommandContext = {
    cwd: opts.cwd,
    env: opts.env,
    home: opts.env.HOME,
    stdout: { write: (s: string) => ((stdout += s), true) },
    stderr: { write: (s: string) => ((stderr += s), true), isTTY: false },
    now: () => new Date('2026-11-25T08:00:00Z'),
    interactive: opts.interactive,
    prompter: createPrompter(sink),
    signal: opts.signal,
  };
  const code = await main(args, ctx);
  return { code, stdout, stderr };
}

/**
 * A PATH whose `gh` logs its arguments to `log` (one line a call, `log` made by the first), then runs the real gh (or,
 * `broken`, fails as a broken install).
 */
export async function loggingGh(broken = false) {
  const dir = await tempDir('mgs-gh-wrap-');
  const log = path.join(dir, 'calls.log');
  const run = broken ? 'echo "gh: cannot execute" >&2; exit 1' : 'exec /usr/bin/gh "$@"';
  await writeFile(path.join(dir, 'gh'), `#!/bin/sh\necho "$*" >> "${log}"\n${run}\n`);
  await chmod(path.join(dir, 'gh'), 0o755);
  const calls = async () => (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  return { PATH: `${dir}:${process.env.PATH}`, calls, log };
}

/**
 * A manyFilesProject shared by the bin with every workspace file (`export --yes --json --workspace-limit 100MB`): the
 * project, the environment that reaches the fake, and the gist's id.
 */
export async function sharedProject(
  fake: FakeGitHub,
  opts: Parameters<typeof manyFilesProject>[0],
): Promise<{ cwd: string; env: NodeJS.ProcessEnv; id: string }> {
  const cwd = await manyFilesProject(opts);
  const env = await ghEnv(fake);
  const up = await runCli(['export', '--yes', '--json', '--workspace-limit', '100MB'], { cwd, env });
  if (up.code !== 0) throw new Error(`export --yes failed: ${up.stderr}`);
  return { cwd, env, id: onlyJson(up.stdout).gist_id as string };
}
