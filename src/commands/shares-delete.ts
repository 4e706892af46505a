import { GhApiError, Gh } from '../adapters/gh.js';
import { clearPending, partialUploadId, removeRecords } from '../adapters/shares-record.js';
import { isMassgenShare, parseGistRef } from '../core/share.js';
import { CancelledError, describeError, UsageError } from '../errors.js';
import type { CommandContext } from './context.js';
import { jsonTerminalSafe, terminalSafe } from '../ui/terminal-safe.js';
import { localRecords } from './shares-list.js';

export interface SharesDeleteOptions {
  refs: string[];
  yes: boolean;
  force: boolean;
  json: boolean;
  logsDir?: string;
  /** Also delete every partial upload (a gist whose export was interrupted before its last file). */
  partial?: boolean;
}

interface Target {
  id: string;
  description: string;
  files: number;
}

/**
 * `massgen shares delete <id|url>...`: shows what will be deleted and asks; refuses gists that
 * are not MassGen shares unless --force; deletes with `gh api -X DELETE gists/<id>` (works on
 * gh 2.23 and current gh); exits non-zero if any deletion failed; updates the local record.
 */
export async function runSharesDelete(opts: SharesDeleteOptions, ctx: CommandContext): Promise<number> {
  const refs = opts.refs ?? [];
  if (refs.length === 0 && !opts.partial) throw new UsageError('Name at least one gist to delete (an id or URL, as massgen shares list shows), or pass --partial.');
  if (!opts.yes && !ctx.interactive) throw new UsageError('Deleting asks for confirmation, and there is no terminal to ask (or CI is set): pass --yes to delete without asking.');
  const ids = [...new Set(refs.map(parseGistRef))];
  const gh = new Gh({ env: ctx.env, signal: ctx.signal });
  await gh.version();
  await gh.authStatus();
  const failed: { id: string; error: string }[] = [];
  const targets: Target[] = [];
  if (opts.partial) {
    // Every gist still carrying the partial-upload marker (its export never finished), page by page.
    for (let page = 1; ; page++) {
      const gists = await gh.json<{ id: string; description: string | null; files: Record<string, unknown> }[]>('GET', `gists?per_page=100&page=${page}`, 'Listing your gists');
      for (const g of gists) {
        if (partialUploadId(g.description) !== null && !ids.includes(g.id)) targets.push({ id: g.id, description: g.description ?? '', files: Object.keys(g.files ?? {}).length });
      }
      if (gists.length < 100) break;
    }
    if (targets.length === 0 && ids.length === 0 && !opts.json) ctx.stderr.write('No partial uploads found.\n');
  }
  for (const id of ids) {
    try {
      const g = await gh.json<{ description: string | null; files: Record<string, unknown> }>('GET', `gists/${id}`, `Reading gist ${id}`);
      if (!opts.force && !isMassgenShare(g)) {
        failed.push({ id, error: `not a MassGen share ("${g.description ?? ''}"); pass --force to delete it anyway` });
        continue;
      }
      targets.push({ id, description: g.description ?? '', files: Object.keys(g.files ?? {}).length });
    } catch (err) {
      failed.push({ id, error: err instanceof GhApiError && err.status === 404 ? 'not found (or not yours)' : describeError(err) });
    }
  }
  if (targets.length > 0 && !opts.json) {
    ctx.stderr.write(`To delete (${targets.length}):\n`);
    for (const t of targets) ctx.stderr.write(`  ${terminalSafe(t.id)}  ${t.files} files  ${terminalSafe(t.description)}\n`);
  }
  if (targets.length > 0 && !opts.yes) {
    const ok = await ctx.prompter.confirm(`Delete ${targets.length === 1 ? 'this gist' : `these ${targets.length} gists`}? This cannot be undone.`, false);
    if (!ok) throw new CancelledError('Cancelled; nothing was deleted.');
  }
  const deleted: string[] = [];
  for (const t of targets) {
    try {
      await gh.api('DELETE', `gists/${t.id}`, `Deleting gist ${t.id}`);
      deleted.push(t.id);
    } catch (err) {
      failed.push({ id: t.id, error: err instanceof GhApiError && err.status === 404 ? 'not found (or not yours)' : describeError(err) });
    }
  }
  if (deleted.length > 0) {
    const { files } = await localRecords(ctx, opts.logsDir);
    await Promise.all(files.map((f) => removeRecords(f, deleted)));
    // A deleted partial upload's note in the local record goes with it.
    const uploads = targets.filter((t) => deleted.includes(t.id)).map((t) => partialUploadId(t.description)).filter((u): u is string => u !== null);
    if (uploads.length > 0) await Promise.all(files.map((f) => clearPending(f, uploads)));
  }
  // Printed once the work and the record are done: a reader that goes away early (`| head`) cuts nothing short.
  if (opts.json) ctx.stdout.write(`${jsonTerminalSafe(JSON.stringify({ success: failed.length === 0, deleted, failed }, null, 2))}\n`);
  else {
    for (const id of deleted) ctx.stdout.write(`Deleted ${terminalSafe(id)}\n`);
    for (const f of failed) ctx.stderr.write(`Error: gist ${terminalSafe(f.id)}: ${terminalSafe(f.error)}\n`);
  }
  return failed.length === 0 ? 0 : 1;
}
