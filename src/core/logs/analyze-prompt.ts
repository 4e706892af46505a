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
  const lines = [
    `Analyze the MassGen run in ${shown(dir)}`,
    `(session ${s.session.id}, ${s.selectedTurns.length} turn${s.selectedTurns.length === 1 ? '' : 's'}, status ${s.status}).`,
    '',
    'Read these files (each attempt directory is one run of a turn; a restarted attempt is followed by the one that replaced it):',
  ];
  const files: string[] = [];
  for (const a of s.attempts) {
    lines.push(`- turn ${a.info.turn}, attempt ${a.info.attempt} (${a.info.status}): ${shown(a.info.dir)}`);
    for (const f of await attemptFiles(a)) {
      files.push(shown(f.file));
      lines.push(`  - ${path.basename(f.file)}: ${f.what}`);
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
      ? `An analysis report exists already: ${[...new Set(reports.map(shown))].join(', ')}. Read it first and update it rather than start over.`
      : 'No ANALYSIS_REPORT.md exists yet for these turns.',
    `Write your findings to ${reportPath}: what was asked, how the agents coordinated (answers, votes, restarts), where time and cost went, tool failures and errors, and what to change in the configuration or prompts.`,
  );
  return {
    dir: shown(dir),
    files,
    reports: [...new Set(reports.map(shown))],
    reportPath,
    prompt: `${lines.join('\n')}\n`,
  };
}
