/**
 * The validator of `_session_manifest.json`'s one shape (manifest-types.ts). The exporter's
 * writer (manifest.ts) writes that shape; `shares pull` reads a gist's manifest only through
 * `parseManifest`, before it writes anything. MassGen's own exporter writes the same `version`
 * with no `format` and no file map; those shares are accepted too (pull reads their flat names).
 * Fields not listed here are kept and ignored (the Viewer's fields, counts, warnings).
 */
import { checkDistinctPaths, newFolders } from './distinct-paths.js';
import { ManifestError, show } from './manifest-error.js';
import {
  MANIFEST_VERSION,
  SHARE_FORMAT,
  type ManifestArchive,
  type ManifestFile,
  type ManifestLink,
  type ManifestMember,
  type ShareManifest,
} from './manifest-types.js';

export { MANIFEST_VERSION, SHARE_FORMAT } from './manifest-types.js';
export { checkDistinctPaths } from './distinct-paths.js';
export { ManifestError } from './manifest-error.js';
export type {
  Encoding,
  ManifestArchive,
  ManifestFile,
  ManifestLink,
  ManifestMember,
  ShareManifest,
} from './manifest-types.js';

const kindOf = (v: unknown): string =>
  v === null
    ? 'null'
    : v === undefined
      ? 'missing'
      : Array.isArray(v)
        ? 'an array'
        : typeof v === 'object'
          ? 'an object'
          : `a ${typeof v}`;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const HEX64 = /^[0-9a-f]{64}$/;

/** No path a share writes is deeper (PATH_MAX allows 2,048 on Linux): refused before any folder is made. */
const MAX_DEPTH = 1000;

/**
 * A path every rule below accepts, on every platform (a share's usual path: a 1,600-file pull checked each path in
 * 2-5 µs through the rules, 0.2 µs here): ASCII names of letters, digits, `_`, `-` and `.` that do not start with a
 * dot (so no `.`, `..` or `.git`; no `~` for `GIT~1`; no `:` for a drive), up to 255 bytes each, under 1,024
 * characters in all (so under MAX_DEPTH folders).
 */
const PLAIN_PATH = /^[\w-][\w.-]{0,254}(?:\/[\w-][\w.-]{0,254})*$/;

/**
 * Why a relative path from a share may not be written under a directory, or null when it may:
 * `/`-separated, not absolute, no empty, `.` or `..` segment, no NUL; on Windows no backslash.
 */
export function unsafePathReason(rel: string, platform: NodeJS.Platform = process.platform): string | null {
  const windows = platform === 'win32';
  if (rel.length <= 1024 && PLAIN_PATH.test(rel) && !(windows && WINDOWS_UNSAFE.test(rel))) return null;
  if (rel === '') return 'is empty';
  if (rel.startsWith('/') || (platform === 'win32' && /^[a-zA-Z]:/.test(rel))) return 'is absolute';
  if (rel.includes('\0')) return 'holds a NUL character';
  if (platform === 'win32' && rel.includes('\\')) return 'holds a backslash';
  const parts = rel.split('/');
  if (parts.length > MAX_DEPTH) return `is more than ${MAX_DEPTH} folders deep`;
  if (parts.some((p) => p === '..')) return 'climbs out with ..';
  if (parts.some((p) => p === '' || p === '.')) return 'has an empty or . segment';
  if (parts.some((p) => Buffer.byteLength(p) > 255)) return 'has a name longer than 255 bytes';
  if (parts.some(isRepositoryControl)) return "has a .git or .hg folder (a repository's settings can run commands)";
  if (windows && WINDOWS_UNSAFE.test(rel))
    return 'has a name Windows reads as another (a device such as CON or NUL, a trailing dot or space, or : < > " | ? *)';
  return null;
}

/**
 * A path Windows would write elsewhere than it reads: a device name in any case and with any extension (`NUL.txt`
 * writes to nothing, `CON` to the console), a name ending in a dot or space (dropped: `a.` is `a`), `:` (an NTFS
 * alternate stream of another file), the other characters Windows refuses, and control characters.
 */
const WINDOWS_UNSAFE =
  /(?:^|\/)(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)(?:\.[^/]*)?(?:\/|$)|[. ](?:\/|$)|[<>:"|?*\x00-\x1f]/i;

/**
 * A repository's control folder, as any file system may read the name: `.git` and `.hg` in any case, with the
 * trailing dots and spaces Windows drops, or as NTFS's short name (`GIT~1`). Git and Mercurial run commands their
 * settings name (core.fsmonitor, hooks) in the folder the user later works in: a share never writes one.
 */
export function isRepositoryControl(name: string): boolean {
  const n = name.toLowerCase().replace(/[. ]+$/, '');
  return n === '.git' || n === '.hg' || /^(?:git|hg)~\d+$/.test(n);
}

function str(v: unknown, where: string, opts: { empty?: boolean } = {}): string {
  if (typeof v !== 'string') throw new ManifestError(`${where} is ${kindOf(v)}, not a string`);
  if (!opts.empty && v === '') throw new ManifestError(`${where} is empty`);
  return v;
}
function size(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
    throw new ManifestError(`${where} is ${typeof v === 'number' ? String(v) : kindOf(v)}, not a size in bytes`);
  return v;
}
function hash(v: unknown, where: string): string {
  if (typeof v !== 'string' || !HEX64.test(v))
    throw new ManifestError(`${where} is not a sha256 (64 lowercase hex digits)`);
  return v;
}
function relPath(v: unknown, where: string): string {
  const p = str(v, where);
  const why = unsafePathReason(p);
  if (why) throw new ManifestError(`${where} ${show(p)} ${why}`);
  return p;
}

function checkVersion(m: Record<string, unknown>): void {
  if (!('version' in m)) throw new ManifestError('it has no version');
  const v = m.version;
  if (typeof v !== 'string' || !/^\d+(\.\d+)*$/.test(v))
    throw new ManifestError(
      `its version is ${typeof v === 'string' ? show(v) : kindOf(v)}, not a version such as "${MANIFEST_VERSION}"`,
    );
  const major = Number(v.split('.')[0]);
  const ours = Number(MANIFEST_VERSION.split('.')[0]);
  if (major > ours)
    throw new ManifestError(
      `it is manifest version ${v}, newer than this massgen-share reads (${ours}.x): update massgen-share (npm install -g massgen-share)`,
    );
  if (major < ours)
    throw new ManifestError(`it is manifest version ${v}, older than this massgen-share reads (${ours}.x)`);
  if (m.format !== undefined) {
    const f = str(m.format, 'format');
    if (f !== SHARE_FORMAT) {
      const newer = /^massgen-share\/(\d+)$/.exec(f);
      if (newer && Number(newer[1]) > 1)
        throw new ManifestError(
          `its format ${show(f)} is newer than this massgen-share reads (${SHARE_FORMAT}): update massgen-share`,
        );
      throw new ManifestError(`its format ${show(f)} is unknown (expected ${SHARE_FORMAT})`);
    }
  }
}

function checkFiles(v: unknown, ours: boolean): Record<string, ManifestFile> | null {
  if (v === undefined || v === null) {
    if (ours) throw new ManifestError('it has no files map');
    return null;
  }
  if (!isObject(v)) throw new ManifestError(`files is ${kindOf(v)}, not an object`);
  // No prototype: a gist file named __proto__ stays an ordinary key.
  const out: Record<string, ManifestFile> = Object.create(null) as Record<string, ManifestFile>;
  for (const [name, e] of Object.entries(v)) {
    const at = `files[${show(name)}]`;
    if (name === '' || name.includes('/')) throw new ManifestError(`${at} is not a gist file name`);
    if (!isObject(e)) throw new ManifestError(`${at} is ${kindOf(e)}, not an object`);
    const entry: ManifestFile = { path: relPath(e.path, `${at}.path`), encoding: 'utf-8' };
    if (e.encoding !== 'utf-8' && e.encoding !== 'base64')
      throw new ManifestError(
        `${at}.encoding is ${typeof e.encoding === 'string' ? show(e.encoding) : kindOf(e.encoding)}, not "utf-8" or "base64"`,
      );
    entry.encoding = e.encoding;
    if (ours || e.bytes !== undefined) entry.bytes = size(e.bytes, `${at}.bytes`);
    if (ours || e.sha256 !== undefined) entry.sha256 = hash(e.sha256, `${at}.sha256`);
    if (e.gist_bytes !== undefined) entry.gist_bytes = size(e.gist_bytes, `${at}.gist_bytes`);
    out[name] = entry;
  }
  return out;
}

function checkArchive(v: unknown): ManifestArchive | null {
  if (v === undefined || v === null) return null;
  if (!isObject(v)) throw new ManifestError(`archive is ${kindOf(v)}, not an object or null`);
  if (v.format !== undefined && v.format !== 'zip') throw new ManifestError('archive.format is not "zip"');
  if (v.encoding !== undefined && v.encoding !== 'base64') throw new ManifestError('archive.encoding is not "base64"');
  if (!Array.isArray(v.parts)) throw new ManifestError(`archive.parts is ${kindOf(v.parts)}, not an array`);
  const parts = v.parts.map((p, i) => str(p, `archive.parts[${i}]`));
  if (new Set(parts).size !== parts.length) throw new ManifestError('archive.parts names a part twice');
  if (!Array.isArray(v.members)) throw new ManifestError(`archive.members is ${kindOf(v.members)}, not an array`);
  const members = v.members.map((m, i): ManifestMember => {
    const at = `archive.members[${i}]`;
    if (!isObject(m)) throw new ManifestError(`${at} is ${kindOf(m)}, not an object`);
    return {
      path: relPath(m.path, `${at}.path`),
      bytes: size(m.bytes, `${at}.bytes`),
      sha256: hash(m.sha256, `${at}.sha256`),
    };
  });
  const out: ManifestArchive = {
    parts,
    bytes: v.bytes === null || v.bytes === undefined ? null : size(v.bytes, 'archive.bytes'),
    sha256: v.sha256 === null || v.sha256 === undefined ? null : hash(v.sha256, 'archive.sha256'),
    members,
  };
  if (v.members_truncated !== undefined) {
    if (typeof v.members_truncated !== 'boolean')
      throw new ManifestError('archive.members_truncated is not true or false');
    out.members_truncated = v.members_truncated;
  }
  if (v.members_count !== undefined) out.members_count = size(v.members_count, 'archive.members_count');
  if (
    parts.length > 0 &&
    !out.members_truncated &&
    out.members_count !== undefined &&
    out.members_count !== members.length
  ) {
    throw new ManifestError(`archive.members_count is ${out.members_count} but ${members.length} members are listed`);
  }
  return out;
}

function checkLinks(v: unknown): ManifestLink[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new ManifestError(`links is ${kindOf(v)}, not an array`);
  return v.map((l, i): ManifestLink => {
    const at = `links[${i}]`;
    if (!isObject(l)) throw new ManifestError(`${at} is ${kindOf(l)}, not an object`);
    const target = str(l.target, `${at}.target`);
    if (target.includes('\0')) throw new ManifestError(`${at}.target holds a NUL character`);
    return { path: relPath(l.path, `${at}.path`), target };
  });
}

/**
 * Every path a share writes: its files (the manifest's map, or one read back from flat names), its archive's members,
 * its links.
 */
export const sharePaths = (
  files: Record<string, ManifestFile>,
  manifest: Pick<ShareManifest, 'archive' | 'links'>,
): string[] => [
  ...Object.values(files).map((e) => e.path),
  ...(manifest.archive?.members ?? []).map((m) => m.path),
  ...(manifest.links ?? []).map((l) => l.path),
];

/** Validates a parsed manifest against the one shape; throws ManifestError naming the first problem. */
export function validateManifest(value: unknown): ShareManifest {
  if (!isObject(value)) throw new ManifestError(`it is ${kindOf(value)}, not an object`);
  checkVersion(value);
  const ours = value.format !== undefined;
  const files = checkFiles(value.files, ours);
  const archive = checkArchive(value.archive);
  const links = checkLinks(value.links);
  const sessionId =
    value.session_id === undefined || value.session_id === null ? null : str(value.session_id, 'session_id');
  checkDistinctPaths(sharePaths(files ?? {}, { archive, links }));
  return { ...value, version: value.version as string, session_id: sessionId, files, archive, links };
}

/** Parses and validates the manifest's text. */
export function parseManifest(text: string): ShareManifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ManifestError('it is not valid JSON');
  }
  return validateManifest(value);
}

/** Bytes the manifest says a pull writes: its files and the archive's listed members. */
export function declaredBytes(m: ShareManifest): number {
  let n = 0;
  const paths: string[] = [];
  for (const f of Object.values(m.files ?? {})) {
    n += (f.bytes ?? 0) + ENTRY_BYTES;
    paths.push(f.path);
  }
  for (const mem of m.archive?.members ?? []) {
    n += mem.bytes + ENTRY_BYTES;
    paths.push(mem.path);
  }
  for (const l of m.links ?? []) paths.push(l.path);
  // A link and a folder cost no bytes of content but an inode and a block each, and a file a block besides its bytes
  // (a share of a few bytes could ask for millions of them; 60,000 one-byte files took 236 MiB of disk: attack S):
  // each counts ENTRY_BYTES.
  const folders = new Set<string>();
  for (const p of paths) newFolders(p, folders);
  return n + ((m.links ?? []).length + folders.size) * ENTRY_BYTES;
}

/** What a pull counts against its cap for each file, folder and link it makes (a file system block). */
export const ENTRY_BYTES = 4096;
