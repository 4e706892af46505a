/** gh's own failures before any request: not installed, installed but not running, not logged in. */
import { UserError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { terminalSafe } from '../ui/terminal-safe.js';

/** `gh` is not on PATH. */
export class GhMissingError extends UserError {
  constructor() {
    super(
      'GitHub CLI (gh) not found: install it from https://cli.github.com/ (Debian/Ubuntu: apt install gh), run gh auth login, then try again.',
      ExitCode.GhMissing,
    );
  }
}

/** gh is installed but does not run: it crashed (a signal), could not start (ENOEXEC, EACCES) or failed on its own. */
export class GhBrokenError extends UserError {
  constructor(r: { code?: string; signal?: string; exitCode?: number; stderr: string; why?: string }) {
    const line = r.stderr
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean);
    const how = r.why
      ? r.why
      : r.signal
        ? `killed by ${r.signal}`
        : r.code
          ? `could not start: ${r.code}`
          : `exit ${r.exitCode}${line ? `: ${terminalSafe(line.slice(0, 200))}` : ''}`;
    super(
      `GitHub CLI (gh) failed to run (${how}): repair or reinstall it (https://cli.github.com/), then try again.`,
      ExitCode.GhMissing,
    );
  }
}

/** gh has no working login for the host. */
export class GhAuthError extends UserError {
  constructor(host: string, given?: string) {
    // gh's own advice ("… Run gh auth login to authenticate.") is dropped: ours follows, once.
    const detail = given?.replace(/[.\s]*(?:to log in, )?run:? gh auth login\b.*$/i, '').trim();
    super(
      `Not logged in to GitHub (${host})${detail ? `: ${detail}` : ''}. Run gh auth login${host === 'github.com' ? '' : ` --hostname ${host}`}, then try again.`,
      ExitCode.GhAuth,
    );
  }
}

/** gh's answer was larger than the bytes this call keeps: refused whole (not retried). */
export class GhOutputTooLargeError extends UserError {
  constructor(
    what: string,
    readonly limit: number,
  ) {
    super(`${what} failed: GitHub's answer is larger than ${limit} bytes, the most this call accepts; it was not used`);
    this.name = 'GhOutputTooLargeError';
  }
}
