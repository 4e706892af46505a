/**
 * Jupyter notebooks (nbformat 4, as Jupyter writes them: keys sorted, each line a list element) holding a secret in a
 * cell's output (a stream's `text`, an `execute_result`'s `text/plain`), a markdown cell or a code cell's source, its
 * line cut at random points into list elements that do not end in `\n` (Jupyter joins a list's elements with nothing
 * between them); and the benign twins: code that refers to keys, ids, hashes, prose and outputs cut the same way.
 * Values are generated at test time (seeded).
 */
import { fakeSecrets, seededGen, uuidOf, type SeededGen } from './fake-secrets.js';

export interface NotebookPlant {
  family: string;
  where: string;
  value: string;
  notebook: string;
}

/** A line cut into 1 to 3 elements at random points inside [from, to); the last element ends the line. */
function cut(g: SeededGen, line: string, from: number, to: number): string[] {
  const points = new Set<number>();
  const k = 1 + g.int(2);
  for (let i = 0; i < k; i++) points.add(from + 1 + g.int(Math.max(1, to - from - 1)));
  const sorted = [...points].sort((a, b) => a - b);
  const out: string[] = [];
  let at = 0;
  for (const p of sorted) {
    out.push(line.slice(at, p));
    at = p;
  }
  out.push(line.slice(at) + '\n');
  return out;
}

type Cell = Record<string, unknown>;
const code = (source: string[], outputs: Cell[] = []): Cell => ({
  cell_type: 'code',
  execution_count: 1,
  id: 'c1',
  metadata: {},
  outputs,
  source,
});
const markdown = (source: string[]): Cell => ({ cell_type: 'markdown', id: 'm1', metadata: {}, source });
const stream = (text: string[]): Cell => ({ name: 'stdout', output_type: 'stream', text });
const result = (text: string[]): Cell => ({
  data: { 'text/plain': text },
  execution_count: 2,
  metadata: {},
  output_type: 'execute_result',
});

/** A notebook as Jupyter writes it (indent 1, keys sorted as built). */
export function notebookOf(cells: Cell[]): string {
  const nb = { cells, metadata: { kernelspec: { name: 'python3' } }, nbformat: 4, nbformat_minor: 5 };
  return JSON.stringify(nb, null, 1) + '\n';
}

const NAMES = [
  'api_key',
  'token',
  'secret',
  'password',
  'client_secret',
  'access_token',
  'OPENAI_API_KEY',
  'api_secret',
];

/** The secrets: provider tokens (fakeSecrets) and prefix-less values under secret names, in four placements. */
export function notebookPlants(seed: number, count: number): NotebookPlant[] {
  const g = seededGen(seed);
  const tokens = fakeSecrets(seed).filter((s) => /^[\x21-\x7e]{16,200}$/.test(s.value) && !/["\\]/.test(s.value));
  const out: NotebookPlant[] = [];
  for (let i = 0; i < count; i++) {
    const prefixed = i % 2 === 0;
    const s = prefixed ? g.one(tokens) : null;
    const value = s ? s.value : g.pick(g.one(['alnum', 'alnum', 'urlsafe', 'hex'] as const), 20 + g.int(21));
    const name = g.one(NAMES);
    const where = g.one(['stream', 'result', 'markdown', 'code'] as const);
    const line = where === 'code' ? `${name} = "${value}"` : `${name}=${value}`;
    const start = line.indexOf(value);
    const parts = cut(g, line, start, start + value.length);
    const before = ['import os\n', 'print(settings)\n'];
    const cell =
      where === 'stream'
        ? code(before, [stream(['loaded settings\n', ...parts])])
        : where === 'result'
          ? code(before, [result(['Settings(\n', ...parts, ')'])])
          : where === 'markdown'
            ? markdown(['## Setup\n', 'Use these:\n', ...parts])
            : code(['import os\n', ...parts, 'client = Client(key)']);
    out.push({ family: s ? s.family : `plain-${name}`, where, value, notebook: notebookOf([cell]) });
  }
  return out;
}

/** Benign notebooks: code referring to keys, ids, hashes, prose and outputs, lines cut at random points. */
export function benignNotebooks(seed: number, count: number): string[] {
  const g = seededGen(seed);
  const split = (line: string): string[] => cut(g, line, 0, line.length);
  const lines = [
    (): string => `api_key = os.environ["${g.one(['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'MY_TOKEN'])}"]`,
    (): string => `client = OpenAI(api_key=api_key, timeout=${g.int(90)})`,
    (): string => `token = get_token(user_id=${g.int(9999)})`,
    (): string => `password = getpass.getpass("Password: ")`,
    (): string => `run_id=${uuidOf(g.pick('hex', 32), true)}`,
    (): string => `commit ${g.pick('hex', 40)} merged into main`,
    (): string => `Accuracy on the validation split: 0.${g.int(9999)} after ${g.int(50)} epochs`,
    (): string => `The model reads the key from the environment; nothing is stored in the notebook.`,
  ];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = split(g.one(lines)());
    const b = split(g.one(lines)());
    const c = split(g.one(lines)());
    // A bare identifier assigned to a key's name is a variable in a code cell's source (only there).
    const d = split(
      `${g.one(['api_key', 'password', 'token'])} = ${g.one(['cfg_value', 'stored_value', 'from_vault'])}`,
    );
    out.push(notebookOf([markdown(['# Notes\n', ...c]), code([...a, ...b, ...d], [stream(c), result(b)])]));
  }
  return out;
}

/** Every string of the notebook's `source` and output `text` lists, joined per list, one list a line. */
export function readBack(notebook: string): string {
  const texts: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      if (v.every((x) => typeof x === 'string')) texts.push(v.join(''));
      else v.forEach(walk);
    } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    else if (typeof v === 'string') texts.push(v);
  };
  walk(JSON.parse(notebook));
  return texts.join('\n');
}
