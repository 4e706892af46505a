import { analyzePlan } from '../core/logs/analyze-prompt.js';
import { LOGS_JSON_VERSION, sessionEntry } from '../core/logs/documents.js';
import { terminalSafe } from '../ui/terminal-safe.js';
import type { CommandContext } from './context.js';
import { loadSummary, namedDir, writeJson, type LogsSessionOptions } from './logs-common.js';

/** `massgen logs analyze`: prints a prompt for a coding assistant naming the run's directory and the files to read. */
export async function runLogsAnalyze(opts: LogsSessionOptions, ctx: CommandContext): Promise<number> {
  const s = await loadSummary(opts, ctx);
  const plan = await analyzePlan(s, namedDir(s.session));
  if (opts.json) {
    writeJson(ctx, {
      version: LOGS_JSON_VERSION,
      command: 'analyze',
      session: sessionEntry(s.session),
      path: plan.dir,
      files: plan.files,
      analysis_reports: plan.reports,
      report_path: plan.reportPath,
      prompt: plan.prompt,
    });
  } else ctx.stdout.write(terminalSafe(plan.prompt, { lines: true }));
  return 0;
}
