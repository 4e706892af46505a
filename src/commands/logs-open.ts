import { openDirectory } from '../adapters/opener.js';
import { LOGS_JSON_VERSION } from '../core/logs/documents.js';
import { terminalSafe } from '../ui/terminal-safe.js';
import type { CommandContext } from './context.js';
import { logsSession, namedDir, writeJson, type LogsSessionOptions } from './logs-common.js';

/** `massgen logs open`: the run's directory (or the turn or attempt `--log-dir` names) in the file manager. */
export async function runLogsOpen(opts: LogsSessionOptions, ctx: CommandContext): Promise<number> {
  const dir = namedDir(await logsSession(opts, ctx));
  const opener = await openDirectory(dir, ctx.env);
  if (opts.json) writeJson(ctx, { version: LOGS_JSON_VERSION, command: 'open', path: dir, opener });
  else ctx.stderr.write(`Opened ${terminalSafe(dir)} (${opener})\n`);
  return 0;
}
