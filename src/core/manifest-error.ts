import { UserError } from '../errors.js';
import { terminalSafe } from '../ui/terminal-safe.js';

/** A manifest that does not have the one shape: the message names the field and the problem. */
export class ManifestError extends UserError {
  constructor(problem: string) {
    super(`The share's ${'_session_manifest.json'} is invalid: ${problem}; nothing was written.`);
    this.name = 'ManifestError';
  }
}

/** A value from the share as an error shows it: escaped, and a long one shortened in the middle. */
export const show = (s: string): string =>
  `"${terminalSafe(s.length > 160 ? `${s.slice(0, 80)}…${s.slice(-60)} (${s.length} characters)` : s)}"`;
