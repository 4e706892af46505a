import type { GhOptions } from '../adapters/gh.js';
import type { Prompter } from '../adapters/prompt.js';

/** What a command needs from the outside world; tests pass their own. */
export interface CommandContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(s: string): boolean; isTTY?: boolean };
  stderr: { write(s: string): boolean; isTTY?: boolean };
  now: () => Date;
  /** Home directory (for `~/.config/massgen/.env` and `~/.massgen`); os.homedir() when absent. */
  home?: string;
  /** True when a person can answer prompts: stdin and stderr are terminals and CI is not set. */
  interactive: boolean;
  /** Asks the questions (prompts on stderr); tests answer through the library's injection. */
  prompter: Prompter;
  /** Aborted on Ctrl-C: long work stops and cleans up (partial gists are deleted). */
  signal?: AbortSignal;
  /** Set by the command's handler. */
  exitCode?: number;
}

/** A note on `stderr` before gh waits as GitHub asked to try a request again (Retry-After: up to a minute a try). */
export const retryNote =
  (stderr: { write(s: string): boolean }) =>
  (waitMs: number, attempt: number, of: number): void => {
    stderr.write(
      `GitHub asked to wait (a rate limit): trying again in ${Math.round(waitMs / 1000)} s (try ${attempt} of ${of}).\n`,
    );
  };

/** A note on `stderr` while a request waits for GitHub's answer. */
export const slowNote =
  (stderr: { write(s: string): boolean }) =>
  (what: string, waitedS: number, timeoutS: number): void => {
    stderr.write(`Still waiting for GitHub: ${what} (${waitedS} s; the request timeout is ${timeoutS} s).\n`);
  };

/** gh's options for a command: its environment, its Ctrl-C, and a note before each wait GitHub asks for. */
export const ghOptions = (ctx: CommandContext): GhOptions => ({
  env: ctx.env,
  signal: ctx.signal,
  onRetry: retryNote(ctx.stderr),
  onSlow: slowNote(ctx.stderr),
});
