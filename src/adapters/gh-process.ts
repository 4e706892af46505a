/**
 * Runs one gh process (never through a shell) and collects what it printed: Node's own spawn,
 * no library. execa did the same for us, but loading it cost 90-120 ms of every gh command's
 * start-up on this machine (a share waits for it before gh's checks can start).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export interface ProcessResult {
  /** The exit code; undefined when the process did not start or was killed. */
  exitCode: number | undefined;
  stdout: string;
  stderr: string;
  /** The error code when the process did not start (ENOENT: not installed). */
  code?: string;
  /** The signal that ended the process (SIGSEGV: it crashed; SIGTERM/SIGKILL also from a timeout or an abort). */
  signal?: string;
  /** Stopped by the abort signal. */
  isCanceled: boolean;
  /** Stopped because it ran past the timeout. */
  timedOut: boolean;
  /** Stopped because it printed nothing for the idle time (a stalled answer). */
  stalled: boolean;
  /** Stopped because stdout passed maxBuffer (or would not fit in a string): stdout is cut short, never whole. */
  overflowed: boolean;
  /** Stopped because stderr passed STDERR_MAX (stderr: its first STDERR_KEPT bytes). */
  noisy: boolean;
}

/**
 * What a process may print on stderr: its first STDERR_KEPT bytes are kept (gh's messages: a few lines), and past
 * STDERR_MAX it is stopped. A gh printing there without end was held whole (attack 55: 0.9 to 1.7 GB in 1 to 3 s); gh
 * with GH_DEBUG=api prints the bodies it sends there (an 8 MiB batch: some 16 MiB), and runs.
 */
const STDERR_KEPT = 1024 * 1024;
export const STDERR_MAX = 64 * 1024 * 1024;

interface ProcessOptions {
  /** The whole environment (nothing is added from this process's). */
  env: NodeJS.ProcessEnv;
  input?: string;
  cwd?: string;
  signal?: AbortSignal;
  /** Stop the process after this many ms (SIGTERM, then SIGKILL 2 s later). */
  timeout?: number;
  /** Stop the process once it has printed nothing (stdout or stderr) for this many ms. */
  idle?: number;
  /** Stop the process once stdout passes this many bytes. */
  maxBuffer?: number;
  /** Bytes several processes may print together: each one's stdout is taken from it as it arrives (ByteBudget). */
  budget?: ByteBudget;
}

/**
 * What several processes may print together (the parts of one download): each chunk is taken from it as it arrives,
 * and the process whose chunk overdraws it is stopped as if it passed its own maxBuffer. Its bytes stay taken: the
 * process that overdrew ends the whole download.
 */
export class ByteBudget {
  left: number;

  constructor(readonly bytes: number) {
    this.left = bytes;
  }

  /** Takes `n` bytes; false once more was taken than there was. */
  take(n: number): boolean {
    this.left -= n;
    return this.left >= 0;
  }
}

/** The output as text; null past the longest string Node can make (ERR_STRING_TOO_LONG): as cut short as maxBuffer. */
function text(b: Buffer[]): string | null {
  try {
    return Buffer.concat(b).toString('utf8');
  } catch {
    return null;
  }
}

/**
 * The process groups running: a group does not receive the terminal's Ctrl-C, so one still running when this process
 * exits (a second Ctrl-C exits at once) is stopped then.
 */
const running = new Set<number>();
let exitHook = false;
function track(pid: number | undefined): void {
  if (pid === undefined) return;
  running.add(pid);
  if (exitHook) return;
  exitHook = true;
  process.on('exit', () => {
    for (const p of running)
      try {
        process.kill(-p, 'SIGKILL');
      } catch {
        // Already gone.
      }
  });
}

/**
 * Spawns `cmd args` in its own process group: a `gh` on PATH may be a wrapper script that runs the real gh as its
 * child; stopping the wrapper alone left the real gh running and holding the output pipes open (attack 35: the
 * timeout never ended the command). `signalAll` signals the whole group; the group is forgotten once it exits.
 */
function spawnGroup(
  cmd: string,
  args: readonly string[],
  opts: ProcessOptions,
): { child: ChildProcessWithoutNullStreams; signalAll: (sig: NodeJS.Signals) => void } {
  const group = process.platform !== 'win32';
  const child = spawn(cmd, [...args], {
    env: opts.env,
    cwd: opts.cwd,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: group,
  });
  if (group) track(child.pid);
  child.on('close', () => {
    if (child.pid !== undefined) running.delete(child.pid);
  });
  const signalAll = (sig: NodeJS.Signals): void => {
    try {
      if (group && child.pid !== undefined) process.kill(-child.pid, sig);
      else child.kill(sig);
    } catch {
      child.kill(sig);
    }
  };
  return { child, signalAll };
}

/** How long the pipes of a process that exited may stay open before its answer is taken as it stands. */
const EXIT_GRACE_MS = 1000;

/**
 * A process that exited while something it started still holds its pipes (a wrapper's real gh, a child that ignored
 * the signal): a moment after it exited, what is left of its group is killed, and `close` then comes with all it
 * printed; a holder outside the group (one that left it) is let go a moment later, and the answer taken as it stands
 * (`then`).
 */
function afterExit(
  child: ChildProcessWithoutNullStreams,
  signalAll: (sig: NodeJS.Signals) => void,
  then: (exitCode: number | undefined, signal: string | undefined) => void,
): void {
  child.on('exit', (exitCode, signal) => {
    setTimeout(() => {
      signalAll('SIGKILL');
      setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
        then(exitCode ?? undefined, signal ?? undefined);
      }, EXIT_GRACE_MS).unref();
    }, EXIT_GRACE_MS).unref();
  });
}

/**
 * What a process prints, kept as it arrives: stdout up to maxBuffer and the budget, stderr up to STDERR_MAX; `stop` is
 * called once either passes (stdout is then dropped, never given cut short).
 */
class Output {
  readonly out: Buffer[] = [];
  readonly err: Buffer[] = [];
  overflowed = false;
  noisy = false;
  private outBytes = 0;
  private errBytes = 0;

  constructor(
    child: ChildProcessWithoutNullStreams,
    private readonly opts: ProcessOptions,
    private readonly stop: () => void,
    onData: () => void = () => {},
  ) {
    child.stdout.on('data', (d: Buffer) => {
      onData();
      this.stdout(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      onData();
      this.stderr(d);
    });
  }

  private stdout(d: Buffer): void {
    this.outBytes += d.length;
    if (this.overflowed) return;
    const overdrawn = this.opts.budget !== undefined && !this.opts.budget.take(d.length);
    if (overdrawn || (this.opts.maxBuffer !== undefined && this.outBytes > this.opts.maxBuffer)) {
      this.overflowed = true;
      this.out.length = 0;
      this.stop();
    } else this.out.push(d);
  }

  private stderr(d: Buffer): void {
    this.errBytes += d.length;
    if (this.noisy) return;
    if (this.errBytes > STDERR_MAX) {
      this.noisy = true;
      this.stop();
    } else if (this.errBytes - d.length < STDERR_KEPT) this.err.push(d);
  }
}

/** Runs `cmd args`; never rejects: a process that did not start has `code` set. */
export function runProcess(cmd: string, args: readonly string[], opts: ProcessOptions): Promise<ProcessResult> {
  return new Promise((resolve) => {
    let timedOut = false;
    let stalled = false;
    let isCanceled = false;
    let settled = false;
    let killer: NodeJS.Timeout | undefined;
    const { child, signalAll } = spawnGroup(cmd, args, opts);
    const stop = (): void => {
      signalAll('SIGTERM');
      killer ??= setTimeout(() => signalAll('SIGKILL'), 2000);
    };
    // Restarted by every chunk the process prints: a stalled answer stops it (hostile 58: a raw download that sent
    // one byte of a thousand, then nothing, held `shares pull` until the request timeout, retried: minutes).
    let idler: NodeJS.Timeout | undefined;
    const idle = (): void => {
      if (opts.idle === undefined || settled) return;
      clearTimeout(idler);
      idler = setTimeout(() => {
        stalled = true;
        stop();
      }, opts.idle);
    };
    idle();
    const output = new Output(child, opts, stop, idle);
    const timer =
      opts.timeout !== undefined
        ? setTimeout(() => {
            timedOut = true;
            stop();
          }, opts.timeout)
        : undefined;
    const onAbort = (): void => {
      isCanceled = true;
      stop();
    };
    if (opts.signal?.aborted) onAbort();
    else opts.signal?.addEventListener('abort', onAbort, { once: true });
    const settle = (exitCode: number | undefined, code?: string, signal?: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(idler);
      clearTimeout(killer);
      // Stopped: what is left of its group (a child that ignored SIGTERM) is stopped for good.
      if (killer !== undefined) signalAll('SIGKILL');
      opts.signal?.removeEventListener('abort', onAbort);
      const stdout = output.overflowed ? null : text(output.out);
      const overflowed = output.overflowed || stdout === null;
      const [stderr, noisy] = [text(output.err) ?? '', output.noisy];
      const r = { exitCode, stdout: stdout ?? '', stderr, code, signal, isCanceled, timedOut, stalled, overflowed };
      resolve({ ...r, noisy });
    };
    // gh may exit before reading its input (EPIPE): what it printed says what happened.
    child.stdin.on('error', () => {});
    child.stdin.end(opts.input ?? '');
    child.on('error', (e: NodeJS.ErrnoException) => settle(undefined, e.code ?? 'ERROR'));
    child.on('close', (exitCode, signal) => settle(exitCode ?? undefined, undefined, signal ?? undefined));
    afterExit(child, signalAll, (exitCode, signal) => settle(exitCode, undefined, signal));
  });
}
