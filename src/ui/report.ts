import { OUTSIDE_FATES } from '../core/census.js';
import type { Selection } from '../core/stages/select.js';
import { FATES } from '../core/stages/summarise.js';
import { archived, type ExportPlan, type LeftOut, type PlannedFile } from '../core/plan.js';
import { firstSorted } from '../core/plan.js';
import type { AttemptInfo, TurnStatus } from '../core/turns.js';
import { size, type Styler } from './style.js';
import { terminalSafe as t } from './terminal-safe.js';

const MARKS: Record<TurnStatus, string> = { complete: '✓', restarted: '↻', error: '✗', timeout: '✗', interrupted: '○' };

const truncate = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

function turnLine(a: AttemptInfo, st: Styler): string {
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
    yield leftOutHeader(plan);
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
  yield st.dim(accountedLine(plan));
  if (plan.links.length > 0)
    yield `Links: ${plan.links.length} symlink${plan.links.length === 1 ? '' : 's'} inside the session recorded in the manifest`;
  for (const w of plan.workspacesOverLimit) {
    yield st.yellow(
      `Workspace of ${t(w.agent)} in turn ${w.turn} is ${size(w.bytes)}, over --workspace-limit ${size(plan.limits.workspaceLimit)}: kept ${size(w.keptBytes)}, left out ${w.leftOutFiles} file${w.leftOutFiles === 1 ? '' : 's'}`,
    );
  }
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** `Left out 18 files (2.86 KiB), 6 directories (not entered), 13 symlinks:` — each kind counted as itself. */
function leftOutHeader(plan: ExportPlan): string {
  let bytes = 0;
  const kinds = { file: 0, dir: 0, link: 0, special: 0, unknown: 0 };
  for (const l of plan.leftOut) {
    bytes += l.bytes ?? 0;
    kinds[l.kind]++;
  }
  const other = kinds.special + kinds.unknown;
  const parts = [
    kinds.file ? `${count(kinds.file, 'file', 'files')} (${size(bytes)})` : '',
    kinds.dir ? `${count(kinds.dir, 'directory', 'directories')} (not entered)` : '',
    kinds.link ? count(kinds.link, 'symlink', 'symlinks') : '',
    other ? count(other, 'other entry', 'other entries') : '',
  ].filter(Boolean);
  return `Left out ${parts.join(', ')}:`;
}

/**
 * Every regular file under the session (what `find -type f` counts) by fate, in the words of the line above (the
 * files left out are those listed there); symlinks apart.
 */
function accountedLine(plan: ExportPlan): string {
  const a = plan.accounting;
  const parts = [`${a.uploaded} uploaded`, `${a.archived} archived`, `${a.leftOut} left out`];
  const notEntered = a.fates[FATES.notEntered] ?? 0;
  if (notEntered) parts.push(`${notEntered} in excluded directories (not entered)`);
  for (const fate of Object.values(OUTSIDE_FATES)) if (a.fates[fate]) parts.push(`${a.fates[fate]} ${fate}`);
  const links = Object.entries(a.symlinkFates).map(([fate, n]) => `${n} ${fate}`);
  return (
    `Accounted for all ${count(a.sessionFiles, 'file', 'files')} under the session: ${parts.join(', ')}` +
    (a.sessionSymlinks ? `; and ${count(a.sessionSymlinks, 'symlink', 'symlinks')}: ${links.join(', ')}` : '')
  );
}

function fileLine(f: PlannedFile): string {
  const placement = f.placement === 'upload' ? 'upload  ' : 'archive ';
  // An escaped or shortened name does not read back as the path: show where it comes from.
  const shown = t(f.placement === 'upload' ? (/[%~]/.test(f.name!) ? `${f.name} <- ${f.path}` : f.name!) : f.path);
  const extra = f.placement === 'archive' ? `  (${t(f.reason ?? '')})` : f.kind === 'base64' ? '  (base64)' : '';
  return `  ${placement} ${size(f.placement === 'upload' ? f.gistBytes! : f.bytes).padStart(9)}  ${shown}${extra}`;
}

/** What redaction changed: counts per rule, and where (file:line rule; never the value). */
function* renderRedactions(plan: ExportPlan, st: Styler, verbose: boolean): Generator<string> {
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
    // A directory's path ends in `/`: it is named by its last segment, with the slash (`.ssh/`).
    const nameOf = (f: string): string => /[^/]*\/?$/.exec(f)![0];
    for (const f of r.secretFiles) byName.set(nameOf(f), (byName.get(nameOf(f)) ?? 0) + 1);
    const names = [...byName].map(([name, n]) => t(n > 1 ? `${name} ×${n}` : name)).join(', ');
    yield `Secret-bearing files left out: ${r.secretFiles.length} (${names}${verbose ? '' : '; --verbose lists where'})`;
  }
}
