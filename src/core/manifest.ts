import {
  MANIFEST_VERSION,
  SHARE_FORMAT,
  type LeftOutSummary,
  type ManifestArchive,
  type ManifestFile,
  type ManifestLeftOut,
  type ManifestLimits,
  type ManifestMember,
  type WrittenManifest,
} from './manifest-types.js';
import { archived, type ExportLimits, type ExportPlan, type LeftOut, type PlannedFile } from './plan.js';
import { firstSorted, type Entries } from './plan.js';
import { sumTotals } from './metrics/totals.js';
import { archivePartName } from './names.js';
import type { AttemptInfo, ErrorInfo } from './turns.js';
import { sessionStatus } from './session-status.js';

export type { SessionStatus, WrittenManifest } from './manifest-types.js';
export { sessionStatus } from './session-status.js';

/** The built archive, once it exists; before that, the plan's upper-bound estimate stands in. */
export interface ArchiveBuilt {
  parts: string[];
  bytes: number;
  sha256: string;
}

export interface ManifestOptions {
  exporter: { name: string; version: string };
  createdAt: Date;
  archive: ArchiveBuilt | null;
}

/** The Viewer reads the manifest through the gist API's `content`, which stops at 1 MB. */
export const MANIFEST_BUDGET = 900 * 1024;

function sessionError(attempts: readonly AttemptInfo[]): ErrorInfo | null {
  for (let i = attempts.length - 1; i >= 0; i--) {
    const a = attempts[i]!;
    if (a.status === 'error' || a.status === 'timeout')
      return a.error ?? { type: a.status, message: null, timestamp: null, agent_id: null };
  }
  return null;
}

/** The left-out list as counts by reason and the largest entries, as many of the 100 largest as `budget` bytes hold. */
function summariseLeftOut(leftOut: Entries<LeftOut>, budget: number): LeftOutSummary {
  const byReason: Record<string, number> = {};
  for (const l of leftOut) byReason[l.reason] = (byReason[l.reason] ?? 0) + 1;
  const largest: ManifestLeftOut[] = [];
  let room = budget - Buffer.byteLength(JSON.stringify(byReason)) - 64;
  for (const l of firstSorted(leftOut, 100, (a, b) => (b.bytes ?? 0) - (a.bytes ?? 0))) {
    const entry = leftOutEntry(l);
    room -= Buffer.byteLength(JSON.stringify(entry)) + 1;
    if (room < 0) break;
    largest.push(entry);
  }
  return { count: leftOut.length, by_reason: byReason, largest };
}

/**
 * Bytes the manifest's lists may take: the API's 1 MB, and a quarter of `--max-total-size`, which counts the manifest
 * too (at 20 KB the left-out list is summarised rather than crowd out the answers).
 */
const listBudget = (limits: ExportLimits): number => Math.min(MANIFEST_BUDGET, Math.floor(limits.maxTotalSize / 4));

/** The limits as the manifest and `--json` write them. */
export const limitsEntry = (l: ExportLimits): ManifestLimits => ({
  max_files: l.maxFiles,
  max_file_size: l.maxFileSize,
  max_total_size: l.maxTotalSize,
  workspace_limit: l.workspaceLimit,
  include_workspace: l.includeWorkspace,
});

export const leftOutEntry = (l: LeftOut): ManifestLeftOut => ({
  path: l.path,
  reason: l.reason,
  bytes: l.bytes,
  ...(l.isDir ? { is_dir: true } : {}),
});

/** Where an exported attempt's context was carried from, as its manifest turn says it. */
function contextFrom(plan: ExportPlan, relDir: string): { context_from?: string } {
  const c = plan.carried?.find((x) => x.forDir === relDir);
  return c ? { context_from: c.fromDir } : {};
}

/** The exported attempt a carried file is context for (manifest `context_for`), by the carried entries' paths. */
function contextFor(plan: ExportPlan): (path: string) => { context_for?: string } {
  const prefixes = (plan.carried ?? []).flatMap((c) => c.entries.map((e) => ({ at: `${c.fromDir}/${e}`, c })));
  return (p) => {
    const hit = prefixes.find(({ at }) => p === at || p.startsWith(`${at}/`));
    return hit ? { context_for: hit.c.forDir } : {};
  };
}

/** An attempt's place and outcome, as the manifest's turns and export's --json report list them (in this order). */
export const turnEntry = (a: AttemptInfo) => ({
  turn_number: a.turn,
  attempt_number: a.attempt,
  total_attempts: a.totalAttempts,
  status: a.status,
  question: a.question,
  winner: a.winner,
});

/** The session's part, as MassGen's exporter writes it: cost and tokens summed over the selected attempts. */
function sessionFields(plan: ExportPlan) {
  const attempts = plan.attempts;
  const status = sessionStatus(attempts);
  const totals = sumTotals(attempts.map((a) => a.totals));
  const winners = attempts.map((a) => a.winner).filter((w): w is string => w !== null);
  return {
    version: MANIFEST_VERSION,
    session_id: plan.session.id,
    turn_count: plan.selectedTurns.length,
    attempt_count: attempts.length,
    status,
    question: attempts.find((a) => a.question !== null)?.question ?? null,
    winner: winners[winners.length - 1] ?? null,
    total_cost: totals.cost,
    total_tokens: { input: totals.input, output: totals.output, reasoning: totals.reasoning },
    turns: attempts.map((a) => ({
      ...turnEntry(a),
      cost: a.totals?.cost ?? null,
      tokens: a.totals ? { input: a.totals.input, output: a.totals.output, reasoning: a.totals.reasoning } : null,
      ...(a.error ? { error: a.error } : {}),
      ...contextFrom(plan, a.relDir),
    })),
    ...(status === 'error' ? { error: sessionError(attempts) } : {}),
  };
}

/**
 * `_session_manifest.json`: every field MassGen's exporter writes (with correct values: the
 * session's cost and tokens are summed over the selected attempts), plus ours: the exporter,
 * the file map (flat name → original path, bytes, sha256, encoding), the archive and its
 * members, links, what was left out and why, and the redaction counts. The shape is the one
 * `shares pull` reads (manifest-types.ts).
 */
export function buildManifest(plan: ExportPlan, opts: ManifestOptions): WrittenManifest {
  const files: Record<string, ManifestFile> = {};
  let memberCount = 0;
  const carried = contextFor(plan);
  for (const f of plan.files) {
    if (f.placement === 'archive') memberCount++;
    else
      files[f.name!] = {
        path: f.path,
        bytes: f.bytes,
        sha256: f.sha256,
        encoding: f.kind === 'base64' ? 'base64' : 'utf-8',
        gist_bytes: f.gistBytes,
        ...carried(f.path),
      };
  }
  // Archive members are read again where they are listed, never gathered into a list (there can be 100,000).
  const members: Entries<PlannedFile> = { length: memberCount, [Symbol.iterator]: () => archived(plan) };
  const manifest: WrittenManifest = {
    ...sessionFields(plan),
    exporter: opts.exporter,
    format: SHARE_FORMAT,
    created_at: opts.createdAt.toISOString(),
    layout: plan.session.layout,
    files,
    archive:
      members.length === 0
        ? null
        : {
            format: 'zip',
            encoding: 'base64',
            parts: opts.archive?.parts ?? [],
            bytes: opts.archive?.bytes ?? null,
            sha256: opts.archive?.sha256 ?? null,
            members: [],
          },
    links: plan.links.map((l) => ({ path: l.path, target: l.target, target_path: l.targetPath })),
    left_out: [],
    accounting: {
      walked: plan.accounting.walked,
      uploaded: plan.accounting.uploaded,
      archived: plan.accounting.archived,
      left_out: plan.accounting.leftOut,
      session_files: plan.accounting.sessionFiles,
      files_by_fate: plan.accounting.fates,
      session_symlinks: plan.accounting.sessionSymlinks,
      symlinks_by_fate: plan.accounting.symlinkFates,
    },
    redactions: {
      total: plan.redactions.total,
      by_rule: plan.redactions.byRule,
      withheld_files: plan.redactions.withheld.length,
      secret_files_left_out: plan.redactions.secretFiles.length,
    },
    limits: limitsEntry(plan.limits),
    warnings: plan.warnings,
  };
  fitLists(manifest, plan.leftOut, members, listBudget(plan.limits));
  return manifest;
}

/**
 * Keeps the manifest readable through the API (1 MB): summarises the long lists if need be
 * (left-out files first, then archive members; the archive's own directory still lists every
 * member). The lists are measured entry by entry and only up to the budget: tens of thousands
 * of entries are never turned into one string just to find they will be summarised.
 */
function fitLists(
  manifest: WrittenManifest,
  leftOut: Entries<LeftOut>,
  members: Entries<PlannedFile>,
  budget: number,
): void {
  const memberEntry = (m: PlannedFile): ManifestMember => ({
    path: m.path,
    bytes: m.bytes,
    sha256: m.sha256,
    reason: m.reason,
  });
  const base = Buffer.byteLength(JSON.stringify(manifest));
  const membersBytes = jsonBytesUpTo(members, memberEntry, budget);
  const leftOutBytes = jsonBytesUpTo(leftOut, leftOutEntry, budget - base - membersBytes);
  const leftOutFits = base + membersBytes + leftOutBytes <= budget;
  manifest.left_out = leftOutFits
    ? Array.from(leftOut, leftOutEntry)
    : summariseLeftOut(leftOut, Math.min(budget - base - membersBytes, MANIFEST_BUDGET / 8));
  const leftOutFinal = leftOutFits ? leftOutBytes : Buffer.byteLength(JSON.stringify(manifest.left_out));
  const archive: ManifestArchive | null = manifest.archive;
  if (archive && base + membersBytes + leftOutFinal <= budget) {
    archive.members = Array.from(members, memberEntry);
  } else if (archive) {
    const first: ManifestMember[] = [];
    for (const m of members) {
      if (first.length === 1000) break;
      first.push({ path: m.path, bytes: m.bytes, sha256: m.sha256 });
    }
    Object.assign(archive, { members_count: members.length, members: first, members_truncated: true });
  }
}

/**
 * Bytes the items take in compact JSON (with separators), counted one at a time and no further than just past `limit`.
 */
function jsonBytesUpTo<T>(items: Iterable<T>, entry: (item: T) => unknown, limit: number): number {
  let n = 0;
  for (const item of items) {
    n += Buffer.byteLength(JSON.stringify(entry(item))) + 1;
    if (n > limit) break;
  }
  return n;
}

export const renderManifest = (manifest: WrittenManifest): string => `${JSON.stringify(manifest, null, 2)}\n`;

/**
 * What the plan would upload, in bytes: the manifest (built as it will be written, the archive's parts named and
 * hashed), every file uploaded as its own gist file and the archive's base64 parts (their upper bound).
 */
export function plannedUploadBytes(
  plan: ExportPlan,
  exporter: ManifestOptions['exporter'],
): { manifest: number; total: number } {
  const parts = plan.archiveParts;
  const archive = parts
    ? {
        parts: Array.from({ length: parts }, (_, i) => archivePartName(i)),
        bytes: plan.archiveBytesEstimate,
        sha256: '0'.repeat(64),
      }
    : null;
  const manifest = Buffer.byteLength(
    renderManifest(buildManifest(plan, { exporter, createdAt: new Date(0), archive })),
  );
  let total = manifest + Math.ceil(plan.archiveBytesEstimate / 3) * 4;
  for (const f of plan.files) if (f.placement === 'upload') total += f.gistBytes!;
  return { manifest, total };
}
