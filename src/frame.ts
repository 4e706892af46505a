/**
 * What every run of the bin has around its command, without the parser (yargs): the context, the one line a failure
 * prints, and the handling of signals and closed pipes. main.ts runs the parser in it; the bin runs a plain
 * `shares pull` in it directly (commands/early.ts: directPull).
 */
import { removeAllNow } from './adapters/cleanup.js';
import { withoutTokens } from './adapters/gh-tokens.js';
import { createPrompter } from './adapters/prompt.js';
import type { CommandContext } from './commands/context.js';
import { DeclinedError, describeError, UsageError, UserError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { jsonTerminalSafe, terminalSafe } from './ui/terminal-safe.js';

/** The exit code of the signal that stopped the run, SIGTERM's or SIGHUP's (Ctrl-C's is ExitCode.Cancelled). */
let signalExit: number | undefined;

/** Writes a failure as one line on stderr (and as the one JSON document under --json). */
export function report(err: unknown, args: readonly string[], ctx: CommandContext): number {
  if (err instanceof DeclinedError) return declined(err, args, ctx);
  const debug = Boolean(ctx.env.DEBUG || ctx.env.MASSGEN_SHARE_DEBUG);
  let code: number;
  let message: string;
  if (err instanceof UserError) {
    // Work a signal cancelled: its code is the signal's, as the process's (128 + its number).
    code = err.exitCode === ExitCode.Cancelled ? (signalExit ?? err.exitCode) : err.exitCode;
    message = err.message;
    if (err instanceof UsageError) message += ' (see --help)';
  } else {
    code = ExitCode.Failure;
    message = `Unexpected error: ${describeError(err)}. Please report it with the command you ran (set DEBUG=1 for details).`;
  }
  // Messages quote names, paths and gh's own text: control characters are shown, never obeyed; a gh token never
  // (gh-tokens.ts: gh's messages are read without it already; this is for any other message that quotes one).
  message = withoutTokens(message, ctx.env);
  ctx.stderr.write(`Error: ${terminalSafe(message.replace(/\s*\n\s*/g, ' '))}\n`);
  if (debug && err instanceof Error && err.stack) ctx.stderr.write(`${err.stack}\n`);
  if (args.includes('--json')) {
    ctx.stdout.write(
      `${jsonTerminalSafe(JSON.stringify({ success: false, error: message, exit_code: code }, null, 2))}\n`,
    );
  }
  return code;
}

/** A deliberate "no": a plain line (or, with --json, a document saying so), exit 0. */
function declined(err: DeclinedError, args: readonly string[], ctx: CommandContext): number {
  if (args.includes('--json'))
    ctx.stdout.write(`${JSON.stringify({ success: true, declined: true, message: err.message }, null, 2)}\n`);
  else ctx.stderr.write(`${terminalSafe(err.message)}\n`);
  return err.exitCode;
}

export function defaultContext(signal?: AbortSignal): CommandContext {
  const interactive = Boolean(process.stdin.isTTY && process.stderr.isTTY && !process.env.CI);
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    now: () => new Date(),
    interactive,
    prompter: createPrompter(process.stderr, process.stdin, process.env),
    signal,
  };
}

/**
 * The bin's frame around one command (`command`, given its context; a failure it throws is reported as main() reports
 * one). The first Ctrl-C aborts the work in progress, which cleans up after itself (a
 * partial gist is deleted, temporary files removed) and exits 130; a second one exits at once,
 * removing temporary files. A reader that closes standard output (`massgen export --json | head`)
 * ends the run quietly with 141, as a closed pipe ends other Unix tools: commands print to
 * stdout only once their work is done, so nothing is cut short. A closed stderr only loses messages.
 */
export async function runFrame(
  args: readonly string[],
  command: (ctx: CommandContext) => Promise<number>,
): Promise<void> {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    removeAllNow();
    if (err.code !== 'EPIPE')
      process.stderr.write(`Error: could not write to standard output (${err.code ?? err.message}).\n`);
    process.exit(err.code === 'EPIPE' ? ExitCode.BrokenPipe : ExitCode.Failure);
  });
  process.stderr.on('error', () => {});
  const abort = new AbortController();
  // SIGTERM (kill, timeout(1), a service manager) and SIGHUP (the terminal closed) stop the work
  // as Ctrl-C does (Node's default would exit at once, leaving staging files and temporary
  // directories behind), and the run then exits 128 + the signal's number, as shells expect.
  signalExit = undefined;
  const onSignal = (code: number) => () => {
    if (!abort.signal.aborted) {
      if (code !== ExitCode.Cancelled) signalExit = code;
      abort.abort();
      return;
    }
    removeAllNow();
    process.stderr.write('\nCancelled.\n');
    process.exit(signalExit ?? code);
  };
  process.on('SIGINT', onSignal(ExitCode.Cancelled));
  process.on('SIGTERM', onSignal(143));
  process.on('SIGHUP', onSignal(129));
  const ctx = defaultContext(abort.signal);
  let code: number;
  try {
    code = await command(ctx);
  } catch (err) {
    code = report(err, args, ctx);
  }
  process.exitCode = signalExit !== undefined && code === ExitCode.Cancelled ? signalExit : code;
}
