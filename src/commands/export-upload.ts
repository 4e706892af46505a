import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GhApiError, type Gh } from '../adapters/gh.js';
import type { GistFile } from '../adapters/gist-files.js';
import { trackTemp } from '../adapters/cleanup.js';
import { MANIFEST_NAME } from '../core/names.js';
import { isMassgenShare, planBatches } from '../core/share.js';
import { CancelledError, UserError } from '../errors.js';

/**
 * What one request may carry: at most 8 MiB of file content and 100 files (a single larger
 * file goes alone). GitHub documents no cap, but very large requests time out (a 243 MiB
 * create ended in HTTP 502); MassGen switches strategy at 10 MB.
 */
export const BATCH_BYTES = 8 * 1024 * 1024;
export const BATCH_FILES = 100;

export interface UploadEvents {
  onBatch?: (done: number, total: number, files: number, bytes: number) => void;
}

export interface UploadResult {
  id: string;
  url: string;
  batches: number;
}

async function readAll(file: GistFile): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of file.data()) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

async function patchBatch(gh: Gh, id: string, batch: readonly GistFile[], what: string): Promise<void> {
  const files: Record<string, { content: string }> = {};
  for (const f of batch) files[f.name] = { content: await readAll(f) };
  await gh.api('PATCH', `gists/${id}`, what, JSON.stringify({ files }));
}

interface ListedGist {
  id: string;
  description: string | null;
  files: Record<string, unknown>;
}

const firstPage = (gh: Gh) => gh.json<ListedGist[]>('GET', 'gists?per_page=100', 'Listing your gists');

/**
 * Creates a secret (or public) gist: the manifest and the first batch through
 * `gh gist create`, run in a private temporary directory that is always removed, then the
 * rest in bounded PATCH batches. Transient failures are retried by the gh adapter; any other
 * failure deletes the partial gist (unless keepPartial) and says what happened. A create
 * that failed after GitHub made the gist (a dropped connection) leaves no orphan either: the
 * gists that appeared since we started, with our description and manifest, are deleted.
 */
export async function uploadNew(
  gh: Gh,
  cleanupGh: Gh,
  files: readonly GistFile[],
  opts: { description: string; public: boolean; keepPartial: boolean; signal?: AbortSignal } & UploadEvents,
): Promise<UploadResult> {
  if (files[0]?.name !== MANIFEST_NAME) throw new Error('the manifest must be the first gist file');
  const batches = planBatches(files, BATCH_BYTES, BATCH_FILES);
  const before = new Set((await firstPage(gh)).map((g) => g.id));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'massgen-share-gist-'));
  const untrack = trackTemp(dir);
  let created: { id: string; url: string } | undefined;
  try {
    for (const f of batches[0]!) await writeFile(path.join(dir, f.name), await readAll(f), { mode: 0o600 });
    for (let attempt = 0; ; attempt++) {
      try {
        created = await gh.createGist(dir, batches[0]!.map((f) => f.name), opts.description, opts.public);
        break;
      } catch (err) {
        await sweepOrphans(cleanupGh, before, opts.description);
        if (!(err instanceof GhApiError) || !err.transient || attempt >= 2) throw err;
      }
    }
    opts.onBatch?.(1, batches.length, batches[0]!.length, batches[0]!.reduce((n, f) => n + f.bytes, 0));
    for (let i = 1; i < batches.length; i++) {
      if (opts.signal?.aborted) throw new CancelledError();
      await patchBatch(gh, created.id, batches[i]!, `Uploading batch ${i + 1} of ${batches.length}`);
      opts.onBatch?.(i + 1, batches.length, batches[i]!.length, batches[i]!.reduce((n, f) => n + f.bytes, 0));
    }
    return { ...created, batches: batches.length };
  } catch (err) {
    if (created && !opts.keepPartial) {
      const removed = await cleanupGh.api('DELETE', `gists/${created.id}`, 'Deleting the partial gist').then(() => true, () => false);
      throw wrap(err, removed ? `the partial gist ${created.id} was deleted` : `the partial gist ${created.id} could not be deleted: remove it with massgen shares delete ${created.id}`);
    }
    if (created) throw wrap(err, `the partial gist was kept (--keep-partial): ${created.url}`);
    throw err;
  } finally {
    await rm(dir, { recursive: true, force: true });
    untrack();
  }
}

/** Deletes gists that appeared since `before` and look like this upload (after a failed create). */
async function sweepOrphans(gh: Gh, before: ReadonlySet<string>, description: string): Promise<void> {
  try {
    for (const g of await firstPage(gh)) {
      if (!before.has(g.id) && g.description === description && MANIFEST_NAME in (g.files ?? {})) {
        await gh.api('DELETE', `gists/${g.id}`, 'Deleting an incomplete gist').catch(() => undefined);
      }
    }
  } catch {
    // Best effort: the error that brought us here is the one to report.
  }
}

function wrap(err: unknown, what: string): Error {
  if (err instanceof CancelledError) return new CancelledError(`Cancelled; ${what}.`);
  if (err instanceof UserError) return new UserError(`${err.message}; ${what}.`, err.exitCode);
  return err instanceof Error ? new Error(`${err.message}; ${what}`) : new Error(String(err));
}

/**
 * Replaces the content of a share made before: every file is (re)written in PATCH batches,
 * then the files that no longer exist are removed and the description updated. A gist that
 * is not a MassGen share is refused unless `force`.
 */
export async function uploadUpdate(
  gh: Gh,
  id: string,
  files: readonly GistFile[],
  opts: { description: string; force: boolean; signal?: AbortSignal } & UploadEvents,
): Promise<UploadResult> {
  const gist = await gh.json<ListedGist & { html_url: string }>('GET', `gists/${id}`, `Reading gist ${id}`).catch((err: unknown) => {
    if (err instanceof GhApiError && err.status === 404) throw new UserError(`Gist ${id} not found (or not yours): check the id with massgen shares list.`);
    throw err;
  });
  if (!opts.force && !isMassgenShare(gist)) {
    throw new UserError(`Gist ${id} is not a MassGen share ("${gist.description ?? ''}"): refusing to overwrite it. Pass --force to replace it anyway.`);
  }
  const batches = planBatches(files, BATCH_BYTES, BATCH_FILES);
  const keep = new Set(files.map((f) => f.name));
  const obsolete = Object.keys(gist.files ?? {}).filter((n) => !keep.has(n));
  try {
    for (let i = 0; i < batches.length; i++) {
      if (opts.signal?.aborted) throw new CancelledError();
      await patchBatch(gh, id, batches[i]!, `Updating batch ${i + 1} of ${batches.length}`);
      opts.onBatch?.(i + 1, batches.length, batches[i]!.length, batches[i]!.reduce((n, f) => n + f.bytes, 0));
    }
    for (let i = 0; i < obsolete.length; i += BATCH_FILES) {
      const removal = Object.fromEntries(obsolete.slice(i, i + BATCH_FILES).map((n) => [n, null]));
      await gh.api('PATCH', `gists/${id}`, 'Removing files that no longer exist', JSON.stringify({ files: removal }));
    }
    await gh.api('PATCH', `gists/${id}`, 'Updating the description', JSON.stringify({ description: opts.description }));
  } catch (err) {
    throw wrap(err, `gist ${id} may be partly updated: run the same command again to finish`);
  }
  return { id, url: gist.html_url, batches: batches.length };
}
