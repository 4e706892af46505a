import path from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { prepareGistFiles } from '../adapters/gist-files.js';
import { checkOutputTarget, outputKind, writeOutput } from '../adapters/output.js';
import { collect, selectAttempts } from '../core/collect.js';
import type { TextFilterFactory } from '../core/content.js';
import { buildManifest, leftOutEntry } from '../core/manifest.js';
import type { ExportPlan } from '../core/plan.js';
import { resolveSession } from '../core/session.js';
import { parseSizeFlag } from '../core/sizes.js';
import { UserError } from '../errors.js';
import { createProgress } from '../ui/progress.js';
import { countGistFiles, renderDetails, renderHeader } from '../ui/report.js';
import { size, stylerFor } from '../ui/style.js';
import { EXPORTER } from '../version.js';
import type { CommandContext } from './context.js';
import { setUpRedaction } from './redaction-setup.js';

export interface ExportOptions {
  session?: string;
  logsDir?: string;
  turns: string;
  attempts: 'latest' | 'all';
  exclude: string[];
  include: string[];
  workspace: boolean;
  workspaceLimit: string | number;
  maxFileSize: string | number;
  maxTotalSize: string | number;
  dryRun: boolean;
  json: boolean;
  output?: string;
  force: boolean;
  verbose: boolean;
  redactExtra: string[];
  ignoreFile?: string;
}

export const EXPORT_DEFAULTS = {
  workspaceLimit: '500KB',
  maxFileSize: '10MB',
  maxTotalSize: '100MB',
  maxFiles: 300,
} as const;

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
    left_out: plan.leftOut.map(leftOutEntry),
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
      limits: { max_files: plan.limits.maxFiles, max_file_size: plan.limits.maxFileSize, max_total_size: plan.limits.maxTotalSize, workspace_limit: plan.limits.workspaceLimit, include_workspace: plan.limits.includeWorkspace },
      walked_files: plan.walkedFiles,
      files: plan.files.map((f) => ({
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

/** `massgen export`: collect, redact and write a session locally (`--dry-run`, `--output`, `--json`). */
export async function runExport(opts: ExportOptions, ctx: CommandContext): Promise<number> {
  const limits = {
    maxFiles: EXPORT_DEFAULTS.maxFiles,
    maxFileSize: parseSizeFlag('max-file-size', opts.maxFileSize),
    maxTotalSize: parseSizeFlag('max-total-size', opts.maxTotalSize),
    workspaceLimit: parseSizeFlag('workspace-limit', opts.workspaceLimit),
    includeWorkspace: opts.workspace,
  };
  if (limits.maxFileSize < 1024) throw new UserError('--max-file-size must be at least 1KB.', 2);
  if (!opts.dryRun && !opts.output) {
    throw new UserError('Uploading to GitHub is not available in this version yet: use --dry-run to see the plan, or --output share.zip|DIR to write it locally.');
  }
  const st = stylerFor(ctx.stderr, ctx.env);
  const session = await resolveSession(opts.session, { cwd: ctx.cwd, logsDir: opts.logsDir, env: ctx.env, home: ctx.home });
  if (opts.output && !opts.dryRun) await checkOutputTarget(path.resolve(ctx.cwd, opts.output), session.root, opts.force);
  const { redactor, exclude } = await setUpRedaction({ cwd: ctx.cwd, env: ctx.env, session, ignoreFile: opts.ignoreFile, redactExtra: opts.redactExtra, home: ctx.home });
  // Everything printed goes through the redactor too: no secret reaches the terminal either.
  const say = (line: string): void => {
    if (!opts.json) ctx.stderr.write(`${redactor.redactString(line)}\n`);
  };
  const printJson = (doc: unknown): void => {
    ctx.stdout.write(`${redactor.redactString(JSON.stringify(doc, null, 2))}\n`);
  };

  const filter: TextFilterFactory = redactor.filter;
  const redactString = (s: string): string => redactor.redactString(s);
  const selection = await selectAttempts({ session, turns: opts.turns, attempts: opts.attempts, redactString });
  for (const line of renderHeader(session.id, selection, st)) say(line);
  for (const w of selection.warnings) say(st.yellow(`Warning: ${w}`));
  say('Collecting files...');
  const progress = createProgress(ctx.stderr, !opts.json && Boolean(ctx.stderr.isTTY) && !ctx.env.CI);
  let plan: ExportPlan;
  try {
    plan = await collect({
      session, selection, turns: opts.turns, attempts: opts.attempts, exclude: [...exclude, ...opts.exclude], include: opts.include,
      limits, filter, scanBinary: (chunk) => redactor.scanBinary(chunk), redactString, onEvent: (e) => progress.onEvent(e),
    });
  } finally {
    progress.done();
  }
  for (const line of renderDetails(plan, st, opts.verbose)) say(line);

  const createdAt = ctx.now();
  if (opts.dryRun || !opts.output) {
    const manifest = buildManifest(plan, { exporter: EXPORTER, createdAt, archive: null });
    const manifestBytes = Buffer.byteLength(JSON.stringify(manifest, null, 2)) + 1;
    const partsBytes = Math.ceil(plan.archiveBytesEstimate / 3) * 4;
    const files = countGistFiles(plan);
    const bytes = manifestBytes + plan.files.reduce((n, f) => n + (f.fate === 'upload' ? f.gistBytes! : 0), 0) + partsBytes;
    say(`Would upload ${files} file${files === 1 ? '' : 's'} (${plan.archiveParts ? 'at most ' : ''}${size(bytes)})`);
    if (opts.json) printJson(jsonReport(plan, manifest, { dryRun: true, output: null, files, bytes, bytesExact: plan.archiveParts === 0 }));
    return 0;
  }

  const target = path.resolve(ctx.cwd, opts.output);
  const prepared = await prepareGistFiles(plan, { filter, redactString, exporter: EXPORTER, createdAt });
  try {
    await writeOutput(target, prepared.files, { force: opts.force, date: createdAt });
  } finally {
    await prepared.dispose();
  }
  const bytes = prepared.files.reduce((n, f) => n + f.bytes, 0);
  say(`Wrote ${prepared.files.length} files (${size(bytes)}) to ${outputKind(target) === 'zip' ? 'zip' : 'directory'} ${opts.output}`);
  if (opts.json) {
    printJson(jsonReport(plan, prepared.manifest, { dryRun: false, output: target, files: prepared.files.length, bytes, bytesExact: true }));
  }
  return 0;
}

export const exportCommand: CommandModule<object, ExportOptions & { context: CommandContext }> = {
  command: 'export [session]',
  describe: 'Collect a MassGen session, redact it, and write or share it',
  builder: (y: Argv) =>
    y
      .positional('session', { type: 'string', describe: 'Session name (log_…), or path to a session, turn_N or attempt_M directory; newest if omitted' })
      .option('turns', { alias: 't', type: 'string', default: 'all', describe: 'all | latest | N (first N) | A-B | list like 1,3,5-6' })
      .option('attempts', { choices: ['latest', 'all'] as const, default: 'latest' as const, describe: 'Latest attempt of each turn, or every attempt' })
      .option('logs-dir', { type: 'string', describe: 'Where sessions live (default: nearest .massgen/massgen_logs, then ~/.massgen/massgen_logs; env MASSGEN_LOGS_DIR)' })
      .option('exclude', { type: 'string', array: true, default: [] as string[], describe: 'Leave out paths matching this gitignore pattern (repeatable)' })
      .option('include', { type: 'string', array: true, default: [] as string[], describe: 'Re-include paths a default or user pattern excluded (repeatable)' })
      .option('workspace', { type: 'boolean', default: true, describe: 'Include agent workspaces (--no-workspace drops them)' })
      .option('workspace-limit', { type: 'string', default: EXPORT_DEFAULTS.workspaceLimit, describe: "Cap on each agent's workspace per turn (500KB, 1.5MB, bytes)" })
      .option('max-file-size', { type: 'string', default: EXPORT_DEFAULTS.maxFileSize, describe: 'Largest individual gist file; larger files go into the archive' })
      .option('max-total-size', { type: 'string', default: EXPORT_DEFAULTS.maxTotalSize, describe: 'Cap on the whole export' })
      .option('dry-run', { type: 'boolean', default: false, describe: 'Show what would be uploaded, upload nothing' })
      .option('json', { type: 'boolean', default: false, describe: 'Print one JSON document on stdout' })
      .option('output', { alias: 'o', type: 'string', describe: 'Write the export to a .zip file or a new directory instead of uploading' })
      .option('force', { type: 'boolean', default: false, describe: 'Replace an existing --output' })
      .option('verbose', { alias: 'v', type: 'boolean', default: false, describe: 'List every file with its size and fate' })
      .option('redact-extra', { type: 'string', array: true, default: [] as string[], describe: 'Also redact matches of this regex (repeatable); redaction itself cannot be turned off' })
      .option('ignore-file', { type: 'string', describe: 'Read exclusions and redact: patterns from this file too (.massgenignore syntax)' }) as unknown as Argv<ExportOptions & { context: CommandContext }>,
  handler: async (argv) => {
    argv.context.exitCode = await runExport(argv, argv.context);
  },
};
