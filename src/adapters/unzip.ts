import type { Readable } from 'node:stream';
import prettyBytes from 'pretty-bytes';
import type yauzl from 'yauzl';
import crypto from 'node:crypto';
import { eachUntilFailure, yielder } from '../core/concurrency.js';
import { UserError } from '../errors.js';
import { damaged, PullCapError, SafeTree, show } from './safe-tree.js';
import { readDirectory, type ZipEntry } from './zip-directory.js';
import { memberBytes, memberStream, readableFromMemory } from './zip-member.js';

export { PullCapError, SafeTree, safeJoin } from './safe-tree.js';
export { outsideReason } from './link-targets.js';

interface ArchiveExpectation {
  /** The manifest's members, by path. */
  members: ReadonlyMap<string, { bytes: number; sha256: string }>;
  /** True when the manifest lists every member (not cut short): the archive holds exactly these. */
  complete: boolean;
  /** How many members the manifest says the archive holds (when its list is cut short: no more are written). */
  count?: number;
}

/** Large members (streamed) extracted at once. */
const MEMBERS_IN_FLIGHT = 16;

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

interface Member {
  name: string;
  entry: ZipEntry;
  /** yauzl's entry, when yauzl read the directory (a zip on disk, or one with zip64 records). */
  source?: yauzl.Entry;
}

/**
 * Opens the zip (a file or a buffer) with yauzl, loaded only for a zip on disk or one with zip64 records; names are
 * decoded here, not by yauzl, which would turn a backslash in a name into a folder.
 */
async function openZip(zipFile: string | Buffer): Promise<yauzl.ZipFile> {
  const { default: yauzl } = await import('yauzl');
  const options = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true };
  return new Promise<yauzl.ZipFile>((resolve, reject) => {
    const done = (err: Error | null, z?: yauzl.ZipFile): void => (err ? reject(err) : resolve(z!));
    if (typeof zipFile === 'string') yauzl.open(zipFile, options, done);
    else yauzl.fromBuffer(zipFile, options, done);
  }).catch(() => {
    throw damaged('The overflow archive is not a readable zip');
  });
}

/** The zip's whole central directory, read by yauzl. */
function listEntries(zip: yauzl.ZipFile): Promise<Member[]> {
  return new Promise<Member[]>((resolve, reject) => {
    const all: Member[] = [];
    zip.on('error', () => reject(damaged('The overflow archive is not a readable zip')));
    zip.on('end', () => resolve(all));
    zip.on('entry', (source: yauzl.Entry) => {
      const fileName = source.fileName as unknown as Buffer;
      const entry: ZipEntry = {
        fileName,
        compressionMethod: source.compressionMethod,
        compressedSize: source.compressedSize,
        uncompressedSize: source.uncompressedSize,
        relativeOffsetOfLocalHeader: source.relativeOffsetOfLocalHeader,
        externalFileAttributes: source.externalFileAttributes,
        encrypted: source.isEncrypted(),
      };
      all.push({ name: fileName.toString('utf8'), entry, source });
      zip.readEntry();
    });
    zip.readEntry();
  });
}

/** Checks the directory against the manifest and the cap (see extractZip); returns the files to write. */
function checkEntries(entries: Member[], tree: SafeTree, expect: ArchiveExpectation): Member[] {
  const seen = new Set<string>();
  let total = 0;
  const files: Member[] = [];
  for (const e of entries) {
    const { name, entry } = e;
    const kind = (entry.externalFileAttributes >>> 16) & S_IFMT;
    if (kind === S_IFLNK)
      throw damaged(`The overflow archive holds a link (${show(name)}); a share carries links in its manifest only`);
    if (name.endsWith('/')) {
      tree.check(name.slice(0, -1));
      continue;
    }
    tree.check(name);
    if (entry.encrypted) throw damaged(`The overflow archive holds an encrypted member (${show(name)})`);
    const key = name.normalize('NFC');
    if (seen.has(key)) throw damaged(`The overflow archive holds ${show(name)} twice`);
    seen.add(key);
    const listed = expect.members.get(name);
    if (listed && listed.bytes !== entry.uncompressedSize)
      throw damaged(
        `${show(name)} in the archive is ${entry.uncompressedSize} bytes, but the manifest says ${listed.bytes}`,
      );
    if (!listed && expect.complete)
      throw damaged(`The overflow archive holds ${show(name)}, which the manifest does not list`);
    total += entry.uncompressedSize;
    files.push(e);
  }
  if (expect.count !== undefined && files.length > expect.count)
    throw damaged(`The overflow archive holds ${files.length} files, but the manifest says ${expect.count}`);
  for (const p of expect.members.keys())
    if (!seen.has(p.normalize('NFC'))) throw damaged(`The overflow archive lacks ${show(p)}, which the manifest lists`);
  if (tree.written + total > tree.cap)
    throw new PullCapError(tree.cap, `This share writes ${prettyBytes(tree.written + total, { binary: true })},`);
  return files;
}

/** A member as a stream: from memory when the zip is there, else through yauzl. */
function openMember(zipFile: string | Buffer, zip: yauzl.ZipFile | null, { name, entry, source }: Member) {
  const cannot = (): Error => damaged(`${show(name)} in the archive cannot be read`);
  if (Buffer.isBuffer(zipFile) && readableFromMemory(entry)) return Promise.resolve(memberStream(zipFile, name, entry));
  if (!zip || !source) return Promise.reject(cannot());
  return new Promise<Readable>((resolve, reject) =>
    zip.openReadStream(source, (err, s) => (err || !s ? reject(cannot()) : resolve(s))),
  );
}

/** Writes one (large) member from a stream, stopping at its declared size, checked against its sha256. */
async function writeMember(
  zipFile: string | Buffer,
  zip: yauzl.ZipFile | null,
  member: Member,
  tree: SafeTree,
  sha256: string | undefined,
): Promise<void> {
  const stream = await openMember(zipFile, zip, member);
  try {
    await tree.writeStream(member.name, stream, member.entry.uncompressedSize, sha256);
  } catch (err) {
    if (err instanceof UserError) throw err;
    // The stream's own checks (zlib's, yauzl's: a stream longer or shorter than its header, a bad CRC).
    throw damaged(`${show(member.name)} in the archive does not unpack to its declared size`);
  }
}

/**
 * Writes the small members of an in-memory zip at once, in synchronous calls (a stream each cost ten times as much,
 * and 16 awaited tasks a third more than one loop); returns the others, to stream.
 */
async function writeSmall(zip: Buffer, files: Member[], tree: SafeTree, expect: ArchiveExpectation) {
  const later: Member[] = [];
  const pause = yielder();
  for (const m of files) {
    if (!readableFromMemory(m.entry, true)) {
      later.push(m);
      continue;
    }
    const data = memberBytes(zip, m.name, m.entry);
    const sha256 = expect.members.get(m.name)?.sha256;
    // One call per member (crypto.hash, Node 20.12 and later): no Hash object each.
    if (sha256 !== undefined && crypto.hash('sha256', data, 'hex') !== sha256)
      throw damaged(`${show(m.name)} in the archive does not match the manifest's sha256`);
    tree.writeFileSync(m.name, data);
    // A turn for the event loop now and then (Ctrl-C, the downloads still running).
    const turn = pause();
    if (turn) await turn;
  }
  return later;
}

/**
 * Extracts the overflow archive into the tree, after checking its whole directory against the
 * manifest: every name safe and distinct, no links, no encryption, each size equal to the
 * manifest's, exactly the members listed (unless the list was cut short), and the total within
 * the cap. Each member is then written stopping at its declared size and checked against its
 * sha256. Returns the paths written. A zip in memory is read straight from the buffer (yauzl only
 * for zip64 records); a zip on disk through yauzl.
 */
export async function extractZip(
  zipFile: string | Buffer,
  into: SafeTree | string,
  expect: ArchiveExpectation = { members: new Map(), complete: false },
): Promise<string[]> {
  const tree = typeof into === 'string' ? new SafeTree(into, Infinity) : into;
  const direct = Buffer.isBuffer(zipFile) ? readDirectory(zipFile) : null;
  const zip = direct ? null : await openZip(zipFile);
  try {
    const listed = direct
      ? direct.map((entry) => ({ name: entry.fileName.toString('utf8'), entry }))
      : await listEntries(zip!);
    const files = checkEntries(listed, tree, expect);
    const later = Buffer.isBuffer(zipFile) ? await writeSmall(zipFile, files, tree, expect) : files;
    await eachUntilFailure(later.length, MEMBERS_IN_FLIGHT, (i) =>
      writeMember(zipFile, zip, later[i]!, tree, expect.members.get(later[i]!.name)?.sha256),
    );
    return files.map((m) => m.name);
  } finally {
    zip?.close();
  }
}
