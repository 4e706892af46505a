import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readConfigFile } from '../core/config-file.js';
import { findLogsDir } from '../core/session.js';

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
 * ~/.massgen.
 */
export function recordPath(logsDir: string | undefined, home = os.homedir()): string {
  if (logsDir && path.basename(logsDir) === 'massgen_logs') return path.join(path.dirname(logsDir), 'shares.json');
  return path.join(home, '.massgen', 'shares.json');
}

/** The whole record (a regular file read with a cap: a FIFO or device in its place reads as empty). */
async function readRecordFile(file: string): Promise<{ shares: ShareRecord[]; pending: PendingUpload[] }> {
  try {
    const { text } = await readConfigFile(file, 64 * 1024 * 1024);
    const data = JSON.parse(text ?? '{}') as Partial<RecordFile>;
    return {
      shares: Array.isArray(data.shares) ? data.shares : [],
      pending: Array.isArray(data.pending) ? data.pending : [],
    };
  } catch {
    return { shares: [], pending: [] };
  }
}

export async function readRecords(file: string): Promise<ShareRecord[]> {
  return (await readRecordFile(file)).shares;
}

export async function readPending(file: string): Promise<PendingUpload[]> {
  return (await readRecordFile(file)).pending;
}

/** Rewrites the record atomically (a temporary file renamed over it). */
async function writeRecordFile(file: string, data: { shares: ShareRecord[]; pending: PendingUpload[] }): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  // A fresh name, created exclusively and never through a link: a planted `shares.json.tmp-<pid>` link is not followed.
  const tmp = `${file}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
  const doc: RecordFile = {
    version: 1,
    shares: data.shares,
    ...(data.pending.length > 0 ? { pending: data.pending } : {}),
  };
  await writeFile(tmp, `${JSON.stringify(doc, null, 2)}\n`, {
    mode: 0o600,
    flag: constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
  });
  await rename(tmp, file);
}

/** Rewrites the shares, keeping the uploads in progress. */
export async function writeRecords(file: string, shares: ShareRecord[]): Promise<void> {
  await writeRecordFile(file, { shares, pending: (await readRecordFile(file)).pending });
}

/** Notes an upload before its gist is created (atomically: the note is there, or the old record is). */
export async function addPending(file: string, upload: PendingUpload): Promise<void> {
  const data = await readRecordFile(file);
  await writeRecordFile(file, {
    shares: data.shares,
    pending: [...data.pending.filter((p) => p.upload_id !== upload.upload_id), upload],
  });
}

/** Forgets uploads that finished or were cleaned up. */
export async function clearPending(file: string, uploadIds: readonly string[]): Promise<void> {
  const data = await readRecordFile(file);
  const kept = data.pending.filter((p) => !uploadIds.includes(p.upload_id));
  if (kept.length !== data.pending.length) await writeRecordFile(file, { shares: data.shares, pending: kept });
}

export async function upsertRecord(file: string, record: ShareRecord): Promise<void> {
  const shares = (await readRecords(file)).filter((s) => s.gist_id !== record.gist_id);
  shares.push(record);
  await writeRecords(file, shares);
}

export async function removeRecords(file: string, gistIds: readonly string[]): Promise<void> {
  const shares = await readRecords(file);
  const kept = shares.filter((s) => !gistIds.includes(s.gist_id));
  if (kept.length !== shares.length) await writeRecords(file, kept);
}

/** The local share records this machine knows: beside the nearest logs, and under ~/.massgen. */
export async function localRecords(
  where: { cwd: string; env: NodeJS.ProcessEnv; home?: string },
  logsDir?: string,
): Promise<{ files: string[]; records: ShareRecord[] }> {
  const found = await findLogsDir({ cwd: where.cwd, logsDir, env: where.env, home: where.home });
  const files = [...new Set([recordPath(found.dir, where.home), recordPath(undefined, where.home)])];
  const records = (await Promise.all(files.map(readRecords))).flat();
  return { files, records };
}

/** Uploads noted in the local records and never finished (a killed export), with the record they are in. */
export async function pendingUploads(files: readonly string[]): Promise<{ file: string; upload: PendingUpload }[]> {
  return (
    await Promise.all(files.map(async (file) => (await readPending(file)).map((upload) => ({ file, upload }))))
  ).flat();
}
