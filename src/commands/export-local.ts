import type { OutputTarget } from '../adapters/output-target.js';
import { buildManifest, leftOutEntry, limitsEntry, turnEntry } from '../core/manifest.js';
import { uploaded, type ExportPlan } from '../core/plan.js';
import { jsonBytes, MappedList } from '../ui/json-writer.js';
import { size } from '../ui/style.js';
import { terminalSafe } from '../ui/terminal-safe.js';
import { UserError } from '../errors.js';
import { EXPORTER } from '../version.js';
import type { CommandContext } from './context.js';
import { prepareFiles, type ExportIo } from './export-plan.js';

/** The `plan` member of the `--json` document below: limits, accounting, every file, links, the archive. */
function planEntry(plan: ExportPlan) {
  return {
    version: plan.version,
    limits: limitsEntry(plan.limits),
    walked_files: plan.walkedFiles,
    accounting: {
      walked: plan.accounting.walked,
      uploaded: plan.accounting.uploaded,
      archived: plan.accounting.archived,
      left_out: plan.accounting.leftOut,
      excluded_dirs: plan.accounting.excludedDirs,
      links: plan.accounting.links,
      other_entries: plan.accounting.otherEntries,
      session_files: plan.accounting.sessionFiles,
      files_by_fate: plan.accounting.fates,
      redacted: plan.accounting.redacted,
      session_symlinks: plan.accounting.sessionSymlinks,
      symlinks_by_fate: plan.accounting.symlinkFates,
    },
    files: new MappedList(plan.files, (f) => ({
      // `fate`: the document's key for a file's placement, kept as published.
      path: f.path,
      fate: f.placement,
      name: f.name ?? null,
      kind: f.kind,
      size: f.size,
      bytes: f.bytes,
      gist_bytes: f.gistBytes ?? null,
      sha256: f.sha256,
      reason: f.reason ?? null,
      redactions: f.redactions,
    })),
    links: plan.links.map((l) => ({ path: l.path, target: l.target, target_path: l.targetPath })),
    archive: { parts: plan.archiveParts, bytes_upper_bound: plan.archiveBytesEstimate },
    workspaces_over_limit: plan.workspacesOverLimit.map((w) => ({
      turn: w.turn,
      agent: w.agent,
      bytes: w.bytes,
      kept_bytes: w.keptBytes,
      left_out_files: w.leftOutFiles,
    })),
  };
}

/** The JSON document `--json` prints for a dry run or an `--output`: the plan, the manifest and totals. */
function jsonReport(
  plan: ExportPlan,
  manifest: Record<string, unknown>,
  extra: {
    dryRun: boolean;
    output: string | null;
    files: number;
    bytes: number;
    bytesExact: boolean;
    warnings: readonly string[];
  },
) {
  return {
    success: true,
    dry_run: extra.dryRun,
    output: extra.output,
    session: plan.session,
    turns: plan.attempts.map((a) => ({ ...turnEntry(a), error: a.error })),
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
    warnings: [...extra.warnings, ...plan.warnings],
    plan: planEntry(plan),
    manifest,
  };
}

/** `--dry-run`: says what would be uploaded (files and bytes, the archive's at most) and writes nothing. */
export async function showDryRun(plan: ExportPlan, io: ExportIo, ctx: CommandContext): Promise<number> {
  const manifest = buildManifest(plan, { exporter: EXPORTER, createdAt: ctx.now(), archive: null });
  const manifestBytes = jsonBytes(manifest) + 1;
  const partsBytes = Math.ceil(plan.archiveBytesEstimate / 3) * 4;
  // The manifest, each uploaded file, the archive's parts (one pass over the files: there can be 100,000).
  const uploads = uploaded(plan);
  const files = 1 + uploads.length + plan.archiveParts;
  const bytes = manifestBytes + uploads.reduce((n, f) => n + f.gistBytes!, 0) + partsBytes;
  io.show(`Would upload ${files} file${files === 1 ? '' : 's'} (${plan.archiveParts ? 'at most ' : ''}${size(bytes)})`);
  if (io.json)
    await io.printJson(
      jsonReport(plan, manifest, {
        dryRun: true,
        output: null,
        files,
        bytes,
        bytesExact: plan.archiveParts === 0,
        warnings: io.warnings,
      }),
    );
  return 0;
}

const CAUSES: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'a folder on the way is missing or cannot be made',
  ENOTDIR: 'a part of the path is not a folder',
  ENAMETOOLONG: 'the path is too long',
};

/** A file system error writing `--output`: one line naming the path and the cause (not an "unexpected error"). */
function outputError(err: unknown, target: OutputTarget): unknown {
  const { code, path: at } = err as NodeJS.ErrnoException;
  // Only errors on the output's side (a session file that vanished keeps its own message).
  const dir = target.path.replace(/[/\\][^/\\]*$/, '');
  const outputSide = at === undefined || at.startsWith(dir) || dir.startsWith(at);
  if (err instanceof UserError || !code || !outputSide) return err;
  const given = target.given;
  return new UserError(
    `Cannot write ${terminalSafe(given)} (${CAUSES[code] ?? code}); nothing was written. Choose another --output path.`,
  );
}

/**
 * `--output`: writes exactly the files that would be uploaded, to a .zip or a new directory (checked before
 * collecting).
 */
export async function writeLocal(
  plan: ExportPlan,
  target: OutputTarget,
  io: ExportIo,
  opts: { force: boolean },
  ctx: CommandContext,
): Promise<number> {
  const createdAt = ctx.now();
  const prepared = await prepareFiles(plan, io, ctx, createdAt);
  try {
    const bytes = prepared.files.reduce((n, f) => n + f.bytes, 0);
    const { writeOutput } = await import('../adapters/output.js');
    const { stale } = await writeOutput(target, prepared.files, {
      force: opts.force,
      date: createdAt,
      signal: ctx.signal,
    }).catch((err: unknown) => {
      throw outputError(err, target);
    });
    if (stale.length > 0)
      io.say(
        `Removed ${stale.length} partial output${stale.length === 1 ? '' : 's'} a killed export had left: ${stale.join(', ')}`,
      );
    io.say(
      `Wrote ${prepared.files.length} file${prepared.files.length === 1 ? '' : 's'} (${size(bytes)}) to ${target.kind === 'zip' ? 'zip' : 'directory'} ${target.given}`,
    );
    if (io.json)
      await io.printJson(
        jsonReport(plan, prepared.manifest, {
          dryRun: false,
          output: target.path,
          files: prepared.files.length,
          bytes,
          bytesExact: true,
          warnings: io.warnings,
        }),
      );
    return 0;
  } finally {
    await prepared.dispose();
  }
}
