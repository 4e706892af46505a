import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

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

interface RecordFile {
  version: 1;
  shares: ShareRecord[];
}

/** `.massgen/shares.json` beside the logs (`<project>/.massgen/massgen_logs` → `<project>/.massgen/`), else under ~/.massgen. */
export function recordPath(logsDir: string | undefined, home = os.homedir()): string {
  if (logsDir && path.basename(logsDir) === 'massgen_logs') return path.join(path.dirname(logsDir), 'shares.json');
  return path.join(home, '.massgen', 'shares.json');
}

export async function readRecords(file: string): Promise<ShareRecord[]> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Partial<RecordFile>;
    return Array.isArray(data.shares) ? data.shares : [];
  } catch {
    return [];
  }
}

/** Rewrites the record atomically (a temporary file renamed over it). */
export async function writeRecords(file: string, shares: ShareRecord[]): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, `${JSON.stringify({ version: 1, shares } satisfies RecordFile, null, 2)}\n`, { mode: 0o600 });
  await rename(tmp, file);
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
