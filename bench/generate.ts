/**
 * A synthetic MassGen session generator for the benchmark, from ../shared/massgen-log-format.md:
 * `turn_N/attempt_M/` with metadata files, per-agent answer and vote steps, a workspace snapshot
 * per answer step (each with its own dependency tree), binary files, and debug logs.
 */
import { mkdirSync, openSync, closeSync, writeSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { attemptTree, stepName, writeTree } from '../test/helpers/session-builder.js';

export interface SessionParams {
  turns: number;
  agents: number;
  /** Answer steps per agent per turn, each with a workspace snapshot. */
  stepsPerAgent: number;
  /** Source files per workspace snapshot, and their size. */
  workspaceFiles: number;
  workspaceFileBytes: number;
  /** node_modules files per snapshot (excluded: never entered). */
  depFiles: number;
  /** Binary files per snapshot (a PNG and an opaque .bin), and their size. */
  binaryFiles: number;
  binaryBytes: number;
  /** massgen.log + streaming_debug.log per attempt (excluded), in MB. */
  debugLogMb: number;
  /** One-byte files in one directory of the first attempt (`notes/`), all exported: the stress case. */
  tinyFiles?: number;
}

const LINE =
  'export function handler(request) { return render(template, { title: "Gallery", items: request.items }); }\n';

function text(bytes: number, seed: number): Buffer {
  const head = `// file ${seed}\nconst config = { retries: ${seed % 7}, model: "gpt-5.1" };\n`;
  return Buffer.from((head + LINE.repeat(Math.ceil(bytes / LINE.length))).slice(0, bytes));
}

function binary(bytes: number, seed: number): Buffer {
  const b = Buffer.alloc(bytes);
  let x = (seed * 2654435761) >>> 0;
  for (let i = 0; i < bytes; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

/** Writes `mb` megabytes of log lines, 1 MB at a time. */
function writeLog(file: string, mb: number): void {
  const chunk = Buffer.from(
    `10:15:00 | INFO | StreamChunk(type='content', content='working on the gallery', source='agent_a')\n`
      .repeat(10_000)
      .slice(0, 1 << 20),
  );
  const fd = openSync(file, 'w');
  try {
    for (let i = 0; i < mb; i++) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

/** Generates one session under `root` (the `log_*` directory); returns its file count and bytes. */
export async function generateSession(root: string, p: SessionParams): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  const put = (file: string, data: Buffer): void => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
    files++;
    bytes += data.length;
  };
  const agents = Array.from({ length: p.agents }, (_, i) => `agent_${String.fromCharCode(97 + i)}`);
  for (let t = 1; t <= p.turns; t++) {
    const attemptDir = path.join(root, `turn_${t}`, `attempt_${t}`);
    const start = 1769854500 + t * 10_000;
    const tree = attemptTree({
      question: `Turn ${t}: improve the gallery`,
      agents,
      winner: agents[0]!,
      finishReason: 'completed',
      start,
      cost: 0.5,
      inputTokens: 100_000,
      outputTokens: 5_000,
      attemptNumber: t,
      turnNumber: t,
      sessionName: path.basename(root),
      withAgentOutputs: t === 1,
    });
    delete tree['massgen.log'];
    delete tree['streaming_debug.log'];
    await writeTree(attemptDir, tree);
    files += Object.keys(tree).length;
    writeLog(path.join(attemptDir, 'massgen.log'), Math.ceil(p.debugLogMb / 2));
    writeLog(path.join(attemptDir, 'streaming_debug.log'), Math.floor(p.debugLogMb / 2));
    files += 2;
    bytes += p.debugLogMb * (1 << 20);
    if (t === 1 && p.tinyFiles) {
      mkdirSync(path.join(attemptDir, 'notes'), { recursive: true });
      for (let i = 0; i < p.tinyFiles; i++) writeFileSync(path.join(attemptDir, 'notes', `n${i}.txt`), String(i % 10));
      files += p.tinyFiles;
      bytes += p.tinyFiles;
    }
    agents.forEach((agent, a) => {
      for (let s = 0; s < p.stepsPerAgent; s++) {
        const step = path.join(attemptDir, agent, stepName(start + 100 + s * 60 + a + 0.25));
        put(path.join(step, 'answer.txt'), Buffer.from(`Answer ${s} from ${agent}\n`));
        put(path.join(step, 'execution_trace.md'), text(4000, s));
        const ws = path.join(step, 'workspace');
        // Source files in directories of 50, like a real project's tree.
        for (let f = 0; f < p.workspaceFiles; f++)
          put(path.join(ws, 'src', `part_${Math.floor(f / 50)}`, `module_${f}.js`), text(p.workspaceFileBytes, f + s));
        for (let f = 0; f < p.depFiles; f++)
          put(path.join(ws, 'node_modules', `pkg_${f % 50}`, `lib_${f}.js`), text(1024, f));
        for (let f = 0; f < p.binaryFiles; f++) {
          put(path.join(ws, 'assets', `image_${f}.png`), binary(p.binaryBytes, f + s * 31));
          put(path.join(ws, 'data', `blob_${f}.bin`), binary(p.binaryBytes, f + s * 17 + 5));
        }
      }
    });
  }
  return { files, bytes };
}
