import path from 'node:path';
import { isGistId } from '../core/gist-ref.js';
import { viewerUrl } from '../core/share.js';
import { readRecordsChecked, recordPath, type ShareRecord } from '../adapters/shares-record.js';
import { LOGS_JSON_VERSION, sessionEntry } from '../core/logs/documents.js';
import { runList, type RunFilter, type RunRow } from '../core/logs/run-list.js';
import { logsDirsToList } from '../core/logs/runs.js';
import type { SessionRef } from '../core/session.js';
import { UsageError, UserError } from '../errors.js';
import { count, cut, duration, money } from '../ui/numbers.js';
import { renderTable, type TableTarget } from '../ui/tables.js';
import { terminalSafe } from '../ui/terminal-safe.js';
import type { CommandContext } from './context.js';
import { tableTarget } from './logs-common.js';
import { logsPrinter } from './logs-redaction.js';

export interface LogsListOptions {
  limit?: number;
  analyzed?: boolean;
  unanalyzed?: boolean;
  logsDir?: string;
  json?: boolean;
}

/** The viewer URL of each session's newest share, from the share records beside each logs directory and under ~. */
async function shareLookup(dirs: readonly string[], ctx: CommandContext): Promise<(s: SessionRef) => string | null> {
  const files = [...new Set([...dirs.map((d) => recordPath(d, ctx.home)), recordPath(undefined, ctx.home)])];
  const read = await Promise.all(files.map(readRecordsChecked));
  for (const r of read) if (r.warning) ctx.stderr.write(`Warning: ${terminalSafe(r.warning)}\n`);
  const records: ShareRecord[] = read.flatMap((r) => r.records);
  const when = (r: ShareRecord) => r.updated_at ?? r.created_at ?? '';
  records.sort((a, b) => when(a).localeCompare(when(b)));
  const byRoot = new Map<string, string>();
  const byId = new Map<string, string>();
  for (const r of records) {
    // The Viewer's URL made from the gist's id, as `shares list` makes it: a record's own `viewer_url` may be any link
    // (a project's `.massgen/shares.json` is anyone's: hostile 60).
    if (!isGistId(r.gist_id)) continue;
    const url = viewerUrl(r.gist_id);
    if (typeof r.session_root === 'string') byRoot.set(path.resolve(r.session_root), url);
    if (typeof r.session_id === 'string') byId.set(r.session_id, url);
  }
  return (s) => byRoot.get(s.root) ?? byId.get(s.id) ?? null;
}

const rowEntry = (r: RunRow) => ({
  index: r.index,
  ...sessionEntry(r.session),
  timestamp: r.timestamp,
  turns: r.turns,
  attempts: r.attempts,
  status: r.status,
  duration_seconds: r.durationSeconds,
  cost: r.cost,
  analyzed: r.analyzed,
  question: r.question,
  viewer_url: r.viewerUrl,
  ...(r.problem ? { problem: r.problem } : {}),
});

function renderRuns(rows: readonly RunRow[], target: TableTarget): string {
  const shared = rows.some((r) => r.viewerUrl);
  const head = [
    '#',
    'Timestamp',
    'Turns',
    'Status',
    'Duration',
    'Cost',
    'Analyzed',
    'Question',
    ...(shared ? ['Shared'] : []),
  ];
  const cells = rows.map((r) => [
    String(r.index),
    r.timestamp ?? r.session.id,
    count(r.turns),
    r.status,
    duration(r.durationSeconds),
    money(r.cost),
    r.analyzed ? '✓' : '-',
    cut(r.question, 120),
    ...(shared ? [r.viewerUrl ?? '-'] : []),
  ]);
  return renderTable({ head, rows: cells, right: [0, 2, 4, 5], flex: 7 }, target);
}

function filterOf(opts: LogsListOptions): RunFilter {
  if (opts.analyzed && opts.unanalyzed)
    throw new UsageError('--analyzed and --unanalyzed exclude each other: pass one.');
  return opts.analyzed ? 'analyzed' : opts.unanalyzed ? 'unanalyzed' : 'all';
}

/** `massgen logs list`: the runs in every logs directory we search, newest first. */
export async function runLogsList(opts: LogsListOptions, ctx: CommandContext): Promise<number> {
  const limit = opts.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`Invalid --limit "${opts.limit}": pass a whole number of 1 or more.`);
  const filter = filterOf(opts);
  const { dirs, tried } = await logsDirsToList({ cwd: ctx.cwd, env: ctx.env, home: ctx.home, logsDir: opts.logsDir });
  if (dirs.length === 0)
    throw new UserError(
      `No MassGen logs found (looked in ${tried.join(', ')}). Run from your MassGen project, or pass --logs-dir.`,
    );
  const found = await runList(dirs, { limit, filter, viewerUrlOf: await shareLookup(dirs, ctx) });
  // Redacted as the export redacts: each logs directory's project .env, and what each run's metadata holds.
  const out = await logsPrinter(ctx, [
    ...dirs.map((d) => ({ root: d, id: '', logsDir: d })),
    ...found.rows.map((r) => r.session),
  ]);
  await out.learnFrom(found.rows.flatMap((r) => [r.session.root, ...r.dirs]));
  const { total, rows } = out.redacted(found);
  if (opts.json) {
    out.json({
      version: LOGS_JSON_VERSION,
      command: 'list',
      logs_dirs: dirs,
      filter,
      limit,
      total_runs: total,
      runs: rows.map(rowEntry),
    });
    return 0;
  }
  if (rows.length === 0) {
    out.out(`No ${filter === 'all' ? '' : `${filter} `}runs in ${terminalSafe(dirs.join(', '))}.\n`);
    return 0;
  }
  out.out(renderRuns(rows, tableTarget(ctx)));
  out.note(`${rows.length} of ${total} run${total === 1 ? '' : 's'} in ${terminalSafe(dirs.join(', '))}\n`);
  return 0;
}
