import { GistService } from '../adapters/gists/service.js';
import { fileCount, type GistResponse } from '../adapters/gists/types.js';
import {
  clearPending,
  localRecords,
  partialUploadId,
  pendingUploads,
  type PendingUpload,
} from '../adapters/shares-record.js';
import { isMassgenShare, viewerUrl } from '../core/share.js';
import { UsageError } from '../errors.js';
import { jsonTerminalSafe, terminalSafe } from '../ui/terminal-safe.js';
import { ghOptions, type CommandContext } from './context.js';
import { pushAll } from '../core/lists.js';

interface SharesListOptions {
  json: boolean;
  /** A whole number of at least 1 (the flag's text, or a number when called directly). */
  limit: number | string;
  all: boolean;
  logsDir?: string;
}

/** The options once `--limit` is checked. */
type Checked = SharesListOptions & { limit: number };

/** A pending note with no gist this old is dropped: its export was killed before GitHub stored anything. */
const STALE_PENDING_MS = 60 * 60 * 1000;

/** What the listing shows: the shares, which are partial, where each came from, and the uploads never finished. */
interface Listing {
  shares: GistResponse[];
  shown: GistResponse[];
  partial: GistResponse[];
  unfinished: { file: string; upload: PendingUpload }[];
  sessionOf: (g: GistResponse) => string | null;
}

const isPartial = (g: GistResponse): boolean => partialUploadId(g.description) !== null;

/**
 * The MassGen shares among the user's gists, page by page, stopping once `limit` are found (unless all). The first
 * page is asked for while gh is checked.
 */
async function fetchShares(ctx: CommandContext, opts: Checked): Promise<GistResponse[]> {
  const shares: GistResponse[] = [];
  let pages: AsyncGenerator<GistResponse[]> | undefined;
  const [, first] = await GistService.connectWith(ghOptions(ctx), (gists) => {
    pages = gists.pages();
    return pages.next();
  });
  for (let page = first; !page.done; page = await pages!.next()) {
    pushAll(shares, page.value.filter(isMassgenShare));
    if (!opts.all && shares.length >= opts.limit) break;
  }
  return shares.sort((a, b) => b.updated_at.localeCompare(a.updated_at));
}

/** Joins the shares with the local record; drops pending notes older than an hour that no gist carries. */
async function listing(shares: GistResponse[], opts: Checked, ctx: CommandContext): Promise<Listing> {
  const shown = opts.all ? shares : shares.slice(0, opts.limit);
  const { records, files: recordFiles, warnings } = await localRecords(ctx, opts.logsDir);
  for (const w of warnings) ctx.stderr.write(`Warning: ${terminalSafe(w)}\n`);
  const pending = await pendingUploads(recordFiles);
  const sessionOf = (g: GistResponse): string | null =>
    records.find((r) => r.gist_id === g.id)?.session_id ??
    pending.find((p) => p.upload.upload_id === partialUploadId(g.description))?.upload.session_id ??
    null;
  // Partial uploads: gists still carrying the marker their export removes when it completes.
  const partial = shares.filter(isPartial);
  const seen = new Set(partial.map((g) => partialUploadId(g.description)));
  const waiting = pending.filter((p) => !seen.has(p.upload.upload_id));
  const now = ctx.now().getTime();
  const stale = waiting.filter((p) => now - Date.parse(p.upload.started_at) > STALE_PENDING_MS);
  await Promise.all(
    [...new Set(stale.map((p) => p.file))].map((f) =>
      clearPending(
        f,
        stale.filter((p) => p.file === f).map((p) => p.upload.upload_id),
      ).catch(() => undefined),
    ),
  );
  return { shares, shown, partial, unfinished: waiting.filter((p) => !stale.includes(p)), sessionOf };
}

function printJson(l: Listing, ctx: CommandContext): void {
  ctx.stdout.write(
    `${jsonTerminalSafe(
      JSON.stringify(
        {
          shares: l.shown.map((g) => ({
            id: g.id,
            description: g.description ?? '',
            files: fileCount(g),
            public: g.public,
            // GitHub's answer, checked (types.ts asGist): null when it gave none of the right shape.
            created_at: g.created_at || null,
            updated_at: g.updated_at || null,
            gist_url: g.html_url || null,
            viewer_url: viewerUrl(g.id),
            session: l.sessionOf(g),
            partial: isPartial(g),
          })),
          partial: l.partial.map((g) => g.id),
          unfinished_uploads: l.unfinished.map((p) => ({
            session: p.upload.session_id,
            started_at: p.upload.started_at,
          })),
        },
        null,
        2,
      ),
    )}\n`,
  );
}

/** When a gist was last changed, to the minute, in a column of 16 (GitHub's time checked: types.ts asGist). */
const updated = (g: GistResponse): string =>
  g.updated_at ? g.updated_at.replace('T', ' ').slice(0, 16) : 'no time given'.padEnd(16);

function printText(l: Listing, opts: SharesListOptions, ctx: CommandContext): void {
  if (l.shown.length === 0) ctx.stderr.write('No MassGen shares found. Share a session with: massgen export\n');
  for (const g of l.shown) {
    const files = fileCount(g);
    const session = l.sessionOf(g);
    const kind = isPartial(g) ? 'PARTIAL' : g.public ? 'public' : 'secret';
    ctx.stdout.write(
      `${terminalSafe(g.id)}  ${updated(g)}  ${String(files).padStart(3)} file${files === 1 ? ' ' : 's'}  ${kind}  ${terminalSafe(g.description ?? '')}\n`,
    );
    ctx.stdout.write(`    ${viewerUrl(terminalSafe(g.id))}${session ? `  (from ${terminalSafe(session)})` : ''}\n`);
  }
  const n = l.partial.length;
  if (n > 0) {
    ctx.stderr.write(
      `${n} partial upload${n === 1 ? '' : 's'} (an export was interrupted before its last file): remove ${n === 1 ? 'it' : 'them'} with massgen shares delete --partial\n`,
    );
  }
  for (const p of l.unfinished) {
    ctx.stderr.write(
      `An upload of ${terminalSafe(p.upload.session_id)} started at ${terminalSafe(p.upload.started_at)} has not finished: it is still running, or was stopped before GitHub stored anything (run this again later).\n`,
    );
  }
  if (!opts.all && l.shares.length > l.shown.length)
    ctx.stderr.write(`Showing the newest ${l.shown.length}; pass --all for every share.\n`);
}

/** `massgen shares list`: the user's MassGen shares, newest first, from the gists API (paged). */
export async function runSharesList(given: SharesListOptions, ctx: CommandContext): Promise<number> {
  const limit = /^\s*\d+\s*$/.test(String(given.limit)) ? Number(given.limit) : NaN;
  if (!given.all && !(limit >= 1))
    throw new UsageError(
      `--limit must be a whole number of at least 1, not ${JSON.stringify(String(given.limit))}; or pass --all.`,
    );
  const opts = { ...given, limit };
  const l = await listing(await fetchShares(ctx, opts), opts, ctx);
  if (opts.json) printJson(l, ctx);
  else printText(l, opts, ctx);
  return 0;
}
