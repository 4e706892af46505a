/**
 * The one shape of a gist as the REST API returns it, and the one "not found" error. Every
 * command reads gists through the gist service (service.ts), which returns these.
 */
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

/** The number of files a gist holds. */
export const fileCount = (g: Pick<GistResponse, 'files'>): number => Object.keys(g.files ?? {}).length;

/**
 * A gist from GitHub's answer with every field this tool reads in its type, or null for an entry
 * that is not a gist (a proxy's page, a broken or hostile answer): no command trusts the shape.
 */
export function asGist(raw: unknown): GistResponse | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const g = raw as Record<string, unknown>;
  if (typeof g.id !== 'string') return null;
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  const files =
    g.files !== null && typeof g.files === 'object' && !Array.isArray(g.files)
      ? (g.files as Record<string, GistResponseFile>)
      : null;
  return {
    id: g.id,
    description: typeof g.description === 'string' ? g.description : null,
    public: g.public === true,
    files,
    html_url: text(g.html_url),
    created_at: text(g.created_at),
    updated_at: text(g.updated_at),
  };
}
