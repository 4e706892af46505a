import { spawn, spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { CLI, cliEnv, REPO } from './env.js';

/** A key to send once the screen shows `when` (matched on the text after the previous step's match). */
export interface PtyStep {
  when: RegExp;
  send: string;
}

export interface PtyResult {
  code: number | null;
  /** Everything the terminal received, escape sequences included (stdout and stderr together). */
  raw: string;
  /** The same without escape sequences. */
  text: string;
}

/** Why the terminal tests cannot run here (no util-linux `script`: Debian's bsdutils), or false. */
export const PTY_SKIP: string | false = spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout?.includes(
  'util-linux',
)
  ? false
  : 'util-linux script (Debian: bsdutils) is needed to give the CLI a pseudo-terminal';

export const KEYS = { down: '\u001b[B', up: '\u001b[A', enter: '\r', ctrlC: '\u0003', space: ' ' } as const;

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Runs the real CLI (dist/bin/cli.js, in a child process with its own HOME and TMPDIR) on a
 * pseudo-terminal made by util-linux `script`, of `rows` × `cols`, and types each step's keys
 * once its prompt is on the screen: the prompts render and read keys as they do for a person.
 */
export function runInPty(
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; rows?: number; cols?: number; steps: PtyStep[]; timeoutMs?: number },
): Promise<PtyResult> {
  const command = `stty rows ${opts.rows ?? 24} cols ${opts.cols ?? 100}; exec ${[process.execPath, CLI, ...args].map(quote).join(' ')}`;
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd: opts.cwd ?? REPO,
      env: cliEnv(opts.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let raw = '';
    let from = 0;
    const steps = [...opts.steps];
    const onData = (d: string): void => {
      raw += d;
      const step = steps[0];
      if (!step) return;
      const seen = stripVTControlCharacters(raw.slice(from));
      if (!step.when.test(seen)) return;
      steps.shift();
      from = raw.length;
      child.stdin.write(step.send);
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, raw, text: stripVTControlCharacters(raw) });
    });
  });
}
