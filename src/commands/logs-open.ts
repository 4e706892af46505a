import { openDirectory } from '../adapters/opener.js';
import { UserError } from '../errors.js';
import { LOGS_JSON_VERSION } from '../core/logs/documents.js';
import { terminalSafe } from '../ui/terminal-safe.js';
import type { CommandContext } from './context.js';
import { logsSession, namedDir, type LogsSessionOptions } from './logs-common.js';
import { logsPrinter } from './logs-redaction.js';

/** `massgen logs open`: the run's directory (or the turn or attempt `--log-dir` names) in the file manager. */
export async function runLogsOpen(opts: LogsSessionOptions, ctx: CommandContext): Promise<number> {
  const session = await logsSession(opts, ctx);
  const dir = namedDir(session);
  const out = await logsPrinter(ctx, [session]);
  // The opener's error names the directory: printed redacted as the rest.
  const opener = await openDirectory(dir, ctx.env).catch((err: unknown) => {
    throw err instanceof UserError ? new UserError(out.redacted(err.message), err.exitCode) : err;
  });
  if (opts.json) out.json({ version: LOGS_JSON_VERSION, command: 'open', path: dir, opener });
  else ctx.stderr.write(`Opened ${terminalSafe(out.redacted(dir))} (${opener})\n`);
  return 0;
}
