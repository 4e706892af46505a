import type { Selection } from '../core/stages/select.js';
import { archived, type ExportPlan, type LeftOut, type PlannedFile } from '../core/plan.js';
import { firstSorted } from '../core/plan.js';
import type { AttemptInfo, TurnStatus } from '../core/turns.js';
import { size, type Styler } from './style.js';
import { terminalSafe as t } from './terminal-safe.js';

const MARKS: Record<TurnStatus, string> = { complete: '✓', restarted: '↻', error: '✗', timeout: '✗', interrupted: '○' };

const truncate = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function turnLine(a: AttemptInfo, st: Styler): string {
  const mark = MARKS[a.status];
  const colored =
    a.status === 'complete'
      ? st.green(mark)
      : a.status === 'error' || a.status === 'timeout'
        ? st.red(mark)
        : st.yellow(mark);
  const label = a.status === 'complete' ? '' : ` ${st.dim(`[${a.status}]`)}`;
  const question = a.question ? `: ${t(truncate(oneLine(a.question), 60))}` : '';
  const which =
    a.attempt === a.attemptIndex
      ? `attempt ${a.attempt}/${a.totalAttempts}`
      : `attempt_${a.attempt}, ${a.attemptIndex} of ${a.totalAttempts}`;
  return `  ${colored} Turn ${a.turn} (${which})${label}${question}`;
}

/** The header: session, turns, one line per exported attempt. */
export function renderHeader(sessionId: string, sel: Selection, st: Styler): string[] {
  const of = sel.selectedTurns.length === sel.availableTurns.length ? '' : ` of ${sel.availableTurns.length}`;
  return [
    `Session: ${st.bold(t(sessionId))}`,
    `Turns: ${sel.selectedTurns.length}${of}${sel.attempts.length > sel.selectedTurns.length ? ` (${sel.attempts.length} attempts)` : ''}`,
    ...sel.attempts.map((a) => turnLine(a, st)),
  ];
}

const leftOutSize = (l: LeftOut): string => (l.isDir ? 'directory' : l.bytes === null ? '' : size(l.bytes));

/**
 * What was left out, the archive, links and warnings; every file with --verbose. Lines are made as they are printed.
 */
export function* renderDetails(plan: ExportPlan, st: Styler, verbose: boolean): Generator<string> {
  if (verbose) {
    for (const f of plan.files) yield fileLine(f);
    for (const l of plan.leftOut)
      yield `  ${st.dim('left out')} ${leftOutSize(l).padStart(9)}  ${t(l.path)}  ${st.dim(`(${t(l.reason)})`)}`;
    for (const l of plan.links) yield `  ${st.dim('link    ')} ${''.padStart(9)}  ${t(l.path)} -> ${t(l.target)}`;
  }
  if (plan.leftOut.length > 0) {
    let bytes = 0;
    let dirs = 0;
    for (const l of plan.leftOut) {
      bytes += l.bytes ?? 0;
      if (l.isDir) dirs++;
    }
    const parts = [
      dirs ? `${dirs} director${dirs === 1 ? 'y' : 'ies'}` : '',
      `${plan.leftOut.length - dirs} file${plan.leftOut.length - dirs === 1 ? '' : 's'}`,
    ].filter(Boolean);
    yield `Left out ${parts.join(', ')} (${size(bytes)}):`;
    if (!verbose) {
      const largest = firstSorted(
        plan.leftOut,
        5,
        (a, b) => (b.bytes ?? -1) - (a.bytes ?? -1) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
      );
      for (const l of largest) yield `  ${leftOutSize(l).padStart(9)}  ${t(l.path)}  ${st.dim(`(${t(l.reason)})`)}`;
      if (plan.leftOut.length > 5) yield st.dim(`  … and ${plan.leftOut.length - 5} more (--verbose lists them all)`);
    } else {
      yield st.dim('  (listed above)');
    }
  }
  let members = 0;
  let memberBytes = 0;
  const firstMembers: PlannedFile[] = [];
  for (const f of archived(plan)) {
    members++;
    memberBytes += f.bytes;
    if (firstMembers.length < 5) firstMembers.push(f);
  }
  if (members > 0) {
    yield `Archive: ${members} file${members === 1 ? '' : 's'} (${size(memberBytes)}) travel in the overflow archive; \`massgen shares pull\` restores them:`;
    if (!verbose) {
      for (const f of firstMembers)
        yield `  ${size(f.bytes).padStart(9)}  ${t(f.path)}  ${st.dim(`(${t(f.reason ?? '')})`)}`;
      if (members > 5) yield st.dim(`  … and ${members - 5} more`);
    }
  }
  yield* renderRedactions(plan, st, verbose);
  const a = plan.accounting;
  yield st.dim(
    `Accounted for all ${a.walked} files: ${a.uploaded} uploaded, ${a.archived} archived, ${a.leftOut} left out${a.excludedDirs ? `; ${a.excludedDirs} excluded director${a.excludedDirs === 1 ? 'y' : 'ies'} not entered` : ''}`,
  );
  if (plan.links.length > 0)
    yield `Links: ${plan.links.length} symlink${plan.links.length === 1 ? '' : 's'} inside the session recorded in the manifest`;
  for (const w of plan.workspacesOverLimit) {
    yield st.yellow(
      `Workspace of ${t(w.agent)} in turn ${w.turn} is ${size(w.bytes)}, over --workspace-limit ${size(plan.limits.workspaceLimit)}: kept ${size(w.keptBytes)}, left out ${w.leftOutFiles} file${w.leftOutFiles === 1 ? '' : 's'}`,
    );
  }
}

function fileLine(f: PlannedFile): string {
  const placement = f.placement === 'upload' ? 'upload  ' : 'archive ';
  // An escaped or shortened name does not read back as the path: show where it comes from.
  const shown = t(f.placement === 'upload' ? (/[%~]/.test(f.name!) ? `${f.name} <- ${f.path}` : f.name!) : f.path);
  const extra = f.placement === 'archive' ? `  (${t(f.reason ?? '')})` : f.kind === 'base64' ? '  (base64)' : '';
  return `  ${placement} ${size(f.placement === 'upload' ? f.gistBytes! : f.bytes).padStart(9)}  ${shown}${extra}`;
}

/** What redaction changed: counts per rule, and where (file:line rule; never the value). */
export function* renderRedactions(plan: ExportPlan, st: Styler, verbose: boolean): Generator<string> {
  const r = plan.redactions;
  if (r.total === 0) {
    let texts = 0;
    for (const f of plan.files) if (f.kind === 'text') texts++;
    yield `Redaction: no secrets found in ${texts} text file${texts === 1 ? '' : 's'}`;
  } else {
    const files = Object.keys(r.byFile).length;
    const rules = Object.entries(r.byRule)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([rule, n]) => `${rule} ${n}`);
    yield st.bold(
      `Redacted ${r.total} value${r.total === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}: ${rules.join(', ')}`,
    );
    const shown = verbose ? r.findings.length : Math.min(10, r.findings.length);
    for (let i = 0; i < shown; i++)
      yield `  ${t(r.findings[i]!.file)}:${r.findings[i]!.line}  ${st.dim(r.findings[i]!.rule)}`;
    if (r.findings.length > shown) yield st.dim(`  … and ${r.findings.length - shown} more (--verbose lists them all)`);
  }
  for (const w of r.withheld)
    yield st.yellow(
      `Withheld ${t(w.file)}: a binary file holding a secret (${w.rules.join(', ')}) cannot be redacted in place`,
    );
  if (r.secretFiles.length > 0) {
    const byName = new Map<string, number>();
    for (const f of r.secretFiles) byName.set(f.split('/').pop()!, (byName.get(f.split('/').pop()!) ?? 0) + 1);
    const names = [...byName].map(([name, n]) => t(n > 1 ? `${name} ×${n}` : name)).join(', ');
    yield `Secret-bearing files left out: ${r.secretFiles.length} (${names}${verbose ? '' : '; --verbose lists where'})`;
  }
}
