/**
 * Round 25, issue 11 (coord25): a secret in MassGen's own coordination files, there because the user pasted it into
 * the question or an agent quoted it (massgen-log-format.md): the final presentation and vote files (vote dicts with
 * `reason` and `agent_id`, Python reprs of them), status.json previews cut with `...`/`…` in the middle of the key,
 * the question in status and system snapshots (the key in prose, on its own line, in quotes), the task handed to a
 * voting agent (other agents' answers under `<agent1.1>` labels, `> ` quotes, CURRENT ANSWERS blocks wrapped at a
 * fixed width) and the coordination table printed with fixed-width columns (ASCII and Rich box), a long cell wrapped
 * across rows. No config holds the value, so nothing is learned before the file is read.
 * Values: provider keys with a prefix, prefix-less random keys, hex, base64 and passwords with symbols. Twins: the same
 * placements holding agent ids, labels, UUIDs, hashes, timestamps, model and tool names, references and placeholders.
 * Seeded (REDACT_SEED replays a run); a plant leaks when any of its parts (a wrapped value's pieces) is in the output.
 */
import { gen, tokenMakers } from './glue15-tokens.js';

export interface Plant25 {
  name: string;
  rel: string;
  text: string;
  /** What must not go out: the value, or the pieces of a value the file wraps across lines. */
  parts: string[];
}

export interface Twin25 {
  name: string;
  rel: string;
  text: string;
}

export const SEED = Number(process.env.REDACT_SEED ?? 2501);

const j = (...p: string[]): string => p.join('');
const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;

/** Python's repr of a str: single quotes unless the text holds one and no double quote. */
function pyStr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
  return q + (q === "'" ? body.replace(/'/g, "\\'") : body) + q;
}

/** Python's repr of a dict/list/str/number/bool/None. */
function pyRepr(v: unknown): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'string') return pyStr(v);
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  return `{${Object.entries(v as object)
    .map(([k, x]) => `${pyStr(k)}: ${pyRepr(x)}`)
    .join(', ')}}`;
}

/** Words wrapped at `width`, a word longer than the width cut into pieces (as textwrap and Rich do). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const w of text.split(' ')) {
    let word = w;
    if (cur && cur.length + 1 + word.length > width) {
      lines.push(cur);
      cur = '';
    }
    while (word.length > width) {
      if (cur) {
        lines.push(cur);
        cur = '';
      }
      lines.push(word.slice(0, width));
      word = word.slice(width);
    }
    cur = cur ? `${cur} ${word}` : word;
  }
  if (cur) lines.push(cur);
  return lines;
}

/** The pieces of `v` the wrapped lines hold (each at least 6 characters, shorter ones say nothing). */
function piecesOf(v: string, lines: string[]): string[] {
  const out: string[] = [];
  let rest = v;
  for (const l of lines) {
    if (!rest) break;
    for (let n = Math.min(rest.length, l.length); n > 0; n--)
      if (l.endsWith(rest.slice(0, n)) || l.startsWith(rest.slice(0, n))) {
        if (n >= 6) out.push(rest.slice(0, n));
        rest = rest.slice(n);
        break;
      }
  }
  return out.length ? out : [v];
}

const AGENTS = ['agent_a', 'agent_b', 'agent_c'];
const MODELS = ['gpt-4o-mini', 'claude-3-5-sonnet-20241022', 'gemini-2.5-flash', 'grok-3-mini'];
const TS = (k: number): string => `20260131_10${String(10 + (k % 50)).padStart(2, '0')}02_${String(100000 + k * 7)}`;

/** Secret-ish names a value is put under in prose and config the agents quote. */
const NAMES = ['OPENAI_API_KEY', 'api_key', 'DB_PASSWORD', 'password', 'token', 'SECRET_KEY', 'client_secret'];

/** Ways a user writes a value into the question. */
const PROSE: ((v: string, n: string) => string)[] = [
  (v) => `use my key ${v} to call the API and summarise the results`,
  (v) => `here is the token: ${v}\nplease list my repositories`,
  (v) => `the db password is ${v} - connect and count the rows in orders`,
  (v) => `My API key is "${v}". Build a script that checks the quota.`,
  (v, n) => `Set ${n}=${v} in the .env and write the deploy script`,
  (v) => `Use this key:\n${v}\nand fetch the weather for Paris`,
  (v) => `login with user admin and password '${v}' then export the report`,
  (v, n) => `config: {"${n}": "${v}", "region": "us-east-1"}; make it work`,
  (v) => `Authorization: Bearer ${v} fails with 401, why?`,
  (v) => `my secret is \`${v}\`, rotate it and update the CI`,
];

/** What an agent writes in an answer that quotes the value. */
const ANSWER: ((v: string, n: string) => string)[] = [
  (v, n) => `I created .env with:\n\n${n.toUpperCase()}=${v}\n\nand the script reads it with dotenv.`,
  (v) => `The client is configured as \`client = OpenAI(api_key="${v}")\` and the call succeeded.`,
  (v, n) => `Config written:\n\n\`\`\`json\n{\n  "${n}": "${v}",\n  "timeout": 30\n}\n\`\`\``,
  (v) => `Connected using the password you gave (${v}); the orders table has 1,204 rows.`,
  (v, n) => `export ${n.toUpperCase()}="${v}"\npython deploy.py --env prod`,
  (v) => `I used the key ${v} as requested and the quota check returned 87% remaining.`,
];

/** Reasons a voter gives that quote the value. */
const REASON: ((v: string, n: string) => string)[] = [
  (v) => `Agent 2 correctly used the provided key ${v} and verified the response`,
  (v, n) => `agent1.1 hardcodes ${n}=${v} which leaks the credential; agent2.1 reads it from the environment`,
  (v) => `Both work, but agent2's answer puts the token "${v}" in the header as asked.`,
  (v) => `The password '${v}' was applied correctly by agent_b; agent_a never connected.`,
];

type Maker = (v: string, k: number) => [rel: string, text: string, parts?: string[]];

const n = (k: number): string => NAMES[k % NAMES.length]!;
const agent = (k: number): string => AGENTS[k % AGENTS.length]!;

/** Category 1: the final presentation and the vote files. */
const VOTES: Record<string, Maker> = {
  'final-presentation-tui': (v, k) => {
    const votes = {
      vote_counts: { 'agent2.1': 2, 'agent1.1': 1 },
      voter_details: {
        'agent2.1': [
          { voter: 'agent_a', reason: REASON[k % REASON.length]!(v, n(k)) },
          { voter: 'agent_c', reason: 'More complete and tested' },
        ],
      },
      winner: 'agent_b',
      is_tie: false,
    };
    const text = `=== FINAL PRESENTATION ===\nSelected Agent: agent_b\nVote Results: ${pyRepr(votes)}\n\n${ANSWER[
      k % ANSWER.length
    ]!(v, n(k))}\n`;
    return ['turn_1/attempt_1/final_presentation_agent_b.txt', text];
  },
  'final-presentation-rich': (v, k) => [
    'turn_1/attempt_1/final_presentation_agent_b.txt',
    `=== FINAL PRESENTATION FROM AGENT_B ===\nGenerated at: 2026-01-31 10:16:0${k % 10}\n\n${ANSWER[
      (k + 1) % ANSWER.length
    ]!(v, n(k))}\n`,
  ],
  'vote-json-reason': (v, k) => [
    `turn_1/attempt_1/${agent(k)}/${TS(k)}/vote.json`,
    json({
      voter_id: agent(k),
      voter_anon_id: 'agent1',
      voted_for: 'agent_b',
      voted_for_label: 'agent2.1',
      voted_for_anon: 'agent2',
      reason: REASON[k % REASON.length]!(v, n(k)),
      available_options: ['agent1.1', 'agent2.1'],
      agent_mapping: { agent1: 'agent_a', agent2: 'agent_b' },
      iteration: 2,
      coordination_round: 1,
      vote_context: { total_agents: 2, agents_with_answers: 2, current_task: PROSE[k % PROSE.length]!(v, n(k)) },
    }),
  ],
  'vote-repr-log': (v, k) => [
    'turn_1/attempt_1/massgen.log',
    `2026-01-31 10:16:02.${100 + k} | INFO | orchestrator:_handle_vote:812 - Vote recorded: ${pyRepr({
      agent_id: agent(k),
      voted_for: 'agent_b',
      reason: REASON[(k + 1) % REASON.length]!(v, n(k)),
    })}\n`,
  ],
  'final-agent-selected-event': (v, k) => [
    'turn_1/attempt_1/coordination_events.json',
    json({
      session_metadata: { user_prompt: 'Build the quota checker', start_time: 1769854500.12, final_winner: 'agent_b' },
      events: [
        {
          timestamp: 1769854600.5,
          event_type: 'final_agent_selected',
          agent_id: 'agent_b',
          details: 'Selected agent_b',
          context: {
            vote_summary: { 'agent2.1': 2 },
            all_answers: [ANSWER[k % ANSWER.length]!(v, n(k))],
            answers_for_context: { 'agent2.1': ANSWER[(k + 2) % ANSWER.length]!(v, n(k)) },
            iteration: 3,
            round: 2,
          },
        },
      ],
    }),
  ],
  'vote-dict-nested-answer-repr': (v, k) => [
    'turn_1/attempt_1/massgen.log',
    `[10:16:0${k % 10}] final vote state: ${pyRepr({
      votes: { agent_a: { agent_id: 'agent_b', reason: 'complete' } },
      answers: { agent_b: ANSWER[(k + 3) % ANSWER.length]!(v, n(k)) },
    })}\n`,
  ],
};

/** A status.json with the value in a preview cut at a fixed length (the cut may fall inside the value). */
function statusWith(field: 'reason' | 'answer_preview' | 'last_message' | 'final', v: string, k: number): Maker {
  return () => {
    const said = ANSWER[k % ANSWER.length]!(v, n(k));
    const cutAt = said.indexOf(v) + Math.max(12, v.length - 3 - (k % 9));
    const ell = k % 2 ? '...' : '…';
    const preview = said.length > cutAt ? said.slice(0, cutAt) + ell : said;
    const shown = said.length > cutAt ? v.slice(0, cutAt - said.indexOf(v)) : v;
    const a: Record<string, unknown> = {
      status: 'voted',
      answer_count: 1,
      latest_answer_label: 'agent1.1',
      vote_cast: {
        voted_for_agent: 'agent_b',
        voted_for_label: 'agent2.1',
        reason: field === 'reason' ? preview : 'More complete',
      },
      times_restarted: 0,
      last_activity: 1769854560.2,
      error: null,
    };
    if (field === 'answer_preview') a['answer_preview'] = preview;
    if (field === 'last_message') a['last_message'] = preview;
    const status = {
      meta: { session_id: `log_20260131_1015${String(k % 60).padStart(2, '0')}`, question: 'Check the quota' },
      coordination: { phase: 'presentation', active_agent: null, completion_percentage: 100 },
      agents: { agent_a: a },
      results: {
        votes: { 'agent2.1': 2 },
        winner: 'agent_b',
        final_answer_preview: field === 'final' ? preview : 'The quota checker is ready',
      },
    };
    return ['turn_1/attempt_1/status.json', json(status), [shown]];
  };
}

/** Words a person builds a password from (with digits and a symbol inside: `Harbor77!torch`, `maple#77Falcon`). */
const PW_WORDS = ['hunter', 'Harbor', 'maple', 'Torch', 'sunset', 'Falcon', 'violet', 'Cobalt', 'ember', 'Quartz'];

/** A password a person chose, built from the value's characters (so each plant's differs). */
function humanPassword(v: string, k: number): string {
  const d = v
    .replace(/\D/g, '')
    .padEnd(4, '7')
    .slice(0, 2 + (k % 3));
  const w = PW_WORDS[k % PW_WORDS.length]!;
  const w2 = PW_WORDS[(k + 3) % PW_WORDS.length]!.toLowerCase();
  return [`${w}${d}!${w2}`, `${w}@${d}-${w2}`, `${w}#${d}${w2}`, `${w2}_${d}$${w}`][k % 4]!;
}

/** Ways a user writes a password into the question, in prose. */
const PW_PROSE: ((p: string) => string)[] = [
  (p) => `password is ${p}, use it to log in to the staging admin`,
  (p) => `the admin pw: ${p} (please don't store it)`,
  (p) => `Log in as root with password ${p} and check the disk usage`,
  (p) => `creds are deploy:${p} for the build box`,
  (p) => `use ${p} as the password for the postgres user`,
  (p) => `My database password:\n${p}\nCan you write the migration?`,
  (p) => `the wifi password is "${p}" - write a script that rotates it`,
  (p) => `Passwort: ${p} — bitte den Export starten`,
];

/** The question as the TUI's system_status.txt and status.json keep it. */
function questionFile(q: string, k: number): [string, string] {
  switch (k % 4) {
    case 0:
      return [
        'turn_1/attempt_1/system_status.txt',
        `=== SYSTEM STATUS LOG ===\nQuestion: ${q}\n[10:15:02] agent_a: streaming\n`,
      ];
    case 1:
      return ['turn_1/attempt_1/status.json', json({ meta: { question: q, start_time: 1769854500.12 } })];
    case 2:
      return ['turn_1/attempt_1/agent_a/20260131_101502_000111/context.txt', `${pyRepr({ original_message: q })}\n`];
    default:
      return ['turn_1/attempt_1/system_status.txt', `=== SYSTEM STATUS LOG ===\n[10:15:00] Question: ${q}\n`];
  }
}

/** Category 3: the question in the status and system snapshots. */
const QUESTION: Record<string, Maker> = {
  'system-status-question': (v, k) => [
    'turn_1/attempt_1/system_status.txt',
    `=== SYSTEM STATUS LOG ===\nQuestion: ${PROSE[k % PROSE.length]!(v, n(k))}\n[10:15:0${
      k % 10
    }] agent_a: streaming\n[10:15:09] agent_b: answered (agent2.1)\n`,
  ],
  'status-meta-question': (v, k) => [
    'turn_1/attempt_1/status.json',
    json({
      meta: { session_id: 'log_20260131_101500', question: PROSE[(k + 1) % PROSE.length]!(v, n(k)) },
      agents: { agent_a: { status: 'answered', answer_count: 1 } },
    }),
  ],
  'events-user-prompt': (v, k) => [
    'turn_1/attempt_1/coordination_events.json',
    json({
      session_metadata: { user_prompt: PROSE[(k + 2) % PROSE.length]!(v, n(k)), start_time: 1769854500.12 },
      events: [],
    }),
  ],
  'execution-metadata-question': (v, k) => [
    'turn_1/attempt_1/execution_metadata.yaml',
    `query: |\n  ${PROSE[(k + 3) % PROSE.length]!(v, n(k)).replace(/\n/g, '\n  ')}\nlog_level: INFO\n`,
  ],
  'question-password-prose': (v, k) => {
    const p = humanPassword(v, k);
    return [...questionFile(PW_PROSE[k % PW_PROSE.length]!(p), k), [p]];
  },
  'question-key-own-line': (v, k) => {
    const q = [
      `I need a report of last week's usage. Here is my key:\n\n${v}\n\nThe org is acme-research.`,
      `my api token\n${v}\nthanks!`,
      `Use this token:\n    ${v}\nfor the staging org`,
    ][k % 3]!;
    return [...questionFile(q, k + 1), [v]];
  },
  'question-key-quoted': (v, k) => {
    const q = [`my openai key is '${v}'`, `try the token "${v}" against /v1/models`, `api_key=\`${v}\` fails?`][k % 3]!;
    return [...questionFile(q, k + 2), [v]];
  },
  'context-original-message': (v, k) => [
    `turn_1/attempt_1/${agent(k)}/${TS(k)}/context.txt`,
    json({ original_message: PROSE[(k + 4) % PROSE.length]!(v, n(k)), answers: {}, agent_id: agent(k) }),
  ],
};

/** The CURRENT ANSWERS block MassGen hands a voting agent, an answer wrapped at `width`. */
function currentAnswers(answer: string, width: number, quote: boolean): string[] {
  const lines = answer.split('\n').flatMap((l) => (l.length > width ? wrap(l, width) : [l]));
  return quote ? lines.map((l) => `> ${l}`) : lines;
}

/** Category 4: the task handed to a voting agent. */
function voteTask(v: string, k: number, width: number, quote: boolean): [string, string, string[]] {
  const said = ANSWER[k % ANSWER.length]!(v, n(k));
  const lines = currentAnswers(said, width, quote);
  const text = [
    '<ORIGINAL MESSAGE> Check the quota of my account <END OF ORIGINAL MESSAGE>',
    '',
    '<CURRENT ANSWERS from the agents>',
    '<agent1.1> The checker is in quota.py and prints the remaining share. <end of agent1.1>',
    '',
    '<agent2.1>',
    ...lines,
    '<end of agent2.1>',
    '',
    '<END OF CURRENT ANSWERS>',
    '',
    'Does the best CURRENT ANSWER address the ORIGINAL MESSAGE well? If so, use the `vote` tool.',
  ].join('\n');
  return [`turn_1/attempt_1/${agent(k)}/${TS(k)}/context.txt`, `${text}\n`, piecesOf(v, lines)];
}

const TASK: Record<string, Maker> = {
  'vote-context-labels': (v, k) => voteTask(v, k, 200, false),
  'vote-context-quoted': (v, k) => voteTask(v, k, 200, true),
  'vote-context-wrapped-80': (v, k) => voteTask(v, k, 80, false),
  'vote-context-wrapped-60-quoted': (v, k) => voteTask(v, k, 60, true),
  'vote-context-json': (v, k) => [
    `turn_1/attempt_1/${agent(k)}/${TS(k)}/context.txt`,
    json({
      original_message: 'Check the quota of my account',
      answers: { 'agent1.1': 'Done in quota.py', 'agent2.1': ANSWER[(k + 1) % ANSWER.length]!(v, n(k)) },
      task: `Vote for the best answer.\n<agent2.1>\n${ANSWER[(k + 2) % ANSWER.length]!(v, n(k))}\n<end of agent2.1>`,
    }),
  ],
};

/** An ASCII coordination table: fixed-width columns, a long cell wrapped across rows. */
function asciiTable(cell: string, width: number, box: boolean): [string, string[]] {
  const cols = 3;
  const lines = wrap(cell, width);
  const pad = (s: string): string => s + ' '.repeat(Math.max(0, width - s.length));
  const [v, h, tl, tr, bl, br, cross] = box ? ['│', '─', '┏', '┓', '└', '┘', '┼'] : ['|', '-', '+', '+', '+', '+', '+'];
  const rule = (l: string, r: string): string =>
    l +
    Array(cols)
      .fill(h.repeat(width + 2))
      .join(cross) +
    r;
  const row = (cs: string[]): string => `${v} ${cs.map(pad).join(` ${v} `)} ${v}`;
  const out = [
    rule(tl, tr),
    row(['Event', 'agent_a', 'agent_b']),
    rule(box ? '├' : '+', box ? '┤' : '+'),
    row(['Round 0', '🔄 Started', '🔄 Started']),
    row(['Round 1', '📝 Answer agent1.1', '']),
    ...lines.map((l, i) => row([i ? '' : 'Answer', i ? '' : '', l])),
    row(['Vote', '🗳️ agent2.1', '']),
    rule(bl, br),
  ];
  return [`${out.join('\n')}\n`, lines];
}

const TABLE: Record<string, Maker> = {
  'table-ascii-30': (v, k) => {
    const [text, lines] = asciiTable(`📝 ${ANSWER[(k + 3) % ANSWER.length]!(v, n(k)).replace(/\n+/g, ' ')}`, 30, false);
    return ['turn_1/attempt_1/coordination_table.txt', text, piecesOf(v, lines)];
  },
  'table-ascii-44': (v, k) => {
    const [text, lines] = asciiTable(`Voted: ${REASON[k % REASON.length]!(v, n(k))}`, 44, false);
    return ['turn_1/attempt_1/coordination_table.txt', text, piecesOf(v, lines)];
  },
  'table-rich-box': (v, k) => {
    const [text, lines] = asciiTable(ANSWER[(k + 4) % ANSWER.length]!(v, n(k)).replace(/\n+/g, ' '), 36, true);
    return ['turn_1/attempt_1/coordination_table.txt', text, piecesOf(v, lines)];
  },
  'table-rich-question': (v, k) => {
    const [text, lines] = asciiTable(`Q: ${PROSE[k % PROSE.length]!(v, n(k)).replace(/\n+/g, ' ')}`, 40, true);
    return ['turn_1/attempt_1/coordination_table.txt', text, piecesOf(v, lines)];
  },
};

export const CATEGORIES: Record<string, Record<string, Maker>> = {
  'final-presentation-vote-dict': VOTES,
  'status-reason-preview': {
    'status-vote-reason': (v, k) => statusWith('reason', v, k)(v, k),
    'status-answer-preview': (v, k) => statusWith('answer_preview', v, k)(v, k),
    'status-last-message': (v, k) => statusWith('last_message', v, k)(v, k),
    'status-final-preview': (v, k) => statusWith('final', v, k)(v, k),
  },
  'system-status-question': QUESTION,
  'vote-context-task': TASK,
  'coordination-table-wrapped': TABLE,
};

/** The values: provider keys with a prefix, prefix-less random keys, hex, base64, passwords with symbols. */
function values(seed: number, count: number): string[] {
  const r = gen(seed);
  const makers = tokenMakers(seed + 7);
  const pick = ['openai-api-key/proj', 'anthropic-api-key', 'github-token', 'aws-access-key-id', 'google-api-key'];
  const shapes: (() => string)[] = [
    () => makers[pick[Number(r('0123456789', 2)) % pick.length]!]!(),
    () => `${r('alnum', 4)}${r('dig', 2)}${r('alnum', 22)}`,
    () => r('hex', 40),
    () => `${r('alnum', 6)}${r('!#%^*~', 1)}${r('alnum', 5)}${r('!#%^*', 1)}${r('alnum', 4)}`,
    () => `${r('alnum', 3)}${r('dig', 1)}${r('b64', 36)}`,
    () => j('xo', 'xb-', r('dig', 12), '-', r('dig', 13), '-', r('alnum', 24)),
  ];
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(shapes[i % shapes.length]!());
  return out;
}

/** Every shape with nine values. */
export function plants(seed: number): (Plant25 & { category: string })[] {
  const out: (Plant25 & { category: string })[] = [];
  const shapes = Object.entries(CATEGORIES).flatMap(([c, ms]) =>
    Object.entries(ms).map(([s, m]) => [c, s, m] as const),
  );
  const vs = values(seed, shapes.length * 9);
  let k = 0;
  for (const [category, name, make] of shapes)
    for (let i = 0; i < 9; i++, k++) {
      const v = vs[k]!;
      const [rel, text, parts] = make(v, k);
      out.push({ category, name, rel, text, parts: parts ?? [v] });
    }
  return out;
}

/**
 * What the same slots hold when nobody pasted a key: references, placeholders, masks, words. (Ids, hashes, labels and
 * model names are in the files of plain(): under a secret's name, a UUID or 40 hex digits may well be the key.)
 */
function benign(): string[] {
  return [
    'process.env.OPENAI_API_KEY',
    'os.environ["OPENAI_API_KEY"]',
    '<your-key>',
    j('s', 'k-...'),
    'xxxxxxxxxxxxxxxx',
    '${OPENAI_API_KEY}',
    'YOUR_API_KEY_HERE',
    'os.getenv("DB_PASSWORD")',
    'settings.SECRET_KEY',
    '<redacted>',
    '********',
    '$OPENAI_API_KEY',
  ];
}

/** Every shape given benign look-alikes, and coordination files that hold no secret at all. */
export function twins(seed: number): Twin25[] {
  const out: Twin25[] = [];
  const bs = benign();
  let k = 0;
  for (const ms of Object.values(CATEGORIES))
    for (const [name, make] of Object.entries(ms))
      for (let i = 0; i < 3; i++, k++) {
        const b = bs[k % bs.length]!;
        const [rel, text] = make(b, k);
        // (A shape that builds its own value from the one given, a person's password, has twins in plain().)
        if (text.includes(b)) out.push({ name, rel, text });
      }
  for (const [name, rel, text] of plain(seed)) out.push({ name, rel, text });
  return out;
}

/** Coordination files as MassGen writes them when nobody pasted a key: ids, labels, hashes, prose about keys. */
function plain(seed: number): [string, string, string][] {
  const r = gen(seed + 3);
  const uuid = (): string => `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`;
  const out: [string, string, string][] = [];
  for (let i = 0; i < 6; i++) {
    const sha = r('hex', 40);
    const m = MODELS[i % MODELS.length]!;
    out.push(
      [
        'vote-plain',
        `turn_1/attempt_1/agent_a/${TS(i)}/vote.json`,
        json({
          voter_id: 'agent_a',
          voted_for: 'agent_b',
          reason: `agent2.1 reads the API key from the environment instead of hardcoding it; commit ${sha.slice(0, 7)}`,
          vote_context: { current_task: 'Where should I store my OpenAI API key? Do not paste it here.' },
        }),
      ],
      [
        'status-plain',
        'turn_1/attempt_1/status.json',
        json({
          meta: { session_id: `log_20260131_1015${10 + i}`, question: 'How do I rotate my token safely?' },
          agents: {
            agent_a: {
              status: 'answered',
              model: m,
              answer_preview: `Rotate the token in the dashboard, then update ${
                ['OPENAI_API_KEY', 'GITHUB_TOKEN', 'DB_PASSWORD'][i % 3]
              } in your secret manager...`,
              last_message: `Tool call mcp__filesystem__write_file (id call_${r('alnum', 24)}) finished…`,
              session: uuid(),
            },
          },
        }),
      ],
      [
        'status-cut-plain',
        'turn_1/attempt_1/status.json',
        json({
          agents: {
            agent_b: {
              vote_cast: { voted_for_label: 'agent1.1', reason: `agent1.1 pins commit ${sha}`.slice(0, 40) + '…' },
              answer_preview: `Session ${uuid()} resumed; token_count=${1200 + i} model=${m}`.slice(0, 48 + i) + '...',
              last_message: `export OPENAI_API_KEY="$(op read op://Private/OpenAI/credential)"`.slice(0, 50 + i) + '…',
            },
          },
          results: { final_answer_preview: `api_key = os.environ["OPENAI_API_KEY"]  # ${sha}`.slice(0, 60) + '...' },
        }),
      ],
      [
        'system-status-plain',
        'turn_1/attempt_1/system_status.txt',
        `=== SYSTEM STATUS LOG ===\nQuestion: my password is not working, how do I reset it?\n[10:15:0${i}] agent_a: streaming (${m})\n[10:15:1${i}] agent_b: voted for agent1.1\nrun id: ${uuid()}\n`,
      ],
      [
        'context-plain',
        `turn_1/attempt_1/agent_b/${TS(i)}/context.txt`,
        `<CURRENT ANSWERS from the agents>\n<agent1.1>\n> Use the key from \`os.environ["OPENAI_API_KEY"]\`; never commit\n> it. The run ${uuid()} passed at ${sha}.\n<end of agent1.1>\n<END OF CURRENT ANSWERS>\n`,
      ],
      [
        'table-plain',
        'turn_1/attempt_1/coordination_table.txt',
        asciiTable(
          `📝 agent1.1 stored the key in the secret manager; sha256 ${r('hex', 64)} model ${m} call_${r('alnum', 24)}`,
          32 + i * 4,
          i % 2 === 1,
        )[0],
      ],
      [
        'question-password-plain',
        ['turn_1/attempt_1/system_status.txt', 'turn_1/attempt_1/status.json'][i % 2]!,
        [
          '=== SYSTEM STATUS LOG ===\nQuestion: the password is required but my key is in the .env, why does login fail?\n',
          json({ meta: { question: 'Use the password from the keychain (item "staging-db") as the db password' } }),
          '=== SYSTEM STATUS LOG ===\nQuestion: my token is expired: refresh it with the CLI, not by hand\n',
          json({ meta: { question: 'Here is my key:\n\n<paste your key here>\n\nDo not log it.' } }),
          '=== SYSTEM STATUS LOG ===\nQuestion: password is hashed with bcrypt (cost 12); is that enough?\n',
          json({ meta: { question: `my api token\n${'$'}{GITHUB_TOKEN}\nis set in CI, run ${sha.slice(0, 12)}` } }),
        ][i]!,
      ],
      [
        'final-plain',
        'turn_1/attempt_1/final_presentation_agent_b.txt',
        `=== FINAL PRESENTATION ===\nSelected Agent: agent_b\nVote Results: ${pyRepr({
          vote_counts: { 'agent2.1': 2 },
          voter_details: {
            'agent2.1': [{ voter: 'agent_a', reason: 'Uses a token from the keychain, not a literal' }],
          },
          winner: 'agent_b',
          is_tie: false,
        })}\n\nThe password reset flow sends a one-time link; session ${uuid()}.\n`,
      ],
    );
  }
  return out;
}
