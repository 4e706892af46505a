/**
 * The one typed shape of `_session_manifest.json`. `ShareManifest` is what `shares pull` reads
 * (checked by manifest-schema.ts before anything is written): the fields it relies on, and any
 * others kept as they are. `WrittenManifest` is the same shape as this exporter writes it
 * (manifest.ts): every field MassGen's exporter writes, plus ours, with `format` and the file
 * map always present. MassGen's own exporter writes the same `version` with no `format` and no
 * file map; those shares are read too.
 */
import type { Layout } from './layout.js';
import type { ErrorInfo, TurnStatus } from './turns.js';

/** The manifest version both exporters write; pull reads any 2.x. */
export const MANIFEST_VERSION = '2.0';
/** Our own format marker (absent from MassGen's exporter's manifests). */
export const SHARE_FORMAT = 'massgen-share/1';

export type Encoding = 'utf-8' | 'base64';
export type SessionStatus = 'complete' | 'error' | 'interrupted';

/** A gist file of the share: its original path, and (our format) its size and sha256. */
export interface ManifestFile {
  path: string;
  encoding: Encoding;
  bytes?: number;
  sha256?: string;
  gist_bytes?: number;
  /** A turn's context carried from the attempt that has it: the exported attempt it is for (`turn_1/attempt_2`). */
  context_for?: string;
}
export interface ManifestMember {
  path: string;
  bytes: number;
  sha256: string;
  reason?: string;
}
export interface ManifestArchive {
  format?: 'zip';
  encoding?: 'base64';
  parts: string[];
  bytes: number | null;
  sha256: string | null;
  members: ManifestMember[];
  members_count?: number;
  members_truncated?: boolean;
}
export interface ManifestLink {
  path: string;
  target: string;
  target_path?: string | null;
}

/** The manifest as pull reads it: the fields below are checked; any other field is kept and ignored. */
export interface ShareManifest {
  version: string;
  format?: string;
  session_id?: string | null;
  /** Gist file name → original path (absent in shares made by MassGen's own exporter). */
  files?: Record<string, ManifestFile> | null;
  archive?: ManifestArchive | null;
  links?: ManifestLink[];
  [field: string]: unknown;
}

export interface Tokens {
  input: number;
  output: number;
  reasoning: number;
}
interface ManifestTurn {
  turn_number: number;
  attempt_number: number;
  total_attempts: number;
  status: TurnStatus;
  question: string | null;
  winner: string | null;
  cost: number | null;
  tokens: Tokens | null;
  error?: ErrorInfo;
  /** The attempt its context (`execution_metadata.yaml`, `agent_outputs/`) was carried from, when it lacked it. */
  context_from?: string;
}
export interface ManifestLeftOut {
  path: string;
  reason: string;
  bytes: number | null;
  is_dir?: true;
}
/** The left-out list when it does not fit the manifest's budget. */
export interface LeftOutSummary {
  count: number;
  by_reason: Record<string, number>;
  largest: ManifestLeftOut[];
}
export interface ManifestLimits {
  max_files: number;
  max_file_size: number;
  max_total_size: number;
  workspace_limit: number;
  include_workspace: boolean;
}

/** The manifest as this exporter writes it: the same shape, every field present. */
export interface WrittenManifest extends ShareManifest {
  session_id: string;
  turn_count: number;
  attempt_count: number;
  status: SessionStatus;
  question: string | null;
  winner: string | null;
  total_cost: number;
  total_tokens: Tokens;
  turns: ManifestTurn[];
  /** Only when the status is "error". */
  error?: ErrorInfo | null;
  exporter: { name: string; version: string };
  format: typeof SHARE_FORMAT;
  created_at: string;
  layout: Layout;
  files: Record<string, ManifestFile>;
  archive: ManifestArchive | null;
  links: ManifestLink[];
  left_out: ManifestLeftOut[] | LeftOutSummary;
  accounting: {
    walked: number;
    uploaded: number;
    archived: number;
    left_out: number;
    /** Every regular file under the session by fate, adding up to session_files; symlinks apart. */
    session_files?: number;
    files_by_fate?: Record<string, number>;
    session_symlinks?: number;
    symlinks_by_fate?: Record<string, number>;
  };
  redactions: { total: number; by_rule: Record<string, number>; withheld_files: number; secret_files_left_out: number };
  limits: ManifestLimits;
  warnings: string[];
}
