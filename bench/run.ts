/**
 * The export benchmark: `npm run bench [-- small|medium|large|tiny|share ...]` (default: all five).
 * Generates synthetic sessions in a temp directory (three sizes, and `tiny`: the small one plus
 * 100,000 one-byte files in one directory, all exported: the stress case), then for each measures
 * `massgen export --dry-run --json` and `--output x.zip`, run as the installed bin runs (through
 * its #! line), with wall time, files walked per second,
 * MB read per second and peak RSS (from /usr/bin/time), and, in the same run, a floor: `find` over
 * the directories the export may enter (excluded trees pruned) plus reading the bytes it
 * includes (`cat`); and, for context, a bare `node -e 0` and the same listing, sizes and reads
 * done by the plainest Node program (`node-floor.ts`). It also reruns the medium size with ten
 * times the dependency trees, to show that excluded trees cost nothing. Page cache is warm for all
 * figures (one untimed run); five rounds, each timing every command once; best and median reported.
 * Then the share rows (`share`, bench/share-speed.ts): upload, pull and start-up against their floors.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSession, type SessionParams } from './generate.js';
import { shareRows } from './share-speed.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const CLI = path.resolve(here, '../bin/cli.js');
const NODE_FLOOR = path.join(here, 'node-floor.js');
const SIZES: Record<string, SessionParams> = {
  small: {
    turns: 2,
    agents: 2,
    stepsPerAgent: 3,
    workspaceFiles: 20,
    workspaceFileBytes: 4096,
    depFiles: 60,
    binaryFiles: 1,
    binaryBytes: 32 * 1024,
    debugLogMb: 10,
  },
  medium: {
    turns: 3,
    agents: 3,
    stepsPerAgent: 4,
    workspaceFiles: 120,
    workspaceFileBytes: 6144,
    depFiles: 250,
    binaryFiles: 2,
    binaryBytes: 64 * 1024,
    debugLogMb: 80,
  },
  // Most files are walked (workspace sources past --workspace-limit are listed, never read); most bytes are excluded
  // debug logs.
  large: {
    turns: 4,
    agents: 3,
    stepsPerAgent: 6,
    workspaceFiles: 500,
    workspaceFileBytes: 4096,
    depFiles: 150,
    binaryFiles: 2,
    binaryBytes: 128 * 1024,
    debugLogMb: 220,
  },
  // The stress case: the small session plus 100,000 one-byte files in one directory, every one exported (all but ~300
  // in the archive).
  tiny: {
    turns: 2,
    agents: 2,
    stepsPerAgent: 3,
    workspaceFiles: 20,
    workspaceFileBytes: 4096,
    depFiles: 60,
    binaryFiles: 1,
    binaryBytes: 32 * 1024,
    debugLogMb: 10,
    tinyFiles: 100_000,
  },
};

interface Timed {
  seconds: number;
  maxRssMb: number;
  stdout: string;
}

/** Runs a command under /usr/bin/time (peak RSS); wall time from a monotonic clock, to the millisecond. */
function timed(cmd: string, args: string[], cwd: string): Timed {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr.slice(-500)}`);
  const kb = Number(r.stderr.trim().split('\n').pop());
  return { seconds: +seconds.toFixed(3), maxRssMb: Math.round(kb / 1024), stdout: r.stdout };
}

/**
 * Rounds per size. Each round times every command once, in turn, so that the machine's slow spells hit all of them
 * alike.
 */
const RUNS = 5;

const best = (runs: Timed[]): Timed => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
const median = (runs: Timed[]): number => {
  const s = runs.map((r) => r.seconds).sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : +((s[s.length / 2 - 1]! + s[s.length / 2]!) / 2).toFixed(3);
};

async function measure(name: string, params: SessionParams, work: string) {
  const base = path.join(work, name);
  const root = path.join(base, '.massgen', 'massgen_logs', 'log_20260501_100000_000001');
  const t0 = Date.now();
  const generated = await generateSession(root, params);
  const genSeconds = (Date.now() - t0) / 1000;
  const onDisk = Number(execFileSync('du', ['-sb', root], { encoding: 'utf8' }).split('\t')[0]);
  const args = ['--dry-run', '--json'];
  const first = timed(CLI, ['export', ...args], base); // warm-up, and the list of what is read
  const doc = JSON.parse(first.stdout);
  const included: string[] = doc.plan.files.map((f: { path: string }) => path.join(root, f.path));
  const readBytes = doc.plan.files.reduce((n: number, f: { size: number }) => n + f.size, 0);
  const pruneNames = ['node_modules', '.git', '.venv', '__pycache__', 'subagents', '.massgen', 'massgen_logs'];
  const prune = pruneNames.flatMap((n, i) => [...(i ? ['-o'] : []), '-name', n]);
  const listFile = path.join(work, `${name}.list`);
  writeFileSync(listFile, included.join('\0'));
  const zip = path.join(work, `${name}.zip`);
  const runs = {
    dry: [] as Timed[],
    floor: [] as Timed[],
    nodeStart: [] as Timed[],
    nodeFloor: [] as Timed[],
    zip: [] as Timed[],
    logs: [] as Timed[],
  };
  for (let i = 0; i < RUNS; i++) {
    runs.dry.push(timed(CLI, ['export', ...args], base));
    // Floor: find over what the export may enter, plus reading the bytes it includes.
    const find = timed('find', [root, '(', ...prune, ')', '-prune', '-o', '-type', 'f', '-print'], base);
    const cat = timed('sh', ['-c', `xargs -0 cat < '${listFile}' > /dev/null`], base);
    runs.floor.push({ seconds: +(find.seconds + cat.seconds).toFixed(3), maxRssMb: 0, stdout: '' });
    // What any Node program pays before its first line runs, for context (included in every figure above),
    // and what one pays for the same listing with each file's size, plus the reads.
    runs.nodeStart.push(timed(process.execPath, ['-e', '0'], base));
    runs.nodeFloor.push(timed(process.execPath, [NODE_FLOOR, root, listFile, ...pruneNames], base));
    rmSync(zip, { force: true });
    runs.zip.push(timed(CLI, ['export', '--output', zip], base));
    // `massgen logs`: reads only each attempt's small metric files, whatever the session's size.
    runs.logs.push(timed(CLI, ['logs', '--json'], base));
  }
  const dry = best(runs.dry);
  const floor = best(runs.floor);
  const nodeStart = best(runs.nodeStart);
  const nodeFloor = best(runs.nodeFloor);
  const out = best(runs.zip);
  const walked = doc.plan.accounting.walked as number;
  return {
    size: name,
    files_generated: generated.files,
    on_disk_mb: Math.round(onDisk / 1048576),
    generate_s: genSeconds,
    walked_files: walked,
    excluded_dirs: doc.plan.accounting.excluded_dirs,
    included_files: included.length,
    read_mb: +(readBytes / 1048576).toFixed(1),
    dry_run_s: dry.seconds,
    dry_run_median_s: median(runs.dry),
    dry_run_rss_mb: dry.maxRssMb,
    files_per_s: Math.round(walked / dry.seconds),
    read_mb_per_s: +(readBytes / 1048576 / dry.seconds).toFixed(1),
    floor_s: floor.seconds,
    floor_median_s: median(runs.floor),
    node_start_s: nodeStart.seconds,
    node_floor_s: nodeFloor.seconds,
    dry_vs_node_floor: +(dry.seconds / nodeFloor.seconds).toFixed(2),
    dry_vs_floor: +(dry.seconds / Math.max(floor.seconds, 0.01)).toFixed(2),
    zip_s: out.seconds,
    zip_median_s: median(runs.zip),
    zip_rss_mb: out.maxRssMb,
    logs_s: best(runs.logs).seconds,
  };
}

const wanted = process.argv.slice(2).filter((a) => a in SIZES);
const sizes = wanted.length ? wanted : Object.keys(SIZES);
const work = mkdtempSync(path.join(os.tmpdir(), 'massgen-bench-'));
try {
  const rows = [];
  for (const name of sizes) {
    rows.push(await measure(name, SIZES[name]!, work));
    console.log(JSON.stringify(rows[rows.length - 1]));
    rmSync(path.join(work, name), { recursive: true, force: true });
  }
  if (sizes.includes('medium')) {
    const heavy = await measure('medium-10x-deps', { ...SIZES.medium!, depFiles: SIZES.medium!.depFiles * 10 }, work);
    console.log(JSON.stringify(heavy));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
// Where users wait beside the dry run (bench/share-speed.ts): upload, pull and start-up, each with its floor.
if (wanted.length === 0 || process.argv.includes('share')) await shareRows();
