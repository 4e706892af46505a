/**
 * Builds MassGen 0.1.45-style session trees from ../shared/massgen-log-format.md, for the
 * committed fixtures (scripts/build-fixtures.ts), for tests that need a tree of their own
 * shape, and for the benchmark's generator. Deterministic: the same spec gives the same bytes.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type Content = string | Buffer | { link: string };
export type Tree = Record<string, Content>;

/**
 * Writes a tree under `root`. Synchronous calls, each directory made once: the tests write trees
 * of thousands of small files, several times faster so than with a promise (and a thread-pool
 * round trip) for each mkdir and write.
 */
export async function writeTree(root: string, tree: Tree): Promise<void> {
  const made = new Set<string>();
  for (const [rel, content] of Object.entries(tree)) {
    const abs = path.join(root, rel);
    const dir = path.dirname(abs);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    if (typeof content === 'object' && !Buffer.isBuffer(content)) symlinkSync(content.link, abs);
    else writeFileSync(abs, content);
  }
}

const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;

/** `YYYYMMDD_HHMMSS_ffffff` for an epoch in seconds (UTC, so fixtures do not depend on the zone). */
export function stepName(epoch: number): string {
  const d = new Date(Math.floor(epoch * 1000));
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const micros = Math.round((epoch % 1) * 1e6);
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}_${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}_${p(micros, 6)}`;
}

export interface AttemptSpec {
  question: string;
  agents: string[];
  /** null: no winner (restarted or unfinished). */
  winner: string | null;
  finishReason: 'completed' | 'timeout' | 'error' | 'in_progress' | null;
  /** Agent errors (the key is always present; null when none). */
  agentErrors?: Record<string, { type: 'timeout' | 'error'; message: string } | null>;
  /** No status.json at all (killed hard). */
  noStatus?: boolean;
  /** No metrics_summary.json (a run that errored or was interrupted before coordination ended). */
  noMetrics?: boolean;
  /** More tools in metrics_summary.json's `tools.by_tool`: [calls, failures, total milliseconds]. */
  moreTools?: Record<string, [number, number, number]>;
  start: number;
  cost: number;
  inputTokens: number;
  outputTokens: number;
  /** Workspace files each answering agent had at its answer step. */
  workspace?: (agent: string) => Record<string, Content>;
  /** Extra files relative to the attempt directory. */
  extra?: Tree;
  withAgentOutputs?: boolean;
  /** The metadata's backend block, e.g. with an `${OPENAI_API_KEY}` placeholder. */
  apiKeyLine?: string;
  restartAttempt?: boolean;
  attemptNumber: number;
  turnNumber: number;
  sessionName: string;
  debugLogBytes?: number;
}

const label = (agents: string[], agent: string, k: number | 'final') => `agent${agents.indexOf(agent) + 1}.${k}`;

function trace(agent: string, model: string, question: string, answer: string): string {
  return [
    `# Execution Trace: ${agent}`,
    `**Model**: ${model} | **Started**: 2026-01-31 10:15:00`,
    '',
    '## Round 1 (Answer 1)',
    '### Tool Call: mcp__filesystem__write_file',
    '```json',
    JSON.stringify({ path: 'index.html', content: '<h1>Hi</h1>' }),
    '```',
    '### Tool Result:',
    'Successfully wrote to index.html',
    '### Reasoning',
    `Thinking about: ${question}`,
    '### Content',
    answer,
    `### Answer Submitted (${agent})`,
    '',
  ].join('\n');
}

/** The files of one attempt directory, keyed by path relative to the attempt. */
export function attemptTree(spec: AttemptSpec): Tree {
  const t: Tree = {};
  const { agents, question, start } = spec;
  const models: Record<string, string> = {
    agent_a: 'gpt-5.1',
    agent_b: 'claude-sonnet-4-5',
    agent_c: 'gemini-2.5-pro',
  };
  const model = (a: string) => models[a] ?? 'gpt-5.1-mini';
  const logDir = `.massgen/massgen_logs/${spec.sessionName}/turn_${spec.turnNumber}/attempt_${spec.attemptNumber}`;
  const answerSteps: Record<string, string> = {};
  const voteSteps: Record<string, string> = {};
  const events: unknown[] = [
    {
      timestamp: start,
      event_type: 'session_start',
      agent_id: null,
      details: `Started with agents: ${JSON.stringify(agents)}`,
      context: { iteration: 0, round: 0 },
    },
  ];
  const mappings: Record<string, unknown> = {};
  agents.forEach((agent, i) => {
    const ansTs = stepName(start + 30 + i * 7 + 0.654321);
    answerSteps[agent] = ansTs;
    const answer = `Answer from ${agent}: a plan for "${question}".\n\n1. Outline\n2. Build\n3. Test\n`;
    t[`${agent}/${ansTs}/answer.txt`] = answer;
    t[`${agent}/${ansTs}/context.txt`] = json({ task: question, answers_seen: i });
    t[`${agent}/${ansTs}/execution_trace.md`] = trace(agent, model(agent), question, answer);
    for (const [rel, content] of Object.entries(spec.workspace?.(agent) ?? {}))
      t[`${agent}/${ansTs}/workspace/${rel}`] = content;
    events.push({
      timestamp: start + 30 + i * 7,
      event_type: 'new_answer',
      agent_id: agent,
      details: `Provided answer ${label(agents, agent, 1)}`,
      context: { label: label(agents, agent, 1), iteration: 1, round: 0 },
    });
    mappings[label(agents, agent, 1)] = {
      type: 'answer',
      label: label(agents, agent, 1),
      agent_id: agent,
      timestamp: ansTs,
      iteration: 1,
      round: 0,
      path: `${agent}/${ansTs}/answer.txt`,
    };
  });
  if (spec.winner) {
    agents.forEach((agent, i) => {
      const voteTs = stepName(start + 60 + i * 5 + 0.000111);
      voteSteps[agent] = voteTs;
      const vote = {
        voter_id: agent,
        voter_anon_id: `agent${i + 1}`,
        voted_for: spec.winner,
        voted_for_label: label(agents, spec.winner!, 1),
        voted_for_anon: `agent${agents.indexOf(spec.winner!) + 1}`,
        reason: 'More complete and tested',
        timestamp: voteTs,
        unix_timestamp: start + 60 + i * 5,
        iteration: 2,
        coordination_round: 1,
        available_options: agents,
        available_options_labels: agents.map((a) => label(agents, a, 1)),
        answer_label_to_agent: Object.fromEntries(agents.map((a) => [label(agents, a, 1), a])),
        available_options_anon: agents.map((_, j) => `agent${j + 1}`),
        agent_mapping: Object.fromEntries(agents.map((a, j) => [`agent${j + 1}`, a])),
        vote_context: { total_agents: agents.length, agents_with_answers: agents.length, current_task: question },
      };
      t[`${agent}/${voteTs}/vote.json`] = json(vote);
      t[`${agent}/${voteTs}/context.txt`] = json({ task: question, answers: agents.map((a) => label(agents, a, 1)) });
      t[`${agent}/${voteTs}/execution_trace.md`] =
        `# Execution Trace: ${agent}\n**Model**: ${model(agent)} | **Started**: 2026-01-31 10:16:00\n\n## Round 2 (Vote)\n### Content\nVoting for ${spec.winner}.\n`;
      events.push({
        timestamp: start + 60 + i * 5,
        event_type: 'vote_cast',
        agent_id: agent,
        details: `Voted for ${label(agents, spec.winner!, 1)}`,
        context: {
          voted_for: spec.winner,
          voted_for_label: label(agents, spec.winner!, 1),
          reason: 'More complete',
          available_answers: agents.map((a) => label(agents, a, 1)),
          iteration: 2,
          round: 1,
        },
      });
      mappings[`agent${i + 1}.vote1`] = {
        type: 'vote',
        label: `agent${i + 1}.vote1`,
        agent_id: agent,
        timestamp: voteTs,
        voted_for: spec.winner,
        voted_for_label: label(agents, spec.winner!, 1),
        iteration: 2,
        round: 1,
        path: `${agent}/${voteTs}/vote.json`,
      };
    });
    const w = spec.winner;
    const finalAnswer = `Final answer from ${w}.\n\nThe landing page is in workspace/index.html.\n`;
    t[`final/${w}/answer.txt`] = finalAnswer;
    t[`final/${w}/context.txt`] = json({ task: question, final: true });
    t[`final/${w}/execution_trace.md`] = trace(w, model(w), question, finalAnswer);
    for (const [rel, content] of Object.entries(spec.workspace?.(w) ?? {})) t[`final/${w}/workspace/${rel}`] = content;
    events.push({
      timestamp: start + 90,
      event_type: 'final_answer',
      agent_id: w,
      details: 'Final answer',
      context: { label: `${label(agents, w, 'final')}`, iteration: 2, round: 2 },
    });
    mappings[label(agents, w, 'final')] = {
      type: 'final_answer',
      label: label(agents, w, 'final'),
      agent_id: w,
      timestamp: 'final',
      iteration: 2,
      round: 2,
      path: `final/${w}/answer.txt`,
    };
  }
  const md = [
    `query: ${JSON.stringify(question)}`,
    `timestamp: '2026-01-31T10:15:00.123456'`,
    ...(spec.restartAttempt
      ? []
      : [
          'config_path: /home/u/proj/.massgen/config.yaml',
          'config:',
          '  agents:',
          ...agents.flatMap((a) => [
            `  - id: ${a}`,
            '    backend:',
            `      type: ${a === 'agent_b' ? 'claude' : 'openai'}`,
            `      model: ${model(a)}`,
            `      ${spec.apiKeyLine ?? 'api_key: ${OPENAI_API_KEY}'}`,
          ]),
          '  orchestrator:',
          '    snapshot_storage: snapshots',
        ]),
    spec.restartAttempt
      ? `cli_args:\n  mode: coordination_restart\n  attempt: ${spec.attemptNumber}\n  session_id: session_x\n  restart_reason: agent requested restart`
      : `cli_args:\n  mode: textual_interactive\n  turn: ${spec.turnNumber}\n  session_id: session_x`,
    'git:\n  commit: 0123abcd4567ef890123abcd4567ef8901234567\n  branch: main',
    "python_version: '3.11.7 (main, Jan 1 2026) [GCC 12.2.0]'",
    'massgen_version: 0.1.45',
    'working_directory: /home/u/proj',
    '',
  ].join('\n');
  t['execution_metadata.yaml'] = md;
  const logLine = (i: number) => `10:15:${String(i % 60).padStart(2, '0')} | INFO | orchestrator step ${i}\n`;
  const logBytes = spec.debugLogBytes ?? 600;
  let log = '';
  for (let i = 0; log.length < logBytes; i++) log += logLine(i);
  t['massgen.log'] = log;
  t['streaming_debug.log'] = `StreamChunk(type='content', content='hello', source='${agents[0]}')\n`.repeat(5);
  t['mcp_filesystem_stderr.log'] = 'Secure MCP Filesystem Server running on stdio\n';
  const agentsStatus = Object.fromEntries(
    agents.map((a) => [
      a,
      {
        status: spec.winner ? 'voted' : 'answered',
        answer_count: 1,
        latest_answer_label: label(agents, a, 1),
        vote_cast: spec.winner
          ? {
              voted_for_agent: spec.winner,
              voted_for_label: label(agents, spec.winner, 1),
              reason_preview: 'More complete',
            }
          : null,
        times_restarted: 0,
        last_activity: start + 60,
        error: spec.agentErrors?.[a] ? { ...spec.agentErrors[a], timestamp: start + 80 } : null,
        workspace_paths: {
          workspace: `/home/u/proj/.massgen/workspaces/${a}`,
          snapshot_storage: '/home/u/proj/.massgen/snapshots',
          temp_workspace: '/tmp/x',
        },
        token_usage: {
          input_tokens: Math.round(spec.inputTokens / agents.length),
          output_tokens: Math.round(spec.outputTokens / agents.length),
          reasoning_tokens: 0,
          cached_input_tokens: 0,
          estimated_cost: spec.cost / agents.length,
        },
        tool_metrics: {},
        round_history: [],
        round_timing: null,
        reliability: {},
      },
    ]),
  );
  const errorRounds = Object.values(spec.agentErrors ?? {}).filter((e) => e?.type === 'error').length;
  const timeoutRounds = Object.values(spec.agentErrors ?? {}).filter((e) => e?.type === 'timeout').length;
  if (!spec.noStatus) {
    t['status.json'] = json({
      finish_reason: spec.finishReason,
      finish_reason_details: spec.winner
        ? `Winner: ${spec.winner}`
        : spec.finishReason === 'error'
          ? 'Agent error'
          : null,
      is_complete: spec.finishReason === 'completed',
      meta: {
        last_updated: start + 101,
        session_id: `attempt_${spec.attemptNumber}`,
        log_dir: logDir,
        question,
        start_time: start + 0.12,
        elapsed_seconds: 101.3,
        orchestrator_paths: { snapshot_storage: 'snapshots', temp_workspace_parent: 'temp' },
      },
      costs: {
        total_estimated_cost: spec.cost,
        total_input_tokens: spec.inputTokens,
        total_output_tokens: spec.outputTokens,
      },
      tools: { total_calls: 12, total_failures: 0, total_execution_time_ms: 480.5, by_tool: {} },
      rounds: {
        total_rounds: 5,
        by_outcome: {
          answer: agents.length,
          vote: spec.winner ? agents.length : 0,
          presentation: spec.winner ? 1 : 0,
          post_evaluation: 0,
          restarted: 0,
          error: errorRounds,
          timeout: timeoutRounds,
        },
        total_round_input_tokens: 0,
        total_round_output_tokens: 0,
        total_round_cost: 0,
      },
      coordination: {
        phase: spec.winner ? 'presentation' : 'coordination',
        active_agent: null,
        completion_percentage: spec.winner ? 100 : 40,
        is_final_presentation: Boolean(spec.winner),
      },
      agents: agentsStatus,
      historical_workspaces: agents.map((a, i) => ({
        answerId: `${a}-${answerSteps[a]}`,
        agentId: a,
        answerNumber: i,
        answerLabel: label(agents, a, 1),
        timestamp: answerSteps[a],
        workspacePath: `/home/u/proj/${logDir}/${a}/${answerSteps[a]}/workspace`,
      })),
      results: {
        votes: spec.winner ? { [label(agents, spec.winner, 1)]: agents.length } : {},
        winner: spec.winner,
        final_answer_preview: spec.winner ? `Final answer from ${spec.winner}.` : null,
      },
    });
  }
  t['metrics_summary.json'] = json({
    meta: {
      generated_at: start + 100.1,
      session_id: `attempt_${spec.attemptNumber}`,
      question,
      num_agents: agents.length,
      winner: spec.winner,
    },
    totals: {
      estimated_cost: spec.cost,
      agent_cost: spec.cost,
      subagent_cost: 0,
      input_tokens: spec.inputTokens,
      output_tokens: spec.outputTokens,
      reasoning_tokens: 100,
    },
    tools: {
      total_calls: 12,
      total_failures: 0,
      total_execution_time_ms: 480.5,
      by_tool: {
        mcp__filesystem__write_file: {
          call_count: 7,
          success_count: 7,
          failure_count: 0,
          total_execution_time_ms: 181,
          total_input_chars: 9000,
          total_output_chars: 350,
          tool_type: 'mcp',
          avg_execution_time_ms: 25.86,
          input_tokens_est: 2250,
          output_tokens_est: 87,
        },
        ...Object.fromEntries(
          Object.entries(spec.moreTools ?? {}).map(([name, [calls, failures, ms]]) => [
            name,
            {
              call_count: calls,
              success_count: calls - failures,
              failure_count: failures,
              total_execution_time_ms: ms,
            },
          ]),
        ),
      },
    },
    rounds: {
      total_rounds: 5,
      by_outcome: {
        answer: agents.length,
        vote: agents.length,
        presentation: 1,
        post_evaluation: 0,
        restarted: 0,
        error: errorRounds,
        timeout: timeoutRounds,
      },
      total_input_tokens: 0,
      total_output_tokens: 0,
      total_reasoning_tokens: 0,
      total_estimated_cost: 0,
      avg_context_usage_pct: 12.5,
    },
    api_timing: {
      total_calls: 12,
      total_time_ms: 40100,
      avg_time_ms: 3341.67,
      avg_ttft_ms: 900.1,
      by_round: {},
      by_backend: {},
    },
    agents: Object.fromEntries(
      agents.map((a) => [
        a,
        {
          tool_metrics: { total_calls: 0, total_failures: 0, total_execution_time_ms: 0, by_tool: {} },
          round_history: [],
          token_usage: agentsStatus[a]!.token_usage,
        },
      ]),
    ),
    subagents: {
      total_subagents: 0,
      total_input_tokens: 0,
      total_output_tokens: 0,
      total_estimated_cost: 0,
      total_api_time_ms: 0,
      total_api_calls: 0,
      subagents: [],
    },
  });
  t['metrics_events.json'] = json({
    meta: { generated_at: start + 100.1, session_id: `attempt_${spec.attemptNumber}`, question },
    tool_executions: [],
    round_completions: [],
  });
  t['coordination_events.json'] = json({
    session_metadata: {
      user_prompt: question,
      agent_ids: agents,
      start_time: start + 0.12,
      end_time: start + 101,
      final_winner: spec.winner,
    },
    events,
  });
  if (Object.keys(mappings).length) t['snapshot_mappings.json'] = json(mappings);
  t['coordination_table.txt'] =
    `+--------+${agents.map(() => '-----------+').join('')}\n| Round  |${agents.map((a) => ` ${a.padEnd(9)} |`).join('')}\n| 1      |${agents.map((a) => ` ${label(agents, a, 1).padEnd(9)} |`).join('')}\n`;
  if (spec.withAgentOutputs) {
    for (const a of agents)
      t[`agent_outputs/${a}.txt`] = `=== ${a.toUpperCase()} OUTPUT LOG ===\nWorking on: ${question}\nDone.\n`;
    t['agent_outputs/system_status.txt'] =
      `=== SYSTEM STATUS LOG ===\nQuestion: ${question}\n[10:15:00] Coordination started\n[10:16:41] Winner selected\n`;
    if (spec.winner) {
      t[`agent_outputs/final_presentation_${spec.winner}.txt`] =
        `=== FINAL PRESENTATION ===\nSelected Agent: ${spec.winner}\nVote Results: {'${label(agents, spec.winner, 1)}': ${agents.length}}\n\nFinal answer from ${spec.winner}.\n`;
      t[`agent_outputs/final_presentation_${spec.winner}_latest.txt`] = {
        link: `final_presentation_${spec.winner}.txt`,
      };
    }
  }
  // Orchestrator.save_metrics writes both files; a run that ended before it has neither.
  if (spec.noMetrics) for (const f of ['metrics_summary.json', 'metrics_events.json']) delete t[f];
  Object.assign(t, spec.extra ?? {});
  return t;
}

/**
 * One agent (agent_a, the winner) completing turn 1, attempt 1, at a fixed time with token costs
 * of 1: the attempt most tests start from. `spec` sets the question and the session's name and may
 * override any other field.
 */
export function oneAgentAttempt(spec: Partial<AttemptSpec> & Pick<AttemptSpec, 'question' | 'sessionName'>): Tree {
  return attemptTree({
    agents: ['agent_a'],
    winner: 'agent_a',
    finishReason: 'completed',
    start: 1769854500,
    cost: 0.1,
    inputTokens: 1,
    outputTokens: 1,
    attemptNumber: 1,
    turnNumber: 1,
    ...spec,
  });
}

/** Prefixes every path of a tree. */
export const under = (prefix: string, tree: Tree): Tree =>
  Object.fromEntries(Object.entries(tree).map(([k, v]) => [`${prefix}/${k}`, v]));
