import type { TextFilterFactory } from '../core/content.js';

/** What a command needs from the outside world; tests pass their own. */
export interface CommandContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(s: string): boolean };
  stderr: { write(s: string): boolean; isTTY?: boolean };
  now: () => Date;
  /** The text filter applied to everything that goes out (the redactor). */
  filter?: TextFilterFactory;
  /** Set by the command's handler. */
  exitCode?: number;
}
