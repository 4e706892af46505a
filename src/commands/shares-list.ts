import { Gh } from '../adapters/gh.js';
import { clearPending, partialUploadId, readPending, readRecords, recordPath, type PendingUpload, type ShareRecord } from '../adapters/shares-record.js';
import { findLogsDir } from '../core/session.js';
import { isMassgenShare, viewerUrl } from '../core/share.js';
import { UsageError } from '../errors.js';
import { jsonTerminalSafe, terminalSafe } from '../ui/terminal-safe.js';
import type { CommandContext } from './context.js';

export interface SharesListOptions {
  json: boolean;
  limit: number;
  all: boolean;
  logsDir?: string;
}

interface ApiGist {
  id: string;
  description: string | null;
  public: boolean;
  files: Record<string, unknown>;
  html_url: string;
  created_at: string;
  updated_at: string;
}

/** The local share records this machine knows: beside the nearest logs, and under ~/.massgen. */
export async function localRecords(ctx: CommandContext, logsDir?: string): Promise<{ files: string[]; records: ShareRecord[] }> {
  const found = await findLogsDir({ cwd: ctx.cwd, logsDir, env: ctx.env, home: ctx.home });
  const files = [...new Set([recordPath(found.dir, ctx.home), recordPath(undefined, ctx.home)])];
  const records = (await Promise.all(files.map(readRecords))).flat();
  return { files, records };
}

/** Uploads noted in the local records and never finished (a killed export), with the record they are in. */
export async function pendingUploads(files: readonly string[]): Promise<{ file: string; upload: PendingUpload }[]> {
  return (await Promise.all(files.map(async (file) => (await readPending(file)).map((upload) => ({ file, upload }))))).flat();
}

/** A pending note with no gist this old is dropped: its export was killed before GitHub stored anything. */
const STALE_PENDING_MS = 60 * 60 * 1000;

/** `massgen shares list`: the user's MassGen shares, newest first, from the gists API (paged). */
export async function runSharesList(opts: SharesListOptions, ctx: CommandContext): Promise<number> {
  if (!opts.all && (!Number.isInteger(opts.limit) || opts.limit < 1)) throw new UsageError(`--limit must be a whole number of at least 1 (got ${opts.limit}); or pass --all.`);
  const gh = new Gh({ env: ctx.env, signal: ctx.signal });
  await gh.version();
  await gh.authStatus();
  const shares: ApiGist[] = [];
  for (let page = 1; ; page++) {
    const gists = await gh.json<ApiGist[]>('GET', `gists?per_page=100&page=${page}`, 'Listing your gists');
    shares.push(...gists.filter(isMassgenShare));
    if (gists.length < 100 || (!opts.all && shares.length >= opts.limit)) break;
  }
  shares.sort((a, b) => b.updated_at.localeCompare(a.updated_at));
  const shown = opts.all ? shares : shares.slice(0, opts.limit);
  const { records, files: recordFiles } = await localRecords(ctx, opts.logsDir);
  const pending = await pendingUploads(recordFiles);
  const sessionOf = (g: ApiGist): string | null => records.find((r) => r.gist_id === g.id)?.session_id
    ?? pending.find((p) => p.upload.upload_id === partialUploadId(g.description))?.upload.session_id ?? null;
  // Partial uploads: gists still carrying the marker their export removes when it completes.
  const partial = shares.filter((g) => partialUploadId(g.description) !== null);
  const seen = new Set(partial.map((g) => partialUploadId(g.description)));
  const waiting = pending.filter((p) => !seen.has(p.upload.upload_id));
  const now = ctx.now().getTime();
  const stale = waiting.filter((p) => now - Date.parse(p.upload.started_at) > STALE_PENDING_MS);
  await Promise.all([...new Set(stale.map((p) => p.file))].map((f) => clearPending(f, stale.filter((p) => p.file === f).map((p) => p.upload.upload_id)).catch(() => undefined)));
  const unfinished = waiting.filter((p) => !stale.includes(p));
  if (opts.json) {
    ctx.stdout.write(`${jsonTerminalSafe(JSON.stringify({
      shares: shown.map((g) => ({
        id: g.id, description: g.description ?? '', files: Object.keys(g.files ?? {}).length, public: g.public,
        created_at: g.created_at, updated_at: g.updated_at, gist_url: g.html_url, viewer_url: viewerUrl(g.id), session: sessionOf(g),
        partial: partialUploadId(g.description) !== null,
      })),
      partial: partial.map((g) => g.id),
      unfinished_uploads: unfinished.map((p) => ({ session: p.upload.session_id, started_at: p.upload.started_at })),
    }, null, 2))}\n`);
    return 0;
  }
  if (shown.length === 0) ctx.stderr.write('No MassGen shares found. Share a session with: massgen export\n');
  for (const g of shown) {
    const files = Object.keys(g.files ?? {}).length;
    const session = sessionOf(g);
    const kind = partialUploadId(g.description) !== null ? 'PARTIAL' : g.public ? 'public' : 'secret';
    ctx.stdout.write(`${terminalSafe(g.id)}  ${terminalSafe(g.updated_at.replace('T', ' ').slice(0, 16))}  ${String(files).padStart(3)} file${files === 1 ? ' ' : 's'}  ${kind}  ${terminalSafe(g.description ?? '')}\n`);
    ctx.stdout.write(`    ${viewerUrl(terminalSafe(g.id))}${session ? `  (from ${terminalSafe(session)})` : ''}\n`);
  }
  if (partial.length > 0) {
    ctx.stderr.write(`${partial.length} partial upload${partial.length === 1 ? '' : 's'} (an export was interrupted before its last file): remove ${partial.length === 1 ? 'it' : 'them'} with massgen shares delete --partial\n`);
  }
  for (const p of unfinished) {
    ctx.stderr.write(`An upload of ${terminalSafe(p.upload.session_id)} started at ${terminalSafe(p.upload.started_at)} has not finished: it is still running, or was stopped before GitHub stored anything (run this again later).\n`);
  }
  if (!opts.all && shares.length > shown.length) ctx.stderr.write(`Showing the newest ${shown.length}; pass --all for every share.\n`);
  return 0;
}
