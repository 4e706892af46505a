import path from 'node:path';
import { resolveSession, type SessionRef } from '../core/session.js';
import { distinctName } from '../core/redact/printed-names.js';
import { summariseSession, type SessionSummary } from '../core/logs/session-summary.js';
import { stylerFor } from '../ui/style.js';
import type { TableTarget } from '../ui/tables.js';
import type { CommandContext } from './context.js';
import { logsPrinter, type LogsPrinter } from './logs-redaction.js';

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

/** A summary as read (`raw`: its paths are the files'), its redacted copy (`s`, to print), and the printer. */
interface LoadedSummary {
  raw: SessionSummary;
  s: SessionSummary;
  out: LogsPrinter;
}

/**
 * Resolves `--log-dir` and summarises the session over `--turns` / `--attempts`; the printer has learned the values of
 * the selected attempts' metadata, and the copy to print is redacted with them.
 */
export async function loadSummary(opts: LogsSessionOptions, ctx: CommandContext): Promise<LoadedSummary> {
  const session = await logsSession(opts, ctx);
  const out = await logsPrinter(ctx, [session]);
  const raw = await summariseSession(session, { turns: opts.turns, attempts: opts.attempts });
  await out.learnFrom([session.root, ...raw.attempts.map((a) => a.info.dir)]);
  const s = out.redacted(raw);
  // Two tools whose names redact to the same text stay two rows, told apart (`[REDACTED:…] #2`).
  const used = new Set<string>();
  for (const t of s.tools.byTool) t.name = distinctName(t.name, used);
  return { raw, s, out };
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
