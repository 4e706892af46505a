import type { Readable } from 'node:stream';
import prettyBytes from 'pretty-bytes';
import yauzl from 'yauzl';
import { createHash } from 'node:crypto';
import { eachUntilFailure, yielder } from '../core/concurrency.js';
import { UserError } from '../errors.js';
import { damaged, PullCapError, SafeTree, safeJoin, show } from './safe-tree.js';
import { memberBytes, readableAtOnce } from './zip-member.js';

export { outsideReason, PullCapError, SafeTree, safeJoin } from './safe-tree.js';

export interface ArchiveExpectation {
  /** The manifest's members, by path. */
  members: ReadonlyMap<string, { bytes: number; sha256: string }>;
  /** True when the manifest lists every member (not cut short): the archive holds exactly these. */
  complete: boolean;
  /** How many members the manifest says the archive holds (when its list is cut short: no more are written). */
  count?: number;
}

/** Archive members extracted at once. */
const MEMBERS_IN_FLIGHT = 16;

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

interface Member {
  name: string;
  entry: yauzl.Entry;
}

/**
 * Opens the zip (a file or a buffer); names are decoded here, not by yauzl, which would turn a backslash in a name into
 * a folder.
 */
function openZip(zipFile: string | Buffer): Promise<yauzl.ZipFile> {
  const options = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true };
  return new Promise<yauzl.ZipFile>((resolve, reject) => {
    const done = (err: Error | null, z?: yauzl.ZipFile): void => (err ? reject(err) : resolve(z!));
    if (typeof zipFile === 'string') yauzl.open(zipFile, options, done);
    else yauzl.fromBuffer(zipFile, options, done);
  }).catch(() => {
    throw damaged('The overflow archive is not a readable zip');
  });
}

/** The zip's whole central directory. */
function listEntries(zip: yauzl.ZipFile): Promise<Member[]> {
  return new Promise<Member[]>((resolve, reject) => {
    const all: Member[] = [];
    zip.on('error', () => reject(damaged('The overflow archive is not a readable zip')));
    zip.on('end', () => resolve(all));
    zip.on('entry', (entry: yauzl.Entry) => {
      all.push({ name: (entry.fileName as unknown as Buffer).toString('utf8'), entry });
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
      safeJoin(tree.root, name.slice(0, -1));
      continue;
    }
    safeJoin(tree.root, name);
    if (entry.isEncrypted()) throw damaged(`The overflow archive holds an encrypted member (${show(name)})`);
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

/** Writes one member, stopping at its declared size, checked against its sha256. */
async function writeMember(
  zip: yauzl.ZipFile,
  { name, entry }: Member,
  tree: SafeTree,
  sha256: string | undefined,
): Promise<void> {
  const stream = await new Promise<Readable>((resolve, reject) =>
    zip.openReadStream(entry, (err, s) =>
      err || !s ? reject(damaged(`${show(name)} in the archive cannot be read`)) : resolve(s),
    ),
  );
  try {
    await tree.writeStream(name, stream, entry.uncompressedSize, sha256);
  } catch (err) {
    if (err instanceof UserError) throw err;
    // yauzl's own checks (a stream longer or shorter than its header, a bad CRC).
    throw damaged(`${show(name)} in the archive does not unpack to its declared size`);
  }
}

/**
 * Extracts the overflow archive into the tree, after checking its whole directory against the
 * manifest: every name safe and distinct, no links, no encryption, each size equal to the
 * manifest's, exactly the members listed (unless the list was cut short), and the total within
 * the cap. Each member is then written stopping at its declared size and checked against its
 * sha256. Returns the paths written.
 */
export async function extractZip(
  zipFile: string | Buffer,
  into: SafeTree | string,
  expect: ArchiveExpectation = { members: new Map(), complete: false },
): Promise<string[]> {
  const tree = typeof into === 'string' ? new SafeTree(into, Infinity) : into;
  const zip = await openZip(zipFile);
  try {
    const files = checkEntries(await listEntries(zip), tree, expect);
    // Members are read from the zip and written MEMBERS_IN_FLIGHT at a time (one at a time left the process idle).
    const pause = yielder();
    await eachUntilFailure(files.length, MEMBERS_IN_FLIGHT, async (i) => {
      const { name, entry } = files[i]!;
      const sha256 = expect.members.get(name)?.sha256;
      if (!readableAtOnce(zipFile, entry)) return writeMember(zip, files[i]!, tree, sha256);
      // Small members of an in-memory zip: read, checked and written at once (a stream each cost ten times as much).
      const data = memberBytes(zipFile, name, entry);
      if (sha256 !== undefined && createHash('sha256').update(data).digest('hex') !== sha256)
        throw damaged(`${show(name)} in the archive does not match the manifest's sha256`);
      tree.writeFileSync(name, data);
      await pause();
    });
    return files.map((m) => m.name);
  } finally {
    zip.close();
  }
}
