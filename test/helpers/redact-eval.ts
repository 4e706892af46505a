/**
 * The held-out redaction evaluation (issue 11): a corpus of secrets planted where MassGen users
 * really put them, in the eight categories of the issue, plus a benign corpus that must come out
 * byte-identical; and a recipient-side leak checker that decodes whatever a recipient could
 * decode (zip members, base64 parts and blocks, gzip, Office files, PDF streams, PNG text chunks,
 * UTF-16, JSON/Python/Markdown escapes repeatedly, ANSI removed, URL and HTML entities decoded)
 * and then looks for ANY 10-character window of every planted secret.
 *
 * Every value is generated here from fragments with a seeded rng: no token-shaped literal is
 * committed. The corpus is written without looking at the redactor's rules.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import vm from 'node:vm';
import { gunzipSync, gzipSync } from 'node:zlib';
import type * as Esbuild from 'esbuild';
import YAML from 'yaml';
import { docx, pdf, pdfStreams, png, pngTexts, pptx, unzipMembers, xlsx, zipOf } from './eval-carriers.js';
import { CHARSETS, rng } from './fake-secrets.js';
import { attemptTree, writeTree, type Tree } from './session-builder.js';

const exec = promisify(execFile);

export type Category = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
export const CATEGORIES: Record<Category, string> = {
  1: 'learned values (no env var)',
  2: 'encodings',
  3: 'formats',
  4: 'key names',
  5: 'families with no rule',
  6: 'carriers',
  7: 'long lines (>1 MiB)',
  8: 'benign (false positives)',
};

export interface Plant {
  category: Category;
  /** The provider or key name. */
  family: string;
  /** How it was written (raw, json-u-prefix, ansi-inside, gzip, ...). */
  encoding: string;
  /** Session-relative path of the file it was planted in. */
  file: string;
  /** The random part of the secret: any 10-character window of it is a leak. */
  body: string;
}

export interface FileInfo {
  category: Category;
  /** Nothing secret in it: must come out byte-identical. */
  benign: boolean;
  /** Strings that must come out as often as they went in (the file's non-secret content). */
  keep: string[];
}

export interface Corpus {
  sessionName: string;
  /** Files of the session, session-relative. */
  session: Tree;
  /** Files of the project directory that holds .massgen/ (e.g. its .env). */
  project: Tree;
  /** Files of $HOME (e.g. ~/.config/massgen/.env). */
  home: Tree;
  plants: Plant[];
  files: Map<string, FileInfo>;
}

type Set_ = keyof typeof CHARSETS;
const j = (...parts: string[]) => parts.join('');

class Gen {
  private rand: () => number;
  constructor(seed: number) {
    this.rand = rng(seed);
  }
  int(n: number): number {
    return Math.floor(this.rand() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  /** A random string over a charset with at least one letter and one digit where the set has both. */
  s(set: Set_ | (string & {}), n: number): string {
    const cs: string = set in CHARSETS ? CHARSETS[set as Set_] : set;
    for (;;) {
      let out = '';
      for (let i = 0; i < n; i++) out += cs[this.int(cs.length)];
      const needsMix = /[a-zA-Z]/.test(cs) && /\d/.test(cs) && n >= 12;
      if (!needsMix || (/[a-zA-Z]/.test(out) && /\d/.test(out))) return out;
    }
  }
  uuid(): string {
    return `${this.s('hex', 8)}-${this.s('hex', 4)}-4${this.s('hex', 3)}-a${this.s('hex', 3)}-${this.s('hex', 12)}`;
  }
  b64(n: number): string {
    return this.s('b64', n);
  }
}

/** The builder: files, plants, per-file facts. */
class Builder {
  session: Tree = {};
  plants: Plant[] = [];
  files = new Map<string, FileInfo>();
  constructor(readonly g: Gen) {}
  info(file: string, category: Category, keep: string[] = [], benign = false): void {
    const cur = this.files.get(file);
    if (cur) cur.keep.push(...keep);
    else this.files.set(file, { category, benign, keep: [...keep] });
  }
  /** Appends text to a (string) file. */
  add(file: string, text: string, category: Category, keep: string[] = []): void {
    const cur = this.session[file];
    this.session[file] = typeof cur === 'string' ? `${cur}${cur.endsWith('\n') ? '' : '\n'}${text}` : text;
    this.info(file, category, keep);
  }
  set(file: string, content: string | Buffer, category: Category, keep: string[] = [], benign = false): void {
    this.session[file] = content;
    this.info(file, category, keep, benign);
  }
  plant(category: Category, family: string, encoding: string, file: string, body: string): void {
    if (body.length < 10) throw new Error(`corpus bug: body of ${family} shorter than 10`);
    this.plants.push({ category, family, encoding, file, body });
  }
}

/* ------------------------------------------------------------------ encodings */

const uEsc = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
const ansi = (s: string, at: number, code = '22') => `${s.slice(0, at)}\u001b[${code}m${s.slice(at)}`;
const pctAll = (s: string) =>
  [...s].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).join('');
const htmlAll = (s: string) => [...s].map((c) => `&#${c.charCodeAt(0)};`).join('');

/* ------------------------------------------------------------------ shapes */

interface Shape {
  family: string;
  value: string;
  body: string;
}

/** Families with well-known shapes (rules exist for most): for categories 2, 6 and 7. */
function knownShapes(g: Gen) {
  const sk = j('s', 'k');
  const mk = (family: string, prefix: string, body: string, suffix = ''): Shape => ({
    family,
    value: prefix + body + suffix,
    body,
  });
  const oai = j('T3Bl', 'bkFJ');
  const proj = g.s('urlsafe', 74);
  return {
    openai: { family: 'openai-project', value: `${sk}-proj-${proj}${oai}${g.s('urlsafe', 74)}`, body: proj },
    anthropic: mk('anthropic', `${sk}-ant-api03-`, g.s('urlsafe', 93), 'AA'),
    github: mk('github-pat', j('gh', 'p_'), g.s('alnum', 36)),
    githubApp: mk('github-app', j('gh', 's_'), g.s('alnum', 36)),
    groq: mk('groq', j('gs', 'k_'), g.s('alnum', 52)),
    xai: mk('xai', j('xa', 'i-'), g.s('word', 80)),
    google: mk('google', j('AI', 'zaSy'), g.s('urlsafe', 33)),
    awsId: mk('aws-access-key-id', j('AK', 'IA'), g.s('base32', 16)),
    slackHook: mk(
      'slack-webhook',
      `https://hooks.${'slack'}.com/services/T${g.s('upperAlnum', 9)}/B${g.s('upperAlnum', 9)}/`,
      g.s('alnum', 24),
    ),
    slackBot: mk('slack-bot', `${j('xo', 'xb')}-${g.s('digits', 11)}-${g.s('digits', 12)}-`, g.s('alnum', 24)),
    slackUser: mk(
      'slack-user',
      `${j('xo', 'xp')}-${g.s('digits', 11)}-${g.s('digits', 11)}-${g.s('digits', 12)}-`,
      g.s('hex', 32),
    ),
    hf: mk('huggingface', j('h', 'f_'), g.s('letters', 34)),
    stripe: mk('stripe', `${sk}_live_`, g.s('alnum', 32)),
    npm: mk('npm', j('np', 'm_'), g.s('alnum', 36)),
    gitlab: mk('gitlab', j('gl', 'pat-'), g.s('urlsafe', 20)),
    openrouter: mk('openrouter', `${sk}-or-v1-`, g.s('hex', 64)),
    deepseek: mk('deepseek', `${sk}-`, g.s('hex', 32)),
    perplexity: mk('perplexity', j('pp', 'lx-'), g.s('alnum', 48)),
    together: mk('together', j('tg', 'p_v1_'), g.s('urlsafe', 43)),
    telegram: mk('telegram', `${g.s('digits', 10)}:AA`, g.s('urlsafe', 33)),
    stripeHook: mk('stripe-webhook', j('wh', 'sec_'), g.s('alnum', 32)),
    jwt: (() => {
      const body = `${j('ey', 'J')}${g.s('urlsafe', 30)}.${j('ey', 'J')}${g.s('urlsafe', 60)}.${g.s('urlsafe', 43)}`;
      return { family: 'jwt', value: body, body };
    })(),
    cerebras: mk('cerebras', j('cs', 'k-'), g.s('lowerAlnum', 48)),
  };
}

const pemOf = (g: Gen, kind = 'RSA ') => {
  const lines = Array.from({ length: 8 }, (_, i) => (i === 0 ? 'MI' + g.b64(62) : g.b64(64)));
  return {
    text: `${j('-----BEG', `IN ${kind}PRIVATE KEY-----`)}\n${lines.join('\n')}\n${j('-----EN', `D ${kind}PRIVATE KEY-----`)}`,
    body: lines[3]!,
  };
};

/* ------------------------------------------------------------------ the corpus */

export interface CorpusOptions {
  seed?: number;
  /** Real minified bundles made from this repo's node_modules (esbuild); off for a faster corpus. */
  bundles?: boolean;
  /** The repository root (for node_modules and package-lock.json). */
  repo: string;
}

export function buildCorpus(opts: CorpusOptions): Corpus {
  const g = new Gen(opts.seed ?? 20261130);
  const b = new Builder(g);
  const sessionName = 'log_20260131_101500_123456';
  const A = 'turn_1/attempt_1';
  const project: Tree = {};
  const home: Tree = {};

  const noAutoKeep = new Set<string>();

  /* ---------- category 1: learned values (no env var set) ---------- */
  const learned = {
    mistral: g.s('alnum', 32),
    azure: g.s('hex', 32),
    zai: `${g.s('hex', 32)}.${g.s('alnum', 16)}`,
    exa: g.uuid(),
    cohere: g.s('alnum', 40),
    dbPassword: g.s('alnum', 20),
    clientSecret: g.s('urlsafe', 35),
    deepgram: g.s('hex', 40),
    sambanova: g.s('lowerAlnum', 36),
    settingsToken: g.s('alnum', 48),
    fireworksLike: g.s('alnum', 48),
  };
  const question = `Why does the Mistral call with ${learned.mistral} return 401, and how do I fix the landing page?`;
  const base = attemptTree({
    question,
    agents: ['agent_a', 'agent_b'],
    winner: 'agent_b',
    finishReason: 'completed',
    start: 1769854500,
    cost: 0.42,
    inputTokens: 60000,
    outputTokens: 2100,
    attemptNumber: 1,
    turnNumber: 1,
    sessionName,
    withAgentOutputs: true,
  });
  for (const [k, v] of Object.entries(base))
    b.set(
      `${A}/${k}`,
      v as string,
      1,
      typeof v === 'string' && k.endsWith('execution_trace.md') ? ['Successfully wrote to index.html'] : [],
    );
  const stepOf = (agent: string) =>
    Object.keys(base)
      .find((k) => k.startsWith(`${agent}/`) && k.endsWith('/answer.txt'))!
      .split('/')[1]!;
  const WA = `${A}/agent_a/${stepOf('agent_a')}/workspace`;
  const WB = `${A}/final/agent_b/workspace`;
  const traceA = `${A}/agent_a/${stepOf('agent_a')}/execution_trace.md`;
  const traceB = `${A}/agent_b/${stepOf('agent_b')}/execution_trace.md`;
  const traceF = `${A}/final/agent_b/execution_trace.md`;
  const answerA = `${A}/agent_a/${stepOf('agent_a')}/answer.txt`;
  const answerF = `${A}/final/agent_b/answer.txt`;
  const outA = `${A}/agent_outputs/agent_a.txt`;
  const outB = `${A}/agent_outputs/agent_b.txt`;
  const sys = `${A}/agent_outputs/system_status.txt`;
  const k = knownShapes(g);
  const k2 = knownShapes(g); // a second, independent set for other categories
  const k3 = knownShapes(g);

  // execution_metadata.yaml: MassGen dumps the whole config, env-expanded.
  const blockKey = g.s('alnum', 40);
  const foldedPw = g.s('alnum', 28);
  const mcpToken = g.s('alnum', 36);
  const meta = [
    `query: ${JSON.stringify(question)}`,
    `timestamp: '2026-01-31T10:15:00.123456'`,
    'config_path: /home/u/proj/.massgen/config.yaml',
    'config:',
    '  agents:',
    '  - id: agent_a',
    '    backend:',
    '      type: chatcompletion',
    '      model: mistral-large-latest',
    '      base_url: https://api.mistral.ai/v1',
    `      api_key: ${learned.mistral}`,
    '  - id: agent_b',
    '    backend:',
    '      type: azure_openai',
    '      model: gpt-4o',
    '      base_url: https://contoso-eastus.openai.azure.com/',
    `      api_key: ${learned.azure}`,
    '      api_version: 2024-10-21',
    '  - id: agent_c',
    '    backend:',
    '      type: zai',
    '      model: glm-4.5',
    `      api_key: '${learned.zai}'`,
    '  - id: agent_d',
    '    backend:',
    '      type: chatcompletion',
    '      model: accounts/fireworks/models/llama-v3p1-70b-instruct',
    '      api_key: |',
    `        ${blockKey}`,
    '      max_tokens: 4096',
    '    mcp_servers:',
    '    - name: exa',
    '      type: stdio',
    '      command: npx',
    '      args: ["-y", "exa-mcp-server"]',
    '      env:',
    `        EXA_API_KEY: ${learned.exa}`,
    '    - name: notion',
    '      type: streamable-http',
    '      url: https://mcp.notion.com/mcp',
    '      headers:',
    `        X-Notion-Token: ${mcpToken}`,
    '  orchestrator:',
    '    snapshot_storage: snapshots',
    '    database:',
    '      password: >-',
    `        ${foldedPw}`,
    'cli_args:\n  mode: textual_interactive\n  turn: 1\n  session_id: session_x',
    'git:\n  commit: 0123abcd4567ef890123abcd4567ef8901234567\n  branch: main',
    "python_version: '3.11.7 (main, Jan 1 2026) [GCC 12.2.0]'",
    'massgen_version: 0.1.45',
    'working_directory: /home/u/proj',
    '',
  ].join('\n');
  const metaPath = `${A}/execution_metadata.yaml`;
  b.set(metaPath, meta, 1, [
    'model: mistral-large-latest',
    'base_url: https://api.mistral.ai/v1',
    'api_version: 2024-10-21',
    'max_tokens: 4096',
    'massgen_version: 0.1.45',
    'commit: 0123abcd4567ef890123abcd4567ef8901234567',
  ]);
  b.plant(3, 'yaml-block-scalar api_key: |', 'yaml-literal', metaPath, blockKey);
  b.plant(3, 'yaml-folded password: >-', 'yaml-folded', metaPath, foldedPw);
  b.plant(4, 'X-Notion-Token (MCP headers)', 'yaml', metaPath, mcpToken);

  // Sources that are themselves left out, or read by design.
  b.set(`${WA}/.env`, `COHERE_API_KEY=${learned.cohere}\nDEBUG=true\n`, 1);
  b.set(
    `${WA}/config.yaml`,
    `database:\n  host: db.internal\n  user: app\n  password: ${learned.dbPassword}\nmodel: gpt-5.1\n`,
    1,
    ['host: db.internal', 'model: gpt-5.1'],
  );
  b.set(
    `${WA}/credentials.json`,
    `${JSON.stringify({ installed: { client_id: '1234567890-abc.apps.googleusercontent.com', client_secret: learned.clientSecret } }, null, 2)}\n`,
    1,
  );
  b.set(
    `${WA}/settings.toml`,
    `[service]\nendpoint = "https://api.fireworks.ai/inference/v1"\ntoken = "${learned.settingsToken}"\n`,
    1,
    ['endpoint = "https://api.fireworks.ai/inference/v1"'],
  );
  project['.env'] =
    `DEEPGRAM_API_KEY=${learned.deepgram}\nPOSTGRES_PASSWORD=postgres\nPOSTGRES_USER=postgres\nREDIS_PASSWORD=redis\nMYSQL_ROOT_PASSWORD=password\nADMIN_PASSWORD=changeme\nRABBITMQ_DEFAULT_PASS=guest\nDEBUG=1\n`;
  home['.config/massgen/.env'] = `SAMBANOVA_API_KEY=${learned.sambanova}\n`;
  const sourceFiles = new Set([`${WA}/.env`, `${WA}/credentials.json`]);

  // Repeated verbatim elsewhere, in contexts with no key name.
  const reps: [string, string][] = [
    [traceA, `MISTRAL key in use: ${learned.mistral}`],
    [traceB, `MISTRAL key in use: ${learned.mistral}`],
    [outB, `[agent_b] azure deployment gpt-4o reached with ${learned.azure} (eastus)`],
    [answerF, `I verified that ${learned.azure} still works against contoso-eastus.`],
    [traceF, `GLM call authorised by ${learned.zai}`],
    [outA, `zai credential (${learned.zai}) accepted`],
    [traceA, `exa search ok: ${learned.exa}`],
    [`${WA}/search_debug.log`, `10:15:03 | DEBUG | exa client ${learned.exa} connected`],
    [answerA, `Cohere works with ${learned.cohere} (see .env).`],
    [`${WA}/notes.md`, `| Provider | Value |\n|---|---|\n| cohere | ${learned.cohere} |`],
    [outA, `psql connected as app / ${learned.dbPassword}`],
    [traceB, `db login used ${learned.dbPassword} on db.internal`],
    [answerF, `OAuth client ready; its secret is ${learned.clientSecret}.`],
    [
      `${WA}/oauth_flow.py`,
      `# obtained from the console: ${learned.clientSecret}\nflow = InstalledAppFlow.from_client_config(cfg, SCOPES)`,
    ],
    [traceF, `deepgram transcription used ${learned.deepgram}`],
    [sys, `[10:15:09] deepgram ${learned.deepgram} ok`],
    [outB, `SambaNova fallback engaged with ${learned.sambanova}`],
    [`${WA}/run_output.txt`, `samba: ${learned.sambanova} -> 200 OK`],
    [answerA, `Fireworks: ${learned.settingsToken} is the one in settings.toml.`],
    [
      `${WA}/report.csv`,
      `provider,credential,status\nfireworks,${learned.settingsToken},ok\nmistral,${learned.mistral},401`,
    ],
    [`${WA}/index.html`, `<!-- debug: ${learned.azure} -->\n<h1>Landing</h1>`],
    [`${A}/agent_b/${stepOf('agent_b')}/context.txt`, `previous attempt used ${learned.cohere}`],
    ['turn_1/final/agent_b/answer.txt', `Final: the Azure deployment answers with ${learned.azure}.`],
    [
      'turn_1/ANALYSIS_REPORT.md',
      `# Analysis\n\nAgent b leaked the Z.ai credential ${learned.zai} into its trace; rotate it.`,
    ],
    [`${A}/coordination_table.txt`, `| note   | db pw ${learned.dbPassword} |`],
  ];
  for (const [file, text] of reps) b.add(file, `${text}\n`, 1);
  const nb1 = notebook([
    { src: ['import cohere\n', 'co = cohere.ClientV2()\n', 'print(co.api_key)'], out: [`${learned.cohere}\n`] },
    { src: ['!env | grep -i mistral'], out: [`${learned.mistral}\n`] },
  ]);
  b.set(`${WA}/explore.ipynb`, nb1, 1, ['"nbformat": 4']);
  b.set(
    `${A}/agent_outputs/final_presentation_agent_b.txt`,
    `=== FINAL PRESENTATION ===\nSelected Agent: agent_b\nVote Results: {'agent2.1': 2}\n\nUse ${learned.sambanova} for SambaNova.\n`,
    1,
  );

  /* ---------- category 2: encodings of shaped secrets ---------- */
  {
    const file = `${WA}/tool_calls.json`;
    const events: string[] = [];
    const ev = (text: string) => events.push(`    {"type": "tool_result", "content": "${text}"}`);
    // \uXXXX on the first character
    for (const s of [k.anthropic, k.github, k.groq]) {
      ev(`env dump:\\nKEY=${uEsc(s.value[0]!)}${s.value.slice(1)}\\ndone`);
      b.plant(2, s.family, 'json-\\u-first-char', file, s.body);
    }
    // every character escaped
    for (const s of [k.xai, k.hf]) {
      ev(`token ${[...s.value].map(uEsc).join('')}`);
      b.plant(2, s.family, 'json-\\u-every-char', file, s.body);
    }
    // an escape in the middle of the body
    for (const s of [k.openai, k.perplexity]) {
      const at = s.value.indexOf(s.body) + 10;
      ev(`using ${s.value.slice(0, at)}${uEsc(s.value[at]!)}${s.value.slice(at + 1)} now`);
      b.plant(2, s.family, 'json-\\u-mid-body', file, s.body);
    }
    // \/ inside a value
    ev(`posting to ${k.slackHook.value.replace(/\//g, '\\/')}`);
    b.plant(2, k.slackHook.family, 'json-escaped-slash', file, k.slackHook.body);
    const awsSecret = g.s('alnum', 12) + '/' + g.s('b64', 14) + '/' + g.s('alnum', 12);
    ev(
      `[default]\\naws_access_key_id = ${k.awsId.value}\\naws_secret_access_key = ${awsSecret.replace(/\//g, '\\/')}\\n`,
    );
    b.plant(2, 'aws-secret-access-key', 'json-escaped-slash', file, awsSecret);
    b.plant(2, k.awsId.family, 'json-\\n-env-dump', file, k.awsId.body);
    // doubly escaped JSON
    ev(`{\\\\\\"api_key\\\\\\": \\\\\\"${k.together.value}\\\\\\", \\\\\\"model\\\\\\": \\\\\\"llama\\\\\\"}`);
    b.plant(2, k.together.family, 'json-double-escaped', file, k.together.body);
    ev(`{\\\\\\"token\\\\\\": \\\\\\"\\\\${uEsc(k.stripe.value[0]!)}${k.stripe.value.slice(1)}\\\\\\"}`);
    b.plant(2, k.stripe.family, 'json-double-escaped+\\u', file, k.stripe.body);
    // ANSI colour inside the token, JSON-escaped
    ev(`\\u001b[32m${ansi(k.deepseek.value, 9, '0').replace('\u001b', '\\u001b')}\\u001b[0m`);
    b.plant(2, k.deepseek.family, 'json-ansi-inside', file, k.deepseek.body);
    b.set(file, `{\n  "events": [\n${events.join(',\n')}\n  ],\n  "model": "gpt-5.1"\n}\n`, 2, ['"model": "gpt-5.1"']);
  }
  {
    // Raw ANSI sequences inside tokens in a terminal capture.
    const file = `${A}/agent_outputs/terminal_capture.txt`;
    const lines: string[] = ['=== TERMINAL CAPTURE ==='];
    const put = (s: Shape, at: number, enc: string, code = '22') => {
      lines.push(`\u001b[1mexport\u001b[0m KEY=${ansi(s.value, at, code)}\u001b[0m`);
      b.plant(2, s.family, enc, file, s.body);
    };
    put(k2.anthropic, 15, 'ansi-inside-body');
    put(k2.groq, 2, 'ansi-inside-prefix', '0');
    put(k2.github, 1, 'ansi-inside-prefix', '1');
    put(k2.openrouter, 30, 'ansi-inside-body', '38;5;208');
    lines.push(`\u001b[32m${k2.xai.value}\u001b[0m`);
    b.plant(2, k2.xai.family, 'ansi-wrapped', file, k2.xai.body);
    b.set(file, `${lines.join('\n')}\n`, 2, ['=== TERMINAL CAPTURE ===']);
  }
  {
    const file = `${WA}/requests.log`;
    const l: string[] = [];
    l.push(
      `POST /v1/chat HTTP/1.1\r\nHost: api.example.test\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nkey=${pctAll(k2.openai.value)}&model=gpt-5.1\r\n`,
    );
    b.plant(2, k2.openai.family, 'url-encoded-every-char', file, k2.openai.body);
    l.push(`GET /callback?state=ok&token=${k2.hf.value.replace('_', '%5F')}&next=%2Fhome HTTP/1.1\r\n`);
    b.plant(2, k2.hf.family, 'url-encoded-separator', file, k2.hf.body);
    l.push(
      `redirect: https://app.example.test/login?t=${encodeURIComponent(k2.stripe.value).replace(/_/g, '%5F')}\r\n`,
    );
    b.plant(2, k2.stripe.family, 'url-encoded-separator', file, k2.stripe.body);
    l.push(`Authorization: Bearer ${k2.jwt.value}\r\n`);
    b.plant(2, k2.jwt.family, 'crlf', file, k2.jwt.body);
    b.set(file, l.join(''), 2, ['Host: api.example.test', 'model=gpt-5.1']);
  }
  {
    const file = `${WA}/windows_env_paste.txt`;
    b.set(
      file,
      `# pasted from Windows\r\nOPENAI_API_KEY=${k3.openai.value}\r\nGROQ_API_KEY=${k3.groq.value}\r\nLOG_LEVEL=info\r\n`,
      2,
      ['LOG_LEVEL=info'],
    );
    b.plant(2, k3.openai.family, 'crlf', file, k3.openai.body);
    b.plant(2, k3.groq.family, 'crlf', file, k3.groq.body);
  }
  {
    const file = `${WA}/key_page.html`;
    b.set(
      file,
      `<html><body><p>Your key: <code>${htmlAll(k3.anthropic.value)}</code></p>\n<p>Webhook: <code>${k3.slackBot.value.replace(/-/g, '&#45;')}</code></p></body></html>\n`,
      2,
      ['<html><body>'],
    );
    b.plant(2, k3.anthropic.family, 'html-entities-every-char', file, k3.anthropic.body);
    b.plant(2, k3.slackBot.family, 'html-entities-separator', file, k3.slackBot.body);
  }
  {
    const k4 = knownShapes(g);
    const file = `${WA}/SETUP.md`;
    b.set(
      file,
      `# Setup\n\nSet GROQ to gsk\\_${k4.groq.body} and HF to hf\\_${k4.hf.body}.\n\nThe npm token is npm\\_${k3.npm.body}.\n`,
      2,
      ['# Setup'],
    );
    b.plant(2, 'groq (2)', 'markdown-escaped-underscore', file, k4.groq.body);
    b.plant(2, 'huggingface (2)', 'markdown-escaped-underscore', file, k4.hf.body);
    b.plant(2, k3.npm.family, 'markdown-escaped-underscore', file, k3.npm.body);
  }
  {
    const file = `${WA}/compose.override.yaml`;
    const x = k3.xai;
    const gg = k3.google;
    b.set(
      file,
      `services:\n  app:\n    environment:\n      XAI: "\\x${x.value.charCodeAt(0).toString(16)}${x.value.slice(1)}"\n      GEMINI: "\\u0041${gg.value.slice(1)}"\n    image: app:latest\n`,
      2,
      ['image: app:latest'],
    );
    b.plant(2, x.family, 'yaml-double-quoted-\\x', file, x.body);
    b.plant(2, gg.family, 'yaml-double-quoted-\\u', file, gg.body);
  }
  {
    const file = `${WA}/mail/key-rotation.eml`;
    const tok = k3.github.value;
    const qp = `Your new token is ${tok.slice(0, 20)}=\r\n${tok.slice(20)} (keep it safe) and the admin one is ${k3.stripeHook.value.replace('_', '=5F')}\r\n`;
    b.set(
      file,
      `From: ops@example.test\r\nTo: dev@example.test\r\nSubject: rotation\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp}`,
      2,
      ['Subject: rotation'],
    );
    b.plant(2, k3.github.family, 'quoted-printable-soft-break', file, k3.github.body);
    b.plant(2, k3.stripeHook.family, 'quoted-printable-=5F', file, k3.stripeHook.body);
  }
  {
    const file = `${WA}/client.js`;
    const s = k3.perplexity;
    b.set(
      file,
      `'use strict';\nconst key = "\\x${s.value.charCodeAt(0).toString(16)}${s.value.slice(1)}";\nconst tok = '${k3.gitlab.value.slice(0, 6)}\\u002d${k3.gitlab.body}';\nmodule.exports = { key, tok };\n`,
      2,
      ["'use strict';", 'module.exports = { key, tok };'],
    );
    b.plant(2, s.family, 'js-\\x-escape', file, s.body);
    b.plant(2, k3.gitlab.family, 'js-\\u-separator', file, k3.gitlab.body);
  }
  {
    // Python repr of a dict holding JSON: escapes inside a repr, as MassGen logs StreamChunks.
    const file = `${A}/agent_outputs/agent_a_stream.txt`;
    const s = k3.cerebras;
    const t = k3.telegram;
    b.set(
      file,
      `StreamChunk(type='tool_result', content='{"env": "CEREBRAS=${s.value}\\\\nTG=${t.value}"}', source='agent_a')\n`,
      2,
      ["source='agent_a'"],
    );
    b.plant(2, s.family, 'python-repr-of-json', file, s.body);
    b.plant(2, t.family, 'python-repr-of-json', file, t.body);
  }

  /* ---------- category 3: formats the key-name layer may not read (prefix-less values) ---------- */
  {
    const v = () => g.s('alnum', g.pick([24, 32, 40]));
    const f3 = (file: string, family: string, make: (val: string) => string, keep: string[] = [], enc = 'raw') => {
      const val = v();
      b.add(file, `${make(val)}\n`, 3, keep);
      b.plant(3, family, enc, file, val);
    };
    const py = `${WA}/setup_keys.py`;
    b.add(py, 'import os\nimport openai\n', 3, ['import os']);
    f3(py, 'os.environ["X_API_KEY"] = "…"', (x) => `os.environ["MISTRAL_API_KEY"] = "${x}"`);
    f3(py, 'os.getenv("X", "default")', (x) => `cohere_client = Client(os.getenv("COHERE_API_KEY", "${x}"))`);
    f3(py, 'os.environ.setdefault', (x) => `os.environ.setdefault('VOYAGE_API_KEY', '${x}')`);
    f3(py, 'openai.api_key attribute', (x) => `openai.api_key = "${x}"`);
    f3(py, 'kwarg api_key=', (x) => `client = Mistral(api_key="${x}")`);
    f3(py, 'dict header X-API-Key', (x) => `headers = {"X-API-Key": "${x}", "Accept": "application/json"}`, [
      '"Accept": "application/json"',
    ]);
    const nbVals = [v(), v()];
    b.set(
      `${WA}/keys_notebook.ipynb`,
      notebook([
        { src: ['import os\n', `os.environ["ANTHROPIC_API_KEY"] = "${nbVals[0]}"\n`], out: [] },
        {
          src: ['from groq import Groq\n', `client = Groq(api_key=os.getenv("GROQ_API_KEY", "${nbVals[1]}"))`],
          out: ['ok\n'],
        },
      ]),
      3,
      ['"nbformat": 4'],
    );
    b.plant(3, 'os.environ[...] in .ipynb', 'ipynb-json-source', `${WA}/keys_notebook.ipynb`, nbVals[0]!);
    b.plant(3, 'os.getenv default in .ipynb', 'ipynb-json-source', `${WA}/keys_notebook.ipynb`, nbVals[1]!);
    const sh = `${WA}/shell_history.txt`;
    f3(sh, 'curl -u user:pw', (x) => `  101  curl -u admin:${x} https://jenkins.internal/api/json`);
    f3(sh, 'curl --user "u:pw"', (x) => `  102  curl --user "svc-bot:${x}" -X POST https://registry.internal/v2/`);
    f3(sh, 'mysql -pPW', (x) => `  103  mysql -h db.internal -u root -p${x} appdb`);
    f3(sh, 'redis-cli -a', (x) => `  104  redis-cli -h cache.internal -a ${x} ping`);
    f3(sh, 'redis://:pw@host (empty user)', (x) => `  105  export CACHE_URL=redis://:${x}@cache.internal:6379/0`);
    f3(sh, 'mongodb+srv://user:pw@', (x) => `  106  mongosh "mongodb+srv://app:${x}@cluster0.ab1cd.mongodb.net/prod"`);
    f3(sh, 'docker login -p', (x) => `  107  docker login -u deploy -p ${x} registry.example.test`);
    f3(sh, 'sshpass -p', (x) => `  108  sshpass -p '${x}' ssh ubuntu@10.0.0.12`);
    f3(
      sh,
      'az login -p',
      (x) =>
        `  109  az login --service-principal -u 11111111-2222-3333-4444-555555555555 -p ${x} --tenant contoso.onmicrosoft.com`,
    );
    f3(sh, 'export in shell history', (x) => `  110  export REPLICATE_API_TOKEN=${x}`);
    f3(sh, 'fish set -x', (x) => `  111  set -x OPENAI_API_KEY ${x}`);
    f3(sh, 'Windows setx', (x) => `  112  setx COHERE_API_KEY "${x}"`);
    f3(sh, '--api-key flag', (x) => `  113  massgen --backend openai --api-key ${x} "hello"`);
    const md = `${WA}/CREDENTIALS.md`;
    b.add(md, '# Credentials\n\n| Name | Value |\n|------|-------|\n', 3, ['# Credentials']);
    f3(md, 'markdown table NAME | value', (x) => `| OPENAI_API_KEY | ${x} |`);
    f3(md, 'markdown table, prose name', (x) => `| Mistral API key | \`${x}\` |`);
    const ps = `${WA}/env_dump_ps.txt`;
    b.add(
      ps,
      '\nName                           Value\n----                           -----\nPATH                           C:\\Windows\\system32\n',
      3,
      ['PATH                           C:\\Windows\\system32'],
    );
    f3(ps, 'PowerShell Get-ChildItem env: table', (x) => `ANTHROPIC_API_KEY              ${x}`);
    f3(ps, 'PowerShell $env: assignment', (x) => `PS C:\\proj> $env:GROQ_API_KEY = "${x}"`);
    const xml = `${WA}/App.config`;
    b.add(xml, '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n', 3, ['<configuration>']);
    f3(xml, '.NET <add key="OpenAIApiKey" value>', (x) => `    <add key="OpenAIApiKey" value="${x}" />`);
    f3(
      xml,
      '.NET connectionString Password=',
      (x) =>
        `    <add key="Db" value="Server=tcp:db.database.windows.net,1433;Initial Catalog=app;User ID=sa;Password=${x};" />`,
    );
    b.add(xml, '  </appSettings>\n  <ApiSettings>', 3);
    f3(xml, 'XML element <ApiKey>', (x) => `    <ApiKey>${x}</ApiKey>`);
    f3(xml, 'XML element <ClientSecret>', (x) => `    <ClientSecret>${x}</ClientSecret>`);
    b.add(xml, '  </ApiSettings>\n</configuration>', 3);
    const go = `${WA}/main.go`;
    b.add(go, 'package main\n\nimport "fmt"\n', 3, ['package main']);
    f3(go, 'Go apiKey := "…"', (x) => `func main() {\n\tapiKey := "${x}"\n\tfmt.Println(len(apiKey))\n}`);
    f3(
      go,
      'Go struct field APIKey: "…"',
      (x) => `var cfg = Config{Endpoint: "https://api.example.test", APIKey: "${x}"}`,
    );
    f3(
      `${WA}/client.ts`,
      "TS const apiKey = '…'",
      (x) => `const apiKey = '${x}';\nexport const client = new OpenAI({ apiKey });`,
      ['export const client = new OpenAI({ apiKey });'],
    );
    f3(
      `${WA}/Program.cs`,
      'C# const string ApiKey',
      (x) => `class Program {\n    private const string ApiKey = "${x}";\n}`,
      ['class Program {'],
    );
    f3(
      `${WA}/application.properties`,
      'Java properties datasource.password',
      (x) => `spring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.password=${x}`,
      ['spring.datasource.url=jdbc:postgresql://db:5432/app'],
    );
    const df = `${WA}/Dockerfile`;
    b.add(df, 'FROM python:3.12-slim\nWORKDIR /app\n', 3, ['FROM python:3.12-slim']);
    f3(df, 'Dockerfile ENV', (x) => `ENV TAVILY_API_KEY=${x}`);
    f3(df, 'Dockerfile ARG default', (x) => `ARG HF_TOKEN=${x}`);
    f3(
      `${WA}/kubeconfig.yaml`,
      'kubeconfig user token',
      (x) => `apiVersion: v1\nkind: Config\nusers:\n- name: ci\n  user:\n    token: ${x}\ncurrent-context: ci`,
      ['current-context: ci'],
    );
    f3(
      `${WA}/deploy.yaml`,
      'k8s env name/value pair',
      (x) =>
        `spec:\n  containers:\n  - name: app\n    env:\n    - name: OPENAI_API_KEY\n      value: "${x}"\n    - name: LOG_LEVEL\n      value: info`,
      ['value: info'],
    );
    f3(
      `${WA}/task-definition.json`,
      'ECS {"name": X, "value": …}',
      (x) =>
        JSON.stringify(
          {
            containerDefinitions: [
              {
                name: 'app',
                environment: [
                  { name: 'ANTHROPIC_API_KEY', value: x },
                  { name: 'REGION', value: 'us-east-1' },
                ],
              },
            ],
          },
          null,
          2,
        ),
      ['"value": "us-east-1"'],
    );
    f3(`${WA}/pgpass.txt`, '.pgpass host:port:db:user:pw', (x) => `db.internal:5432:app:app:${x}`);
    f3(`${WA}/netrc.txt`, '.netrc machine login password', (x) => `machine api.github.com login octocat password ${x}`);
    f3(
      `${WA}/main.tf`,
      'Terraform variable default',
      (x) => `variable "openai_api_key" {\n  type      = string\n  default   = "${x}"\n  sensitive = true\n}`,
      ['sensitive = true'],
    );
    f3(
      sh,
      'psql URL with password',
      (x) => `  114  psql "postgresql://report:${x}@db.internal:5432/analytics?sslmode=require"`,
    );
    f3(
      sh,
      'git credential URL (prefix-less)',
      (x) => `  115  git remote set-url origin https://oauth2:${x}@gitlab.internal/team/app.git`,
    );
    f3(`${WA}/setup.sql`, "SQL WITH PASSWORD '…'", (x) => `CREATE USER app WITH PASSWORD '${x}';`);
    f3(`${WA}/setup.sql`, "SQL IDENTIFIED BY '…'", (x) => `ALTER USER 'report'@'%' IDENTIFIED BY '${x}';`);
    f3(`${WA}/analysis.R`, 'R Sys.setenv', (x) => `Sys.setenv(OPENAI_API_KEY = "${x}")\nlibrary(ellmer)`, [
      'library(ellmer)',
    ]);
    f3(
      `${WA}/compose.yaml`,
      'compose list "- KEY=value"',
      (x) =>
        `services:\n  worker:\n    image: worker:1\n    environment:\n      - MISTRAL_API_KEY=${x}\n      - WORKERS=4`,
      ['- WORKERS=4'],
    );
    f3(
      traceA,
      'tool-call JSON args ["--api-key", v]',
      (x) =>
        `### Tool Call: execute_command\n\`\`\`json\n${JSON.stringify({ command: 'massgen', args: ['--config', 'cfg.yaml', '--api-key', x] })}\n\`\`\``,
    );
    f3(`${WA}/http_dump.txt`, 'npmrc _authToken (prefix-less)', (x) => `//npm.pkg.github.com/:_authToken=${x}`);
  }

  /* ---------- category 4: key names (prefix-less values) ---------- */
  {
    const f4 = (
      file: string,
      family: string,
      val: string,
      make: (val: string) => string,
      body = val,
      keep: string[] = [],
    ) => {
      b.add(file, `${make(val)}\n`, 4, keep);
      b.plant(4, family, 'raw', file, body);
    };
    const ans = answerF;
    const cfg = `${WA}/providers.yaml`;
    b.add(cfg, 'providers:\n', 4, ['providers:']);
    f4(ans, 'AZURE_OPENAI_KEY', g.s('hex', 32), (x) => `AZURE_OPENAI_KEY=${x}`);
    f4(cfg, 'MISTRAL_KEY', g.s('alnum', 32), (x) => `  MISTRAL_KEY: ${x}`);
    f4(
      `${WA}/rerank.py`,
      'cohere_key',
      g.s('alnum', 40),
      (x) => `cohere_key = "${x}"\nco = cohere.Client(cohere_key)`,
      undefined,
      ['co = cohere.Client(cohere_key)'],
    );
    f4(`${WA}/search.jsonl`, '"key"', g.s('alnum', 32), (x) =>
      JSON.stringify({ provider: 'serper', key: x, gl: 'us' }),
    );
    f4(traceB, '?key= query', g.s('hex', 32), (x) => `GET https://api.weatherapi.com/v1/current.json?key=${x}&q=Paris`);
    const sig = g.s('b64', 43) + '=';
    f4(
      traceB,
      'Azure SAS sig=',
      sig,
      (x) =>
        `https://acct.blob.core.windows.net/c/f.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-02-01T00:00:00Z&sig=${encodeURIComponent(x)}`,
      sig.slice(0, -1),
    );
    f4(
      `${WA}/curl_cmds.sh`,
      'Ocp-Apim-Subscription-Key',
      g.s('hex', 32),
      (x) => `curl -H "Ocp-Apim-Subscription-Key: ${x}" https://api.cognitive.microsoft.com/bing/v7.0/search?q=x`,
    );
    const auth = Buffer.from(`deploy:${g.s('alnum', 24)}`).toString('base64');
    f4(`${WA}/docker-config.json`, 'docker "auth"', auth, (x) =>
      JSON.stringify({ auths: { 'ghcr.io': { auth: x } } }, null, 2),
    );
    const ckd = Buffer.from(pemOf(g, 'EC ').text).toString('base64');
    f4(
      `${WA}/kube/config.yaml`,
      'kubeconfig client-key-data',
      ckd,
      (x) =>
        `users:\n- name: admin\n  user:\n    client-certificate-data: ${Buffer.from('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n').toString('base64')}\n    client-key-data: ${x}`,
      ckd.slice(100, 200),
    );
    const saPem = pemOf(g, '');
    const saKeyId = g.s('hex', 40);
    b.set(
      `${WA}/gcloud-key.json`,
      `${JSON.stringify({ type: 'service_account', project_id: 'demo-proj', private_key_id: saKeyId, private_key: `${saPem.text}\n`, client_email: 'bot@demo-proj.iam.gserviceaccount.com', token_uri: 'https://oauth2.googleapis.com/token' }, null, 2)}\n`,
      4,
      ['"project_id": "demo-proj"', '"token_uri": "https://oauth2.googleapis.com/token"'],
    );
    b.plant(4, 'GCP private_key_id', 'service-account JSON', `${WA}/gcloud-key.json`, saKeyId);
    b.plant(4, 'GCP private_key', 'service-account JSON (\\n-escaped PEM)', `${WA}/gcloud-key.json`, saPem.body);
    f4(
      `${WA}/curl_cmds.sh`,
      'x-goog-api-key header',
      g.s('urlsafe', 39),
      (x) => `curl -H 'x-goog-api-key: ${x}' https://proxy.internal/v1beta/models`,
    );
    f4(
      `${WA}/azure_call.py`,
      '"api-key" header dict',
      g.s('hex', 32),
      (x) => `requests.post(url, headers={"api-key": "${x}"}, json=body)`,
    );
    f4(`${WA}/azure_call.py`, 'subscription_key', g.s('hex', 32), (x) => `subscription_key = '${x}'`);
    f4(cfg, 'access_key', g.s('alnum', 32), (x) => `  access_key: ${x}`);
    f4(cfg, 'secret_key', g.s('alnum', 40), (x) => `  secret_key: ${x}`);
    f4(ans, 'MEILI_MASTER_KEY', g.s('urlsafe', 32), (x) => `MEILI_MASTER_KEY=${x}`);
    f4(cfg, 'ENCRYPTION_KEY (base64)', g.b64(43) + '=', (x) => `  ENCRYPTION_KEY: "${x}"`);
    f4(cfg, 'signing_key (64 hex)', g.s('hex', 64), (x) => `  signing_key: ${x}`);
    f4(cfg, 'webhook_secret', g.s('alnum', 32), (x) => `  webhook_secret: ${x}`);
    f4(`${WA}/oauth.py`, 'client_secret', g.s('urlsafe', 40), (x) => `client_secret = "${x}"`);
    f4(cfg, 'consumer_secret', g.s('alnum', 50), (x) => `  consumer_secret: ${x}`);
    const appPw = [
      g.s(CHARSETS.letters.slice(0, 26), 4),
      g.s(CHARSETS.letters.slice(0, 26), 4),
      g.s(CHARSETS.letters.slice(0, 26), 4),
      g.s(CHARSETS.letters.slice(0, 26), 4),
    ].join(' ');
    f4(ans, 'app_password (Gmail, spaces)', appPw, (x) => `SMTP app_password: "${x}"`);
    f4(cfg, 'passphrase', g.s('alnum', 24), (x) => `  passphrase: ${x}`);
    f4(`${WA}/appsettings.json`, 'ADO connection string Password=', g.s('alnum', 24), (x) =>
      JSON.stringify(
        {
          ConnectionStrings: {
            Default: `Server=tcp:db.database.windows.net,1433;Database=app;User ID=admin;Password=${x};Encrypt=True;`,
          },
        },
        null,
        2,
      ),
    );
    f4(
      ans,
      'Azure Service Bus SharedAccessKey=',
      g.b64(43) + '=',
      (x) =>
        `Endpoint=sb://ns1.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${x}`,
    );
    f4(
      `${WA}/curl_cmds.sh`,
      'X-Auth-Token',
      g.s('hex', 32),
      (x) => `curl -H "X-Auth-Token: ${x}" https://api.internal/v2/servers`,
    );
    const sts = g.b64(280);
    f4(
      `${WA}/aws_creds.txt`,
      'aws_session_token',
      j('FwoGZXIvYXdzE', sts),
      (x) => `[default]\naws_session_token = ${x}`,
      sts,
    );
    f4(ans, 'NEW_RELIC_LICENSE_KEY', g.s('hex', 40), (x) => `NEW_RELIC_LICENSE_KEY=${x}`);
    f4(ans, 'JWT_SECRET', g.s('alnum', 48), (x) => `JWT_SECRET=${x}`);
    f4(ans, 'SECRET_KEY_BASE (128 hex)', g.s('hex', 128), (x) => `SECRET_KEY_BASE=${x}`);
    f4(traceF, 'Cookie: sessionid=', g.s('lowerAlnum', 32), (x) => `Cookie: csrftoken=abc; sessionid=${x}; theme=dark`);
    f4(
      `${WA}/curl_cmds.sh`,
      'PGPASSWORD=… psql',
      g.s('alnum', 20),
      (x) => `PGPASSWORD=${x} psql -h db.internal -U app -c 'select 1'`,
    );
    f4(`${WA}/curl_cmds.sh`, 'MYSQL_PWD', g.s('alnum', 20), (x) => `MYSQL_PWD=${x} mysqldump app > dump.sql`);
    f4(
      traceF,
      '&apikey= query',
      g.s('upperAlnum', 16),
      (x) => `GET https://www.alphavantage.co/query?function=TIME_SERIES_DAILY&symbol=IBM&apikey=${x}`,
    );
    f4(
      traceF,
      '?access_token= query',
      g.s('alnum', 40),
      (x) => `GET https://graph.example.test/me?fields=id&access_token=${x}`,
    );
    f4(
      `${WA}/curl_cmds.sh`,
      'X-Vault-Token (s.)',
      `s.${g.s('alnum', 24)}`,
      (x) => `curl -H "X-Vault-Token: ${x}" https://vault.internal:8200/v1/secret/data/app`,
    );
    f4(
      `${WA}/curl_cmds.sh`,
      'PRIVATE-TOKEN header',
      g.s('urlsafe', 20),
      (x) => `curl --header "PRIVATE-TOKEN: ${x}" https://gitlab.internal/api/v4/projects`,
    );
    f4(`${WA}/transcribe.py`, 'DEEPGRAM_KEY', g.s('hex', 40), (x) => `DEEPGRAM_KEY = "${x}"`);
    f4(cfg, 'SERPAPI_KEY (64 hex)', g.s('hex', 64), (x) => `  SERPAPI_KEY: ${x}`);
    f4(ans, 'WANDB_KEY', g.s('hex', 40), (x) => `WANDB_KEY=${x}`);
    f4(`${WA}/search.jsonl`, '"hmac_key"', g.b64(43) + '=', (x) => JSON.stringify({ hmac_key: x, algo: 'sha256' }));
    f4(
      `${WA}/transcribe.py`,
      'Authorization: Token',
      g.s('hex', 40),
      (x) => `headers = {"Authorization": "Token ${x}"}`,
    );
    f4(`${WA}/transcribe.py`, 'auth_key', g.s('alnum', 32), (x) => `auth_key = "${x}"  # DeepL`);
    f4(outB, "Python repr 'apiKey'", g.s('alnum', 32), (x) => `config = {'model': 'command-r', 'apiKey': '${x}'}`);
    f4(
      `${WA}/aws_creds.txt`,
      'aws_secret_access_key (repr)',
      g.b64(40),
      (x) =>
        `Credentials(access_key='${k2.awsId.value.replace(/^..../, j('AS', 'IA'))}', secret_key='${x}', token=None)`,
    );
  }

  /* ---------- category 5: families with no rule (documented shapes) ---------- */
  {
    const fams: Shape[] = [];
    const f = (family: string, prefix: string, body: string, suffix = '') =>
      fams.push({ family, value: prefix + body + suffix, body });
    f('elevenlabs', j('s', 'k_'), g.s('hex', 48));
    f('voyage', j('p', 'a-'), g.s('urlsafe', 43));
    f('discord-bot', `M${g.s('alnum', 23)}.${g.s('urlsafe', 6)}.`, g.s('urlsafe', 38));
    f('discord-webhook', `https://discord.com/api/webhooks/${g.s('digits', 18)}/`, g.s('urlsafe', 68));
    f('google-oauth-client-secret', j('GOC', 'SPX-'), g.s('urlsafe', 28));
    f('google-oauth-access-token', j('ya', '29.'), g.s('urlsafe', 160));
    f('google-refresh-token', j('1//0', 'g'), g.s('urlsafe', 100));
    f('age-secret-key', j('AGE-SEC', 'RET-KEY-1'), g.s('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
    f('anthropic-oauth', j('s', 'k-ant-oat01-'), g.s('urlsafe', 93), 'AA');
    f('firecrawl', j('f', 'c-'), g.s('hex', 32));
    f('jina', j('ji', 'na_'), g.s('alnum', 60));
    f('mailgun', j('ke', 'y-'), g.s('hex', 32));
    f('mailchimp', '', g.s('hex', 32), `-us${g.s('digits', 2)}`);
    f('resend', j('r', 'e_'), `${g.s('alnum', 8)}_${g.s('alnum', 24)}`);
    f('sentry-user-token', j('sntr', 'yu_'), g.s('hex', 64));
    f('new-relic-user-key', j('NR', 'AK-'), g.s('upperAlnum', 27));
    f('grafana-service-account', j('gl', 'sa_'), g.s('alnum', 32), `_${g.s('hex', 8)}`);
    f('langfuse-secret', j('s', 'k-lf-'), g.uuid());
    f('hashicorp-vault', j('hv', 's.'), g.s('alnum', 90));
    f('terraform-cloud', `${g.s('alnum', 14)}.${j('atlas', 'v1')}.`, g.s('alnum', 67));
    f('doppler', j('dp', '.pt.'), g.s('alnum', 43));
    f('atlassian', j('ATATT', '3xFfGF0'), g.s('urlsafe', 180), `=${g.s('hex', 8).toUpperCase()}`);
    f('airtable-pat', `${j('pa', 't')}${g.s('alnum', 14)}.`, g.s('hex', 64));
    f('figma', j('fi', 'gd_'), g.s('urlsafe', 40));
    f('heroku', j('HR', 'KU-AA'), g.s('urlsafe', 58));
    f('square', j('EA', 'AA'), g.s('urlsafe', 60));
    f('linear-oauth', j('lin', '_oauth_'), g.s('hex', 64));
    f('mapbox-secret', j('s', 'k.eyJ1Ijoi'), `${g.s('urlsafe', 40)}In0.${g.s('urlsafe', 22)}`);
    f('dropbox', j('s', 'l.'), g.s('urlsafe', 135));
    f('planetscale', j('psc', 'ale_tkn_'), g.s('urlsafe', 43));
    f('e2b', j('e2', 'b_'), g.s('hex', 40));
    f('llamacloud', j('ll', 'x-'), g.s('alnum', 48));
    f('azure-ad-client-secret', `${g.s('alnum', 3)}${g.s('digits', 1)}Q~`, g.s(`${CHARSETS.alnum}_~.-`, 34));
    f('postman', j('PM', 'AK-'), `${g.s('hex', 24)}-${g.s('hex', 34)}`);
    f('docker-hub-pat', j('dck', 'r_pat_'), g.s('urlsafe', 27));
    f('rubygems', j('ruby', 'gems_'), g.s('hex', 48));
    f('fly-io', j('fo', '1_'), g.s('urlsafe', 43));
    f('netlify', j('nf', 'p_'), g.s('alnum', 36));
    f('braintree', `${j('access_', 'token$production$')}${g.s('lowerAlnum', 16)}$`, g.s('hex', 32));
    f('prefect', j('pn', 'u_'), g.s('alnum', 36));
    f('gitlab-runner', j('gl', 'rt-'), g.s('urlsafe', 20));
    f('slack-app-token', `${j('xa', 'pp')}-1-A${g.s('upperAlnum', 10)}-${g.s('digits', 13)}-`, g.s('hex', 64));
    f('brave-search', j('BS', 'A'), g.s('alnum', 28));
    f('modal-token-secret', j('a', 's-'), g.s('alnum', 22));
    f('langsmith-service-key', j('lsv', '2_sk_'), g.s('hex', 32), `_${g.s('hex', 10)}`);
    f('digitalocean-oauth', j('do', 'o_v1_'), g.s('hex', 64));
    f('tavily-dev', j('tv', 'ly-dev-'), g.s('alnum', 32));
    const contexts: [string, (v: string) => string][] = [
      [answerA, (v) => `Here is the credential you asked for: ${v}`],
      [`${WA}/integrations.py`, (v) => `client = Client("${v}")`],
      [outA, (v) => `10:15:02 | INFO | auth ok (${v})`],
      [`${WA}/notes.md`, (v) => `- use \`${v}\` for the demo`],
      [`${WA}/providers.jsonl`, (v) => `["${v}", "model-x"]`],
      [traceB, (v) => `Result: connected using ${v}`],
      [`${WA}/keys.csv`, (v) => `prod,${v},2026-01-31`],
    ];
    fams.forEach((s, i) => {
      const [file, make] = contexts[i % contexts.length]!;
      b.add(file, `${make(s.value)}\n`, 5);
      b.plant(5, s.family, 'raw', file, s.body);
    });
    // PuTTY private key (multi-line)
    const priv = g.b64(44);
    const putty = `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-20260131\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(39)}\n${g.b64(20)}\nPrivate-Lines: 1\n${priv}\nPrivate-MAC: ${g.s('hex', 64)}\n`;
    b.set(`${WA}/deploy_key.ppk.txt`, putty, 5);
    noAutoKeep.add(`${WA}/deploy_key.ppk.txt`);
    b.plant(5, 'putty-private-key', 'raw', `${WA}/deploy_key.ppk.txt`, priv);
  }

  /* ---------- category 6: carriers ---------- */
  {
    const W = WB;
    const env = (s: Shape, name: string) => `${name}=${s.value}\n`;
    const c6 = (file: string, content: Buffer | string, plants: [Shape, string][]) => {
      b.set(file, content, 6);
      for (const [s, enc] of plants) b.plant(6, s.family, enc, file, s.body);
    };
    const kk = knownShapes(g);
    const kk2 = knownShapes(g);
    const kk3 = knownShapes(g);
    c6(
      `${W}/logs/run.log.gz`,
      gzipSync(`10:00:01 INFO start\n${env(kk.openai, 'OPENAI_API_KEY')}10:00:02 INFO done\n`),
      [[kk.openai, 'gzip']],
    );
    c6(`${W}/logs/trace.json.gz`, gzipSync(JSON.stringify({ events: [{ msg: `x-api-key: ${kk.anthropic.value}` }] })), [
      [kk.anthropic, 'gzip-json'],
    ]);
    c6(`${W}/backup.tar.gz`, gzipSync(tar({ '.env': env(kk.github, 'GITHUB_TOKEN'), 'README.md': '# backup\n' })), [
      [kk.github, 'tar.gz'],
    ]);
    c6(
      `${W}/bundle.zip`,
      zipOf({
        'config.yaml': `backend:\n  api_key: ${kk.groq.value}\n`,
        'logs/app.log.gz': gzipSync(`token ${kk.githubApp.value}\n`),
      }),
      [
        [kk.groq, 'zip'],
        [kk.githubApp, 'zip>gzip'],
      ],
    );
    c6(`${W}/report.docx`, docx(['Deployment notes', `Use the key ${kk.xai.value} for grok.`]), [[kk.xai, 'docx']]);
    const awsSecret = g.b64(40);
    const xl = xlsx([
      ['name', 'value'],
      ['AWS_ACCESS_KEY_ID', kk.awsId.value],
      ['AWS_SECRET_ACCESS_KEY', awsSecret],
      ['HF_TOKEN', kk.hf.value],
    ]);
    b.set(`${W}/keys.xlsx`, xl, 6);
    b.plant(6, kk.awsId.family, 'xlsx', `${W}/keys.xlsx`, kk.awsId.body);
    b.plant(6, 'aws-secret-access-key', 'xlsx (name in the next cell)', `${W}/keys.xlsx`, awsSecret);
    b.plant(6, kk.hf.family, 'xlsx', `${W}/keys.xlsx`, kk.hf.body);
    c6(`${W}/deck.pptx`, pptx(['Q1 review', `bot: ${kk.slackBot.value}`]), [[kk.slackBot, 'pptx']]);
    c6(`${W}/report.pdf`, pdf(['Invoice service', `STRIPE_SECRET_KEY=${kk.stripe.value}`]), [[kk.stripe, 'pdf-flate']]);
    c6(
      `${W}/notes.odt`,
      zipOf({
        mimetype: 'application/vnd.oasis.opendocument.text',
        'content.xml': `<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p>bot ${kk.telegram.value}</text:p></office:text></office:body></office:document-content>`,
      }),
      [[kk.telegram, 'odt']],
    );
    c6(`${W}/chart.png`, png([{ kind: 'tEXt', key: 'Comment', text: `OPENAI_API_KEY=${kk2.openai.value}` }]), [
      [{ ...kk2.openai, family: 'openai-project (2)' }, 'png-tEXt'],
    ]);
    c6(`${W}/plot.png`, png([{ kind: 'zTXt', key: 'Description', text: `key ${kk2.anthropic.value}` }]), [
      [{ ...kk2.anthropic, family: 'anthropic (2)' }, 'png-zTXt'],
    ]);
    c6(
      `${W}/figure.png`,
      png([
        {
          kind: 'iTXt-z',
          key: 'XML:com.adobe.xmp',
          text: `<x:xmpmeta><rdf:Description token="${kk.perplexity.value}"/></x:xmpmeta>`,
        },
      ]),
      [[kk.perplexity, 'png-iTXt-compressed']],
    );
    c6(`${W}/diagram.png`, png([{ kind: 'iTXt', key: 'Source', text: `GEMINI_API_KEY=${kk.google.value}` }]), [
      [kk.google, 'png-iTXt'],
    ]);
    const mistralish = g.s('alnum', 32);
    const envText = `OPENAI_API_KEY=${kk.openrouter.value}\nMISTRAL_API_KEY=${mistralish}\n`;
    b.add(
      answerA,
      `Here is my .env, base64 so it survives copy-paste:\n${Buffer.from(envText).toString('base64')}\n`,
      6,
    );
    b.plant(6, kk.openrouter.family, 'base64 .env in an answer', answerA, kk.openrouter.body);
    b.plant(6, 'MISTRAL_API_KEY (prefix-less)', 'base64 .env in an answer', answerA, mistralish);
    const wrapped = Buffer.from(
      `# prod\nGITHUB_TOKEN=${kk2.github.value}\nNPM_TOKEN=${kk.npm.value}\n# end of file, padded so the block wraps over several lines\n`,
    )
      .toString('base64')
      .replace(/.{76}/g, '$&\n');
    b.add(outB, `cat .env | base64\n${wrapped}\n`, 6);
    b.plant(6, 'github-pat (2)', 'base64 MIME-wrapped', outB, kk2.github.body);
    b.plant(6, kk.npm.family, 'base64 MIME-wrapped', outB, kk.npm.body);
    const cfgB64 = Buffer.from(`tavily:\n  api_key: ${kk.together.value}\n`).toString('base64');
    b.set(
      `${W}/upload_payload.json`,
      `${JSON.stringify({ path: 'config.yaml', content_b64: cfgB64, encoding: 'base64' }, null, 2)}\n`,
      6,
      ['"encoding": "base64"'],
    );
    b.plant(6, kk.together.family, 'base64 in a JSON field', `${W}/upload_payload.json`, kk.together.body);
    b.add(
      `${W}/README.md`,
      `Download the [env file](data:text/plain;base64,${Buffer.from(`SLACK_WEBHOOK=${kk.slackHook.value}\n`).toString('base64')}).\n`,
      6,
    );
    b.plant(6, kk.slackHook.family, 'data: URL text/plain;base64', `${W}/README.md`, kk.slackHook.body);
    b.add(
      traceF,
      `gzip+base64 log: ${gzipSync(`curl -H "Authorization: Bearer ${kk.deepseek.value}"\n`).toString('base64')}\n`,
      6,
    );
    b.plant(6, kk.deepseek.family, 'base64(gzip) in a trace', traceF, kk.deepseek.body);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(
        `\r\nName                Value\r\n----                -----\r\nOPENAI_API_KEY      ${kk3.openai.value}\r\nCEREBRAS_API_KEY    ${kk.cerebras.value}\r\n`,
        'utf16le',
      ),
    ]);
    c6(`${W}/env_dump_utf16.txt`, utf16, [
      [{ ...kk3.openai, family: 'openai-project (3)' }, 'utf-16le (PowerShell >)'],
      [kk.cerebras, 'utf-16le (PowerShell >)'],
    ]);
    const db = Buffer.concat([
      Buffer.from('SQLite format 3\0', 'latin1'),
      Buffer.alloc(84),
      Buffer.from(`\0\0\x01\x02CREATE TABLE creds(name, value)\0\0\x03\x05slack${kk.slackUser.value}\0\0`, 'latin1'),
      Buffer.alloc(64),
    ]);
    c6(`${W}/app.db`, db, [[kk.slackUser, 'sqlite binary']]);
    const pngInNb = png([{ kind: 'tEXt', key: 'Comment', text: `key=${kk.stripeHook.value}` }]).toString('base64');
    b.set(`${W}/plots.ipynb`, notebook([{ src: ['plt.plot(x, y)'], out: [], png: pngInNb }]), 6, ['"nbformat": 4']);
    b.plant(6, kk.stripeHook.family, 'ipynb image/png with tEXt', `${W}/plots.ipynb`, kk.stripeHook.body);
    const eml = `From: ci@example.test\r\nSubject: env\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nattached\r\n--b1\r\nContent-Type: application/octet-stream; name=".env"\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(`GITLAB_TOKEN=${kk.gitlab.value}\nJWT=${kk.jwt.value}\n`).toString('base64').replace(/.{76}/g, '$&\r\n')}\r\n--b1--\r\n`;
    b.set(`${W}/mail/env.eml`, eml, 6, ['Subject: env']);
    b.plant(6, kk.gitlab.family, 'eml base64 attachment', `${W}/mail/env.eml`, kk.gitlab.body);
    b.plant(6, kk.jwt.family, 'eml base64 attachment', `${W}/mail/env.eml`, kk.jwt.body);
    const state = Buffer.from(JSON.stringify({ redirect: '/home', api_key: kk2.xai.value })).toString('base64url');
    b.add(traceB, `GET https://app.example.test/cb?state=${state}\n`, 6);
    b.plant(6, 'xai (2)', 'base64url in a URL', traceB, kk2.xai.body);
    c6(
      `${W}/stored.xlsx`,
      zipOf({ 'xl/sharedStrings.xml': `<sst><si><t>${kk2.perplexity.value}</t></si></sst>` }, true),
      [[{ ...kk2.perplexity, family: 'perplexity (2)' }, 'xlsx stored']],
    );
    c6(`${W}/report-plain.pdf`, pdf(['Tokens', `HF ${kk2.hf.value}`], true), [
      [{ ...kk2.hf, family: 'huggingface (3)' }, 'pdf uncompressed'],
    ]);
  }

  /* ---------- category 7: long lines (> 1 MiB) ---------- */
  {
    const MiB = 1 << 20;
    const kk = knownShapes(g);
    const block = g.b64(4096);
    const filler = (n: number) => block.repeat(Math.ceil(n / block.length)).slice(0, n);
    const words = 'the quick agent voted for the landing page answer with tests '.repeat(80);
    const prose = (n: number) => words.repeat(Math.ceil(n / words.length)).slice(0, n);
    const c7 = (file: string, text: string, plants: [string, string, string][], keep: string[] = []) => {
      b.set(file, text, 7, keep);
      for (const [family, enc, body] of plants) b.plant(7, family, enc, file, body);
    };
    const apiKey = g.s('alnum', 40);
    const bearer = g.s('urlsafe', 48);
    c7(
      `${WA}/events.jsonl`,
      `{"event":"start"}\n${JSON.stringify({ event: 'tool_result', payload: filler(MiB + 5000), api_key: apiKey, headers: { Authorization: `Bearer ${bearer}` }, note: `pushed with ${kk.github.value}` })}\n{"event":"end"}\n`,
      [
        ['api_key (prefix-less)', 'json line > 1 MiB', apiKey],
        ['Bearer (prefix-less)', 'json line > 1 MiB', bearer],
        [kk.github.family, 'json line > 1 MiB', kk.github.body],
      ],
      ['{"event":"end"}'],
    );
    // Tokens straddling the 64 KiB, 128 KiB, 512 KiB and 1 MiB offsets of one line.
    {
      let line = '';
      const at: [number, Shape][] = [
        [65536 - 20, kk.anthropic],
        [131072 - 5, kk.openai],
        [524288 - 3, kk.xai],
        [MiB - 30, kk.groq],
      ];
      const plants: [string, string, string][] = [];
      for (const [off, s] of at) {
        line += prose(off - line.length - 1) + ' ' + s.value;
        plants.push([s.family, `straddles offset ${off}`, s.body]);
      }
      line += prose(4000);
      c7(`${A}/agent_outputs/agent_long.txt`, `=== AGENT_LONG OUTPUT LOG ===\n${line}\nDone.\n`, plants, [
        '=== AGENT_LONG OUTPUT LOG ===',
      ]);
    }
    const jsKey = g.s('alnum', 32);
    c7(
      `${WA}/dist/app.min.js`,
      `!function(){var e="${filler(MiB + 100)}",t={apiKey:"${jsKey}",model:"gpt-5.1"},n="${kk.openai.value}";window.__cfg=[e.length,t,n]}();\n`,
      [
        ['apiKey (prefix-less, minified JS)', 'minified line > 1 MiB', jsKey],
        [kk.openai.family, 'minified line > 1 MiB', kk.openai.body],
      ],
    );
    const awsLong = g.b64(40);
    c7(
      `${WA}/data.csv`,
      `id,blob,aws_access_key_id,aws_secret_access_key\n1,${filler(MiB + 10)},${kk.awsId.value},${awsLong}\n2,small,none,none\n`,
      [
        [kk.awsId.family, 'csv row > 1 MiB', kk.awsId.body],
        ['aws-secret-access-key (csv column)', 'csv row > 1 MiB', awsLong],
      ],
      ['2,small,none,none'],
    );
    c7(
      `${WA}/page.html`,
      `<html><body><img src="data:image/png;base64,iVBORw0KGgo${filler(MiB + 64)}"><script>const OPENAI_API_KEY="${kk.perplexity.value}";fetch("/x",{headers:{"x-api-key":"${kk.stripe.value}"}})</script></body></html>\n`,
      [
        [kk.perplexity.family, 'html line > 1 MiB', kk.perplexity.body],
        [kk.stripe.family, 'html line > 1 MiB', kk.stripe.body],
      ],
    );
    const pw = g.s('alnum', 24);
    const bearer2 = g.s('alnum', 40);
    b.add(
      traceF,
      `### Tool Result:\n${JSON.stringify({ stdout: prose(MiB + 333), env: { DB_PASSWORD: pw }, request: `curl -H 'Authorization: Bearer ${bearer2}'` })}\n`,
      7,
    );
    b.plant(7, 'DB_PASSWORD (prefix-less)', 'trace line > 1 MiB', traceF, pw);
    b.plant(7, 'Bearer (prefix-less, 2)', 'trace line > 1 MiB', traceF, bearer2);
    const notesKey = g.s('alnum', 36);
    c7(
      `${WA}/notes_long.md`,
      `# Notes\n${kk.google.value} ${prose(MiB + 77)} api_key=${notesKey}\n## end\n`,
      [
        [kk.google.family, 'md line > 1 MiB (start)', kk.google.body],
        ['api_key= (prefix-less)', 'md line > 1 MiB (end)', notesKey],
      ],
      ['## end'],
    );
    const yKey = g.s('alnum', 32);
    c7(
      `${WA}/output.yaml`,
      `result: {blob: "${filler(MiB + 9)}", api_key: "${yKey}", token: "${kk.hf.value}"}\nstatus: ok\n`,
      [
        ['api_key (yaml flow, prefix-less)', 'yaml line > 1 MiB', yKey],
        [kk.hf.family, 'yaml line > 1 MiB', kk.hf.body],
      ],
      ['status: ok'],
    );
    const pem = pemOf(g);
    c7(
      `${WA}/dump.json`,
      `${JSON.stringify({ blob: filler(MiB + 1), key: pem.text, slack: kk.slackHook.value, tok: kk.npm.value })}\n`,
      [
        ['pem-private-key', 'json line > 1 MiB (\\n-escaped PEM)', pem.body],
        [kk.slackHook.family, 'json line > 1 MiB', kk.slackHook.body],
        [kk.npm.family, 'json line > 1 MiB', kk.npm.body],
      ],
    );
    // tqdm progress bars: carriage returns only, so the whole stream is one \n-line.
    const tq = Array.from(
      { length: 30000 },
      (_, i) =>
        `\r${String(i % 100).padStart(3)}%|${'#'.repeat(i % 30).padEnd(30)}| ${i}/30000 [00:${String(i % 60).padStart(2, '0')}<00:00]`,
    ).join('');
    c7(
      `${A}/agent_outputs/progress.txt`,
      `=== PROGRESS ===\n${tq}\r${prose(Math.max(0, MiB - tq.length))}\rupload done with ${kk.anthropic.value}\n`,
      [[kk.anthropic.family + ' (2)', 'after 1 MiB of \\r-only progress output', kk.anthropic.body]],
      ['=== PROGRESS ==='],
    );
    const colourKey = g.s('alnum', 32);
    c7(
      `${A}/agent_outputs/colour_long.txt`,
      `${'\u001b[32m█\u001b[0m'.repeat(Math.ceil(MiB / 10))} \u001b[1mapi_key\u001b[0m=\u001b[33m${colourKey}\u001b[0m\n`,
      [['api_key= in ANSI colour (prefix-less)', 'ANSI line > 1 MiB', colourKey]],
    );
    const cjk = '\u6f22\u5b57\u304b\u306a\u2014\ud83d\ude80'.repeat(Math.ceil(MiB / 14));
    c7(`${WA}/translation.txt`, `${cjk}${kk.groq.value} ${cjk.slice(0, 50000)}${kk.stripe.value}\n`, [
      [kk.groq.family + ' (2)', 'after 1 MiB of multi-byte UTF-8', kk.groq.body],
      [kk.stripe.family + ' (2)', 'after 1 MiB of multi-byte UTF-8', kk.stripe.body],
    ]);
    c7(
      `${WA}/escaped_long.json`,
      `${JSON.stringify({ log: prose(MiB + 11) }).slice(0, -2)} key=\\u0073${kk.openrouter.value.slice(1)}"}\n`,
      [[kk.openrouter.family, 'json \\u escape after 1 MiB', kk.openrouter.body]],
    );
    c7(`${A}/agent_outputs/agent_long2.txt`, `${prose(MiB + 4096)}\t${kk.together.value}\t${kk.deepseek.value}\n`, [
      [kk.together.family, 'tab-separated at the end of a 1 MiB line', kk.together.body],
      [kk.deepseek.family, 'end of a 1 MiB line', kk.deepseek.body],
    ]);
  }

  /* ---------- category 8: benign ---------- */
  benign(b, g, WA, opts);

  // Learned values: every verbatim occurrence outside the left-out sources is a category-1 plant.
  const names: Record<string, string> = {
    mistral: 'MISTRAL api_key (metadata)',
    azure: 'AZURE api_key (metadata)',
    zai: 'ZAI api_key (metadata)',
    exa: 'EXA_API_KEY uuid (MCP env)',
    cohere: 'COHERE (workspace .env)',
    dbPassword: 'password (workspace config.yaml)',
    clientSecret: 'client_secret (credentials.json)',
    deepgram: 'DEEPGRAM (project .env)',
    sambanova: 'SAMBANOVA (~/.config/massgen/.env)',
    settingsToken: 'token (settings.toml)',
  };
  for (const [key, value] of Object.entries(learned)) {
    if (!names[key]) continue;
    for (const [file, content] of Object.entries(b.session)) {
      if (sourceFiles.has(file) || (typeof content === 'object' && !Buffer.isBuffer(content))) continue;
      const text = Buffer.isBuffer(content) ? content.toString('latin1') : content;
      if (text.includes(value)) b.plant(1, names[key], 'verbatim repeat', file, value);
    }
  }
  autoKeep(b, noAutoKeep);
  const session: Tree = {};
  for (const [k1, v] of Object.entries(b.session)) session[k1] = v;
  return { sessionName, session, project, home, plants: b.plants, files: b.files };
}

/**
 * "Changed only at the secret": in a text file that holds secrets, every line that holds no part of
 * one, names no secret-like key and follows no such line must come out as often as it went in.
 */
function autoKeep(b: Builder, skip: Set<string>): void {
  const index = new LeakIndex(b.plants);
  const secretish =
    /key|token|secret|passw|pwd|auth|bearer|cookie|sig|credential|private|-----|:\/\/[^ ]*@|^\s*-p|login|Public-Lines/i;
  const byFile = new Set(b.plants.map((p) => p.file));
  for (const file of byFile) {
    const content = b.session[file];
    const info = b.files.get(file);
    if (typeof content !== 'string' || !info || info.benign || skip.has(file)) continue;
    const lines = content.split(/\r?\n/);
    const keep = new Set(info.keep);
    lines.forEach((line, i) => {
      const prev = lines[i - 1] ?? '';
      if (line.trim().length < 8 || line.length > 300) return;
      if (secretish.test(line) || secretish.test(prev) || /\u001b|\\u|\\x|%[0-9A-F]{2}|&#/.test(line)) return;
      if (/^[A-Za-z0-9+/=]{20,}$/.test(line.trim())) return;
      // Any decoding of the line (escapes, a base64 run in it) that shows a secret rules it out.
      const holds = (t: string) => recipientViews(Buffer.from(t, 'utf8')).some((v) => index.scan(v.text).size > 0);
      if (holds(line) || holds(prev)) return;
      keep.add(line);
    });
    info.keep = [...keep];
  }
}

/* ------------------------------------------------------------------ benign corpus */

function benign(b: Builder, g: Gen, W: string, opts: CorpusOptions): void {
  const add = (file: string, content: string | Buffer) => b.set(`${W}/${file}`, content, 8, [], true);
  const req = createRequire(path.join(opts.repo, 'package.json'));
  if (opts.bundles !== false) {
    // Real minified bundles of this repo's dependencies.
    const esbuild = req('esbuild') as typeof Esbuild;
    const min = (entry: string) =>
      esbuild.buildSync({
        entryPoints: [req.resolve(entry)],
        bundle: true,
        minify: true,
        format: 'cjs',
        platform: 'node',
        write: false,
        logLevel: 'silent',
      }).outputFiles[0]!.text;
    add('vendor/yaml.min.js', min('yaml'));
    add('vendor/secretlint-preset.min.js', min('@secretlint/secretlint-rule-preset-recommend'));
    add('vendor/prompts.min.js', min('prompts'));
  }
  const realFile = (rel: string) => req('node:fs').readFileSync(path.join(opts.repo, rel)) as Buffer;
  add('vendor/emoji-regex.js', realFile('node_modules/yargs/node_modules/emoji-regex/index.js'));
  add('package-lock.json', realFile('package-lock.json'));
  add(
    'vendor/placeholder.min.js',
    `!function(e){"use strict";var t={apiKey:"YOUR_API_KEY",token:"<your-token>",password:"********",secret:"\${SECRET}"};e.cfg=t,e.k=function(n){return n.api_key||process.env.OPENAI_API_KEY||"sk-..."}}(exports);\n`,
  );
  const pngData = g.b64(2000);
  add(
    'analysis.ipynb',
    notebook([
      {
        src: [
          'import os, getpass\n',
          'api_key = os.environ.get("OPENAI_API_KEY")\n',
          'token = getpass.getpass("HF token: ")\n',
        ],
        out: [],
      },
      {
        src: [
          'client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n',
          'resp = client.responses.create(model="gpt-5.1", input="hi")\n',
          'print(resp.id, resp.usage.input_tokens)',
        ],
        out: [`resp_${g.s('hex', 48)} 603562\n`],
      },
      { src: ['plt.plot(x, y)'], out: [], png: `iVBORw0KGgo${pngData}` },
    ]),
  );
  add(
    'app.py',
    [
      'import os',
      'import getpass',
      'from openai import OpenAI',
      '',
      'client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))',
      'anthropic_key = os.environ["ANTHROPIC_API_KEY"]',
      'token = os.getenv("GITHUB_TOKEN")',
      'password = getpass.getpass("Database password: ")',
      'headers = {"Authorization": f"Bearer {token}"}',
      'local = OpenAI(base_url="http://localhost:8000/v1", api_key="EMPTY")  # vLLM',
      'api_key = settings.api_key or None',
      'SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")',
      '',
    ].join('\n'),
  );
  add(
    'server.ts',
    [
      "import Anthropic from '@anthropic-ai/sdk';",
      'const apiKey = process.env.ANTHROPIC_API_KEY;',
      "const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY ?? '' });",
      "const token = req.headers.authorization?.split(' ')[1];",
      'const password = process.env.DB_PASSWORD!;',
      "if (!apiKey) throw new Error('Set ANTHROPIC_API_KEY');",
      '',
    ].join('\n'),
  );
  add(
    'litellm_config.yaml',
    [
      'model_list:',
      '  - model_name: azure-gpt-4o',
      '    litellm_params:',
      '      model: azure/gpt-4o',
      '      api_base: os.environ/AZURE_API_BASE',
      '      api_key: os.environ/AZURE_API_KEY',
      '      api_version: "2024-10-21"',
      '  - model_name: claude',
      '    litellm_params:',
      '      model: anthropic/claude-sonnet-4-5',
      '      api_key: "os.environ/ANTHROPIC_API_KEY"',
      'general_settings:',
      '  master_key: os.environ/LITELLM_MASTER_KEY',
      '',
    ].join('\n'),
  );
  add(
    'README.md',
    [
      '# Landing page demo',
      '',
      'Set your keys before running:',
      '',
      '```bash',
      `export OPENAI_API_KEY="${j('s', 'k-')}..."`,
      'export ANTHROPIC_API_KEY=<your-api-key>',
      'export GROQ_API_KEY=YOUR_API_KEY_HERE',
      `export STRIPE_SECRET_KEY=${j('s', 'k_test_')}xxxxxxxxxxxxxxxxxxxxxxxx`,
      `export AWS_ACCESS_KEY_ID=${j('AKIA', 'IOSFODNN7', 'EXAMPLE')}`,
      '```',
      '',
      '| Variable | Meaning |',
      '|---|---|',
      '| `OPENAI_API_KEY` | your OpenAI key |',
      '| `api_key` | `${OPENAI_API_KEY}` in the config |',
      '',
      'The config uses `api_key: ${OPENAI_API_KEY}` and `password: changeme`.',
      '',
    ].join('\n'),
  );
  add(
    'gcs_list.json',
    `${JSON.stringify(
      {
        kind: 'storage#objects',
        nextPageToken: g.s('urlsafe', 120),
        prefixes: [],
        items: Array.from({ length: 4 }, (_, i) => ({
          kind: 'storage#object',
          id: `bucket/obj${i}/${g.s('digits', 16)}`,
          name: `obj${i}`,
          md5Hash: `${g.b64(22)}==`,
          crc32c: `${g.b64(6)}==`,
          etag: `C${g.s('alnum', 12)}EAE=`,
          generation: g.s('digits', 16),
        })),
        pageToken: g.s('urlsafe', 64),
        next_cursor: g.s('b64', 48),
        continuationToken: g.s('alnum', 40),
      },
      null,
      2,
    )}\n`,
  );
  add(
    'ids.log',
    [
      `tool_use id: toolu_01${g.s('alnum', 22)}`,
      `"id": "chatcmpl-${g.s('alnum', 29)}"`,
      `"tool_call_id": "call_${g.s('alnum', 24)}"`,
      `request-id: req_${g.s('alnum', 24)}`,
      `"message_id": "msg_01${g.s('alnum', 22)}"`,
      `"response_id": "resp_${g.s('hex', 48)}"`,
      `file_id=file-${g.s('alnum', 24)} assistant=asst_${g.s('alnum', 24)} thread=thread_${g.s('alnum', 24)} run=run_${g.s('alnum', 24)}`,
      `commit ${g.s('hex', 40)}`,
      `sha256: ${g.s('hex', 64)}`,
      `image: ghcr.io/org/app@sha256:${g.s('hex', 64)}`,
      `"integrity": "sha512-${g.b64(86)}=="`,
      `run ${g.uuid()} finished`,
      `cache_key: ${g.s('hex', 64)}`,
      `idempotency_key: ${g.uuid()}`,
      `key_id: ${g.s('hex', 16)}`,
      `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} deploy@ci`,
      '-----BEGIN CERTIFICATE-----',
      `MIIB${g.b64(60)}`,
      g.b64(64),
      '-----END CERTIFICATE-----',
      `customer=cus_${g.s('alnum', 14)} payment=pi_${g.s('alnum', 24)} event=evt_${g.s('alnum', 24)}`,
      'max_tokens: 4096',
      '"input_tokens": 603562, "output_tokens": 21279',
      'token_source: "api"',
      '"token_usage": {"input_tokens": 1}',
      'secret_name: db-creds-production',
      'password_file: /run/secrets/db_password',
      '',
    ].join('\n'),
  );
  add(
    'docker-compose.yml',
    [
      'services:',
      '  db:',
      '    image: postgres:16',
      '    environment:',
      '      POSTGRES_USER: postgres',
      '      POSTGRES_DB: postgres',
      '      POSTGRES_PASSWORD_FILE: /run/secrets/postgres_password',
      '    healthcheck:',
      '      test: ["CMD", "pg_isready", "-U", "postgres"]',
      '  app:',
      '    build: .',
      '    environment:',
      '      DATABASE_URL: postgres://postgres@db:5432/postgres',
      '      REDIS_URL: redis://redis:6379/0',
      '  redis:',
      '    image: redis:7',
      '',
    ].join('\n'),
  );
  add(
    'app_config.yaml',
    [
      'database:',
      '  url: postgres://localhost:5432/postgres',
      '  pool: 5',
      'llm:',
      '  model: gpt-5.1',
      '  max_tokens: 4096',
      '  token_budget: 200000',
      '  api_key: ${OPENAI_API_KEY}',
      '  api_key_env: OPENAI_API_KEY',
      'auth:',
      '  password_min_length: 12',
      '  secret_name: db-creds',
      '  token_ttl_seconds: 3600',
      '',
    ].join('\n'),
  );
  add(
    'k8s-secret-ref.yaml',
    [
      'env:',
      '- name: OPENAI_API_KEY',
      '  valueFrom:',
      '    secretKeyRef:',
      '      name: openai',
      '      key: api-key',
      '- name: REDIS_PASSWORD',
      '  valueFrom:',
      '    secretKeyRef:',
      '      name: redis',
      '      key: password',
      '',
    ].join('\n'),
  );
  add(
    'appsettings.Development.json',
    `${JSON.stringify({ OpenAI: { ApiKey: '', Model: 'gpt-5.1' }, Database: { Password: null, KeyVaultName: 'kv-prod-eastus' }, Logging: { LogLevel: { Default: 'Information' } } }, null, 2)}\n`,
  );
  add(
    'ci.yml',
    'jobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n      HF_TOKEN: ${{ secrets.HF_TOKEN }}\n    steps:\n      - uses: actions/checkout@v4\n',
  );
  add(
    'words.txt',
    `task-${g.s('alnum', 36)} risk-${g.s('alnum', 36)} ghost_${g.s('alnum', 36)}\n.sk-loading{} .skeleton-${g.s('lowerAlnum', 20)}{}\ndesk-${g.s('alnum', 30)} ask-${g.s('alnum', 30)} monkey keyboard turkey\npostgres postgres postgres: the postgres database, postgresql and Postgres.\n`,
  );
  add(
    'requirements.txt',
    Array.from({ length: 6 }, (_, i) => `pkg${i}==1.${i}.0 \\\n    --hash=sha256:${g.s('hex', 64)}`).join('\n') + '\n',
  );
  add(
    'go.sum',
    Array.from(
      { length: 6 },
      (_, i) =>
        `github.com/org/mod${i} v1.${i}.0 h1:${g.b64(43)}=\ngithub.com/org/mod${i} v1.${i}.0/go.mod h1:${g.b64(43)}=`,
    ).join('\n') + '\n',
  );
  add(
    'secrets.ps1',
    "$cred = Get-Credential\n$secure = Read-Host -AsSecureString 'API key'\n$env:OPENAI_API_KEY = [Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($secure))\n",
  );
  add(
    'tokenizer_config.json',
    `${JSON.stringify({ added_tokens_decoder: { '0': { content: '<pad>', special: true } }, bos_token: '<s>', eos_token: '</s>', model_max_length: 131072, chat_template: '{% for m in messages %}{{ m.content }}{% endfor %}' }, null, 2)}\n`,
  );
  add('images.md', `# Screenshot\n\n![shot](data:image/png;base64,iVBORw0KGgo${g.b64(30000)}=)\n`);
  add(
    'embeddings.json',
    `${JSON.stringify({ model: 'text-embedding-3-small', data: [{ embedding: g.b64(4000), index: 0 }], usage: { prompt_tokens: 8, total_tokens: 8 } })}\n`,
  );
  add(
    'sessions.csv',
    `session_id,user,started\n${Array.from({ length: 5 }, () => `${g.uuid()},user${g.s('digits', 3)},2026-01-31`).join('\n')}\n`,
  );
  add(
    'notes_postgres.txt',
    'Connect with psql -h localhost -U postgres postgres, then run VACUUM.\nurl: postgres://db:5432/app\nThe redis password is set by the operator.\n',
  );
  add('node_modules_lock.json', realFile('node_modules/.package-lock.json'));
  add('vendor/crypto.d.ts', realFile('node_modules/@types/node/crypto.d.ts'));
  add('vendor/fetch.d.ts', realFile('node_modules/undici-types/fetch.d.ts'));
  add('vendor/lexer.js', realFile('node_modules/yaml/dist/parse/lexer.js'));
  add(
    'env_refs.go',
    'package main\n\nimport "os"\n\nfunc key() string {\n\tapiKey := os.Getenv("OPENAI_API_KEY")\n\tif apiKey == "" {\n\t\tpanic("OPENAI_API_KEY is not set")\n\t}\n\treturn apiKey\n}\n',
  );
  add(
    'EnvRefs.cs',
    'var apiKey = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY");\nvar password = builder.Configuration["Db:Password"];\nvar token = await credential.GetTokenAsync(new TokenRequestContext(scopes));\n',
  );
  add(
    'env_refs.rs',
    'let api_key = std::env::var("ANTHROPIC_API_KEY").expect("set ANTHROPIC_API_KEY");\nlet token: Option<String> = None;\n',
  );
  add(
    'run.sh',
    '#!/bin/sh\nexport OPENAI_API_KEY="$(op read op://Private/openai/credential)"\n: "${ANTHROPIC_API_KEY:?set it first}"\nDB_PASSWORD="${DB_PASSWORD:-postgres}"\ncurl -s -H "Authorization: Bearer $OPENAI_API_KEY" https://api.openai.com/v1/models > models.json\ncurl -s -H "x-api-key: ${ANTHROPIC_API_KEY}" https://api.anthropic.com/v1/models\n',
  );
  add(
    'models.py',
    [
      'from typing import Optional',
      'from pydantic import BaseModel, Field, SecretStr',
      '',
      'class Settings(BaseModel):',
      '    api_key: Optional[str] = None',
      '    token: str = ""',
      '    password: SecretStr = Field(..., min_length=8)',
      '    secret_key_path: str = "/run/secrets/key"',
      '',
      'KEY_PATTERN = r"^sk-[A-Za-z0-9_-]{20,}$"',
      '',
      'def client(api_key: str | None = None, *, token: str = "") -> "Client":',
      '    return Client(api_key=api_key or settings.api_key, token=token)',
      '',
    ].join('\n'),
  );
  add(
    'types.ts',
    'export interface ProviderConfig {\n  apiKey?: string;\n  token?: string | null;\n  password: string;\n  secretRef: { name: string; key: string };\n}\n',
  );
  add(
    'schema.json',
    `${JSON.stringify({ type: 'object', properties: { api_key: { type: 'string', description: 'Your API key (sk-...)' }, password: { type: 'string', format: 'password', minLength: 12 }, token: { type: 'string', enum: ['auto', 'none'] } }, required: ['api_key'] }, null, 2)}\n`,
  );
  add(
    's3_list.json',
    `${JSON.stringify(
      {
        Contents: [
          { Key: 'uploads/2026/01/report.pdf', ETag: `"${g.s('hex', 32)}"`, Size: 10240 },
          { Key: 'images/cat.png', ETag: `"${g.s('hex', 32)}-2"`, Size: 512 },
        ],
        KeyCount: 2,
        IsTruncated: true,
        NextContinuationToken: g.b64(92),
      },
      null,
      2,
    )}\n`,
  );
  add(
    'events.json',
    `${JSON.stringify([
      { type: 'keydown', key: 'ArrowDown', code: 'ArrowDown' },
      { type: 'keydown', key: 'Enter' },
      { key: 'session:1234', ttl: 3600 },
      { tokens: ['Hello', ',', ' world'], token_ids: [15496, 11, 995], usage: { completion_tokens: 3 } },
    ])}\n`,
  );
  add(
    'i18n.json',
    `${JSON.stringify({ 'password_reset.title': 'Reset your password', 'token.expired': 'Your session token expired, sign in again', 'api_key.help': 'Paste your API key here' }, null, 2)}\n`,
  );
  add(
    'design-tokens.css',
    ':root {\n  --token-color-primary: #1f6feb;\n  --token-radius: 6px;\n}\n.key-hint { color: var(--token-color-primary); }\n',
  );
  add(
    'login.html',
    '<form method="post"><input type="password" name="password" autocomplete="current-password"><input type="hidden" name="csrf_token" value="{{ csrf_token }}"></form>\n',
  );
  add(
    'oauth_notes.md',
    'Refresh with `grant_type=refresh_token&refresh_token=$REFRESH_TOKEN`; the access token lasts 3600 s.\nMerge pull request #123 from org/fix-token-refresh\n',
  );
  // Benign carriers: must go out unchanged.
  add(
    'clean_plot.png',
    png([{ kind: 'tEXt', key: 'Software', text: 'matplotlib version3.9.2, https://matplotlib.org/' }]),
  );
  add('clean.docx', docx(['Quarterly plan', 'Ship the landing page; measure input_tokens per run.']));
  add('clean.pdf', pdf(['Summary', 'No credentials here: api_key is read from the environment.']));
  add('clean.log.gz', gzipSync('10:00:01 INFO start\n10:00:02 INFO token_usage input_tokens=12\n'));
  add(
    'clean.xlsx',
    xlsx([
      ['model', 'input_tokens'],
      ['gpt-5.1', '603562'],
    ]),
  );
}

/* ------------------------------------------------------------------ small writers */

interface Cell {
  src: string[];
  out: string[];
  png?: string;
}
function notebook(cells: Cell[]): string {
  return `${JSON.stringify(
    {
      cells: cells.map((c, i) => ({
        cell_type: 'code',
        execution_count: i + 1,
        id: `c${i}`,
        metadata: {},
        source: c.src,
        outputs: [
          ...(c.out.length ? [{ name: 'stdout', output_type: 'stream', text: c.out }] : []),
          ...(c.png
            ? [
                {
                  data: { 'image/png': c.png, 'text/plain': ['<Figure size 640x480 with 1 Axes>'] },
                  metadata: {},
                  output_type: 'display_data',
                },
              ]
            : []),
        ],
      })),
      metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  )}\n`;
}

/** A ustar archive (no compression). */
function tar(files: Record<string, string>): Buffer {
  const parts: Buffer[] = [];
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const h = Buffer.alloc(512);
    h.write(name, 0);
    h.write('0000644\0', 100);
    h.write('0000000\0', 108);
    h.write('0000000\0', 116);
    h.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
    h.write(
      `${Math.floor(Date.UTC(2026, 0, 31) / 1000)
        .toString(8)
        .padStart(11, '0')}\0`,
      136,
    );
    h.write('        ', 148);
    h.write('0', 156);
    h.write('ustar\0' + '00', 257);
    let sum = 0;
    for (const byte of h) sum += byte;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    parts.push(h, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

/* ================================================================== the recipient-side checker */

export interface View {
  /** How the text was reached: raw, >gunzip, >zip:word/document.xml, >base64, >normalized, ... */
  via: string;
  text: string;
}

const ANSI_RE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '',
  f: '',
  v: '',
  e: '\u001b',
  '0': '\0',
};

/**
 * What a recipient sees after undoing the usual text encodings, repeatedly: JSON/JS/Python
 * escapes (\uXXXX, \xHH, \/ \" \\ \n, Markdown's \_), ANSI and other terminal sequences removed,
 * URL percent-encoding and HTML entities decoded, CRLF made LF.
 */
export function normalize(text: string): string {
  let s = text;
  for (let i = 0; i < 6; i++) {
    const prev = s;
    s = s.replace(/\r\n?/g, '\n').replace(ANSI_RE, '');
    s = s.replace(/\\(u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|033|[^])/g, (m, e: string) => {
      if (e.startsWith('u{')) return String.fromCodePoint(parseInt(e.slice(2, -1), 16));
      if (e[0] === 'u' && e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
      if (e[0] === 'x' && e.length === 3) return String.fromCharCode(parseInt(e.slice(1), 16));
      if (e === '033') return '\u001b';
      if (e in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[e]!;
      if (/[!-/:-@[-`{-~]/.test(e)) return e; // \" \\ \/ \' and Markdown's \_ \- \* ...
      return m;
    });
    s = s.replace(ANSI_RE, '');
    s = s.replace(/%([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    s = s.replace(
      /&#(\d{1,7});|&#x([0-9a-fA-F]{1,6});|&(amp|lt|gt|quot|apos|nbsp);/g,
      (m, d?: string, x?: string, n?: string) =>
        d ? String.fromCodePoint(Number(d)) : x ? String.fromCodePoint(parseInt(x, 16)) : (NAMED_ENTITIES[n!] ?? m),
    );
    if (s === prev) break;
  }
  return s;
}

const isPrintable = (buf: Buffer): boolean => {
  const n = Math.min(buf.length, 4096);
  if (n < 8) return false;
  let ok = 0;
  for (let i = 0; i < n; i++) {
    const c = buf[i]!;
    if (c === 9 || c === 10 || c === 13 || (c >= 32 && c < 127) || c >= 0xc2) ok++;
  }
  return ok / n >= 0.9;
};
const hasMagic = (b: Buffer) =>
  (b[0] === 0x1f && b[1] === 0x8b) ||
  b.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004' ||
  b.subarray(0, 5).toString('latin1') === '%PDF-' ||
  b.subarray(1, 4).toString('latin1') === 'PNG';

/** The base64 blocks of a text: long inline runs, and runs of wrapped lines (MIME, `base64` output). */
export function base64Blocks(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/[A-Za-z0-9+/_-]{40,}={0,2}/g)) out.add(m[0]);
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 2) out.add(run.join(''));
    run = [];
  };
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (/^[A-Za-z0-9+/]{8,}={0,2}$/.test(t)) run.push(t);
    else flush();
  }
  flush();
  return [...out];
}

/** Every text a recipient could get out of these bytes, with how it was reached. */
export function recipientViews(buf: Buffer, via = 'raw', depth = 0, out: View[] = []): View[] {
  const raw = buf.toString('latin1');
  out.push({ via, text: raw });
  const utf16 =
    (buf[0] === 0xff && buf[1] === 0xfe) ||
    (buf.length >= 8 && buf[0] !== 0 && buf[1] === 0 && buf[3] === 0 && buf[5] === 0 && buf[7] === 0);
  if (utf16 && depth < 5)
    recipientViews(Buffer.from(buf.toString('utf16le'), 'utf8'), `${via}>utf16le`, depth + 1, out);
  if (depth < 5) {
    if (buf[0] === 0x1f && buf[1] === 0x8b) {
      try {
        recipientViews(gunzipSync(buf), `${via}>gunzip`, depth + 1, out);
      } catch {
        /* not gzip after all */
      }
    }
    if (raw.startsWith('PK\u0003\u0004'))
      for (const [name, member] of unzipMembers(buf)) recipientViews(member, `${via}>zip:${name}`, depth + 1, out);
    if (raw.startsWith('%PDF-'))
      for (const s of pdfStreams(buf)) recipientViews(s, `${via}>pdf-stream`, depth + 1, out);
    if (raw.startsWith('\u0089PNG'))
      for (const t of pngTexts(buf)) recipientViews(t, `${via}>png-text`, depth + 1, out);
  }
  const norm = normalize(raw);
  if (norm !== raw) out.push({ via: `${via}>normalized`, text: norm });
  if (/quoted-printable/i.test(raw))
    out.push({
      via: `${via}>quoted-printable`,
      text: normalize(
        raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
      ),
    });
  if (depth < 5) {
    for (const block of base64Blocks(norm)) {
      const dec = Buffer.from(block, 'base64');
      if (hasMagic(dec) || isPrintable(dec)) recipientViews(dec, `${via}>base64`, depth + 1, out);
    }
  }
  return out;
}

/** Every 10-character window of every planted body, to the plants that hold it. */
export class LeakIndex {
  private windows = new Map<string, number[]>();
  /** A bitmap of the windows' rolling hashes: a scan allocates nothing until a hash matches. */
  private bits = new Uint32Array(1 << 22);
  private static readonly B = 0x01000193;
  private static readonly P = (() => {
    let p = 1;
    for (let i = 0; i < 9; i++) p = Math.imul(p, LeakIndex.B);
    return p;
  })();
  constructor(readonly plants: readonly Plant[]) {
    plants.forEach((p, i) => {
      for (let s = 0; s + 10 <= p.body.length; s++) {
        const w = p.body.slice(s, s + 10);
        const cur = this.windows.get(w);
        if (!cur) this.windows.set(w, [i]);
        else if (!cur.includes(i)) cur.push(i);
      }
    });
    for (const w of this.windows.keys()) {
      const h = LeakIndex.hash(w) >>> 10;
      this.bits[h >>> 5]! |= 1 << (h & 31);
    }
  }
  private static hash(w: string): number {
    let h = 0;
    for (let i = 0; i < w.length; i++) h = (Math.imul(h, LeakIndex.B) + w.charCodeAt(i)) | 0;
    return h;
  }
  /** The plants any window of which occurs in the text. */
  scan(text: string): Set<number> {
    const hits = new Set<number>();
    const n = text.length;
    if (n < 10) return hits;
    const { B, P } = LeakIndex;
    const bits = this.bits;
    let h = LeakIndex.hash(text.slice(0, 10));
    for (let i = 0; ; i++) {
      const k = h >>> 10;
      if (bits[k >>> 5]! & (1 << (k & 31))) {
        const ids = this.windows.get(text.slice(i, i + 10));
        if (ids) for (const id of ids) hits.add(id);
      }
      if (i + 10 >= n) break;
      h = (Math.imul(h - Math.imul(text.charCodeAt(i), P), B) + text.charCodeAt(i + 10)) | 0;
    }
    return hits;
  }
}

/* ================================================================== running the real CLI */

export interface Leak {
  run: string;
  plant: Plant;
  /** Delivered path (session-relative), or an output name / stream. */
  foundIn: string;
  via: string;
}

export interface Damage {
  run: string;
  category: Category;
  file: string;
  what: string;
  /** Damaged strings (placeholders introduced, keep strings lost, or 1). */
  strings: number;
}

export interface Row {
  category: Category;
  name: string;
  planted: number;
  withheld: number;
  leaked: number;
  damagedFiles: number;
  damagedStrings: number;
}

export interface EvalReport {
  plants: Plant[];
  leaks: Leak[];
  damage: Damage[];
  /** Plants the checker cannot see in the unredacted input (a corpus/checker bug). */
  invisible: Plant[];
  rows: Row[];
  runs: { name: string; code: number | null; stderr: string; ms: number }[];
  benignFiles: number;
  leftOut: { path: string; reason: string }[];
}

function run(
  cli: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - t0 });
    });
  });
}

async function walk(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await walk(dir, r)));
    else if (e.isFile()) out.push(r);
  }
  return out;
}

/** What a recipient of an --output directory gets: each session path's bytes, and everything else. */
export async function delivered(
  dir: string,
  scratch: string,
): Promise<{ files: Map<string, Buffer>; others: Map<string, Buffer>; leftOut: { path: string; reason: string }[] }> {
  const files = new Map<string, Buffer>();
  const others = new Map<string, Buffer>();
  const names = await walk(dir);
  const manifest = JSON.parse(await readFile(path.join(dir, '_session_manifest.json'), 'utf8'));
  const listed = new Set<string>(['_session_manifest.json']);
  for (const [name, entry] of Object.entries<{ path: string; encoding: string }>(manifest.files ?? {})) {
    listed.add(name);
    const raw = await readFile(path.join(dir, name));
    files.set(entry.path, entry.encoding === 'base64' ? Buffer.from(raw.toString('latin1'), 'base64') : raw);
  }
  if (manifest.archive) {
    const parts: string[] = manifest.archive.parts;
    parts.forEach((p) => listed.add(p));
    // Parts are either each whole base64 (padded) or one base64 text cut anywhere: both decode.
    const texts = await Promise.all(
      parts.map(async (p) => (await readFile(path.join(dir, p), 'latin1')).replace(/\s+/g, '')),
    );
    const zip = texts.every((t) => t.length % 4 === 0)
      ? Buffer.concat(texts.map((t) => Buffer.from(t, 'base64')))
      : Buffer.from(texts.join(''), 'base64');
    const zipPath = path.join(scratch, 'archive.zip');
    const out = path.join(scratch, 'archive');
    await mkdir(out, { recursive: true });
    await writeFile(zipPath, zip);
    await exec('unzip', ['-qq', '-o', zipPath, '-d', out], { maxBuffer: 1 << 26 });
    for (const rel of await walk(out)) files.set(rel, await readFile(path.join(out, rel)));
  }
  for (const n of names)
    if (!listed.has(n) || n === '_session_manifest.json') others.set(n, await readFile(path.join(dir, n)));
  return { files, others, leftOut: manifest.left_out ?? [] };
}

/** Parses the file the way its format is read; null when the format is not checked. */
export function parses(file: string, buf: Buffer): boolean | null {
  const text = buf.toString('utf8');
  const ext = path.extname(file).toLowerCase();
  try {
    if (ext === '.json' || ext === '.ipynb') JSON.parse(text);
    else if (ext === '.jsonl')
      text
        .split('\n')
        .filter((l) => l.trim())
        .forEach((l) => JSON.parse(l));
    else if (ext === '.yaml' || ext === '.yml') {
      if (YAML.parseAllDocuments(text).some((d) => 'errors' in d && d.errors.length)) return false;
    } else if (ext === '.js' || ext === '.cjs')
      new vm.Script(`(function (exports, require, module, __filename, __dirname) {${text}\n})`);
    else return null;
    return true;
  } catch {
    return false;
  }
}

const count = (hay: string, needle: string) => {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
};

export interface EvaluateOptions {
  repo: string;
  cli: string;
  seed?: number;
  bundles?: boolean;
  /** Keep the temporary directory (for debugging). */
  keep?: boolean;
}

/** Builds the corpus, exports it with the real CLI three ways, and checks what a recipient gets. */
export async function evaluate(opts: EvaluateOptions): Promise<EvalReport> {
  const t0 = Date.now();
  const lap = (what: string) =>
    process.env.REDACT_EVAL_TIMING && process.stderr.write(`redact-eval: ${what} at ${Date.now() - t0} ms\n`);
  const corpus = buildCorpus({ repo: opts.repo, seed: opts.seed, bundles: opts.bundles });
  lap('corpus built');
  const root = await mkdtemp(path.join(os.tmpdir(), 'mgs-eval-'));
  try {
    const projectDir = path.join(root, 'project');
    const session = path.join(projectDir, '.massgen', 'massgen_logs', corpus.sessionName);
    await writeTree(session, corpus.session);
    await writeTree(projectDir, corpus.project);
    const envFor = async (name: string): Promise<NodeJS.ProcessEnv> => {
      const home = path.join(root, `home-${name}`);
      const tmp = path.join(root, `tmp-${name}`);
      await writeTree(home, corpus.home);
      await mkdir(tmp, { recursive: true });
      // No secret in the environment: category 1 is about values learned from the session.
      return { PATH: process.env.PATH, HOME: home, TMPDIR: tmp, NO_COLOR: '1', CI: '1' };
    };
    // The directory gets long-line files as gist files (3MB), the zip gets them through the overflow archive (1MB).
    const common = ['export', session, '--workspace-limit', '200MB', '--max-total-size', '1GB'];
    const outDir = path.join(root, 'out-dir');
    const outZip = path.join(root, 'out.zip');
    const [dirRun, zipRun, dryRun] = await Promise.all([
      envFor('dir').then((env) =>
        run(opts.cli, [...common, '--max-file-size', '3MB', '--output', outDir], projectDir, env),
      ),
      envFor('zip').then((env) =>
        run(opts.cli, [...common, '--max-file-size', '1MB', '--verbose', '--output', outZip], projectDir, env),
      ),
      envFor('dry').then((env) => run(opts.cli, [...common, '--dry-run', '--json'], projectDir, env)),
    ]);
    lap('exports done');
    const runs = [
      { name: '--output DIR', ...dirRun },
      { name: '--output ZIP --verbose', ...zipRun },
      { name: '--dry-run --json', ...dryRun },
    ];
    const index = new LeakIndex(corpus.plants);
    const leaks: Leak[] = [];
    const damage: Damage[] = [];
    const plantsIn = new Map<string, number[]>();
    corpus.plants.forEach((p, i) => plantsIn.set(p.file, [...(plantsIn.get(p.file) ?? []), i]));

    // Hits per distinct content (the zip run mostly delivers the same bytes as the directory run).
    const hitCache = new Map<string, { id: number; via: string }[]>();
    const hitsOf = (buf: Buffer): { id: number; via: string }[] => {
      const key = createHash('sha1').update(buf).digest('hex');
      let hits = hitCache.get(key);
      if (!hits) {
        const seen = new Set<number>();
        hits = [];
        for (const v of recipientViews(buf)) {
          for (const id of index.scan(v.text)) {
            if (seen.has(id)) continue;
            seen.add(id);
            hits.push({ id, via: v.via });
          }
        }
        hitCache.set(key, hits);
      }
      return hits;
    };
    const scanText = (runName: string, foundIn: string, buf: Buffer) => {
      for (const { id, via } of hitsOf(buf)) {
        const plant = corpus.plants[id]!;
        // A body planted in several files: charge the plant of the file it was found in; found
        // elsewhere (stdout, the manifest), charge the first plant of that body only.
        const here = plantsIn.get(foundIn)?.some((j2) => corpus.plants[j2]!.body === plant.body);
        if (here && plant.file !== foundIn) continue;
        if (!here && corpus.plants.findIndex((q) => q.body === plant.body) !== id) continue;
        leaks.push({ run: runName, plant, foundIn, via });
      }
    };

    // The checker must see every plant in the unredacted input, or a pass proves nothing.
    const invisible: Plant[] = [];
    for (const [file, ids] of plantsIn) {
      const content = corpus.session[file];
      const buf = Buffer.isBuffer(content) ? content : Buffer.from(content as string, 'utf8');
      const seen = new Set<number>();
      for (const v of recipientViews(buf)) for (const id of index.scan(v.text)) seen.add(id);
      for (const id of ids) if (!seen.has(id)) invisible.push(corpus.plants[id]!);
    }

    let leftOut: { path: string; reason: string }[] = [];
    const examine = async (runName: string, dir: string, scratch: string, withDamage: boolean) => {
      const got = await delivered(dir, scratch);
      if (withDamage) leftOut = got.leftOut;
      for (const [p, buf] of got.files) scanText(runName, p, buf);
      for (const [n, buf] of got.others) scanText(runName, `output file ${n}`, buf);
      scanText(
        runName,
        'output file names and delivered paths',
        Buffer.from([...(await walk(dir)), ...got.files.keys()].join('\n')),
      );
      if (!withDamage) return got;
      for (const [file, info] of corpus.files) {
        const content = corpus.session[file];
        if (content === undefined || (typeof content === 'object' && !Buffer.isBuffer(content))) continue;
        const input = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
        const output = got.files.get(file);
        if (info.benign) {
          if (!output) {
            const dir = path.posix.dirname(file);
            const entry =
              got.leftOut.find((l) => l.path === file) ??
              got.leftOut.find((l) => path.posix.dirname(l.path) === dir && l.path.includes('[REDACTED'));
            const why = entry
              ? `${entry.path === file ? '' : `as ${path.posix.basename(entry.path)}: `}${entry.reason}`
              : 'not delivered';
            damage.push({ run: runName, category: 8, file, what: `withheld: ${why}`, strings: 1 });
          } else if (!output.equals(input)) {
            const placeholders =
              count(output.toString('latin1'), '[REDACTED') - count(input.toString('latin1'), '[REDACTED');
            damage.push({
              run: runName,
              category: 8,
              file,
              what: `changed (${placeholders} placeholders)`,
              strings: Math.max(1, placeholders),
            });
          }
        }
        if (!output) {
          // A text file is redacted, not withheld (binaries and files excluded by name are another matter).
          const entry = got.leftOut.find((l) => l.path === file);
          if (!info.benign && typeof content === 'string' && entry && !entry.reason.startsWith('excluded:')) {
            damage.push({
              run: runName,
              category: info.category,
              file,
              what: `text file withheld: ${entry.reason}`,
              strings: 1,
            });
          }
          continue;
        }
        const outText = output.toString('latin1');
        const inText = input.toString('latin1');
        for (const keep of info.keep) {
          const lost = count(inText, keep) - count(outText, keep);
          if (lost > 0)
            damage.push({
              run: runName,
              category: info.category,
              file,
              what: `lost ${JSON.stringify(keep)}`,
              strings: lost,
            });
        }
        if (!info.benign && parses(file, input) === true && parses(file, output) === false)
          damage.push({
            run: runName,
            category: info.category,
            file,
            what: 'parsed before export, not after',
            strings: 1,
          });
        if (info.benign && !output.equals(input) && parses(file, input) === true && parses(file, output) === false)
          damage.push({ run: runName, category: 8, file, what: 'parsed before export, not after', strings: 0 });
      }
      return got;
    };
    lap('input checked');
    let dirGot: Awaited<ReturnType<typeof delivered>> | null = null;
    if (dirRun.code === 0) dirGot = await examine('--output DIR', outDir, path.join(root, 'scratch-dir'), true);
    lap('directory checked');
    if (zipRun.code === 0) {
      const unz = path.join(root, 'unzipped');
      await mkdir(unz, { recursive: true });
      await exec('unzip', ['-qq', outZip, '-d', unz], { maxBuffer: 1 << 26 });
      await examine('--output ZIP --verbose', unz, path.join(root, 'scratch-zip'), false);
    }
    for (const r of runs) {
      scanText(r.name, `${r.name} stderr`, Buffer.from(r.stderr, 'utf8'));
      if (r.name.startsWith('--dry-run')) scanText(r.name, `${r.name} stdout`, Buffer.from(r.stdout, 'utf8'));
    }

    lap('zip checked');
    const rows: Row[] = [];
    for (const c of [1, 2, 3, 4, 5, 6, 7, 8] as Category[]) {
      const plants = corpus.plants.filter((p) => p.category === c);
      const leaked = new Set(leaks.filter((l) => l.plant.category === c).map((l) => l.plant));
      const withheld = dirGot ? plants.filter((p) => !dirGot.files.has(p.file)).length : 0;
      const dmg = damage.filter((d) => d.category === c);
      rows.push({
        category: c,
        name: CATEGORIES[c],
        planted: c === 8 ? [...corpus.files.values()].filter((f) => f.benign).length : plants.length,
        withheld,
        leaked: leaked.size,
        damagedFiles: new Set(dmg.map((d) => d.file)).size,
        damagedStrings: dmg.reduce((a, d) => a + d.strings, 0),
      });
    }
    return {
      plants: corpus.plants,
      leaks,
      damage,
      invisible,
      rows,
      runs: runs.map((r) => ({ name: r.name, code: r.code, stderr: r.stderr, ms: r.ms })),
      benignFiles: [...corpus.files.values()].filter((f) => f.benign).length,
      leftOut,
    };
  } finally {
    if (!opts.keep) await rm(root, { recursive: true, force: true });
  }
}

/** The per-category table (planted / withheld / leaked / damaged), as Markdown. */
export function table(report: EvalReport): string {
  const lines = [
    '| # | category | planted | withheld | leaked | damaged files | damaged strings |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...report.rows.map(
      (r) =>
        `| ${r.category} | ${r.name} | ${r.planted}${r.category === 8 ? ' files' : ''} | ${r.category === 8 ? '–' : r.withheld} | ${r.category === 8 ? '–' : r.leaked} | ${r.damagedFiles} | ${r.damagedStrings} |`,
    ),
  ];
  const secret = report.rows.filter((r) => r.category !== 8);
  const planted = secret.reduce((a, r) => a + r.planted, 0);
  const leaked = secret.reduce((a, r) => a + r.leaked, 0);
  lines.push(
    `| | **total** | ${planted} + ${report.benignFiles} benign files | ${secret.reduce((a, r) => a + r.withheld, 0)} | **${leaked} of ${planted}** | ${report.rows.reduce((a, r) => a + r.damagedFiles, 0)} | ${report.rows.reduce((a, r) => a + r.damagedStrings, 0)} |`,
  );
  return lines.join('\n');
}

/** One line per leak, naming the category, family, encoding, file and the decoding that found it. */
export const describeLeak = (l: Leak): string =>
  `[${l.run}] cat ${l.plant.category} (${CATEGORIES[l.plant.category]}) · ${l.plant.family} · ${l.plant.encoding} · planted in ${l.plant.file} · leaked in ${l.foundIn} via ${l.via}`;
export const describeDamage = (d: Damage): string =>
  `[${d.run}] cat ${d.category} (${CATEGORIES[d.category]}) · ${d.file}: ${d.what}`;

export { stat };
