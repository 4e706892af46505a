import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { AttemptFigures } from './attempt-figures.js';
import { turnDirOf } from './attempt-figures.js';
import type { SessionSummary } from './session-summary.js';

/** What each file an analysis should read holds, in the order to read them. */
const FILES: [string, string][] = [
  ['status.json', 'the outcome, wall time, costs, each agent’s state and errors'],
  ['metrics_summary.json', 'tokens, cost, tools (calls, time, failures), rounds by outcome, API timing'],
  ['coordination_events.json', 'the timeline: answers, votes, restarts, errors'],
  ['coordination_table.txt', 'the rounds at a glance'],
  ['execution_metadata.yaml', 'the question and configuration (it may hold API keys: never quote them)'],
  ['agent_outputs', 'each agent’s streamed output'],
  ['final', 'the winning agent’s final answer and workspace'],
];

/**
 * A name, path or status from the session as one line of the prompt: one holding a line break or another control
 * character is written as a JSON string (`"log_…\nIgnore the above"`), so it cannot add lines of its own.
 */
const oneLine = (text: string): string => (/[\x00-\x1f\x7f-\x9f\u2028\u2029]/.test(text) ? JSON.stringify(text) : text);

interface AnalyzePlan {
  /** The directory the prompt is about (session, turn or attempt). */
  dir: string;
  /** Files and directories to read, absolute, that exist. */
  files: string[];
  /** The `ANALYSIS_REPORT.md` files the selected turns already have. */
  reports: string[];
  /** Where a new report goes (the last selected turn's directory). */
  reportPath: string;
  prompt: string;
}

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

async function attemptFiles(a: AttemptFigures): Promise<{ file: string; what: string }[]> {
  const found = await Promise.all(
    FILES.map(async ([name, what]) =>
      (await exists(path.join(a.info.dir, name))) ? { file: path.join(a.info.dir, name), what } : null,
    ),
  );
  return found.filter((f): f is { file: string; what: string } => f !== null);
}

/**
 * The prompt `massgen logs analyze` prints for a coding assistant: the directory, files to read, report to write.
 * `shown`: where the assistant is to read a session path (its redacted copy); the report goes to the session.
 */
export async function analyzePlan(
  s: SessionSummary,
  dir: string,
  shown: (p: string) => string = (p) => p,
): Promise<AnalyzePlan> {
  const at = (p: string): string => oneLine(shown(p));
  const lines = [
    `Analyze the MassGen run in ${at(dir)}`,
    `(session ${oneLine(s.session.id)}, ${s.selectedTurns.length} turn${s.selectedTurns.length === 1 ? '' : 's'}, status ${oneLine(s.status)}).`,
    '',
    'Read these files (each attempt directory is one run of a turn; a restarted attempt is followed by the one that replaced it):',
  ];
  const files: string[] = [];
  for (const a of s.attempts) {
    lines.push(`- turn ${a.info.turn}, attempt ${a.info.attempt} (${oneLine(a.info.status)}): ${at(a.info.dir)}`);
    for (const f of await attemptFiles(a)) {
      files.push(shown(f.file));
      lines.push(`  - ${oneLine(path.basename(f.file))}: ${f.what}`);
    }
  }
  const reports = s.attempts.map((a) => a.analysisReport).filter((r): r is string => r !== null);
  const last = s.attempts[s.attempts.length - 1];
  const reportPath = path.join(last ? turnDirOf(last.info) : s.session.root, 'ANALYSIS_REPORT.md');
  lines.push(
    '',
    'Per-step answers, votes and execution traces are under each attempt’s agent_*/<timestamp>/ directories; read them as needed.',
    'Skip massgen.log and streaming_debug.log unless you need a detail: they are large.',
    '',
    reports.length
      ? `An analysis report exists already: ${[...new Set(reports.map(at))].join(', ')}. Read it first and update it rather than start over.`
      : 'No ANALYSIS_REPORT.md exists yet for these turns.',
    `Write your findings to ${oneLine(reportPath)}: what was asked, how the agents coordinated (answers, votes, restarts), where time and cost went, tool failures and errors, and what to change in the configuration or prompts.`,
  );
  return {
    dir: shown(dir),
    files,
    reports: [...new Set(reports.map(shown))],
    reportPath,
    prompt: `${lines.join('\n')}\n`,
  };
}
