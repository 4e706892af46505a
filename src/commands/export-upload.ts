import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GhApiError, GhAuthError, type Gh } from '../adapters/gh.js';
import type { GistFile } from '../adapters/gist-files.js';
import { trackTemp } from '../adapters/cleanup.js';
import { partialMarker } from '../adapters/shares-record.js';
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

/** Where an upload in progress is noted (the local record), so that a killed run can be cleaned up later. */
export interface PendingNotes {
  add(uploadId: string): Promise<void>;
  clear(uploadId: string): Promise<void>;
}

/**
 * After a create that failed without a clear answer (a dropped connection, a timeout, Ctrl-C),
 * GitHub may still store the gist, seconds later. The sweep looks for it by its unique marker
 * until it is found or this window has passed: 30 s (`MASSGEN_SHARE_SWEEP_WINDOW_MS`), first
 * after 500 ms then doubling up to 5 s (`MASSGEN_SHARE_SWEEP_BASE_MS`).
 */
export function sweepTiming(env: NodeJS.ProcessEnv): { windowMs: number; baseMs: number; maxMs: number } {
  const num = (v: string | undefined, d: number): number => (v !== undefined && v !== '' && Number.isFinite(Number(v)) && Number(v) >= 0 ? Number(v) : d);
  return { windowMs: num(env.MASSGEN_SHARE_SWEEP_WINDOW_MS, 30_000), baseMs: Math.max(1, num(env.MASSGEN_SHARE_SWEEP_BASE_MS, 500)), maxMs: 5_000 };
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

async function patchBatch(gh: Gh, id: string, batch: readonly GistFile[], what: string, description?: string): Promise<void> {
  const files: Record<string, { content: string }> = {};
  for (const f of batch) files[f.name] = { content: await readAll(f) };
  await gh.api('PATCH', `gists/${id}`, what, JSON.stringify(description === undefined ? { files } : { description, files }));
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
 * failure deletes the partial gist (unless keepPartial) and says what happened.
 *
 * No orphan is left when a create fails after GitHub made (or later makes) the gist: each
 * create carries a unique marker in its description (`[partial upload <id>-<attempt>]`, removed
 * by the last request once every file is there), and a create that failed without a clear
 * answer is swept by that marker until found or the sweep window has passed. The upload is
 * noted in the local record before the create and forgotten once complete or cleaned up, so
 * that what a killed process left is found later (`massgen shares list`, `shares delete --partial`).
 */
export async function uploadNew(
  gh: Gh,
  cleanupGh: Gh,
  files: readonly GistFile[],
  opts: { description: string; public: boolean; keepPartial: boolean; signal?: AbortSignal; pending?: PendingNotes; sweep?: ReturnType<typeof sweepTiming>; onSweepWait?: (ms: number) => void } & UploadEvents,
): Promise<UploadResult> {
  if (files[0]?.name !== MANIFEST_NAME) throw new Error('the manifest must be the first gist file');
  const batches = planBatches(files, BATCH_BYTES, BATCH_FILES);
  const uploadId = randomBytes(6).toString('hex');
  const timing = opts.sweep ?? sweepTiming({});
  const dir = await mkdtemp(path.join(os.tmpdir(), 'massgen-share-gist-'));
  const untrack = trackTemp(dir);
  let created: { id: string; url: string } | undefined;
  // Sweeps of failed creates, running while the upload goes on; awaited before returning.
  const sweeps: Promise<SweepOutcome>[] = [];
  let waitShown = false;
  const sweep = (marked: string, patient: boolean): void => {
    sweeps.push(sweepOrphan(cleanupGh, marked, patient ? timing : { ...timing, windowMs: 0 }, () => {
      if (!waitShown) opts.onSweepWait?.(timing.windowMs);
      waitShown = true;
    }));
  };
  // True when every failed create is accounted for (its gist deleted, or GitHub seen without it).
  const sweepsDone = async (): Promise<boolean> => (await Promise.all(sweeps)).every((o) => o !== 'unknown');
  try {
    for (const f of batches[0]!) await writeFile(path.join(dir, f.name), await readAll(f), { mode: 0o600 });
    await opts.pending?.add(uploadId);
    for (let attempt = 1; ; attempt++) {
      const marked = `${opts.description}${partialMarker(uploadId, attempt)}`;
      try {
        created = await gh.createGist(dir, batches[0]!.map((f) => f.name), marked, opts.public);
        break;
      } catch (err) {
        // No clear answer (a dropped connection, a timeout, Ctrl-C, a gateway's 502/504 while
        // GitHub may still be working): keep looking. GitHub answered (4xx, 500, 503): one look.
        const unanswered = err instanceof CancelledError || (err instanceof GhApiError && !(err instanceof GhAuthError) && (err.status === undefined || err.status === 502 || err.status === 504));
        sweep(marked, unanswered);
        if (!(err instanceof GhApiError) || !err.transient || attempt >= 3) throw err;
      }
    }
    opts.onBatch?.(1, batches.length, batches[0]!.length, batches[0]!.reduce((n, f) => n + f.bytes, 0));
    for (let i = 1; i < batches.length; i++) {
      if (opts.signal?.aborted) throw new CancelledError();
      // The last batch also sets the final description: the partial-upload marker goes with it.
      await patchBatch(gh, created.id, batches[i]!, `Uploading batch ${i + 1} of ${batches.length}`, i === batches.length - 1 ? opts.description : undefined);
      opts.onBatch?.(i + 1, batches.length, batches[i]!.length, batches[i]!.reduce((n, f) => n + f.bytes, 0));
    }
    if (opts.signal?.aborted) throw new CancelledError();
    if (batches.length === 1) await gh.api('PATCH', `gists/${created.id}`, 'Finishing the gist', JSON.stringify({ description: opts.description }));
    if (await sweepsDone()) await opts.pending?.clear(uploadId).catch(() => undefined);
    return { ...created, batches: batches.length };
  } catch (err) {
    let removed = !created;
    let what: string | undefined;
    if (created && !opts.keepPartial) {
      removed = await cleanupGh.api('DELETE', `gists/${created.id}`, 'Deleting the partial gist').then(() => true, () => false);
      what = removed ? `the partial gist ${created.id} was deleted` : `the partial gist ${created.id} could not be deleted: remove it with massgen shares delete ${created.id}`;
    } else if (created) what = `the partial gist was kept (--keep-partial): ${created.url}`;
    const swept = await sweepsDone();
    // Forgotten only when nothing is left behind: otherwise `massgen shares list` shows it as partial.
    if (removed && swept && !opts.keepPartial) await opts.pending?.clear(uploadId).catch(() => undefined);
    throw what ? wrap(err, what) : err;
  } finally {
    await rm(dir, { recursive: true, force: true });
    untrack();
  }
}

/** What a sweep saw: the gist found and deleted, GitHub without it, or GitHub never reached (or the delete failed). */
type SweepOutcome = 'deleted' | 'absent' | 'unknown';

/**
 * Deletes the gist a failed create made, found by its unique description: looks at once, then
 * with back-off until the window has passed (one create makes at most one gist: found, done).
 * Best effort: never throws (the error that brought us here is the one to report).
 */
async function sweepOrphan(gh: Gh, marked: string, timing: { windowMs: number; baseMs: number; maxMs: number }, onWait: () => void): Promise<SweepOutcome> {
  const end = Date.now() + timing.windowMs;
  let wait = timing.baseMs;
  for (;;) {
    let seen = false;
    try {
      const found = (await firstPage(gh)).filter((g) => g.description === marked);
      seen = true;
      if (found.length > 0) {
        let ok = true;
        for (const g of found) ok = (await gh.api('DELETE', `gists/${g.id}`, 'Deleting an incomplete gist').then(() => true, () => false)) && ok;
        return ok ? 'deleted' : 'unknown';
      }
    } catch {
      // GitHub unreachable for now: keep trying within the window.
    }
    const left = end - Date.now();
    if (left <= 0) return seen ? 'absent' : 'unknown';
    onWait();
    await new Promise((resolve) => setTimeout(resolve, Math.min(wait, left)));
    wait = Math.min(wait * 2, timing.maxMs);
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
