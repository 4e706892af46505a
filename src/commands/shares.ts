import type { Argv, CommandModule } from 'yargs';
import type { CommandContext } from './context.js';

type WithContext<T> = T & { context: CommandContext };

/** `shares list` flags. */
const listFlags = (b: Argv) =>
  b
    .option('json', { type: 'boolean', default: false, describe: 'Print one JSON document' })
    // A string, checked by runSharesList: yargs would make `--limit abc` NaN and lose what was typed.
    .option('limit', { alias: 'L', type: 'string', default: '30', describe: 'How many to show' })
    .option('all', { type: 'boolean', default: false, describe: 'Show every share' })
    .option('logs-dir', {
      type: 'string',
      describe: 'Where the local share record lives (beside this logs directory)',
    }) as never;

/** `shares delete` positionals and flags. */
const deleteFlags = (b: Argv) =>
  b
    .positional('refs', { type: 'string', array: true, describe: 'Gist ids or URLs' })
    .option('yes', { alias: 'y', type: 'boolean', default: false, describe: 'Delete without asking' })
    .option('force', { type: 'boolean', default: false, describe: 'Also delete gists that are not MassGen shares' })
    .option('partial', {
      type: 'boolean',
      default: false,
      describe: 'Delete every partial upload (an export killed before its last file)',
    })
    .option('json', { type: 'boolean', default: false, describe: 'Print one JSON document' })
    .option('logs-dir', { type: 'string', describe: 'Where the local share record lives' }) as never;

/** `shares pull` positionals and flags. */
const pullFlags = (b: Argv) =>
  b
    .positional('ref', { type: 'string', describe: 'Gist id or URL (or Viewer link)' })
    .positional('dir', { type: 'string', describe: 'New or empty directory (default: ./<session id>)' })
    .option('json', { type: 'boolean', default: false, describe: 'Print one JSON document' })
    .option('max-size', {
      type: 'string',
      describe: 'The most the pull may write (default 4GB): bytes or a size such as 8GB',
    })
    .option('tool-files', {
      type: 'boolean',
      default: false,
      describe: 'Also write files tools act on in their folder (.envrc, .vscode/, .npmrc, .massgenignore, ...)',
    }) as never;

/** The parser `massgen shares` was built with, for its help when no subcommand is named. */
let sharesParser: Argv | undefined;

/**
 * `massgen shares list | delete | pull`: the gists shared before. Each subcommand loads its
 * module lazily; `massgen shares` alone prints its help (the subcommands), as `gh gist` does.
 */
export const sharesCommand: CommandModule<object, { context: CommandContext }> = {
  command: 'shares',
  describe: 'List, delete or pull the sessions you shared',
  builder: (y: Argv) =>
    (sharesParser = y)
      .command<WithContext<{ json: boolean; limit: string; all: boolean; logsDir?: string }>>(
        'list',
        'List your MassGen shares, newest first',
        listFlags,
        async (argv) => {
          const { runSharesList } = await import('./shares-list.js');
          argv.context.exitCode = await runSharesList(argv, argv.context);
        },
      )
      .command<
        WithContext<{ refs: string[]; yes: boolean; force: boolean; json: boolean; logsDir?: string; partial: boolean }>
      >(
        'delete [refs..]',
        'Delete shares (gist ids or URLs), or --partial uploads an interrupted export left',
        deleteFlags,
        async (argv) => {
          const { runSharesDelete } = await import('./shares-delete.js');
          argv.context.exitCode = await runSharesDelete(argv, argv.context);
        },
      )
      .command<WithContext<{ ref: string; dir?: string; json: boolean; maxSize?: string; toolFiles: boolean }>>(
        'pull <ref> [dir]',
        'Download a share into a local log tree',
        pullFlags,
        async (argv) => {
          const { runSharesPull } = await import('./shares-pull.js');
          argv.context.exitCode = await runSharesPull(argv, argv.context);
        },
      ) as never,
  handler: (argv) => {
    if (argv._.length < 2) sharesParser?.showHelp((help) => argv.context.stdout.write(`${help}\n`));
  },
};
