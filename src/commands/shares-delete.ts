import { GistService } from '../adapters/gists/service.js';
import { fileCount, gistFailure } from '../adapters/gists/types.js';
import {
  clearPending,
  localRecords,
  partialUploadId,
  RecordWriteError,
  removeRecords,
} from '../adapters/shares-record.js';
import { isMassgenShare, parseGistRef } from '../core/share.js';
import { DeclinedError, UsageError } from '../errors.js';
import { ghOptions, type CommandContext } from './context.js';
import { jsonTerminalSafe, terminalSafe } from '../ui/terminal-safe.js';
import { plural } from '../ui/plural.js';
import { pushAll } from '../core/lists.js';

interface SharesDeleteOptions {
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

type Failure = { id: string; error: string };

/** Every gist still carrying the partial-upload marker (its export never finished), page by page. */
async function partialTargets(gists: GistService, named: readonly string[]): Promise<Target[]> {
  const targets: Target[] = [];
  for await (const page of gists.pages()) {
    for (const g of page) {
      // Only MassGen shares (its manifest, or its description): another gist may end in the same marker.
      if (partialUploadId(g.description) !== null && isMassgenShare(g) && !named.includes(g.id))
        targets.push({ id: g.id, description: g.description ?? '', files: fileCount(g) });
    }
  }
  return targets;
}

/** The named gists that may be deleted: MassGen shares (any gist with --force); the others are failures. */
async function namedTargets(
  gists: GistService,
  ids: readonly string[],
  force: boolean,
  failed: Failure[],
): Promise<Target[]> {
  const targets: Target[] = [];
  for (const id of ids) {
    try {
      const g = await gists.get(id);
      if (!force && !isMassgenShare(g)) {
        failed.push({ id, error: `not a MassGen share ("${g.description ?? ''}"); pass --force to delete it anyway` });
        continue;
      }
      targets.push({ id, description: g.description ?? '', files: fileCount(g) });
    } catch (err) {
      failed.push({ id, error: gistFailure(err) });
    }
  }
  return targets;
}

/** Shows what will be deleted and asks (unless --yes). */
async function confirmTargets(
  targets: readonly Target[],
  opts: SharesDeleteOptions,
  ctx: CommandContext,
): Promise<void> {
  if (targets.length > 0 && !opts.json) {
    ctx.stderr.write(`To delete (${targets.length}):\n`);
    for (const t of targets)
      ctx.stderr.write(`  ${terminalSafe(t.id)}  ${plural(t.files, 'file')}  ${terminalSafe(t.description)}\n`);
  }
  if (targets.length > 0 && !opts.yes) {
    const ok = await ctx.prompter.confirm(
      `Delete ${targets.length === 1 ? 'this gist' : `these ${targets.length} gists`}? This cannot be undone.`,
      false,
    );
    if (!ok) throw new DeclinedError('Nothing was deleted.');
  }
}

/** Removes the deleted gists from the local records, and the notes of the partial uploads among them. */
async function forget(
  targets: readonly Target[],
  deleted: readonly string[],
  opts: SharesDeleteOptions,
  ctx: CommandContext,
): Promise<boolean> {
  if (deleted.length === 0) return true;
  const { files, warnings } = await localRecords(ctx, opts.logsDir);
  for (const w of warnings) ctx.stderr.write(`Warning: ${terminalSafe(w)}\n`);
  // A deleted partial upload's note in the local record goes with it.
  const uploads = targets
    .filter((t) => deleted.includes(t.id))
    .map((t) => partialUploadId(t.description))
    .filter((u): u is string => u !== null);
  const update = async (f: string): Promise<boolean> => {
    try {
      await removeRecords(f, deleted);
      if (uploads.length > 0) await clearPending(f, uploads);
      return true;
    } catch (err) {
      if (!(err instanceof RecordWriteError)) throw err;
      ctx.stderr.write(`Warning: the gists were deleted, but ${terminalSafe(err.message)}.\n`);
      return false;
    }
  };
  return (await Promise.all(files.map(update))).every(Boolean);
}

/**
 * `massgen shares delete <id|url>...`: shows what will be deleted and asks; refuses gists that
 * are not MassGen shares unless --force; deletes through the gist service; exits non-zero if
 * any deletion failed; updates the local record.
 */
export async function runSharesDelete(opts: SharesDeleteOptions, ctx: CommandContext): Promise<number> {
  const refs = opts.refs ?? [];
  if (refs.length === 0 && !opts.partial)
    throw new UsageError(
      'Name at least one gist to delete (an id or URL, as massgen shares list shows), or pass --partial.',
    );
  if (!opts.yes && !ctx.interactive)
    throw new UsageError(
      'Deleting asks for confirmation, and there is no terminal to ask (or CI is set): pass --yes to delete without asking.',
    );
  const ids = [...new Set(refs.map(parseGistRef))];
  const gists = await GistService.connect(ghOptions(ctx));
  const failed: Failure[] = [];
  const targets: Target[] = [];
  if (opts.partial) {
    pushAll(targets, await partialTargets(gists, ids));
    if (targets.length === 0 && ids.length === 0 && !opts.json) ctx.stderr.write('No partial uploads found.\n');
  }
  pushAll(targets, await namedTargets(gists, ids, opts.force, failed));
  await confirmTargets(targets, opts, ctx);
  const deleted: string[] = [];
  for (const t of targets) {
    try {
      await gists.delete(t.id);
      deleted.push(t.id);
    } catch (err) {
      failed.push({ id: t.id, error: gistFailure(err) });
    }
  }
  const recorded = await forget(targets, deleted, opts, ctx);
  // Printed once the work and the record are done: a reader that goes away early (`| head`) cuts nothing short.
  if (opts.json)
    ctx.stdout.write(
      `${jsonTerminalSafe(JSON.stringify({ success: failed.length === 0, deleted, failed }, null, 2))}\n`,
    );
  else {
    for (const id of deleted) ctx.stdout.write(`Deleted ${terminalSafe(id)}\n`);
    for (const f of failed) ctx.stderr.write(`Error: gist ${terminalSafe(f.id)}: ${terminalSafe(f.error)}\n`);
  }
  return failed.length === 0 && recorded ? 0 : 1;
}
