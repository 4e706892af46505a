import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createPrompter } from '../../src/adapters/prompt.js';
import type { CommandContext } from '../../src/commands/context.js';
import { main } from '../../src/main.js';
import type { FakeGitHub } from './fake-github.js';
import { tempDir } from './env.js';

/** The environment for the real gh against a fake: its own config dir and HOME, fast retries. */
export async function ghEnv(fake: FakeGitHub, extra: NodeJS.ProcessEnv = {}): Promise<NodeJS.ProcessEnv> {
  const home = await tempDir('mgs-home-');
  await mkdir(path.join(home, 'gh'), { recursive: true });
  return { PATH: process.env.PATH, HOME: home, GH_CONFIG_DIR: path.join(home, 'gh'), MASSGEN_SHARE_RETRY_BASE_MS: '10', ...fake.env(), ...extra };
}

export interface InProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process (so prompts can be answered through the library's injection). */
export async function runInProcess(args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; interactive: boolean; signal?: AbortSignal }): Promise<InProcessResult> {
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
