/** Every exit code the CLI uses, in one place (documented in the README). */
export const ExitCode = {
  Success: 0,
  /** Something went wrong: a missing session, an unreadable input, a failed write. */
  Failure: 1,
  /** The command line itself was wrong: a bad flag value, an out-of-range --turns, a missing --yes. */
  Usage: 2,
  /** The GitHub CLI (gh) is not installed or not on PATH, or is there but does not run (crashes, cannot start). */
  GhMissing: 3,
  /** gh is not logged in (gh itself uses 4 for this). */
  GhAuth: 4,
  /** The user cancelled at a prompt or with Ctrl-C. */
  Cancelled: 130,
  /** Standard output was closed by its reader (`| head`): 128 + SIGPIPE, as other Unix tools end. */
  BrokenPipe: 141,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
