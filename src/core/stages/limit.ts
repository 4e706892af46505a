import { base64Length, isBase64Kind } from '../content.js';
import type { ExportLimits, WorkspaceOverLimit, WorkspaceOverride } from '../plan.js';
import type { LeftOutTable, WalkTable } from '../plan-store/index.js';
import { prioritize } from '../priority.js';
import { isConfigLike } from '../redact/learned.js';
import { WorkspaceLimit } from './workspace-limit.js';

/** Stage 3, limit: in priority order, on on-disk sizes (nothing is read yet). */
interface LimitInput {
  walked: WalkTable;
  /** Files the limits leave out are added here. */
  leftOut: LeftOutTable;
  /** How many attempts were walked (the newest are preferred). */
  attemptCount: number;
  limits: ExportLimits;
  /** Choices made at the workspace-limit prompt, by `turn/agent`. */
  workspaceOverrides?: ReadonlyMap<string, WorkspaceOverride>;
  /** List every file of a workspace over the limit, for a prompt that lets a person pick. */
  listWorkspaceFiles?: boolean;
  /** Note the config-like files a limit leaves out (their values are still learned). */
  noteLimitedConfig: boolean;
}

export interface Limited {
  /** Walked files chosen to be read, in priority order. */
  chosen: number[];
  /** Config-like walked files left out by a limit (only when asked to note them). */
  limitedConfig: number[];
  workspacesOverLimit: WorkspaceOverLimit[];
}

/**
 * Applies the limits in priority order: empty files, `--no-workspace`, `--workspace-limit` (or
 * what the prompt chose), `--max-total-size` on an estimate of the exported bytes.
 */
export function applyLimits(input: LimitInput): Limited {
  const { walked, leftOut, limits } = input;
  const { order, roles } = prioritize(
    walked,
    Array.from({ length: input.attemptCount }, (_, i) => input.attemptCount - 1 - i),
  );
  const workspaces = new WorkspaceLimit(
    walked,
    limits.workspaceLimit,
    input.workspaceOverrides,
    Boolean(input.listWorkspaceFiles),
  );
  const chosen: number[] = [];
  const limitedConfig: number[] = [];
  let totalEstimate = 0;
  // Once a file did not fit --max-total-size, no file of a lower tier takes the room it left.
  let fullAfterTier = 4;
  for (const i of order) {
    const size = walked.fileSize[i]!;
    if (size === 0) {
      leftOut.addFile(i, 'empty file (GitHub refuses empty files)');
      continue;
    }
    const role = roles[i]!;
    const isWorkspace = role.tier === 1 || role.tier === 2;
    let reason =
      isWorkspace && !limits.includeWorkspace
        ? 'agent workspace (--no-workspace)'
        : isWorkspace
          ? workspaces.admit(i, role.agent!)
          : null;
    if (reason === null) {
      // The file's bytes and its entry in the manifest's file map (name, path, sizes, sha256), which counts too.
      const entry = 200 + 2 * Buffer.byteLength(walked.filePath(i));
      const estimate = (isBase64Kind(walked.fileName[i]!) ? base64Length(size) : size) + entry;
      // Metadata (tier 0 without a step) ranks after the answers and votes.
      const tier = role.tier === 0 && role.step === null ? 0.5 : role.tier;
      if (tier <= fullAfterTier && totalEstimate + estimate <= limits.maxTotalSize) {
        totalEstimate += estimate;
        chosen.push(i);
        continue;
      }
      fullAfterTier = Math.min(fullAfterTier, tier);
      reason = 'over --max-total-size';
    }
    leftOut.addFile(i, reason);
    if (input.noteLimitedConfig && isConfigLike(walked.fileName[i]!)) limitedConfig.push(i);
  }
  return { chosen, limitedConfig, workspacesOverLimit: workspaces.overLimit() };
}
