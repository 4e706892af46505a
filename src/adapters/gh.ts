import { CancelledError, UserError } from '../errors.js';
import { ghIdleMs, ghMaxOutput, ghTimeoutMs, slowNotes } from './gh-limits.js';
import { GhAuthError, GhBrokenError, GhMissingError, GhOutputTooLargeError } from './gh-errors.js';
import { withoutTokens } from './gh-tokens.js';
import { parseAnswer } from './json-keys.js';
import { ByteBudget, runProcess, STDERR_MAX, type ProcessResult } from './gh-process.js';

export { GhAuthError, GhBrokenError, GhMissingError, GhOutputTooLargeError } from './gh-errors.js';

/** A GitHub API call that failed; `status` is undefined when the connection itself failed. */
export class GhApiError extends UserError {
  constructor(
    readonly what: string,
    readonly status: number | undefined,
    readonly detail: string,
    readonly retryAfter?: number,
    /** Stopped for printing nothing (a stalled read): tried twice at most. */
    readonly stalled = false,
  ) {
    super(`${what} failed: ${status ? `HTTP ${status}: ` : ''}${detail}`);
  }
  /** Worth retrying: 5xx, a rate limit (403/429), or a dropped connection. */
  get transient(): boolean {
    if (this.status === undefined) return true;
    if (this.status >= 500) return true;
    return (
      (this.status === 429 || this.status === 403) && (this.retryAfter !== undefined || /rate limit/i.test(this.detail))
    );
  }
}

interface GhResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface GhOptions {
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** Backoff base for retries, ms (Retry-After wins when GitHub sends it). */
  retryBaseMs?: number;
  retries?: number;
  sleep?: (ms: number) => Promise<void>;
  /** How long one gh request may take before it is stopped and counted as failed (transient), ms. */
  timeoutMs?: number;
  /** Told before a wait GitHub asked for (Retry-After), a second or more: the wait, the next try, the tries. */
  onRetry?: (waitMs: number, attempt: number, of: number) => void;
  /** Told while an upload or a change waits for GitHub's answer (every quarter of the timeout, 30 s at most). */
  onSlow?: (what: string, waitedS: number, timeoutS: number) => void;
}

/** The host gh talks to: GH_HOST, else github.com (what `gh auth status --hostname` needs). */
const ghHost = (env: NodeJS.ProcessEnv): string => env.GH_HOST || 'github.com';

/** Parses `gh api -i` output: status line, headers, blank line, body. */
function parseIncluded(stdout: string): GhResponse | null {
  const m = /^HTTP\/[\d.]+ (\d{3})[^\n]*\n/.exec(stdout);
  if (!m) return null;
  const rest = stdout.slice(m[0].length);
  const sep = /\r?\n\r?\n/.exec(rest);
  const headText = sep ? rest.slice(0, sep.index) : rest;
  const headers: Record<string, string> = {};
  for (const line of headText.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return { status: Number(m[1]), headers, body: sep ? rest.slice(sep.index + sep[0].length) : '' };
}

function messageOf(body: string, fallback: string): string {
  try {
    const j = JSON.parse(body) as { message?: string };
    if (j.message) return j.message;
  } catch {
    // not JSON
  }
  return fallback.trim().split('\n').filter(Boolean).pop() ?? 'unknown error';
}

/** The most of one gh answer kept, or a budget several answers share (gh-process.ts). */
type OutputLimit = number | ByteBudget;

/**
 * The transport to GitHub: runs `gh` (gh-process.ts, never a shell) over argv arrays, with a
 * request timeout, retries with backoff for transient failures, and errors classified (gh
 * missing, not logged in, HTTP status, no answer). Works with gh 2.23 (Debian) and current gh:
 * REST calls go through `gh api -i` so that status codes and Retry-After are visible. What is
 * asked of GitHub (the gist paths and bodies) lives in the gist service (gists/service.ts).
 */
export class Gh {
  readonly host: string;
  private readonly retries: number;
  private readonly retryBaseMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  readonly timeoutMs: number;
  private readonly idleMs: number;

  constructor(private readonly opts: GhOptions) {
    this.timeoutMs = opts.timeoutMs ?? ghTimeoutMs(opts.env);
    this.idleMs = ghIdleMs(opts.env, this.timeoutMs);
    this.host = ghHost(opts.env);
    this.retries = opts.retries ?? 3;
    this.retryBaseMs = opts.retryBaseMs ?? Number(opts.env.MASSGEN_SHARE_RETRY_BASE_MS ?? 1000);
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  private async run(
    args: string[],
    extra: { input?: string; cwd?: string; maxOutput?: OutputLimit; read?: boolean; what?: string } = {},
  ) {
    const budget = extra.maxOutput instanceof ByteBudget ? extra.maxOutput : undefined;
    const most = Math.min(
      budget?.bytes ?? (extra.maxOutput as number | undefined) ?? Infinity,
      ghMaxOutput(this.opts.env),
    );
    // An answer that takes long is said on stderr while it waits (hostile 58: an upload's 50 s of silence; hostile 59:
    // a read that trickles in, a byte a second, is never idle).
    const slow = slowNotes(this.opts.onSlow, extra.what, this.timeoutMs);
    const r = await runProcess('gh', args, {
      env: { ...this.opts.env, GH_PROMPT_DISABLED: '1', GH_NO_UPDATE_NOTIFIER: '1', NO_COLOR: '1', CLICOLOR: '0' },
      input: extra.input ?? '',
      cwd: extra.cwd,
      signal: this.opts.signal,
      // A request that never answers must not hang the export: gh is stopped, and the
      // failure is transient (retried, then cleaned up).
      timeout: this.timeoutMs,
      ...(extra.read ? { idle: this.idleMs } : {}),
      maxBuffer: most,
      budget,
    });
    clearInterval(slow);
    if (r.code === 'ENOENT') throw new GhMissingError();
    return { ...r, stderr: withoutTokens(String(r.stderr), this.opts.env), maxOutput: most };
  }

  private check(result: Partial<ProcessResult> & { maxOutput?: number }, what = 'Running gh', read = false): void {
    if (result.isCanceled || this.opts.signal?.aborted) throw new CancelledError();
    if (result.overflowed) throw new GhOutputTooLargeError(what, result.maxOutput ?? 0);
    if (result.noisy)
      throw new GhBrokenError({
        stderr: '',
        why: `it printed over ${STDERR_MAX / 1024 / 1024} MiB of messages; unset GH_DEBUG if it is set`,
      });
    if (result.code === 'ENOENT') throw new GhMissingError();
    // A read that came a byte at a time to the timeout (hostile 59): as slow when tried again, so tried twice at most.
    const got = Buffer.byteLength(String(result.stdout ?? ''));
    if (result.timedOut && read && got > 0) {
      const detail = `GitHub answered too slowly (${got} bytes in ${this.timeoutMs / 1000} s, the request timeout; MASSGEN_GH_TIMEOUT=SECONDS waits longer)`;
      throw new GhApiError(what, undefined, detail, undefined, true);
    }
    if (result.timedOut) {
      throw new GhApiError(
        what,
        undefined,
        `no answer within ${this.timeoutMs / 1000} s (the request timeout; raise it with MASSGEN_GH_TIMEOUT=SECONDS)`,
      );
    }
    if (result.stalled) {
      const detail = `GitHub stopped answering (nothing for ${this.idleMs / 1000} s; MASSGEN_GH_IDLE=SECONDS waits longer)`;
      throw new GhApiError(what, undefined, detail, undefined, true);
    }
    if (result.exitCode === 4) throw new GhAuthError(this.host);
  }

  /** `gh --version`: proves gh is installed. */
  async version(): Promise<string> {
    const r = await this.run(['--version']);
    this.check(r);
    if (r.exitCode !== 0) throw new GhBrokenError(r);
    return /gh version (\S+)/.exec(String(r.stdout))?.[1] ?? 'unknown';
  }

  /** `gh auth status --hostname HOST`: a working login for the host gists go to. */
  async authStatus(): Promise<void> {
    const r = await this.run(['auth', 'status', '--hostname', this.host]);
    this.check(r, 'Checking the GitHub login');
    if (r.signal !== undefined || (r.exitCode === undefined && r.code !== undefined)) throw new GhBrokenError(r);
    // gh 2.23 fails the check for a token without `repo` and `read:org` (hostile 58: a fine token for gists was told
    // "Not logged in" by `shares list` and `delete`): only the `gist` scope matters here.
    const missing = /missing required scopes? ([^\n]*)/i.exec(String(r.stderr))?.[1];
    if (
      r.exitCode !== 0 &&
      missing !== undefined &&
      !/gist/i.test(missing) &&
      !/not logged|no longer valid/i.test(r.stderr)
    )
      return;
    if (r.exitCode !== 0) {
      const detail = String(r.stderr)
        .split('\n')
        .map((l) => l.trim().replace(/^[X✓-]\s*/, ''))
        .find((l) => /not logged|no longer valid|authentication failed|token/i.test(l));
      // Only on gh's own word (a broken gh says nothing of the kind, and is told apart by `--version`).
      if (detail !== undefined && /authentication failed/i.test(detail)) await this.outage();
      throw new GhAuthError(this.host, detail?.replace(/\.$/, ''));
    }
  }

  /**
   * Throws GitHub's own failure when it answers an API request with a server error or not at all: gh's `auth status`
   * says "authentication failed" for that too (attack S4: every endpoint answering 500 read as "Not logged in").
   */
  private async outage(): Promise<void> {
    try {
      await this.apiOnce('GET', 'user', 'Checking the GitHub login');
    } catch (err) {
      if (err instanceof GhApiError && (err.status === undefined || err.status >= 500)) throw err;
    }
  }

  /**
   * One REST call through `gh api -i`, retried with backoff when the failure is transient; `maxOutput`: the most of
   * gh's output (headers and body) kept, past which gh is stopped and the call fails (GhOutputTooLargeError); or a
   * budget shared with other calls, taken from as the output arrives.
   */
  async api(method: string, path: string, what: string, body?: string, maxOutput?: OutputLimit): Promise<GhResponse> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.apiOnce(method, path, what, body, maxOutput);
      } catch (err) {
        // A DELETE tried again after an answer was lost: its 404 says the first one did it (hostile 60).
        if (method === 'DELETE' && attempt > 0 && err instanceof GhApiError && err.status === 404)
          return { status: 204, headers: {}, body: '' };
        if (!(err instanceof GhApiError) || !err.transient) throw err;
        // The last try's failure says how many there were (4 requests of 120 s each are 8 minutes, not 120 s).
        if (attempt >= (err.stalled ? Math.min(1, this.retries) : this.retries))
          throw attempt === 0 ? err : new GhApiError(err.what, err.status, `${err.detail}; ${attempt + 1} tries`);
        const wait =
          err.retryAfter !== undefined ? Math.min(err.retryAfter, 60) * 1000 : this.retryBaseMs * 2 ** attempt;
        if (err.retryAfter !== undefined && wait >= 1000) this.opts.onRetry?.(wait, attempt + 2, this.retries + 1);
        await this.sleep(wait);
      }
    }
  }

  private async apiOnce(
    method: string,
    path: string,
    what: string,
    body?: string,
    maxOutput?: OutputLimit,
  ): Promise<GhResponse> {
    // Paths are built from GitHub's answers too (a gist id from a listing, the URL gh printed):
    // one that climbs out of its endpoint (`gists/x/../../user/keys/1`) or reads as a flag is refused.
    if (
      !/^https?:\/\//.test(path) &&
      (path.startsWith('-') || /(^|\/)\.{1,2}(\/|$)|%2e|%2f|\\/i.test(path.split('?')[0]!))
    ) {
      throw new UserError(
        `${what} failed: refused the API path ${JSON.stringify(path)} (GitHub's answer named an id that is not one)`,
      );
    }
    const args = ['api', '-i', '-X', method, path, ...(body !== undefined ? ['--input', '-'] : [])];
    const read = method === 'GET' && body === undefined;
    const r = await this.run(args, { input: body, maxOutput, read, what });
    this.check(r, what, read);
    const parsed = parseIncluded(String(r.stdout));
    if (!parsed) throw new GhApiError(what, undefined, messageOf('', String(r.stderr) || 'no response'));
    // GitHub's message, shown in the error: without the token, as gh's stderr is (run).
    const message = (fallback: string): string => withoutTokens(messageOf(parsed.body, fallback), this.opts.env);
    if (parsed.status === 401) throw new GhAuthError(this.host, message('Bad credentials'));
    if (parsed.status >= 400) {
      const retry = parsed.headers['retry-after'];
      throw new GhApiError(
        what,
        parsed.status,
        message(String(r.stderr)),
        retry !== undefined && /^\d+$/.test(retry) ? Number(retry) : undefined,
      );
    }
    return parsed;
  }

  /** `gh api` returning parsed JSON (null for none); an answer too large to parse is refused (json-keys.ts). */
  async json<T>(method: string, path: string, what: string, body?: unknown): Promise<T> {
    const r = await this.api(method, path, what, body === undefined ? undefined : JSON.stringify(body));
    return parseAnswer(r.body, what, null) as T;
  }

  /** Runs any other gh command (such as `gh gist create`) in `cwd`; a failure is classified with `failure`. */
  async command(
    args: readonly string[],
    what: string,
    cwd?: string,
  ): Promise<{ exitCode: number | undefined; stdout: string; stderr: string }> {
    const r = await this.run([...args], { cwd, what });
    this.check(r, what);
    return { exitCode: r.exitCode, stdout: String(r.stdout), stderr: String(r.stderr) };
  }

  /** The error a failed gh command reported on stderr: a refused token, or an HTTP status gh printed. */
  failure(stderr: string, what: string, fallback: string): Error {
    if (/HTTP 401|gh auth login/i.test(stderr)) return new GhAuthError(this.host, 'GitHub refused the token');
    const status = /HTTP (\d{3})/.exec(stderr);
    const detail =
      stderr
        .split('\n')
        .map((l) => l.replace(/^X\s*/, '').trim())
        .filter(Boolean)
        .pop() ?? fallback;
    return new GhApiError(
      what,
      status ? Number(status[1]) : undefined,
      detail.replace(/^Failed to create gist:\s*(HTTP \d{3}:\s*)?/, ''),
    );
  }
}
