import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import prettyBytes from 'pretty-bytes';
import { trackTemp } from '../adapters/cleanup.js';
import { foldsCase, linkAt, placeDirectory, targetState } from '../adapters/output-target.js';
import { extractZip, PullCapError, SafeTree } from '../adapters/unzip.js';
import {
  checkDistinctPaths,
  declaredBytes,
  parseManifest,
  sharePaths,
  isRepositoryControl,
  type ManifestArchive,
  type ManifestFile,
  type ShareManifest,
} from '../core/manifest-schema.js';
import { MANIFEST_NAME } from '../core/names.js';
import { notPulledLine, shareMap, type NotPulled } from './shares-pull-map.js';
import { yielder } from '../core/concurrency.js';
import { describeError, UserError } from '../errors.js';
import { terminalSafe } from '../ui/terminal-safe.js';
import type { CommandContext } from './context.js';
import { type SharedGist, show } from './shares-pull-source.js';
import { plural } from '../ui/plural.js';
import { isToolConfig, leftOutLine, toolFileJudge } from '../core/tool-files.js';

export interface SharesPullOptions {
  ref: string;
  dir?: string;
  json: boolean;
  /** The most a pull writes, in bytes or a size such as 8GB (default shares-pull.ts's DEFAULT_PULL_CAP). */
  maxSize?: string | number;
  /** Also write the files tools act on (tool-files.ts). */
  toolFiles?: boolean;
}

/** Everything the manifest names must be there, and what it declares within the cap, before anything is written. */
function checkShare(
  share: SharedGist,
  manifest: ShareManifest,
  map: Record<string, ManifestFile>,
  cap: number,
): ManifestArchive | null {
  const archive = manifest.archive && manifest.archive.parts.length > 0 ? manifest.archive : null;
  if (archive && !archive.sha256)
    throw new UserError(
      `Gist ${share.id}: the manifest gives no sha256 for the overflow archive; it cannot be checked, so nothing was written.`,
    );
  for (const name of Object.keys(map)) {
    if (!share.byName.has(name))
      throw new UserError(
        `Gist ${share.id} is missing ${show(name)}, which its manifest lists; the share is incomplete.`,
      );
  }
  for (const name of archive?.parts ?? []) {
    if (!share.byName.has(name))
      throw new UserError(`Gist ${share.id} is missing the archive part ${show(name)}; the share is incomplete.`);
  }
  // The sizes it declares (a file without a declared size counts at its gist size, an upper bound of what it decodes
  // to).
  let declared = declaredBytes(manifest);
  for (const [name, e] of Object.entries(map)) {
    const size: unknown = share.byName.get(name)!.size;
    if (e.bytes === undefined)
      declared += typeof size === 'number' && Number.isSafeInteger(size) && size > 0 ? size : 0;
  }
  if (declared > cap) throw new PullCapError(cap, `This share writes ${prettyBytes(declared, { binary: true })},`);
  // The archive is held in memory whole: within the cap too, and its parts no larger than it (nothing downloaded yet).
  if (archive?.bytes && archive.bytes > cap)
    throw new PullCapError(cap, `This share's overflow archive is ${prettyBytes(archive.bytes, { binary: true })},`);
  if (archive) share.limitArchive(archive, cap);
  return archive;
}

interface Pulled {
  files: number;
  archived: string[];
  links: Awaited<ReturnType<SafeTree['links']>>;
  bytes: number;
  leftOut: string[];
}

/**
 * Writes the share into the staging directory: the files (checked), the archive's members, then the links. What must
 * be downloaded (the archive's parts, files the API cut short or gh may have rewritten) starts first, and the files the
 * API gave whole are written meanwhile, in synchronous calls; each download is written when it arrives.
 */
async function writeShare(
  share: SharedGist,
  manifest: ShareManifest,
  map: Record<string, ManifestFile>,
  archive: ManifestArchive | null,
  tree: SafeTree,
): Promise<Pulled> {
  const entries = Object.entries(map);
  const downloads: Promise<unknown>[] = [];
  // Handled from the start: one that fails while files are still being written is no unhandled rejection.
  const started = <T>(p: Promise<T>): Promise<T> => {
    p.catch(() => {});
    downloads.push(p);
    return p;
  };
  const zip = archive ? started(share.archiveZip(archive)) : null;
  const pause = yielder();
  try {
    for (const [name, entry] of entries) {
      const bytes = share.apiBytes(name, entry);
      if (bytes === undefined) {
        void started(share.rawBytes(name, entry).then((b) => tree.writeFile(entry.path, b)));
        continue;
      }
      await tree.writeFile(entry.path, bytes);
      const turn = pause();
      if (turn) await turn;
    }
    let archived: string[] = [];
    if (archive) {
      // Read from memory (it is there already): no temporary file to leave behind.
      archived = await extractZip(await zip!, tree, {
        members: new Map(archive.members.map((m) => [m.path, { bytes: m.bytes, sha256: m.sha256 }])),
        complete: !archive.members_truncated,
        count: archive.members_count ?? archive.members.length,
      });
    }
    await Promise.all(downloads);
    // Links last, after every file: nothing is written after them, so nothing is written through one.
    const links = await tree.links(manifest.links ?? []);
    const left = tree.leftOut;
    return {
      files: entries.filter(([, e]) => !left.has(e.path)).length,
      archived: archived.filter((p) => !left.has(p)),
      links,
      bytes: tree.contentBytes,
      leftOut: [...tree.leftOut],
    };
  } catch (err) {
    // Nothing may still be downloading or writing when the caller removes the staging directory.
    share.stop();
    await Promise.allSettled(downloads);
    throw err;
  }
}

function printResult(
  id: string,
  target: string,
  p: Pulled & { notPulled: readonly NotPulled[] },
  json: boolean,
  ctx: CommandContext,
): void {
  if (json) {
    // JSON.stringify leaves DEL, C1 and bidi controls raw: written as \u escapes, the same data, safe on a terminal.
    const doc = JSON.stringify(
      {
        success: true,
        gist_id: id,
        dir: target,
        files: p.files,
        archive_members: p.archived.length,
        links: p.links.created,
        links_skipped: p.links.skipped,
        left_out: p.leftOut,
        not_pulled: p.notPulled,
        bytes: p.bytes,
      },
      null,
      2,
    ).replace(
      /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    ctx.stdout.write(`${doc}\n`);
    return;
  }
  for (const s of p.links.skipped.slice(0, 10))
    ctx.stderr.write(`Warning: link ${show(s.path)} not recreated: ${s.why}.\n`);
  if (p.links.skipped.length > 10)
    ctx.stderr.write(`Warning: ${p.links.skipped.length - 10} more links not recreated.\n`);
  const left = leftOutLine(p.leftOut, show);
  if (left) ctx.stderr.write(`Warning: ${left}\n`);
  const unread = notPulledLine(p.notPulled);
  if (unread) ctx.stderr.write(`Warning: ${unread}\n`);
  ctx.stderr.write(
    `Pulled ${plural(p.files, 'file')}${p.archived.length ? ` and ${p.archived.length} from the archive` : ''} into:\n`,
  );
  ctx.stdout.write(`${terminalSafe(target)}\n`);
}

/**
 * DIR: as given, else the session id when it is a plain name that starts with a letter, a digit or `_` (a share names
 * its folder, never `.git` or `.ssh`, nor `--help`, which a later `rm -rf *` in the parent would read as an option),
 * of at most SESSION_NAME_MAX characters (a longer one failed with ENAMETOOLONG: hostile 57), else
 * massgen-share-<gist id>.
 */
/** A session id MassGen writes is 30 characters (`log_YYYYMMDD_HHMMSS_ffffff`); a folder's name holds 255 bytes. */
const SESSION_NAME_MAX = 128;
const SESSION_NAME = new RegExp(`^\\w[\\w.-]{0,${SESSION_NAME_MAX - 1}}$`);

function targetDir(
  opts: SharesPullOptions,
  ctx: CommandContext,
  id: string,
  sessionId: string | null | undefined,
): string {
  return path.resolve(
    ctx.cwd,
    opts.dir ??
      (sessionId && SESSION_NAME.test(sessionId) && !isRepositoryControl(sessionId)
        ? sessionId
        : `massgen-share-${id}`),
  );
}

/**
 * The pull once the gist is read (see runSharesPull): the manifest validated, the files and the archive's members
 * written into a staging directory beside DIR and checked, the links made, the directory put in place (placeDirectory).
 */
export async function pullShare(
  share: SharedGist,
  cap: number,
  opts: SharesPullOptions,
  ctx: CommandContext,
): Promise<number> {
  const id = share.id;
  const manifestFile = share.byName.get(MANIFEST_NAME);
  if (!manifestFile) throw new UserError(`Gist ${id} is not a MassGen share (it has no ${MANIFEST_NAME}).`);
  const manifest = parseManifest(await share.trustedText(MANIFEST_NAME, manifestFile));
  const { files: map, notPulled } = shareMap(share, manifest);
  const archive = checkShare(share, manifest, map, cap);
  share.cap = cap;
  const target = targetDir(opts, ctx, id, manifest.session_id);
  if ((await linkAt(target)) !== null)
    throw new UserError(`${terminalSafe(target)} is a symbolic link. Pull into a new or empty directory.`);
  const state = await targetState(target);
  if (state === 'non-empty')
    throw new UserError(`${terminalSafe(target)} already exists and is not empty. Pull into a new or empty directory.`);

  // DIR's parent folders, when this pull makes them, go too if it fails.
  const cannotMake = (err: unknown): never => {
    throw new UserError(
      `Cannot create ${terminalSafe(target)} (${terminalSafe((err as NodeJS.ErrnoException).code ?? describeError(err))}): choose a DIR in a folder you can write to.`,
    );
  };
  const madeParent = await mkdir(path.dirname(target), { recursive: true }).catch(cannotMake);
  const staging = await mkdtemp(path.join(path.dirname(target), `.${path.basename(target)}.partial-`)).catch(
    async (err: unknown) => {
      if (madeParent) await rm(madeParent, { recursive: true, force: true });
      return cannotMake(err);
    },
  );
  const untrack = trackTemp(staging);
  const isToolFile = toolFileJudge();
  try {
    // Paths that differ only by case are one file where the folder ignores case (a FAT drive on Linux): refused
    // before anything is written, as on macOS and Windows.
    if (await foldsCase(staging)) checkDistinctPaths(sharePaths(map, manifest), process.platform, true);
    const pulled = await writeShare(
      share,
      manifest,
      map,
      archive,
      new SafeTree(staging, cap, (rel, content) => !opts.toolFiles && isToolFile(rel, content), isToolConfig),
    );
    await placeDirectory(staging, target);
    printResult(id, target, { ...pulled, notPulled }, opts.json, ctx);
    return 0;
  } catch (err) {
    await rm(madeParent ?? staging, { recursive: true, force: true });
    // A file system error names a path from the gist: one escaped line, not an "unexpected error".
    if (!(err instanceof UserError) && (err as NodeJS.ErrnoException).code) {
      throw new UserError(
        `Writing the share into ${terminalSafe(target)} failed: ${terminalSafe(describeError(err))}; nothing was written.`,
      );
    }
    throw err;
  } finally {
    untrack();
  }
}
