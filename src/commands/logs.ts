import type { Argv, CommandModule, Options } from 'yargs';
import type { CommandContext } from './context.js';
import type { LogsSessionOptions } from './logs-common.js';
import type { LogsListOptions } from './logs-list.js';

type WithContext<T> = T & { context: CommandContext };

const JSON_FLAG = {
  json: { type: 'boolean', default: false, describe: 'Print one JSON document (see README)' },
} satisfies Record<string, Options>;
const LOGS_DIR_FLAG = {
  'logs-dir': {
    type: 'string',
    describe:
      'Where sessions live (default: nearest .massgen/massgen_logs, then ~/.massgen/massgen_logs; env MASSGEN_LOGS_DIR)',
  },
} satisfies Record<string, Options>;

/** The flags of the subcommands that read one session: which one, and which of its turns and attempts. */
const SESSION_FLAGS = {
  'log-dir': {
    type: 'string',
    describe: 'A session (name or path), a turn_N or an attempt_M directory; the newest session if omitted',
  },
  turns: {
    alias: 't',
    type: 'string',
    default: 'all',
    describe: 'all | latest | N (first N) | A-B | list like 1,3,5-6',
  },
  attempts: {
    choices: ['latest', 'all'] as const,
    default: 'latest' as const,
    describe: 'Latest attempt of each turn, or every attempt',
  },
  ...LOGS_DIR_FLAG,
  ...JSON_FLAG,
} satisfies Record<string, Options>;

const sessionFlags = (y: Argv) => y.options(SESSION_FLAGS) as never;

const run =
  <T>(load: () => Promise<(opts: T, ctx: CommandContext) => Promise<number>>) =>
  async (argv: WithContext<T>): Promise<void> => {
    argv.context.exitCode = await (await load())(argv, argv.context);
  };

const listFlags = (b: Argv) =>
  b.options({
    limit: { alias: 'L', type: 'number', default: 10, describe: 'How many runs to show' },
    analyzed: { type: 'boolean', default: false, describe: 'Only runs with an ANALYSIS_REPORT.md' },
    unanalyzed: { type: 'boolean', default: false, describe: 'Only runs without one' },
    ...LOGS_DIR_FLAG,
    ...JSON_FLAG,
  }) as never;

const toolsFlags = (b: Argv) =>
  b.options({
    ...SESSION_FLAGS,
    sort: { choices: ['time', 'calls'] as const, default: 'time' as const, describe: 'Sort by total time or calls' },
  }) as never;

const openFlags = (b: Argv) =>
  b.options({ 'log-dir': SESSION_FLAGS['log-dir'], ...LOGS_DIR_FLAG, ...JSON_FLAG }) as never;

/** `massgen logs summary | tools | list | open | analyze`; each subcommand loads its module lazily. */
export const logsCommand: CommandModule<object, { context: CommandContext }> = {
  command: 'logs',
  describe: 'Summarise, list, open or analyze MassGen runs (summary by default)',
  builder: (y: Argv) =>
    y
      .command<WithContext<LogsSessionOptions>>(
        ['summary', '$0'],
        'The run summary over the selected turns (default)',
        sessionFlags,
        run(async () => (await import('./logs-summary.js')).runLogsSummary),
      )
      .command<WithContext<LogsSessionOptions & { sort: 'time' | 'calls' }>>(
        'tools',
        'Every tool with calls, time, average and failures, and a TOTAL row',
        toolsFlags,
        run(async () => (await import('./logs-tools.js')).runLogsTools),
      )
      .command<WithContext<LogsListOptions>>(
        'list',
        'The runs in ./.massgen/massgen_logs and ~/.massgen/massgen_logs, newest first',
        listFlags,
        run(async () => (await import('./logs-list.js')).runLogsList),
      )
      .command<WithContext<LogsSessionOptions>>(
        'open',
        'Open the run directory (or the turn or attempt --log-dir names) in the file manager',
        openFlags,
        run(async () => (await import('./logs-open.js')).runLogsOpen),
      )
      .command<WithContext<LogsSessionOptions & { raw: boolean }>>(
        'analyze',
        'Print a prompt for a coding assistant to analyze redacted copies of the run',
        (y: Argv) =>
          y.options({
            ...SESSION_FLAGS,
            raw: {
              type: 'boolean',
              default: false,
              describe: 'Point the assistant at the session itself, not redacted copies (its keys go to the assistant)',
            },
          }) as never,
        run(async () => (await import('./logs-analyze.js')).runLogsAnalyze),
      ) as never,
  handler: () => {},
};
