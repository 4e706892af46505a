import type { AttemptFigures } from '../core/logs/attempt-figures.js';
import { sortTools, summaryDocument } from '../core/logs/documents.js';
import type { SessionSummary } from '../core/logs/session-summary.js';
import type { ToolStat } from '../core/metrics/tools.js';
import { count, cut, duration, millis, money } from '../ui/numbers.js';
import { renderTable, type TableTarget } from '../ui/tables.js';
import { terminalSafe } from '../ui/terminal-safe.js';
import type { CommandContext } from './context.js';
import { loadSummary, tableTarget, type LogsSessionOptions } from './logs-common.js';

const TOP_TOOLS = 5;

/** The tools table (calls, total time, average, failures), with a TOTAL row when asked. */
export function toolsTable(tools: readonly ToolStat[], target: TableTarget, total?: ToolStat): string {
  const row = (t: ToolStat) => [
    t.name,
    count(t.calls),
    millis(t.totalMs),
    millis(t.calls ? t.totalMs / t.calls : 0),
    count(t.failures),
  ];
  return renderTable(
    {
      head: ['Tool', 'Calls', 'Time', 'Avg', 'Failures'],
      rows: [...tools.map(row), ...(total ? [row(total)] : [])],
      right: [1, 2, 3, 4],
      flex: 0,
    },
    target,
  );
}

function attemptCell(a: AttemptFigures): string {
  const i = a.info;
  const restarts = i.totalAttempts - 1;
  if (i.status === 'restarted') return `${i.attempt} (restarted)`;
  return restarts > 0 ? `${i.attempt} (+${restarts} restarted)` : String(i.attempt);
}

function turnsTable(s: SessionSummary, target: TableTarget): string {
  const rows = s.attempts.map((a) => [
    String(a.info.turn),
    attemptCell(a),
    a.source === 'metrics' ? a.info.status : `${a.info.status}*`,
    duration(a.durationSeconds),
    money(a.info.totals?.cost ?? null),
    count(a.info.totals?.input ?? null),
    count(a.info.totals?.output ?? null),
    a.tools ? count(a.tools.calls) : '-',
    cut(a.info.question, 200),
  ]);
  return renderTable(
    {
      head: ['Turn', 'Attempt', 'Status', 'Duration', 'Cost', 'Input', 'Output', 'Tools', 'Question'],
      rows,
      right: [0, 3, 4, 5, 6, 7],
      flex: 8,
    },
    target,
  );
}

function roundsLine(s: SessionSummary): string {
  const o = s.rounds.byOutcome;
  const kinds = `answer ${count(o.answer)}, vote ${count(o.vote)}, presentation ${count(o.presentation)}, post_evaluation ${count(o.post_evaluation)}`;
  const restarted = o.restarted ? `, restarted ${count(o.restarted)}` : '';
  return `Rounds: ${count(s.rounds.total)} (${kinds}${restarted}); errors ${count(o.error)}, timeouts ${count(o.timeout)}`;
}

/** One line per selected attempt that failed: which turn, which agent, what it said. */
function errorLines(s: SessionSummary, target: TableTarget): string[] {
  return s.attempts
    .filter((a) => a.info.error)
    .map((a) => {
      const e = a.info.error!;
      const who = e.agent_id ? `${e.agent_id} ` : '';
      const what = `${who}${e.type}${e.message ? `: ${cut(e.message, 200)}` : ''}`;
      return `${target.style.red(`Turn ${a.info.turn} attempt ${a.info.attempt}`)} ${terminalSafe(what)}`;
    });
}

/** The human summary: the session, the key figures, tokens, rounds, the turns and the top tools. */
function renderSummary(s: SessionSummary, target: TableTarget): string {
  const st = target.style;
  const turnWord = `${s.selectedTurns.length} of ${s.availableTurns.length} turn${s.availableTurns.length === 1 ? '' : 's'}`;
  const restarts = s.restartedAttempts
    ? `, ${s.restartedAttempts} restarted attempt${s.restartedAttempts === 1 ? '' : 's'}`
    : '';
  const out = [
    `${st.bold('Session')} ${terminalSafe(s.session.id)}  ${st.dim(terminalSafe(s.session.root))}`,
    `${st.bold('Question')} ${terminalSafe(cut(s.question, 300)) || '-'}`,
    `${st.bold('Status')} ${s.status === 'complete' ? st.green(s.status) : st.red(s.status)} (${turnWord}${restarts}; ${s.attemptsMode} attempt${s.attemptsMode === 'all' ? 's' : ''} of each)`,
    ...errorLines(s, target),
    renderTable(
      {
        head: ['Winner', 'Agents', 'Duration', 'Cost'],
        rows: [[s.winner ?? '-', count(s.agents), duration(s.durationSeconds), money(s.totals.cost)]],
        right: [1, 2, 3],
      },
      target,
    ).trimEnd(),
    `Tokens: ${count(s.totals.input)} input, ${count(s.totals.output)} output, ${count(s.totals.reasoning)} reasoning`,
    roundsLine(s),
    '',
    st.bold('Turns'),
    turnsTable(s, target).trimEnd(),
  ];
  if (s.attempts.some((a) => a.source !== 'metrics'))
    out.push(
      '* no readable metrics_summary.json (a run that errored or was interrupted writes none): figures from status.json',
    );
  const tools = sortTools(s.tools.byTool, 'time');
  if (tools.length) {
    const more = tools.length > TOP_TOOLS ? ` (${TOP_TOOLS} of ${tools.length}; massgen logs tools for all)` : '';
    out.push('', `${st.bold('Top tools')}${more}`, toolsTable(tools.slice(0, TOP_TOOLS), target).trimEnd());
  }
  return `${out.join('\n')}\n`;
}

/** `massgen logs [summary]`. */
export async function runLogsSummary(opts: LogsSessionOptions, ctx: CommandContext): Promise<number> {
  const { s, out } = await loadSummary(opts, ctx);
  if (opts.json) out.json(summaryDocument(s));
  else {
    out.warnings(s.warnings);
    out.out(renderSummary(s, tableTarget(ctx)));
  }
  return 0;
}
