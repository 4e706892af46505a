import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readConfigFile } from '../core/config-file.js';
import { findLogsDir, isSessionName } from '../core/session.js';
import { describeError, UserError } from '../errors.js';

/** One share made from this machine: enough to show where a gist came from. */
export interface ShareRecord {
  gist_id: string;
  gist_url: string;
  viewer_url: string;
  session_id: string;
  session_root: string;
  turns: number[];
  files: number;
  bytes: number;
  public: boolean;
  created_at: string;
  updated_at?: string;
}

/**
 * An upload in progress, written before the gist is created and removed once it is complete or
 * cleaned up: one left behind means the process was killed (SIGKILL, a crash, a power cut), and
 * the gist it may have made carries `[partial upload <upload_id>-<attempt>]` in its description.
 */
export interface PendingUpload {
  upload_id: string;
  description: string;
  session_id: string;
  session_root: string;
  started_at: string;
  pid: number;
}

interface RecordFile {
  version: 1;
  shares: ShareRecord[];
  pending?: PendingUpload[];
}

/** The marker an upload's gist carries in its description until its last file is uploaded. */
export const partialMarker = (uploadId: string, attempt: number): string => ` [partial upload ${uploadId}-${attempt}]`;
/** The upload id in a gist description that still carries the partial-upload marker, or null. */
export function partialUploadId(description: string | null | undefined): string | null {
  return / \[partial upload ([0-9a-f]{6,32})-\d+\]$/.exec(description ?? '')?.[1] ?? null;
}

/**
 * `.massgen/shares.json` beside the logs (`<project>/.massgen/massgen_logs` → `<project>/.massgen/`), else under
 * ~/.massgen; there too for logs inside another session's tree (an agent's workspace that ran MassGen, a subagent's
 * logs): that session is read-only to us (hostile 59).
 */
export function recordPath(logsDir: string | undefined, home = os.homedir()): string {
  if (logsDir && path.basename(logsDir) === 'massgen_logs' && !insideSession(logsDir))
    return path.join(path.dirname(logsDir), 'shares.json');
  return path.join(home, '.massgen', 'shares.json');
}

/** True when a folder above `dir` is a session (`…/massgen_logs/log_<date>_<time>/…`). */
function insideSession(dir: string): boolean {
  const parts = path.resolve(dir).split(path.sep);
  return parts.some((p, i) => i > 0 && parts[i - 1] === 'massgen_logs' && isSessionName(p));
}

/** The record file could not be written (or is not one this tool can safely rewrite): names it and the cause. */
export class RecordWriteError extends UserError {
  constructor(file: string, cause: string) {
    super(`Could not update the share record ${file} (${cause}): make it writable, or fix or remove it`);
    this.name = 'RecordWriteError';
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const strings = (o: Record<string, unknown>, keys: readonly string[]): boolean =>
  keys.every((k) => o[k] === undefined || typeof o[k] === 'string');
/** An entry this tool wrote: an object whose id is a string and whose other text fields are strings. */
const isShareRecord = (x: unknown): x is ShareRecord =>
  isObject(x) &&
  typeof x.gist_id === 'string' &&
  strings(x, ['gist_url', 'viewer_url', 'session_id', 'session_root', 'created_at', 'updated_at']);
const isPending = (x: unknown): x is PendingUpload =>
  isObject(x) &&
  typeof x.upload_id === 'string' &&
  typeof x.started_at === 'string' &&
  strings(x, ['description', 'session_id', 'session_root']);

interface RecordRead {
  shares: ShareRecord[];
  pending: PendingUpload[];
  /** What was wrong with the file, one line naming it (entries skipped, or the whole file ignored). */
  warning?: string;
  /** Set when the file is there but cannot be read as a record: rewriting it would lose what it holds. */
  unusable?: string;
}

/**
 * The whole record (a regular file read with a cap: a FIFO or device in its place reads as empty).
 * Entries that are not what this tool writes (a `null`, a number, an id that is not text) are skipped.
 */
async function readRecordFile(file: string): Promise<RecordRead> {
  const read = await readConfigFile(file, 64 * 1024 * 1024);
  if ('problem' in read && read.problem) return ignored(file, read.problem);
  let data: unknown;
  try {
    data = JSON.parse(read.text ?? '{}');
  } catch {
    return ignored(file, 'is not valid JSON');
  }
  if (!isObject(data)) return ignored(file, 'is not a JSON object');
  const shares = Array.isArray(data.shares) ? (data.shares as unknown[]) : [];
  const pending = Array.isArray(data.pending) ? (data.pending as unknown[]) : [];
  const good = { shares: shares.filter(isShareRecord), pending: pending.filter(isPending) };
  const bad = shares.length + pending.length - good.shares.length - good.pending.length;
  return bad === 0 ? good : { ...good, warning: `${file}: ${bad} malformed entr${bad === 1 ? 'y' : 'ies'} skipped` };
}

function ignored(file: string, why: string): RecordRead {
  return { shares: [], pending: [], warning: `${file} ${why}: ignored`, unusable: why };
}

export async function readRecords(file: string): Promise<ShareRecord[]> {
  return (await readRecordFile(file)).shares;
}

/** The shares in the record, and a one-line warning when some of it could not be used. */
export async function readRecordsChecked(file: string): Promise<{ records: ShareRecord[]; warning?: string }> {
  const read = await readRecordFile(file);
  return { records: read.shares, ...(read.warning ? { warning: read.warning } : {}) };
}

async function readPending(file: string): Promise<PendingUpload[]> {
  return (await readRecordFile(file)).pending;
}

/** The record, to be rewritten: refused when the file is there but is not a record (it is left as it is). */
async function readForWrite(file: string): Promise<RecordRead> {
  const data = await readRecordFile(file);
  if (data.unusable) throw new RecordWriteError(file, `it ${data.unusable}`);
  return data;
}

/** Rewrites the record atomically (a temporary file renamed over it). */
async function writeRecordFile(file: string, data: { shares: ShareRecord[]; pending: PendingUpload[] }): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true }).catch((err: unknown) => {
    throw new RecordWriteError(file, describeError(err));
  });
  // A fresh name, created exclusively and never through a link: a planted `shares.json.tmp-<pid>` link is not followed.
  const tmp = `${file}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
  const doc: RecordFile = {
    version: 1,
    shares: data.shares,
    ...(data.pending.length > 0 ? { pending: data.pending } : {}),
  };
  try {
    await writeFile(tmp, `${JSON.stringify(doc, null, 2)}\n`, {
      mode: 0o600,
      flag: constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
    });
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new RecordWriteError(file, describeError(err));
  }
}

/** Rewrites the shares, keeping the uploads in progress. */
async function writeRecords(file: string, shares: ShareRecord[]): Promise<void> {
  await writeRecordFile(file, { shares, pending: (await readForWrite(file)).pending });
}

/** Notes an upload before its gist is created (atomically: the note is there, or the old record is). */
export async function addPending(file: string, upload: PendingUpload): Promise<void> {
  const data = await readForWrite(file);
  await writeRecordFile(file, {
    shares: data.shares,
    pending: [...data.pending.filter((p) => p.upload_id !== upload.upload_id), upload],
  });
}

/** Forgets uploads that finished or were cleaned up. */
export async function clearPending(file: string, uploadIds: readonly string[]): Promise<void> {
  const data = await readForWrite(file);
  const kept = data.pending.filter((p) => !uploadIds.includes(p.upload_id));
  if (kept.length !== data.pending.length) await writeRecordFile(file, { shares: data.shares, pending: kept });
}

export async function upsertRecord(file: string, record: ShareRecord): Promise<void> {
  const shares = (await readForWrite(file)).shares.filter((s) => s.gist_id !== record.gist_id);
  shares.push(record);
  await writeRecords(file, shares);
}

export async function removeRecords(file: string, gistIds: readonly string[]): Promise<void> {
  const { shares } = await readForWrite(file);
  const kept = shares.filter((s) => !gistIds.includes(s.gist_id));
  if (kept.length !== shares.length) await writeRecords(file, kept);
}

/** The local share records this machine knows: beside the nearest logs, and under ~/.massgen. */
export async function localRecords(
  where: { cwd: string; env: NodeJS.ProcessEnv; home?: string },
  logsDir?: string,
): Promise<{ files: string[]; records: ShareRecord[]; warnings: string[] }> {
  const found = await findLogsDir({ cwd: where.cwd, logsDir, env: where.env, home: where.home });
  const files = [...new Set([recordPath(found.dir, where.home), recordPath(undefined, where.home)])];
  const read = await Promise.all(files.map(readRecordsChecked));
  const warnings = read.flatMap((r) => (r.warning ? [r.warning] : []));
  return { files, records: read.flatMap((r) => r.records), warnings };
}

/** Uploads noted in the local records and never finished (a killed export), with the record they are in. */
export async function pendingUploads(files: readonly string[]): Promise<{ file: string; upload: PendingUpload }[]> {
  return (
    await Promise.all(files.map(async (file) => (await readPending(file)).map((upload) => ({ file, upload }))))
  ).flat();
}
