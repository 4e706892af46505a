import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { chmod, cp, lstat, mkdtemp, readdir, readFile, readlink, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ExportLimits, ExportPlan, LeftOut, PlannedFile } from '../../src/core/plan.js';

/** The repository root (tests run from dist/test/). */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CLI = path.join(REPO, 'dist', 'bin', 'cli.js');
export const FIXTURES = path.join(REPO, 'fixtures', 'sessions');

export const FIXTURE_SESSIONS = {
  'single-turn-0.1.45': 'log_20260131_101500_123456',
  'multi-turn-restart': 'log_20260201_090000_000001',
  'error-session': 'log_20260202_120000_000002',
  'logs-mixed': 'log_20260204_100000_000004',
  'legacy-0.1.2x': 'log_20251010_080000',
  'flat-single-run': 'log_20250901_100000',
  'workspace-heavy': 'log_20260203_150000_000003',
} as const;
export type Scenario = keyof typeof FIXTURE_SESSIONS;

export const logsDirOf = (scenario: Scenario, base = FIXTURES): string =>
  path.join(base, scenario, '.massgen', 'massgen_logs');
export const sessionOf = (scenario: Scenario, base = FIXTURES): string =>
  path.join(logsDirOf(scenario, base), FIXTURE_SESSIONS[scenario]);

const temps: string[] = [];
after(async () => {
  // GNU rm also removes trees deeper than PATH_MAX (the hostile-name tests make one).
  await Promise.all(
    temps.map((t) => rm(t, { recursive: true, force: true }).catch(() => execFileSync('rm', ['-rf', t]))),
  );
});

/** A fresh temporary directory, removed when the test file ends. */
export async function tempDir(prefix = 'mgs-test-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** Copies a fixture scenario (symlinks kept as links) into a temp dir; returns the copy's scenario root. */
export async function copyFixture(scenario: Scenario): Promise<{ base: string; session: string; logsDir: string }> {
  const base = await tempDir();
  await cp(path.join(FIXTURES, scenario), path.join(base, scenario), { recursive: true, verbatimSymlinks: true });
  return { base: path.join(base, scenario), session: sessionOf(scenario, base), logsDir: logsDirOf(scenario, base) };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment for a CLI the tests spawn: PATH, NO_COLOR, and a private HOME and TMPDIR
 * (removed when the test file ends) unless `env` gives its own: nothing the CLI leaves in
 * either is seen by another test, nor anything of theirs by it.
 */
export function cliEnv(env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const own = (prefix: string): string => {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    temps.push(dir);
    return dir;
  };
  const out: NodeJS.ProcessEnv = { PATH: process.env.PATH, NO_COLOR: '1', ...env };
  out.HOME ??= own('mgs-home-');
  out.TMPDIR ??= own('mgs-tmp-');
  return out;
}

/** Runs the real CLI (or the build at `cli`) in a child process (no terminal, CI-like env unless overridden). */
export function runCli(
  args: string[],
  opts: {
    cli?: string;
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    timeoutMs?: number;
    uid?: number;
    gid?: number;
    onSpawn?: (child: ReturnType<typeof spawn>) => void;
  } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const env = cliEnv(opts.env);
    const child = spawn(process.execPath, [opts.cli ?? CLI, ...args], {
      cwd: opts.cwd ?? REPO,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      uid: opts.uid,
      gid: opts.gid,
    });
    opts.onSpawn?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * An `onSpawn` for runCli that sends `signal` to the CLI once a hidden partial output (`.NAME.partial-…`) appears in
 * `dir`; `sent()` says whether it was sent.
 */
export function signalOnPartial(
  dir: string,
  signal: NodeJS.Signals,
): { onSpawn: (child: ReturnType<typeof spawn>) => void; sent: () => boolean } {
  let sent = false;
  const onSpawn = (child: ReturnType<typeof spawn>): void => {
    const poll = setInterval(() => {
      void readdir(dir).then((names) => {
        if (!sent && names.some((n) => n.includes('.partial-'))) {
          sent = true;
          child.kill(signal);
        }
      });
    }, 10);
    child.on('close', () => clearInterval(poll));
  };
  return { onSpawn, sent: () => sent };
}

/** A digest of a whole tree (names, modes, file bytes, link targets), to prove it was not modified. */
export async function hashTree(root: string): Promise<string> {
  const h = createHash('sha256');
  const walk = async (dir: string, rel: string): Promise<void> => {
    for (const name of (await readdir(dir)).sort()) {
      const abs = path.join(dir, name);
      const r = `${rel}/${name}`;
      const st = await lstat(abs);
      h.update(`${r}\0${st.mode}\0${st.mtimeMs}\0`);
      if (st.isSymbolicLink()) h.update(`link:${await readlink(abs)}\0`);
      else if (st.isDirectory()) await walk(abs, r);
      else if (st.isFile()) h.update(await readFile(abs));
    }
  };
  await walk(root, '');
  return h.digest('hex');
}

/** Parses stdout that must hold exactly one JSON document. */
export function onlyJson(stdout: string): Record<string, any> {
  return JSON.parse(stdout) as Record<string, any>;
}

/** A plan whose file and left-out tables are made into arrays, for tests to search. */
/** Limits for collect() in tests: roomy enough that a test's session is taken whole. */
export const LIMITS: ExportLimits = {
  maxFiles: 300,
  maxFileSize: 10 * 1024 ** 2,
  maxTotalSize: 100 * 1024 ** 2,
  workspaceLimit: 500 * 1024,
  includeWorkspace: true,
};

export type ListedPlan = Omit<ExportPlan, 'files' | 'leftOut'> & { files: PlannedFile[]; leftOut: LeftOut[] };
export const listed = (plan: ExportPlan): ListedPlan => ({
  ...plan,
  files: [...plan.files],
  leftOut: [...plan.leftOut],
});

/**
 * For a permission test run as root (root reads through chmod 000): makes `base` and its
 * ancestors traversable by the user `nobody` (adding o+rx only where missing; /tmp keeps 1777)
 * and returns the options that run the CLI as `nobody`. Returns undefined when not root (run the
 * CLI as is), and 'unreadable' when `nobody` cannot read the CLI (a checkout under a private
 * home): the test cannot exercise permissions here.
 */
export async function asNobody(
  base: string,
): Promise<{ uid: number; gid: number; env: NodeJS.ProcessEnv } | undefined | 'unreadable'> {
  if (process.getuid?.() !== 0) return undefined;
  const probe = spawnSync(
    process.execPath,
    ['-e', `require('fs').accessSync(${JSON.stringify(CLI)}, require('fs').constants.R_OK)`],
    { uid: 65534, gid: 65534 },
  );
  if (probe.status !== 0) return 'unreadable';
  execFileSync('chmod', ['-R', 'a+rX', base]);
  for (let d = path.dirname(base); d !== '/'; d = path.dirname(d)) {
    const mode = statSync(d).mode & 0o7777;
    if ((mode & 0o005) !== 0o005) await chmod(d, mode | 0o005);
  }
  return { uid: 65534, gid: 65534, env: { HOME: base } };
}

/** The message of a permission test skipped by asNobody's 'unreadable'. */
export const NOBODY_SKIP =
  'running as root and the checkout is not readable by the user nobody: permissions cannot be exercised here';
