import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { base64Length, type ExportContent } from '../core/content.js';
import {
  buildManifest,
  renderManifest,
  type ArchiveBuilt,
  type ManifestOptions,
  type WrittenManifest,
} from '../core/manifest.js';
import { archivePartCapacity } from '../core/placement.js';
import { archivePartName, MANIFEST_NAME } from '../core/names.js';
import { archived, diskPath, uploaded, type ExportPlan, type PlannedFile } from '../core/plan.js';
import { base64Chunks, writeZip, type ZipEntry } from './zip/writer.js';
import { newTempDir } from './cleanup.js';
import { yielder } from '../core/concurrency.js';
import { CancelledError } from '../errors.js';

/** One file of the gist, produced lazily so that nothing is held in memory. */
export interface GistFile {
  name: string;
  /** Bytes of the gist file's content. */
  bytes: number;
  data: () => AsyncIterable<Buffer>;
}

export interface PreparedExport {
  files: GistFile[];
  manifest: WrittenManifest;
  archive: ArchiveBuilt | null;
  /** Removes the temporary archive; always call it (also after a failure). */
  dispose: () => Promise<void>;
}

/** What a file's content is made from: the export's content, the one the collect measured it with. */
interface Sources {
  content: ExportContent;
}

const fileData = (plan: ExportPlan, f: PlannedFile, src: Sources) => () => {
  const bytes = src.content.bytes(diskPath(plan, f), f);
  return f.kind === 'base64' ? base64Chunks(bytes) : bytes;
};

/**
 * Writes the archived files into `dir/archive.zip` and cuts it into base64 gist files (parts) that each fit the
 * file-size limit.
 */
async function buildArchive(
  plan: ExportPlan,
  dir: string,
  opts: Sources & { signal?: AbortSignal },
): Promise<{ archive: ArchiveBuilt; parts: GistFile[] }> {
  const zipPath = path.join(dir, 'archive.zip');
  // Entries are made as the zip reaches them, not all up front (there can be tens of thousands).
  // Small members are read synchronously: the event loop is given a turn every few
  // milliseconds, so that a Ctrl-C is seen, and stops the archive, at once.
  const entries = async function* (): AsyncGenerator<ZipEntry> {
    const maybeYield = yielder();
    for (const m of archived(plan)) {
      const pause = maybeYield();
      if (pause) await pause;
      if (opts.signal?.aborted) throw new CancelledError('Cancelled; nothing was written.');
      yield {
        name: m.path,
        date: new Date(m.mtimeMs),
        data: () => opts.content.bytes(diskPath(plan, m), m),
        whole: () => opts.content.whole(diskPath(plan, m), m),
      };
    }
  };
  const built = await writeZip(zipPath, entries(), { mode: 0o600 });
  const parts: GistFile[] = [];
  const partRaw = archivePartCapacity(plan.limits.maxFileSize);
  for (let start = 0, i = 0; start < built.bytes; start += partRaw, i++) {
    const end = Math.min(built.bytes, start + partRaw);
    parts.push({
      name: archivePartName(i),
      bytes: base64Length(end - start),
      data: () => base64Chunks(createReadStream(zipPath, { start, end: end - 1 })),
    });
  }
  return { archive: { parts: parts.map((p) => p.name), bytes: built.bytes, sha256: built.sha256 }, parts };
}

/**
 * Turns a plan into the exact list of gist files: the manifest, each uploaded file (text as
 * redacted, images/PDF/Office as base64), and the overflow archive's base64 parts. The
 * archive is built first, into a private temporary directory, so the manifest can name it.
 */
export async function prepareGistFiles(
  plan: ExportPlan,
  opts: Sources & { redactString: (s: string) => string; signal?: AbortSignal } & Omit<ManifestOptions, 'archive'>,
): Promise<PreparedExport> {
  let tmp: string | undefined;
  let untrack: () => void = () => {};
  const dispose = async (): Promise<void> => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
    untrack();
  };
  try {
    let archive: ArchiveBuilt | null = null;
    let parts: GistFile[] = [];
    if (plan.accounting.archived > 0) {
      ({ dir: tmp, untrack } = await newTempDir('massgen-share-'));
      ({ archive, parts } = await buildArchive(plan, tmp, opts));
    }
    const manifest = buildManifest(plan, { ...opts, archive });
    // The manifest is made from metadata already redacted; one more pass is a cheap safety net.
    const manifestText = Buffer.from(opts.redactString(renderManifest(manifest)), 'utf8');
    const files: GistFile[] = [
      {
        name: MANIFEST_NAME,
        bytes: manifestText.length,
        data: async function* () {
          yield manifestText;
        },
      },
      ...uploaded(plan).map((f) => ({ name: f.name!, bytes: f.gistBytes!, data: fileData(plan, f, opts) })),
      ...parts,
    ];
    return { files, manifest, archive, dispose };
  } catch (err) {
    await dispose();
    throw err;
  }
}
