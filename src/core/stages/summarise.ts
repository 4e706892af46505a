import type { ExportPlan, RedactionReport } from '../plan.js';
import type { LeftOutTable, PlannedTable } from '../plan-store/index.js';

/** What redaction changed, from the planned files: counts per rule and per file, findings by file then line. */
export function summariseRedactions(
  planned: PlannedTable,
): Pick<RedactionReport, 'total' | 'byRule' | 'byFile' | 'findings'> {
  const byRule: Record<string, number> = {};
  const byFile: Record<string, Record<string, number>> = {};
  const findings: { file: string; line: number; rule: string }[] = [];
  let total = 0;
  for (let i = 0; i < planned.length; i++) {
    const redactions = planned.redactionsOf(i);
    if (!redactions) continue;
    const file = planned.pathOf(i);
    byFile[file] = redactions;
    for (const [rule, n] of Object.entries(redactions)) {
      byRule[rule] = (byRule[rule] ?? 0) + n;
      total += n;
    }
    const inFile = [...(planned.findingsOf(i) ?? [])].sort((a, b) => a.line - b.line);
    for (const f of inFile) findings.push({ file, ...f });
  }
  return { total, byRule, byFile, findings };
}

/**
 * Every walked regular file is uploaded, archived or left out with a reason: checked here (an
 * error in the stages, never the user's).
 */
export function account(
  walked: number,
  uploaded: number,
  planned: PlannedTable,
  leftOut: LeftOutTable,
  links: number,
): ExportPlan['accounting'] {
  const accounting = {
    walked,
    uploaded,
    archived: planned.length - uploaded,
    leftOut: leftOut.count('file'),
    excludedDirs: leftOut.count('dir'),
    links,
    otherEntries: leftOut.length - leftOut.count('file') - leftOut.count('dir'),
  };
  if (accounting.uploaded + accounting.archived + accounting.leftOut !== accounting.walked) {
    throw new Error(`accounting does not add up: ${JSON.stringify(accounting)}`);
  }
  return accounting;
}
