/**
 * Shares seeded on the fake GitHub as an exporter (or an attacker) would upload them, pulled with the real CLI into
 * `<parent>/work/out` from `<parent>/work`, and the tree a pull left, listed without following links.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_NAME } from '../../src/core/names.js';
import { runCli, tempDir, type RunResult } from './env.js';
import type { FakeGitHub } from './fake-github.js';
import { buildZip } from './zip.js';

export const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

export interface ShareSpec {
  /** Original path → bytes (uploaded as UTF-8 text unless listed in base64). */
  files?: Record<string, Buffer | string>;
  base64?: string[];
  /** Gist file names for some paths (default f0.txt, f1.txt, ...). */
  names?: Record<string, string>;
  /** Gist file name → the path the manifest gives it and its bytes, after `files` (a hostile map may repeat a path). */
  entries?: [string, string, Buffer | string][];
  /** Archive members as the manifest lists them (bytes default to the data's size; a regular file's mode). */
  members?: { path: string; data: Buffer; bytes?: number; mode?: number }[];
  /** The archive itself (default: built from the members). */
  zip?: Buffer;
  truncated?: boolean;
  links?: { path: string; target: string }[];
  /** Edits the manifest, or replaces it (a string is uploaded as is). */
  manifest?: (m: Record<string, any>) => unknown;
}

/** Seeds a share on the fake GitHub and returns its gist id. */
export function seedShare(fake: FakeGitHub, spec: ShareSpec): string {
  const gistFiles: Record<string, string> = {};
  const files: Record<string, unknown> = {};
  const named = Object.entries(spec.files ?? {}).map(([p, data], i): [string, string, Buffer | string] => [
    spec.names?.[p] ?? `f${i}.txt`,
    p,
    data,
  ]);
  for (const [name, p, data] of [...named, ...(spec.entries ?? [])]) {
    const buf = Buffer.from(data);
    const encoding = spec.base64?.includes(p) ? 'base64' : 'utf-8';
    gistFiles[name] = encoding === 'base64' ? buf.toString('base64') : buf.toString('utf8');
    files[name] = {
      path: p,
      bytes: buf.length,
      sha256: sha(buf),
      encoding,
      gist_bytes: Buffer.byteLength(gistFiles[name]),
    };
  }
  let archive: unknown = null;
  if (spec.members || spec.zip) {
    const members = spec.members ?? [];
    const zip = spec.zip ?? buildZip(members.map((m) => ({ name: m.path, data: m.data, mode: m.mode ?? 0o100644 })));
    gistFiles['_archive.zip.b64.part001'] = zip.toString('base64');
    archive = {
      format: 'zip',
      encoding: 'base64',
      parts: ['_archive.zip.b64.part001'],
      bytes: zip.length,
      sha256: sha(zip),
      members: members.map((m) => ({
        path: m.path,
        bytes: m.bytes ?? m.data.length,
        sha256: sha(m.data),
        reason: 'binary',
      })),
      ...(spec.truncated ? { members_truncated: true, members_count: members.length + 1 } : {}),
    };
  }
  const manifest: Record<string, any> = {
    version: '2.0',
    session_id: 'log_20260301_090000_000001',
    format: 'massgen-share/1',
    files,
    archive,
    links: spec.links ?? [],
  };
  const final = spec.manifest ? spec.manifest(manifest) : manifest;
  gistFiles[MANIFEST_NAME] = typeof final === 'string' ? final : JSON.stringify(final, null, 2);
  return fake.seed('MassGen: a share', gistFiles).id;
}

export type Pulled = RunResult & { parent: string; work: string; dest: string };

/** `shares pull ID <parent>/work/out ARGS`, run in `<parent>/work`, `<parent>` a new temp dir. */
export async function pullShare(
  env: NodeJS.ProcessEnv,
  id: string,
  args: string[] = [],
  opts: { tag?: string; timeoutMs?: number } = {},
): Promise<Pulled> {
  const parent = await tempDir(`mgs-${opts.tag ?? 'pull'}-`);
  const work = path.join(parent, 'work');
  await mkdir(work);
  const dest = path.join(work, 'out');
  const r = await runCli(['shares', 'pull', id, dest, ...args], {
    cwd: work,
    env,
    timeoutMs: opts.timeoutMs ?? 90_000,
  });
  return { ...r, parent, work, dest };
}

/** Every path under `dir` (links not followed), links marked `@`. */
export async function listTree(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const name of (await readdir(path.join(dir, rel))).sort()) {
    const r = rel ? `${rel}/${name}` : name;
    const st = await lstat(path.join(dir, r));
    out.push(st.isSymbolicLink() ? `${r}@` : r);
    if (st.isDirectory()) out.push(...(await listTree(dir, r)));
  }
  return out;
}
