import { UserError } from '../errors.js';
import { EXPORTER } from '../version.js';
import { takeCensus, type Census } from './census.js';
import type { WalkUnit } from './layout.js';
import { exportContent, type ExportContent } from './content.js';
import {
  PLAN_VERSION,
  type CarriedContext,
  type ExportLimits,
  type ExportPlan,
  type WorkspaceOverride,
} from './plan.js';
import { MANIFEST_BUDGET, plannedUploadBytes } from './manifest.js';
import type { NameJudge } from './name-judge.js';
import type { Learning } from './redact/learned.js';
import type { SessionRef } from './session.js';
import type { StageControl } from './stages/events.js';
import { applyLimits, type Limited } from './stages/limit.js';
import { measureFiles, type MeasuredFiles } from './stages/measure.js';
import { placeFiles } from './stages/place.js';
import { selectAttempts, type Selection } from './stages/select.js';
import { account, summariseRedactions } from './stages/summarise.js';
import { extraUnits } from './stages/units.js';
import { walkSession, type Walked } from './stages/walk.js';
import type { SecretFinder } from './judged-files.js';

export interface CollectOptions extends StageControl {
  session: SessionRef;
  /** The attempts to export (stage 1, computed once by the caller); all turns, latest attempts when absent. */
  selection?: Selection;
  exclude?: readonly string[];
  include?: readonly string[];
  limits: ExportLimits;
  /** How each file is read and redacted (content/export-content.ts); read as it is when absent. */
  content?: ExportContent;
  /**
   * Judges file and directory names (name-judge.ts): at walk time, and after learning for the measured files. A name
   * holding a secret is left out, shown redacted.
   */
  names?: NameJudge;
  /** The redactor's verdict on a label or example file's text: one holding nothing goes out (judged-files.ts). */
  findsSecret?: SecretFinder;
  /** Redacts a string taken from metadata (questions, error messages) before it is shown. */
  redactString?: (s: string) => string;
  /**
   * List every file of a workspace over the limit (`workspacesOverLimit[].files`), for a prompt that lets a person
   * pick.
   */
  listWorkspaceFiles?: boolean;
  /** Choices made at the workspace-limit prompt, by `turn/agent`. */
  workspaceOverrides?: ReadonlyMap<string, WorkspaceOverride>;
  /** Learned values (learned.ts): see stages/measure-learning.ts. */
  learning?: Learning;
}

/**
 * Collects a session into an ExportPlan, one stage after the other (docs/architecture.md):
 * select → walk → limit → measure → place, then the redaction summary and the accounting.
 * Writes nothing; the manifest is built from the plan by whoever writes it.
 */
export async function collect(opts: CollectOptions): Promise<ExportPlan> {
  const { limits } = opts;
  const walked = await selectAndWalk(opts);
  const { leftOut } = walked.walk;
  const fromWalk = leftOut.length;
  // --max-total-size covers everything uploaded, the manifest included: the files get what the
  // manifest leaves, and when the plan's manifest turns out larger, they are chosen again.
  let reserve = manifestReserve(walked, limits);
  for (;;) {
    if (limits.maxTotalSize - reserve <= 0) throw manifestAlone(limits.maxTotalSize, reserve);
    leftOut.truncate(fromWalk);
    const plan = await planWithin(opts, walked, limits.maxTotalSize - reserve);
    const { total } = plannedUploadBytes(plan, EXPORTER);
    if (total <= limits.maxTotalSize) return plan;
    reserve += total - limits.maxTotalSize + 256;
  }
}

/** The room first set aside for the manifest: an estimate from the attempts and files, within the budget. */
function manifestReserve(walked: WalkedSession, limits: ExportLimits): number {
  return Math.min(
    3072 + 512 * walked.selection.attempts.length + 48 * walked.walk.files,
    MANIFEST_BUDGET,
    Math.floor(limits.maxTotalSize / 2),
  );
}

/** What the walk stages found: the selection, the units walked, the walk itself and the census of the session. */
interface WalkedSession {
  selection: Selection;
  units: WalkUnit[];
  carried: CarriedContext[];
  walk: Walked;
  census: Census;
}

/** Select, then walk the selected attempts and what goes with them, then count everything under the session. */
async function selectAndWalk(opts: CollectOptions): Promise<WalkedSession> {
  const { session, signal, onEvent } = opts;
  const selection = opts.selection ?? (await selectAttempts({ session, redactString: opts.redactString }));
  const { layout, selectedTurns, attempts } = selection;
  const extra = await extraUnits(layout, selection.all, attempts, selectedTurns);
  const units = [...attempts, ...extra.units];
  const walk = await walkSession({
    root: session.root,
    attempts: units,
    exclude: opts.exclude,
    include: opts.include,
    names: opts.names,
    findsSecret: opts.findsSecret,
    signal,
    onEvent,
  });
  const census = await takeCensus(session.root, units, selectedTurns, walk.notEntered, signal);
  return { selection, units, carried: extra.carried, walk, census };
}

/** Limit, measure, place and account, the files getting `fileBudget` bytes of --max-total-size. */
async function planWithin(opts: CollectOptions, walked: WalkedSession, fileBudget: number): Promise<ExportPlan> {
  const { session, limits } = opts;
  const { selection, walk, census } = walked;
  const { leftOut, links, secretFiles } = walk;
  const {
    limited,
    measured: { planned, withheld },
  } = await limitAndMeasure(opts, walked, fileBudget);
  const placed = placeFiles(planned, limits);
  const accounting = account({
    walked: walk.files,
    uploaded: placed.uploaded,
    planned,
    leftOut,
    links: links.length,
    census,
  });
  if (planned.length === 0) {
    throw new UserError(
      `Nothing to export from ${session.id}: every file was left out (${leftOut.length}). Check --turns, --exclude and the limits.`,
    );
  }
  return {
    version: PLAN_VERSION,
    session: { id: session.id, root: session.root, layout: selection.layout },
    availableTurns: selection.availableTurns,
    selectedTurns: selection.selectedTurns,
    attempts: selection.attempts,
    files: planned,
    links,
    carried: walked.carried,
    leftOut,
    workspacesOverLimit: limited.workspacesOverLimit,
    archiveParts: placed.archiveParts,
    archiveBytesEstimate: placed.archiveBound,
    limits,
    walkedFiles: walk.files,
    accounting,
    redactions: { ...summariseRedactions(planned), withheld, secretFiles },
    warnings: [...selection.warnings],
  };
}

/** The one-line error when the manifest alone does not fit `--max-total-size`. */
function manifestAlone(max: number, manifest: number): UserError {
  const kib = (n: number): string => (n < 1024 ? `${n} bytes` : `${(n / 1024).toFixed(1)} KiB`);
  return new UserError(
    `--max-total-size ${kib(max)} cannot hold the manifest alone (_session_manifest.json needs at least ${kib(manifest)} for this session): raise --max-total-size or export fewer turns.`,
  );
}

/** Limit, then measure: which walked files the limits let go, then each of those read, sized and redacted. */
async function limitAndMeasure(
  opts: CollectOptions,
  session: WalkedSession,
  fileBudget: number,
): Promise<{ limited: Limited; measured: MeasuredFiles }> {
  const { signal, onEvent } = opts;
  const limits = { ...opts.limits, maxTotalSize: fileBudget };
  const { walked, leftOut, secretFiles, cacheCredentials } = session.walk;
  const limited = applyLimits({
    walked,
    leftOut,
    attemptCount: session.units.length,
    limits,
    workspaceOverrides: opts.workspaceOverrides,
    listWorkspaceFiles: opts.listWorkspaceFiles,
    noteLimitedConfig: Boolean(opts.learning),
  });
  const measured = await measureFiles(
    {
      root: opts.session.root,
      walked,
      leftOut,
      chosen: limited.chosen,
      content: opts.content ?? exportContent(),
      signal,
      onEvent,
    },
    opts.learning && {
      learning: opts.learning,
      secretFiles: [...secretFiles, ...cacheCredentials],
      limitedConfig: limited.limitedConfig,
      attempts: session.selection.attempts,
      redactString: opts.redactString,
      names: opts.names,
    },
  );
  return { limited, measured };
}
