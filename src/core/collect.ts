import path from 'node:path';
import { mapLimited } from './concurrency.js';
import { UserError } from '../errors.js';
import { base64Length, identityFilter, isBase64Kind, measureFile, type BinaryScanner, type Measured, type TextFilterFactory } from './content.js';
import { createExcludeMatcher } from './excludes.js';
import { listAttempts, type AttemptRef, type Layout } from './layout.js';
import { assignFates, gistBytesOf } from './fates.js';
import { assignNames } from './names.js';
import { PLAN_VERSION, type ExportLimits, type ExportPlan, type LeftOut, type PlannedFile, type PlannedLink, type WorkspaceOverLimit, type WorkspaceOverride } from './plan.js';
import { CancelledError } from '../errors.js';
import { prioritize, type Ranked } from './priority.js';
import type { SessionRef } from './session.js';
import { selectTurns } from './turn-spec.js';
import { describeAttempt, type AttemptInfo } from './turns.js';
import { walkAttempt, type NameScanner, type WalkFile } from './walk.js';

/** Progress of a collection, for the UI to draw (or not). */
export type CollectEvent =
  | { type: 'walked'; files: number; bytes: number }
  | { type: 'measured'; files: number; total: number; bytes: number };

export interface CollectOptions {
  session: SessionRef;
  /** `--turns` (default `all`). */
  turns?: string;
  /** `--attempts` (default `latest`). */
  attempts?: 'latest' | 'all';
  exclude?: readonly string[];
  include?: readonly string[];
  limits: ExportLimits;
  /** The redactor's streaming filter for text; identity when absent. */
  filter?: TextFilterFactory;
  /** The redactor's scanner for binary content: a binary holding a secret is withheld. */
  scanBinary?: BinaryScanner;
  /** Finds file and directory names that hold a secret (left out, shown redacted). */
  scanNames?: NameScanner;
  /** Redacts a string taken from metadata (questions, error messages) before it is shown. */
  redactString?: (s: string) => string;
  /** List every file of a workspace over the limit (`workspacesOverLimit[].files`), for a prompt that lets a person pick. */
  listWorkspaceFiles?: boolean;
  /** Choices made at the workspace-limit prompt, by `turn/agent`. */
  workspaceOverrides?: ReadonlyMap<string, WorkspaceOverride>;
  /** Aborts the collection (Ctrl-C). */
  signal?: AbortSignal;
  onEvent?: (e: CollectEvent) => void;
}

const MEASURE_CONCURRENCY = 8;

/** The attempts chosen for export, with their metadata read. */
export interface Selection {
  layout: Layout;
  availableTurns: number[];
  selectedTurns: number[];
  attempts: AttemptInfo[];
  warnings: string[];
}

/**
 * Chooses the attempts to export: `--turns` over distinct turn numbers (never attempts), then
 * the latest attempt of each turn or all of them, and reads each one's status, question,
 * winner and totals. A bad `--turns` is a usage error naming the real turn count.
 */
export async function selectAttempts(opts: Pick<CollectOptions, 'session' | 'turns' | 'attempts' | 'redactString'>): Promise<Selection> {
  const warnings: string[] = [];
  const { layout, attempts: all } = await listAttempts(opts.session.root);
  let pool: AttemptRef[] = all;
  const only = opts.session.only;
  if (only) {
    pool = all.filter((a) => a.turn === only.turn && (only.attempt === undefined || a.attempt === only.attempt));
    if (pool.length === 0) {
      throw new UserError(`Turn ${only.turn}${only.attempt !== undefined ? ` attempt ${only.attempt}` : ''} has nothing to export in ${opts.session.root}.`);
    }
  }
  const availableTurns = [...new Set(pool.map((a) => a.turn))].sort((a, b) => a - b);
  const selectedTurns = selectTurns(opts.turns ?? 'all', availableTurns);
  const infos: AttemptInfo[] = [];
  for (const turn of selectedTurns) {
    const ofTurn = all.filter((a) => a.turn === turn);
    const candidates = pool.filter((a) => a.turn === turn);
    const chosen = opts.attempts === 'all' || only?.attempt !== undefined ? candidates : candidates.slice(-1);
    for (const a of chosen) {
      const info = await describeAttempt(a, ofTurn.indexOf(a) + 1, ofTurn.length, (m) => warnings.push(m));
      const r = opts.redactString;
      if (r) {
        if (info.question) info.question = r(info.question);
        if (info.error?.message) info.error.message = r(info.error.message);
      }
      infos.push(info);
    }
  }
  return { layout, availableTurns, selectedTurns, attempts: infos, warnings };
}

/**
 * Collects a session into an ExportPlan: finds the attempts, walks them (excluded directories
 * are never entered, symlinks never followed), applies the limits in priority order, reads
 * every file that goes out once (redacting text, hashing, measuring bytes) and decides what is
 * uploaded as its own gist file and what travels in the overflow archive. Writes nothing.
 */
export async function collect(opts: CollectOptions & { selection?: Selection }): Promise<ExportPlan> {
  const { limits } = opts;
  const filter = opts.filter ?? identityFilter;
  const selection = opts.selection ?? await selectAttempts(opts);
  const { layout, availableTurns, selectedTurns, attempts: infos } = selection;
  const warnings = [...selection.warnings];

  const matcher = createExcludeMatcher({ exclude: opts.exclude, include: opts.include });

  // Pass 1: walk (lstat only); each attempt's entries are sorted into files, links and what is left out.
  const leftOut: LeftOut[] = [];
  const leaveOutFile = (rel: string, bytes: number, reason: string): void => {
    leftOut.push({ path: rel, isDir: false, kind: 'file', bytes, reason });
  };
  const links: PlannedLink[] = [];
  const files: WalkFile[] = [];
  const secretFiles: string[] = [];
  let walkedFiles = 0;
  let walkedBytes = 0;
  for (const info of infos) {
    if (opts.signal?.aborted) throw new CancelledError();
    const walked = await walkAttempt(info, {
      root: opts.session.root,
      matcher,
      scanNames: opts.scanNames,
      onEntry: (e) => {
        if (e.type === 'file' || (e.type === 'skipped' && e.kind === 'file')) {
          walkedFiles++;
          walkedBytes += e.type === 'file' ? e.size : e.size ?? 0;
          if (walkedFiles % 500 === 0) opts.onEvent?.({ type: 'walked', files: walkedFiles, bytes: walkedBytes });
        }
      },
    });
    // One by one (never spread into push(): an attempt can hold more entries than a call takes arguments).
    for (const e of walked) {
      if (e.type === 'file') files.push(e);
      else if (e.type === 'link') links.push({ path: e.rel, target: e.target, targetPath: e.targetRel });
      else {
        leftOut.push({ path: e.rel, isDir: e.kind === 'dir', kind: e.kind, bytes: e.size, reason: e.reason });
        if (e.category === 'secret-bearing file' || e.category === 'secret in name') secretFiles.push(e.rel);
      }
    }
  }
  opts.onEvent?.({ type: 'walked', files: walkedFiles, bytes: walkedBytes });

  // Pass 2: limits, in priority order, on on-disk sizes (nothing is read yet).
  const attemptOrder = new Map(infos.map((a, i) => [`${a.turn}/${a.attempt}`, infos.length - 1 - i]));
  const ranked = prioritize(files, attemptOrder);
  const wsUsed = new Map<string, WorkspaceOverLimit>();
  const wsReasons = new Map<string, string>();
  const chosen: Ranked<WalkFile>[] = [];
  let totalEstimate = 0;
  for (const r of ranked) {
    const f = r.file;
    const isWorkspace = r.role.tier === 1 || r.role.tier === 2;
    if (f.size === 0) {
      leaveOutFile(f.rel, 0, 'empty file (GitHub refuses empty files)');
      continue;
    }
    if (isWorkspace && !limits.includeWorkspace) {
      leaveOutFile(f.rel, f.size, 'agent workspace (--no-workspace)');
      continue;
    }
    if (isWorkspace) {
      const key = `${f.turn}/${r.role.agent}`;
      const ws = wsUsed.get(key) ?? { turn: f.turn, agent: r.role.agent!, bytes: 0, keptBytes: 0, leftOutFiles: 0, files: [] };
      wsUsed.set(key, ws);
      ws.bytes += f.size;
      const override = opts.workspaceOverrides?.get(key);
      const kept = override?.mode === 'all' ? true
        : override?.mode === 'none' ? false
          : override?.mode === 'pick' ? override.keep.has(f.rel)
            : ws.keptBytes + f.size <= limits.workspaceLimit;
      if (opts.listWorkspaceFiles) ws.files.push({ path: f.rel, bytes: f.size, kept });
      if (!kept) {
        ws.leftOutFiles++;
        // One reason string per workspace, shared by its files (there can be tens of thousands).
        let reason = wsReasons.get(key);
        if (reason === undefined) {
          reason = override ? `workspace of ${r.role.agent} in turn ${f.turn} ${override.mode === 'none' ? 'dropped' : 'not picked'} at the prompt`
            : `over --workspace-limit for ${r.role.agent} in turn ${f.turn}`;
          wsReasons.set(key, reason);
        }
        leaveOutFile(f.rel, f.size, reason);
        continue;
      }
      ws.keptBytes += f.size;
    }
    const estimate = isBase64Kind(f.rel) ? base64Length(f.size) : f.size;
    if (totalEstimate + estimate > limits.maxTotalSize) {
      leaveOutFile(f.rel, f.size, 'over --max-total-size');
      continue;
    }
    totalEstimate += estimate;
    chosen.push(r);
  }

  // Pass 3: read each chosen file once: kind, exported bytes, sha256, redactions. Each becomes
  // its planned entry (or its reason to be left out) as soon as it is read, so measurements are
  // never all held at once (there can be 100,000); outcomes are taken in priority order below.
  let measuredCount = 0;
  let measuredBytes = 0;
  const fileFindings = new Map<PlannedFile, Measured['findings']>();
  type Outcome = PlannedFile | { leave: string; withheld?: string[] };
  const outcomes = await mapLimited(chosen, MEASURE_CONCURRENCY, async ({ file }): Promise<Outcome> => {
    if (opts.signal?.aborted) throw new CancelledError();
    let m: Measured;
    try {
      m = await measureFile(path.join(opts.session.root, file.rel), file.rel, filter, opts.scanBinary, file.size);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return { leave: code === 'ENOENT' ? 'vanished before it could be read' : `could not be read (${code ?? (err as Error).message})` };
    } finally {
      measuredCount++;
      measuredBytes += file.size;
      if (measuredCount % 100 === 0 || measuredCount === chosen.length) {
        opts.onEvent?.({ type: 'measured', files: measuredCount, total: chosen.length, bytes: measuredBytes });
      }
    }
    if (m.blank) return { leave: 'whitespace-only file (GitHub refuses blank files)' };
    if (m.binarySecrets.length > 0) {
      return { leave: `binary file holding a secret (${m.binarySecrets.join(', ')}) that cannot be redacted in place`, withheld: m.binarySecrets };
    }
    const p: PlannedFile = {
      path: file.rel, turn: file.turn, attempt: file.attempt, kind: m.kind, size: file.size, mtimeMs: file.mtimeMs,
      bytes: m.bytes, sha256: m.sha256, fate: 'upload', redactions: m.redactions,
      // Set below; present from the start so that every entry keeps one shape (no per-object property store).
      name: undefined, gistBytes: undefined, reason: undefined,
    };
    if (m.findings.length > 0) fileFindings.set(p, m.findings);
    return p;
  });
  const withheld: { file: string; rules: string[] }[] = [];
  const planned: PlannedFile[] = [];
  outcomes.forEach((o, i) => {
    if (!('leave' in o)) return void planned.push(o);
    const { file } = chosen[i]!;
    if (o.withheld) withheld.push({ file: file.rel, rules: o.withheld });
    leaveOutFile(file.rel, file.size, o.leave);
  });
  outcomes.length = 0;

  // Pass 4: own gist file or archive.
  const { fates, parts, archiveBound } = assignFates(planned, limits);
  planned.forEach((p, i) => {
    const fate = fates[i];
    if (fate === null) p.gistBytes = gistBytesOf(p);
    else {
      p.fate = 'archive';
      p.reason = fate;
    }
  });
  const up = planned.filter((p) => p.fate === 'upload');
  const names = assignNames(up.map((p) => ({ turn: p.turn, attempt: p.attempt, attemptRel: relToAttempt(p.path, infos, p) })));
  up.forEach((p, i) => (p.name = names[i]));

  const byRule: Record<string, number> = {};
  const byFile: Record<string, Record<string, number>> = {};
  const findings: { file: string; line: number; rule: string }[] = [];
  let total = 0;
  for (const p of planned) {
    if (Object.keys(p.redactions).length === 0) continue;
    byFile[p.path] = p.redactions;
    for (const [rule, n] of Object.entries(p.redactions)) {
      byRule[rule] = (byRule[rule] ?? 0) + n;
      total += n;
    }
    const inFile = [...(fileFindings.get(p) ?? [])].sort((a, b) => a.line - b.line);
    for (const f of inFile) findings.push({ file: p.path, ...f });
  }
  const leftOutFiles = leftOut.filter((l) => l.kind === 'file').length;
  const accounting = {
    walked: walkedFiles,
    uploaded: planned.filter((p) => p.fate === 'upload').length,
    archived: planned.filter((p) => p.fate === 'archive').length,
    leftOut: leftOutFiles,
    excludedDirs: leftOut.filter((l) => l.kind === 'dir').length,
    links: links.length,
    otherEntries: leftOut.filter((l) => l.kind !== 'file' && l.kind !== 'dir').length,
  };
  if (accounting.uploaded + accounting.archived + accounting.leftOut !== accounting.walked) {
    throw new Error(`accounting does not add up: ${JSON.stringify(accounting)}`);
  }

  if (up.length === 0 && planned.length === 0) {
    throw new UserError(`Nothing to export from ${opts.session.id}: every file was left out (${leftOut.length}). Check --turns, --exclude and the limits.`);
  }

  return {
    version: PLAN_VERSION,
    session: { id: opts.session.id, root: opts.session.root, layout },
    availableTurns,
    selectedTurns,
    attempts: infos,
    files: planned,
    links,
    leftOut,
    workspacesOverLimit: [...wsUsed.entries()]
      .filter(([key, w]) => w.leftOutFiles > 0 && !opts.workspaceOverrides?.has(key))
      .map(([, w]) => w)
      .sort((a, b) => a.turn - b.turn || (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0)),
    archiveParts: planned.some((p) => p.fate === 'archive') ? parts : 0,
    archiveBytesEstimate: archiveBound,
    limits,
    walkedFiles,
    accounting,
    redactions: { total, byRule, byFile, findings, withheld, secretFiles },
    warnings,
  };
}

/** The path of a file inside its attempt directory (what its gist name is built from). */
function relToAttempt(rel: string, infos: readonly AttemptInfo[], where: { turn: number; attempt: number }): string {
  const info = infos.find((a) => a.turn === where.turn && a.attempt === where.attempt)!;
  return info.relDir ? rel.slice(info.relDir.length + 1) : rel;
}
