/**
 * Writes the committed example sessions under fixtures/sessions/<scenario>/ from the format
 * spec. Run `npm run build && node dist/scripts/build-fixtures.js` after changing the builder;
 * the output is deterministic (tests compare against it, never regenerate it).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { attemptTree, under, writeTree, type AttemptSpec, type Tree } from '../test/helpers/session-builder.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/sessions');

/** A 1x1 PNG and a minimal PDF: real files the Viewer can preview. */
export const PNG_1x1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
export const PDF_MINI = Buffer.concat([
  Buffer.from('%PDF-1.4\n%', 'latin1'),
  Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]),
  Buffer.from(
    '\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  ),
]);

const base = (over: Partial<AttemptSpec> & Pick<AttemptSpec, 'sessionName'>): AttemptSpec => ({
  question: 'Build a landing page for a coffee shop',
  agents: ['agent_a', 'agent_b'],
  winner: 'agent_b',
  finishReason: 'completed',
  start: 1769854500,
  cost: 0.5412,
  inputTokens: 603562,
  outputTokens: 21279,
  attemptNumber: 1,
  turnNumber: 1,
  withAgentOutputs: true,
  workspace: () => ({ 'index.html': '<!doctype html>\n<h1>Coffee</h1>\n', 'style.css': 'h1 { color: brown; }\n' }),
  ...over,
});

const attempt = (spec: AttemptSpec): Tree =>
  under(`turn_${spec.turnNumber}/attempt_${spec.attemptNumber}`, attemptTree(spec));

/** The CLI copies the winning attempt's final/ to turn_N/final after coordination. */
function turnFinalCopy(spec: AttemptSpec): Tree {
  const t = attemptTree(spec);
  return Object.fromEntries(
    Object.entries(t)
      .filter(([k]) => k.startsWith('final/'))
      .map(([k, v]) => [`turn_${spec.turnNumber}/${k}`, v]),
  );
}

function singleTurn(): Tree {
  const s = base({ sessionName: 'log_20260131_101500_123456' });
  return { ...attempt(s), ...turnFinalCopy(s) };
}

function multiTurnRestart(): Tree {
  const sessionName = 'log_20260201_090000_000001';
  const t1a1 = base({
    sessionName,
    question: 'Write a CLI that counts words',
    winner: null,
    finishReason: 'in_progress',
    start: 1769936400,
    cost: 0.12,
    inputTokens: 50000,
    outputTokens: 2000,
  });
  const t1a2 = base({
    sessionName,
    question: 'Write a CLI that counts words',
    attemptNumber: 2,
    restartAttempt: true,
    withAgentOutputs: false,
    start: 1769936500,
    cost: 0.3,
    inputTokens: 120000,
    outputTokens: 8000,
  });
  const t2a3 = base({
    sessionName,
    question: 'Now add a --json flag',
    turnNumber: 2,
    attemptNumber: 3,
    withAgentOutputs: false,
    start: 1769937000,
    winner: 'agent_a',
    cost: 0.2,
    inputTokens: 80000,
    outputTokens: 4000,
  });
  // Attempt counters are process-global: turn 3 restarted once, as attempts 9 and 10 (sorted numerically).
  const t3a9 = base({
    sessionName,
    question: 'And unit tests',
    turnNumber: 3,
    attemptNumber: 9,
    withAgentOutputs: false,
    winner: null,
    finishReason: 'in_progress',
    start: 1769938000,
    cost: 0.05,
    inputTokens: 10000,
    outputTokens: 500,
  });
  const t3a10 = base({
    sessionName,
    question: 'And unit tests',
    turnNumber: 3,
    attemptNumber: 10,
    restartAttempt: true,
    withAgentOutputs: false,
    start: 1769938100,
    cost: 0.25,
    inputTokens: 90000,
    outputTokens: 6000,
  });
  return {
    ...attempt(t1a1),
    ...attempt(t1a2),
    ...turnFinalCopy(t1a2),
    ...attempt(t2a3),
    ...turnFinalCopy(t2a3),
    ...attempt(t3a9),
    ...attempt(t3a10),
    ...turnFinalCopy(t3a10),
    'turn_2/ANALYSIS_REPORT.md': '# Analysis\n\nTurn 2 went well.\n',
  };
}

function errorSession(): Tree {
  const s = base({
    sessionName: 'log_20260202_120000_000002',
    question: 'Summarise the quarterly report',
    winner: null,
    finishReason: 'error',
    // The first agent's error is null, as it usually is: MassGen's exporter crashed on exactly this.
    agentErrors: { agent_a: null, agent_b: { type: 'timeout', message: 'Agent timed out after 300s' } },
    start: 1770033600,
    cost: 0.08,
    inputTokens: 30000,
    outputTokens: 900,
  });
  return attempt(s);
}

/** Three turns: a restart then a win, an errored turn with no metrics_summary.json, and a win (`massgen logs`). */
function logsMixed(): Tree {
  const sessionName = 'log_20260204_100000_000004';
  const t1a1 = base({
    sessionName,
    question: 'Draft a README for the parser',
    winner: null,
    finishReason: 'in_progress',
    start: 1770199200,
    cost: 0.1,
    inputTokens: 40000,
    outputTokens: 1500,
  });
  const t1a2 = base({
    ...t1a1,
    attemptNumber: 2,
    restartAttempt: true,
    withAgentOutputs: false,
    winner: 'agent_b',
    finishReason: 'completed',
    start: 1770199400,
    cost: 0.4,
    inputTokens: 150000,
    outputTokens: 9000,
    moreTools: { mcp__filesystem__read_file: [30, 2, 900], web_search: [3, 1, 4200] },
  });
  // Errored before coordination ended: status.json (with its costs) but no metrics_summary.json.
  const t2a3 = base({
    sessionName,
    question: 'Add a section on error handling',
    turnNumber: 2,
    attemptNumber: 3,
    withAgentOutputs: false,
    winner: null,
    finishReason: 'error',
    agentErrors: { agent_a: { type: 'error', message: 'Rate limit exceeded (429)' }, agent_b: null },
    noMetrics: true,
    start: 1770200000,
    cost: 0.07,
    inputTokens: 20000,
    outputTokens: 800,
  });
  const t3a4 = base({
    sessionName,
    question: 'Try the error handling section again',
    turnNumber: 3,
    attemptNumber: 4,
    withAgentOutputs: false,
    winner: 'agent_a',
    start: 1770201000,
    cost: 0.33,
    inputTokens: 110000,
    outputTokens: 7000,
    moreTools: { mcp__filesystem__read_file: [10, 0, 300] },
  });
  return {
    ...attempt(t1a1),
    ...attempt(t1a2),
    ...turnFinalCopy(t1a2),
    ...attempt(t2a3),
    ...attempt(t3a4),
    ...turnFinalCopy(t3a4),
  };
}

function legacy(): Tree {
  const sessionName = 'log_20251010_080000';
  const t1 = base({
    sessionName,
    question: 'Plan a trip to Kyoto',
    start: 1760083200,
    agents: ['agent_a', 'agent_b', 'agent_c'],
    winner: 'agent_c',
    cost: 0.9,
    inputTokens: 400000,
    outputTokens: 30000,
  });
  const t2 = base({
    sessionName,
    question: 'Make it a 5-day trip',
    turnNumber: 2,
    start: 1760083800,
    winner: null,
    finishReason: 'in_progress',
    withAgentOutputs: false,
    cost: 0.1,
    inputTokens: 20000,
    outputTokens: 1000,
  });
  const t2a2 = base({
    sessionName,
    question: 'Make it a 5-day trip',
    turnNumber: 2,
    attemptNumber: 2,
    restartAttempt: true,
    withAgentOutputs: false,
    start: 1760083900,
    cost: 0.4,
    inputTokens: 150000,
    outputTokens: 9000,
  });
  // 0.1.12-0.1.22: turn_N/ holds the files directly; attempt_M/ appears only after a restart.
  return { ...under('turn_1', attemptTree(t1)), ...under('turn_2', attemptTree(t2)), ...attempt(t2a2) };
}

function flat(): Tree {
  const s = base({
    sessionName: 'log_20250901_100000',
    question: 'Explain quicksort',
    start: 1756720800,
    cost: 0.02,
    inputTokens: 9000,
    outputTokens: 700,
  });
  return attemptTree(s);
}

function workspaceHeavy(): Tree {
  const sessionName = 'log_20260203_150000_000003';
  const deep = `${'deeply_nested_directory_name_'.repeat(2)}a/${'another_long_directory_segment_'.repeat(2)}b/${'third_level_folder_with_a_long_name_'.repeat(2)}c/final_report_with_a_long_name.md`;
  const ws = (agent: string): Tree => ({
    'index.html': `<!doctype html>\n<h1>Gallery by ${agent}</h1>\n<img src="hero.png">\n`,
    'hero.png': PNG_1x1,
    'docs/brochure.pdf': PDF_MINI,
    'pkg/__init__.py': '"""Gallery package."""\n__all__ = ["render"]\n',
    'pkg/render.py': 'def render():\n    return "<h1>Gallery</h1>"\n',
    'notes/résumé des idées.md': '# Résumé\n\nCafé, crème brûlée, 日本語のテキスト.\n',
    'notes/meeting notes 2026.txt': 'Spaced file name, plain text.\n',
    [deep]: '# Deep\n\nA file whose flattened gist name is longer than 255 bytes.\n',
    'a/b__c.txt': 'first of two paths that flatten to one MassGen name\n',
    'a__b/c.txt': 'second of two paths that flatten to one MassGen name\n',
    'README.md': 'Upper-case readme.\n',
    'readme.md': 'Lower-case readme: differs only in case.\n',
    '.github/workflows/ci.yml': 'name: ci\non: [push]\njobs: {}\n',
    'data/sample.bin': Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0xfe, 0x00, 0x42, 0x49, 0x4e]),
    'data/empty.txt': '',
    'data/blank.txt': '   \n\t\n',
    'node_modules/left-pad/index.js': 'module.exports = (s, n) => s.padStart(n);\n',
    'node_modules/left-pad/package.json': '{"name":"left-pad","version":"1.3.0"}\n',
    '__pycache__/render.cpython-311.pyc': Buffer.from([0x6f, 0x0d, 0x0d, 0x0a, 0x00, 0x00]),
    '.DS_Store': Buffer.from([0x00, 0x00, 0x00, 0x01, 0x42, 0x75, 0x64, 0x31]),
    '.env': 'OPENAI_API_KEY=placeholder-value-not-a-real-key\n',
    'config/credentials.json': '{"note": "placeholder, not a real credential"}\n',
    'link-to-index.html': { link: 'index.html' },
    'outside-link': { link: '/etc/passwd' },
    'dangling-link': { link: 'does-not-exist.txt' },
    'loop-a': { link: 'loop-b' },
    'loop-b': { link: 'loop-a' },
  });
  const s = base({
    sessionName,
    question: 'Build an image gallery site with docs',
    start: 1770130800,
    workspace: ws,
    cost: 1.25,
    inputTokens: 900000,
    outputTokens: 60000,
  });
  return { ...attempt(s), ...turnFinalCopy(s) };
}

const scenarios: Record<string, [string, () => Tree]> = {
  'single-turn-0.1.45': ['log_20260131_101500_123456', singleTurn],
  'multi-turn-restart': ['log_20260201_090000_000001', multiTurnRestart],
  'error-session': ['log_20260202_120000_000002', errorSession],
  'logs-mixed': ['log_20260204_100000_000004', logsMixed],
  'legacy-0.1.2x': ['log_20251010_080000', legacy],
  'flat-single-run': ['log_20250901_100000', flat],
  'workspace-heavy': ['log_20260203_150000_000003', workspaceHeavy],
};

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await rm(root, { recursive: true, force: true });
  for (const [scenario, [logName, build]] of Object.entries(scenarios)) {
    await writeTree(path.join(root, scenario, '.massgen', 'massgen_logs', logName), build());
    console.log(`wrote fixtures/sessions/${scenario}/.massgen/massgen_logs/${logName}`);
  }
}
