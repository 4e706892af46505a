import { resolveOutputTarget, type OutputTarget } from '../adapters/output-target.js';
import type { ExportLimits } from '../core/plan.js';
import { parseGistRef } from '../core/gist-ref.js';
import { parseSizeFlag } from '../core/sizes.js';
import { UsageError } from '../errors.js';
import type { CommandContext } from './context.js';

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
  yes: boolean;
  public: boolean;
  update?: string;
  keepPartial: boolean;
}

export const EXPORT_DEFAULTS = {
  workspaceLimit: '500KB',
  maxFileSize: '10MB',
  maxTotalSize: '100MB',
  maxFiles: 300,
} as const;

/** What `massgen export` does once the plan is made: each is its own module. */
export type ExportMode =
  | { kind: 'dry-run' }
  | { kind: 'output'; target: OutputTarget }
  | { kind: 'share'; update?: string; public: boolean; keepPartial: boolean; prompting: boolean };

export interface ExportFlags {
  limits: ExportLimits;
  mode: ExportMode;
}

/**
 * Reads and checks the flags once: sizes into limits, and the mode. Every usage error is
 * raised here, before anything is read. `--dry-run` writes nothing, so it refuses `--output`
 * rather than ignore it.
 */
export function resolveExportFlags(opts: ExportOptions, ctx: Pick<CommandContext, 'cwd' | 'interactive'>): ExportFlags {
  const limits = {
    maxFiles: EXPORT_DEFAULTS.maxFiles,
    maxFileSize: parseSizeFlag('max-file-size', opts.maxFileSize),
    maxTotalSize: parseSizeFlag('max-total-size', opts.maxTotalSize),
    workspaceLimit: parseSizeFlag('workspace-limit', opts.workspaceLimit),
    includeWorkspace: opts.workspace,
  };
  // A bare `--turns` (yargs reads it as '') or `--turns ""` is a slip, not "all".
  if (String(opts.turns).trim() === '')
    throw new UsageError('--turns needs a value: all, latest, N (the first N turns), A-B, or a list such as 1,3,5-6.');
  if (limits.maxFileSize < 1024) throw new UsageError('--max-file-size must be at least 1KB.');
  if (limits.maxTotalSize < 1024)
    throw new UsageError('--max-total-size must be at least 1KB (the manifest alone takes hundreds of bytes).');
  // `--output "$DEST"` with DEST unset would otherwise upload: an empty path is a slip, never "upload instead".
  if (opts.output !== undefined && String(opts.output).trim() === '')
    throw new UsageError('--output needs a path (a .zip file or a folder); to upload to a gist, drop --output.');
  const upload = !opts.dryRun && !opts.output;
  if (!upload && (opts.update || opts.public || opts.keepPartial)) {
    throw new UsageError(
      '--update, --public and --keep-partial are for uploading: drop --dry-run/--output, or drop them.',
    );
  }
  // A bad --update is said before the session is read, not after the collect.
  if (opts.update) parseGistRef(opts.update);
  if (opts.update && opts.public)
    throw new UsageError('--public cannot be combined with --update (a secret gist cannot be made public).');
  if (upload && !opts.yes && !ctx.interactive) {
    throw new UsageError(
      'Uploading asks for confirmation, and there is no terminal to ask (or CI is set): pass --yes to upload with the defaults, or use --dry-run.',
    );
  }
  if (opts.dryRun && opts.output) {
    throw new UsageError(
      '--dry-run writes nothing, so it cannot be combined with --output: drop --dry-run to write the files, or drop --output.',
    );
  }
  if (opts.dryRun) return { limits, mode: { kind: 'dry-run' } };
  if (opts.output) return { limits, mode: { kind: 'output', target: resolveOutputTarget(opts.output, ctx.cwd) } };
  return {
    limits,
    mode: {
      kind: 'share',
      update: opts.update,
      public: opts.public,
      keepPartial: opts.keepPartial,
      prompting: ctx.interactive && !opts.yes,
    },
  };
}
