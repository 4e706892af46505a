import path from 'node:path';
import { forEachLimited, yielder } from './concurrency.js';
import { UserError } from '../errors.js';
import { base64Length, identityFilter, isBase64Kind, measureFile, type BinaryScanner, type Measured, type TextFilterFactory } from './content.js';
import { createExcludeMatcher } from './excludes.js';
import { listAttempts, type AttemptRef, type Layout } from './layout.js';
import { assignPlacement } from './placement.js';
import { assignNames } from './names.js';
import { PLAN_VERSION, type ExportLimits, type ExportPlan, type PlannedLink, type WorkspaceOverLimit, type WorkspaceOverride } from './plan.js';
import { CancelledError } from '../errors.js';
import { prioritize } from './priority.js';
import type { SessionRef } from './session.js';
import { selectTurns } from './turn-spec.js';
import { describeAttempt, type AttemptInfo } from './turns.js';
import { LeftOutTable, PlannedTable, WalkTable } from './plan-store/index.js';
import { walkAttempt, type NameScanner } from './walk.js';
import { containsAny, HARVEST_TOTAL, isConfigLike, readCapped, type Learning } from './redact/learned.js';

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
  /**
   * Learned values (learned.ts): the values of secret-bearing files left out are learned first,
   * config-like files are measured before the rest, and files measured before a value was
   * learned are measured again if they hold it.
   */
  learning?: Learning;
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
 * uploaded as its own gist file and what travels in the overflow archive. Writes nothing. What
 * it learns of each file is kept in compact tables (tables.ts), never as an object per file.
 */
export async function collect(opts: CollectOptions & { selection?: Selection }): Promise<ExportPlan> {
  const { limits } = opts;
  const filter = opts.filter ?? identityFilter;
  const selection = opts.selection ?? await selectAttempts(opts);
  const { layout, availableTurns, selectedTurns, attempts: infos } = selection;
  const warnings = [...selection.warnings];
  const root = opts.session.root;

  const matcher = createExcludeMatcher({ exclude: opts.exclude, include: opts.include });

  // Pass 1: walk (lstat only): regular files, links, and what is left out.
  const walked = new WalkTable(infos);
  const leftOut = new LeftOutTable(walked);
  const links: PlannedLink[] = [];
  const secretFiles: string[] = [];
  let walkedFiles = 0;
  let walkedBytes = 0;
  const counted = (bytes: number): void => {
    walkedFiles++;
    walkedBytes += bytes;
    if (walkedFiles % 500 === 0) opts.onEvent?.({ type: 'walked', files: walkedFiles, bytes: walkedBytes });
  };
  for (let a = 0; a < infos.length; a++) {
    if (opts.signal?.aborted) throw new CancelledError();
    const info = infos[a]!;
    const cut = info.relDir ? info.relDir.length + 1 : 0;
    await walkAttempt(info, {
      root,
      matcher,
      scanNames: opts.scanNames,
      sink: {
        dir: (rel) => walked.addDir(rel, a, cut),
        file: (dir, name, size, mtimeMs) => {
          walked.addFile(dir, name, size, mtimeMs);
          counted(size);
        },
        skipped: (dir, name, why) => {
          leftOut.add(dir, name, why.kind, why.size, why.reason);
          if (why.kind === 'file') counted(why.size ?? 0);
          if (why.category === 'secret-bearing file' || why.category === 'secret in name') secretFiles.push(walked.path(dir, name));
        },
        link: (dir, name, target, targetRel) => {
          links.push({ path: walked.path(dir, name), target, targetPath: targetRel });
        },
      },
    });
  }
  opts.onEvent?.({ type: 'walked', files: walkedFiles, bytes: walkedBytes });

  // Pass 2: limits, in priority order, on on-disk sizes (nothing is read yet).
  const { order, roles } = prioritize(walked, infos.map((_, i) => infos.length - 1 - i));
  // An agent's workspace in a turn, with what the prompt chose for it and why its files are left
  // out (one reason string shared by them all: there can be tens of thousands), looked up once
  // per directory.
  type Workspace = { ws: WorkspaceOverLimit; override: WorkspaceOverride | undefined; reason: string | undefined };
  const wsByKey = new Map<string, Workspace>();
  const wsByDir = new Map<number, Workspace>();
  const chosen: number[] = [];
  // Config-like files left out by a limit still teach their values (learned.ts).
  const limitedConfig: number[] = [];
  const limited = (i: number): void => {
    if (opts.learning && isConfigLike(walked.fileName[i]!)) limitedConfig.push(i);
  };
  let totalEstimate = 0;
  for (const i of order) {
    const size = walked.fileSize[i]!;
    const role = roles[i]!;
    const isWorkspace = role.tier === 1 || role.tier === 2;
    if (size === 0) {
      leftOut.addFile(i, 'empty file (GitHub refuses empty files)');
      continue;
    }
    if (isWorkspace && !limits.includeWorkspace) {
      leftOut.addFile(i, 'agent workspace (--no-workspace)');
      limited(i);
      continue;
    }
    if (isWorkspace) {
      const dir = walked.fileDir[i]!;
      let entry = wsByDir.get(dir);
      if (!entry) {
        const { turn } = walked.fileAttempt(i);
        const key = `${turn}/${role.agent}`;
        entry = wsByKey.get(key);
        if (!entry) {
          entry = { ws: { turn, agent: role.agent!, bytes: 0, keptBytes: 0, leftOutFiles: 0, files: [] }, override: opts.workspaceOverrides?.get(key), reason: undefined };
          wsByKey.set(key, entry);
        }
        wsByDir.set(dir, entry);
      }
      const { ws, override } = entry;
      ws.bytes += size;
      const kept = override?.mode === 'all' ? true
        : override?.mode === 'none' ? false
          : override?.mode === 'pick' ? override.keep.has(walked.filePath(i))
            : ws.keptBytes + size <= limits.workspaceLimit;
      if (opts.listWorkspaceFiles) ws.files.push({ path: walked.filePath(i), bytes: size, kept });
      if (!kept) {
        ws.leftOutFiles++;
        entry.reason ??= override ? `workspace of ${ws.agent} in turn ${ws.turn} ${override.mode === 'none' ? 'dropped' : 'not picked'} at the prompt`
          : `over --workspace-limit for ${ws.agent} in turn ${ws.turn}`;
        leftOut.addFile(i, entry.reason);
        limited(i);
        continue;
      }
      ws.keptBytes += size;
    }
    const estimate = isBase64Kind(walked.fileName[i]!) ? base64Length(size) : size;
    if (totalEstimate + estimate > limits.maxTotalSize) {
      leftOut.addFile(i, 'over --max-total-size');
      limited(i);
      continue;
    }
    totalEstimate += estimate;
    chosen.push(i);
  }

  // Pass 3: read each chosen file once: kind, exported bytes, sha256, redactions. Each lands in
  // its slot of the planned table as soon as it is read (there can be 100,000); what cannot go
  // out is noted by slot and left out below, in priority order.
  let measuredCount = 0;
  let measuredBytes = 0;
  const planned = new PlannedTable(walked, chosen.length);
  const cannot = new Map<number, { leave: string; withheld?: string[] }>();
  const maybeYield = yielder();
  const learning = opts.learning;
  // The number of values learned when each slot's measurement began (learned values only grow).
  const seenAt = learning ? new Int32Array(chosen.length) : null;
  const measureSlot = async (slot: number, again: boolean): Promise<void> => {
    const pause = maybeYield();
    if (pause) await pause;
    if (opts.signal?.aborted) throw new CancelledError();
    const file = chosen[slot]!;
    const rel = walked.filePath(file);
    const size = walked.fileSize[file]!;
    if (seenAt) seenAt[slot] = learning!.version();
    let m: Measured;
    try {
      m = await measureFile(path.join(root, rel), rel, filter, opts.scanBinary, size);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      cannot.set(slot, { leave: code === 'ENOENT' ? 'vanished before it could be read' : `could not be read (${code ?? (err as Error).message})` });
      return;
    } finally {
      if (!again) {
        measuredCount++;
        measuredBytes += size;
        if (measuredCount % 100 === 0 || measuredCount === chosen.length) {
          opts.onEvent?.({ type: 'measured', files: measuredCount, total: chosen.length, bytes: measuredBytes });
        }
      }
    }
    cannot.delete(slot);
    if (m.blank) cannot.set(slot, { leave: 'whitespace-only file (GitHub refuses blank files)' });
    else if (m.binarySecrets.length > 0) {
      cannot.set(slot, { leave: m.withheldReason ?? `binary file holding a secret (${m.binarySecrets.join(', ')}) that cannot be redacted in place`, withheld: m.binarySecrets });
    } else planned.set(slot, file, m);
  };
  if (learning) learning.active(true);
  try {
    if (learning) {
    // Secret-bearing files that are left out (`.env*`, `credentials.json`, ...) still teach their values.
    // So do config-like files left out by a limit (up to HARVEST_TOTAL bytes of them).
    let harvested = 0;
    for (const rel of [...secretFiles, ...limitedConfig.map((i) => walked.filePath(i))]) {
      if (harvested > HARVEST_TOTAL) break;
      const text = readCapped(path.join(root, rel));
      if (text === null) continue;
      harvested += text.length;
      learning.harvest(rel, text);
    }
    // Config-like files first (their key names name most secrets), then the rest.
    const first: number[] = [];
    const rest: number[] = [];
    for (let slot = 0; slot < chosen.length; slot++) (isConfigLike(walked.fileName[chosen[slot]!]!) ? first : rest).push(slot);
    for (const group of [first, rest]) await forEachLimited(group.length, MEASURE_CONCURRENCY, (k) => measureSlot(group[k]!, false));
    // A file measured before a value was learned is measured again if it holds that value
    // (a literal search of its bytes); rarely needed: most values are learned from the first group.
    for (let round = 0; round < 3; round++) {
      const redo: number[] = [];
      for (let slot = 0; slot < chosen.length; slot++) {
        if (cannot.has(slot)) continue;
        const values = learning.since(seenAt![slot]!);
        if (values.length > 0 && containsAny(path.join(root, walked.filePath(chosen[slot]!)), values)) redo.push(slot);
        else seenAt![slot] = learning.version();
      }
      if (redo.length === 0) break;
      await forEachLimited(redo.length, MEASURE_CONCURRENCY, (k) => measureSlot(redo[k]!, true));
    }
    // Metadata read before the values were learned (questions, error messages) is redacted again.
    if (opts.redactString) {
      for (const info of infos) {
        if (info.question) info.question = opts.redactString(info.question);
        if (info.error?.message) info.error.message = opts.redactString(info.error.message);
      }
    }
    } else {
      await forEachLimited(chosen.length, MEASURE_CONCURRENCY, (slot) => measureSlot(slot, false));
    }
  } finally {
    learning?.active(false);
  }
  const withheld: { file: string; rules: string[] }[] = [];
  for (let slot = 0; slot < chosen.length; slot++) {
    const why = cannot.get(slot);
    if (!why) continue;
    const file = chosen[slot]!;
    if (why.withheld) withheld.push({ file: walked.filePath(file), rules: why.withheld });
    leftOut.addFile(file, why.leave);
  }
  planned.compact();

  // Pass 4: own gist file or archive.
  const { placement, parts, archiveBound } = assignPlacement(planned, limits);
  const up: number[] = [];
  placement.forEach((place, i) => (place === null ? up.push(i) : planned.archive(i, place)));
  const names = assignNames(up.map((i) => {
    const { turn, attempt } = planned.attemptOf(i);
    return { turn, attempt, attemptRel: planned.attemptRelOf(i) };
  }));
  up.forEach((i, k) => planned.setName(i, names[k]!));

  const byRule: Record<string, number> = {};
  const byFile: Record<string, Record<string, number>> = {};
  const findings: { file: string; line: number; rule: string }[] = [];
  let total = 0;
  for (let i = 0; i < planned.length; i++) {
    const redactions = planned.redactionsOf(i);
    if (!redactions) continue;
    const file = planned.pathOf(i);
    byFile[file] = redactions;
    for (const [rule, n] of Object.entries(redactions)) {
      byRule[rule] = (byRule[rule] ?? 0) + n;
      total += n;
    }
    const inFile = [...(planned.findingsOf(i) ?? [])].sort((a, b) => a.line - b.line);
    for (const f of inFile) findings.push({ file, ...f });
  }
  const accounting = {
    walked: walkedFiles,
    uploaded: up.length,
    archived: planned.length - up.length,
    leftOut: leftOut.count('file'),
    excludedDirs: leftOut.count('dir'),
    links: links.length,
    otherEntries: leftOut.length - leftOut.count('file') - leftOut.count('dir'),
  };
  if (accounting.uploaded + accounting.archived + accounting.leftOut !== accounting.walked) {
    throw new Error(`accounting does not add up: ${JSON.stringify(accounting)}`);
  }

  if (planned.length === 0) {
    throw new UserError(`Nothing to export from ${opts.session.id}: every file was left out (${leftOut.length}). Check --turns, --exclude and the limits.`);
  }

  return {
    version: PLAN_VERSION,
    session: { id: opts.session.id, root, layout },
    availableTurns,
    selectedTurns,
    attempts: infos,
    files: planned,
    links,
    leftOut,
    workspacesOverLimit: [...wsByKey.entries()]
      .filter(([key, { ws }]) => ws.leftOutFiles > 0 && !opts.workspaceOverrides?.has(key))
      .map(([, { ws }]) => ws)
      .sort((a, b) => a.turn - b.turn || (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0)),
    archiveParts: up.length < planned.length ? parts : 0,
    archiveBytesEstimate: archiveBound,
    limits,
    walkedFiles,
    accounting,
    redactions: { total, byRule, byFile, findings, withheld, secretFiles },
    warnings,
  };
}
