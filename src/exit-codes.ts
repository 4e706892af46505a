/** Every exit code the CLI uses, in one place (documented in the README). */
export const ExitCode = {
  Success: 0,
  /** Something went wrong: a missing session, an unreadable input, a failed write. */
  Failure: 1,
  /** The command line itself was wrong: a bad flag value, an out-of-range --turns. */
  Usage: 2,
  /** The user cancelled at a prompt or with Ctrl-C. */
  Cancelled: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
