import { randomBytes } from 'node:crypto';
import { GhApiError, GhAuthError, GhMissingError } from '../adapters/gh.js';
import type { GistFile } from '../adapters/gist-files.js';
import {
  BATCH_BYTES,
  BATCH_FILES,
  batchFiles,
  readText,
  type GistService,
  type StagedFiles,
} from '../adapters/gists/service.js';
import { Sweeps, sweepTiming, type OrphanMatch, type SweepTiming } from '../adapters/gists/sweep.js';
import { partialMarker } from '../adapters/shares-record.js';
import { MANIFEST_NAME } from '../core/names.js';
import { isMassgenShare, planBatches } from '../core/share.js';
import { CancelledError, UserError } from '../errors.js';

export { BATCH_BYTES, BATCH_FILES, batchFiles, sweepTiming };

interface UploadEvents {
  onBatch?: (done: number, total: number, files: number, bytes: number) => void;
  /** Files per request (default BATCH_FILES). */
  batchFiles?: number;
}

/** Where an upload in progress is noted (the local record), so that a killed run can be cleaned up later. */
interface PendingNotes {
  add(uploadId: string): Promise<void>;
  clear(uploadId: string): Promise<void>;
}

interface UploadNewOptions extends UploadEvents {
  description: string;
  public: boolean;
  keepPartial: boolean;
  signal?: AbortSignal;
  pending?: PendingNotes;
  sweep?: SweepTiming;
  onSweepWait?: (ms: number) => void;
}

interface UploadResult {
  id: string;
  url: string;
  batches: number;
}

/**
 * Creates a secret (or public) gist: the manifest and the first batch through `gh gist
 * create`, from a private temporary directory that is always removed, then the rest in bounded
 * PATCH batches. Transient failures are retried by the gh transport; any other failure deletes
 * the partial gist (unless keepPartial) and says what happened. `cleanup` is a service without
 * the cancel signal: the partial gist is deleted after Ctrl-C too.
 *
 * No orphan is left when a create fails after GitHub made (or later makes) the gist: an upload
 * of several requests carries a unique marker in its description (`[partial upload
 * <id>-<attempt>]`, removed by the last request once every file is there), and a create that
 * failed without a clear answer is swept by that marker until found or the sweep window has
 * passed. Such an upload is noted in the local record before the create and forgotten once
 * complete or cleaned up, so that what a killed process left is found later (`massgen shares
 * list`, `shares delete --partial`). An upload that fits in one create has no partial state: its
 * first create carries the final description (no PATCH after it; a killed run leaves either
 * nothing or the complete share) and its sweep knows the gist by that description and its
 * manifest (whose `created_at` is this export's, to the millisecond); a retried create is marked.
 */
export async function uploadNew(
  gists: GistService,
  cleanup: GistService,
  files: readonly GistFile[],
  opts: UploadNewOptions,
): Promise<UploadResult> {
  if (files[0]?.name !== MANIFEST_NAME) throw new Error('the manifest must be the first gist file');
  const batches = planBatches(files, BATCH_BYTES, opts.batchFiles ?? BATCH_FILES);
  const up: Attempts = {
    uploadId: randomBytes(6).toString('hex'),
    single: batches.length === 1,
    noted: false,
    ours: new Set(),
    sweeps: new Sweeps(cleanup, opts.sweep ?? sweepTiming({}), opts.onSweepWait),
  };
  let staged: StagedFiles | undefined;
  let created: Created | undefined;
  try {
    staged = await gists.stage(batches[0]!);
    const made = await createMarked(gists, cleanup, staged, files[0], up, opts);
    // Before any PATCH (or a DELETE after a failure): the gist GitHub's answer named must carry this upload's marker.
    if (made.marked)
      await checkOwn(gists, made).catch((err: unknown) => {
        // The gist this upload did make (if any) is found by its marker and deleted, as after a failed create.
        up.sweeps.start((g) => g.description === made.description && g.id !== made.id, false);
        throw err;
      });
    created = made;
    opts.onBatch?.(
      1,
      batches.length,
      batches[0]!.length,
      batches[0]!.reduce((n, f) => n + f.bytes, 0),
    );
    // The last batch also sets the final description: the partial-upload marker goes with it.
    const what = (i: number, n: number): string => `Uploading batch ${i + 1} of ${n}`;
    await gists.patchBatches(created.id, batches, 1, {
      what,
      finalDescription: opts.description,
      signal: opts.signal,
      onBatch: opts.onBatch,
    });
    if (opts.signal?.aborted) throw new CancelledError();
    if (up.single && created.marked)
      await gists.patch(created.id, { description: opts.description }, 'Finishing the gist');
    if ((await up.sweeps.done()) && up.noted) await opts.pending?.clear(up.uploadId).catch(() => undefined);
    return { id: created.id, url: created.url, batches: batches.length };
  } catch (err) {
    throw await afterFailure(err, created, cleanup, up, opts);
  } finally {
    await staged?.dispose();
  }
}

interface Created {
  id: string;
  url: string;
  /** Made with the partial-upload marker (a PATCH removes it). */
  marked: boolean;
  /** The description it was created with (the marker included when marked). */
  description: string;
}

/** Refuses a created gist that does not carry this upload's own marker and nonce (a wrong or hostile answer). */
async function checkOwn(gists: GistService, made: Created): Promise<void> {
  const g = await gists.get(made.id);
  if (g.description !== made.description)
    throw new UserError(
      `Creating the gist failed: GitHub's answer named gist ${made.id}, which does not carry this upload's marker; it was left as it is (check it with massgen shares list).`,
    );
}

/** An upload's creates: its id, whether it fits in one create, whether it is noted, the gists it made, their sweeps. */
interface Attempts {
  uploadId: string;
  single: boolean;
  noted: boolean;
  ours: Set<string>;
  sweeps: Sweeps;
}

/** The create, retried on a transient failure, each attempt told apart (see uploadNew); each failed one is swept. */
async function createMarked(
  gists: GistService,
  cleanup: GistService,
  staged: StagedFiles,
  manifest: GistFile,
  up: Attempts,
  opts: UploadNewOptions,
): Promise<Created> {
  for (let attempt = 1; ; attempt++) {
    const marked = !(up.single && attempt === 1);
    const description = marked ? `${opts.description}${partialMarker(up.uploadId, attempt)}` : opts.description;
    if (marked && !up.noted) {
      await opts.pending?.add(up.uploadId);
      up.noted = true;
    }
    try {
      const made = await gists.create(staged, description, opts.public);
      up.ours.add(made.id);
      return { ...made, marked, description };
    } catch (err) {
      const refused = await refusedBecause(gists, err);
      if (refused) throw refused;
      // No clear answer (a dropped connection, a timeout, Ctrl-C, a gateway's 502/504 while
      // GitHub may still be working): keep looking. GitHub answered (4xx, 500, 503): one look.
      const unanswered =
        err instanceof CancelledError ||
        (err instanceof GhApiError &&
          !(err instanceof GhAuthError) &&
          (err.status === undefined || err.status === 502 || err.status === 504));
      up.sweeps.start(
        marked ? (g) => g.description === description : sameShare(cleanup, description, manifest, up.ours),
        unanswered,
      );
      if (!(err instanceof GhApiError) || !err.transient || attempt >= 3) throw err;
    }
  }
}

/**
 * Why a create made no gist, so that nothing is swept: gh missing or broken (nothing could be sent), or not logged
 * in (gh's exit 4 before sending, GitHub's 401). gh's preflight, when it was left until a request failed
 * (`GistService.deferred`), runs here: its error is the one reported, except a failed login check after a create
 * that got no clear answer (the network gone): that create may have made a gist, so the sweep still runs.
 */
async function refusedBecause(gists: GistService, err: unknown): Promise<Error | undefined> {
  const why = await gists.whyFailed(err);
  if (err instanceof GhAuthError || err instanceof GhMissingError) return why ?? err;
  return why instanceof GhAuthError ? undefined : why;
}

/**
 * The gist an unmarked create made: the final description, not one of this upload's own gists
 * (a marked retry gets that description once its id is known), and this export's manifest.
 */
function sameShare(cleanup: GistService, description: string, manifest: GistFile, ours: Set<string>): OrphanMatch {
  const other = new Set<string>();
  let text: Promise<string> | undefined;
  return async (g) => {
    if (g.description !== description || ours.has(g.id) || other.has(g.id) || !g.files?.[MANIFEST_NAME]) return false;
    const f = (await cleanup.get(g.id)).files?.[MANIFEST_NAME];
    const same = f?.truncated !== true && f?.content === (await (text ??= readText(manifest)));
    if (!same) other.add(g.id);
    return same;
  };
}

/** After a failed upload: deletes the partial gist (unless kept), waits for the sweeps, and says what became of it. */
async function afterFailure(
  err: unknown,
  created: Created | undefined,
  cleanup: GistService,
  up: Attempts,
  opts: UploadNewOptions,
): Promise<unknown> {
  let removed = !created;
  let what: string | undefined;
  if (created && !opts.keepPartial) {
    removed = await cleanup.tryDelete(created.id, 'Deleting the partial gist');
    what = removed
      ? `the partial gist ${created.id} was deleted`
      : `the partial gist ${created.id} could not be deleted: remove it with massgen shares delete ${created.id}`;
  } else if (created) what = `the partial gist was kept (--keep-partial): ${created.url}`;
  const swept = await up.sweeps.done();
  // Forgotten only when nothing is left behind: otherwise `massgen shares list` shows it as partial.
  if (removed && swept && !opts.keepPartial && up.noted) await opts.pending?.clear(up.uploadId).catch(() => undefined);
  // An unmarked create GitHub may still store is a complete share, not a partial one.
  if (!swept && !up.noted)
    what ??= 'GitHub may still store the gist it was sent: if massgen shares list shows it, it is a complete share';
  return what ? wrap(err, what) : err;
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
  gists: GistService,
  id: string,
  files: readonly GistFile[],
  opts: { description: string; force: boolean; signal?: AbortSignal } & UploadEvents,
): Promise<UploadResult> {
  // The first request: a failure also runs gh's preflight when it was left until then (GistService.deferred).
  const gist = await gists.get(id).catch(async (err: unknown) => {
    throw (await gists.whyFailed(err)) ?? err;
  });
  if (!opts.force && !isMassgenShare(gist)) {
    throw new UserError(
      `Gist ${id} is not a MassGen share ("${gist.description ?? ''}"): refusing to overwrite it. Pass --force to replace it anyway.`,
    );
  }
  const batches = planBatches(files, BATCH_BYTES, opts.batchFiles ?? BATCH_FILES);
  const keep = new Set(files.map((f) => f.name));
  const obsolete = Object.keys(gist.files ?? {}).filter((n) => !keep.has(n));
  try {
    const what = (i: number, n: number): string => `Updating batch ${i + 1} of ${n}`;
    await gists.patchBatches(id, batches, 0, { what, signal: opts.signal, onBatch: opts.onBatch });
    await gists.removeFiles(id, obsolete);
    await gists.patch(id, { description: opts.description }, 'Updating the description');
  } catch (err) {
    throw wrap(err, `gist ${id} may be partly updated: run the same command again to finish`);
  }
  return { id, url: gist.html_url, batches: batches.length };
}
