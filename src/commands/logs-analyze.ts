import { keepTempOutOf } from '../adapters/cleanup.js';
import path from 'node:path';
import { redactedCopy } from '../adapters/redacted-copy.js';
import { analyzePlan } from '../core/logs/analyze-prompt.js';
import { LOGS_JSON_VERSION, sessionEntry } from '../core/logs/documents.js';
import { terminalSafe } from '../ui/terminal-safe.js';
import type { CommandContext } from './context.js';
import { loadSummary, namedDir, type LogsSessionOptions } from './logs-common.js';

/** The note the prompt starts with when the assistant reads redacted copies. */
const COPY_NOTE =
  'These are redacted copies of the run’s files (secrets replaced by placeholders such as [REDACTED:...]); ' +
  'do not read the original session directory.';

/**
 * `massgen logs analyze`: prints a prompt for a coding assistant naming the run's directory and the files to read.
 * By default the assistant is pointed at redacted copies of the selected attempts' directories (a private temporary
 * directory), never at the session; `--raw` points it at the session's own files, with a warning.
 */
export async function runLogsAnalyze(
  opts: LogsSessionOptions & { raw?: boolean },
  ctx: CommandContext,
): Promise<number> {
  const { raw, s, out } = await loadSummary(opts, ctx);
  const root = raw.session.root;
  keepTempOutOf(root);
  let copy: Awaited<ReturnType<typeof redactedCopy>> | null = null;
  if (opts.raw) {
    ctx.stderr.write(
      'Warning: --raw points the assistant at the session’s own files, which are not redacted: any key in them goes to the assistant.\n',
    );
  } else {
    const dirs = raw.attempts.map((a) => path.relative(root, a.info.dir)).map((r) => r || '.');
    const reports = raw.attempts.flatMap((a) => (a.analysisReport ? [path.relative(root, a.analysisReport)] : []));
    const r = out.redactor;
    const redact = {
      text: (t: string): string => r.redactString(t),
      // A name with a secret's shape, or a value learned (the environment's, the `.env` files', the run's metadata).
      secretNames: (names: readonly string[]): boolean[] => {
        const [scanned, shown] = [r.scanNames(names), r.redactNames(names)];
        return names.map((n, i) => scanned[i] !== null || shown[i] !== n);
      },
    };
    copy = await redactedCopy(root, [...new Set([...dirs, ...reports])], redact, ctx.signal);
    out.note(
      `Redacted copies of ${copy.copied} file${copy.copied === 1 ? '' : 's'} in ${terminalSafe(copy.dir)}` +
        `${copy.skipped ? ` (${copy.skipped} left out: secret-bearing or secret names, binary, links or too large)` : ''}; remove it when done.\n`,
    );
  }
  const inCopy = (p: string): string => (copy ? path.join(copy.dir, path.relative(root, p)) : p);
  const plan = await analyzePlan(raw, namedDir(raw.session), inCopy);
  const prompt = copy ? `${COPY_NOTE}\n\n${plan.prompt}` : plan.prompt;
  if (opts.json) {
    out.json({
      version: LOGS_JSON_VERSION,
      command: 'analyze',
      session: sessionEntry(s.session),
      path: plan.dir,
      redacted_copy: copy?.dir ?? null,
      files: plan.files,
      analysis_reports: plan.reports,
      report_path: plan.reportPath,
      prompt,
    });
  } else out.out(terminalSafe(prompt, { lines: true }));
  return 0;
}
