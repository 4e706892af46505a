/** The directory tree `shares pull` writes into, safely: every path checked, never through a link, under a cap. */
import { createHash } from 'node:crypto';
import { closeSync, constants, lstatSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { lstat, mkdir, open, symlink, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import prettyBytes from 'pretty-bytes';
import { ENTRY_BYTES, unsafePathReason } from '../core/manifest-schema.js';
import { RepositoryLayoutGuard } from '../core/repository-layout.js';
import { UserError } from '../errors.js';
import { outsideReason, passesThroughLink } from './link-targets.js';
import { terminalSafe } from '../ui/terminal-safe.js';

export const show = (s: string): string => `"${terminalSafe(s)}"`;

/**
 * Joins a relative path from a downloaded share under `root`, refusing anything that would
 * escape it. A backslash is an ordinary character in a POSIX file name (and kept); on Windows,
 * where it separates folders, it is refused.
 */
export function safeJoin(root: string, rel: string, platform: NodeJS.Platform = process.platform): string {
  refuseUnsafe(rel, platform);
  return path.join(root, ...rel.split('/'));
}

function refuseUnsafe(rel: string, platform: NodeJS.Platform = process.platform): void {
  const why = unsafePathReason(rel, platform);
  if (why) throw new UserError(`The share holds an unsafe path (${show(rel)}: it ${why}); nothing was written.`);
}

/** The pull wrote (or would write) more than its cap. */
export class PullCapError extends UserError {
  constructor(cap: number, what: string) {
    super(
      `${what} more than the pull limit of ${prettyBytes(cap, { binary: true })}; nothing was written. If you trust this share, pass --max-size with a larger size (e.g. --max-size ${prettyBytes(cap * 4, { binary: true }).replace(/\s|i/g, '')}).`,
    );
    this.name = 'PullCapError';
  }
}

export const damaged = (what: string): UserError =>
  new UserError(`${what}: the share is damaged or was edited; nothing was written.`);

/** A path from the share, cut in the middle when long, for a one-line message. */
const shortPath = (rel: string): string => (rel.length > 160 ? `${rel.slice(0, 60)}…${rel.slice(-80)}` : rel);

/** A file system error while writing `rel`: one line naming the share's path (escaped), never the staging directory. */
function fsError(err: unknown, rel: string): unknown {
  const code = (err as NodeJS.ErrnoException).code;
  if (err instanceof UserError || !code) return err;
  const why =
    code === 'ENAMETOOLONG'
      ? 'the path is too long for this file system'
      : code === 'ENOSPC'
        ? 'the disk is full'
        : code;
  return new UserError(`Cannot write ${show(shortPath(rel))} from the share (${why}); nothing was written.`);
}

const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;
/** A file that must be new (O_EXCL) and not a link (O_NOFOLLOW). */
const NEW_FILE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | O_NOFOLLOW;
/** Files up to this size are written with synchronous calls (writeFileSync). */
const SYNC_MAX = 1024 * 1024;

/** Opening a new file failed: a second file (or a folder, or a link) at its path is a damaged share. */
function createError(err: unknown, rel: string): unknown {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EEXIST' || code === 'ELOOP' || code === 'EISDIR')
    return damaged(`The share holds ${show(shortPath(rel))} twice`);
  return fsError(err, rel);
}
const parentOf = (rel: string): string => (rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '');

/**
 * A directory tree that `shares pull` fills, created empty by the caller. Every write resolves
 * against the real file system: each folder on the way is created here and checked with lstat
 * to be a real folder (never a link), each file is new (O_EXCL) and never a link (O_NOFOLLOW),
 * and a link is made only after every file, only when its target stays inside the tree without
 * passing through another link. The total written is held under a cap.
 */
export class SafeTree {
  private readonly dirs = new Map<string, Promise<void>>([['', Promise.resolve()]]);
  /** The folders made and checked already. */
  private readonly madeDirs = new Set<string>(['']);
  private readonly layout = new RepositoryLayoutGuard();
  /** The root, absolute and normalised, with its separator: a checked path is appended to it. */
  private readonly prefix: string;
  /** What the cap is charged: the files' bytes and a block for each entry (manifest-schema.ts' ENTRY_BYTES). */
  written = 0;
  /** The files' bytes alone (the pull's report: hostile 57 saw 12,329 bytes for one file of 42). */
  contentBytes = 0;

  /** The share's paths left out (tool-files.ts), in the order their writes came. */
  readonly leftOut = new Set<string>();

  /**
   * `leaveOut`: true for a path of the share that is left out (its writes then do nothing), given its content when
   * `byContent` says that decides (a file streamed from the archive is then read whole first, up to SYNC_MAX; a
   * larger one, or a link, is judged without it).
   */
  constructor(
    readonly root: string,
    readonly cap: number,
    private readonly leaveOut: (rel: string, content?: Buffer) => boolean = () => false,
    private readonly byContent: (rel: string) => boolean = () => false,
  ) {
    this.prefix = path.join(path.resolve(root), 'x').slice(0, -1);
  }

  /**
   * The absolute path of `rel` in the tree, refused (as safeJoin refuses) when it could leave it. A path that passes
   * has no empty, `.` or `..` segment and is not absolute: on POSIX it is appended to the root as it is.
   */
  check(rel: string): string {
    refuseUnsafe(rel);
    return this.abs(rel);
  }

  private abs(rel: string): string {
    return path.sep === '/' ? this.prefix + rel : path.join(this.prefix, ...rel.split('/'));
  }

  /** Records a new entry (file, folder or link): refused when it would make its folder a repository's. */
  private entry(rel: string): void {
    const repo = this.layout.add(rel);
    if (repo !== null)
      throw new UserError(
        `The share would make ${repo === '' ? 'its top folder' : show(shortPath(repo))} a git repository (a HEAD beside objects, refs or commondir): git would run the commands its settings name wherever you work in it; nothing was written.`,
      );
  }

  /** True (and recorded, once) when `rel` is left out. */
  private left(rel: string, content?: Buffer): boolean {
    if (!this.leaveOut(rel, content)) return false;
    this.leftOut.add(rel);
    return true;
  }

  /** Refuses `n` more bytes and `content` bytes of a file when they would take the tree past its cap. */
  reserve(n: number, content = 0): void {
    if (this.written + n + content > this.cap) throw new PullCapError(this.cap, 'This share writes');
    this.written += n + content;
    this.contentBytes += content;
  }

  /** Makes the folder once, however many writes ask for it at the same time. */
  private dir(relDir: string): Promise<void> {
    let made = this.dirs.get(relDir);
    if (!made) {
      made = this.makeDir(relDir);
      this.dirs.set(relDir, made);
    }
    return made;
  }

  private async makeDir(relDir: string): Promise<void> {
    await this.dir(parentOf(relDir));
    this.entry(relDir);
    this.reserve(ENTRY_BYTES);
    const abs = this.abs(relDir);
    try {
      await mkdir(abs);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw fsError(err, relDir);
    }
    const st = await lstat(abs).catch((err: unknown) => {
      throw fsError(err, relDir);
    });
    if (!st.isDirectory()) throw damaged(`${show(relDir)} is both a file or link and a folder`);
    this.madeDirs.add(relDir);
  }

  /** dir(), at once: the same checks in synchronous calls. */
  private dirSync(relDir: string): void {
    if (this.madeDirs.has(relDir)) return;
    this.dirSync(parentOf(relDir));
    this.entry(relDir);
    this.reserve(ENTRY_BYTES);
    const abs = this.abs(relDir);
    try {
      mkdirSync(abs);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw fsError(err, relDir);
    }
    let st;
    try {
      st = lstatSync(abs);
    } catch (err) {
      throw fsError(err, relDir);
    }
    if (!st.isDirectory()) throw damaged(`${show(relDir)} is both a file or link and a folder`);
    this.madeDirs.add(relDir);
  }

  /** A new file at `rel`, opened for writing; its folders are made (real folders, checked). */
  private async create(rel: string): Promise<FileHandle> {
    const abs = this.check(rel);
    await this.dir(parentOf(rel));
    this.entry(rel);
    try {
      return await open(abs, NEW_FILE, 0o666);
    } catch (err) {
      throw createError(err, rel);
    }
  }

  /**
   * Writes a small file (up to SYNC_MAX) at once, with writeFile's checks: for many small files,
   * synchronous calls cost a fraction of the thread pool's round trips (a 1,600-file pull wrote
   * at a tenth of `cp -a`'s speed through it).
   */
  writeFileSync(rel: string, data: Buffer): void {
    if (this.left(rel, data)) return;
    // A file takes a block besides its bytes (many tiny files fill a disk: manifest-schema.ts' ENTRY_BYTES).
    this.reserve(ENTRY_BYTES, data.length);
    const abs = this.check(rel);
    this.dirSync(parentOf(rel));
    this.entry(rel);
    let fd: number;
    try {
      fd = openSync(abs, NEW_FILE, 0o666);
    } catch (err) {
      throw createError(err, rel);
    }
    try {
      for (let off = 0; off < data.length;) off += writeSync(fd, data, off, data.length - off);
    } catch (err) {
      throw fsError(err, rel);
    } finally {
      closeSync(fd);
    }
  }

  async writeFile(rel: string, data: Buffer): Promise<void> {
    if (this.left(rel, data)) return;
    if (data.length <= SYNC_MAX) return this.writeFileSync(rel, data);
    this.reserve(ENTRY_BYTES, data.length);
    const fh = await this.create(rel);
    try {
      await writeAll(fh, data).catch((err: unknown) => {
        throw fsError(err, rel);
      });
    } finally {
      await fh.close();
    }
  }

  /**
   * Writes a stream to a new file, stopping as soon as it passes `limit` bytes (its declared
   * size) or the cap; checks the size and, when given, the sha256 at the end.
   */
  async writeStream(rel: string, stream: Readable, limit: number, sha256?: string): Promise<void> {
    // Once we stop reading, yauzl's size check may still fire: the iteration has its answer already.
    stream.on('error', () => {});
    // A file judged by its content is read whole first (it is small), then written as one.
    const held: Buffer[] | null = limit <= SYNC_MAX && this.byContent(rel) ? [] : null;
    if (!held && this.left(rel)) {
      stream.destroy();
      return;
    }
    if (!held) this.reserve(ENTRY_BYTES);
    const fh = held ? null : await this.create(rel);
    const h = createHash('sha256');
    let n = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        n += chunk.length;
        if (n > limit) throw damaged(`${show(rel)} in the archive is larger than its declared ${limit} bytes`);
        h.update(chunk);
        if (held) held.push(chunk);
        else {
          this.reserve(0, chunk.length);
          await writeAll(fh!, chunk).catch((e: unknown) => {
            throw fsError(e, rel);
          });
        }
      }
    } finally {
      stream.destroy();
      await fh?.close();
    }
    if (n !== limit) throw damaged(`${show(rel)} in the archive is ${n} bytes, not its declared ${limit}`);
    if (sha256 !== undefined && h.digest('hex') !== sha256)
      throw damaged(`${show(rel)} in the archive does not match the manifest's sha256`);
    if (held) this.writeFileSync(rel, Buffer.concat(held));
  }

  /**
   * Makes the links, after every file: each one whose target (relative, followed step by step
   * from its folder) stays inside the tree and passes through no link. Returns the ones left
   * out, with why.
   */
  async links(
    links: readonly { path: string; target: string }[],
  ): Promise<{ created: number; skipped: { path: string; why: string }[] }> {
    const skipped: { path: string; why: string }[] = [];
    const made: { path: string; target: string }[] = [];
    for (const l of links) {
      if (this.left(l.path)) continue;
      const why = outsideReason(l.path, l.target);
      if (why) {
        skipped.push({ path: l.path, why });
        continue;
      }
      const abs = safeJoin(this.root, l.path);
      await this.dir(parentOf(l.path));
      this.entry(l.path);
      this.reserve(ENTRY_BYTES);
      try {
        await symlink(l.target, abs);
        made.push(l);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw fsError(err, l.path);
        skipped.push({ path: l.path, why: 'something else is at its path' });
      }
    }
    // Now that every link exists: a target may not pass through one (the kernel would follow
    // it, wherever it leads), only end at one (which is itself checked here).
    const kept: { path: string; target: string }[] = [];
    for (const l of made) {
      if (await passesThroughLink(this.root, l.path, l.target)) {
        await unlink(safeJoin(this.root, l.path));
        skipped.push({ path: l.path, why: 'its target passes through another link (or a missing folder, then ..)' });
      } else kept.push(l);
    }
    return { created: kept.length, skipped };
  }
}

async function writeAll(fh: FileHandle, data: Buffer): Promise<void> {
  for (let off = 0; off < data.length;) off += (await fh.write(data, off, data.length - off)).bytesWritten;
}
