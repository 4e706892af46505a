/** What a command needs from the outside world; tests pass their own. */
export interface CommandContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(s: string): boolean };
  stderr: { write(s: string): boolean; isTTY?: boolean };
  now: () => Date;
  /** Home directory (for `~/.config/massgen/.env` and `~/.massgen`); os.homedir() when absent. */
  home?: string;
  /** Set by the command's handler. */
  exitCode?: number;
}
