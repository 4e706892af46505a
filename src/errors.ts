import { ExitCode, type ExitCodeValue } from './exit-codes.js';

/**
 * An error meant for the person at the terminal: its message is one clear line that
 * names what was wrong and what to do, and the CLI prints it without a stack trace.
 */
export class UserError extends Error {
  readonly exitCode: ExitCodeValue;
  constructor(message: string, exitCode: ExitCodeValue = ExitCode.Failure, options?: ErrorOptions) {
    super(message, options);
    this.name = 'UserError';
    this.exitCode = exitCode;
  }
}

/** A bad command line: exit code 2. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message, ExitCode.Usage);
    this.name = 'UsageError';
  }
}

/**
 * A deliberate "no" at a question (upload, make public, delete, the workspace's Cancel): not a
 * failure. Printed as a plain line (no `Error:`), exit 0. Ctrl-C or Esc stays a CancelledError (130).
 */
export class DeclinedError extends UserError {
  constructor(message: string) {
    super(message, ExitCode.Success);
    this.name = 'DeclinedError';
  }
}

export class CancelledError extends UserError {
  constructor(message = 'Cancelled.') {
    super(message, ExitCode.Cancelled);
    this.name = 'CancelledError';
  }
}

/** Short text for an unknown thrown value (errno errors keep their code). */
export function describeError(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    return code && !err.message.includes(code) ? `${code}: ${err.message}` : err.message;
  }
  return String(err);
}
