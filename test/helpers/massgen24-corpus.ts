/**
 * Round 24 (massgen24): secrets inside MassGen's own log tree. Each turn of a generated session is a whole
 * 0.1.45-style attempt (massgen-log-format.md) whose config (execution_metadata.yaml) holds a prefixed provider key,
 * a prefix-less key and a password, which the user and the agents then repeat in the question, answers, votes,
 * status previews (cut at a fixed length), coordination events, context.txt, traces (tool arguments as JSON inside
 * JSON), metrics events, streaming chunks and massgen.log reprs. Twins: the same files holding only what they really
 * hold (ids, labels, timestamps, counts, model and tool names, hashes, paths, prose about keys).
 * Seeded; no token-shaped literal is committed (prefixes are joined from pieces).
 */
import { CHARSETS, rng } from './fake-secrets.js';
import { stepName, type Tree } from './session-builder.js';

export interface Plant24 {
  /** The random part: any 10-character window of it going out is a leak. */
  body: string;
  /** Session-relative file it was planted in. */
  file: string;
  how: string;
}

type Set_ = keyof typeof CHARSETS;
const j = (...p: string[]): string => p.join('');
const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;

class G {
  private r: () => number;
  constructor(seed: number) {
    this.r = rng(seed);
  }
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  s(set: Set_ | (string & {}), n: number): string {
    const cs: string = set in CHARSETS ? CHARSETS[set as Set_] : set;
    for (;;) {
      let o = '';
      for (let i = 0; i < n; i++) o += cs[this.int(cs.length)];
      if (n < 12 || !/[a-zA-Z]/.test(cs) || !/\d/.test(cs) || (/[a-zA-Z]/.test(o) && /\d/.test(o))) return o;
    }
  }
  hex(n: number): string {
    return this.s('hex', n);
  }
  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-a${this.hex(3)}-${this.hex(12)}`;
  }
}

interface Key {
  value: string;
  body: string;
  /** Environment name and backend type for it. */
  env: string;
  type: string;
  model: string;
}

/** A prefixed provider key. */
function prefixed(g: G): Key {
  const sk = j('s', 'k');
  const all: (() => Key)[] = [
    () => {
      const b = g.s('urlsafe', 48);
      return { value: `${sk}-proj-${b}`, body: b, env: 'OPENAI_API_KEY', type: 'openai', model: 'gpt-5.1' };
    },
    () => {
      const b = g.s('urlsafe', 93);
      const v = `${sk}-ant-api03-${b}AA`;
      return { value: v, body: b, env: 'ANTHROPIC_API_KEY', type: 'claude', model: 'claude-sonnet-4-5' };
    },
    () => {
      const b = g.s('alnum', 52);
      return { value: j('gs', 'k_', b), body: b, env: 'GROQ_API_KEY', type: 'chatcompletion', model: 'llama-3.3-70b' };
    },
    () => {
      const b = g.s('urlsafe', 35);
      return { value: j('AI', 'za', 'Sy', b), body: b, env: 'GEMINI_API_KEY', type: 'gemini', model: 'gemini-2.5-pro' };
    },
    () => {
      const b = g.s('word', 80);
      return { value: j('xa', 'i-', b), body: b, env: 'XAI_API_KEY', type: 'grok', model: 'grok-4' };
    },
    () => {
      const b = g.s('hex', 64);
      return { value: `${sk}-or-v1-${b}`, body: b, env: 'OPENROUTER_API_KEY', type: 'chatcompletion', model: 'x/y' };
    },
  ];
  return g.pick(all)();
}

/** A key with no prefix: what Mistral, Azure, Cerebras-like and self-hosted endpoints hand out. */
function bare(g: G): Key {
  const body = g.pick([() => g.s('alnum', 32), () => g.hex(32), () => g.s('urlsafe', 40), () => g.s('alnum', 48)])();
  const [env, type, model] = g.pick([
    ['MISTRAL_API_KEY', 'chatcompletion', 'mistral-large-latest'],
    ['AZURE_OPENAI_API_KEY', 'azure_openai', 'gpt-4o'],
    ['TOGETHER_KEY', 'chatcompletion', 'meta-llama/Llama-3.3-70B'],
    ['VLLM_API_KEY', 'chatcompletion', 'Qwen/Qwen3-32B'],
  ] as const);
  return { value: body, body, env, type, model };
}

function password(g: G): string {
  return g.s(j(CHARSETS.alnum, '!#%*+-_'), 14 + g.int(8)).replace(/^[^A-Za-z]/, 'Q');
}

const AGENTS = ['agent_a', 'agent_b'];

/** One attempt's files (attempt-relative) with its plants; `twin`: the same files with nothing secret. */
function attempt(g: G, t: number, twin: boolean, plants: Plant24[], dir: string): Tree {
  const f: Tree = {};
  const start = 1769854500 + t * 1000;
  const p = prefixed(g);
  const k = bare(g);
  const pw = password(g);
  const tok = g.s('alnum', 40);
  const fake = (v: string, alt: string): string => (twin ? alt : v);
  // Twins: what a secret's place really holds in such a file.
  const P = fake(p.value, g.pick(['${' + p.env + '}', `your-${p.type}-api-key-here`, '<OPENAI_API_KEY>', 'sk-...']));
  const K = fake(k.value, g.pick(['${' + k.env + '}', 'xxxxxxxxxxxxxxxxxxxx', '<YOUR_KEY>', 'changeme-in-env']));
  const PW = fake(pw, g.pick(['${DB_PASSWORD}', '********', '<password>']));
  const TOK = fake(tok, g.pick(['${NOTION_TOKEN}', '**********', 'REPLACE_ME']));
  const plant = (file: string, how: string, ...vals: [string, string][]): void => {
    if (twin) return;
    for (const [v, body] of vals) if (v) plants.push({ body, file: `${dir}/${file}`, how });
  };
  const PP: [string, string] = [p.value, p.body];
  const KK: [string, string] = [k.value, k.body];
  const PWW: [string, string] = [pw, pw];
  const TT: [string, string] = [tok, tok];
  const qForm = g.int(4);
  const question = twin
    ? g.pick([
        'Build a landing page; read the API key from OPENAI_API_KEY, never hard-code it',
        `Why does model ${p.model} return 401 with a valid key? Request id req_${g.hex(24)}`,
        'Rotate our API keys and explain where the token should be stored',
        `Summarise run ${g.uuid()} and the token usage of agent1.1`,
      ])
    : [
        `My ${p.type} key is ${P} but the call still fails with 401, can you fix the landing page?`,
        `Use ${k.env}=${K} for the ${k.model} endpoint and build the dashboard`,
        `debug this: curl -H "Authorization: Bearer ${K}" https://api.example.net/v1/models returns 403`,
        `The db password is ${PW} and the api key is ${P} - wire them into the app`,
      ][qForm]!;
  const qPlants: [string, string][] = [[PP], [KK], [KK], [PWW, PP]][qForm]!;
  const label = (a: string, n: number | string) => `agent${AGENTS.indexOf(a) + 1}.${n}`;
  const steps: Record<string, string[]> = {};
  AGENTS.forEach((a, i) => (steps[a] = [stepName(start + 30 + i * 7 + 0.654321), stepName(start + 60 + i * 5 + 0.1)]));
  const w = 'agent_b';
  const votePlants: Record<string, [string, string][]> = {};

  // execution_metadata.yaml: the env-expanded config.
  const meta = [
    `query: ${JSON.stringify(question)}`,
    `timestamp: '2026-01-31T10:${String(15 + t).padStart(2, '0')}:00.123456'`,
    'config_path: /home/u/proj/.massgen/config.yaml',
    'config:',
    '  agents:',
    '  - id: agent_a',
    '    backend:',
    `      type: ${p.type}`,
    `      model: ${p.model}`,
    `      api_key: ${P}`,
    '      extra_body:',
    `        provider: {order: [groq], api_key: '${K}'}`,
    '  - id: agent_b',
    '    backend:',
    `      type: ${k.type}`,
    `      model: ${k.model}`,
    '      base_url: https://llm.internal.example.net/v1',
    `      api_key: ${K}`,
    '      headers:',
    `        X-Api-Token: ${TOK}`,
    '    mcp_servers:',
    '    - name: postgres',
    '      type: stdio',
    '      command: npx',
    `      args: ["-y", "@modelcontextprotocol/server-postgres", "postgresql://app:${PW}@db:5432/app"]`,
    '    - name: notion',
    '      type: stdio',
    '      command: uvx',
    '      env:',
    `        NOTION_TOKEN: ${TOK}`,
    '    custom_tools:',
    '    - name: search_web',
    '      path: tools/search.py',
    '      function: search',
    `      config: {endpoint: 'https://search.example.net', key: '${K}', timeout: 30}`,
    '  orchestrator: {snapshot_storage: snapshots, agent_temporary_workspace: temp_workspaces}',
    'cli_args: {mode: textual_interactive, turn: ' + t + ', session_id: session_20260131_101500}',
    `git: {commit: ${g.hex(40)}, branch: main}`,
    "python_version: '3.11.7 (main, Jan  1 2026, 00:00:00) [GCC 12.2.0]'",
    'massgen_version: 0.1.45',
    'working_directory: /home/u/proj',
    '',
  ].join('\n');
  f['execution_metadata.yaml'] = meta;
  plant('execution_metadata.yaml', 'config', PP, KK, PWW, TT);

  // Answers, contexts, traces, votes.
  const answers: Record<string, string> = {};
  AGENTS.forEach((a, i) => {
    const [ans, vote] = steps[a]!;
    const form = g.int(3);
    const said = [
      `I configured the client with \`${K}\` as you asked and the 401 is gone.`,
      `Set ${k.env}=${K} in your shell, then run \`npm start\`.`,
      `The key you gave (${P}) is valid; the bug was the base URL.`,
    ][form]!;
    const body = twin
      ? `Answer ${label(a, 1)}: read the key from \`${k.env}\` (never commit it). Took 2,341 tokens.`
      : said;
    answers[a] = `# Plan for the dashboard\n\n${body}\n\n1. Outline\n2. Build\n3. Test\n`;
    f[`${a}/${ans}/answer.txt`] = answers[a]!;
    plant(`${a}/${ans}/answer.txt`, 'answer prose', form === 2 ? PP : KK);
    const ctx = `{'task': ${JSON.stringify(question)}, 'answers_seen': ${i}, 'agent_id': '${a}'}`;
    f[`${a}/${ans}/context.txt`] = `${ctx}\n`;
    plant(`${a}/${ans}/context.txt`, 'context repr', ...qPlants);
    const args = JSON.stringify({
      command: `curl -s -H "Authorization: Bearer ${K}" https://llm.internal.example.net/v1/models`,
      env: { [p.env]: P },
    });
    const argsJson = JSON.stringify({ name: 'mcp__shell__run', arguments: args });
    f[`${a}/${ans}/execution_trace.md`] = [
      `# Execution Trace: ${a}`,
      `**Model**: ${p.model} | **Started**: 2026-01-31 10:15:00`,
      '',
      `## Round 1 (Answer ${label(a, 1)})`,
      '### Tool Call: mcp__shell__run',
      '```json',
      argsJson,
      '```',
      '### Tool Result:',
      '{"exit_code": 0, "stdout": "{\\"data\\": [{\\"id\\": \\"' + k.model + '\\"}]}"}',
      '### Reasoning',
      `Thinking about: ${question}`,
      '### Content',
      answers[a],
      `### Answer Submitted (${label(a, 1)})`,
      '',
    ].join('\n');
    plant(`${a}/${ans}/execution_trace.md`, 'trace tool args json-in-json', PP, KK);
    const reason = twin
      ? `${label(w, 1)} handles the missing-key error and tests agent1.1's edge cases`
      : g.pick([
          `${label(w, 1)} is right: with api_key=${K} the endpoint answers`,
          `agent2.1 reuses the key ${P} correctly, agent1.1 leaks nothing else`,
          `Both work but ${label(w, 1)} stored DB_PASSWORD=${PW} in the .env as asked`,
        ]);
    const rPlants: [string, string][] = twin
      ? []
      : reason.includes(K)
        ? [KK]
        : reason.includes(PW) && PW.length > 9
          ? [PWW]
          : [PP];
    const v = {
      voter_id: a,
      voter_anon_id: `agent${i + 1}`,
      voted_for: w,
      voted_for_label: label(w, 1),
      voted_for_anon: 'agent2',
      reason,
      timestamp: vote,
      unix_timestamp: start + 60 + i * 5,
      iteration: 2,
      coordination_round: 1,
      available_options: AGENTS,
      available_options_labels: AGENTS.map((x) => label(x, 1)),
      answer_label_to_agent: Object.fromEntries(AGENTS.map((x) => [label(x, 1), x])),
      available_options_anon: ['agent1', 'agent2'],
      agent_mapping: { agent1: 'agent_a', agent2: 'agent_b' },
      vote_context: { total_agents: 2, agents_with_answers: 2, current_task: question },
    };
    f[`${a}/${vote}/vote.json`] = json(v);
    plant(`${a}/${vote}/vote.json`, 'vote reason', ...rPlants, ...qPlants);
    votePlants[a] = rPlants;
    f[`${a}/${vote}/context.txt`] = json({ task: question, answers: { [label(w, 1)]: answers[w] ?? '' } });
    plant(`${a}/${vote}/context.txt`, 'vote context', ...qPlants);
    steps[a]!.push(reason);
  });
  const winAnswer = answers[w]!;
  f[`final/${w}/answer.txt`] = winAnswer;
  plant(`final/${w}/answer.txt`, 'final answer', winAnswer.includes(P) ? PP : KK);
  f[`final/${w}/context.txt`] = `${JSON.stringify({ task: question, final: true })}\n`;
  plant(`final/${w}/context.txt`, 'final context', ...qPlants);
  f[`final/${w}/execution_trace.md`] = f[`agent_b/${steps.agent_b![0]}/execution_trace.md`]!;
  plant(`final/${w}/execution_trace.md`, 'final trace', PP, KK);

  // status.json: previews cut at a fixed length.
  // A preview cut at a fixed length: where a key is, the cut falls inside it (10 to 30 of its characters shown).
  const cutAt = (text: string): string => {
    const at = [P, K, PW].map((v) => text.indexOf(v)).find((i) => i >= 0) ?? -1;
    return text.slice(0, at < 0 ? 60 : at + 10 + g.int(20));
  };
  const status = {
    finish_reason: 'completed',
    finish_reason_details: `Winner: ${w}`,
    is_complete: true,
    meta: { last_updated: start + 101, session_id: 'attempt_1', question, start_time: start, elapsed_seconds: 101.3 },
    costs: { total_estimated_cost: 0.5412, total_input_tokens: 603562, total_output_tokens: 21279 },
    agents: Object.fromEntries(
      AGENTS.map((a) => [
        a,
        {
          status: 'voted',
          answer_count: 1,
          latest_answer_label: label(a, 1),
          vote_cast: { voted_for_agent: w, voted_for_label: label(w, 1), reason_preview: cutAt(steps[a]![2]!) },
          error: null,
          token_usage: { input_tokens: 30211, output_tokens: 1022, estimated_cost: 0.0123 },
        },
      ]),
    ),
    results: { votes: { [label(w, 1)]: 2 }, winner: w, final_answer_preview: cutAt(winAnswer) },
  };
  f['status.json'] = json(status);
  plant('status.json', 'status previews', ...qPlants, winAnswer.includes(P) ? PP : KK);

  // coordination_events.json
  const events = [
    {
      timestamp: start,
      event_type: 'session_start',
      agent_id: null,
      details: `Started with agents: ['agent_a', 'agent_b']`,
      context: { iteration: 0, round: 0 },
    },
    ...AGENTS.map((a, i) => ({
      timestamp: start + 60 + i,
      event_type: 'vote_cast',
      agent_id: a,
      details: `Voted for ${label(w, 1)}`,
      context: { voted_for: w, voted_for_label: label(w, 1), reason: steps[a]![2], iteration: 2, round: 1 },
    })),
    {
      timestamp: start + 80,
      event_type: 'final_agent_selected',
      agent_id: w,
      details: `Selected ${w}`,
      context: {
        vote_summary: `${label(w, 1)}: 2 votes`,
        answers_for_context: Object.fromEntries(AGENTS.map((a) => [label(a, 1), answers[a]])),
        iteration: 3,
        round: 2,
      },
    },
  ];
  f['coordination_events.json'] = json({
    session_metadata: {
      user_prompt: question,
      agent_ids: AGENTS,
      start_time: start,
      end_time: start + 101,
      final_winner: w,
    },
    events,
  });
  plant('coordination_events.json', 'events', ...qPlants, PP, KK);

  // coordination_table.txt: cells cut at a fixed width; metrics_summary.json: a subagent's task cut at 100.
  const cell = (text: string, width: number): string => (text.length > width ? `${text.slice(0, width - 3)}...` : text);
  const row = (xs: string[]) =>
    `| ${xs.map((x, i) => cell(x, [10, 12, 44][i]!).padEnd([10, 12, 44][i]!)).join(' | ')} |`;
  const rule = `+${[10, 12, 44].map((n) => '-'.repeat(n + 2)).join('+')}+`;
  const spoken = twin ? `Review the auth module of agent1.1 (${g.uuid()})` : `Review why ${k.env}=${K} is rejected`;
  const tableReason = (a: string): string => {
    const r = steps[a]![2]!;
    const at = [P, K, PW].map((v) => r.indexOf(v)).find((i) => i >= 0) ?? 0;
    return r.slice(Math.max(0, at - 20 - g.int(10)));
  };
  f['coordination_table.txt'] = [
    rule,
    row(['Agent', 'Voted for', 'Reason']),
    rule,
    ...AGENTS.map((a) => row([a, label(w, 1), tableReason(a)])),
    rule,
    '',
  ].join('\n');
  plant('coordination_table.txt', 'table cells cut', ...AGENTS.flatMap((a) => votePlants[a]!));
  f['metrics_summary.json'] = json({
    meta: { generated_at: start + 100.1, session_id: 'attempt_1', question, num_agents: 2, winner: w },
    totals: { estimated_cost: 0.5412, input_tokens: 603562, output_tokens: 21279, reasoning_tokens: 7104 },
    subagents: {
      total_subagents: 1,
      subagents: [{ subagent_id: 'review_1', status: 'completed', input_tokens: 1200, task: spoken.slice(0, 100) }],
    },
  });
  plant('metrics_summary.json', 'question and subagent task', ...qPlants, KK);
  f['snapshot_mappings.json'] = json(
    Object.fromEntries(
      AGENTS.map((a) => [
        label(a, 1),
        {
          type: 'answer',
          label: label(a, 1),
          agent_id: a,
          timestamp: steps[a]![0],
          iteration: 1,
          round: 0,
          path: `${a}/${steps[a]![0]}/answer.txt`,
        },
      ]),
    ),
  );
  f['metrics_events.json'] = json({
    meta: { generated_at: start + 100.5, session_id: 'attempt_1', question },
    tool_executions: [
      {
        agent_id: 'agent_a',
        tool_name: 'mcp__shell__run',
        success: true,
        execution_time_ms: 181.2,
        input_chars: 140,
        input_preview: `curl -s -H "Authorization: Bearer ${K}" https://llm.internal.example.net/v1/models`.slice(
          0,
          100,
        ),
      },
    ],
    round_completions: [{ agent_id: 'agent_a', round_number: 1, outcome: 'answer', input_tokens: 30211 }],
  });
  plant('metrics_events.json', 'metrics events', ...qPlants, KK);

  // streaming_debug.log: a key split across content deltas (JSON-escaped), and StreamChunk reprs.
  const chunks: string[] = [];
  const said = twin ? `Use the ${k.env} variable; model ${k.model} answered in 812 ms.` : `Use ${k.env}="${K}" now.`;
  for (let i = 0; i < said.length;) {
    const n = 12 + g.int(10);
    chunks.push(said.slice(i, i + n));
    i += n;
  }
  // How each chunk is logged: a repr, a JSON record written as a JSON string (once or twice), an SSE line.
  const layouts: ((c: string) => string)[] = [
    (c) => `StreamChunk(type='content', content=${JSON.stringify(c)}, source='agent_b')`,
    (c) => `chunk ${JSON.stringify(JSON.stringify({ choices: [{ delta: { content: c } }] }))}`,
    (c) => `raw ${JSON.stringify(JSON.stringify(JSON.stringify({ type: 'content_block_delta', delta: { text: c } })))}`,
    (c) => `event {"line": ${JSON.stringify(`data: ${JSON.stringify({ choices: [{ delta: { content: c } }] })}`)}}`,
  ];
  const mix = g.int(2) === 0;
  const lay = g.int(layouts.length);
  const stream = chunks
    .map((c, i) => {
      const at = `10:16:${String(10 + i).padStart(2, '0')} | DEBUG | [agent_b] `;
      return at + layouts[mix ? (lay + i) % layouts.length : lay]!(c);
    })
    .join('\n');
  f['streaming_debug.log'] = `${stream}\n`;
  plant('streaming_debug.log', 'stream chunks', KK);

  // massgen.log: Python reprs.
  f['massgen.log'] = [
    `10:15:01 | INFO | Creating backend with {'type': '${p.type}', 'model': '${p.model}', 'api_key': '${P}'}`,
    `10:15:01 | INFO | Backend: ChatCompletionsBackend(model='${k.model}', api_key='${K}', base_url='https://llm.internal.example.net/v1')`,
    `10:15:02 | INFO | settings=Settings(openai_api_key=SecretStr('**********'), timeout=30)`,
    `10:15:02 | INFO | MCP env: {'NOTION_TOKEN': '${TOK}', 'PATH': '/usr/bin'}`,
    '',
  ].join('\n');
  plant('massgen.log', 'reprs', PP, KK, TT);

  f['agent_outputs/agent_b.txt'] = `=== AGENT_B OUTPUT LOG ===\n${said}\n${winAnswer}`;
  plant('agent_outputs/agent_b.txt', 'agent output', KK, winAnswer.includes(P) ? PP : KK);
  f['agent_outputs/system_status.txt'] = `=== SYSTEM STATUS LOG ===\nQuestion: ${question}\n[10:15:00] Started\n`;
  plant('agent_outputs/system_status.txt', 'system status', ...qPlants);
  return f;
}

export interface Corpus24 {
  session: string;
  tree: Tree;
  plants: Plant24[];
}

/** A session of `turns` turns, each a whole attempt with its own keys (or twins: nothing secret). */
export function massgen24Corpus(seed: number, turns: number, twin = false): Corpus24 {
  const g = new G(seed);
  const tree: Tree = {};
  const plants: Plant24[] = [];
  for (let t = 1; t <= turns; t++) {
    const dir = `turn_${t}/attempt_1`;
    for (const [rel, c] of Object.entries(attempt(g, t, twin, plants, dir))) tree[`${dir}/${rel}`] = c;
  }
  return { session: `log_20260131_1015${String(seed % 100).padStart(2, '0')}_123456`, tree, plants };
}
