import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GhApiError, Gh } from '../adapters/gh.js';
import { trackTemp } from '../adapters/cleanup.js';
import { targetState } from '../adapters/output-target.js';
import { extractZip, safeJoin } from '../adapters/unzip.js';
import { MANIFEST_NAME, parseFlatName } from '../core/names.js';
import { parseGistRef } from '../core/share.js';
import { UserError } from '../errors.js';
import type { CommandContext } from './context.js';

export interface SharesPullOptions {
  ref: string;
  dir?: string;
  json: boolean;
}

interface ApiFile {
  filename: string;
  content?: string;
  truncated?: boolean;
  raw_url: string;
}

interface ManifestEntry {
  path: string;
  encoding: 'utf-8' | 'base64';
  sha256?: string;
  bytes?: number;
}

interface Manifest {
  session_id?: string;
  files?: Record<string, ManifestEntry>;
  archive?: { parts: string[]; sha256?: string | null } | null;
  links?: { path: string; target: string }[];
}

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/**
 * `massgen shares pull <id|url> [DIR]`: downloads a share into a local log tree with the
 * original paths (from the manifest's file map), base64 files decoded, the overflow archive
 * unpacked, links recreated, and files past the API's 1 MB `content` fetched whole from their
 * raw URL. Every file is checked against the manifest's sha256. Writes into a staging
 * directory and renames it into place; refuses a non-empty DIR.
 */
export async function runSharesPull(opts: SharesPullOptions, ctx: CommandContext): Promise<number> {
  const id = parseGistRef(opts.ref);
  const gh = new Gh({ env: ctx.env, signal: ctx.signal });
  await gh.version();
  await gh.authStatus();
  const gist = await gh.json<{ files: Record<string, ApiFile> }>('GET', `gists/${id}`, `Reading gist ${id}`).catch((err: unknown) => {
    if (err instanceof GhApiError && err.status === 404) throw new UserError(`Gist ${id} not found: check the id (massgen shares list) or the link.`);
    throw err;
  });
  const content = async (f: ApiFile): Promise<string> =>
    f.truncated || f.content === undefined || f.content === '' ? gh.raw(f.raw_url, `Downloading ${f.filename}`) : f.content;
  const manifestFile = gist.files[MANIFEST_NAME];
  if (!manifestFile) throw new UserError(`Gist ${id} is not a MassGen share (it has no ${MANIFEST_NAME}).`);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await content(manifestFile)) as Manifest;
  } catch {
    throw new UserError(`Gist ${id} has a ${MANIFEST_NAME} that is not valid JSON; it cannot be restored.`);
  }
  const target = path.resolve(ctx.cwd, opts.dir ?? (manifest.session_id && /^[\w.-]+$/.test(manifest.session_id) ? manifest.session_id : `massgen-share-${id}`));
  const state = await targetState(target);
  if (state === 'non-empty') throw new UserError(`${target} already exists and is not empty. Pull into a new or empty directory.`);

  await mkdir(path.dirname(target), { recursive: true });
  const staging = await mkdtemp(path.join(path.dirname(target), `.${path.basename(target)}.partial-`));
  const untrack = trackTemp(staging);
  try {
    // Which gist files are which paths: the manifest's map, or (a share made by MassGen's own
    // exporter) MassGen's names read back, base64 for the Viewer's binary extensions.
    const map: Record<string, ManifestEntry> = manifest.files ?? Object.fromEntries(Object.keys(gist.files).flatMap((name) => {
      const parsed = parseFlatName(name);
      if (!parsed) return [];
      const encoding = /\.(png|jpe?g|gif|webp|pdf|docx|pptx|xlsx)$/i.test(name) ? 'base64' as const : 'utf-8' as const;
      return [[name, { path: `turn_${parsed.turn}/attempt_${parsed.attempt}/${parsed.attemptRel}`, encoding }]];
    }));
    let written = 0;
    for (const [name, entry] of Object.entries(map)) {
      const file = gist.files[name];
      if (!file) throw new UserError(`Gist ${id} is missing ${name}, which its manifest lists; the share is incomplete.`);
      const text = await content(file);
      const bytes = entry.encoding === 'base64' ? Buffer.from(text, 'base64') : Buffer.from(text, 'utf8');
      if (entry.sha256 && sha256(bytes) !== entry.sha256) throw new UserError(`${entry.path} does not match the manifest's sha256: the share is damaged or was edited.`);
      const dest = safeJoin(staging, entry.path);
      await mkdir(path.dirname(dest), { recursive: true });
      await writeFile(dest, bytes, { flag: 'wx' });
      written++;
    }
    let archived: string[] = [];
    if (manifest.archive && manifest.archive.parts.length > 0) {
      const parts: Buffer[] = [];
      for (const name of manifest.archive.parts) {
        const file = gist.files[name];
        if (!file) throw new UserError(`Gist ${id} is missing the archive part ${name}; the share is incomplete.`);
        parts.push(Buffer.from(await content(file), 'base64'));
      }
      const zip = Buffer.concat(parts);
      if (manifest.archive.sha256 && sha256(zip) !== manifest.archive.sha256) throw new UserError('The overflow archive does not match the manifest\'s sha256: the share is damaged.');
      const tmp = await mkdtemp(path.join(os.tmpdir(), 'massgen-share-pull-'));
      try {
        await writeFile(path.join(tmp, 'archive.zip'), zip);
        archived = await extractZip(path.join(tmp, 'archive.zip'), staging);
      } finally {
        await rm(tmp, { recursive: true, force: true });
      }
    }
    for (const link of manifest.links ?? []) {
      const at = safeJoin(staging, link.path);
      const resolved = path.resolve(path.dirname(at), link.target);
      if (path.isAbsolute(link.target) || !resolved.startsWith(staging + path.sep)) continue;
      await mkdir(path.dirname(at), { recursive: true });
      await symlink(link.target, at);
    }
    if (state === 'empty-dir') await rm(target, { recursive: true });
    await rename(staging, target);
    if (opts.json) {
      ctx.stdout.write(`${JSON.stringify({ success: true, gist_id: id, dir: target, files: written, archive_members: archived.length, links: manifest.links?.length ?? 0 }, null, 2)}\n`);
    } else {
      ctx.stderr.write(`Pulled ${written} files${archived.length ? ` and ${archived.length} from the archive` : ''} into:\n`);
      ctx.stdout.write(`${target}\n`);
    }
    return 0;
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  } finally {
    untrack();
  }
}
