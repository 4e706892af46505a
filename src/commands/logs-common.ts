import path from 'node:path';
import { resolveSession, type SessionRef } from '../core/session.js';
import { summariseSession, type SessionSummary } from '../core/logs/session-summary.js';
import { stylerFor } from '../ui/style.js';
import type { TableTarget } from '../ui/tables.js';
import { jsonTerminalSafe, terminalSafe } from '../ui/terminal-safe.js';
import type { CommandContext } from './context.js';

/** The flags every `massgen logs` subcommand that reads one session shares. */
export interface LogsSessionOptions {
  /** `--log-dir`: a session (name or path), a `turn_N` or an `attempt_M` directory; newest session if omitted. */
  logDir?: string;
  /** `--logs-dir`: where sessions live. */
  logsDir?: string;
  turns?: string;
  attempts?: 'latest' | 'all';
  json?: boolean;
}

/** The session `--log-dir` names, found the way `massgen export [SESSION]` finds its argument. */
export const logsSession = (opts: LogsSessionOptions, ctx: CommandContext): Promise<SessionRef> =>
  resolveSession(opts.logDir, { cwd: ctx.cwd, logsDir: opts.logsDir, env: ctx.env, home: ctx.home });

/** Resolves `--log-dir` and summarises the session over `--turns` / `--attempts`. */
export async function loadSummary(opts: LogsSessionOptions, ctx: CommandContext): Promise<SessionSummary> {
  const session = await logsSession(opts, ctx);
  return summariseSession(session, { turns: opts.turns, attempts: opts.attempts });
}

/** The directory a `--log-dir` names: the attempt or turn when it named one, else the session root. */
export function namedDir(session: SessionRef): string {
  const only = session.only;
  if (!only) return session.root;
  const turn = path.join(session.root, `turn_${only.turn}`);
  return only.attempt === undefined ? turn : path.join(turn, `attempt_${only.attempt}`);
}

/** Tables for stdout: boxed and fitted on a terminal, plain in a pipe; colour unless NO_COLOR. */
export function tableTarget(ctx: CommandContext): TableTarget {
  const out = ctx.stdout as { isTTY?: boolean; columns?: number };
  const tty = Boolean(out.isTTY);
  return { tty, columns: out.columns, style: stylerFor({ isTTY: tty }, ctx.env) };
}

/** Prints one JSON document (control characters as JSON escapes). */
export function writeJson(ctx: CommandContext, doc: unknown): void {
  ctx.stdout.write(`${jsonTerminalSafe(JSON.stringify(doc, null, 2))}\n`);
}

/** Prints warnings on stderr, one line each. */
export function writeWarnings(ctx: CommandContext, warnings: readonly string[]): void {
  for (const w of warnings) ctx.stderr.write(`Warning: ${terminalSafe(w)}\n`);
}
