import path from 'node:path';
import { checkOutputTarget, outputKind } from '../adapters/output-target.js';
import { collect, selectAttempts } from '../core/collect.js';
import type { TextFilterFactory } from '../core/content.js';
import { buildManifest, leftOutEntry, limitsEntry } from '../core/manifest.js';
import { uploaded, type ExportPlan, type WorkspaceOverride } from '../core/plan.js';
import { resolveSession } from '../core/session.js';
import { parseSizeFlag } from '../core/sizes.js';
import { CancelledError, UsageError } from '../errors.js';
import type { Gh as GhClass } from '../adapters/gh.js';
import { gistDescription, parseGistRef, planBatches, viewerUrl } from '../core/share.js';
import { jsonBytes, MappedList, printJson as printJsonTo } from '../ui/json-writer.js';
import { lineChunks, printChunks } from '../ui/print.js';
import { createProgress } from '../ui/progress.js';
import { renderDetails, renderHeader } from '../ui/report.js';
import { size, stylerFor } from '../ui/style.js';
import { jsonTerminalSafe, terminalSafe, terminalSafeStyled } from '../ui/terminal-safe.js';
import { EXPORTER } from '../version.js';
import type { CommandContext } from './context.js';
import { EXPORT_DEFAULTS, type ExportOptions } from './export.js';
import { setUpRedaction } from './redaction-setup.js';

/** The JSON document `--json` prints: the plan, the manifest and totals. */
function jsonReport(plan: ExportPlan, manifest: Record<string, unknown>, extra: { dryRun: boolean; output: string | null; files: number; bytes: number; bytesExact: boolean }) {
  return {
    success: true,
    dry_run: extra.dryRun,
    output: extra.output,
    session: plan.session,
    turns: plan.attempts.map((a) => ({
      turn_number: a.turn, attempt_number: a.attempt, total_attempts: a.totalAttempts,
      status: a.status, question: a.question, winner: a.winner, error: a.error,
    })),
    files: extra.files,
    bytes: extra.bytes,
    bytes_exact: extra.bytesExact,
    left_out: new MappedList(plan.leftOut, leftOutEntry),
    redactions: {
      total: plan.redactions.total,
      by_rule: plan.redactions.byRule,
      by_file: plan.redactions.byFile,
      findings: plan.redactions.findings,
      withheld: plan.redactions.withheld,
      secret_files: plan.redactions.secretFiles,
    },
    warnings: plan.warnings,
    plan: {
      version: plan.version,
      limits: limitsEntry(plan.limits),
      walked_files: plan.walkedFiles,
      accounting: { walked: plan.accounting.walked, uploaded: plan.accounting.uploaded, archived: plan.accounting.archived, left_out: plan.accounting.leftOut, excluded_dirs: plan.accounting.excludedDirs, links: plan.accounting.links, other_entries: plan.accounting.otherEntries },
      files: new MappedList(plan.files, (f) => ({
        path: f.path, fate: f.fate, name: f.name ?? null, kind: f.kind, size: f.size, bytes: f.bytes,
        gist_bytes: f.gistBytes ?? null, sha256: f.sha256, reason: f.reason ?? null, redactions: f.redactions,
      })),
      links: plan.links.map((l) => ({ path: l.path, target: l.target, target_path: l.targetPath })),
      archive: { parts: plan.archiveParts, bytes_upper_bound: plan.archiveBytesEstimate },
      workspaces_over_limit: plan.workspacesOverLimit.map((w) => ({ turn: w.turn, agent: w.agent, bytes: w.bytes, kept_bytes: w.keptBytes, left_out_files: w.leftOutFiles })),
    },
    manifest,
  };
}

/** Asks, for each workspace over the limit, what to do with it (interactive uploads only). */
async function chooseWorkspaces(plan: ExportPlan, ctx: CommandContext): Promise<Map<string, WorkspaceOverride> | null> {
  if (plan.workspacesOverLimit.length === 0) return null;
  const overrides = new Map<string, WorkspaceOverride>();
  for (const w of plan.workspacesOverLimit) {
    const key = `${w.turn}/${w.agent}`;
    const choice = await ctx.prompter.select(
      `The workspace of ${w.agent} in turn ${w.turn} is ${size(w.bytes)}, over --workspace-limit ${size(plan.limits.workspaceLimit)}. What should go out?`,
      [
        { title: `Keep the limit: upload ${size(w.keptBytes)}, leave ${w.leftOutFiles} file${w.leftOutFiles === 1 ? '' : 's'} out`, value: 'keep' },
        { title: `Raise the limit for it: upload all ${size(w.bytes)}`, value: 'all' },
        { title: 'Drop this workspace', value: 'none' },
        { title: 'Pick files', value: 'pick' },
        { title: 'Cancel', value: 'cancel' },
      ] as const,
    );
    if (choice === 'cancel') throw new CancelledError('Cancelled; nothing was uploaded.');
    if (choice === 'all' || choice === 'none') overrides.set(key, { mode: choice });
    if (choice === 'pick') {
      const picked = await ctx.prompter.multiselect(`Files of ${w.agent}'s workspace in turn ${w.turn} to upload`,
        w.files.map((f) => ({ title: `${f.path.replace(/^turn_\d+\/(?:attempt_\d+\/)?/, '')} (${size(f.bytes)})`, value: f.path, selected: f.kept })));
      overrides.set(key, { mode: 'pick', keep: new Set(picked) });
    }
  }
  return overrides.size > 0 ? overrides : null;
}

/** `massgen export`: collect, redact, then show (`--dry-run`), write (`--output`) or upload to a gist. */
export async function runExport(opts: ExportOptions, ctx: CommandContext): Promise<number> {
  const limits = {
    maxFiles: EXPORT_DEFAULTS.maxFiles,
    maxFileSize: parseSizeFlag('max-file-size', opts.maxFileSize),
    maxTotalSize: parseSizeFlag('max-total-size', opts.maxTotalSize),
    workspaceLimit: parseSizeFlag('workspace-limit', opts.workspaceLimit),
    includeWorkspace: opts.workspace,
  };
  if (limits.maxFileSize < 1024) throw new UsageError('--max-file-size must be at least 1KB.');
  const upload = !opts.dryRun && !opts.output;
  if (!upload && (opts.update || opts.public || opts.keepPartial)) {
    throw new UsageError('--update, --public and --keep-partial are for uploading: drop --dry-run/--output, or drop them.');
  }
  if (opts.update && opts.public) throw new UsageError('--public cannot be combined with --update (a secret gist cannot be made public).');
  const prompting = upload && ctx.interactive && !opts.yes;
  if (upload && !opts.yes && !ctx.interactive) {
    throw new UsageError('Uploading asks for confirmation, and there is no terminal to ask (or CI is set): pass --yes to upload with the defaults, or use --dry-run.');
  }
  // Heavy modules load only when needed: a dry run never pays for execa or the zip writer.
  const { Gh } = upload ? await import('../adapters/gh.js') : { Gh: null };
  const gh: GhClass | null = Gh ? new Gh({ env: ctx.env, signal: ctx.signal }) : null;
  if (gh) {
    await gh.version();
    await gh.authStatus();
  }
  const updateId = opts.update ? parseGistRef(opts.update) : undefined;
  const st = stylerFor(ctx.stderr, ctx.env);
  const session = await resolveSession(opts.session, { cwd: ctx.cwd, logsDir: opts.logsDir, env: ctx.env, home: ctx.home });
  if (opts.output && !opts.dryRun) await checkOutputTarget(path.resolve(ctx.cwd, opts.output), session.root, opts.force);
  const { redactor, exclude, warnings: configWarnings } = await setUpRedaction({ cwd: ctx.cwd, env: ctx.env, session, ignoreFile: opts.ignoreFile, redactExtra: opts.redactExtra, home: ctx.home });
  // Everything printed goes through the redactor too: no secret reaches the terminal either;
  // and every control character but our own colours is escaped (names may hold `\e]0;…\a`).
  const say = (line: string): void => {
    if (!opts.json) ctx.stderr.write(`${terminalSafeStyled(redactor.redactString(line))}\n`);
  };
  // The document is printed a chunk at a time, each redacted on its own: a large export's
  // document is never held whole (nor its redacted copy), nor queued for a slow reader.
  const printJson = (doc: unknown): Promise<void> => printJsonTo(doc, ctx.stdout, (chunk) => jsonTerminalSafe(redactor.redactString(chunk)));
  for (const w of configWarnings) say(st.yellow(`Warning: ${terminalSafe(w)}`));
  if (opts.public && prompting && !(await ctx.prompter.confirm('A public gist is listed on your profile and found by search, and cannot be made secret later. Make it public?', false))) {
    throw new CancelledError('Cancelled; nothing was uploaded.');
  }

  const filter: TextFilterFactory = redactor.filter;
  const redactString = (s: string): string => redactor.redactString(s);
  const selection = await selectAttempts({ session, turns: opts.turns, attempts: opts.attempts, redactString });
  say('Collecting files...');
  const progress = createProgress(ctx.stderr, !opts.json && Boolean(ctx.stderr.isTTY) && !ctx.env.CI);
  const collectWith = async (workspaceOverrides?: Map<string, WorkspaceOverride>): Promise<ExportPlan> => {
    try {
      return await collect({
        session, selection, exclude: [...exclude, ...opts.exclude], include: opts.include,
        limits, filter, scanBinary: (chunk) => redactor.scanBinary(chunk), scanNames: (names) => redactor.scanNames(names), redactString, workspaceOverrides, listWorkspaceFiles: prompting, signal: ctx.signal, learning: redactor,
        onEvent: (e) => progress.onEvent(e),
      });
    } finally {
      progress.done();
    }
  };
  let plan = await collectWith();
  // The header (with the question) is printed once the values of the session are learned.
  // The report is for people: with --json it is not even built.
  if (!opts.json) for (const line of renderHeader(session.id, selection, st)) say(line);
  for (const w of selection.warnings) say(st.yellow(`Warning: ${terminalSafe(w)}`));
  if (prompting) {
    const overrides = await chooseWorkspaces(plan, ctx);
    if (overrides) plan = await collectWith(overrides);
  }
  // Printed as made, a chunk at a time (with --verbose, a line per file: there can be 100,000).
  if (!opts.json) await printChunks(lineChunks(renderDetails(plan, st, opts.verbose)), ctx.stderr, (chunk) => terminalSafeStyled(redactor.redactString(chunk), { lines: true }));
  if (ctx.signal?.aborted) throw new CancelledError();

  const createdAt = ctx.now();
  if (opts.dryRun) {
    const manifest = buildManifest(plan, { exporter: EXPORTER, createdAt, archive: null });
    const manifestBytes = jsonBytes(manifest) + 1;
    const partsBytes = Math.ceil(plan.archiveBytesEstimate / 3) * 4;
    // The manifest, each uploaded file, the archive's parts (one pass over the files: there can be 100,000).
    const uploads = uploaded(plan);
    const files = 1 + uploads.length + plan.archiveParts;
    const bytes = manifestBytes + uploads.reduce((n, f) => n + f.gistBytes!, 0) + partsBytes;
    say(`Would upload ${files} file${files === 1 ? '' : 's'} (${plan.archiveParts ? 'at most ' : ''}${size(bytes)})`);
    if (opts.json) await printJson(jsonReport(plan, manifest, { dryRun: true, output: null, files, bytes, bytesExact: plan.archiveParts === 0 }));
    return 0;
  }

  const { prepareGistFiles } = await import('../adapters/gist-files.js');
  const prepared = await prepareGistFiles(plan, { filter, redactString, exporter: EXPORTER, createdAt, signal: ctx.signal });
  try {
    const bytes = prepared.files.reduce((n, f) => n + f.bytes, 0);
    if (opts.output) {
      const target = path.resolve(ctx.cwd, opts.output);
      const { writeOutput } = await import('../adapters/output.js');
      await writeOutput(target, prepared.files, { force: opts.force, date: createdAt, signal: ctx.signal });
      say(`Wrote ${prepared.files.length} files (${size(bytes)}) to ${outputKind(target) === 'zip' ? 'zip' : 'directory'} ${opts.output}`);
      if (opts.json) await printJson(jsonReport(plan, prepared.manifest, { dryRun: false, output: target, files: prepared.files.length, bytes, bytesExact: true }));
      return 0;
    }
    const { BATCH_BYTES, BATCH_FILES, sweepTiming, uploadNew, uploadUpdate } = await import('./export-upload.js');
    const { addPending, clearPending, readRecords, recordPath, upsertRecord } = await import('../adapters/shares-record.js');
    const description = redactString(gistDescription(plan.attempts, plan.selectedTurns.length));
    const batches = planBatches(prepared.files, BATCH_BYTES, BATCH_FILES).length;
    if (prompting) {
      const large = bytes > LARGE_EXPORT || batches > 1;
      if (large) say(st.yellow(`This export is large: ${size(bytes)} in ${batches} requests.`));
      const what = `${opts.update ? `Replace the content of gist ${updateId} with` : `Upload to a ${opts.public ? 'PUBLIC' : 'secret'} gist:`} ${prepared.files.length} files (${size(bytes)}), ${plan.selectedTurns.length} turn${plan.selectedTurns.length === 1 ? '' : 's'}, ${plan.redactions.total} value${plan.redactions.total === 1 ? '' : 's'} redacted. Continue?`;
      if (!(await ctx.prompter.confirm(what, !large))) throw new CancelledError('Cancelled; nothing was uploaded.');
    }
    const showBatches = !opts.json && Boolean(ctx.stderr.isTTY);
    const onBatch = (done: number, total: number, files: number, batchBytes: number): void => {
      if (showBatches) ctx.stderr.write(`Uploaded batch ${done}/${total} (${files} files, ${size(batchBytes)})\n`);
    };
    say(opts.update ? `Updating gist ${updateId}...` : 'Uploading...');
    const cleanupGh = new Gh!({ env: ctx.env });
    const recordFile = recordPath(session.logsDir, ctx.home);
    // Noted before the gist is created, forgotten once it is complete or cleaned up: what a
    // killed run leaves is found by `massgen shares list` and removed by `shares delete --partial`.
    const pending = {
      add: (uploadId: string) => addPending(recordFile, { upload_id: uploadId, description, session_id: session.id, session_root: session.root, started_at: ctx.now().toISOString(), pid: process.pid }),
      clear: (uploadId: string) => clearPending(recordFile, [uploadId]),
    };
    const onSweepWait = (ms: number): void => say(`Checking for up to ${Math.round(ms / 1000)} s that GitHub did not store the failed gist (it is deleted if it appears; Ctrl-C again to stop)...`);
    const result = updateId
      ? await uploadUpdate(gh!, updateId, prepared.files, { description, force: opts.force, signal: ctx.signal, onBatch })
      : await uploadNew(gh!, cleanupGh, prepared.files, { description, public: opts.public, keepPartial: opts.keepPartial, signal: ctx.signal, onBatch, pending, sweep: sweepTiming(ctx.env), onSweepWait });
    const viewer = viewerUrl(result.id);
    const now = ctx.now().toISOString();
    const previous = (await readRecords(recordFile)).find((r) => r.gist_id === result.id);
    await upsertRecord(recordFile, {
      gist_id: result.id, gist_url: result.url, viewer_url: viewer, session_id: session.id, session_root: session.root,
      turns: plan.selectedTurns, files: prepared.files.length, bytes, public: opts.public,
      created_at: previous?.created_at ?? now, ...(previous || updateId ? { updated_at: now } : {}),
    });
    if (opts.json) {
      await printJson({
        success: true, gist_id: result.id, gist_url: result.url, viewer_url: viewer, files: prepared.files.length, bytes,
        turns: plan.attempts.map((a) => ({ turn_number: a.turn, attempt_number: a.attempt, status: a.status, question: a.question, winner: a.winner })),
        left_out: new MappedList(plan.leftOut, leftOutEntry),
        redactions: { total: plan.redactions.total, by_rule: plan.redactions.byRule, by_file: plan.redactions.byFile },
      });
    } else {
      ctx.stdout.write(`Share URL: ${viewer}\n`);
      say(`${opts.public ? 'Anyone can find this public gist' : 'Anyone with this link can view the session (no login required)'}. Gist: ${result.url}`);
    }
    return 0;
  } finally {
    await prepared.dispose();
  }
}

/** Exports larger than this ask for confirmation with "no" as the default answer. */
const LARGE_EXPORT = 50 * 1024 * 1024;

