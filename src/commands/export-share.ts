/**
 * `massgen export` without `--dry-run` or `--output`: uploads to a new secret gist (or
 * `--update`s one), records the share, prints its URLs. Loaded only when sharing: a dry run
 * never pays for the gh transport or the zip writer.
 */
import { Gh } from '../adapters/gh.js';
import { GistService } from '../adapters/gists/service.js';
import type { GistFile } from '../adapters/gist-files.js';
import {
  addPending,
  clearPending,
  readRecords,
  recordPath,
  RecordWriteError,
  upsertRecord,
} from '../adapters/shares-record.js';
import { leftOutEntry } from '../core/manifest.js';
import type { ExportPlan } from '../core/plan.js';
import type { SessionRef } from '../core/session.js';
import { gistDescription, parseGistRef, planBatches, viewerUrl } from '../core/share.js';
import { estimateUpload, roughDuration } from '../core/large-export.js';
import { DeclinedError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { MappedList } from '../ui/json-writer.js';
import { size } from '../ui/style.js';
import { terminalSafe } from '../ui/terminal-safe.js';
import { ghOptions, type CommandContext } from './context.js';
import { BATCH_BYTES, batchFiles, sweepTiming, uploadNew, uploadUpdate } from './export-upload.js';
import type { ExportMode } from './export-options.js';
import { prepareFiles, type ExportIo } from './export-plan.js';
import { plural } from '../ui/plural.js';

type ShareMode = Extract<ExportMode, { kind: 'share' }>;

/** A share under way: gh checked (installed, logged in) before any question, or deferred until a request fails. */
export interface Share {
  mode: ShareMode;
  gists: GistService;
  /** The gist `--update` names, parsed. */
  updateId: string | undefined;
}

/**
 * Checks gh (login; version only if that failed) and `--update`. A person is asked questions only once gh is
 * known to work; without one, gh is checked only if the first request fails (`GistService.deferred`), as `shares
 * pull` does: that request reports gh missing (exit 3) or a failed login (exit 4) as the check would.
 */
export async function startShare(mode: ShareMode, ctx: CommandContext): Promise<Share> {
  const opts = ghOptions(ctx);
  const gists = mode.prompting ? await GistService.connect(opts) : GistService.deferred(opts);
  return { mode, gists, updateId: mode.update ? parseGistRef(mode.update) : undefined };
}

/** `--public` asks first when a person is there to answer. */
export async function confirmPublic(share: Share, ctx: CommandContext): Promise<void> {
  if (
    share.mode.public &&
    share.mode.prompting &&
    !(await ctx.prompter.confirm(
      'A public gist is listed on your profile and found by search, and cannot be made secret later. Make it public?',
      false,
    ))
  ) {
    throw new DeclinedError('Nothing was uploaded.');
  }
}

/**
 * Uploads the plan's files, records the share, prints the URLs (or the JSON document). The files
 * are prepared while gh's check (`checked`) may still run; a failed check is the error reported.
 */
export async function shareExport(
  plan: ExportPlan,
  checked: Promise<Share>,
  session: SessionRef,
  io: ExportIo,
  opts: { force: boolean },
  ctx: CommandContext,
): Promise<number> {
  const prepared = await prepareFiles(plan, io, ctx).catch(async (err: unknown) => {
    await checked;
    throw err;
  });
  try {
    const share = await checked;
    const shared = await uploadFiles(plan, share, prepared.files, session, io, opts, ctx);
    return await finishShare(plan, share, shared, session, io, ctx);
  } finally {
    await prepared.dispose();
  }
}

/** Asks (a person at the terminal), then uploads the prepared files: the gist made, with its Viewer link. */
async function uploadFiles(
  plan: ExportPlan,
  share: Share,
  files: readonly GistFile[],
  session: SessionRef,
  io: ExportIo,
  opts: { force: boolean },
  ctx: CommandContext,
): Promise<Shared> {
  const bytes = files.reduce((n, f) => n + f.bytes, 0);
  const description = io.redactString(gistDescription(plan.attempts, plan.selectedTurns.length));
  if (share.mode.prompting) await confirmUpload(plan, share, files, bytes, io, ctx);
  const result = await upload(share, files, description, session, io, opts, ctx);
  return { ...result, viewer: viewerUrl(result.id), files: files.length, bytes };
}

/** Records the share and reports it; exit 0, or a failure when the gist is there but not recorded. */
async function finishShare(
  plan: ExportPlan,
  share: Share,
  shared: Shared,
  session: SessionRef,
  io: ExportIo,
  ctx: CommandContext,
): Promise<number> {
  // The gist is there whatever becomes of the record: its URL is always printed.
  const unrecorded = await recordShare(plan, share, session, shared, ctx).then(
    () => null,
    (err: unknown) => {
      if (err instanceof RecordWriteError) return err;
      throw err;
    },
  );
  // GitHub keeps every revision of a gist, readable by anyone with the link (attack F14).
  if (share.updateId) io.warnings.push(HISTORY_WARNING(share.updateId));
  await reportShare(plan, share.mode, shared, io, ctx);
  if (share.updateId && !io.json) io.say(io.st.yellow(`Note: ${HISTORY_WARNING(share.updateId)}`));
  if (!unrecorded) return 0;
  ctx.stderr.write(
    `Warning: the share was uploaded (${shared.viewer}) but not recorded: ${terminalSafe(unrecorded.message)}; massgen shares list still finds it.\n`,
  );
  return ExitCode.Failure;
}

/** What a finished share reports and records: the gist, its Viewer link, files and bytes. */
interface Shared {
  id: string;
  url: string;
  viewer: string;
  files: number;
  bytes: number;
}

/** Adds or updates the share in the local share record (an update keeps the first `created_at`). */
async function recordShare(
  plan: ExportPlan,
  share: Share,
  session: SessionRef,
  shared: Shared,
  ctx: CommandContext,
): Promise<void> {
  const now = ctx.now().toISOString();
  const recordFile = recordPath(session.logsDir, ctx.home);
  const previous = (await readRecords(recordFile)).find((r) => r.gist_id === shared.id);
  await upsertRecord(recordFile, {
    gist_id: shared.id,
    gist_url: shared.url,
    viewer_url: shared.viewer,
    session_id: session.id,
    session_root: session.root,
    turns: plan.selectedTurns,
    files: shared.files,
    bytes: shared.bytes,
    public: share.mode.public,
    created_at: previous?.created_at ?? now,
    ...(previous || share.updateId ? { updated_at: now } : {}),
  });
}

const HISTORY_WARNING = (id: string): string =>
  `the gist's earlier revisions stay readable by anyone with its link (${id}/revisions); if one held a secret, revoke it, delete the gist (massgen shares delete ${id}) and share again`;

/** The `--json` document of a share, or the share URL on stdout and who can see it on stderr. */
async function reportShare(
  plan: ExportPlan,
  mode: Share['mode'],
  shared: Shared,
  io: ExportIo,
  ctx: CommandContext,
): Promise<void> {
  if (io.json) {
    await io.printJson({
      success: true,
      gist_id: shared.id,
      gist_url: shared.url,
      viewer_url: shared.viewer,
      files: shared.files,
      bytes: shared.bytes,
      turns: plan.attempts.map((a) => ({
        turn_number: a.turn,
        attempt_number: a.attempt,
        status: a.status,
        question: a.question,
        winner: a.winner,
      })),
      left_out: new MappedList(plan.leftOut, leftOutEntry),
      redactions: { total: plan.redactions.total, by_rule: plan.redactions.byRule, by_file: plan.redactions.byFile },
      warnings: [...io.warnings, ...plan.warnings],
    });
  } else {
    ctx.stdout.write(`Share URL: ${shared.viewer}\n`);
    io.say(
      `${mode.public ? 'Anyone can find this public gist' : 'Anyone with this link can view the session (no login required)'}. Gist: ${shared.url}`,
    );
  }
}

/** The last question before uploading: what goes where ("no" by default when large). */
async function confirmUpload(
  plan: ExportPlan,
  share: Share,
  files: readonly GistFile[],
  bytes: number,
  io: ExportIo,
  ctx: CommandContext,
): Promise<void> {
  // The create, then one request per further batch (core/large-export.ts says what is large).
  const estimate = estimateUpload(bytes, planBatches(files, BATCH_BYTES, batchFiles(ctx.env)).length);
  const large = estimate.large;
  if (large)
    io.say(
      io.st.yellow(
        `This export is large: ${size(bytes)} in ${estimate.requests} requests to GitHub, ${roughDuration(estimate.seconds)} at 1 MiB/s.`,
      ),
    );
  const turns = plan.selectedTurns.length;
  const what = `${share.updateId ? `Replace the content of gist ${share.updateId} with` : `Upload to a ${share.mode.public ? 'PUBLIC' : 'secret'} gist:`} ${plural(files.length, 'file')} (${size(bytes)}), ${turns} turn${turns === 1 ? '' : 's'}, ${plan.redactions.total} value${plan.redactions.total === 1 ? '' : 's'} redacted. Continue?`;
  if (!(await ctx.prompter.confirm(what, !large))) throw new DeclinedError('Nothing was uploaded.');
}

/** Creates the gist (or updates `--update`'s), in batches; a failed new gist is cleaned up (export-upload.ts). */
async function upload(
  share: Share,
  files: readonly GistFile[],
  description: string,
  session: SessionRef,
  io: ExportIo,
  opts: { force: boolean },
  ctx: CommandContext,
) {
  const { mode, gists, updateId } = share;
  const showBatches = !io.json && Boolean(ctx.stderr.isTTY);
  const onBatch = (done: number, total: number, n: number, batchBytes: number): void => {
    if (showBatches) ctx.stderr.write(`Uploaded batch ${done}/${total} (${plural(n, 'file')}, ${size(batchBytes)})\n`);
  };
  // MassGen's own line, with the bytes the requests carry.
  const what = `${plural(files.length, 'file')} (${files.reduce((n, f) => n + f.bytes, 0)} bytes)`;
  io.say(updateId ? `Updating gist ${updateId} with ${what}...` : `Uploading ${what}...`);
  if (updateId)
    return uploadUpdate(gists, updateId, files, {
      description,
      force: opts.force,
      signal: ctx.signal,
      onBatch,
      batchFiles: batchFiles(ctx.env),
    });
  // Without the cancel signal: the partial gist is deleted after Ctrl-C too.
  const cleanup = new GistService(new Gh({ env: ctx.env }));
  const onSweepWait = (ms: number): void =>
    io.say(
      `Checking for up to ${Math.round(ms / 1000)} s that GitHub did not store the failed gist (it is deleted if it appears; Ctrl-C again to stop)...`,
    );
  return uploadNew(gists, cleanup, files, {
    description,
    public: mode.public,
    keepPartial: mode.keepPartial,
    signal: ctx.signal,
    onBatch,
    batchFiles: batchFiles(ctx.env),
    pending: pendingUploads(session, description, ctx),
    sweep: sweepTiming(ctx.env),
    onSweepWait,
  });
}

/**
 * The upload noted before the gist is created, forgotten once it is complete or cleaned up: what a killed run leaves
 * is found by `massgen shares list` and removed by `shares delete --partial`.
 */
function pendingUploads(session: SessionRef, description: string, ctx: CommandContext) {
  const recordFile = recordPath(session.logsDir, ctx.home);
  return {
    add: (uploadId: string) =>
      addPending(recordFile, {
        upload_id: uploadId,
        description,
        session_id: session.id,
        session_root: session.root,
        started_at: ctx.now().toISOString(),
        pid: process.pid,
      }),
    clear: (uploadId: string) => clearPending(recordFile, [uploadId]),
  };
}
