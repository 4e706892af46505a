import yargs from 'yargs';
import { tuneHeap, tuneRegExps } from './adapters/heap.js';
import type { CommandContext } from './commands/context.js';
import { exportCommand } from './commands/export.js';
import { logsCommand } from './commands/logs.js';
import { sharesCommand } from './commands/shares.js';
import { UsageError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { defaultContext, report, runFrame } from './frame.js';
import { unknownFlagMessage } from './ui/suggest.js';
import { EXPORTER } from './version.js';

/**
 * Parses `args` and runs the command. The only place that turns errors into exit codes;
 * returns the code instead of exiting so tests can call it.
 */
export async function main(args: readonly string[], ctx: CommandContext = defaultContext()): Promise<number> {
  const parser = yargs()
    .scriptName('massgen')
    .usage('$0 <command> [options]\n\nShare MassGen sessions as secret GitHub gists the MassGen Viewer renders.')
    .command(exportCommand)
    .command(sharesCommand)
    .command(logsCommand)
    .demandCommand(1, 'Name a command, for example: massgen export --dry-run')
    .strict()
    .recommendCommands()
    .version(EXPORTER.version)
    .help()
    .alias('h', 'help')
    .wrap(process.stdout.columns ? Math.min(110, process.stdout.columns) : null)
    .exitProcess(false)
    .fail((msg, err, usage) => {
      if (err) throw err;
      // An unknown flag names the nearest one the command has (`--dryrun`: did you mean --dry-run?).
      // yargs 17 passes its usage object here (typed as the parser), which lists the command's flags.
      const described = (usage as unknown as { getDescriptions?: () => Record<string, unknown> }).getDescriptions?.();
      throw new UsageError(unknownFlagMessage(msg, args, Object.keys(described ?? {})) ?? msg);
    });
  let printed = '';
  try {
    await parser.parseAsync([...args], { context: ctx }, (_err, _argv, output) => {
      printed = output;
    });
  } catch (err) {
    return report(err, args, ctx);
  }
  if (printed) ctx.stdout.write(`${printed}\n`);
  return ctx.exitCode ?? ExitCode.Success;
}

/** The bin, through the parser: the command runs in the frame (frame.ts: context, signals, closed pipes). */
export async function run(): Promise<void> {
  const args = process.argv.slice(2);
  // The heap tuning is for the export's plan and the logs readers; `shares` runs with V8's defaults. Tuned here, once
  // the parser has loaded: tuned first, the young generation of 1 MB made the parser's load collect more often.
  if (args[0] !== 'shares') {
    tuneHeap();
    // Before the parser runs and the redactor is made (export and logs redact; shares does not).
    tuneRegExps();
  }
  await runFrame(args, (ctx) => main(args, ctx));
}
