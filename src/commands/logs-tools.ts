import { sortTools, toolsDocument, toolTotal, type ToolSort } from '../core/logs/documents.js';
import type { CommandContext } from './context.js';
import { terminalSafe } from '../ui/terminal-safe.js';
import { loadSummary, tableTarget, type LogsSessionOptions } from './logs-common.js';
import { toolsTable } from './logs-summary.js';

/** `massgen logs tools [--sort calls|time]`: every tool over the selected turns, with a TOTAL row. */
export async function runLogsTools(
  opts: LogsSessionOptions & { sort?: ToolSort },
  ctx: CommandContext,
): Promise<number> {
  const { s, out } = await loadSummary(opts, ctx);
  const sort = opts.sort ?? 'time';
  if (opts.json) {
    out.json(toolsDocument(s, sort));
    return 0;
  }
  out.warnings(s.warnings);
  const tools = sortTools(s.tools.byTool, sort);
  if (tools.length === 0) {
    out.out(`No tool calls recorded in ${terminalSafe(s.session.id)} (turns ${s.selectedTurns.join(', ')}).\n`);
    return 0;
  }
  out.out(toolsTable(tools, tableTarget(ctx), toolTotal(tools)));
  return 0;
}
