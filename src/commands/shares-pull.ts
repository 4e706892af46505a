import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rename, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import prettyBytes from 'pretty-bytes';
import { GhApiError, Gh } from '../adapters/gh.js';
import { trackTemp } from '../adapters/cleanup.js';
import { targetState } from '../adapters/output-target.js';
import { extractZip, PullCapError, SafeTree } from '../adapters/unzip.js';
import { checkDistinctPaths, declaredBytes, parseManifest, unsafePathReason, type ManifestFile } from '../core/manifest-schema.js';
import { MANIFEST_NAME, parseFlatName } from '../core/names.js';
import { parseGistRef } from '../core/share.js';
import { parseSizeFlag } from '../core/sizes.js';
import { describeError, UserError } from '../errors.js';
import { terminalSafe } from '../ui/terminal-safe.js';
import type { CommandContext } from './context.js';

export interface SharesPullOptions {
  ref: string;
  dir?: string;
  json: boolean;
  /** The most a pull writes, in bytes or a size such as 8GB (default DEFAULT_PULL_CAP). */
  maxSize?: string | number;
}

interface ApiFile {
  filename?: string;
  content?: string;
  truncated?: boolean;
  size?: number;
  raw_url?: string;
}

/** Raw downloads (one gh process each) in flight at once: 60 coloured files, best of 4 runs on a loaded machine, 8.2 s one at a time, 4.6 s four at a time. */
const DOWNLOADS_IN_FLIGHT = 4;

/**
 * Runs task(0) ... task(count - 1), `limit` at a time. After a failure no task starts, and the
 * failure is thrown only once every running task has ended: nothing writes into the staging
 * directory while it is being removed.
 */
async function eachUntilFailure(count: number, limit: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { err: unknown } | undefined;
  await Promise.all(Array.from({ length: Math.min(limit, count) }, async () => {
    while (!failure && next < count) {
      const i = next++;
      try {
        await task(i);
      } catch (err) {
        failure ??= { err };
      }
    }
  }));
  if (failure) throw failure.err;
}

/** What a pull writes at most unless --max-size says otherwise. */
export const DEFAULT_PULL_CAP = 4 * 1024 ** 3;

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
const show = (s: string): string => `"${terminalSafe(s)}"`;

/**
 * gh rewrites control characters in `gh api` JSON output into caret notation (ESC becomes
 * `^[`), so a `content` holding a caret may not be the gist's bytes. Raw URLs are not rewritten.
 */
const mayBeRewritten = (text: string): boolean => text.includes('^');

/** The name a gist file really has: gh rewrites control characters in the JSON keys too; the raw URL's last segment is percent-encoded. */
function realName(key: string, f: ApiFile): string {
  if (!mayBeRewritten(key) || !f.raw_url) return key;
  try {
    return decodeURIComponent(new URL(f.raw_url).pathname.split('/').pop() ?? '') || key;
  } catch {
    return key;
  }
}

/**
 * `massgen shares pull <id|url> [DIR]`: downloads a share into a local log tree with the
 * original paths. The manifest is validated against its one schema before anything is written;
 * every file is checked against the manifest's size and sha256, and fetched whole from its raw
 * URL when the API's `content` is cut short or does not match (gh rewrites control characters
 * in JSON); the overflow archive is checked member by member against the manifest; links are
 * made last, only those that stay inside DIR. Everything goes into a staging directory beside
 * DIR, renamed into place at the end (removed on any failure), under a cap on the bytes written.
 */
export async function runSharesPull(opts: SharesPullOptions, ctx: CommandContext): Promise<number> {
  const id = parseGistRef(opts.ref);
  const cap = opts.maxSize === undefined ? DEFAULT_PULL_CAP : parseSizeFlag('max-size', opts.maxSize);
  const gh = new Gh({ env: ctx.env, signal: ctx.signal });
  await gh.version();
  await gh.authStatus();
  const gist = await gh.json<{ files?: Record<string, ApiFile> | null }>('GET', `gists/${id}`, `Reading gist ${id}`).catch((err: unknown) => {
    if (err instanceof GhApiError && err.status === 404) throw new UserError(`Gist ${id} not found: check the id (massgen shares list) or the link.`);
    throw err;
  });
  const byName = new Map<string, ApiFile>();
  for (const [key, f] of Object.entries(gist?.files ?? {})) byName.set(realName(key, f), f);

  const raw = async (name: string, f: ApiFile): Promise<string> => {
    if (!f.raw_url) throw new UserError(`Gist ${id} gives no raw URL for ${show(name)}; it cannot be restored.`);
    return gh.raw(f.raw_url, `Downloading ${terminalSafe(name)}`);
  };
  const apiText = (f: ApiFile): string | undefined => (f.truncated || typeof f.content !== 'string' || f.content === '' ? undefined : f.content);
  /** Text that must be the gist's bytes (nothing to check it against): from the API unless gh may have rewritten it. */
  const trustedText = async (name: string, f: ApiFile): Promise<string> => {
    const t = apiText(f);
    return t !== undefined && !mayBeRewritten(t) ? t : raw(name, f);
  };

  const manifestFile = byName.get(MANIFEST_NAME);
  if (!manifestFile) throw new UserError(`Gist ${id} is not a MassGen share (it has no ${MANIFEST_NAME}).`);
  const manifest = parseManifest(await trustedText(MANIFEST_NAME, manifestFile));

  // Which gist files are which paths: the manifest's map, or (a share made by MassGen's own
  // exporter) MassGen's names read back, base64 for the Viewer's binary extensions.
  let map: Record<string, ManifestFile>;
  if (manifest.files) map = manifest.files;
  else {
    map = Object.create(null) as Record<string, ManifestFile>;
    for (const name of byName.keys()) {
      const parsed = parseFlatName(name);
      if (!parsed) continue;
      const p = `turn_${parsed.turn}/attempt_${parsed.attempt}/${parsed.attemptRel}`;
      if (unsafePathReason(p)) throw new UserError(`Gist ${id} holds a file whose name reads back as an unsafe path (${show(p)}); nothing was written.`);
      map[name] = { path: p, encoding: /\.(png|jpe?g|gif|webp|pdf|docx|pptx|xlsx)$/i.test(name) ? 'base64' : 'utf-8' };
    }
    checkDistinctPaths([...Object.values(map).map((e) => e.path), ...(manifest.archive?.members ?? []).map((m) => m.path), ...(manifest.links ?? []).map((l) => l.path)]);
  }
  const archive = manifest.archive && manifest.archive.parts.length > 0 ? manifest.archive : null;
  if (archive && !archive.sha256) throw new UserError(`Gist ${id}: the manifest gives no sha256 for the overflow archive; it cannot be checked, so nothing was written.`);
  // Everything the manifest names must be there before anything is written.
  for (const name of Object.keys(map)) {
    if (!byName.has(name)) throw new UserError(`Gist ${id} is missing ${show(name)}, which its manifest lists; the share is incomplete.`);
  }
  for (const name of archive?.parts ?? []) {
    if (!byName.has(name)) throw new UserError(`Gist ${id} is missing the archive part ${show(name)}; the share is incomplete.`);
  }
  // The sizes it declares (a file without a declared size counts at its gist size, an upper bound of what it decodes to).
  let declared = declaredBytes(manifest);
  for (const [name, e] of Object.entries(map)) if (e.bytes === undefined) declared += byName.get(name)!.size ?? 0;
  if (declared > cap) throw new PullCapError(cap, `This share writes ${prettyBytes(declared, { binary: true })},`);

  const sessionId = manifest.session_id;
  const target = path.resolve(ctx.cwd, opts.dir ?? (sessionId && /^[\w.-]+$/.test(sessionId) && !/^\.+$/.test(sessionId) ? sessionId : `massgen-share-${id}`));
  const state = await targetState(target);
  if (state === 'non-empty') throw new UserError(`${terminalSafe(target)} already exists and is not empty. Pull into a new or empty directory.`);

  // DIR's parent folders, when this pull makes them, go too if it fails.
  const madeParent = await mkdir(path.dirname(target), { recursive: true });
  const staging = await mkdtemp(path.join(path.dirname(target), `.${path.basename(target)}.partial-`));
  const untrack = trackTemp(staging);
  try {
    const tree = new SafeTree(staging, cap);
    const entries = Object.entries(map);
    await eachUntilFailure(entries.length, DOWNLOADS_IN_FLIGHT, async (i) => {
      const [name, entry] = entries[i]!;
      const file = byName.get(name)!;
      const decode = (t: string): Buffer => (entry.encoding === 'base64' ? Buffer.from(t, 'base64') : Buffer.from(t, 'utf8'));
      const matches = (b: Buffer): boolean => (entry.bytes === undefined || b.length === entry.bytes) && (entry.sha256 === undefined || sha256(b) === entry.sha256);
      let bytes: Buffer | undefined;
      const fromApi = apiText(file);
      if (fromApi !== undefined && (entry.sha256 !== undefined || !mayBeRewritten(fromApi))) {
        const b = decode(fromApi);
        if (matches(b)) bytes = b;
      }
      if (!bytes) {
        // Cut short, or not the bytes the manifest describes (gh may have rewritten control characters): the raw file decides.
        bytes = decode(await raw(name, file));
        if (entry.bytes !== undefined && bytes.length !== entry.bytes) throw new UserError(`${show(entry.path)} is ${bytes.length} bytes, but the manifest says ${entry.bytes}: the share is damaged or was edited; nothing was written.`);
        if (entry.sha256 !== undefined && sha256(bytes) !== entry.sha256) throw new UserError(`${show(entry.path)} does not match the manifest's sha256: the share is damaged or was edited; nothing was written.`);
      }
      await tree.writeFile(entry.path, bytes);
    });
    const written = entries.length;
    let archived: string[] = [];
    if (archive) {
      const fetchParts = async (fresh: boolean): Promise<Buffer> => {
        const parts: Buffer[] = [];
        for (const name of archive.parts) {
          const f = byName.get(name)!;
          parts.push(Buffer.from(fresh ? await raw(name, f) : await trustedText(name, f), 'base64'));
        }
        return Buffer.concat(parts);
      };
      let zip = await fetchParts(false);
      if (sha256(zip) !== archive.sha256) zip = await fetchParts(true);
      if (sha256(zip) !== archive.sha256) throw new UserError('The overflow archive does not match the manifest\'s sha256: the share is damaged or was edited; nothing was written.');
      // Read from memory (it is there already): no temporary file to leave behind.
      archived = await extractZip(zip, tree, {
        members: new Map(archive.members.map((m) => [m.path, { bytes: m.bytes, sha256: m.sha256 }])),
        complete: !archive.members_truncated,
      });
    }
    // Links last, after every file: nothing is written after them, so nothing is written through one.
    const links = await tree.links(manifest.links ?? []);
    if (state === 'empty-dir') await rmdir(target);
    await rename(staging, target);
    if (opts.json) {
      // JSON.stringify leaves DEL, C1 and bidi controls raw: written as \u escapes, the same data, safe on a terminal.
      const json = JSON.stringify({ success: true, gist_id: id, dir: target, files: written, archive_members: archived.length, links: links.created, links_skipped: links.skipped, bytes: tree.written }, null, 2)
        .replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      ctx.stdout.write(`${json}\n`);
    } else {
      for (const s of links.skipped.slice(0, 10)) ctx.stderr.write(`Warning: link ${show(s.path)} not recreated: ${s.why}.\n`);
      if (links.skipped.length > 10) ctx.stderr.write(`Warning: ${links.skipped.length - 10} more links not recreated.\n`);
      ctx.stderr.write(`Pulled ${written} files${archived.length ? ` and ${archived.length} from the archive` : ''} into:\n`);
      ctx.stdout.write(`${terminalSafe(target)}\n`);
    }
    return 0;
  } catch (err) {
    await rm(madeParent ?? staging, { recursive: true, force: true });
    // A file system error names a path from the gist: one escaped line, not an "unexpected error".
    if (!(err instanceof UserError) && (err as NodeJS.ErrnoException).code) {
      throw new UserError(`Writing the share into ${terminalSafe(target)} failed: ${terminalSafe(describeError(err))}; nothing was written.`);
    }
    throw err;
  } finally {
    untrack();
  }
}
