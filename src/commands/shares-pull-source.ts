import crypto from 'node:crypto';
import type { GhOptions } from '../adapters/gh.js';
import { Gh, GhOutputTooLargeError } from '../adapters/gh.js';
import { ByteBudget } from '../adapters/gh-process.js';
import { GH_HEADER_ROOM, GistService } from '../adapters/gists/service.js';
import { GistNotFoundError, type GistResponse, type GistResponseFile } from '../adapters/gists/types.js';
import type { ManifestArchive, ManifestFile } from '../core/manifest-schema.js';
import { limiter } from '../core/concurrency.js';
import { CancelledError, UserError } from '../errors.js';
import { terminalSafe } from '../ui/terminal-safe.js';

/**
 * Raw downloads (one gh process each) in flight at once: 60 coloured files, best of 4 runs on a loaded machine, 8.2 s
 * one at a time, 4.6 s four at a time.
 */
const DOWNLOADS_IN_FLIGHT = 4;

/** One call (crypto.hash, Node 20.12 and later): no Hash object per file. */
export const sha256 = (b: Buffer): string => crypto.hash('sha256', b, 'hex');
export const show = (s: string): string => `"${terminalSafe(s)}"`;

/**
 * gh rewrites control characters in `gh api` JSON output into caret notation (ESC becomes
 * `^[`), and a `\uXXXX` in a content's text into `\` and the character (Python's json.dumps writes
 * `caf\u00e9`; gh 2.23 gives `caf\é`: attack S2), so a `content` holding a caret or a backslash may
 * not be the gist's bytes. Raw URLs are not rewritten.
 */
const mayBeRewritten = (text: string): boolean => text.includes('^') || text.includes('\\');

/**
 * The name a gist file really has: gh rewrites control characters in the JSON keys too; the raw URL's last segment is
 * percent-encoded.
 */
function realName(key: string, f: GistResponseFile): string {
  if (!mayBeRewritten(key) || typeof f.raw_url !== 'string') return key;
  try {
    return decodeURIComponent(new URL(f.raw_url).pathname.split('/').pop() ?? '') || key;
  } catch {
    return key;
  }
}

/** The API's `content` when it is whole (not cut at 1 MB, not empty). */
const apiText = (f: GistResponseFile): string | undefined =>
  f.truncated || typeof f.content !== 'string' || f.content === '' ? undefined : f.content;

const decode = (t: string, entry: ManifestFile): Buffer =>
  entry.encoding === 'base64' ? Buffer.from(t, 'base64') : Buffer.from(t, 'utf8');

/**
 * A share's files as a gist holds them, read through the gist service: the API's `content`
 * where it can be trusted, else the file's raw URL (which gh passes through unchanged).
 */
export class SharedGist {
  /** Gist files by their real names. */
  readonly byName = new Map<string, GistResponseFile>();
  private readonly downloads = limiter(DOWNLOADS_IN_FLIGHT);
  /** Set once the pull failed: downloads not started yet are not started. */
  private stopped = false;

  private constructor(
    private readonly gists: GistService,
    readonly id: string,
    gist: GistResponse | null,
  ) {
    // Entries that are not objects (a hostile or broken answer) count as missing files.
    const files: unknown = gist !== null && typeof gist === 'object' ? gist.files : undefined;
    if (files === null || typeof files !== 'object' || Array.isArray(files)) return;
    for (const [key, f] of Object.entries(files as Record<string, unknown>)) {
      if (f !== null && typeof f === 'object' && !Array.isArray(f)) this.byName.set(realName(key, f), f);
    }
  }

  /**
   * Reads the gist with one gh process: gh's own checks (installed, logged in: `gh auth status`, a second process
   * that shared the two cores with the read) run only when the read failed, to say why (exit 3 or 4).
   */
  static async read(opts: GhOptions, id: string): Promise<SharedGist> {
    const gists = new GistService(new Gh(opts));
    try {
      return await SharedGist.open(gists, id);
    } catch (err) {
      if (!(err instanceof CancelledError)) await gists.preflight();
      throw err;
    }
  }

  /** Reads the gist (anyone's: a secret gist is read by its link). */
  static async open(gists: GistService, id: string): Promise<SharedGist> {
    const gist = await gists.get(id).catch((err: unknown) => {
      if (err instanceof GistNotFoundError)
        throw new UserError(`Gist ${id} not found: check the id (massgen shares list) or the link.`);
      throw err;
    });
    return new SharedGist(gists, id, gist);
  }

  /**
   * The most one download may bring (pull's --max-size, as text: base64 takes 4 bytes for 3): a larger file is stopped
   * as it arrives, never held whole.
   */
  cap = Infinity;

  /** The file's whole text from its raw URL (DOWNLOADS_IN_FLIGHT at a time), stopped past `maxBytes` (or the cap). */
  async raw(name: string, f: GistResponseFile, maxBytes?: number | ByteBudget): Promise<string> {
    const url = f.raw_url;
    if (typeof url !== 'string' || url === '')
      throw new UserError(`Gist ${this.id} gives no raw URL for ${show(name)}; it cannot be restored.`);
    return this.downloads(() => {
      if (this.stopped) throw new UserError(`Gist ${this.id}: the pull stopped before ${show(name)} was downloaded.`);
      const capped = Math.min(typeof maxBytes === 'number' ? maxBytes : Infinity, Math.ceil(this.cap / 3) * 4);
      const most = typeof maxBytes === 'object' ? maxBytes : Number.isFinite(capped) ? capped : undefined;
      return this.gists.raw(url, `Gist ${this.id}: downloading ${terminalSafe(name)}`, most, this.id);
    });
  }

  /** No download starts after this (the pull failed; the ones running end on their own). */
  stop(): void {
    this.stopped = true;
  }

  /** Text that must be the gist's bytes (nothing to check it against): from the API unless gh may have rewritten it. */
  async trustedText(name: string, f: GistResponseFile): Promise<string> {
    const t = apiText(f);
    return t !== undefined && !mayBeRewritten(t) ? t : this.raw(name, f);
  }

  /**
   * The bytes of the gist file `name` from the API's `content`, when they are the ones the manifest's entry describes
   * (size, sha256); undefined when the raw file must decide (cut short, or gh may have rewritten them).
   */
  apiBytes(name: string, entry: ManifestFile): Buffer | undefined {
    const fromApi = apiText(this.byName.get(name)!);
    if (fromApi === undefined || (entry.sha256 === undefined && mayBeRewritten(fromApi))) return undefined;
    const b = decode(fromApi, entry);
    return (entry.bytes === undefined || b.length === entry.bytes) &&
      (entry.sha256 === undefined || sha256(b) === entry.sha256)
      ? b
      : undefined;
  }

  /** The bytes of the gist file `name` from its raw URL, checked against the manifest's entry (size, sha256). */
  async rawBytes(name: string, entry: ManifestFile): Promise<Buffer> {
    // A file larger than the manifest says is stopped once it passes its declared size (as text).
    const declared =
      entry.bytes === undefined
        ? undefined
        : entry.encoding === 'base64'
          ? Math.ceil(entry.bytes / 3) * 4
          : entry.bytes;
    const text = await this.raw(name, this.byName.get(name)!, declared).catch((err: unknown) => {
      if (!(err instanceof GhOutputTooLargeError) || declared === undefined) throw err;
      throw new UserError(
        `${show(entry.path)} is larger than the ${entry.bytes} bytes the manifest says: the share is damaged or was edited; nothing was written.`,
      );
    });
    const bytes = decode(text, entry);
    if (entry.bytes !== undefined && bytes.length !== entry.bytes)
      throw new UserError(
        `${show(entry.path)} is ${bytes.length} bytes, but the manifest says ${entry.bytes}: the share is damaged or was edited; nothing was written.`,
      );
    if (entry.sha256 !== undefined && sha256(bytes) !== entry.sha256)
      throw new UserError(
        `${show(entry.path)} does not match the manifest's sha256: the share is damaged or was edited; nothing was written.`,
      );
    return bytes;
  }

  /** The most base64 text the overflow archive's parts may bring together (limitArchive sets it). */
  private archiveText = Infinity;

  /**
   * Before any download: refuses an archive whose parts (their gist sizes) hold more text than its declared size
   * takes in base64 (each part padded on its own), and bounds what the parts may bring to that (or to the cap).
   */
  limitArchive(archive: ManifestArchive, cap: number): void {
    const most = Math.ceil(Math.min(archive.bytes ?? cap, cap) / 3) * 4 + 4 * archive.parts.length;
    let total = 0;
    for (const name of archive.parts) {
      const size: unknown = this.byName.get(name)?.size;
      if (typeof size === 'number' && Number.isSafeInteger(size) && size > 0) total += size;
    }
    if (total > most)
      throw new UserError(
        `Gist ${this.id}: the overflow archive's parts hold ${total} bytes, more than the ${archive.bytes ?? most} bytes the manifest declares take: the share is damaged or was edited; nothing was downloaded or written.`,
      );
    this.archiveText = most;
  }

  /**
   * One archive part's text (from the API's `content` when it can be trusted unless `fresh`), its download taken from
   * `budget` (what the parts may bring together) as it arrives: never DOWNLOADS_IN_FLIGHT parts of the archive's
   * size each.
   */
  private async part(name: string, fresh: boolean, budget?: ByteBudget): Promise<{ text: string; raw: boolean }> {
    const f = this.byName.get(name)!;
    const t = fresh ? undefined : apiText(f);
    if (t !== undefined && !mayBeRewritten(t)) return { text: t, raw: false };
    const text = await this.raw(name, f, budget).catch((err: unknown) => {
      if (!(err instanceof GhOutputTooLargeError) || budget === undefined) throw err;
      throw new UserError(
        `The overflow archive's part ${show(name)} is larger than the archive the manifest declares: the share is damaged or was edited; nothing was written.`,
      );
    });
    return { text, raw: true };
  }

  /**
   * The overflow archive, its parts joined and checked against the manifest's sha256 (the parts read from the API
   * fetched raw again if need be); the parts together never past what limitArchive allows.
   */
  async archiveZip(archive: ManifestArchive): Promise<Buffer> {
    // The parts are downloaded at once (DOWNLOADS_IN_FLIGHT at a time), while the pull writes the gist's files.
    let brought = 0;
    const fetchParts = async (fresh: boolean): Promise<{ zip: Buffer; raw: boolean }> => {
      const room = this.archiveText + GH_HEADER_ROOM * archive.parts.length;
      const budget = Number.isFinite(room) ? new ByteBudget(room) : undefined;
      const parts = archive.parts.map(async (name) => {
        const p = await this.part(name, fresh, budget);
        brought += p.text.length;
        if (brought > this.archiveText)
          throw new UserError(
            "The overflow archive's parts are larger than the archive the manifest declares: the share is damaged or was edited; nothing was written.",
          );
        return p;
      });
      // Every part settled before an error is thrown: none is left downloading.
      const done = await Promise.allSettled(parts);
      const failed = done.find((d) => d.status === 'rejected');
      if (failed) throw failed.reason;
      const got = done.map((d) => (d as PromiseFulfilledResult<{ text: string; raw: boolean }>).value);
      return { zip: Buffer.concat(got.map((p) => Buffer.from(p.text, 'base64'))), raw: got.every((p) => p.raw) };
    };
    const first = await fetchParts(false);
    let zip = first.zip;
    if (sha256(zip) !== archive.sha256 && !first.raw) {
      brought = 0;
      zip = (await fetchParts(true)).zip;
    }
    if (sha256(zip) !== archive.sha256)
      throw new UserError(
        "The overflow archive does not match the manifest's sha256: the share is damaged or was edited; nothing was written.",
      );
    return zip;
  }
}
