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
