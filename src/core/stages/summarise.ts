import type { ExportPlan, RedactionReport } from '../plan.js';
import type { Census } from '../census.js';
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

/** The fates the accounting counts regular files by (a left-out file's from its reason). */
export const FATES = {
  uploaded: 'uploaded as a gist file',
  archived: 'in the overflow archive',
  excluded: 'excluded by a pattern',
  secretName: 'left out: a secret in its name',
  empty: 'left out: empty or blank',
  limit: 'left out: over a limit',
  withheld: 'withheld: holds a secret that cannot be redacted',
  unreadable: 'left out: unreadable or unnamable',
  notEntered: 'in an excluded directory (not entered)',
  other: 'left out: other',
} as const;

/** The fate of a left-out regular file, from the reason it was left out for. */
function fateOf(reason: string): string {
  if (reason.startsWith('excluded:')) return FATES.excluded;
  if (reason.startsWith('name holds a secret')) return FATES.secretName;
  if (/^(empty|whitespace-only) file/.test(reason)) return FATES.empty;
  if (/--(max-total-size|workspace-limit|no-workspace)|at the prompt$/.test(reason)) return FATES.limit;
  if (/secret|withheld/.test(reason)) return FATES.withheld;
  if (/could not be|vanished|not valid UTF-8/.test(reason)) return FATES.unreadable;
  return FATES.other;
}

interface AccountInput {
  /** Regular files the walk saw. */
  walked: number;
  uploaded: number;
  planned: PlannedTable;
  leftOut: LeftOutTable;
  links: number;
  census: Census;
}

/**
 * Every regular file under the session has one fate: uploaded, archived, left out with a reason, never entered (in an
 * excluded directory), or outside the selected turns and attempts; they add up to the census (what `find -type f`
 * counts). Symlinks are counted apart. The walk's own sum is checked (an error in the stages, never the user's).
 */
const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);

export function account(input: AccountInput): ExportPlan['accounting'] {
  const { walked, uploaded, planned, leftOut, links, census } = input;
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
  const fates: Record<string, number> = {};
  const add = (fate: string, n: number): void => {
    if (n > 0) fates[fate] = (fates[fate] ?? 0) + n;
  };
  add(FATES.uploaded, uploaded);
  add(FATES.archived, accounting.archived);
  for (const l of leftOut) if (l.kind === 'file') add(fateOf(l.reason), 1);
  add(FATES.notEntered, census.notEnteredFiles);
  for (const [fate, n] of Object.entries(census.outside)) add(fate, n);
  const skippedLinks = leftOut.count('link');
  const symlinkFates: Record<string, number> = {};
  const addLink = (fate: string, n: number): void => {
    if (n > 0) symlinkFates[fate] = n;
  };
  addLink('recorded in the manifest', links);
  addLink('left out (out of the session, dangling, a loop or naming a secret)', skippedLinks);
  addLink('in an excluded directory (not entered)', census.notEnteredSymlinks);
  addLink('outside the selected turns and attempts', census.outsideSymlinks);
  let redacted = 0;
  for (let i = 0; i < planned.length; i++) if (planned.redactionsOf(i)) redacted++;
  return {
    ...accounting,
    sessionFiles: sum(fates),
    sessionSymlinks: sum(symlinkFates),
    fates,
    symlinkFates,
    redacted,
  };
}
