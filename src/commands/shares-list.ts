import { Gh } from '../adapters/gh.js';
import { readRecords, recordPath, type ShareRecord } from '../adapters/shares-record.js';
import { findLogsDir } from '../core/session.js';
import { isMassgenShare, viewerUrl } from '../core/share.js';
import { UsageError } from '../errors.js';
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
  const { records } = await localRecords(ctx, opts.logsDir);
  const sessionOf = (id: string): string | null => records.find((r) => r.gist_id === id)?.session_id ?? null;
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify({
      shares: shown.map((g) => ({
        id: g.id, description: g.description ?? '', files: Object.keys(g.files ?? {}).length, public: g.public,
        created_at: g.created_at, updated_at: g.updated_at, gist_url: g.html_url, viewer_url: viewerUrl(g.id), session: sessionOf(g.id),
      })),
    }, null, 2)}\n`);
    return 0;
  }
  if (shown.length === 0) {
    ctx.stderr.write('No MassGen shares found. Share a session with: massgen export\n');
    return 0;
  }
  for (const g of shown) {
    const files = Object.keys(g.files ?? {}).length;
    const session = sessionOf(g.id);
    ctx.stdout.write(`${g.id}  ${g.updated_at.replace('T', ' ').slice(0, 16)}  ${String(files).padStart(3)} file${files === 1 ? ' ' : 's'}  ${g.public ? 'public' : 'secret'}  ${g.description ?? ''}\n`);
    ctx.stdout.write(`    ${viewerUrl(g.id)}${session ? `  (from ${session})` : ''}\n`);
  }
  if (!opts.all && shares.length > shown.length) ctx.stderr.write(`Showing the newest ${shown.length}; pass --all for every share.\n`);
  return 0;
}
