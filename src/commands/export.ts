import type { Argv, CommandModule, Options } from 'yargs';
import type { CommandContext } from './context.js';
import { EXPORT_DEFAULTS, type ExportOptions } from './export-options.js';

/** The flags of `massgen export`, in the order `--help` lists them. */
const EXPORT_FLAGS = {
  // No yargs default: with one, a bare `--turns` silently took it (the handler supplies `all`).
  turns: {
    alias: 't',
    type: 'string',
    defaultDescription: 'all',
    describe: 'all | latest | N (first N) | A-B | list like 1,3,5-6',
  },
  attempts: {
    choices: ['latest', 'all'] as const,
    default: 'latest' as const,
    describe: 'Latest attempt of each turn, or every attempt',
  },
  'logs-dir': {
    type: 'string',
    describe:
      'Where sessions live (default: nearest .massgen/massgen_logs, then ~/.massgen/massgen_logs; env MASSGEN_LOGS_DIR)',
  },
  exclude: {
    type: 'string',
    array: true,
    default: [] as string[],
    describe: 'Leave out paths matching this gitignore pattern (repeatable)',
  },
  include: {
    type: 'string',
    array: true,
    default: [] as string[],
    describe: 'Re-include paths a default or user pattern excluded (repeatable)',
  },
  workspace: { type: 'boolean', default: true, describe: 'Include agent workspaces (--no-workspace drops them)' },
  'workspace-limit': {
    type: 'string',
    default: EXPORT_DEFAULTS.workspaceLimit,
    describe: "Cap on each agent's workspace per turn (500KB, 1.5MB, bytes)",
  },
  'max-file-size': {
    type: 'string',
    default: EXPORT_DEFAULTS.maxFileSize,
    describe: 'Largest individual gist file; larger files go into the archive',
  },
  'max-total-size': { type: 'string', default: EXPORT_DEFAULTS.maxTotalSize, describe: 'Cap on the whole export' },
  'dry-run': { type: 'boolean', default: false, describe: 'Show what would be uploaded, upload nothing' },
  json: { type: 'boolean', default: false, describe: 'Print one JSON document on stdout' },
  output: {
    alias: 'o',
    type: 'string',
    describe: 'Write the export to a .zip file or a new directory instead of uploading',
  },
  force: {
    type: 'boolean',
    default: false,
    describe: 'Replace an existing --output; with --update, overwrite a gist that is not a MassGen share',
  },
  verbose: { alias: 'v', type: 'boolean', default: false, describe: 'List every file with its size and fate' },
  'redact-extra': {
    type: 'string',
    array: true,
    default: [] as string[],
    describe: 'Also redact matches of this regex (repeatable); redaction itself cannot be turned off',
  },
  'ignore-file': {
    type: 'string',
    describe: 'Read exclusions and redact: patterns from this file too (.massgenignore syntax)',
  },
  yes: {
    alias: 'y',
    type: 'boolean',
    default: false,
    describe: 'Upload without asking (accept the defaults); needed without a terminal',
  },
  public: { type: 'boolean', default: false, describe: 'Make the gist public (asks first); secret by default' },
  update: {
    type: 'string',
    describe: 'Replace the content of a share made before (gist id or URL) instead of creating one',
  },
  'keep-partial': {
    type: 'boolean',
    default: false,
    describe: 'If an upload fails, keep the partial gist and print its id',
  },
} satisfies Record<string, Options>;

export const exportCommand: CommandModule<object, ExportOptions & { context: CommandContext }> = {
  command: 'export [session]',
  describe: 'Collect a MassGen session, redact it, and share it as a secret gist (or --dry-run, --output)',
  builder: (y: Argv) =>
    y
      .positional('session', {
        type: 'string',
        describe: 'Session name (log_…), or path to a session, turn_N or attempt_M directory; newest if omitted',
      })
      .options(EXPORT_FLAGS) as unknown as Argv<ExportOptions & { context: CommandContext }>,
  handler: async (argv) => {
    const { runExport } = await import('./export-run.js');
    const turns = (argv.turns as string | undefined) ?? 'all';
    argv.context.exitCode = await runExport({ ...argv, turns }, argv.context);
  },
};
