/**
 * gh's limits: the most of one answer kept, the request timeout and a read's idle time, each from its environment
 * variable (a bad value is a usage error naming it).
 */
import { constants as bufferConstants } from 'node:buffer';
import { UsageError } from '../errors.js';
import { terminalSafe } from '../ui/terminal-safe.js';

/**
 * The most of one gh answer kept (512 MiB, less than the longest string Node makes); `MASSGEN_SHARE_GH_MAX_OUTPUT`
 * (bytes) lowers it. An answer past it is an error, never used cut short.
 */
export function ghMaxOutput(env: NodeJS.ProcessEnv): number {
  const most = Math.min(512 * 1024 * 1024, bufferConstants.MAX_STRING_LENGTH - 1024);
  const given = Number(env.MASSGEN_SHARE_GH_MAX_OUTPUT);
  return Number.isSafeInteger(given) && given > 0 ? Math.min(given, most) : most;
}

/** The default request timeout: 120 s, enough for an 8 MiB batch on a 1 Mbit/s uplink. */
const GH_TIMEOUT_DEFAULT_S = 120;
/**
 * How long a read (a GET: a listing, a gist, a raw file) may go without a byte before it is stopped as stalled: GitHub
 * answers a read within seconds and streams it; an upload's answer may take its whole timeout to come. Tried twice.
 * `MASSGEN_GH_IDLE` (seconds) sets it.
 */
const GH_IDLE_READ_S = 15;

/** The idle time of a read from `MASSGEN_GH_IDLE` (seconds), else the default; in ms, at most the request timeout. */
export function ghIdleMs(env: NodeJS.ProcessEnv, timeoutMs: number): number {
  const given = env.MASSGEN_GH_IDLE?.trim();
  const ms = given ? Math.round(Number(given) * 1000) : GH_IDLE_READ_S * 1000;
  if (!(ms >= 1))
    throw new UsageError(
      `MASSGEN_GH_IDLE=${terminalSafe(given!.slice(0, 40))} is not a time: give seconds of at least 0.001 (the default is ${GH_IDLE_READ_S}), or unset it.`,
    );
  return Math.min(ms, timeoutMs);
}

/** The longest timer Node keeps (2^31-1 ms, about 24.8 days; past it Node warns and fires after 1 ms). */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * The request timeout from `MASSGEN_GH_TIMEOUT` (seconds, decimals allowed; longer than Node's longest timer, or
 * Infinity, is that timer), else the default; in ms. A value that is no number or under 1 ms is a usage error.
 */
export function ghTimeoutMs(env: NodeJS.ProcessEnv): number {
  const given = env.MASSGEN_GH_TIMEOUT?.trim();
  if (!given) return GH_TIMEOUT_DEFAULT_S * 1000;
  const ms = Math.round(Number(given) * 1000);
  if (!(ms >= 1))
    throw new UsageError(
      `MASSGEN_GH_TIMEOUT=${terminalSafe(given.slice(0, 40))} is not a timeout: give seconds of at least 0.001 (the default is ${GH_TIMEOUT_DEFAULT_S}), or unset it.`,
    );
  return Math.min(ms, LONGEST_TIMER_MS);
}

/**
 * Calls `onSlow` every quarter of the request timeout (30 s at most) while a request waits; the timer to clear, or
 * undefined when nothing is told.
 */
export function slowNotes(
  onSlow: ((what: string, waitedS: number, timeoutS: number) => void) | undefined,
  what: string | undefined,
  timeoutMs: number,
): NodeJS.Timeout | undefined {
  if (onSlow === undefined || what === undefined) return undefined;
  const started = Date.now();
  const every = Math.min(30_000, timeoutMs / 4);
  return setInterval(() => onSlow(what, Math.round((Date.now() - started) / 1000), timeoutMs / 1000), every);
}
