import path from 'node:path';
import { base64Length, type ContentKind, type Measured } from './content.js';
import type { Layout } from './layout.js';
import type { AttemptInfo } from './turns.js';

/**
 * A list read by iterating it: an array, or one of the plan's tables (plan-store/), which make
 * each entry as it is reached.
 */
export interface Entries<T> extends Iterable<T> {
  readonly length: number;
}

/**
 * The first `n` items of `items` stably sorted by `compare`, in one pass that keeps `n` (a list
 * of tens of thousands is never copied to be sorted whole).
 */
export function firstSorted<T>(items: Iterable<T>, n: number, compare: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  for (const item of items) {
    if (top.length === n && compare(item, top[n - 1]!) >= 0) continue;
    // After every kept item it does not sort before: equal items keep their order.
    let at = top.length;
    while (at > 0 && compare(item, top[at - 1]!) < 0) at--;
    top.splice(at, 0, item);
    if (top.length > n) top.pop();
  }
  return top;
}

/** Bytes a file takes in the gist: its text, or its base64 form. */
export const gistBytesOf = (m: Pick<Measured, 'kind' | 'bytes'>): number =>
  m.kind === 'base64' ? base64Length(m.bytes) : m.bytes;

/** A file that goes out: as its own gist file (`upload`) or inside the overflow archive (`archive`). */
export interface PlannedFile {
  /** Path relative to the session root, posix separators. */
  path: string;
  turn: number;
  attempt: number;
  kind: ContentKind;
  /** On-disk size when walked. */
  size: number;
  mtimeMs: number;
  /** Bytes of the file as exported and restored by `pull` (after redaction). */
  bytes: number;
  sha256: string;
  placement: 'upload' | 'archive';
  /** Flat gist name (uploaded files only). */
  name?: string;
  /** Bytes the gist file holds: the text, or its base64 form (uploaded files only). */
  gistBytes?: number;
  /** Why a file goes into the archive. */
  reason?: string;
  redactions: Record<string, number>;
}

/** Where a planned file is on disk (derived when it is read: tens of thousands of absolute paths add up). */
export const diskPath = (plan: Pick<ExportPlan, 'session'>, f: Pick<PlannedFile, 'path'>): string =>
  path.join(plan.session.root, f.path);

/** Something not exported, and why. */
export interface LeftOut {
  path: string;
  isDir: boolean;
  /** A regular file (counted in the accounting), or a directory, link, special file or unknown entry. */
  kind: 'file' | 'dir' | 'link' | 'special' | 'unknown';
  /** On-disk bytes, when known. */
  bytes: number | null;
  reason: string;
}

/** A symlink inside the session, recorded as a link (never followed). */
export interface PlannedLink {
  path: string;
  target: string;
  /** What it points to, relative to the session root. */
  targetPath: string | null;
}

/**
 * A turn's context carried from the attempt that has it (MassGen writes the config into the first
 * attempt's `execution_metadata.yaml` only, and `agent_outputs/` only where the display was made).
 */
export interface CarriedContext {
  turn: number;
  /** The exported attempt the context is for, and the attempt it comes from (session-relative directories). */
  forDir: string;
  fromDir: string;
  /** The entries carried (`execution_metadata.yaml`, `agent_outputs`). */
  entries: string[];
}

/** An agent's workspace in one turn that did not fit `--workspace-limit`. */
export interface WorkspaceOverLimit {
  turn: number;
  agent: string;
  /** On-disk bytes of the agent's workspace files in the selected attempts of that turn. */
  bytes: number;
  /** Bytes kept under the limit. */
  keptBytes: number;
  leftOutFiles: number;
  /**
   * Every workspace file of that agent in that turn, in priority order, and whether the limit kept it (listed only when
   * collect is asked to: `listWorkspaceFiles`).
   */
  files: { path: string; bytes: number; kept: boolean }[];
}

/** What the person chose for one agent's workspace in one turn (key `turn/agent`). */
export type WorkspaceOverride = { mode: 'all' } | { mode: 'none' } | { mode: 'pick'; keep: ReadonlySet<string> };

export interface ExportLimits {
  maxFiles: number;
  maxFileSize: number;
  maxTotalSize: number;
  workspaceLimit: number;
  includeWorkspace: boolean;
}

export const PLAN_VERSION = 1;

/** What redaction changed: counts per rule and per file, and where (file, line, rule; never the value). */
export interface RedactionReport {
  total: number;
  byRule: Record<string, number>;
  byFile: Record<string, Record<string, number>>;
  findings: { file: string; line: number; rule: string }[];
  /** Binary files withheld because they hold a secret that cannot be redacted in place. */
  withheld: { file: string; rules: string[] }[];
  /**
   * Entries left out because their names mark them as secret-bearing (`.env`, keys, credentials) or hold a secret
   * (shown redacted).
   */
  secretFiles: string[];
}

/** Everything the export decided, before anything is written. */
export interface ExportPlan {
  version: typeof PLAN_VERSION;
  session: { id: string; root: string; layout: Layout };
  /** Distinct turn numbers the session has, and those selected. */
  availableTurns: number[];
  selectedTurns: number[];
  attempts: AttemptInfo[];
  /** Uploaded and archived files, in priority order (a compact table: each entry is made as it is reached). */
  files: Entries<PlannedFile>;
  links: PlannedLink[];
  /** Context files carried to restarted attempts from their turn's first attempt. */
  carried?: CarriedContext[];
  /** Everything left out, with why (a compact table too). */
  leftOut: Entries<LeftOut>;
  workspacesOverLimit: WorkspaceOverLimit[];
  /** Gist files reserved for the base64 parts of the overflow archive (an upper bound). */
  archiveParts: number;
  /** Upper bound of the archive's zip size, before it is built. */
  archiveBytesEstimate: number;
  limits: ExportLimits;
  /** Regular files seen under the selected attempts. */
  walkedFiles: number;
  /**
   * Every regular file under the selected attempts (outside excluded directories, which are
   * never entered) is uploaded, archived or left out with a reason: the three add up to walked.
   */
  accounting: {
    walked: number;
    uploaded: number;
    archived: number;
    leftOut: number;
    excludedDirs: number;
    links: number;
    otherEntries: number;
    /** Every regular file and symlink under the session (what `find -type f` and `-type l` count). */
    sessionFiles: number;
    sessionSymlinks: number;
    /** Every regular file under the session by fate (FATES, OUTSIDE_FATES): they add up to sessionFiles. */
    fates: Record<string, number>;
    /** Every symlink under the session by fate: they add up to sessionSymlinks. */
    symlinkFates: Record<string, number>;
    /** Files that go out with at least one value redacted (counted among the uploaded and archived). */
    redacted: number;
  };
  redactions: RedactionReport;
  warnings: string[];
}

/** The files uploaded as their own gist file (at most a gist's 300), in priority order. */
export function uploaded(plan: Pick<ExportPlan, 'files'>): PlannedFile[] {
  const out: PlannedFile[] = [];
  for (const f of plan.files) if (f.placement === 'upload') out.push(f);
  return out;
}

/** The files carried in the overflow archive (there can be any number), in priority order. */
export function* archived(plan: Pick<ExportPlan, 'files'>): Generator<PlannedFile> {
  for (const f of plan.files) if (f.placement === 'archive') yield f;
}
