import type { AttemptInfo } from './turns.js';
import { sessionStatus } from './session-status.js';
import { MANIFEST_NAME } from './names.js';

const VIEWER_URL = 'https://massgen.github.io/MassGen-Viewer/';
export const viewerUrl = (gistId: string): string => `${VIEWER_URL}?gist=${gistId}`;

// In its own module: `shares pull` needs nothing else of this one.
export { parseGistRef } from './gist-ref.js';

/**
 * The gist description MassGen's exporter writes, so shares made by either tool are
 * recognisable: `MassGen: <question cut to 50 chars>`, `[ERROR] ` before it when the session
 * failed, ` (N turns)` after it for more than one turn (distinct turns, not attempts).
 */
export function gistDescription(attempts: readonly AttemptInfo[], turnCount: number): string {
  const question = attempts
    .find((a) => a.question)
    ?.question?.replace(/\s+/g, ' ')
    // A question cannot pass for the marker of an interrupted upload (`shares delete --partial` deletes by it).
    .replace(/\[(?=\s*partial upload)/gi, '(')
    .trim();
  let text = question
    ? `MassGen: ${question.length > 50 ? `${question.slice(0, 47)}...` : question}`
    : 'MassGen Session';
  if (sessionStatus(attempts) === 'error') text = `[ERROR] ${text}`;
  if (turnCount > 1) text += ` (${turnCount} turns)`;
  return text;
}

/** True for a gist made by massgen-share or MassGen: it carries the manifest, or MassGen's description. */
export function isMassgenShare(gist: { description?: string | null; files?: Record<string, unknown> | null }): boolean {
  if (gist.files && MANIFEST_NAME in gist.files) return true;
  return /^(?:\[ERROR\] )?MassGen(?::| Session)/.test(gist.description ?? '');
}

interface Sized {
  name: string;
  bytes: number;
}

/**
 * Splits files into upload batches: each request carries at most `maxBytes` of content and
 * `maxFiles` files (a single larger file goes alone). Order is kept.
 */
export function planBatches<T extends Sized>(files: readonly T[], maxBytes: number, maxFiles: number): T[][] {
  const batches: T[][] = [];
  let cur: T[] = [];
  let bytes = 0;
  for (const f of files) {
    if (cur.length > 0 && (bytes + f.bytes > maxBytes || cur.length >= maxFiles)) {
      batches.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(f);
    bytes += f.bytes;
  }
  if (cur.length > 0) batches.push(cur);
  return batches;
}
