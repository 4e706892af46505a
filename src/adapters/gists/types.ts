/**
 * The one shape of a gist as the REST API returns it, and the one "not found" error. Every
 * command reads gists through the gist service (service.ts), which returns these.
 */
import { isGistId } from '../../core/gist-ref.js';
import { describeError, UserError } from '../../errors.js';

/** One file of a gist. `content` only comes with a single gist (GET gists/ID) and is cut at 1 MB (`truncated`). */
export interface GistResponseFile {
  filename?: string;
  content?: string;
  truncated?: boolean;
  size?: number;
  raw_url?: string;
}

/** A gist: one element of the list (GET gists), or a single gist (GET gists/ID). */
export interface GistResponse {
  id: string;
  description: string | null;
  public: boolean;
  files: Record<string, GistResponseFile> | null;
  html_url: string;
  created_at: string;
  updated_at: string;
}

/** A gist GitHub answers 404 for: it does not exist, or (for a change or a delete) it is someone else's. */
export class GistNotFoundError extends UserError {
  /** The short form, for a list of failures (`shares delete`). */
  readonly reason = 'not found (or not yours)';
  constructor(readonly id: string) {
    super(`Gist ${id} not found (or not yours): check the id with massgen shares list.`);
    this.name = 'GistNotFoundError';
  }
}

/** What went wrong with one gist, as a line in a list of failures. */
export const gistFailure = (err: unknown): string =>
  err instanceof GistNotFoundError ? err.reason : describeError(err);

/** The most files GitHub lists of a gist (its `files` map is cut there: gist-backend.md). */
export const API_FILES = 300;

/** Whether an object holds more than `n` keys (counted up to n + 1 only). */
function moreThan(o: object, n: number): boolean {
  let count = 0;
  for (const key in o) if (Object.hasOwn(o, key) && ++count > n) return true;
  return false;
}

/** The number of files a gist holds. */
export const fileCount = (g: Pick<GistResponse, 'files'>): number => Object.keys(g.files ?? {}).length;

/** A time as GitHub writes it (ISO 8601, `2026-01-05T10:00:00Z`); anything else is read as no time (''). */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

const time = (v: unknown): string =>
  typeof v === 'string' && ISO_TIME.test(v) && Number.isFinite(Date.parse(v)) ? v : '';

/**
 * A gist's page as GitHub names it (`https://gist.github.com/ID`, or a user's or an Enterprise host's path ending in
 * the id): plain URL characters only (gh writes a control character in its output as `^[`), else ''.
 */
function gistPage(v: unknown, id: string): string {
  if (typeof v !== 'string' || v.length > 2048 || !/^https?:\/\/[A-Za-z0-9._~:/-]+$/.test(v)) return '';
  return v.endsWith(`/${id}`) ? v : '';
}

/**
 * A gist from GitHub's answer with every field this tool reads in its type, or null for an entry
 * that is not a gist (a proxy's page, a broken or hostile answer): no command trusts the shape.
 */
export function asGist(raw: unknown): GistResponse | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const g = raw as Record<string, unknown>;
  // An id goes into API paths, the Viewer URL and printed lists: a gist's is hex (old ones decimal).
  if (typeof g.id !== 'string' || !isGistId(g.id)) return null;
  const files =
    g.files !== null && typeof g.files === 'object' && !Array.isArray(g.files)
      ? (g.files as Record<string, GistResponseFile>)
      : null;
  // GitHub lists at most API_FILES of a gist's files: more is no gist it served (attack 55: two million entries made a
  // pull walk them all, 1 GB and 12 s).
  if (files !== null && moreThan(files, API_FILES)) return null;
  return {
    id: g.id,
    description: typeof g.description === 'string' ? g.description : null,
    public: g.public === true,
    files,
    html_url: gistPage(g.html_url, g.id),
    created_at: time(g.created_at),
    updated_at: time(g.updated_at),
  };
}
