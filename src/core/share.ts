import { UsageError } from '../errors.js';
import type { AttemptInfo } from './turns.js';
import { sessionStatus } from './manifest.js';
import { MANIFEST_NAME } from './names.js';

export const VIEWER_URL = 'https://massgen.github.io/MassGen-Viewer/';
export const viewerUrl = (gistId: string): string => `${VIEWER_URL}?gist=${gistId}`;

/**
 * Reads a gist id from what people paste: a bare id, a gist URL (`https://gist.github.com/USER/ID`,
 * with or without `.git` or a revision), an API URL, or a Viewer link (`…/MassGen-Viewer/?gist=ID`).
 */
export function parseGistRef(ref: string): string {
  const text = ref.trim();
  if (/^[0-9a-f]{20,40}$/i.test(text) || /^[A-Za-z0-9]{6,64}$/.test(text)) return text;
  try {
    const url = new URL(text);
    const q = url.searchParams.get('gist');
    if (q && /^[A-Za-z0-9]+$/.test(q)) return q;
    const parts = url.pathname
      .split('/')
      .filter(Boolean)
      .map((p) => p.replace(/\.git$/, ''));
    const gi = parts.indexOf('gists');
    const candidates = gi >= 0 ? [parts[gi + 1]] : url.hostname.startsWith('gist.') ? [parts[1], parts[0]] : [];
    const id = candidates.find((c) => c && /^[A-Za-z0-9]{6,64}$/.test(c));
    if (id) return id;
  } catch {
    // not a URL
  }
  throw new UsageError(
    `"${ref}" is not a gist id or URL. Pass an id (as \`massgen shares list\` shows) or a gist or Viewer link.`,
  );
}

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

export interface Sized {
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
